import ical, { ICalEventStatus } from 'ical-generator';

export type IcsItem = {
	uid: string;
	title: string;
	summary: string;
	url: string;
	startsAt: number;
	endsAt: number;
	location: string | null;
	cancelled: boolean;
	cancelNote?: string | null;
	organiser?: string;
	lat?: number | null;
	lng?: number | null;
};

/**
 * RFC 5545 calendar with one VEVENT per date. Times are written as UTC instants, which every
 * client shows in its own zone; the Stockholm wall clock is kept across DST because the
 * instants were computed from it.
 */
export function renderCalendar(name: string, items: IcsItem[]): string {
	const cal = ical({ name, prodId: { company: 'Träffpunkt', product: 'traffpunkt', language: 'SV' }, timezone: null as never });
	for (const item of items) {
		cal.createEvent({
			id: item.uid,
			start: new Date(item.startsAt),
			end: new Date(item.endsAt),
			summary: item.cancelled ? `INSTÄLLT: ${item.title}` : item.title,
			description: [item.summary, item.organiser ? `Arrangör: ${item.organiser}` : null, item.cancelled ? item.cancelNote : null, item.url]
				.filter(Boolean)
				.join('\n\n'),
			location: item.location ?? undefined,
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
