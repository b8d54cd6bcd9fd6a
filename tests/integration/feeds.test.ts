import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { revisionContent as content, smallDatabase } from './small-db';
import type { Db } from '../../src/lib/server/db/index';
import { createEvent, publishRevision } from '../../src/lib/server/commands/revisions';
import { listEventDates } from '../../src/lib/server/db/queries/event-detail';
import { listActivities } from '../../src/lib/server/db/queries/activities';
import { emptyFilters } from '../../src/lib/domain/filters';
import { occurrenceUid, renderCalendar, type IcsItem } from '../../src/lib/server/feeds/ical';
import { renderRss, type RssItem } from '../../src/lib/server/feeds/rss';
import type { Schedule } from '../../src/lib/domain/recurrence';

const ORIGIN = 'https://traffpunkt.example';

/** A published weekly Sunday 10:00–11:00 event; dates from `from` on are materialised. */
function sundayEvent(range: { startDate: string; until: string; now: string }, title = 'Sångstund, psalmer; kaffe') {
	const s = smallDatabase();
	const schedule: Schedule = {
		kind: 'weekly',
		startDate: range.startDate,
		until: range.until,
		startTime: '10:00',
		endTime: '11:00',
		weekdays: [7],
		// Easter Sunday falls on the DST change in 2027: held anyway, this test is about the clock.
		holidays: 'run'
	};
	const now = new Date(range.now);
	const { eventId, revisionId } = createEvent(s.db, s.organisationId, content(s, title, schedule), { now });
	publishRevision(s.db, revisionId, { now, occurrencesFrom: range.startDate });
	return { ...s, eventId, now };
}

function calendarFor(db: Db, eventId: number, title: string) {
	const dates = listEventDates(db, eventId, 0);
	const items: IcsItem[] = dates.map((d) => ({
		uid: occurrenceUid(d.id, 'traffpunkt.example'),
		sequence: 0,
		modifiedAt: 0,
		title,
		summary: 'Vi sjunger tillsammans.',
		url: `${ORIGIN}/aktiviteter/${eventId}`,
		startsAt: d.startsAt,
		endsAt: d.endsAt,
		place: { name: 'Kulturhuset', address: 'Kyrkbacken 9, Karlskoga', lat: 59.33, lng: 14.52 },
		cancelled: d.cancelled,
		cancelNote: d.cancelNote,
		organiser: 'PRO Karlskoga'
	}));
	return { dates, ics: renderCalendar({ name: title }, items) };
}

function parseEvents(ics: string) {
	const component = new ICAL.Component(ICAL.parse(ics));
	return component.getAllSubcomponents('vevent').map((v) => {
		const e = new ICAL.Event(v);
		return {
			uid: e.uid,
			summary: e.summary,
			start: e.startDate.toJSDate(),
			end: e.endDate.toJSDate(),
			status: v.getFirstPropertyValue('status'),
			url: v.getFirstPropertyValue('url'),
			description: e.description
		};
	});
}

const stockholm = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	weekday: 'short',
	hourCycle: 'h23'
});
function wallClock(d: Date) {
	const p = Object.fromEntries(stockholm.formatToParts(d).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, weekday: p.weekday };
}

describe('iCalendar feed across a daylight-saving change', () => {
	it.each([
		{
			label: 'spring forward, 28 March 2027',
			startDate: '2027-03-07',
			until: '2027-04-18',
			now: '2027-03-01T12:00:00Z',
			dates: ['2027-03-07', '2027-03-14', '2027-03-21', '2027-03-28', '2027-04-04', '2027-04-11', '2027-04-18'],
			utcHourBefore: 9,
			utcHourAfter: 8,
			change: '2027-03-28',
			rawStart: 'DTSTART:20270328T080000Z'
		},
		{
			label: 'fall back, 25 October 2026',
			startDate: '2026-10-04',
			until: '2026-11-15',
			now: '2026-10-01T12:00:00Z',
			dates: ['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25', '2026-11-01', '2026-11-08', '2026-11-15'],
			utcHourBefore: 8,
			utcHourAfter: 9,
			change: '2026-10-25',
			rawStart: 'DTSTART:20261025T090000Z'
		}
	])('keeps every date at 10:00–11:00 Stockholm time ($label)', (c) => {
		const title = 'Sångstund, psalmer; kaffe';
		const { db, eventId } = sundayEvent(c, title);
		const { dates, ics } = calendarFor(db, eventId, title);
		expect(dates.map((d) => d.localDate)).toEqual(c.dates);

		// Written as UTC instants, so no client has to know the Stockholm rules.
		expect(ics).toContain(c.rawStart);
		const events = parseEvents(ics);
		expect(events).toHaveLength(c.dates.length);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
		expect(sorted.map((e) => wallClock(e.start))).toEqual(
			c.dates.map((date) => ({ date, time: '10:00', weekday: 'Sun' }))
		);
		for (const e of sorted) {
			expect(wallClock(e.end).time).toBe('11:00');
			expect(e.end.getTime() - e.start.getTime()).toBe(3_600_000);
			expect(e.summary).toBe(title);
			expect(e.url).toBe(`${ORIGIN}/aktiviteter/${eventId}`);
			expect(e.status).toBe('CONFIRMED');
		}
		const before = sorted.filter((e) => wallClock(e.start).date < c.change);
		const after = sorted.filter((e) => wallClock(e.start).date >= c.change);
		expect(before.length).toBe(3);
		expect(after.length).toBe(4);
		expect(new Set(before.map((e) => e.start.getUTCHours()))).toEqual(new Set([c.utcHourBefore]));
		expect(new Set(after.map((e) => e.start.getUTCHours()))).toEqual(new Set([c.utcHourAfter]));
	});

	it('marks a cancelled date CANCELLED with its note', () => {
		const title = 'Sångstund';
		const { db, eventId } = sundayEvent(
			{ startDate: '2027-03-07', until: '2027-03-28', now: '2027-03-01T12:00:00Z' },
			title
		);
		db.$client
			.prepare(`UPDATE occurrences SET cancelled = 1, cancel_note = 'Ledaren är sjuk.' WHERE local_date = '2027-03-21'`)
			.run();
		const events = parseEvents(calendarFor(db, eventId, title).ics);
		const cancelled = events.filter((e) => e.status === 'CANCELLED');
		expect(cancelled).toHaveLength(1);
		expect(wallClock(cancelled[0].start).date).toBe('2027-03-21');
		expect(cancelled[0].summary).toBe('INSTÄLLT: Sångstund');
		expect(cancelled[0].description).toContain('Ledaren är sjuk.');
		expect(events.filter((e) => e.status === 'CONFIRMED')).toHaveLength(3);
	});
});

