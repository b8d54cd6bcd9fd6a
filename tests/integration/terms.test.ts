import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { failInsertsInto, freshDatabase } from './helpers';
import { postedForm, snapshot } from './support/forms';
import type { Db } from '../../src/lib/server/db/index';
import * as t from '../../src/lib/server/db/schema';
import { seedDatabase } from '../../src/lib/server/seed/index';
import EventForm from '../../src/lib/components/EventForm.svelte';
import { eventFormValues, venueOptions, EMPTY_EVENT_VALUES } from '../../src/lib/server/db/queries/event-form';
import { filterVocabulary } from '../../src/lib/server/db/queries/taxonomy';
import { termProgramme } from '../../src/lib/server/db/queries/term-programme';
import { swedishHoliday } from '../../src/lib/server/holidays';
import { readEventForm } from '../../src/lib/domain/event-form';
import { todayInStockholm } from '../../src/lib/domain/dates';
import type { Schedule } from '../../src/lib/domain/recurrence';
import { execute } from '../../src/lib/server/commands/runner';
import type { Actor } from '../../src/lib/server/commands/actor';
import { saveEvent } from '../../src/lib/server/commands/events';
import { copySeriesToTerm } from '../../src/lib/server/commands/terms';
import { decideRevision } from '../../src/lib/server/commands/moderation';

/** Monday 23 November 2026, 09:00 in Stockholm; the demo is seeded at this moment. */
const NOW = new Date('2026-11-23T08:00:00Z');
const TODAY = todayInStockholm(NOW);
const SPRING = { from: '2027-01-01', to: '2027-06-30' };
let db: Db;
let staff: Actor;
let series: { id: number; organisationId: number; schedule: Schedule };
let organiser: Actor;
let stranger: Actor;

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const latest = (eventId: number) =>
	db.$client.prepare('SELECT r.id, r.status, r.schedule, r.title FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id WHERE e.id = ?').get(eventId) as { id: number; status: string; schedule: string; title: string };
const key = (n: number) => `testkey-${n}-abcdefghijklmnop`;

beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
	const user = (email: string) => db.select().from(t.users).where(eq(t.users.email, email)).get()!;
	staff = { kind: 'staff', userId: user('personal@demo.invalid').id, role: 'moderator' };
	const rows = db.$client.prepare(`SELECT e.id, e.organisation_id AS organisationId, r.schedule FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id WHERE e.status = 'published'`).all() as { id: number; organisationId: number; schedule: string }[];
	const member = user('forening@demo.invalid');
	// The demo organiser's organisation (PRO Karlskoga) is not trusted: its submissions are reviewed.
	const own = db.$client.prepare(`SELECT m.organisation_id AS id FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ? AND o.trusted = 0 AND o.kind <> 'municipal'`).get(member.id) as { id: number };
	const withBreaks = rows
		.map((r) => ({ ...r, schedule: JSON.parse(r.schedule) as Schedule }))
		.filter((r) => r.organisationId === own.id && r.schedule.kind !== 'once' && (r.schedule.breaks ?? []).length >= 2)
		.sort((a, b) => b.schedule.breaks!.length - a.schedule.breaks!.length);
	series = withBreaks[0];
	organiser = { kind: 'organiser', userId: member.id, organisationId: series.organisationId };
	const other = rows.find((r) => r.organisationId !== series.organisationId)!;
	stranger = { kind: 'organiser', userId: member.id, organisationId: other.organisationId };
}, 120_000);

