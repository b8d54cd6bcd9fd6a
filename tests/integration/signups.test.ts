import { describe, expect, it } from 'vitest';
import { counts, signupEvent, type OccurrenceRow } from './fixtures/signup-event';
import type { Db } from '../../src/lib/server/db/index';
import { listSignups, signupByToken, signupTarget } from '../../src/lib/server/db/queries/signups';
import { signupRetentionDays } from '../../src/lib/server/jobs';
import { execute } from '../../src/lib/server/commands/runner';
import { residentActor, systemActor, type Actor } from '../../src/lib/server/commands/actor';
import { cancelSignup, cancelSignupByToken, signUp as signUpCommand } from '../../src/lib/server/commands/signups';
import { purgeExpiredSignups } from '../../src/lib/server/commands/jobs';
import { hashToken } from '../../src/lib/server/auth/session';
import * as t from '../../src/lib/server/db/schema';
import type { Schedule } from '../../src/lib/domain/recurrence';

const DAY = 86_400_000;
const NOW = new Date('2026-11-20T08:00:00Z');
let phones = 0;

type Ev = ReturnType<typeof signupEvent>;

/** Signs `name` up through the command and returns id, status and the personal token. */
async function signUp(ev: Ev, occurrenceId: number, name: string, people: 1 | 2 = 1, extra: { email?: string; formKey?: string; now?: Date } = {}) {
	const values = { name, phone: `070-123 ${String(++phones).padStart(4, '0')}`, email: extra.email ?? '', people: String(people), message: '' };
	const r = await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId, values, formKey: extra.formKey ?? '' }, { db: ev.db, now: extra.now ?? NOW });
	if (!r.ok || r.value.kind === 'already') throw new Error(`no sign-up for ${name}: ${JSON.stringify(r)}`);
	const row = ev.db.$client.prepare('SELECT id FROM signups WHERE cancel_token_hash = ?').get(hashToken(r.value.token)) as { id: number };
	return { id: row.id, status: r.value.status, token: r.value.token, kind: r.value.kind };
}

const cancelByLink = (ev: Ev, token: string, now = NOW) => execute(cancelSignupByToken, residentActor, { token }, { db: ev.db, now });
const statusByName = (db: Db, occurrenceId: number) => Object.fromEntries(listSignups(db, occurrenceId).map((s) => [s.name, s.status]));
const outbox = (db: Db) => db.$client.prepare('SELECT "to", subject FROM mail_outbox ORDER BY id').all() as { to: string; subject: string }[];

function staffOf(db: Db): Actor {
	const u = db.insert(t.users).values({ email: `staff${Math.random()}@x.se`, name: 'Karin', role: 'moderator', createdAt: NOW }).returning().get();
	return { kind: 'staff', userId: u.id, role: 'moderator' };
}

describe('capacity and the waiting list', () => {
	it('counts people (1 or 2 per sign-up) against the places and puts the rest on the waiting list', async () => {
		const ev = signupEvent({ capacity: 5 });
		const occ = ev.occurrences[0].id;
		expect((await signUp(ev, occ, 'Anna', 2)).status).toBe('confirmed');
		expect((await signUp(ev, occ, 'Bertil', 1)).status).toBe('confirmed');
		expect((await signUp(ev, occ, 'Cecilia', 2)).status).toBe('confirmed'); // exactly 5 people
		expect((await signUp(ev, occ, 'David', 1)).status).toBe('waiting');
		expect((await signUp(ev, occ, 'Eva', 2)).status).toBe('waiting');
		expect(counts(ev.db, occ)).toMatchObject({ confirmedPeople: 5, confirmedRows: 3, waitingPeople: 3, waitingRows: 2, rows: 5 });
		expect(signupTarget(ev.db, occ)).toMatchObject({ capacity: 5, signupOnline: true, cancelled: false, confirmedPeople: 5, waitingPeople: 3 });
		expect(signupTarget(ev.db, ev.occurrences[1].id)).toMatchObject({ confirmedPeople: 0, waitingPeople: 0 });
	});

	it('a pair does not fit into the last single place; once someone waits, later arrivals wait too even if they would fit', async () => {
		const ev = signupEvent({ capacity: 5 });
		const occ = ev.occurrences[0].id;
		await signUp(ev, occ, 'Anna', 2);
		await signUp(ev, occ, 'Bertil', 2);
		expect((await signUp(ev, occ, 'Paret', 2)).status).toBe('waiting');
		expect((await signUp(ev, occ, 'Solo', 1)).status).toBe('waiting');
		expect(counts(ev.db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 3 });
	});

	it('without a capacity everybody gets a place; an unknown date is refused', async () => {
		const ev = signupEvent({ capacity: null });
		const occ = ev.occurrences[0].id;
		for (let i = 0; i < 30; i++) expect((await signUp(ev, occ, `Person ${i}`, 2)).status).toBe('confirmed');
		expect(counts(ev.db, occ)).toMatchObject({ confirmedPeople: 60, waitingRows: 0 });
		const none = await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId: 999_999, values: { name: 'Ingen', phone: '070', email: '', people: '1', message: '' } }, { db: ev.db, now: NOW });
		expect(none).toMatchObject({ ok: false, refused: { status: 404 } });
	});

	it('stores only a hash of the personal token, and the token finds the sign-up', async () => {
		const ev = signupEvent({ capacity: 2 });
		const r = await signUp(ev, ev.occurrences[0].id, 'Anna');
		expect(r.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
		const stored = ev.db.$client.prepare('SELECT cancel_token_hash AS h FROM signups WHERE id = ?').get(r.id) as { h: string };
		expect(stored.h).not.toContain(r.token);
		expect(signupByToken(ev.db, r.token)).toMatchObject({ id: r.id, name: 'Anna', status: 'confirmed' });
		expect(signupByToken(ev.db, 'not-a-token')).toBeNull();
	});

	it('refuses a date whose sign-up has closed, with the values kept', async () => {
		const ev = signupEvent({ capacity: 2 });
		const o = ev.occurrences[0];
		const values = { name: 'Sen Sigrid', phone: '070-1', email: '', people: '1', message: '' };
		const late = await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId: o.id, values }, { db: ev.db, now: new Date(o.startsAt + 1) });
		expect(late).toMatchObject({ ok: false, failure: { values, errors: { form: 'closed' } } });
		expect(counts(ev.db, o.id).rows).toBe(0);
	});
});

