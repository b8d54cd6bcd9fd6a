import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent, listEventDates } from '$lib/server/db/queries/event-detail';

/** An activity's easy-read page; only activities with an easy-read text have one. */
export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const event = getPublicEvent(db, Number(params.id));
	if (!event || !event.easyRead?.trim()) error(404, 'Det finns ingen lättläst text om aktiviteten.');
	const next = listEventDates(db, event.id, Date.now(), 5).find((d) => !d.cancelled) ?? null;
	return { event, next };
};
