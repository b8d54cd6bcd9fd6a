import { describe, expect, it } from 'vitest';
import { counts, signupEvent, type OccurrenceRow } from './fixtures/signup-event';
import type { Db } from '../../src/lib/server/db/index';
import {
	addSignup,
	cancelSignupById,
	cancelSignupByToken,
	deleteExpiredSignups,
	listSignups,
	signupByToken,
	signupTarget,
	type NewSignup
} from '../../src/lib/server/db/queries/signups';
import { signupRetentionDays } from '../../src/lib/server/jobs';
import { promotionWorthMailing } from '../../src/lib/server/signup-mail';
import type { Schedule } from '../../src/lib/domain/recurrence';

const DAY = 86_400_000;
const NOW = new Date('2026-11-20T08:00:00Z');

function person(name: string, people: 1 | 2 = 1, extra: Partial<NewSignup> = {}): NewSignup {
	return { name, phone: '070-123 45 67', email: null, people, message: null, ...extra };
}

/** Signs `name` up and returns id, status and the personal cancel token. */
function signUp(db: Db, occurrenceId: number, name: string, people: 1 | 2 = 1) {
	const r = addSignup(db, occurrenceId, person(name, people), { now: NOW });
	if (!r) throw new Error(`no sign-up for ${name}`);
	return r;
}

const statusByName = (db: Db, occurrenceId: number) => Object.fromEntries(listSignups(db, occurrenceId).map((s) => [s.name, s.status]));

describe('capacity and the waiting list', () => {
	it('counts people (1 or 2 per sign-up) against the places and puts the rest on the waiting list', () => {
		const { db, occurrences } = signupEvent({ capacity: 5 });
		const occ = occurrences[0].id;
		expect(signUp(db, occ, 'Anna', 2).status).toBe('confirmed');
		expect(signUp(db, occ, 'Bertil', 1).status).toBe('confirmed');
		expect(signUp(db, occ, 'Cecilia', 2).status).toBe('confirmed'); // exactly 5 people
		expect(signUp(db, occ, 'David', 1).status).toBe('waiting');
		expect(signUp(db, occ, 'Eva', 2).status).toBe('waiting');
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 5, confirmedRows: 3, waitingPeople: 3, waitingRows: 2, rows: 5 });
		const target = signupTarget(db, occ)!;
		expect(target).toMatchObject({ capacity: 5, signupOnline: true, cancelled: false, confirmedPeople: 5, waitingPeople: 3 });
		// The other dates of the event are untouched.
		expect(signupTarget(db, occurrences[1].id)).toMatchObject({ confirmedPeople: 0, waitingPeople: 0 });
	});

	it('a pair does not fit into the last single place; once someone waits, later arrivals wait too even if they would fit', () => {
		const { db, occurrences } = signupEvent({ capacity: 5 });
		const occ = occurrences[0].id;
		signUp(db, occ, 'Anna', 2);
		signUp(db, occ, 'Bertil', 2); // 4 of 5
		expect(signUp(db, occ, 'Paret', 2).status).toBe('waiting'); // 6 > 5
		expect(signUp(db, occ, 'Solo', 1).status).toBe('waiting'); // would fit, but the queue is first
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 3 });
	});

	it('without a capacity everybody gets a place; an unknown date gives null', () => {
		const { db, occurrences } = signupEvent({ capacity: null });
		const occ = occurrences[0].id;
		for (let i = 0; i < 30; i++) expect(signUp(db, occ, `Person ${i}`, 2).status).toBe('confirmed');
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 60, waitingRows: 0 });
		expect(addSignup(db, 999_999, person('Ingen'), { now: NOW })).toBeNull();
	});

	it('stores only a hash of the personal token, and the token finds the sign-up', () => {
		const { db, occurrences } = signupEvent({ capacity: 2 });
		const r = signUp(db, occurrences[0].id, 'Anna');
		expect(r.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
		const stored = db.$client.prepare('SELECT cancel_token_hash AS h FROM signups WHERE id = ?').get(r.id) as { h: string };
		expect(stored.h).not.toContain(r.token);
		expect(signupByToken(db, r.token)).toMatchObject({ id: r.id, name: 'Anna', status: 'confirmed' });
		expect(signupByToken(db, 'not-a-token')).toBeNull();
	});
});