describe('Ny termin: a series copied to the next term', () => {
	it('lands as one pending revision with its breaks moved to the term, the original untouched', async () => {
		const before = latest(series.id);
		const events = count('events');
		const r = await execute(copySeriesToTerm, organiser, { eventId: series.id, ...SPRING, formKey: key(1) }, { db, now: NOW });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.repeated).toBe(false);
		expect(count('events')).toBe(events + 1);
		const copy = latest(r.value.eventId);
		expect(copy.status).toBe('pending');
		expect(copy.title).toBe(before.title);
		const s = JSON.parse(copy.schedule) as Schedule;
		expect(s.startDate).toBe(SPRING.from);
		expect(s.until).toBe(SPRING.to);
		for (const b of s.breaks ?? []) expect(b.from >= SPRING.from && b.to <= SPRING.to).toBe(true);
		// Every break says what became of it, and some were moved or dropped.
		expect(r.value.breaks).toHaveLength(series.schedule.breaks!.length);
		expect(r.value.breaks.some((b) => b.how === 'dropped' || b.how === 'moved' || b.how === 'shortened')).toBe(true);
		expect(latest(series.id)).toEqual(before);
		// One review for the whole term: the moderator approves once and every date is planned.
		const revisions = db.$client.prepare('SELECT count(*) AS n FROM event_revisions WHERE event_id = ?').get(r.value.eventId) as { n: number };
		expect(revisions.n).toBe(1);
		const approved = await execute(decideRevision, staff, { revisionId: copy.id, decision: 'approve', message: '' }, { db, now: NOW });
		expect(approved.ok).toBe(true);
		const dates = db.$client.prepare('SELECT local_date AS d FROM occurrences WHERE event_id = ?').all(r.value.eventId) as { d: string }[];
		expect(dates.length).toBeGreaterThan(5);
		expect(dates.every((d) => d.d >= SPRING.from && d.d <= SPRING.to)).toBe(true);
		expect(dates.some((d) => (s.breaks ?? []).some((b) => d.d >= b.from && d.d <= b.to))).toBe(false);
	});

	it('posted twice with the same form key gives one copy', async () => {
		const first = await execute(copySeriesToTerm, organiser, { eventId: series.id, ...SPRING, formKey: key(2) }, { db, now: NOW });
		const before = snapshot(db);
		const second = await execute(copySeriesToTerm, organiser, { eventId: series.id, ...SPRING, formKey: key(2) }, { db, now: NOW });
		expect(first.ok && second.ok).toBe(true);
		if (!first.ok || !second.ok) return;
		expect(second.value).toMatchObject({ eventId: first.value.eventId, repeated: true });
		expect(snapshot(db)).toEqual(before);
	});

	it('refuses another organisation’s series and writes nothing', async () => {
		const before = snapshot(db);
		const r = await execute(copySeriesToTerm, stranger, { eventId: series.id, ...SPRING, formKey: key(3) }, { db, now: NOW });
		expect(r).toMatchObject({ ok: false, refused: { status: 404 } });
		expect(snapshot(db)).toEqual(before);
	});

	it('is all or nothing: a failure late in the transaction leaves no copy behind', async () => {
		const before = snapshot(db);
		const undo = failInsertsInto(db, 'audit_log', 'disk full');
		try {
			await expect(execute(copySeriesToTerm, organiser, { eventId: series.id, ...SPRING, formKey: key(4) }, { db, now: NOW })).rejects.toThrow(/disk full/);
		} finally {
			undo();
		}
		expect(snapshot(db)).toEqual(before);
	});

	it('refuses a term that is over, with a message next to the field', async () => {
		const r = await execute(copySeriesToTerm, organiser, { eventId: series.id, from: '2026-01-01', to: '2026-06-30', formKey: key(5) }, { db, now: NOW });
		expect(r).toMatchObject({ ok: false, failure: { errors: { to: expect.stringContaining('slut') } } });
	});

	it('the copy opens in the edit form and saves unchanged (round trip), and shows in the term programme', async () => {
		const r = await execute(copySeriesToTerm, organiser, { eventId: series.id, ...SPRING, formKey: key(6) }, { db, now: NOW });
		if (!r.ok) throw new Error('copy failed');
		const loaded = eventFormValues(db, series.organisationId, r.value.eventId, TODAY)!;
		const options = { ...filterVocabulary(db), venues: venueOptions(db, series.organisationId) };
		const { form } = postedForm(EventForm, { values: loaded.values, errors: {}, preview: null, options, locale: 'sv', today: TODAY }, { name: 'intent', value: 'submit' });
		expect(form.get('occurs')).toBe('repeat');
		const before = snapshot(db);
		const saved = await execute(saveEvent, organiser, { eventId: r.value.eventId, intent: 'submit', values: readEventForm(form) }, { db, now: NOW });
		expect(saved).toMatchObject({ ok: true, value: { unchanged: true } });
		expect(snapshot(db)).toEqual(before);
		const programme = termProgramme(db, series.organisationId, SPRING.from, SPRING.to, swedishHoliday);
		expect(programme.some((e) => e.id === r.value.eventId && e.waiting && e.dates.length > 0)).toBe(true);
	});
});

describe('the event form: "En gång eller flera gånger?"', () => {
	const options = () => ({ ...filterVocabulary(db), venues: venueOptions(db, series.organisationId) });
	const blank = () => {
		const { form } = postedForm(EventForm, { values: EMPTY_EVENT_VALUES, errors: {}, preview: null, options: options(), locale: 'sv', today: TODAY });
		return form;
	};
	const fill = (form: FormData) => {
		for (const [k, v] of Object.entries({ title: 'Julfest', summary: 'Vi firar jul tillsammans.', category: 'fest', venue: 'telefon', startDate: '2026-12-12', startTime: '14:00', endTime: '17:00' })) form.set(k, v);
		form.set('category', filterVocabulary(db).categories[0].slug);
		return form;
	};

	it('has no answer for a new event, and a missing answer is an error next to the question', async () => {
		const form = fill(blank());
		expect(form.get('occurs')).toBeNull();
		const r = await execute(saveEvent, organiser, { eventId: null, intent: 'submit', values: readEventForm(form) }, { db, now: NOW });
		expect(r).toMatchObject({ ok: false, failure: { errors: { scheduleKind: 'Svara om aktiviteten är en gång eller flera gånger.' } } });
	});

	it('a one-off party needs no weekday, even when the form without JavaScript posts break rows and excluded dates', async () => {
		const form = fill(blank());
		form.set('occurs', 'once');
		form.set('break-0-from', 'snart');
		form.set('exceptions', 'inte ett datum');
		const r = await execute(saveEvent, organiser, { eventId: null, intent: 'submit', values: readEventForm(form) }, { db, now: NOW });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const s = JSON.parse(latest(r.value.eventId).schedule) as Schedule;
		expect(s).toMatchObject({ kind: 'once', startDate: '2026-12-12', exceptions: [], breaks: [] });
	});

	it('several times still asks for a weekday', async () => {
		const form = fill(blank());
		form.set('occurs', 'repeat');
		const r = await execute(saveEvent, organiser, { eventId: null, intent: 'draft', values: readEventForm(form) }, { db, now: NOW });
		expect(r).toMatchObject({ ok: false, failure: { errors: { weekdays: 'Välj minst en veckodag.' } } });
	});
});
