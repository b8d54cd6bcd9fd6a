import type { Bitset } from './bitset';
import type { Evaluation } from './query';
import type { IndexedEvent, SearchIndex } from './index';
import { compareBinary } from './compare';
import { DAY_CODES, TIME_CODES, type ActivityFilters } from '../../domain/filters';
import type { Schedule } from '../../domain/recurrence';
import type { FacetCounts, MapVenue, OccurrenceItem } from '../db/queries/activities';
import type { ActivityGroup, ActivityGroupPage } from '../db/queries/activity-groups';

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

export function datePage(ev: Evaluation, f: ActivityFilters, pageSize: number) {
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

export function facetCounts(ev: Evaluation, unit: 'dates' | 'activities'): FacetCounts {
	const { index, rowsPer } = ev;
	const weight = unit === 'dates' ? (s: number) => rowsPer[s] : (s: number) => (rowsPer[s] > 0 ? 1 : 0);
	const count = (mask: Bitset, keys: (e: IndexedEvent) => string | string[] | null) => {
		const out: Record<string, number> = {};
		mask.forEach((s) => {
			const n = weight(s);
			if (!n) return;
			const k = keys(index.events[s]!);
			if (k === null) return;
			for (const key of typeof k === 'string' ? [k] : k) out[key] = (out[key] ?? 0) + n;
		});
		return out;
	};
	const access = { rullstol: 0, horslinga: 0, toalett: 0, parkering: 0 };
	ev.all.forEach((s) => {
		const n = weight(s);
		const v = index.events[s]!.venue;
		if (!n || !v) return;
		if (v.stepFree) access.rullstol += n;
		if (v.hearingLoop) access.horslinga += n;
		if (v.toilet) access.toalett += n;
		if (v.parking) access.parkering += n;
	});
	const byDay: Record<string, number> = {};
	const byTime: Record<string, number> = {};
	if (unit === 'dates') {
		for (let wd = 1; wd <= 7; wd++) if (ev.dayCount[wd]) byDay[DAY_CODES[wd - 1]] = ev.dayCount[wd];
		for (let t = 0; t < 3; t++) if (ev.timeCount[t]) byTime[TIME_CODES[t]] = ev.timeCount[t];
	} else {
		ev.all.forEach((s) => {
			for (let wd = 1; wd <= 7; wd++) if (ev.days[s] & (1 << wd)) byDay[DAY_CODES[wd - 1]] = (byDay[DAY_CODES[wd - 1]] ?? 0) + 1;
			for (let t = 0; t < 3; t++) if (ev.times[s] & (1 << t)) byTime[TIME_CODES[t]] = (byTime[TIME_CODES[t]] ?? 0) + 1;
		});
	}
	const w = ev.without;
	return {
		districts: count(w.districts ?? ev.all, (e) => e.district?.slug ?? null),
		categories: count(w.categories ?? ev.all, (e) => e.category.slug),
		days: byDay,
		times: byTime,
		free: count(w.free ?? ev.all, (e) => (e.free ? 'ja' : null)),
		noSignup: count(w.noSignup ?? ev.all, (e) => (e.signupRequired ? null : 'ja')),
		access,
		languages: count(w.languages ?? ev.all, (e) => e.languages),
		audiences: count(w.audiences ?? ev.all, (e) => e.audiences)
	};
}

/** Venues with matching dates, by name, each with its count and its titles in date order. */
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
