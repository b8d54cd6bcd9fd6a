import { Bitset } from './bitset';
import { WordIndex } from './text';
import { compareBinary } from './compare';
import type { SourceDates, SourceEvent, SourceTaxonomy, SourceVenue } from '../db/queries/index-source';
import type { ACCESS_CODES } from '../../domain/filters';
import type { FilterVocabulary } from '../db/queries/taxonomy';
import type { GeoJsonGeometry } from '../db/schema';
import type { CalendarFacts } from '../db/queries/feed-facts';

type Access = (typeof ACCESS_CODES)[number];
export type IndexedEvent = SourceEvent & {
	venue: SourceVenue | null;
	district: { slug: string; name: string } | null;
	category: { slug: string; nameSv: string; nameEn: string };
};

/** Time-of-day code of a start minute, as the list's facets count it: 0 fm, 1 em, 2 kväll. */
export const timeCode = (minute: number) => (minute < 720 ? 0 : minute < 1020 ? 1 : 2);

/**
 * The public dates from `fromDay` on, in list order (start, title, id), as parallel typed arrays,
 * and the public activities in slots with one bitset per facet value over the slots. Facet values
 * belong to activities (district, category, price, sign-up, access, language, audience), so their
 * bitsets are small and an activity's change flips only its own bits; weekday and time of day
 * belong to dates and are columns of the date arrays. Updated in place, one activity at a time.
 */
export class SearchIndex {
	readonly events: (IndexedEvent | undefined)[] = [];
	readonly slotOf = new Map<number, number>();
	readonly live = new Bitset();
	readonly byDistrict = new Map<string, Bitset>();
	readonly byCategory = new Map<string, Bitset>();
	readonly byLanguage = new Map<string, Bitset>();
	readonly byAudience = new Map<string, Bitset>();
	readonly byVenue = new Map<string, Bitset>();
	readonly free = new Bitset();
	readonly noSignup = new Bitset();
	readonly access: Record<Access, Bitset> = { rullstol: new Bitset(), horslinga: new Bitset(), toalett: new Bitset(), parkering: new Bitset() };
	readonly words = new WordIndex();
	/** Per slot: the district and category as small numbers (`districtKeys[code]` is the slug), for counting. */
	districtCode = new Int32Array(0);
	categoryCode = new Int32Array(0);
	readonly districtKeys: string[] = [];
	readonly categoryKeys: string[] = [];
	private codeOf = new Map<string, number>();
	/** Rank of each slot's title in binary (code point) order, for ties on the start time. */
	rank = new Int32Array(0);
	private rankOf = new Map<string, number>();
	private freeSlots: number[] = [];
	venues = new Map<number, SourceVenue>();
	/** District shapes for the map, in name order (GeoJSON as stored). */
	areas: { slug: string; name: string; geometry: GeoJsonGeometry }[] = [];
	/** The filter options with their names (forms, facet labels, unknown-value checks). */
	vocab: FilterVocabulary = { districts: [], categories: [], audiences: [], languages: [] };
	private districts = new Map<number, { slug: string; name: string }>();
	private categories = new Map<number, { slug: string; nameSv: string; nameEn: string }>();

	n = 0;
	occId = new Int32Array(0);
	slot = new Int32Array(0);
	startsAt = new Float64Array(0);
	endsAt = new Float64Array(0);
	day = new Int32Array(0);
	weekday = new Uint8Array(0);
	time = new Uint8Array(0);
	cancelled = new Uint8Array(0);
	/** Per date: SEQUENCE, and its own last change (ms, 0 if never), for feeds. */
	sequence = new Int32Array(0);
	dateUpdatedAt = new Float64Array(0);
	notes = new Map<number, string>();
	/** Bumped on every change; memoised answers compare against it. */
	version = 0;

	constructor(
		public fromDate: string,
		taxonomy: SourceTaxonomy,
		venues: SourceVenue[]
	) {
		this.setTaxonomy(taxonomy, venues);
	}

	get fromDay() {
		return Number(this.fromDate.replaceAll('-', ''));
	}

	get slotCount() {
		return this.events.length;
	}

	setTaxonomy(taxonomy: SourceTaxonomy, venues: SourceVenue[]) {
		this.districts = new Map(taxonomy.districts.map((d) => [d.id, { slug: d.slug, name: d.name }]));
		this.areas = taxonomy.districts.flatMap((d) => (d.boundary ? [{ slug: d.slug, name: d.name, geometry: JSON.parse(d.boundary) as GeoJsonGeometry }] : []));
		this.categories = new Map(taxonomy.categories.map((c) => [c.id, { slug: c.slug, nameSv: c.nameSv, nameEn: c.nameEn }]));
		this.setVenues(venues);
	}

	setVenues(venues: SourceVenue[]) {
		this.venues = new Map(venues.map((v) => [v.id, v]));
	}

