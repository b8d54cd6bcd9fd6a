import { getDb } from './db';
import { reviewQueueRows } from './db/queries/moderation';
import { impactOfSchedule } from './db/queries/occurrences';
import { expandSchedule } from '../domain/recurrence';
import { addDays, todayInStockholm } from '../domain/dates';

export type QueueFilters = { forening: string; kategori: string; stadsdel: string; typ: '' | 'ny' | 'andring' };

export function queueFilters(url: URL): QueueFilters {
	const p = url.searchParams;
	const typ = p.get('typ');
	return { forening: p.get('forening') ?? '', kategori: p.get('kategori') ?? '', stadsdel: p.get('stadsdel') ?? '', typ: typ === 'ny' || typ === 'andring' ? typ : '' };
}

/** The query string that keeps the filters (for "save and show next" and the links back). */
export function filterQuery(f: QueueFilters): string {
	const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
	return q.size ? `?${q}` : '';
}

/**
 * The review queue soonest first date first: a pending version whose first date is near must be
 * decided before one that starts in spring. Each item says whether it starts within 7 days or its
 * first date has already passed, and for a change how many signed-up people it would move or cancel.
 */
export function loadQueue(f: QueueFilters, now = new Date()) {
	const db = getDb();
	const today = todayInStockholm(now);
	const all = reviewQueueRows(db).map((q) => {
		const first = expandSchedule(q.schedule, q.schedule.startDate, addDays(q.schedule.startDate, 400))[0]?.localDate ?? q.schedule.startDate;
		const next = first >= today ? first : (expandSchedule(q.schedule, today, addDays(today, 400))[0]?.localDate ?? null);
		// A new submission whose first date is gone, or a change with no date left, needs a word with the organiser.
		const passed = q.isChange ? next === null : first < today;
		const sortDate = (q.isChange ? next : first) ?? first;
		return { ...q, firstDate: sortDate, passed, soon: !passed && sortDate >= today && sortDate <= addDays(today, 7) };
	});
	all.sort((a, b) => a.firstDate.localeCompare(b.firstDate) || a.submittedAt - b.submittedAt || a.revisionId - b.revisionId);
	const options = {
		organisations: uniq(all.map((q) => [String(q.organisationId), q.organisation])),
		categories: uniq(all.map((q) => [q.categorySlug, q.category])),
		districts: uniq(all.flatMap((q) => (q.districtSlug ? [[q.districtSlug, q.district!]] : [])))
	};
	const items = all
		.filter((q) => (!f.forening || String(q.organisationId) === f.forening) && (!f.kategori || q.categorySlug === f.kategori) && (!f.stadsdel || q.districtSlug === f.stadsdel) && (!f.typ || q.isChange === (f.typ === 'andring')))
		.map(({ schedule, venueId, ...q }) => ({
			...q,
			affected: q.isChange ? impactOfSchedule(db, q.eventId, schedule, venueId, now).people : 0
		}));
	return { items, total: all.length, options };
}

function uniq(pairs: string[][]) {
	return [...new Map(pairs.map(([id, name]) => [id, name])).entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The next item to review: the first of the queue as filtered, other than the one just decided. */
export function nextInQueue(f: QueueFilters, revisionId: number): number | null {
	const ids = loadQueue(f).items.map((q) => q.revisionId);
	return ids.find((id) => id !== revisionId) ?? null;
}
