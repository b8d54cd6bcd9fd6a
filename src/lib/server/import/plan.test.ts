import { describe, expect, it } from 'vitest';
import { matchVenue, planImport } from './plan';
import { ianaZone } from './time-zones';

const venues = [
	{ id: 1, name: 'Träffpunkt Centrum – Kulturhuset', address: 'Kungsvägen 24' },
	{ id: 2, name: 'Bråtebo servicehus', address: 'Bråtevägen 3' }
];
const rules = { onlyKnownVenues: false, includeKeyword: null, skipKeyword: null, defaultVenueId: 2 };
const NOW = new Date('2027-01-10T12:00:00Z');

const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
const vevent = (uid: string, lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, ...lines, 'END:VEVENT'].join('\r\n');

describe('planning an import', () => {
	it('matches a LOCATION to a known venue by name or street address, ignoring case and punctuation', () => {
		expect(matchVenue('träffpunkt centrum - kulturhuset, Karlskoga', venues)).toBe(1);
		expect(matchVenue('Kungsvägen 24, 691 31 Karlskoga', venues)).toBe(1);
		expect(matchVenue('BRÅTEBO SERVICEHUS', venues)).toBe(2);
		expect(matchVenue('Gröna Lund', venues)).toBeNull();
		expect(matchVenue('', venues)).toBeNull();
	});

	it('maps Windows and Outlook zone names to IANA zones', () => {
		expect(ianaZone('W. Europe Standard Time')).toBe('Europe/Stockholm');
		expect(ianaZone('"W. Europe Standard Time"')).toBe('Europe/Stockholm');
		expect(ianaZone('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna')).toBe('Europe/Stockholm');
		expect(ianaZone('FLE Standard Time')).toBe('Europe/Helsinki');
		expect(ianaZone('Europe/Oslo')).toBe('Europe/Oslo');
		expect(ianaZone('Customized Time Zone')).toBeNull();
	});

	it('uses the default venue for an unknown place unless only known venues are wanted, and applies the keywords', () => {
		const text = ics(
			vevent('a', ['DTSTART:20270201T090000Z', 'DTEND:20270201T100000Z', 'SUMMARY:Boule', 'LOCATION:Gröna Lund']),
			vevent('b', ['DTSTART:20270202T090000Z', 'DTEND:20270202T100000Z', 'SUMMARY:Styrelsemöte (internt)', 'LOCATION:Bråtebo servicehus']),
			vevent('c', ['DTSTART:20270203T090000Z', 'SUMMARY:Sång', 'STATUS:CANCELLED']),
			vevent('d', ['SUMMARY:Utan datum'])
		);
		const plain = planImport(text, rules, venues, NOW);
		expect(plain.ok && plain.items.map((i) => [i.uid, i.venueId, i.skip])).toEqual([
			['d', null, 'no_date'],
			['a', 2, null],
			['b', 2, null],
			['c', 2, 'cancelled']
		]);
		const strict = planImport(text, { ...rules, onlyKnownVenues: true, skipKeyword: 'internt' }, venues, NOW);
		expect(strict.ok && strict.items.filter((i) => i.uid !== 'd').map((i) => i.skip)).toEqual(['unknown_venue', 'keyword', 'cancelled']);
		const only = planImport(text, { ...rules, includeKeyword: 'boule' }, venues, NOW);
		expect(only.ok && only.items.find((i) => i.uid === 'b')?.skip).toBe('keyword');
	});

	it('expands an endless series a year ahead only, and a floating time is Stockholm time', () => {
		const plan = planImport(ics(vevent('w', ['DTSTART:20270104T100000', 'DTEND:20270104T110000', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Promenad'])), rules, venues, NOW);
		if (!plan.ok) throw new Error('no plan');
		const coming = plan.items.filter((i) => !i.skip);
		expect(coming[0]).toMatchObject({ localDate: '2027-01-11', startTime: '10:00', recurrenceKey: '2027-01-11T09:00:00.000Z' });
		expect(plan.items[0].skip).toBe('past');
		expect(coming.at(-1)!.localDate).toBe('2028-01-10');
		expect(coming.length).toBe(53);
	});

	it('says a text that is no calendar is no calendar', () => {
		expect(planImport('<html>Logga in</html>', rules, venues, NOW)).toEqual({ ok: false, code: 'not_calendar' });
	});
});