	/**
	 * What a calendar entry says beyond the list's columns, as `calendarFacts` (db/queries/feed-facts.ts)
	 * reads it from SQL: undefined for a date the index does not hold.
	 */
	calendarFacts(occurrenceId: number): CalendarFacts | undefined {
		if (this.positionsAt !== this.version) {
			// Position by occurrence id, one slot per id: rebuilt after a change in about a millisecond per 100,000 dates.
			let max = 0;
			for (let i = 0; i < this.n; i++) if (this.occId[i] > max) max = this.occId[i];
			this.positions = new Int32Array(max + 1).fill(-1);
			for (let i = 0; i < this.n; i++) this.positions[this.occId[i]] = i;
			this.positionsAt = this.version;
		}
		const i = occurrenceId >= 0 && occurrenceId < this.positions.length ? this.positions[occurrenceId] : -1;
		if (i < 0) return undefined;
		const e = this.events[this.slot[i]]!;
		const v = e.venue;
		return {
			sequence: this.sequence[i],
			modifiedAt: Math.max(this.dateUpdatedAt[i], e.changedAt) || e.updatedAt,
			venue: v && { address: v.address, postcode: v.postcode, city: v.city, lat: v.lat, lng: v.lng }
		};
	}

	private positions = new Int32Array(0);
	private positionsAt = -1;

	/** Ids of the indexed activities held at these venues. */
	eventsAtVenues(venueIds: Set<number>) {
		return this.events.flatMap((e) => (e && e.venueId !== null && venueIds.has(e.venueId) ? [e.id] : []));
	}

	/** Forgets the dates before `fromDate` (as days pass), keeping the order. */
	trimBefore(fromDate: string) {
		if (fromDate <= this.fromDate) return;
		const day = Number(fromDate.replaceAll('-', ''));
		let cut = 0;
		while (cut < this.n && this.day[cut] < day) this.notes.delete(this.occId[cut++]);
		for (const key of DATE_COLUMNS)
			(this as Record<typeof key, Int32Array | Float64Array | Uint8Array>)[key] = this[key].slice(cut, this.n);
		this.n -= cut;
		this.fromDate = fromDate;
		this.version++;
	}

	/**
	 * Replaces the activities with these ids by `fresh` (those not in it are no longer public) and
	 * their dates by `dates`. An activity keeps its slot, and its words when its text is unchanged.
	 */
	update(ids: Iterable<number>, fresh: SourceEvent[], dates: SourceDates) {
		const freshIds = new Set(fresh.map((e) => e.id));
		const changedSlots = new Set<number>();
		const freed: number[] = [];
		for (const id of ids) {
			const slot = this.slotOf.get(id);
			if (slot === undefined) continue;
			changedSlots.add(slot);
			this.unindex(slot);
			if (freshIds.has(id)) continue;
			this.words.remove(slot);
			this.slotOf.delete(id);
			freed.push(slot);
		}
		let newTitle = false;
		for (const e of fresh) {
			let slot = this.slotOf.get(e.id);
			if (slot === undefined) {
				slot = this.freeSlots.pop() ?? this.events.length;
				this.slotOf.set(e.id, slot);
			}
			this.index(slot, e);
			const rank = this.rankOf.get(e.title);
			if (rank === undefined || slot >= this.rank.length) newTitle = true;
			else this.rank[slot] = rank;
		}
		this.freeSlots.push(...freed);
		if (newTitle) this.rerank();
		this.mergeDates(changedSlots, dates);
		this.version++;
	}

	private index(slot: number, e: SourceEvent) {
		const venue = e.venueId === null ? null : (this.venues.get(e.venueId) ?? null);
		const district = venue ? (this.districts.get(venue.districtId) ?? null) : null;
		const category = this.categories.get(e.categoryId) ?? { slug: '', nameSv: '', nameEn: '' };
		const ev: IndexedEvent = { ...e, venue, district, category };
		this.events[slot] = ev;
		if (slot >= this.districtCode.length) {
			const grown = (a: Int32Array) => copyInto(a, Math.max(64, slot * 2));
			this.districtCode = grown(this.districtCode);
			this.categoryCode = grown(this.categoryCode);
		}
		this.districtCode[slot] = district ? this.code(this.districtKeys, `d:${district.slug}`, district.slug) : -1;
		this.categoryCode[slot] = this.code(this.categoryKeys, `c:${category.slug}`, category.slug);
		this.live.add(slot);
		if (district) member(this.byDistrict, district.slug).add(slot);
		if (venue) member(this.byVenue, venue.slug).add(slot);
		member(this.byCategory, category.slug).add(slot);
		for (const l of e.languages) member(this.byLanguage, l).add(slot);
		for (const a of e.audiences) member(this.byAudience, a).add(slot);
		if (e.free) this.free.add(slot);
		if (!e.signupRequired) this.noSignup.add(slot);
		if (venue?.stepFree) this.access.rullstol.add(slot);
		if (venue?.hearingLoop) this.access.horslinga.add(slot);
		if (venue?.toilet) this.access.toalett.add(slot);
		if (venue?.parking) this.access.parkering.add(slot);
		this.words.set(slot, {
			title: e.title,
			other: [e.summary, e.description, e.organisationName, venue ? `${venue.name} ${venue.address}` : '']
		});
	}

