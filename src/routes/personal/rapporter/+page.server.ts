import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { buildReport, reportQuery } from '$lib/server/reports';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const q = reportQuery(event.url);
	return { query: { kind: q.kindParam, value: event.url.searchParams.get('varde') ?? '', fran: q.period.from, till: q.period.to, per: q.dims[0], och: q.dims[1] ?? '' }, search: event.url.search, report: buildReport(q) };
};
