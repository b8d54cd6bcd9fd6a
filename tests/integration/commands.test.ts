import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { revisionContent, smallDatabase } from './small-db';
import type { Db } from '../../src/lib/server/db/index';
import * as t from '../../src/lib/server/db/schema';
import { createEvent, publishRevision } from '../../src/lib/server/commands/revisions';
import { defineCommand, execute, type CommandContext } from '../../src/lib/server/commands/runner';
import { residentActor, type Actor } from '../../src/lib/server/commands/actor';
import { saveEvent } from '../../src/lib/server/commands/events';
import { cancelDate, cancelEvent, restoreDate } from '../../src/lib/server/commands/event-dates';
import { decideRevision, decideRevisions } from '../../src/lib/server/commands/moderation';
import { saveVenue } from '../../src/lib/server/commands/venues';
import { cancelSignupByToken, signUp, signUpForTerm } from '../../src/lib/server/commands/signups';
import { eventFormValues } from '../../src/lib/server/db/queries/event-form';
import { venueFormValues, getVenueForEdit, districtSlugOf } from '../../src/lib/server/db/queries/venue-admin';
import type { Schedule } from '../../src/lib/domain/recurrence';

/** Monday 23 November 2026, 09:00 in Stockholm. */
const NOW = new Date('2026-11-23T08:00:00Z');
const TUESDAYS: Schedule = { kind: 'weekly', startDate: '2026-11-24', until: '2027-01-26', startTime: '10:00', endTime: '11:00', weekdays: [2], holidays: 'skip' };

function world() {
	const s = smallDatabase();
	const db = s.db;
	db.insert(t.languages).values({ code: 'sv', nameSv: 'Svenska', nameEn: 'Swedish' }).run();
	const user = (email: string, role: 'organiser' | 'moderator') => db.insert(t.users).values({ email, name: email.split('@')[0], role, createdAt: NOW }).returning().get();
	const staffUser = user('karin@kommun.se', 'moderator');
	const orgUser = user('birgitta@pro.se', 'organiser');
	db.insert(t.memberships).values({ userId: orgUser.id, organisationId: s.organisationId }).run();
	const other = db.insert(t.organisations).values({ name: 'SPF', slug: 'spf', kind: 'association', createdAt: NOW }).returning().get();
	const staff: Actor = { kind: 'staff', userId: staffUser.id, role: 'moderator' };
	const organiser: Actor = { kind: 'organiser', userId: orgUser.id, organisationId: s.organisationId };
	const stranger: Actor = { kind: 'organiser', userId: orgUser.id, organisationId: other.id };
	const content = { ...revisionContent(s, 'Sittgympa', TUESDAYS), signupRequired: true, signupOnline: true, capacity: 20, languageCodes: ['sv'] };
	const { eventId, revisionId } = createEvent(db, s.organisationId, content, { now: NOW });
	publishRevision(db, revisionId, { now: NOW });
	return { ...s, staff, organiser, stranger, eventId };
}

const dates = (db: Db, eventId: number) =>
	db.$client.prepare('SELECT id, local_date AS d, starts_at AS s, cancelled AS c, cancel_note AS note, sequence FROM occurrences WHERE event_id = ? ORDER BY starts_at').all(eventId) as { id: number; d: string; s: number; c: number; note: string | null; sequence: number }[];
const outbox = (db: Db) => db.$client.prepare('SELECT "to", subject, body FROM mail_outbox ORDER BY id').all() as { to: string; subject: string; body: string }[];
const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function signUpFor(w: ReturnType<typeof world>, occurrenceId: number, name: string, email = '') {
	const r = await execute(signUp, residentActor, { eventId: w.eventId, occurrenceId, values: { name, phone: email ? '' : '070-123 45 67', email, people: '1', message: '' } }, { db: w.db, now: NOW });
	expect(r.ok).toBe(true);
}

