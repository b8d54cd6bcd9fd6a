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
/** Instants already written: feeds keep writing the same dates' starts and ends. */
const written = new Map<number, string>();
/** 20261203T090000Z (a 3,000-date feed writes 9,000 of them). */
const utc = (ms: number) => {
	let text = written.get(ms);
	if (text !== undefined) return text;
	const d = new Date(ms);
	text = `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
	if (written.size >= 100_000) written.clear();
	written.set(ms, text);
	return text;
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
	return renderCalendarBytes(meta, items).toString('utf8');
}

/** `renderCalendar` as the UTF-8 bytes a response sends. */
export function renderCalendarBytes(meta: CalendarMeta, items: IcsItem[]): Buffer {
	const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Träffpunkt//traffpunkt//SV', 'CALSCALE:GREGORIAN'];
	if (meta.source) lines.push(`SOURCE;VALUE=URI:${meta.source}`);
	lines.push(`NAME:${escapeText(meta.name)}`, `X-WR-CALNAME:${escapeText(meta.name)}`);
	if (meta.description) lines.push(`DESCRIPTION:${escapeText(meta.description)}`, `X-WR-CALDESC:${escapeText(meta.description)}`);
	if (meta.refreshSeconds) {
		lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${duration(meta.refreshSeconds)}`, `X-PUBLISHED-TTL:${duration(meta.refreshSeconds)}`);
	}
	const parts: Buffer[] = [Buffer.from(lines.map(foldLine).join('\r\n') + '\r\n')];
	for (const item of items) parts.push(dateEntry(item));
	parts.push(END);
	return Buffer.concat(parts);
}

const END = Buffer.from('END:VCALENDAR\r\n');

/**
 * Each date's VEVENT as bytes, kept across feeds by UID (most feeds are the same dates in other
 * combinations): an entry is used only when every field it was written from is still the same, so
 * a moved, cancelled or re-worded date is written afresh. At most `KEPT_MAX_BYTES`, then begun afresh.
 */
const kept = new Map<string, { of: IcsItem; bytes: Buffer }>();
let keptBytes = 0;
const KEPT_MAX_BYTES = 48 * 1024 * 1024;
const ENTRY_OVERHEAD = 400;

const sameDate = (a: IcsItem, b: IcsItem) =>
	a.sequence === b.sequence && a.modifiedAt === b.modifiedAt && a.startsAt === b.startsAt && a.endsAt === b.endsAt &&
	a.url === b.url && (a.cancelNote ?? null) === (b.cancelNote ?? null) && sameActivity(a, b);

function dateEntry(item: IcsItem): Buffer {
	const hit = kept.get(item.uid);
	if (hit && sameDate(hit.of, item)) return hit.bytes;
	const modified = utc(item.modifiedAt);
	const text = [
		'BEGIN:VEVENT',
		foldLine(`UID:${item.uid}`),
		`SEQUENCE:${item.sequence}`,
		`DTSTAMP:${modified}`,
		`DTSTART:${utc(item.startsAt)}`,
		`DTEND:${utc(item.endsAt)}`,
		item.cancelled ? activityLines(item) : about(item),
		`STATUS:${item.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
		`LAST-MODIFIED:${modified}`,
		'END:VEVENT',
		''
	].join('\r\n');
	const bytes = Buffer.from(text);
	// Counted with what an entry holds besides its bytes (the item it was written from, the map's share).
	const size = bytes.length + ENTRY_OVERHEAD;
	if (hit) keptBytes -= hit.bytes.length + ENTRY_OVERHEAD;
	if (keptBytes + size > KEPT_MAX_BYTES) {
		kept.clear();
		keptBytes = 0;
	}
	kept.set(item.uid, { of: item, bytes });
	keptBytes += size;
	return bytes;
}

/**
 * What a date says about its activity (title, place, description, address) is the same for all
 * its dates: escaped and folded once per activity, kept by activity address and used only when
 * every field it was made from is still the same, so a change of title, text or place is never
 * served stale.
 */
function about(item: IcsItem) {
	const hit = shared.get(item.url);
	if (hit && sameActivity(hit.of, item)) return hit.lines;
	const lines = activityLines(item);
	if (shared.size >= SHARED_MAX) shared.clear();
	shared.set(item.url, { of: item, lines });
	return lines;
}

/** Escaped, folded activity lines by activity address; at most `SHARED_MAX` (a few MB), then begun afresh. */
const shared = new Map<string, { of: IcsItem; lines: string }>();
const SHARED_MAX = 20_000;

const sameActivity = (a: IcsItem, b: IcsItem) =>
	a.title === b.title && a.summary === b.summary && a.organiser === b.organiser && a.cancelled === b.cancelled &&
	a.place?.name === b.place?.name && a.place?.address === b.place?.address && a.place?.lat === b.place?.lat && a.place?.lng === b.place?.lng;

/** SUMMARY, LOCATION, GEO, DESCRIPTION and URL of one date, folded, as one block of lines. */
function activityLines(item: IcsItem): string {
	const description = [item.summary, item.organiser ? `Arrangör: ${item.organiser}` : null, item.cancelled ? item.cancelNote : null, item.url]
		.filter(Boolean)
		.join('\n\n');
	const lines = [`SUMMARY:${escapeText(item.cancelled ? `INSTÄLLT: ${item.title}` : item.title)}`];
	if (item.place) {
		lines.push(`LOCATION:${escapeText(item.place.address ? `${item.place.name}\n${item.place.address}` : item.place.name)}`);
		if (item.place.lat != null && item.place.lng != null) lines.push(`GEO:${item.place.lat};${item.place.lng}`);
	}
	lines.push(`DESCRIPTION:${escapeText(description)}`, `URL;VALUE=URI:${item.url}`);
	return lines.map(foldLine).join('\r\n');
}

export function icsResponse(body: string | Buffer, filename: string) {
	// Encoded here, in one native step: a string body is first checked for lone surrogates and
	// then encoded by the Response (a sixth of a large feed's time); Buffer.from replaces them alike.
	const bytes = typeof body === 'string' ? Buffer.from(body) : body;
	return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), {
		headers: {
			'content-length': String(bytes.length),
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*'
		}
	});
}
