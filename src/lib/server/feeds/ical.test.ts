import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { foldLine, renderCalendar, type IcsItem } from './ical';

const item = (over: Partial<IcsItem> = {}): IcsItem => ({
	uid: 'occurrence-1@example.se',
	sequence: 2,
	modifiedAt: Date.UTC(2026, 10, 20, 8, 0),
	title: 'Sittgympa; stol, musik \\ sång 😀 åäö',
	summary: 'Rad ett\nRad två',
	url: 'https://example.se/aktiviteter/1',
	startsAt: Date.UTC(2026, 11, 3, 9, 0),
	endsAt: Date.UTC(2026, 11, 3, 10, 0),
	place: { name: 'Kulturhuset', address: 'Kyrkbacken 9, 691 31 Karlskoga', lat: 59.33, lng: 14.52 },
	cancelled: false,
	organiser: 'PRO Karlskoga',
	...over
});

describe('renderCalendar', () => {
	it('writes each date of an activity as if it were alone in the feed (the activity’s lines are shared)', () => {
		const dates = [
			item(),
			item({ uid: 'occurrence-2@example.se', startsAt: Date.UTC(2026, 11, 10, 9, 0), endsAt: Date.UTC(2026, 11, 10, 10, 0), sequence: 0 }),
			item({ uid: 'occurrence-3@example.se', cancelled: true, cancelNote: 'Sjuk ledare.' }),
			item({ uid: 'occurrence-4@example.se', title: 'Nytt namn, samma adress' }),
			item({ uid: 'occurrence-5@example.se', place: { name: 'Kulturhuset', address: 'Annan gata 1', lat: 59.33, lng: 14.52 } }),
			item({ uid: 'occurrence-6@example.se' })
		];
		const events = (text: string) => text.split('BEGIN:VEVENT').slice(1).map((v) => v.split('END:VEVENT')[0]);
		const together = events(renderCalendar({ name: 'x' }, dates));
		expect(together).toEqual(dates.map((d) => events(renderCalendar({ name: 'x' }, [d]))[0]));
		expect(together[3]).toContain('SUMMARY:Nytt namn\\, samma adress');
		expect(together[4]).toContain('Annan gata 1');
		expect(together[2]).toContain('INSTÄLLT');
		expect(together[5]).not.toContain('INSTÄLLT');
	});

	it('writes what ical.js reads back: text with ; , \\ line breaks, åäö and emoji intact, instants in UTC', () => {
		const long = 'Lång text med å, ä och ö 🙂 '.repeat(12);
		const text = renderCalendar({ name: 'Träffpunkt, Centrum', description: 'Två\nrader', source: 'https://example.se/kalender.ics', refreshSeconds: 3600 }, [
			item(),
			item({ uid: 'occurrence-2@example.se', title: long, cancelled: true, cancelNote: 'Ledaren är sjuk.', place: null })
		]);
		for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const cal = new ICAL.Component(ICAL.parse(text));
		// X- properties are TEXT by convention; ical.js hands them over still escaped.
		expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Träffpunkt\\, Centrum');
		expect(cal.getFirstPropertyValue('x-wr-caldesc')).toBe('Två\\nrader');
		const [first, second] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(first.summary).toBe(item().title);
		expect(first.location).toBe('Kulturhuset\nKyrkbacken 9, 691 31 Karlskoga');
		expect(first.description).toBe('Rad ett\nRad två\n\nArrangör: PRO Karlskoga\n\nhttps://example.se/aktiviteter/1');
		expect(first.startDate.toJSDate().getTime()).toBe(item().startsAt);
		expect(first.sequence).toBe(2);
		expect(second.summary).toBe(`INSTÄLLT: ${long}`);
		expect(second.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(second.description).toContain('Ledaren är sjuk.');
	});

	it('never serves an activity’s kept lines after the activity changed (lines are kept across feeds)', () => {
		const url = 'https://example.se/aktiviteter/77';
		expect(renderCalendar({ name: 'x' }, [item({ url })])).toContain('Kulturhuset');
		const changed = [
			item({ url, title: 'Ny titel' }),
			item({ url, summary: 'Ny text' }),
			item({ url, organiser: 'SPF Seniorerna' }),
			item({ url, place: { name: 'Biblioteket', address: 'Torget 1', lat: 59.3, lng: 14.5 } }),
			item({ url, place: { name: 'Kulturhuset', address: 'Kyrkbacken 9, 691 31 Karlskoga', lat: 59.4, lng: 14.52 } })
		];
		const texts = ['SUMMARY:Ny titel', 'DESCRIPTION:Ny text', 'Arrangör: SPF Seniorerna', 'LOCATION:Biblioteket', 'GEO:59.4;14.52'];
		changed.forEach((c, i) => expect(renderCalendar({ name: 'x' }, [c])).toContain(texts[i]));
	});

	it('never serves a date’s kept entry after the date changed (entries are kept across feeds by UID)', () => {
		const uid = 'occurrence-88@example.se';
		const at = Date.UTC(2027, 0, 5, 9, 0);
		const base = () => item({ uid, startsAt: at, endsAt: at + 3_600_000 });
		const changed = [
			item({ uid, startsAt: at + 1_800_000, endsAt: at + 3_600_000 }),
			item({ uid, startsAt: at, endsAt: at + 7_200_000 }),
			{ ...base(), sequence: 9 },
			{ ...base(), modifiedAt: Date.UTC(2026, 11, 24, 12, 0) },
			{ ...base(), cancelled: true, cancelNote: 'Halkan.' },
			{ ...base(), url: 'https://example.se/aktiviteter/2' },
			{ ...base(), title: 'Annan titel' }
		];
		const texts = ['DTSTART:20270105T093000Z', 'DTEND:20270105T110000Z', 'SEQUENCE:9', 'DTSTAMP:20261224T120000Z', 'Halkan.', 'aktiviteter/2', 'SUMMARY:Annan titel'];
		const unfolded = (c: IcsItem) => renderCalendar({ name: 'x' }, [c]).replaceAll('\r\n ', '');
		changed.forEach((c, i) => {
			expect(unfolded(base())).toContain('DTSTART:20270105T090000Z');
			expect(unfolded(c), texts[i]).toContain(texts[i]);
		});
		// A cancelled date's note changes while it stays cancelled.
		unfolded({ ...base(), cancelled: true, cancelNote: 'Halkan.' });
		expect(unfolded({ ...base(), cancelled: true, cancelNote: 'Ledaren är sjuk.' })).toContain('Ledaren är sjuk.');
		expect(unfolded(base())).toContain('STATUS:CONFIRMED');
	});

	it('folds at 75 octets without splitting a character', () => {
		expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
		const folded = foldLine(`SUMMARY:${'ö'.repeat(60)}`);
		expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ö'.repeat(60)}`);
	});

	it('folds exactly as a code point by code point fold does, emoji and lone surrogates included', () => {
		const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
		const reference = (line: string) => {
			if (Buffer.byteLength(line) <= 75) return line;
			let out = '';
			let used = 0;
			for (const ch of line) {
				const size = octets(ch.codePointAt(0)!);
				if (used + size > 75) {
					out += '\r\n ';
					used = 1;
				}
				out += ch;
				used += size;
			}
			return out;
		};
		const pieces = ['a', 'ö', 'Ä', '€', '😀', '\ud800', '\udc00', ' ', ',', 'ñ', '𝄞'];
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		for (let n = 0; n < 500; n++) {
			let line = 'DESCRIPTION:';
			const length = Math.floor(rand() * 260);
			for (let i = 0; i < length; i++) line += pieces[Math.floor(rand() * pieces.length)];
			expect(foldLine(line)).toBe(reference(line));
		}
	});
});
