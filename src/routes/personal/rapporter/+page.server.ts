import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { buildReport, reportQuery } from '$lib/server/reports';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const q = reportQuery(event.url);
	const params = event.url.searchParams;
	// A period that cannot be read falls back to last month, but the form keeps what was typed and says why.
	const query = q.invalid
		? { kind: params.get('period') ?? 'manad', value: params.get('varde') ?? '', fran: params.get('fran') ?? '', till: params.get('till') ?? '' }
		: { kind: q.kindParam, value: q.period.kind === 'custom' ? '' : q.value, fran: q.period.from, till: q.period.to };
	return {
		query: { ...query, invalid: q.invalid, per: q.dims[0], och: q.dims[1] ?? '' },
		search: event.url.search,
		report: buildReport(q)
	};
};
