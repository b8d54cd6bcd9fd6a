import ICAL from 'ical.js';
import { TZDate } from '@date-fns/tz';
import { createHash } from 'node:crypto';
import { instantToZoned, TIME_ZONE } from '../../domain/dates';
import { zonedToInstant } from '../../domain/zoned';
import { ianaZone } from './time-zones';

export const skipReasons = ['past', 'private', 'ignored', 'no_date', 'unknown_venue', 'keyword', 'cancelled'] as const;
export type SkipReason = (typeof skipReasons)[number];

export type SourceRules = { onlyKnownVenues: boolean; includeKeyword: string | null; skipKeyword: string | null; defaultVenueId: number | null };
export type KnownVenue = { id: number; name: string; address: string };

/** One upstream date as it would be imported: Stockholm wall-clock, the venue it matched, or why it is skipped. */
export type ProposedItem = {
	uid: string;
	/** RECURRENCE-ID (the rule's original slot) for a series date; `single` for a one-off, so that a moved one-off stays the same item. */
	recurrenceKey: string;
	title: string;
	description: string;
	location: string;
	localDate: string;
	startTime: string;
	endTime: string;
	startsAt: number;
	allDay: boolean;
	venueId: number | null;
	venueMatched: boolean;
	skip: SkipReason | null;
	contentHash: string;
};

export type ImportPlan = { ok: true; items: ProposedItem[] } | { ok: false; code: 'not_calendar' };

export const IGNORE_MARKER = '#traffpunkt-ignore';
const HORIZON_DAYS = 365;
const MAX_INSTANCES = 1000;

const normalise = (s: string) => s.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The known venue a LOCATION names (by its name or its street address), or null. */
export function matchVenue(location: string, venues: KnownVenue[]): number | null {
	const loc = normalise(location);
	if (!loc) return null;
	const hit = venues.find((v) => {
		const name = normalise(v.name);
		const address = normalise(v.address);
		return (name && (loc.includes(name) || name.includes(loc))) || (address.length > 3 && loc.includes(address));
	});
	return hit?.id ?? null;
}

/** The instant of an iCalendar time: UTC, a known zone (IANA or Windows), the file's VTIMEZONE, or floating (Stockholm). */
function instantOf(t: ICAL.Time): number {
	if (t.isDate) return zonedToInstant(`${t.year}-${pad(t.month)}-${pad(t.day)}`, '00:00').getTime();
	const tzid = t.zone?.tzid === 'UTC' ? 'UTC' : ((t as unknown as { timezone?: string }).timezone ?? t.zone?.tzid ?? null);
	if (tzid === 'UTC' || t.zone === ICAL.Timezone.utcTimezone) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
	const zone = ianaZone(tzid);
	if (zone) return new TZDate(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, zone).getTime();
	if (t.zone && t.zone !== ICAL.Timezone.localTimezone && t.zone.component) return t.toUnixTime() * 1000;
	return new TZDate(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, TIME_ZONE).getTime();
}
const pad = (n: number) => String(n).padStart(2, '0');

function keyOf(t: ICAL.Time): string {
	return t.isDate ? `${t.year}-${pad(t.month)}-${pad(t.day)}` : new Date(instantOf(t)).toISOString();
}

function text(comp: ICAL.Component, name: string): string {
	const v = comp.getFirstPropertyValue(name);
	return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '';
}

function categoriesOf(comp: ICAL.Component): string {
	return comp.getAllProperties('categories').flatMap((p) => p.getValues().map(String)).join(' ');
}

type Instance = { comp: ICAL.Component; start: ICAL.Time; end: ICAL.Time | null; key: string };

/** Every date of one UID within the horizon: a one-off, or a series expanded with its EXDATEs and moved dates. */
function instancesOf(base: ICAL.Component, exceptions: ICAL.Component[], until: number): Instance[] {
	const event = new ICAL.Event(base);
	if (!base.getFirstPropertyValue('dtstart')) return [];
	if (!event.isRecurring()) return [{ comp: base, start: event.startDate, end: event.endDate, key: 'single' }];
	for (const e of exceptions) event.relateException(e);
	const out: Instance[] = [];
	const it = event.iterator();
	for (let next = it.next(), n = 0; next && n < MAX_INSTANCES; next = it.next(), n++) {
		if (instantOf(next) > until) break;
		const d = event.getOccurrenceDetails(next);
		out.push({ comp: d.item.component, start: d.startDate, end: d.endDate, key: keyOf(d.recurrenceId) });
	}
	return out;
}

function hashOf(p: Omit<ProposedItem, 'contentHash' | 'skip'>): string {
	return createHash('sha256').update(JSON.stringify([p.title, p.description, p.venueId, p.localDate, p.startTime, p.endTime])).digest('hex').slice(0, 32);
}

