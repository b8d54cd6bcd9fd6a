import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './helpers';
import type { Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { getPublicEvent, lastEventDate, listEventDates } from '../../src/lib/server/db/queries/event-detail';
import { getOpeningHours, getVenue } from '../../src/lib/server/db/queries/places';
import { eventJsonLd, placeJsonLd } from '../../src/lib/server/feeds/jsonld';
import { addDays } from '../../src/lib/domain/dates';

const NOW = new Date('2026-11-23T08:00:00Z');
const ORIGIN = 'https://traffpunkt.example';
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`);

let db: Db;
beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
}, 120_000); // seeding shares two cores with the other test files

/** What a consumer reads from a schema.org Schedule, expanded the way its terms say (independently of our code). */
function readSchedule(s: { startDate: string; endDate: string; byDay: string[]; repeatFrequency: string; byMonthWeek?: number; exceptDate?: string[] }) {
	const days = s.byDay.map((d) => DAYS.indexOf(d) + 1);
	const weekday = (d: string) => ((new Date(`${d}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
	const mondayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000) - (weekday(d) - 1);
	const weeks = /^P(\d+)W$/.exec(s.repeatFrequency);
	const out: string[] = [];
	for (let d = s.startDate; d <= s.endDate; d = addDays(d, 1)) {
		if (!days.includes(weekday(d)) || s.exceptDate?.includes(d)) continue;
		if (weeks && ((mondayNumber(d) - mondayNumber(s.startDate)) / 7) % Number(weeks[1]) !== 0) continue;
		if (s.repeatFrequency === 'P1M' && Math.ceil(Number(d.slice(8)) / 7) !== s.byMonthWeek) continue;
		out.push(d);
	}
	return out;
}

describe('schema.org Event JSON-LD on event pages', () => {
	it('every event has a startDate, and every eventSchedule names exactly the dates that are held', () => {
		const ids = db.$client.prepare(`SELECT id FROM events WHERE status IN ('published', 'cancelled')`).all() as { id: number }[];
		const kinds = { schedule: 0, subEvent: 0, once: 0 };
		for (const { id } of ids) {
			const event = getPublicEvent(db, id)!;
			const dates = listEventDates(db, id, NOW.getTime(), 200);
			const data = JSON.parse(eventJsonLd(event, dates, ORIGIN, { last: dates.length ? null : lastEventDate(db, id) }));
			expect(data.startDate, `event ${id}`).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
			if (data.eventSchedule) {
				kinds.schedule++;
				const held = dates.filter((d) => !d.cancelled).map((d) => d.localDate);
				expect(readSchedule(data.eventSchedule), `${event.title} (${id}): ${JSON.stringify(event.schedule)}`).toEqual(held);
				expect(data.eventSchedule.scheduleTimezone).toBe('Europe/Stockholm');
				expect(data.eventSchedule.startTime).toBe(event.schedule.startTime);
			} else if (data.subEvent) {
				kinds.subEvent++;
				expect(data.subEvent.map((s: { startDate: string }) => s.startDate)).toEqual(dates.slice(0, 30).map((d) => new Date(d.startsAt).toISOString()));
			} else kinds.once++;
		}
		// The demo has weekly, every-other-week, odd/even-week and monthly series: most get a rule, the rest dates.
		expect(kinds.schedule).toBeGreaterThan(100);
		expect(kinds.subEvent).toBeGreaterThan(0);
		expect(kinds.once).toBeGreaterThan(0);
	});

	it('a cancelled event says so, and does not claim a schedule for dates that are not held', () => {
		const row = db.$client.prepare(`SELECT id FROM events WHERE status = 'cancelled' LIMIT 1`).get() as { id: number } | undefined;
		if (!row) return expect(row).toBeUndefined();
		const event = getPublicEvent(db, row.id)!;
		const data = JSON.parse(eventJsonLd(event, listEventDates(db, row.id, NOW.getTime()), ORIGIN));
		expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
		if (data.eventSchedule) expect(readSchedule(data.eventSchedule)).toEqual([]);
	});
});

describe('schema.org Place JSON-LD on venue pages', () => {
	it('a meeting point has its address, position and opening hours', () => {
		const { slug } = db.$client.prepare(`SELECT v.slug FROM venues v WHERE v.kind = 'meeting_point' AND EXISTS (SELECT 1 FROM opening_hours h WHERE h.venue_id = v.id) LIMIT 1`).get() as { slug: string };
		const venue = getVenue(db, slug)!;
		const opening = getOpeningHours(db, venue.id, '2026-11-23');
		const data = JSON.parse(placeJsonLd(venue, opening, ORIGIN, '2026-11-23'));
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Place',
			name: venue.name,
			url: `${ORIGIN}/platser/${slug}`,
			address: { '@type': 'PostalAddress', streetAddress: venue.address, addressCountry: 'SE' },
			geo: { '@type': 'GeoCoordinates', latitude: venue.lat, longitude: venue.lng }
		});
		expect(data.openingHoursSpecification.length).toBeGreaterThan(0);
		for (const spec of data.openingHoursSpecification) {
			expect(DAYS).toContain(spec.dayOfWeek);
			expect(spec.opens).toMatch(/^\d\d:\d\d$/);
			expect(spec.closes > spec.opens).toBe(true);
		}
		const weekly = opening.rules.filter((r) => !r.weekParity);
		expect(data.openingHoursSpecification.filter((s: { validFrom?: string }) => !s.validFrom)).toHaveLength(weekly.length);
	});
});