describe('the same sign-up twice', () => {
	it('the same form posted twice (same one-time key) gives one sign-up and the same receipt', async () => {
		const ev = signupEvent({ capacity: 10 });
		const occ = ev.occurrences[0].id;
		const formKey = 'k'.repeat(10) + Math.random().toString(36);
		const values = { name: 'Greta Berg', phone: '070-555 55 55', email: 'greta@exempel.se', people: '1', message: '' };
		const input = { eventId: ev.eventId, occurrenceId: occ, values, formKey };
		const [a, b] = await Promise.all([execute(signUpCommand, residentActor, input, { db: ev.db, now: NOW }), execute(signUpCommand, residentActor, input, { db: ev.db, now: NOW })]);
		expect(counts(ev.db, occ).rows).toBe(1);
		expect(a.ok && b.ok && a.value.kind !== 'already' && b.value.kind !== 'already' && a.value.token === b.value.token).toBe(true);
		expect(outbox(ev.db).filter((m) => m.to === 'greta@exempel.se')).toHaveLength(1);
	});

	it('the same person (name and e-mail or phone) signing up again is recognised and mailed the receipt again', async () => {
		const ev = signupEvent({ capacity: 10 });
		const occ = ev.occurrences[0].id;
		const values = { name: 'Greta Berg', phone: '', email: 'greta@exempel.se', people: '1', message: '' };
		await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId: occ, values }, { db: ev.db, now: NOW });
		const again = await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId: occ, values: { ...values, name: ' greta berg ' } }, { db: ev.db, now: NOW });
		expect(again).toMatchObject({ ok: true, value: { kind: 'already', status: 'confirmed', mailedTo: 'greta@exempel.se' } });
		expect(counts(ev.db, occ).rows).toBe(1);
		expect(outbox(ev.db).map((m) => m.subject)).toEqual(['Anmäld: Boule i parken', 'Anmäld: Boule i parken']);
		const byPhone = { name: 'Olle', phone: '070-111 22 33', email: '', people: '1', message: '' };
		await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId: occ, values: byPhone }, { db: ev.db, now: NOW });
		const phoneAgain = await execute(signUpCommand, residentActor, { eventId: ev.eventId, occurrenceId: occ, values: { ...byPhone, phone: '0701112233' } }, { db: ev.db, now: NOW });
		expect(phoneAgain).toMatchObject({ ok: true, value: { kind: 'already', mailedTo: null } });
		expect(counts(ev.db, occ).rows).toBe(2);
	});
});

