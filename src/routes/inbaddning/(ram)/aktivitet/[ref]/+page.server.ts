import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent, listEventDates } from '$lib/server/db/queries/event-detail';
import { eventRef, parseEmbedOptions } from '$lib/domain/embed';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ params, url }) => {
	const id = eventRef(params.ref);
	const db = getDb();
	const event = id === null ? null : getPublicEvent(db, id);
	if (!event) error(404, 'Aktiviteten finns inte.');
	const { limit } = parseEmbedOptions(url.searchParams);
	return { event, dates: listEventDates(db, event.id, Date.now(), limit), today: todayInStockholm() };
};
