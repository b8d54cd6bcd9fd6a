import ical, { ICalEventStatus } from 'ical-generator';

export type IcsPlace = { name: string; address?: string | null; lat?: number | null; lng?: number | null };

export type IcsItem = {
	/** One identity per date for as long as the date exists, however it is re-planned. */
	uid: string;
	/** Raised on every change of the date: calendar clients replace their copy. */
	sequence: number;
	/** Last change of anything this entry says (ms): LAST-MODIFIED and DTSTAMP. */
	modifiedAt: number;
	title: string;
	summary: string;
	url: string;
	startsAt: number;
	endsAt: number;
	place: IcsPlace | null;
	cancelled: boolean;
	cancelNote?: string | null;
	organiser?: string;
};

export type CalendarMeta = {
	name: string;
	/** What the calendar holds and for which period, in plain words (X-WR-CALDESC). */
	description?: string;
	/** The feed's own address, so that a client can refresh it (SOURCE). */
	source?: string;
	/** How often a subscribed client should refresh. */
	refreshSeconds?: number;
};

/** "Kyrkbacken 9, 691 31 Karlskoga", leaving out what is empty. */
export const postalAddress = (v: { address: string; postcode: string; city: string }) =>
	[v.address, [v.postcode, v.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** The UID of a date: globally unique because it carries the site's host. */
export const occurrenceUid = (occurrenceId: number, host: string) => `occurrence-${occurrenceId}@${host}`;

/**
 * RFC 5545 calendar with one VEVENT per date. Times are written as UTC instants, which every
 * client shows in its own zone; the Stockholm wall clock is kept across DST because the
 * instants were computed from it. A cancelled date stays in the feed with STATUS:CANCELLED and
 * its own UID, so that a subscribed calendar marks it instead of keeping it or losing track.
 */
export function renderCalendar(meta: CalendarMeta, items: IcsItem[]): string {
	const cal = ical({
		name: meta.name,
		description: meta.description ?? null,
		source: meta.source ?? null,
		ttl: meta.refreshSeconds ?? null,
		prodId: { company: 'Träffpunkt', product: 'traffpunkt', language: 'SV' },
		timezone: null as never
	});
	for (const item of items) {
		const modified = new Date(item.modifiedAt);
		cal.createEvent({
			id: item.uid,
			sequence: item.sequence,
			stamp: modified,
			lastModified: modified,
			start: new Date(item.startsAt),
			end: new Date(item.endsAt),
			summary: item.cancelled ? `INSTÄLLT: ${item.title}` : item.title,
			description: [item.summary, item.organiser ? `Arrangör: ${item.organiser}` : null, item.cancelled ? item.cancelNote : null, item.url]
				.filter(Boolean)
				.join('\n\n'),
			location: item.place
				? {
						title: item.place.name,
						address: item.place.address ?? undefined,
						geo: item.place.lat != null && item.place.lng != null ? { lat: item.place.lat, lon: item.place.lng } : undefined
					}
				: undefined,
			url: item.url,
			status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return cal.toString();
}

export function icsResponse(body: string, filename: string) {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*'
		}
	});
}
