import type { Bitset } from './bitset';
import type { DateMatches, Evaluation } from './query';
import type { SearchIndex } from './index';
import { compareBinary } from './compare';
import { DAY_CODES, TIME_CODES, type ActivityFilters } from '../../domain/filters';
import type { Schedule } from '../../domain/recurrence';
import type { FacetCounts, MapVenue, OccurrenceItem } from '../db/queries/activities';
import type { ActivityGroup, ActivityGroupPage } from '../db/queries/activity-groups';
import type { RemoteActivity } from '../db/queries/remote';

const localDate = (day: number) => {
	const s = String(day);
	return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** A date of the list, shaped exactly as the SQL query returns it. */
export function itemAt(ix: SearchIndex, i: number): OccurrenceItem {
	const e = ix.events[ix.slot[i]]!;
	const id = ix.occId[i];
	return {
		occurrenceId: id,
		eventId: e.id,
		title: e.title,
		summary: e.summary,
		startsAt: ix.startsAt[i],
		endsAt: ix.endsAt[i],
		localDate: localDate(ix.day[i]),
		cancelled: ix.cancelled[i] === 1,
		cancelNote: ix.notes.get(id) ?? null,
		free: e.free,
		costAmount: e.costAmount,
		signupRequired: e.signupRequired,
		categorySlug: e.category.slug,
		categoryName: e.category.nameSv,
		categoryNameEn: e.category.nameEn,
		organisationName: e.organisationName,
		venueName: e.venue?.name ?? null,
		venueSlug: e.venue?.slug ?? null,
		districtName: e.district?.name ?? null,
		remoteKind: e.remoteKind,
		stepFree: e.venue?.stepFree ?? false,
		hearingLoop: e.venue?.hearingLoop ?? false
	};
}

function paging(total: number, requested: number, pageSize: number) {
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(requested, pageCount);
	return { total, page, pageCount, requestedPage: requested, start: (page - 1) * pageSize };
}

export function datePage(ev: DateMatches, f: ActivityFilters, pageSize: number) {
	const { start, ...p } = paging(ev.total, f.page, pageSize);
	const items: OccurrenceItem[] = [];
	for (let k = start; k < Math.min(ev.total, start + pageSize); k++) items.push(itemAt(ev.index, ev.matched[k]));
	return { ...p, items };
}

/** Activity slots with at least one matching date, title matches first, then by their first date. */
function matchingSlots(ev: Evaluation) {
	const slots: number[] = [];
	ev.all.forEach((s) => {
		if (ev.rowsPer[s] > 0) slots.push(s);
	});
	const tier = (s: number) => (ev.titleSlots?.has(s) ? 0 : 1);
	return slots.sort((a, b) => tier(a) - tier(b) || ev.first[a] - ev.first[b]);
}

export function groupPage(ev: Evaluation, f: ActivityFilters, pageSize: number): ActivityGroupPage {
	const slots = matchingSlots(ev);
	const { start, ...p } = paging(slots.length, f.page, pageSize);
	const items: ActivityGroup[] = slots.slice(start, start + pageSize).map((s) => {
		const next = itemAt(ev.index, ev.first[s]);
		const e = ev.index.events[s]!;
		return { eventId: e.id, title: e.title, schedule: JSON.parse(e.schedule) as Schedule, dates: ev.rowsPer[s], titleMatch: ev.titleSlots?.has(s) ?? false, next };
	});
	return { ...p, items };
}

/** Σ over the slots in `mask` (and in `also`, when given) of their matching dates, or 1 per activity with any. */
function sum(ev: Evaluation, mask: Bitset, also: Bitset | null, byActivity: boolean) {
	const m = mask.words;
	const o = also?.words;
	const { rowsPer } = ev;
	let total = 0;
	for (let i = 0; i < m.length; i++) {
		let word = o ? m[i] & (o[i] ?? 0) : m[i];
		while (word !== 0) {
			const low = word & -word;
			const n = rowsPer[i * 32 + 31 - Math.clz32(low)];
			total += byActivity ? (n > 0 ? 1 : 0) : n;
			word ^= low;
		}
	}
	return total;
}

/** The same, grouped by a per-slot code (district, category); only values with a count are kept. */
function sumBy(ev: Evaluation, mask: Bitset, code: Int32Array, keys: string[], byActivity: boolean) {
	const counts = new Float64Array(keys.length);
	const m = mask.words;
	const { rowsPer } = ev;
	for (let i = 0; i < m.length; i++) {
		let word = m[i];
		while (word !== 0) {
			const low = word & -word;
			const s = i * 32 + 31 - Math.clz32(low);
			const c = code[s];
			if (c >= 0) counts[c] += byActivity ? (rowsPer[s] > 0 ? 1 : 0) : rowsPer[s];
			word ^= low;
		}
	}
	const out: Record<string, number> = {};
	counts.forEach((n, c) => {
		if (n) out[keys[c]] = n;
	});
	return out;
}

function sumEach(ev: Evaluation, mask: Bitset, sets: Map<string, Bitset>, byActivity: boolean) {
	const out: Record<string, number> = {};
	for (const [key, set] of sets) {
		const n = sum(ev, mask, set, byActivity);
		if (n) out[key] = n;
	}
	return out;
}

export function facetCounts(ev: Evaluation, unit: 'dates' | 'activities'): FacetCounts {
	const { index: ix, all, without: w } = ev;
	const act = unit === 'activities';
	const one = (mask: Bitset, set: Bitset): Record<string, number> => {
		const n = sum(ev, mask, set, act);
		return n ? { ja: n } : {};
	};
	const byDay: Record<string, number> = {};
	const byTime: Record<string, number> = {};
	if (!act) {
		for (let wd = 1; wd <= 7; wd++) if (ev.dayCount[wd]) byDay[DAY_CODES[wd - 1]] = ev.dayCount[wd];
		for (let t = 0; t < 3; t++) if (ev.timeCount[t]) byTime[TIME_CODES[t]] = ev.timeCount[t];
	} else {
		const days = new Int32Array(8);
		const times = new Int32Array(3);
		all.forEach((s) => {
			for (let wd = 1; wd <= 7; wd++) if (ev.days[s] & (1 << wd)) days[wd]++;
			for (let t = 0; t < 3; t++) if (ev.times[s] & (1 << t)) times[t]++;
		});
		for (let wd = 1; wd <= 7; wd++) if (days[wd]) byDay[DAY_CODES[wd - 1]] = days[wd];
		for (let t = 0; t < 3; t++) if (times[t]) byTime[TIME_CODES[t]] = times[t];
	}
	return {
		districts: sumBy(ev, w.districts ?? all, ix.districtCode, ix.districtKeys, act),
		categories: sumBy(ev, w.categories ?? all, ix.categoryCode, ix.categoryKeys, act),
		days: byDay,
		times: byTime,
		free: one(w.free ?? all, ix.free),
		noSignup: one(w.noSignup ?? all, ix.noSignup),
		access: {
			rullstol: sum(ev, all, ix.access.rullstol, act),
			horslinga: sum(ev, all, ix.access.horslinga, act),
			toalett: sum(ev, all, ix.access.toalett, act),
			parkering: sum(ev, all, ix.access.parkering, act)
		},
		languages: sumEach(ev, w.languages ?? all, ix.byLanguage, act),
		audiences: sumEach(ev, w.audiences ?? all, ix.byAudience, act)
	};
}

/** Venues with matching dates, by name, each with its count and its titles in date order. */
/**
 * Activities without a place (by phone or online) with matching dates, soonest first: the map lists
 * them beside it. As `remoteActivities` (db/queries/remote.ts) answers in SQL.
 */
export function remoteActivitiesOf(ev: Evaluation): RemoteActivity[] {
	const out: RemoteActivity[] = [];
	ev.all.forEach((s) => {
		const e = ev.index.events[s]!;
		if (e.venueId !== null || ev.first[s] < 0) return;
		out.push({ eventId: e.id, title: e.title, remoteKind: e.remoteKind!, dates: ev.rowsPer[s], nextStartsAt: ev.index.startsAt[ev.first[s]] });
	});
	return out.sort((a, b) => a.nextStartsAt - b.nextStartsAt || compareBinary(a.title, b.title) || a.eventId - b.eventId);
}

export function mapVenues(ev: Evaluation): MapVenue[] {
	const byVenue = new Map<number, MapVenue & { titles: string[] }>();
	const slots: number[] = [];
	ev.all.forEach((s) => {
		if (ev.rowsPer[s] > 0) slots.push(s);
	});
	slots.sort((a, b) => ev.first[a] - ev.first[b]);
	for (const s of slots) {
		const e = ev.index.events[s]!;
		const v = e.venue;
		if (!v) continue;
		let entry = byVenue.get(v.id);
		if (!entry) {
			entry = { slug: v.slug, name: v.name, lat: v.lat, lng: v.lng, address: v.address, districtName: e.district?.name ?? '', kind: v.kind, count: 0, nextTitles: '', titles: [] };
			byVenue.set(v.id, entry);
		}
		entry.count += ev.rowsPer[s];
		if (!entry.titles.includes(e.title)) entry.titles.push(e.title);
	}
	return [...byVenue.entries()]
		.sort(([ia, a], [ib, b]) => compareBinary(a.name, b.name) || ia - ib)
		.map(([, { titles, ...v }]) => ({ ...v, nextTitles: titles.join(',') }));
}
