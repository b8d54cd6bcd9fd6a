import { toDayNumber } from './dates';

/** A future date as stored, with how many people are signed up for it. */
export type StoredDate = {
	id: number;
	localDate: string;
	startsAt: number;
	endsAt: number;
	cancelled: boolean;
	cancelReason: 'organiser' | 'schedule' | 'closure' | 'event' | null;
	cancelNote: string | null;
	people: number;
};

/** A date the published schedule gives; `closedNote` when the venue is closed that day. */
export type WantedDate = {
	localDate: string;
	weekday: number;
	startMinute: number;
	startsAt: number;
	endsAt: number;
	closedNote: string | null;
};

export type DateChange = {
	id: number;
	before: StoredDate;
	after: WantedDate;
	/** The date or time moved (the row and its sign-ups stay: calendar clients keep their entry). */
	moved: boolean;
	/** A cancellation to set (closure) or lift (the reason went away); undefined leaves it alone. */
	cancel?: { reason: 'closure'; note: string } | 'lift';
};

export type DatePlan = {
	changes: DateChange[];
	inserts: WantedDate[];
	/** Dates the schedule no longer gives: cancelled when people are signed up, otherwise deleted. */
	drops: { stored: StoredDate; keepCancelled: boolean }[];
};

/** Days a series date may shift and still count as the same date moved (a weekly or biweekly change). */
const MOVE_WINDOW_DAYS = 7;

/**
 * Pairs the stored future dates of an event with the dates its schedule now gives, so that a
 * change of time or weekday moves a date (same row, same sign-ups) instead of cancelling one and
 * creating another. Pairing order: the same instant, then the same day (a new time), then the
 * nearest date within a week (a new weekday) — or, for a one-off event, simply the next date.
 */
export function planDates(stored: StoredDate[], wanted: WantedDate[], opts: { oneOff: boolean }): DatePlan {
	const pairs: [StoredDate, WantedDate][] = [];
	let restStored = [...stored].sort((a, b) => a.startsAt - b.startsAt);
	let restWanted = [...wanted].sort((a, b) => a.startsAt - b.startsAt);
	const pairBy = (match: (s: StoredDate, w: WantedDate) => boolean) => {
		const used = new Set<WantedDate>();
		restStored = restStored.filter((s) => {
			const w = restWanted.find((x) => !used.has(x) && match(s, x));
			if (!w) return true;
			used.add(w);
			pairs.push([s, w]);
			return false;
		});
		restWanted = restWanted.filter((w) => !used.has(w));
	};
	pairBy((s, w) => s.startsAt === w.startsAt);
	pairBy((s, w) => s.localDate === w.localDate);
	if (opts.oneOff) pairBy(() => true);
	else {
		const used = new Set<WantedDate>();
		restStored = restStored.filter((s) => {
			let best: WantedDate | null = null;
			let bestDistance = Infinity;
			for (const w of restWanted) {
				if (used.has(w)) continue;
				const distance = Math.abs(toDayNumber(w.localDate) - toDayNumber(s.localDate));
				if (distance <= MOVE_WINDOW_DAYS && distance < bestDistance) (best = w), (bestDistance = distance);
			}
			if (!best) return true;
			used.add(best);
			pairs.push([s, best]);
			return false;
		});
		restWanted = restWanted.filter((w) => !used.has(w));
	}
	const changes: DateChange[] = [];
	for (const [s, w] of pairs) {
		const moved = s.startsAt !== w.startsAt || s.endsAt !== w.endsAt;
		let cancel: DateChange['cancel'];
		if (w.closedNote) {
			if (!s.cancelled || (s.cancelReason === 'closure' && s.cancelNote !== w.closedNote)) cancel = { reason: 'closure', note: w.closedNote };
		} else if (s.cancelled && (s.cancelReason === 'closure' || s.cancelReason === 'schedule')) cancel = 'lift';
		if (moved || cancel) changes.push({ id: s.id, before: s, after: w, moved, cancel });
	}
	return {
		changes,
		inserts: restWanted,
		drops: restStored.map((s) => ({ stored: s, keepCancelled: s.people > 0 }))
	};
}

/** What a plan means for people signed up: dates moved and dates newly cancelled, with their numbers. */
export function affectedPeople(plan: DatePlan) {
	const moved = plan.changes.filter((c) => c.moved && c.before.people > 0 && !c.before.cancelled && !(c.cancel && c.cancel !== 'lift'));
	const cancelled = [
		...plan.changes.filter((c) => c.before.people > 0 && !c.before.cancelled && c.cancel && c.cancel !== 'lift').map((c) => ({ stored: c.before, note: c.cancel !== 'lift' && c.cancel ? c.cancel.note : null })),
		...plan.drops.filter((d) => d.keepCancelled && !d.stored.cancelled).map((d) => ({ stored: d.stored, note: null }))
	];
	return {
		moved,
		cancelled,
		people: moved.reduce((n, c) => n + c.before.people, 0) + cancelled.reduce((n, c) => n + c.stored.people, 0)
	};
}
