import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDatabase } from './helpers';
import { postedForm, snapshot } from './support/forms';
import type { Db } from '../../src/lib/server/db/index';
import * as t from '../../src/lib/server/db/schema';
import { seedDatabase } from '../../src/lib/server/seed/index';
import EventForm from '../../src/lib/components/EventForm.svelte';
import VenueForm from '../../src/lib/components/VenueForm.svelte';
import { eventFormValues, venueOptions } from '../../src/lib/server/db/queries/event-form';
import { filterVocabulary, listDistrictOptions } from '../../src/lib/server/db/queries/taxonomy';
import { districtSlugOf, getVenueForEdit, venueFormValues } from '../../src/lib/server/db/queries/venue-admin';
import { getOrganisation } from '../../src/lib/server/db/queries/organisations';
import { readEventForm } from '../../src/lib/domain/event-form';
import { todayInStockholm } from '../../src/lib/domain/dates';
import type { Schedule } from '../../src/lib/domain/recurrence';
import { execute } from '../../src/lib/server/commands/runner';
import type { Actor } from '../../src/lib/server/commands/actor';
import { saveEvent } from '../../src/lib/server/commands/events';
import { saveVenue } from '../../src/lib/server/commands/venues';
import { updateOrganisationProfile } from '../../src/lib/server/commands/organisations';
import { saveTaxonomyEntry, setNotificationPreference, updateDistrict, updateUser } from '../../src/lib/server/commands/admin';

/** Monday 23 November 2026, 09:00 in Stockholm; the demo is seeded at this moment. */
const NOW = new Date('2026-11-23T08:00:00Z');
const TODAY = todayInStockholm(NOW);
let db: Db;
let staff: Actor & { kind: 'staff' };
let admin: Actor & { kind: 'staff' };

beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
	const user = (email: string) => db.select().from(t.users).where(eq(t.users.email, email)).get()!;
	staff = { kind: 'staff', userId: user('personal@demo.invalid').id, role: 'moderator' };
	admin = { kind: 'staff', userId: user('admin@demo.invalid').id, role: 'admin' };
}, 120_000);

type Row = { id: number; organisationId: number; schedule: Schedule; status: string };
const events = () =>
	(db.$client.prepare(`SELECT e.id, e.organisation_id AS organisationId, r.schedule, r.status FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id WHERE e.status = 'published'`).all() as (Omit<Row, 'schedule'> & { schedule: string })[]).map(
		(r) => ({ ...r, schedule: JSON.parse(r.schedule) as Schedule })
	);
const organiserOf = (organisationId: number): Actor => {
	const member = db.select().from(t.users).where(eq(t.users.email, 'forening@demo.invalid')).get()!;
	return { kind: 'organiser', userId: member.id, organisationId };
};

/** The edit form exactly as the page renders it, posted back with one of its buttons. */
function postEditForm(eventId: number, intent: 'submit' | 'draft') {
	const loaded = eventFormValues(db, null, eventId, TODAY)!;
	const options = { ...filterVocabulary(db), venues: venueOptions(db, loaded.organisationId) };
	const { form } = postedForm(EventForm, { values: loaded.values, errors: {}, preview: null, options, locale: 'sv', today: TODAY }, { name: 'intent', value: intent });
	// "En gång eller flera gånger?" opens with the answer that matches the saved event.
	expect(form.get('occurs')).toBe(loaded.values.scheduleKind === 'once' ? 'once' : 'repeat');
	if (loaded.values.scheduleKind !== 'once') expect(form.get('repeatKind')).toBe(loaded.values.scheduleKind);
	return readEventForm(form);
}

async function saveUnchanged(actor: Actor, eventId: number, intent: 'submit' | 'draft') {
	const before = snapshot(db);
	const result = await execute(saveEvent, actor, { eventId, intent, values: postEditForm(eventId, intent) }, { db, now: NOW });
	expect(result).toMatchObject({ ok: true, value: { unchanged: true } });
	expect(snapshot(db)).toEqual(before);
}