describe('cancelling with the personal link', () => {
	/** 4 places: Anna 2 + Bertil 1 + Cecilia 1 confirmed; Paret (2), Doris (1), Erik (1) waiting, in that order. */
	function full() {
		const ev = signupEvent({ capacity: 4 });
		const occ = ev.occurrences[0].id;
		const t = {
			anna: signUp(ev.db, occ, 'Anna', 2),
			bertil: signUp(ev.db, occ, 'Bertil', 1),
			cecilia: signUp(ev.db, occ, 'Cecilia', 1),
			paret: signUp(ev.db, occ, 'Paret', 2),
			doris: signUp(ev.db, occ, 'Doris', 1),
			erik: signUp(ev.db, occ, 'Erik', 1)
		};
		expect(Object.values(t).map((x) => x.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting', 'waiting', 'waiting']);
		return { ...ev, occ, t };
	}

	it('moves people up strictly in order and returns exactly who moved up', () => {
		const { db, occ, t } = full();

		// One place frees up: the pair first in the queue does not fit, and nobody jumps past them.
		const one = cancelSignupByToken(db, t.cecilia.token);
		expect(one.found).toBe(true);
		expect(one.cancelled).toMatchObject({ id: t.cecilia.id, name: 'Cecilia' });
		expect(one.promoted).toEqual([]);
		expect(statusByName(db, occ)).toEqual({ Anna: 'confirmed', Bertil: 'confirmed', Cecilia: 'cancelled', Paret: 'waiting', Doris: 'waiting', Erik: 'waiting' });

		// A second place: now the pair fits.
		const two = cancelSignupByToken(db, t.bertil.token);
		expect(two.promoted.map((p) => p.name)).toEqual(['Paret']);
		expect(two.promoted[0]).toMatchObject({ id: t.paret.id, people: 2 });
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 2 });

		// Two more places: both remaining waiters, in the order they signed up.
		const three = cancelSignupByToken(db, t.anna.token);
		expect(three.promoted.map((p) => p.id)).toEqual([t.doris.id, t.erik.id]);
		expect(statusByName(db, occ)).toEqual({ Anna: 'cancelled', Bertil: 'cancelled', Cecilia: 'cancelled', Paret: 'confirmed', Doris: 'confirmed', Erik: 'confirmed' });
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 0, cancelledRows: 3 });
		expect(signupTarget(db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 0 });
	});

	it('cancelling twice (or with an unknown link) is harmless', () => {
		const { db, occ, t } = full();
		const first = cancelSignupByToken(db, t.anna.token);
		expect(first.promoted.map((p) => p.name)).toEqual(['Paret']);
		const before = counts(db, occ);

		const again = cancelSignupByToken(db, t.anna.token);
		expect(again).toEqual({ found: true, cancelled: null, promoted: [] });
		expect(counts(db, occ)).toEqual(before);
		expect(statusByName(db, occ)).toMatchObject({ Anna: 'cancelled', Paret: 'confirmed', Doris: 'waiting', Erik: 'waiting' });

		expect(cancelSignupByToken(db, 'no-such-token')).toEqual({ found: false, cancelled: null, promoted: [] });
		expect(counts(db, occ)).toEqual(before);
	});

	it('a move up is mailed only while the date is on and has not begun', () => {
		const { db, occ } = full();
		const t = signupTarget(db, occ)!;
		expect(promotionWorthMailing(t, t.startsAt - 60_000)).toBe(true);
		expect(promotionWorthMailing(t, t.startsAt)).toBe(false);
		expect(promotionWorthMailing(t, t.endsAt + DAY)).toBe(false);
		expect(promotionWorthMailing({ ...t, cancelled: true }, t.startsAt - DAY)).toBe(false);
	});

	it('a waiting person who cancels just leaves the queue; by id it only works on its own date', () => {
		const { db, occ, t, occurrences } = full();
		expect(cancelSignupByToken(db, t.paret.token).promoted).toEqual([]);
		expect(counts(db, occ)).toMatchObject({ confirmedPeople: 4, waitingPeople: 2 });

		// Staff cancel by id: the id must belong to the date in the URL.
		expect(cancelSignupById(db, t.bertil.id, occurrences[1].id)).toMatchObject({ found: false, cancelled: null });
		expect(statusByName(db, occ).Bertil).toBe('confirmed');
		const staff = cancelSignupById(db, t.bertil.id, occ);
		expect(staff.promoted.map((p) => p.name)).toEqual(['Doris']);
	});
});

