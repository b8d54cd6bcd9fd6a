import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent, listEventDates } from '$lib/server/db/queries/event-detail';
import { eventFeedExtras, occurrenceFacts } from '$lib/server/db/queries/feed-facts';
import { apiJson, notFound, preflight } from '$lib/server/feeds/api';
import { apiEvent } from '$lib/server/feeds/api-items';
import { feedErrors } from '$lib/i18n/messages/feed-errors';

/** One published (or cancelled) event with all its upcoming dates. */
export const GET: RequestHandler = ({ params, url }) => {
	const db = getDb();
	const event = getPublicEvent(db, Number(params.id));
	const extras = event && eventFeedExtras(db, event.id);
	if (!event || !extras) return notFound(feedErrors.sv.eventNotFound);
	const dates = listEventDates(db, event.id, Date.now(), 1000);
	return apiJson(apiEvent(event, extras, dates, occurrenceFacts(db, dates.map((d) => d.id)), url.origin));
};

export const OPTIONS: RequestHandler = preflight;
