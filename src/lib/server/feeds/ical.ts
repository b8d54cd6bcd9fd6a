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

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export const escapeText = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, so that
 * "å", "ä", "ö" and emoji arrive whole. Short ASCII lines, nearly all of them, pass untouched.
 * Counts octets from the UTF-16 units (a surrogate pair is one 4-octet character, a lone
 * surrogate 3 as UTF-8 writes its replacement) and cuts by slices, not character by character.
 */
export function foldLine(line: string): string {
	if (line.length <= 75 && Buffer.byteLength(line) <= 75) return line;
	const parts: string[] = [];
	let start = 0;
	let used = 0;
	for (let i = 0; i < line.length; ) {
		const c = line.charCodeAt(i);
		let size = 3;
		let units = 1;
		if (c < 0x80) size = 1;
		else if (c < 0x800) size = 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
			const low = line.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				size = 4;
				units = 2;
			}
		}
		if (used + size > 75) {
			parts.push(line.slice(start, i));
			start = i;
			used = 1;
		}
		used += size;
		i += units;
	}
	parts.push(line.slice(start));
	return parts.join('\r\n ');
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** 20261203T090000Z (written field by field: a 3,000-date feed writes 9,000 of them). */
const utc = (ms: number) => {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
};

/** PT1H, PT30M, PT90S … */
const duration = (seconds: number) =>
	seconds % 3600 === 0 ? `PT${seconds / 3600}H` : seconds % 60 === 0 ? `PT${seconds / 60}M` : `PT${seconds}S`;

/**
 * RFC 5545 calendar with one VEVENT per date. Times are written as UTC instants, which every
 * client shows in its own zone; the Stockholm wall clock is kept across DST because the
 * instants were computed from it. A cancelled date stays in the feed with STATUS:CANCELLED and
 * its own UID, so that a subscribed calendar marks it instead of keeping it or losing track.
 *
 * Written here rather than with ical-generator: its line folding allocated a TextEncoder per
 * character (about 0.4 s for a 1,000-date feed, most of /kalender.ics's time), and it left line
 * breaks in X-WR-CALDESC unescaped. The tests parse every feed with ical.js.
 */
export function renderCalendar(meta: CalendarMeta, items: IcsItem[]): string {
	const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Träffpunkt//traffpunkt//SV', 'CALSCALE:GREGORIAN'];
	if (meta.source) lines.push(`SOURCE;VALUE=URI:${meta.source}`);
	lines.push(`NAME:${escapeText(meta.name)}`, `X-WR-CALNAME:${escapeText(meta.name)}`);
	if (meta.description) lines.push(`DESCRIPTION:${escapeText(meta.description)}`, `X-WR-CALDESC:${escapeText(meta.description)}`);
	if (meta.refreshSeconds) {
		lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${duration(meta.refreshSeconds)}`, `X-PUBLISHED-TTL:${duration(meta.refreshSeconds)}`);
	}
	for (let i = 0; i < lines.length; i++) lines[i] = foldLine(lines[i]);
	// What a date says about its activity (title, place, description, address) is the same for
	// all its dates in one feed: escaped and folded once per activity, not once per date.
	// They are kept across feeds too (`shared`): an entry is used only when every field it was
	// made from is still the same, so a change of title, text or place is never served stale.
	const about = (item: IcsItem) => {
		const hit = shared.get(item.url);
		if (hit && sameActivity(hit.of, item)) return hit.lines;
		const lines = activityLines(item);
		if (!item.cancelled) {
			if (shared.size >= SHARED_MAX) shared.clear();
			shared.set(item.url, { of: item, lines });
		}
		return lines;
	};
	for (const item of items) {
		const modified = utc(item.modifiedAt);
		lines.push('BEGIN:VEVENT', foldLine(`UID:${item.uid}`), `SEQUENCE:${item.sequence}`, `DTSTAMP:${modified}`, `DTSTART:${utc(item.startsAt)}`, `DTEND:${utc(item.endsAt)}`);
		for (const line of item.cancelled ? activityLines(item) : about(item)) lines.push(line);
		lines.push(`STATUS:${item.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, `LAST-MODIFIED:${modified}`, 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.join('\r\n') + '\r\n';
}

/** Escaped, folded activity lines by activity address; at most `SHARED_MAX` (a few MB), then begun afresh. */
const shared = new Map<string, { of: IcsItem; lines: string[] }>();
const SHARED_MAX = 20_000;

const sameActivity = (a: IcsItem, b: IcsItem) =>
	a.title === b.title && a.summary === b.summary && a.organiser === b.organiser && a.cancelled === b.cancelled &&
	a.place?.name === b.place?.name && a.place?.address === b.place?.address && a.place?.lat === b.place?.lat && a.place?.lng === b.place?.lng;

/** SUMMARY, LOCATION, GEO, DESCRIPTION and URL of one date, folded. */
function activityLines(item: IcsItem): string[] {
	const description = [item.summary, item.organiser ? `Arrangör: ${item.organiser}` : null, item.cancelled ? item.cancelNote : null, item.url]
		.filter(Boolean)
		.join('\n\n');
	const lines = [`SUMMARY:${escapeText(item.cancelled ? `INSTÄLLT: ${item.title}` : item.title)}`];
	if (item.place) {
		lines.push(`LOCATION:${escapeText(item.place.address ? `${item.place.name}\n${item.place.address}` : item.place.name)}`);
		if (item.place.lat != null && item.place.lng != null) lines.push(`GEO:${item.place.lat};${item.place.lng}`);
	}
	lines.push(`DESCRIPTION:${escapeText(description)}`, `URL;VALUE=URI:${item.url}`);
	return lines.map(foldLine);
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