describe('deleting sign-ups after the retention time', () => {
	/** Every day 10:00–11:00 Stockholm (09:00–10:00 UTC in winter), 1 December 2026 – 31 January 2027. */
	const LONG: Schedule = { kind: 'weekly', startDate: '2026-12-01', until: '2027-01-31', startTime: '10:00', endTime: '11:00', weekdays: [1, 2, 3, 4, 5, 6, 7], holidays: 'run' };

	/** Two sign-ups (one confirmed, one waiting, then cancelled) on every date. */
	function withSignupsEverywhere() {
		const ev = signupEvent({ capacity: 1, schedule: LONG });
		for (const o of ev.occurrences) {
			signUp(ev.db, o.id, `Först ${o.localDate}`);
			const w = signUp(ev.db, o.id, `Sen ${o.localDate}`);
			if (o.localDate.endsWith('1')) cancelSignupByToken(ev.db, w.token);
		}
		const byDate = new Map(ev.occurrences.map((o) => [o.localDate, o]));
		return { ...ev, byDate };
	}

	const remainingDates = (db: Db) =>
		(db.$client
			.prepare('SELECT DISTINCT o.local_date AS d FROM signups s JOIN occurrences o ON o.id = s.occurrence_id ORDER BY o.local_date')
			.all() as { d: string }[]).map((r) => r.d);
	const totalSignups = (db: Db) => (db.$client.prepare('SELECT count(*) AS n FROM signups').get() as { n: number }).n;

	it('removes exactly the sign-ups of dates that ended more than N days before now', () => {
		const { db, occurrences, byDate } = withSignupsEverywhere();
		const N = 30;
		const dec5 = byDate.get('2026-12-05')!;
		expect(new Date(dec5.endsAt).toISOString()).toBe('2026-12-05T10:00:00.000Z');
		// One minute after 5 December ended plus 30 days: 1–5 December ended more than 30 days ago;
		// 6 December ended 29 days 23 h 59 min ago; 4 January ended a minute ago; the rest is in the future.
		const now = new Date(dec5.endsAt + N * DAY + 60_000);
		expect(now.toISOString()).toBe('2027-01-04T10:01:00.000Z');
		const before = totalSignups(db);

		const removed = deleteExpiredSignups(db, N, now);

		expect(removed).toBe(5 * 2);
		expect(totalSignups(db)).toBe(before - 10);
		const expected = occurrences.map((o: OccurrenceRow) => o.localDate).filter((d) => d > '2026-12-05');
		expect(remainingDates(db)).toEqual(expected);
		expect(expected[0]).toBe('2026-12-06');
		expect(expected).toContain('2027-01-04');
		expect(expected.at(-1)).toBe('2027-01-31');
		// Every remaining date still has both of its sign-ups, whatever their status.
		for (const o of occurrences.filter((x) => x.localDate > '2026-12-05')) expect(counts(db, o.id).rows).toBe(2);
		// The dates themselves are kept (history and attendance need them).
		expect((db.$client.prepare('SELECT count(*) AS n FROM occurrences').get() as { n: number }).n).toBe(occurrences.length);

		// Running again at the same moment removes nothing more.
		expect(deleteExpiredSignups(db, N, now)).toBe(0);
	});

	it('a date that ended exactly N days ago is kept; the next millisecond it goes', () => {
		const { db, byDate } = withSignupsEverywhere();
		const dec5 = byDate.get('2026-12-05')!;
		expect(deleteExpiredSignups(db, 30, new Date(dec5.endsAt + 30 * DAY))).toBe(4 * 2);
		expect(remainingDates(db)[0]).toBe('2026-12-05');
		expect(deleteExpiredSignups(db, 30, new Date(dec5.endsAt + 30 * DAY + 1))).toBe(2);
		expect(remainingDates(db)[0]).toBe('2026-12-06');
	});

	it('with a short retention a date that ended N-1 days ago stays, and N = 0 means right after the end', () => {
		const { db, byDate } = withSignupsEverywhere();
		const N = 3;
		const jan7 = byDate.get('2027-01-07')!;
		// 7 January ended 3 days + 1 minute ago, 8 January 2 days + 1 minute ago (N-1 days), 10 January a minute ago.
		const now = new Date(jan7.endsAt + N * DAY + 60_000);
		const removed = deleteExpiredSignups(db, N, now);
		expect(removed).toBe(38 * 2); // 1 December – 7 January
		const left = remainingDates(db);
		expect(left[0]).toBe('2027-01-08');
		expect(left).toEqual([...byDate.keys()].filter((d) => d >= '2027-01-08'));

		expect(deleteExpiredSignups(db, 0, new Date(byDate.get('2027-01-20')!.endsAt + 1))).toBe(13 * 2);
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