/** The edit form's values with a change applied, saved by `actor`. */
async function edit(w: ReturnType<typeof world>, actor: Actor, change: (v: NonNullable<ReturnType<typeof eventFormValues>>['values']) => void, intent: 'submit' | 'draft' = 'submit') {
	const loaded = eventFormValues(w.db, null, w.eventId, '2026-11-23')!;
	change(loaded.values);
	return execute(saveEvent, actor, { eventId: w.eventId, intent, values: loaded.values }, { db: w.db, now: NOW });
}

describe('the runner: all or nothing', () => {
	const writesThenFails = defineCommand({
		name: 'test.fails',
		input: z.object({ how: z.enum(['fail', 'throw']) }),
		run(ctx: CommandContext, input) {
			ctx.db.insert(t.categories).values({ slug: 'halvfardig', nameSv: 'Halvfärdig', nameEn: 'Half done' }).run();
			ctx.audit({ action: 'test', entityType: 'test', summary: 'skrevs' });
			ctx.mail({ to: 'x@y.se', subject: 's', text: 't' });
			if (input.how === 'fail') ctx.fail(input, { form: 'nej' });
			throw new Error('the process dies here');
		}
	});

	it('a failure after writes leaves nothing: not the row, not the log entry, not the mail', async () => {
		const w = world();
		const before = [count(w.db, 'categories'), count(w.db, 'audit_log'), count(w.db, 'mail_outbox')];
		expect(await execute(writesThenFails, w.staff, { how: 'fail' }, { db: w.db, now: NOW })).toMatchObject({ ok: false, failure: { errors: { form: 'nej' } } });
		await expect(execute(writesThenFails, w.staff, { how: 'throw' }, { db: w.db, now: NOW })).rejects.toThrow('the process dies here');
		expect([count(w.db, 'categories'), count(w.db, 'audit_log'), count(w.db, 'mail_outbox')]).toEqual(before);
	});

	it('bad input answers with the values and a message per field, and writes nothing', async () => {
		const w = world();
		const before = count(w.db, 'event_revisions');
		const r = await edit(w, w.staff, (v) => ((v.title = 'ab'), (v.startTime = '25:00')));
		expect(r).toMatchObject({ ok: false, failure: { errors: { title: 'Rubriken behöver minst 3 tecken.', startTime: 'Skriv starttiden som tt:mm, till exempel 10:00.' } } });
		expect(r.ok ? null : r.failure?.values).toMatchObject({ title: 'ab', startTime: '25:00' });
		expect(count(w.db, 'event_revisions')).toBe(before);
	});
});