/** Registers the file's own VTIMEZONEs while it is read (parsing is synchronous), then puts the registry back. */
function withFileZones<T>(root: ICAL.Component, work: () => T): T {
	const added: string[] = [];
	for (const vtz of root.getAllSubcomponents('vtimezone')) {
		const tzid = text(vtz, 'tzid');
		if (tzid && !ICAL.TimezoneService.has(tzid)) {
			ICAL.TimezoneService.register(new ICAL.Timezone(vtz), tzid);
			added.push(tzid);
		}
	}
	try {
		return work();
	} finally {
		for (const tzid of added) ICAL.TimezoneService.remove(tzid);
	}
}

/**
 * Reads an ICS file into the dates it would give here, a year ahead, each with its Stockholm date
 * and time, the venue its LOCATION matches, and a plain reason when it is skipped. Pure: the same
 * text, rules, venues and time give the same plan.
 */
export function planImport(ics: string, rules: SourceRules, venues: KnownVenue[], now: Date): ImportPlan {
	let root: ICAL.Component;
	try {
		root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
		if (root.name !== 'vcalendar') return { ok: false, code: 'not_calendar' };
	} catch {
		return { ok: false, code: 'not_calendar' };
	}
	const until = now.getTime() + HORIZON_DAYS * 86_400_000;
	return withFileZones(root, () => {
		const byUid = new Map<string, { base: ICAL.Component | null; exceptions: ICAL.Component[] }>();
		root.getAllSubcomponents('vevent').forEach((c, i) => {
			const uid = text(c, 'uid') || `no-uid-${i}`;
			const entry = byUid.get(uid) ?? { base: null, exceptions: [] };
			if (c.hasProperty('recurrence-id')) entry.exceptions.push(c);
			else entry.base = c;
			byUid.set(uid, entry);
		});
		const items: ProposedItem[] = [];
		const include = rules.includeKeyword ? normalise(rules.includeKeyword) : '';
		const exclude = rules.skipKeyword ? normalise(rules.skipKeyword) : '';
		for (const [uid, { base, exceptions }] of byUid) {
			let instances: Instance[];
			try {
				instances = base ? instancesOf(base, exceptions, until) : exceptions.filter((e) => e.getFirstPropertyValue('dtstart')).map((e) => ({ comp: e, start: new ICAL.Event(e).startDate, end: new ICAL.Event(e).endDate, key: keyOf(e.getFirstPropertyValue('recurrence-id') as ICAL.Time) }));
			} catch {
				instances = [];
			}
			if (!instances.length) {
				const comp = base ?? exceptions[0];
				items.push({ uid, recurrenceKey: 'single', title: text(comp, 'summary') || '(utan rubrik)', description: text(comp, 'description'), location: text(comp, 'location'), localDate: '', startTime: '', endTime: '', startsAt: 0, allDay: false, venueId: null, venueMatched: false, skip: 'no_date', contentHash: '' });
				continue;
			}
			for (const inst of instances) {
				const startsAt = instantOf(inst.start);
				if (startsAt > until) continue;
				const allDay = inst.start.isDate;
				const local = instantToZoned(new Date(startsAt));
				let endsAt = inst.end ? instantOf(inst.end) : startsAt + (allDay ? 86_400_000 : 3_600_000);
				if (endsAt <= startsAt) endsAt = startsAt + 3_600_000;
				const endLocal = instantToZoned(new Date(allDay ? endsAt - 60_000 : endsAt));
				const endTime = allDay || endLocal.date !== local.date ? '23:59' : endLocal.time;
				const title = text(inst.comp, 'summary') || '(utan rubrik)';
				const description = text(inst.comp, 'description');
				const location = text(inst.comp, 'location');
				const matched = matchVenue(location, venues);
				const venueId = matched ?? (location && rules.onlyKnownVenues ? null : rules.defaultVenueId);
				const haystack = normalise(`${title} ${description} ${categoriesOf(inst.comp)}`);
				const klass = text(inst.comp, 'class').toUpperCase();
				const status = text(inst.comp, 'status').toUpperCase();
				const skip: SkipReason | null =
					klass === 'PRIVATE' || klass === 'CONFIDENTIAL' ? 'private'
					: `${title} ${description} ${categoriesOf(inst.comp)}`.toLowerCase().includes(IGNORE_MARKER) ? 'ignored'
					: status === 'CANCELLED' ? 'cancelled'
					: endsAt < now.getTime() ? 'past'
					: (include && !haystack.includes(include)) || (exclude && haystack.includes(exclude)) ? 'keyword'
					: venueId === null ? 'unknown_venue'
					: null;
				const item = { uid, recurrenceKey: inst.key, title: title.slice(0, 120), description: description.slice(0, 5000), location, localDate: local.date, startTime: allDay ? '00:00' : local.time, endTime, startsAt, allDay, venueId, venueMatched: matched !== null };
				items.push({ ...item, skip, contentHash: hashOf(item) });
			}
		}
		return { ok: true as const, items: items.sort((a, b) => a.startsAt - b.startsAt || a.title.localeCompare(b.title)) };
	});
}
