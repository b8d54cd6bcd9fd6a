import { describe, expect, it } from 'vitest';
import { revisionContent, smallDatabase } from './small-db';
import type { Db } from '../../src/lib/server/db/index';
import * as t from '../../src/lib/server/db/schema';
import { createEvent, publishRevision } from '../../src/lib/server/commands/revisions';
import { execute } from '../../src/lib/server/commands/runner';
import { residentActor, type Actor } from '../../src/lib/server/commands/actor';
import { saveEvent } from '../../src/lib/server/commands/events';
import { cancelDate, restoreDate } from '../../src/lib/server/commands/event-dates';
import { cancelSignupByToken, signUp, signUpForTerm } from '../../src/lib/server/commands/signups';
import { eventFormValues } from '../../src/lib/server/db/queries/event-form';
import type { Locale } from '../../src/lib/i18n';
import type { Schedule } from '../../src/lib/domain/recurrence';

/** Monday 23 November 2026, 09:00 in Stockholm. */
const NOW = new Date('2026-11-23T08:00:00Z');
const TUESDAYS: Schedule = { kind: 'weekly', startDate: '2026-11-24', until: '2027-01-26', startTime: '10:00', endTime: '11:00', weekdays: [2], holidays: 'skip' };

/** "Sittgympa" (Finnish title "Tuolijumppa") with `capacity` places each Tuesday. */
function world(capacity = 20) {
	const s = smallDatabase();
	const staffUser = s.db.insert(t.users).values({ email: 'karin@kommun.se', name: 'Karin', role: 'moderator', createdAt: NOW }).returning().get();
	const staff: Actor = { kind: 'staff', userId: staffUser.id, role: 'moderator' };
	const content = { ...revisionContent(s, 'Sittgympa', TUESDAYS), titleFi: 'Tuolijumppa', signupRequired: true, signupOnline: true, capacity };
	const { eventId, revisionId } = createEvent(s.db, s.organisationId, content, { now: NOW });
	publishRevision(s.db, revisionId, { now: NOW });
	const first = (s.db.$client.prepare('SELECT id FROM occurrences WHERE event_id = ? ORDER BY starts_at').get(eventId) as { id: number }).id;
	return { ...s, staff, eventId, first };
}
type World = ReturnType<typeof world>;

async function signUpAs(w: World, name: string, email: string, locale: Locale) {
	const r = await execute(signUp, residentActor, { eventId: w.eventId, occurrenceId: w.first, locale, values: { name, phone: '', email, people: '1', message: '' } }, { db: w.db, now: NOW });
	if (!r.ok || r.value.kind === 'already') throw new Error(`no sign-up for ${name}`);
	return r.value;
}

const mailTo = (db: Db, to: string) => db.$client.prepare('SELECT subject, body FROM mail_outbox WHERE "to" = ? ORDER BY id DESC').get(to) as { subject: string; body: string };
const localeOf = (db: Db, email: string) => (db.$client.prepare('SELECT locale FROM signups WHERE email = ?').get(email) as { locale: string }).locale;

async function moveToHalfPastTen(w: World) {
	const loaded = eventFormValues(w.db, null, w.eventId, '2026-11-23')!;
	Object.assign(loaded.values, { startTime: '10:30', endTime: '11:30' });
	expect(await execute(saveEvent, w.staff, { eventId: w.eventId, intent: 'submit', values: loaded.values }, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { published: true } });
}