	private code(keys: string[], key: string, value: string) {
		let code = this.codeOf.get(key);
		if (code === undefined) {
			code = keys.push(value) - 1;
			this.codeOf.set(key, code);
		}
		return code;
	}

	private unindex(slot: number) {
		const ev = this.events[slot];
		if (!ev) return;
		this.live.delete(slot);
		if (ev.district) this.byDistrict.get(ev.district.slug)?.delete(slot);
		if (ev.venue) this.byVenue.get(ev.venue.slug)?.delete(slot);
		this.byCategory.get(ev.category.slug)?.delete(slot);
		for (const l of ev.languages) this.byLanguage.get(l)?.delete(slot);
		for (const a of ev.audiences) this.byAudience.get(a)?.delete(slot);
		for (const set of [this.free, this.noSignup, ...Object.values(this.access)]) set.delete(slot);
		this.events[slot] = undefined;
	}

	private rerank() {
		const titles = [...new Set(this.events.flatMap((e) => (e ? [e.title] : [])))].sort(compareBinary);
		this.rankOf = new Map(titles.map((t, i) => [t, i]));
		this.rank = new Int32Array(Math.max(16, this.events.length * 2));
		this.events.forEach((e, slot) => {
			if (e) this.rank[slot] = this.rankOf.get(e.title)!;
		});
	}

	private before(aStart: number, aRank: number, aId: number, i: number) {
		const bStart = this.startsAt[i];
		if (aStart !== bStart) return aStart < bStart;
		const bRank = this.rank[this.slot[i]];
		return aRank !== bRank ? aRank < bRank : aId < this.occId[i];
	}

	/** Drops the dates of `removed` slots, adds `dates` of public activities, keeps the list order. */
	private mergeDates(removed: Set<number>, dates: SourceDates) {
		const incoming: number[] = [];
		const slotOfRow = new Int32Array(dates.id.length);
		for (let k = 0; k < dates.id.length; k++) {
			const slot = this.slotOf.get(dates.eventId[k]);
			if (slot === undefined) continue;
			slotOfRow[k] = slot;
			incoming.push(k);
		}
		const slotIn = (k: number) => slotOfRow[k];
		const { startsAt, id } = dates;
		const rank = this.rank;
		incoming.sort((a, b) => startsAt[a] - startsAt[b] || rank[slotOfRow[a]] - rank[slotOfRow[b]] || id[a] - id[b]);
		const gone = new Uint8Array(this.events.length + 1);
		for (const s of removed) gone[s] = 1;
		let kept = 0;
		for (let i = 0; i < this.n; i++) {
			if (!gone[this.slot[i]]) kept++;
			else this.notes.delete(this.occId[i]);
		}
		const size = kept + incoming.length;
		const next = {
			occId: new Int32Array(size),
			slot: new Int32Array(size),
			startsAt: new Float64Array(size),
			endsAt: new Float64Array(size),
			day: new Int32Array(size),
			weekday: new Uint8Array(size),
			time: new Uint8Array(size),
			cancelled: new Uint8Array(size),
			sequence: new Int32Array(size),
			dateUpdatedAt: new Float64Array(size)
		};
		let i = 0;
		let j = 0;
		for (let out = 0; out < size; out++) {
			while (i < this.n && gone[this.slot[i]]) i++;
			const k = incoming[j];
			const takeNew =
				j < incoming.length && (i >= this.n || this.before(dates.startsAt[k], this.rank[slotIn(k)], dates.id[k], i));
			if (takeNew) {
				next.occId[out] = dates.id[k];
				next.slot[out] = slotIn(k);
				next.startsAt[out] = dates.startsAt[k];
				next.endsAt[out] = dates.endsAt[k];
				next.day[out] = dates.day[k];
				next.weekday[out] = dates.weekday[k];
				next.time[out] = timeCode(dates.startMinute[k]);
				next.cancelled[out] = dates.cancelled[k];
				next.sequence[out] = dates.sequence[k];
				next.dateUpdatedAt[out] = dates.updatedAt[k];
				const note = dates.notes.get(dates.id[k]);
				if (note !== undefined) this.notes.set(dates.id[k], note);
				j++;
			} else {
				next.occId[out] = this.occId[i];
				next.slot[out] = this.slot[i];
				next.startsAt[out] = this.startsAt[i];
				next.endsAt[out] = this.endsAt[i];
				next.day[out] = this.day[i];
				next.weekday[out] = this.weekday[i];
				next.time[out] = this.time[i];
				next.cancelled[out] = this.cancelled[i];
				next.sequence[out] = this.sequence[i];
				next.dateUpdatedAt[out] = this.dateUpdatedAt[i];
				i++;
			}
		}
		Object.assign(this, next, { n: size });
	}
}

const DATE_COLUMNS = ['occId', 'slot', 'startsAt', 'endsAt', 'day', 'weekday', 'time', 'cancelled', 'sequence', 'dateUpdatedAt'] as const;

function copyInto(a: Int32Array, size: number) {
	const out = new Int32Array(size).fill(-1);
	out.set(a);
	return out;
}

function member(map: Map<string, Bitset>, key: string) {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Bitset()));
	return set;
}