describe('saving an event', () => {
	it('an organiser of another organisation is refused and nothing changes', async () => {
		const w = world();
		const before = count(w.db, 'event_revisions');
		expect(await edit(w, w.stranger, (v) => (v.title = 'Kapad'))).toMatchObject({ ok: false, refused: { status: 404 } });
		expect(await execute(cancelDate, w.stranger, { eventId: w.eventId, occurrenceId: dates(w.db, w.eventId)[0].id, note: '' }, { db: w.db, now: NOW })).toMatchObject({ ok: false, refused: { status: 404 } });
		expect(await execute(cancelEvent, residentActor, { eventId: w.eventId, note: '', confirm: true }, { db: w.db, now: NOW })).toMatchObject({ ok: false, refused: { status: 403 } });
		expect(count(w.db, 'event_revisions')).toBe(before);
	});

	it("an organiser's change waits for review and the published version stays; the moderator's approval publishes it", async () => {
		const w = world();
		const r = await edit(w, w.organiser, (v) => (v.title = 'Sittgympa för alla'));
		expect(r).toMatchObject({ ok: true, value: { submitted: true, published: false } });
		const pending = w.db.select().from(t.eventRevisions).where(eq(t.eventRevisions.status, 'pending')).get()!;
		expect(w.db.$client.prepare('SELECT title FROM event_search WHERE rowid = ?').get(w.eventId)).toEqual({ title: 'Sittgympa' });
		expect(await execute(decideRevision, w.organiser, { revisionId: pending.id, decision: 'approve', message: '' }, { db: w.db, now: NOW })).toMatchObject({ ok: false, refused: { status: 403 } });
		expect(await execute(decideRevision, w.staff, { revisionId: pending.id, decision: 'approve', message: '' }, { db: w.db, now: NOW })).toMatchObject({ ok: true });
		expect(w.db.$client.prepare('SELECT title FROM event_search WHERE rowid = ?').get(w.eventId)).toEqual({ title: 'Sittgympa för alla' });
		// The same decision posted twice: the second finds nothing pending.
		expect(await execute(decideRevision, w.staff, { revisionId: pending.id, decision: 'approve', message: '' }, { db: w.db, now: NOW })).toMatchObject({ ok: false, failure: { errors: { form: 'notPending' } } });
	});

	it('the same submission posted twice gives one revision', async () => {
		const w = world();
		await edit(w, w.organiser, (v) => (v.title = 'Sittgympa igen'));
		const after = count(w.db, 'event_revisions');
		expect(await edit(w, w.organiser, (v) => (v.title = 'Sittgympa igen'))).toMatchObject({ ok: true, value: { unchanged: true } });
		expect(count(w.db, 'event_revisions')).toBe(after);
	});

	it('an organiser cannot move a one-off activity into the past; one already over saves unchanged', async () => {
		const w = world();
		const once = (startDate: string) => {
			const { eventId, revisionId } = createEvent(w.db, w.organisationId, { ...revisionContent(w, 'Julfika', { kind: 'once', startDate, startTime: '14:00', endTime: '16:00' }), languageCodes: ['sv'] }, { now: new Date('2026-11-01T08:00:00Z') });
			publishRevision(w.db, revisionId, { now: new Date('2026-11-01T08:00:00Z') });
			return eventId;
		};
		const save = (eventId: number, change: Record<string, string> = {}) => {
			const loaded = eventFormValues(w.db, null, eventId, '2026-11-23')!;
			return execute(saveEvent, w.organiser, { eventId, intent: 'submit', values: { ...loaded.values, ...change } }, { db: w.db, now: NOW });
		};
		const ahead = once('2026-12-17');
		expect(await save(ahead, { startDate: '2026-11-20' })).toMatchObject({ ok: false, failure: { errors: { startDate: 'Datumet har redan varit. Välj idag eller ett senare datum.' } } });
		expect(await save(ahead, { startDate: '2026-12-18' })).toMatchObject({ ok: true, value: { submitted: true } });
		const over = once('2026-11-10');
		expect(await save(over)).toMatchObject({ ok: true, value: { unchanged: true } });
	});

	it("a new event's form posted twice (Back, then send again) makes one event; sent again changed, it saves into that event", async () => {
		const w = world();
		const values = { ...eventFormValues(w.db, null, w.eventId, '2026-11-23')!.values, title: 'Boule i parken', breaks: [] };
		const post = (v: typeof values, formKey: string, actor = w.organiser) => execute(saveEvent, actor, { eventId: null, intent: 'submit', formKey, values: v }, { db: w.db, now: NOW });
		const events = () => count(w.db, 'events');
		const before = events();
		const first = await post(values, 'k'.repeat(32));
		expect(first).toMatchObject({ ok: true, value: { submitted: true, unchanged: false } });
		const again = await post(values, 'k'.repeat(32));
		expect(again).toMatchObject({ ok: true, value: { submitted: true, unchanged: false } });
		expect(again.ok && first.ok && again.value.eventId === first.value.eventId).toBe(true);
		expect(events()).toBe(before + 1);
		const revisions = count(w.db, 'event_revisions');
		// Back, fix a typo, send: the same event gets the fix (nothing typed is lost, nothing doubled).
		const fixed = await post({ ...values, title: 'Boule i Bjurtjärnsparken' }, 'k'.repeat(32));
		expect(fixed.ok && first.ok && fixed.value.eventId === first.value.eventId).toBe(true);
		expect(events()).toBe(before + 1);
		expect(count(w.db, 'event_revisions')).toBe(revisions + 1);
		// Another organisation's form with the same key reaches nothing of this one; a new key is a new event.
		expect(await post(values, 'k'.repeat(32), w.stranger)).toMatchObject({ ok: true });
		expect(events()).toBe(before + 2);
		await post(values, 'm'.repeat(32));
		expect(events()).toBe(before + 3);
	});
});