describe('later mails to residents follow the language they signed up in', () => {
	it('stores the language with the sign-up (a sign-up for the term too)', async () => {
		const w = world();
		await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'fi');
		await signUpAs(w, 'Greta', 'greta@exempel.se', 'sv');
		const term = await execute(signUpForTerm, residentActor, { eventId: w.eventId, occurrenceId: w.first, formKey: 'a-form-key-of-16-chars', locale: 'en', values: { name: 'Jane', phone: '', email: 'jane@example.com', people: '1', message: '' } }, { db: w.db, now: NOW });
		expect(term.ok).toBe(true);
		expect([localeOf(w.db, 'aino@esimerkki.fi'), localeOf(w.db, 'greta@exempel.se')]).toEqual(['fi', 'sv']);
		const janes = w.db.$client.prepare("SELECT DISTINCT locale FROM signups WHERE email = 'jane@example.com'").all();
		expect(janes).toEqual([{ locale: 'en' }]);
	});

	it('a moved date: Finnish to the Finnish sign-up, Swedish to the Swedish one', async () => {
		const w = world();
		await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'fi');
		await signUpAs(w, 'Greta', 'greta@exempel.se', 'sv');
		await moveToHalfPastTen(w);
		const fi = mailTo(w.db, 'aino@esimerkki.fi');
		expect(fi.subject).toBe('Uusi aika: Tuolijumppa');
		expect(fi.body).toContain('Ennen: Tiistai 24. marraskuuta 10:00–11:00\nNyt: Tiistai 24. marraskuuta 10:30–11:30');
		expect(fi.body).toContain('Ilmoittautumisesi koskee uutta aikaa.');
		expect(fi.body).toContain('Ystävällisin terveisin');
		expect(fi.body).not.toMatch(/Förut|Nu:|anmälan|Vänliga/);
		const sv = mailTo(w.db, 'greta@exempel.se');
		expect(sv.subject).toBe('Ny tid: Sittgympa');
		expect(sv.body).toContain('Nu: Tisdag 24 november 10:30–11:30');
	});

	it("a cancelled date: Finnish, with the organiser's own note under a label", async () => {
		const w = world();
		await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'fi');
		await signUpAs(w, 'Greta', 'greta@exempel.se', 'sv');
		expect(await execute(cancelDate, w.staff, { eventId: w.eventId, occurrenceId: w.first, note: 'Ledaren är sjuk.' }, { db: w.db, now: NOW })).toMatchObject({ ok: true });
		const fi = mailTo(w.db, 'aino@esimerkki.fi');
		expect(fi.subject).toBe('Peruttu: Tuolijumppa');
		expect(fi.body).toContain('Valitettavasti tämä kerta on peruttu:\nTuolijumppa, Tiistai 24. marraskuuta 10:00–11:00');
		expect(fi.body).toContain('Järjestäjän viesti: Ledaren är sjuk.');
		expect(mailTo(w.db, 'greta@exempel.se')).toMatchObject({ subject: 'Inställt: Sittgympa', body: expect.stringContaining('är tyvärr inställt.\n\nLedaren är sjuk.') });
	});

	it('a cancelled date brought back: "järjestetään sittenkin" in Finnish, "blir av ändå" in Swedish', async () => {
		const w = world();
		await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'fi');
		await signUpAs(w, 'Greta', 'greta@exempel.se', 'sv');
		await execute(cancelDate, w.staff, { eventId: w.eventId, occurrenceId: w.first, note: '' }, { db: w.db, now: NOW });
		expect(await execute(restoreDate, w.staff, { eventId: w.eventId, occurrenceId: w.first }, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: true } });
		expect(mailTo(w.db, 'aino@esimerkki.fi')).toMatchObject({ subject: 'Järjestetään sittenkin: Tuolijumppa', body: expect.stringContaining('Peruttu kerta järjestetään sittenkin:\nTuolijumppa, Tiistai 24. marraskuuta 10:00–11:00') });
		expect(mailTo(w.db, 'greta@exempel.se')).toMatchObject({ subject: 'Blir av ändå: Sittgympa', body: expect.stringContaining('Sittgympa, tisdag 24 november 10:00–11:00') });
	});

	it('each mail in the outbox says which language it is in (the staff outbox marks it, SMTP sends it as Content-Language)', async () => {
		const w = world(1);
		const langs = (to: string) => (w.db.$client.prepare('SELECT lang, subject FROM mail_outbox WHERE "to" = ? ORDER BY id').all(to) as { lang: string; subject: string }[]).map((r) => r.lang + ' ' + r.subject);
		const olle = await signUpAs(w, 'Olle', 'olle@exempel.se', 'sv');
		await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'fi');
		await signUpAs(w, 'Jane', 'jane@example.com', 'en');
		await execute(cancelSignupByToken, residentActor, { token: olle.token }, { db: w.db, now: NOW });
		expect(await execute(cancelDate, w.staff, { eventId: w.eventId, occurrenceId: w.first, note: 'Ledaren är sjuk.' }, { db: w.db, now: NOW })).toMatchObject({ ok: true });
		expect(langs('aino@esimerkki.fi')).toEqual(['fi Jonotuslistalla: Tuolijumppa', 'fi Sait paikan: Tuolijumppa', 'fi Peruttu: Tuolijumppa']);
		expect(langs('jane@example.com').map((l) => l.slice(0, 3))).toEqual(['en ', 'en ']);
		expect(langs('olle@exempel.se').map((l) => l.slice(0, 3))).toEqual(['sv ']);
		const term = await execute(signUpForTerm, residentActor, { eventId: w.eventId, occurrenceId: w.first + 1, formKey: 'another-form-key-16', locale: 'fi', values: { name: 'Maija', phone: '', email: 'maija@esimerkki.fi', people: '1', message: '' } }, { db: w.db, now: NOW });
		expect(term.ok).toBe(true);
		expect(langs('maija@esimerkki.fi').map((l) => l.slice(0, 3))).toEqual(['fi ']);
	});

	it('a date the schedule drops: the system note is translated', async () => {
		const w = world();
		const last = w.db.$client.prepare('SELECT id, local_date AS d FROM occurrences WHERE event_id = ? ORDER BY starts_at DESC LIMIT 2').all(w.eventId) as { id: number; d: string }[];
		await execute(signUp, residentActor, { eventId: w.eventId, occurrenceId: last[0].id, locale: 'fi', values: { name: 'Aino', phone: '', email: 'aino@esimerkki.fi', people: '1', message: '' } }, { db: w.db, now: NOW });
		const loaded = eventFormValues(w.db, null, w.eventId, '2026-11-23')!;
		loaded.values.until = last[1].d;
		await execute(saveEvent, w.staff, { eventId: w.eventId, intent: 'submit', values: loaded.values }, { db: w.db, now: NOW });
		const fi = mailTo(w.db, 'aino@esimerkki.fi');
		expect(fi.subject).toBe('Peruttu: Tuolijumppa');
		expect(fi.body).toContain('Aikataulu on muuttunut, eikä tätä kertaa järjestetä.');
		expect(fi.body).not.toContain('Tiden är ändrad');
	});

	it('a place from the waiting list: Finnish to the Finnish sign-up, Swedish to the Swedish one', async () => {
		const w = world(1);
		const olle = await signUpAs(w, 'Olle', 'olle@exempel.se', 'sv');
		const aino = await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'fi');
		expect((await signUpAs(w, 'Greta', 'greta@exempel.se', 'sv')).status).toBe('waiting');
		await execute(cancelSignupByToken, residentActor, { token: olle.token }, { db: w.db, now: NOW });
		expect(mailTo(w.db, 'aino@esimerkki.fi')).toEqual({
			subject: 'Sait paikan: Tuolijumppa',
			body: 'Paikka vapautui, ja olet nyt ilmoittautunut: Tuolijumppa, Tiistai 24. marraskuuta 10:00–11:00, Kulturhuset & Café <Scen>. Tervetuloa!\n\nYstävällisin terveisin\nTräffpunkt Karlskoga'
		});
		await execute(cancelSignupByToken, residentActor, { token: aino.token }, { db: w.db, now: NOW });
		expect(mailTo(w.db, 'greta@exempel.se').subject).toBe('Du har fått en plats: Sittgympa');
	});

	it('the same person signing up again in another language gets that receipt and, from then on, that language', async () => {
		const w = world();
		await signUpAs(w, 'Aino', 'aino@esimerkki.fi', 'sv');
		const again = await execute(signUp, residentActor, { eventId: w.eventId, occurrenceId: w.first, locale: 'fi', values: { name: 'Aino', phone: '', email: 'aino@esimerkki.fi', people: '1', message: '' } }, { db: w.db, now: NOW });
		expect(again).toMatchObject({ ok: true, value: { kind: 'already' } });
		expect(mailTo(w.db, 'aino@esimerkki.fi').subject).toBe('Ilmoittautuminen vastaanotettu: Tuolijumppa');
		expect(localeOf(w.db, 'aino@esimerkki.fi')).toBe('fi');
	});

	it('existing sign-ups (before the column) count as Swedish', async () => {
		const w = world();
		await signUpAs(w, 'Greta', 'greta@exempel.se', 'sv');
		w.db.$client.prepare("INSERT INTO signups (occurrence_id, name, email, people, status, cancel_token_hash, created_at) VALUES (?, 'Old', 'old@exempel.se', 1, 'confirmed', 'h-old', 0)").run(w.first);
		expect(localeOf(w.db, 'old@exempel.se')).toBe('sv');
	});
});
