import type { RequestHandler } from './$types';
import { apiJson, badRequest, preflight } from '$lib/server/feeds/api';
import { readFeedQuery } from '$lib/server/feeds/query';
import { activityPage, pageUrl } from '$lib/server/feeds/activity-page';
import { apiOccurrence } from '$lib/server/feeds/api-items';

/** Upcoming dates matching the list's filters, paged, optionally only those changed since an instant. */
export const GET: RequestHandler = ({ url }) => {
	const q = readFeedQuery(url, ['sida', 'per-sida', 'andrad-efter']);
	if (q.errors.length) return badRequest(q.errors);
	const page = activityPage(q);
	const pageCount = Math.max(1, Math.ceil(page.total / q.pageSize));
	return apiJson({
		total: page.total,
		page: q.page,
		pageCount,
		meta: {
			total: page.total,
			page: q.page,
			pageSize: q.pageSize,
			pageCount,
			next: pageUrl(url, q.page < pageCount ? q.page + 1 : null),
			previous: pageUrl(url, q.page > 1 ? Math.min(q.page - 1, pageCount) : null),
			modifiedAfter: q.since === null ? null : new Date(q.since).toISOString()
		},
		items: page.items.map((i) => apiOccurrence(i, page.facts.get(i.occurrenceId), url.origin)),
		...(page.deleted ? { deleted: page.deleted.map((d) => ({ type: d.type, id: d.id, deleted: new Date(d.deletedAt).toISOString() })) } : {})
	});
};

export const OPTIONS: RequestHandler = preflight;
