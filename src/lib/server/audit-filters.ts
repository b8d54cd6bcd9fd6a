import { isValidDate, addDays } from '../domain/dates';
import { zonedToInstant } from '../domain/zoned';

/** Reads the log's filters from the URL; bad values are ignored. */
export function auditFilters(url: URL) {
	const action = /^[a-z_]{1,40}$/.test(url.searchParams.get('typ') ?? '') ? url.searchParams.get('typ')! : '';
	const fromDate = url.searchParams.get('fran') ?? '';
	const toDate = url.searchParams.get('till') ?? '';
	return {
		values: { typ: action, fran: isValidDate(fromDate) ? fromDate : '', till: isValidDate(toDate) ? toDate : '' },
		query: {
			action: action || undefined,
			from: isValidDate(fromDate) ? zonedToInstant(fromDate, '00:00').getTime() : undefined,
			to: isValidDate(toDate) ? zonedToInstant(addDays(toDate, 1), '00:00').getTime() : undefined
		}
	};
}

/** RFC 4180 CSV with a BOM so that Excel opens å, ä and ö correctly. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
	const cell = (v: string | number | null) => {
		const s = v === null ? '' : String(v);
		const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
		return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
