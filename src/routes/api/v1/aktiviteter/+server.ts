import type { RequestHandler } from './$types';
import { readFilters, searchActivities } from '$lib/server/activity-search';
import { apiJson, badRequest, preflight } from '$lib/server/feeds/api';

export const GET: RequestHandler = ({ url }) => {
	const { filters, notices } = readFilters(url);
	if (notices.length) return badRequest(notices);
	const list = searchActivities(filters);
	return apiJson({
		total: list.total,
		page: list.page,
		pageCount: list.pageCount,
		items: list.items.map((i) => ({
			id: i.occurrenceId,
			eventId: i.eventId,
			title: i.title,
			summary: i.summary,
			start: new Date(i.startsAt).toISOString(),
			end: new Date(i.endsAt).toISOString(),
			localDate: i.localDate,
			cancelled: i.cancelled,
			cancelNote: i.cancelNote,
			category: i.categorySlug,
			organisation: i.organisationName,
			venue: i.venueSlug ? { slug: i.venueSlug, name: i.venueName, url: `${url.origin}/platser/${i.venueSlug}` } : null,
			remote: i.remoteKind,
			district: i.districtName,
			free: i.free,
			cost: i.costAmount,
			signupRequired: i.signupRequired,
			stepFree: i.stepFree,
			hearingLoop: i.hearingLoop,
			url: `${url.origin}/aktiviteter/${i.eventId}`
		}))
	});
};

export const OPTIONS: RequestHandler = preflight;