describe('cancelling with the personal link', () => {
	/** 4 places: Anna 2 + Bertil 1 + Cecilia 1 confirmed; Paret (2), Doris (1), Erik (1) waiting, in that order. */
	async function full() {
		const ev = signupEvent({ capacity: 4 });
		const occ = ev.occurrences[0].id;
		const people = {
			anna: await signUp(ev, occ, 'Anna', 2),
			bertil: await signUp(ev, occ, 'Bertil', 1),
			cecilia: await signUp(ev, occ, 'Cecilia', 1),
			paret: await signUp(ev, occ, 'Paret', 2, { email: 'paret@exempel.se' }),
			doris: await signUp(ev, occ, 'Doris', 1),
			erik: await signUp(ev, occ, 'Erik', 1)
		};
		expect(Object.values(people).map((x) => x.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting', 'waiting', 'waiting']);
		return { ...ev, occ, p: people };
	}

	it('moves people up strictly in order', async () => {
		const ev = await full();
		const { db, occ, p } = ev;
		expect(await cancelByLink(ev, p.cecilia.token)).toMatchObject({ ok: true, value: { changed: true, promoted: 0 } });
		expect(statusByName(db, occ)).toEqual({ Anna: 'confirmed', Bertil: 'confirmed', Cecilia: 'cancelled', Paret: 'waiting', Doris: 'waiting', Erik: 'waiting' });
		expect(await cancelByLink(ev, p.bertil.token)).toMatchObject({ ok: true, value: { promoted: 1 } });
		expect(statusByName(db, occ).Paret).toBe('confirmed');
		expect(outbox(db).at(-1)).toEqual({ to: 'paret@exempel.se', subject: 'Du har fått en plats: Boule i parken' });
		expect(await cancelByLink(ev, p.anna.token)).toMatchObject({ ok: true, value: { promoted: 2 } });
		expect(statusByName(db, occ)).toEqual({ Anna: 'cancelled', Bertil: 'cancelled', Cecilia: 'cancelled', Paret: 'confirmed', Doris: 'confirmed', Erik: 'confirmed' });
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 0, cancelledRows: 3 });
	});

	it('cancelling twice is harmless; an unknown link is refused', async () => {
		const ev = await full();
		await cancelByLink(ev, ev.p.anna.token);
		const before = counts(ev.db, ev.occ);
		expect(await cancelByLink(ev, ev.p.anna.token)).toMatchObject({ ok: true, value: { changed: false } });
		expect(counts(ev.db, ev.occ)).toEqual(before);
		expect(await cancelByLink(ev, 'no-such-token-at-all')).toMatchObject({ ok: false, refused: { status: 404 } });
	});

	it('a move up is mailed only while the date is on and has not begun', async () => {
		const ev = await full();
		const o = ev.occurrences[0];
		await cancelByLink(ev, ev.p.anna.token, new Date(o.startsAt + 60_000));
		expect(statusByName(ev.db, ev.occ).Paret).toBe('confirmed');
		expect(outbox(ev.db).some((m) => m.to === 'paret@exempel.se' && m.subject.startsWith('Du har fått'))).toBe(false);
	});

	it('staff cancel by id only on its own date, and only after a yes', async () => {
		const ev = await full();
		const staff = staffOf(ev.db);
		const wrongDate = await execute(cancelSignup, staff, { occurrenceId: ev.occurrences[1].id, signupId: ev.p.bertil.id, confirm: true }, { db: ev.db, now: NOW });
		expect(wrongDate).toMatchObject({ ok: false, failure: { errors: { form: 'Anmälan finns inte.' } } });
		const noYes = await execute(cancelSignup, staff, { occurrenceId: ev.occ, signupId: ev.p.bertil.id, confirm: false }, { db: ev.db, now: NOW });
		expect(noYes).toMatchObject({ ok: false, failure: { errors: { confirm: 'Bertil' } } });
		expect(statusByName(ev.db, ev.occ).Bertil).toBe('confirmed');
		const yes = await execute(cancelSignup, staff, { occurrenceId: ev.occ, signupId: ev.p.bertil.id, confirm: true }, { db: ev.db, now: NOW });
		expect(yes).toMatchObject({ ok: true, value: { changed: true, name: 'Bertil' } });
		expect(statusByName(ev.db, ev.occ).Bertil).toBe('cancelled');
	});

	it('an organiser of another organisation cannot cancel', async () => {
		const ev = await full();
		const other = ev.db.insert(t.organisations).values({ name: 'Annan', slug: 'annan', kind: 'association', createdAt: NOW }).returning().get();
		const u = ev.db.insert(t.users).values({ email: 'o@x.se', name: 'O', role: 'organiser', createdAt: NOW }).returning().get();
		const r = await execute(cancelSignup, { kind: 'organiser', userId: u.id, organisationId: other.id }, { occurrenceId: ev.occ, signupId: ev.p.bertil.id, confirm: true }, { db: ev.db, now: NOW });
		expect(r).toMatchObject({ ok: false, refused: { status: 404 } });
		expect(statusByName(ev.db, ev.occ).Bertil).toBe('confirmed');
	});
});

