import { isValidDate, addDays } from '../domain/dates';
import { zonedToInstant } from '../domain/zoned';
import { auditPeople } from '../domain/staff-filters';

/** Reads the log's filters from the URL; bad values are ignored. */
export function auditFilters(url: URL) {
	const action = /^[a-z_]{1,40}$/.test(url.searchParams.get('typ') ?? '') ? url.searchParams.get('typ')! : '';
	const fromDate = url.searchParams.get('fran') ?? '';
	const toDate = url.searchParams.get('till') ?? '';
	const { person, aktivitet } = auditPeople(url.searchParams);
	// A date that cannot be read is said beside its field (and kept there), then left out of the filter.
	const errors: Record<string, string> = {};
	if (fromDate && !isValidDate(fromDate)) errors.fran = 'Datumet kunde inte läsas. Skriv det som 2026-11-01.';
	if (toDate && !isValidDate(toDate)) errors.till = 'Datumet kunde inte läsas. Skriv det som 2026-11-30.';
	if (!errors.fran && !errors.till && fromDate && toDate && toDate < fromDate) errors.till = 'Till-datumet ligger före från-datumet.';
	return {
		errors,
		typed: { fran: fromDate.slice(0, 40), till: toDate.slice(0, 40) },
		values: { typ: action, fran: isValidDate(fromDate) ? fromDate : '', till: isValidDate(toDate) ? toDate : '', person, aktivitet },
		query: {
			action: action || undefined,
			from: isValidDate(fromDate) ? zonedToInstant(fromDate, '00:00').getTime() : undefined,
			to: isValidDate(toDate) ? zonedToInstant(addDays(toDate, 1), '00:00').getTime() : undefined,
			person: person ?? undefined,
			eventId: aktivitet ?? undefined
		}
	};
}

/**
 * CSV for Swedish spreadsheets: semicolon-separated with decimal commas (what Excel expects with a
 * Swedish locale), RFC 4180 quoting, CRLF and a BOM so that å, ä and ö open correctly.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
	const cell = (v: string | number | null) => {
		const s = v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
		const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
		return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
