import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent, lastEventDate, listEventDates } from '$lib/server/db/queries/event-detail';
import { eventJsonLd } from '$lib/server/feeds/jsonld';
import { eventFeedExtras } from '$lib/server/db/queries/feed-facts';
import { todayInStockholm } from '$lib/domain/dates';
import { qrSvg } from '$lib/server/qr';

export const load: PageServerLoad = async ({ params, url }) => {
	const db = getDb();
	const event = getPublicEvent(db, Number(params.id));
	if (!event) error(404, 'Aktiviteten finns inte.');
	const now = Date.now();
	const dates = listEventDates(db, event.id, now, 200);
	const last = dates.length ? null : lastEventDate(db, event.id);
	const canonical = `${url.origin}/aktiviteter/${event.id}`;
	return {
		event,
		dates,
		last,
		today: todayInStockholm(),
		now,
		canonical,
		qr: await qrSvg(canonical),
		calendar: { webcal: `webcal://${url.host}/aktiviteter/${event.id}/kalender.ics` },
		jsonLd: eventJsonLd(event, dates, url.origin, { last, costUnit: eventFeedExtras(db, event.id)?.costUnit })
	};
};