/** A small well-formedness check: balanced tags, no raw '<' or bare '&' in text or attributes. */
function checkXml(xml: string) {
	const problems: string[] = [];
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
	let m: RegExpExecArray | null;
	while ((m = token.exec(body))) {
		const [, close, name, attrs, selfClose, text, stray] = m;
		if (stray) problems.push(`raw < at ${m.index}`);
		else if (text !== undefined) {
			if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`bare & in ${JSON.stringify(text)}`);
			if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) problems.push(`control character in ${JSON.stringify(text)}`);
		} else if (close) {
			if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
		} else {
			if (/&(?!(amp|lt|gt|quot|apos);)/.test(attrs)) problems.push(`bare & in attributes of <${name}>`);
			if (!selfClose) stack.push(name);
		}
	}
	if (stack.length) problems.push(`unclosed ${stack.join(', ')}`);
	return problems;
}

describe('RSS feed', () => {
	function rssFromList(db: Db, now: Date) {
		const list = listActivities(db, emptyFilters(), now, 1000);
		const items: RssItem[] = list.items.map((i) => ({
			guid: `occurrence-${i.occurrenceId}`,
			title: `${i.cancelled ? 'INSTÄLLT: ' : ''}${i.title}`,
			link: `${ORIGIN}/aktiviteter/${i.eventId}`,
			description: `${i.summary} ${i.venueName ?? ''}`.trim(),
			pubDate: new Date(i.startsAt)
		}));
		return {
			list,
			xml: renderRss(
				{ title: 'Träffpunkt – aktiviteter', link: `${ORIGIN}/aktiviteter?q=a&stadsdel=centrum`, description: 'Kommande <aktiviteter>', self: `${ORIGIN}/rss.xml?q=a&stadsdel=centrum` },
				items
			)
		};
	}

	it('escapes & and < and links every item to its event page', () => {
		const title = 'Fika & sång <för alla> "välkommen"';
		const { db, eventId, now } = sundayEvent(
			{ startDate: '2027-03-07', until: '2027-03-28', now: '2027-03-01T12:00:00Z' },
			title
		);
		const { list, xml } = rssFromList(db, now);
		expect(list.total).toBe(4);
		expect(checkXml(xml)).toEqual([]);
		expect(xml).toContain('<title>Fika &amp; sång &lt;för alla&gt; &quot;välkommen&quot;</title>');
		expect(xml).toContain('Kulturhuset &amp; Café &lt;Scen&gt;');
		expect(xml).toContain(`<link>${ORIGIN}/aktiviteter?q=a&amp;stadsdel=centrum</link>`);
		expect(xml).not.toContain('<för alla>');

		const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]);
		expect(items).toHaveLength(4);
		for (const item of items) {
			expect(item).toMatch(new RegExp(`<link>${ORIGIN}/aktiviteter/${eventId}</link>`));
			expect(item).toMatch(/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
		}
		const guids = [...xml.matchAll(/<guid isPermaLink="false">([^<]+)<\/guid>/g)].map((m) => m[1]);
		expect(new Set(guids).size).toBe(4);
	});

	it('the checker itself notices unescaped text', () => {
		expect(checkXml('<rss><title>a & b</title></rss>')).not.toEqual([]);
		expect(checkXml('<rss><title>a < b</title></rss>')).not.toEqual([]);
		expect(checkXml('<rss><title>a</rss>')).not.toEqual([]);
	});

	// BUG: escapeXml passes through C0 control characters (e.g. a form feed pasted from a word
	// processor into the summary), which are not allowed anywhere in XML 1.0; feed readers then
	// reject the whole feed.
	it('leaves out characters XML 1.0 does not allow', () => {
		const xml = renderRss({ title: 'T', link: ORIGIN, description: 'D', self: `${ORIGIN}/rss.xml` }, [
			{ guid: 'g', title: 'Bingo\u000C', link: `${ORIGIN}/aktiviteter/1`, description: 'Tag med\u0008 penna', pubDate: new Date(0) }
		]);
		expect(checkXml(xml)).toEqual([]);
	});
});