describe('a change that affects people tells them', () => {
	it('a new time moves the signed-up people with their date and mails them; those without e-mail go on the call list', async () => {
		const w = world();
		const first = dates(w.db, w.eventId)[0];
		await signUpFor(w, first.id, 'Greta', 'greta@exempel.se');
		await signUpFor(w, first.id, 'Olle');
		const r = await edit(w, w.staff, (v) => ((v.startTime = '10:30'), (v.endTime = '11:30')));
		expect(r).toMatchObject({ ok: true, value: { published: true, affectedPeople: 2 } });
		const moved = dates(w.db, w.eventId)[0];
		expect(moved).toMatchObject({ id: first.id, d: first.d, s: first.s + 30 * 60_000, c: 0, sequence: 1 });
		const people = w.db.select().from(t.signups).where(eq(t.signups.occurrenceId, first.id)).all();
		expect(people.map((p) => [p.name, p.status, p.callNeeded])).toEqual([['Greta', 'confirmed', false], ['Olle', 'confirmed', true]]);
		expect(people[1].changeNote).toMatch(/^Flyttad från tisdag 24 november 10:00–11:00 till tisdag 24 november 10:30–11:30$/);
		const mails = outbox(w.db);
		expect(mails.find((m) => m.to === 'greta@exempel.se' && m.subject === 'Ny tid: Sittgympa')?.body).toContain('Nu: Tisdag 24 november 10:30–11:30');
		const callList = mails.find((m) => m.subject === 'Ring de anmälda: Sittgympa');
		expect(callList?.to).toBe('birgitta@pro.se');
		expect(callList?.body).toContain('- Olle, 070-123 45 67: Flyttad från');
		expect(callList?.body).not.toContain('Greta');
	});

	it('a date dropped by the schedule is cancelled for those signed up, and they are told', async () => {
		const w = world();
		const all = dates(w.db, w.eventId);
		const last = all.at(-1)!;
		await signUpFor(w, last.id, 'Greta', 'greta@exempel.se');
		await edit(w, w.staff, (v) => (v.until = all.at(-2)!.d));
		expect(dates(w.db, w.eventId).at(-1)).toMatchObject({ id: last.id, c: 1, note: 'Tiden är ändrad eller borttagen.' });
		expect(outbox(w.db).some((m) => m.to === 'greta@exempel.se' && m.subject === 'Inställt: Sittgympa')).toBe(true);
	});

	it('a venue closed for Christmas cancels the dates inside it ("Lokalen är stängd") and tells those signed up', async () => {
		const w = world();
		const dec22 = dates(w.db, w.eventId).find((d) => d.d === '2026-12-22')!;
		await signUpFor(w, dec22.id, 'Greta', 'greta@exempel.se');
		const found = getVenueForEdit(w.db, w.venueId)!;
		const values = { ...venueFormValues(found, districtSlugOf(w.db, found.venue.districtId)), 'dv-0-from': '2026-12-21', 'dv-0-to': '2027-01-01', 'dv-0-closed': 'on', 'dv-0-note': 'Jul och nyår' };
		expect(await execute(saveVenue, w.staff, { venueId: w.venueId, values }, { db: w.db, now: NOW })).toMatchObject({ ok: true });
		const after = dates(w.db, w.eventId);
		expect(after.filter((d) => d.c).map((d) => [d.d, d.note])).toEqual([
			['2026-12-22', 'Lokalen är stängd (Jul och nyår).'],
			['2026-12-29', 'Lokalen är stängd (Jul och nyår).']
		]);
		expect(outbox(w.db).find((m) => m.to === 'greta@exempel.se' && m.subject === 'Inställt: Sittgympa')?.body).toContain('Lokalen är stängd (Jul och nyår).');
		// A closed day cannot be brought back by hand; the closure has to go.
		expect(await execute(restoreDate, w.staff, { eventId: w.eventId, occurrenceId: dec22.id }, { db: w.db, now: NOW })).toMatchObject({ ok: false, failure: { errors: { form: expect.stringMatching(/^Lokalen är stängd/) } } });
		delete (values as Record<string, string>)['dv-0-from'];
		delete (values as Record<string, string>)['dv-0-to'];
		delete (values as Record<string, string>)['dv-0-note'];
		delete (values as Record<string, string>)['dv-0-closed'];
		await execute(saveVenue, w.staff, { venueId: w.venueId, values }, { db: w.db, now: NOW });
		expect(dates(w.db, w.eventId).filter((d) => d.c)).toEqual([]);
	});

	it('cancelling one date by hand mails the people signed up for it, once', async () => {
		const w = world();
		const first = dates(w.db, w.eventId)[0];
		await signUpFor(w, first.id, 'Greta', 'greta@exempel.se');
		const input = { eventId: w.eventId, occurrenceId: first.id, note: 'Ledaren är sjuk.' };
		expect(await execute(cancelDate, w.organiser, input, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: true } });
		expect(await execute(cancelDate, w.organiser, input, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: false } });
		expect(outbox(w.db).filter((m) => m.subject === 'Inställt: Sittgympa')).toHaveLength(1);
		expect(dates(w.db, w.eventId)[0]).toMatchObject({ c: 1, sequence: 1, note: 'Ledaren är sjuk.' });
	});

	it('bringing a cancelled date back tells those signed up that it happens after all, and clears what is no longer true', async () => {
		const w = world();
		const first = dates(w.db, w.eventId)[0];
		await signUpFor(w, first.id, 'Greta', 'greta@exempel.se');
		await signUpFor(w, first.id, 'Sven');
		await signUpFor(w, first.id, 'Elsa');
		const signup = (name: string) => w.db.$client.prepare('SELECT change_note AS note, call_needed AS call FROM signups WHERE name = ?').get(name) as { note: string | null; call: number };
		await execute(cancelDate, w.organiser, { eventId: w.eventId, occurrenceId: first.id, note: 'Ledaren är sjuk.' }, { db: w.db, now: NOW });
		expect(signup('Sven')).toMatchObject({ note: expect.stringContaining('är inställt'), call: 1 });
		// Elsa was phoned about the cancellation; Sven not yet.
		w.db.$client.prepare("UPDATE signups SET call_needed = 0 WHERE name = 'Elsa'").run();
		const input = { eventId: w.eventId, occurrenceId: first.id };
		expect(await execute(restoreDate, w.organiser, input, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: true } });
		expect(await execute(restoreDate, w.organiser, input, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: false } });
		const back = outbox(w.db).filter((m) => m.subject === 'Blir av ändå: Sittgympa');
		expect(back.map((m) => m.to)).toEqual(['greta@exempel.se']);
		expect(back[0].body).toContain('tisdag 24 november');
		expect(signup('Greta')).toMatchObject({ note: expect.stringContaining('blir av ändå'), call: 0 });
		// Sven never heard of the cancellation: nothing to tell him any more. Elsa has to be phoned again.
		expect(signup('Sven')).toEqual({ note: null, call: 0 });
		expect(signup('Elsa')).toMatchObject({ note: expect.stringContaining('blir av ändå'), call: 1 });
		const calls = outbox(w.db).filter((m) => m.subject === 'Ring de anmälda: Sittgympa');
		expect(calls.at(-1)!.body).toContain('Elsa');
		expect(calls.at(-1)!.body).not.toContain('Sven');
		expect(dates(w.db, w.eventId)[0]).toMatchObject({ c: 0, note: null, sequence: 2 });
	});

	it('a closed venue opening again tells those signed up for the dates it had cancelled', async () => {
		const w = world();
		const dec22 = dates(w.db, w.eventId).find((d) => d.d === '2026-12-22')!;
		await signUpFor(w, dec22.id, 'Greta', 'greta@exempel.se');
		const found = getVenueForEdit(w.db, w.venueId)!;
		const open = venueFormValues(found, districtSlugOf(w.db, found.venue.districtId));
		const closed = { ...open, 'dv-0-from': '2026-12-21', 'dv-0-to': '2026-12-23', 'dv-0-closed': 'on', 'dv-0-note': 'Målning' };
		await execute(saveVenue, w.staff, { venueId: w.venueId, values: closed }, { db: w.db, now: NOW });
		expect(outbox(w.db).filter((m) => m.to === 'greta@exempel.se').map((m) => m.subject)).toEqual(['Anmäld: Sittgympa', 'Inställt: Sittgympa']);
		await execute(saveVenue, w.staff, { venueId: w.venueId, values: open }, { db: w.db, now: NOW });
		expect(outbox(w.db).filter((m) => m.to === 'greta@exempel.se').map((m) => m.subject).at(-1)).toBe('Blir av ändå: Sittgympa');
	});
});