describe('deleting sign-ups after the retention time', () => {
	/** Every day 10:00–11:00 Stockholm (09:00–10:00 UTC in winter), 1 December 2026 – 31 January 2027. */
	const LONG: Schedule = { kind: 'weekly', startDate: '2026-12-01', until: '2027-01-31', startTime: '10:00', endTime: '11:00', weekdays: [1, 2, 3, 4, 5, 6, 7], holidays: 'run' };

	/** Two sign-ups (one confirmed, one waiting, then cancelled) on every date. */
	async function withSignupsEverywhere() {
		const ev = signupEvent({ capacity: 1, schedule: LONG });
		for (const o of ev.occurrences) {
			await signUp(ev, o.id, `Först ${o.localDate}`);
			const w = await signUp(ev, o.id, `Sen ${o.localDate}`);
			if (o.localDate.endsWith('1')) await cancelByLink(ev, w.token);
		}
		const byDate = new Map(ev.occurrences.map((o) => [o.localDate, o]));
		return { ...ev, byDate };
	}
	const purge = async (db: Db, retentionDays: number, now: Date) => {
		const r = await execute(purgeExpiredSignups, systemActor('test'), { retentionDays }, { db, now });
		if (!r.ok) throw new Error('purge failed');
		return r.value.removed;
	};

	const remainingDates = (db: Db) =>
		(db.$client
			.prepare('SELECT DISTINCT o.local_date AS d FROM signups s JOIN occurrences o ON o.id = s.occurrence_id ORDER BY o.local_date')
			.all() as { d: string }[]).map((r) => r.d);
	const totalSignups = (db: Db) => (db.$client.prepare('SELECT count(*) AS n FROM signups').get() as { n: number }).n;

	it('removes exactly the sign-ups of dates that ended more than N days before now', async () => {
		const { db, occurrences, byDate } = await withSignupsEverywhere();
		const N = 30;
		const dec5 = byDate.get('2026-12-05')!;
		expect(new Date(dec5.endsAt).toISOString()).toBe('2026-12-05T10:00:00.000Z');
		const now = new Date(dec5.endsAt + N * DAY + 60_000);
		const before = totalSignups(db);
		expect(await purge(db, N, now)).toBe(5 * 2);
		expect(totalSignups(db)).toBe(before - 10);
		const expected = occurrences.map((o: OccurrenceRow) => o.localDate).filter((d) => d > '2026-12-05');
		expect(remainingDates(db)).toEqual(expected);
		for (const o of occurrences.filter((x) => x.localDate > '2026-12-05')) expect(counts(db, o.id).rows).toBe(2);
		expect((db.$client.prepare('SELECT count(*) AS n FROM occurrences').get() as { n: number }).n).toBe(occurrences.length);
		expect(await purge(db, N, now)).toBe(0);
	});

	it('a date that ended exactly N days ago is kept; the next millisecond it goes', async () => {
		const { db, byDate } = await withSignupsEverywhere();
		const dec5 = byDate.get('2026-12-05')!;
		expect(await purge(db, 30, new Date(dec5.endsAt + 30 * DAY))).toBe(4 * 2);
		expect(remainingDates(db)[0]).toBe('2026-12-05');
		expect(await purge(db, 30, new Date(dec5.endsAt + 30 * DAY + 1))).toBe(2);
		expect(remainingDates(db)[0]).toBe('2026-12-06');
	});

	it('with a short retention a date that ended N-1 days ago stays, and N = 0 means right after the end', async () => {
		const { db, byDate } = await withSignupsEverywhere();
		const N = 3;
		const jan7 = byDate.get('2027-01-07')!;
		expect(await purge(db, N, new Date(jan7.endsAt + N * DAY + 60_000))).toBe(38 * 2);
		const left = remainingDates(db);
		expect(left[0]).toBe('2027-01-08');
		expect(left).toEqual([...byDate.keys()].filter((d) => d >= '2027-01-08'));
		expect(await purge(db, 0, new Date(byDate.get('2027-01-20')!.endsAt + 1))).toBe(13 * 2);
		expect(remainingDates(db)[0]).toBe('2027-01-21');
	});

	it('the retention time comes from SIGNUP_RETENTION_DAYS and defaults to 30', () => {
		const saved = process.env.SIGNUP_RETENTION_DAYS;
		try {
			delete process.env.SIGNUP_RETENTION_DAYS;
			expect(signupRetentionDays()).toBe(30);
			process.env.SIGNUP_RETENTION_DAYS = '7';
			expect(signupRetentionDays()).toBe(7);
			process.env.SIGNUP_RETENTION_DAYS = 'tio';
			expect(signupRetentionDays()).toBe(30);
			process.env.SIGNUP_RETENTION_DAYS = '-1';
			expect(signupRetentionDays()).toBe(30);
		} finally {
			if (saved === undefined) delete process.env.SIGNUP_RETENTION_DAYS;
			else process.env.SIGNUP_RETENTION_DAYS = saved;
		}
	});
});