describe('round trip: open an existing record, save it unchanged, nothing changes', () => {
	it('the demo has series with eight breaks, some of them over', () => {
		const eight = events().filter((e) => (e.schedule.breaks ?? []).length >= 8);
		expect(eight.length).toBeGreaterThan(0);
		expect(eight[0].schedule.breaks!.some((b) => b.to < TODAY)).toBe(true);
		expect(eight[0].schedule.breaks!.map((b) => b.label)).toContain('Jul- och nyårsuppehåll');
	});

	it('a series with eight breaks, saved by staff and by its organiser (submit and draft)', async () => {
		const e = events().find((x) => (x.schedule.breaks ?? []).length >= 8)!;
		await saveUnchanged(staff, e.id, 'submit');
		await saveUnchanged(organiserOf(e.organisationId), e.id, 'submit');
		await saveUnchanged(organiserOf(e.organisationId), e.id, 'draft');
	});

	it('a one-off event, a monthly series, an odd-week series and a series with excluded dates', async () => {
		const all = events();
		const picks = [
			all.find((e) => e.schedule.kind === 'once'),
			all.find((e) => e.schedule.kind === 'monthly'),
			all.find((e) => e.schedule.weekParity === 'odd'),
			all.find((e) => (e.schedule.exceptions ?? []).length > 0)
		].filter((e): e is Row => Boolean(e));
		expect(picks.length).toBeGreaterThanOrEqual(3);
		for (const e of picks) await saveUnchanged(staff, e.id, 'submit');
	});

	it('every published demo event survives an unchanged staff save', async () => {
		const before = snapshot(db);
		const changed: number[] = [];
		for (const e of events()) {
			const r = await execute(saveEvent, staff, { eventId: e.id, intent: 'submit', values: postEditForm(e.id, 'submit') }, { db, now: NOW });
			if (!(r.ok && r.value.unchanged)) changed.push(e.id);
		}
		expect(changed).toEqual([]);
		expect(snapshot(db)).toEqual(before);
	}, 180_000);

	it('a venue with opening hours and twelve deviations', async () => {
		const venue = db.select().from(t.venues).where(eq(t.venues.kind, 'meeting_point')).get()!;
		const found = getVenueForEdit(db, venue.id)!;
		const values = venueFormValues(found, districtSlugOf(db, venue.districtId));
		for (let i = 0; i < 12; i++)
			Object.assign(values, { [`dv-${i}-from`]: `2027-0${1 + (i % 9)}-1${i % 10}`, [`dv-${i}-to`]: `2027-0${1 + (i % 9)}-1${i % 10}`, [`dv-${i}-closed`]: i % 3 ? 'on' : '', [`dv-${i}-opens`]: i % 3 ? '' : '10:00', [`dv-${i}-closes`]: i % 3 ? '' : '12:00', [`dv-${i}-note`]: `Avvikelse ${i + 1}, med komma` });
		const saved = await execute(saveVenue, staff, { venueId: venue.id, values }, { db, now: NOW });
		expect(saved).toMatchObject({ ok: true, value: { unchanged: false } });
		expect(getVenueForEdit(db, venue.id)!.deviations).toHaveLength(12);

		const reload = venueFormValues(getVenueForEdit(db, venue.id)!, districtSlugOf(db, venue.districtId));
		const { form } = postedForm(VenueForm, { values: reload, errors: {}, districts: listDistrictOptions(db), locale: 'sv' }, { name: 'intent', value: 'save' });
		const posted = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'intent').map(([k, v]) => [k, String(v)]));
		const before = snapshot(db);
		expect(await execute(saveVenue, staff, { venueId: venue.id, values: posted }, { db, now: NOW })).toMatchObject({ ok: true, value: { unchanged: true } });
		expect(snapshot(db)).toEqual(before);
	});

	it('an organisation profile, a district, a category, a user and the notification setting', async () => {
		const org = getOrganisation(db, events()[0].organisationId)!;
		const profile = { description: org.description, contactName: org.contactName ?? '', email: org.email ?? '', phone: org.phone ?? '', website: org.website ?? '' };
		const district = db.select().from(t.districts).get()!;
		const category = db.select().from(t.categories).get()!;
		const user = db.select().from(t.users).where(eq(t.users.role, 'organiser')).get()!;
		const me = db.select().from(t.users).where(eq(t.users.id, staff.userId)).get()!;
		const before = snapshot(db);
		const results = [
			await execute(updateOrganisationProfile, organiserOf(org.id), { organisationId: org.id, values: profile }, { db, now: NOW }),
			await execute(updateDistrict, staff, { districtId: district.id, residents: String(district.residents65Plus), boundary: null }, { db, now: NOW }),
			await execute(saveTaxonomyEntry, staff, { kind: 'category', mode: 'rename', slug: category.slug, nameSv: category.nameSv, nameEn: category.nameEn }, { db, now: NOW }),
			await execute(updateUser, admin, { userId: user.id, role: user.role, disabled: user.disabled }, { db, now: NOW }),
			await execute(setNotificationPreference, staff, { digest: me.notifyDigest }, { db, now: NOW })
		];
		for (const r of results) expect(r).toMatchObject({ ok: true, value: expect.objectContaining({}) });
		expect(snapshot(db, ['mail_outbox', 'sessions'])).toEqual({ ...before, audit_log: snapshot(db, ['mail_outbox', 'sessions']).audit_log });
		expect(snapshot(db)).toEqual(before);
	});
});

describe('editing what exists keeps what the form does not show', () => {
	it('a typo fix by staff keeps every break with its name, and Christmas stays free of dates', async () => {
		const e = events().find((x) => (x.schedule.breaks ?? []).length >= 8)!;
		const values = postEditForm(e.id, 'submit');
		values.title = `${values.title} `.trim() + ' (rättad)';
		const r = await execute(saveEvent, staff, { eventId: e.id, intent: 'submit', values }, { db, now: NOW });
		expect(r).toMatchObject({ ok: true, value: { published: true } });
		const after = events().find((x) => x.id === e.id)!;
		expect(after.schedule.breaks).toEqual(e.schedule.breaks);
		const christmas = db.$client.prepare(`SELECT count(*) AS n FROM occurrences WHERE event_id = ? AND local_date BETWEEN '2026-12-24' AND '2027-01-01' AND cancelled = 0`).get(e.id) as { n: number };
		expect(christmas.n).toBe(0);
	});

	it('a break added in a new row is saved beside the existing ones, with its name', async () => {
		const e = events().find((x) => (x.schedule.breaks ?? []).length >= 8)!;
		const values = postEditForm(e.id, 'submit');
		values.breaks.push({ from: '2027-03-01', to: '2027-03-07', label: 'Sportlov' });
		const r = await execute(saveEvent, staff, { eventId: e.id, intent: 'submit', values }, { db, now: NOW });
		expect(r.ok).toBe(true);
		const after = events().find((x) => x.id === e.id)!;
		expect(after.schedule.breaks).toHaveLength(e.schedule.breaks!.length + 1);
		expect(after.schedule.breaks!.find((b) => b.label === 'Sportlov')).toEqual({ from: '2027-03-01', to: '2027-03-07', label: 'Sportlov' });
	});
});