describe('signing up for the rest of the term', () => {
	const values = { name: 'Maj Ek', phone: '', email: 'maj@example.se', people: '1', message: '' };

	it('gives one sign-up and one personal link per date to 31 December, one receipt mail, and the same answer when posted twice', async () => {
		const w = world();
		const all = dates(w.db, w.eventId).filter((d) => !d.c);
		const inTerm = all.filter((d) => d.d <= '2026-12-31');
		expect(inTerm.length).toBeGreaterThan(3);
		expect(all.length).toBeGreaterThan(inTerm.length);
		const input = { eventId: w.eventId, occurrenceId: inTerm[0].id, formKey: 'k'.repeat(32), values };
		const first = await execute(signUpForTerm, residentActor, input, { db: w.db, now: NOW });
		if (!first.ok) throw new Error('refused');
		expect(first.value.dates.map((d) => d.occurrenceId)).toEqual(inTerm.map((d) => d.id));
		expect(new Set(first.value.dates.map((d) => d.token)).size).toBe(inTerm.length);
		expect(count(w.db, 'signups')).toBe(inTerm.length);
		const mails = outbox(w.db);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe(`Anmäld till ${inTerm.length} tillfällen: Sittgympa`);
		expect(mails[0].body.match(/\/anmalan\/kvitto\//g)).toHaveLength(inTerm.length);

		const again = await execute(signUpForTerm, residentActor, input, { db: w.db, now: NOW });
		if (!again.ok) throw new Error('refused');
		expect(again.value.dates.map((d) => d.token)).toEqual(first.value.dates.map((d) => d.token));
		expect(count(w.db, 'signups')).toBe(inTerm.length);
		expect(outbox(w.db)).toHaveLength(1);

		// One date cancelled by its own link; the others stand.
		await execute(cancelSignupByToken, residentActor, { token: first.value.dates[1].token! }, { db: w.db, now: NOW });
		const left = w.db.$client.prepare("SELECT count(*) AS n FROM signups WHERE status = 'confirmed'").get() as { n: number };
		expect(left.n).toBe(inTerm.length - 1);
	});

	it('queues on a full date and knows a date the person already has', async () => {
		const w = world();
		const inTerm = dates(w.db, w.eventId).filter((d) => !d.c && d.d <= '2026-12-31');
		w.db.$client.prepare('UPDATE event_revisions SET capacity = 1').run();
		await signUpFor(w, inTerm[2].id, 'Erik Lund', 'erik@example.se');
		await signUpFor(w, inTerm[3].id, 'Maj Ek', 'maj@example.se');
		const r = await execute(signUpForTerm, residentActor, { eventId: w.eventId, occurrenceId: inTerm[0].id, formKey: 'q'.repeat(32), values }, { db: w.db, now: NOW });
		if (!r.ok) throw new Error('refused');
		expect(r.value.dates[2]).toMatchObject({ status: 'waiting', kind: 'created' });
		expect(r.value.dates[3]).toMatchObject({ status: 'confirmed', kind: 'already' });
		const maj = w.db.$client.prepare("SELECT count(*) AS n FROM signups WHERE name = 'Maj Ek'").get() as { n: number };
		expect(maj.n).toBe(inTerm.length);
		expect(outbox(w.db).at(-1)!.body).toContain('väntelista');
	});
});

describe('moderation from the queue', () => {
	it("a staff edit of a waiting change mails the organisation the new title, not the old one", async () => {
		const w = world();
		await edit(w, w.organiser, (v) => (v.title = 'Stolgympa'));
		expect(await edit(w, w.staff, (v) => (v.title = 'Stolgympa för alla'))).toMatchObject({ ok: true, value: { published: true } });
		const toOrganiser = outbox(w.db).filter((m) => m.to === 'birgitta@pro.se');
		expect(toOrganiser.at(-1)!.subject).toBe('Publicerad: Stolgympa för alla');
		expect(toOrganiser.at(-1)!.body).not.toContain('”Stolgympa”');
	});

	it('a bulk decision is all or nothing, and a second post decides nothing twice', async () => {
		const w = world();
		await edit(w, w.organiser, (v) => (v.title = 'Stolgympa'));
		const pending = w.db.select().from(t.eventRevisions).where(eq(t.eventRevisions.status, 'pending')).get()!;
		const decisions = () => count(w.db, 'moderation_decisions');
		// A rejection without a reason fails as a whole.
		expect(await execute(decideRevisions, w.staff, { revisionIds: [pending.id], decision: 'reject', message: 'Nej.' }, { db: w.db, now: NOW })).toMatchObject({ ok: false, failure: { errors: { reasonCode: 'Välj ett skäl för avslaget.' } } });
		expect(await execute(decideRevisions, w.organiser, { revisionIds: [pending.id], decision: 'approve' }, { db: w.db, now: NOW })).toMatchObject({ ok: false, refused: { status: 403 } });
		expect(decisions()).toBe(0);
		expect(await execute(decideRevisions, w.staff, { revisionIds: [pending.id, pending.id, 999_999], decision: 'approve' }, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { decided: 1, skipped: 1 } });
		expect(w.db.$client.prepare('SELECT title FROM event_search WHERE rowid = ?').get(w.eventId)).toEqual({ title: 'Stolgympa' });
		expect(await execute(decideRevisions, w.staff, { revisionIds: [pending.id], decision: 'approve' }, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { decided: 0, skipped: 1 } });
		expect(decisions()).toBe(1);
	});

	it("a decision can be answered: it replies to the moderator who made it, not to no-reply", async () => {
		const w = world();
		await edit(w, w.organiser, (v) => (v.title = 'Stolgympa'));
		const pending = w.db.select().from(t.eventRevisions).where(eq(t.eventRevisions.status, 'pending')).get()!;
		await execute(decideRevision, w.staff, { revisionId: pending.id, decision: 'request_changes', message: 'Vilken ingång?' }, { db: w.db, now: NOW });
		const mail = w.db.$client.prepare(`SELECT reply_to AS replyTo, subject FROM mail_outbox WHERE "to" = 'birgitta@pro.se' ORDER BY id DESC`).get() as { replyTo: string; subject: string };
		expect(mail).toEqual({ replyTo: 'karin@kommun.se', subject: 'Ändringar behövs: Stolgympa' });
	});
});
