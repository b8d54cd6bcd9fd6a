import type { Db } from '../db/index';
import * as t from '../db/schema';
import { createEvent, publishRevision, type RevisionContent } from '../commands/revisions';
import { addDays, todayInStockholm } from '../../domain/dates';
import type { DateRange, Schedule } from '../../domain/recurrence';
import { hashPassword } from '../auth/password';
import * as karlskoga from './demo-data';
import * as degerfors from './degerfors';
import type { SeedDistrict, SeedEvent, SeedOrganisation, SeedVenue } from './types';

export const DEMO_PASSWORD = 'traffpunkt-demo';
export const DEMO_ACCOUNTS = [
	{ email: 'forening@demo.invalid', name: 'Birgitta Lind', role: 'organiser' as const },
	{ email: 'personal@demo.invalid', name: 'Karin Ekström', role: 'moderator' as const },
	{ email: 'admin@demo.invalid', name: 'Lars Admin', role: 'admin' as const }
];

type Account = { email: string; name: string; role: 'organiser' | 'moderator' | 'admin' };

/** A demo municipality's data: Karlskoga (the demo) or Degerfors (a second one, README "Flera kommuner"). */
export type Dataset = {
	id: string;
	city: string;
	districts: SeedDistrict[];
	venues: SeedVenue[];
	organisations: SeedOrganisation[];
	events: SeedEvent[];
	accounts: Account[];
	/** Site settings that differ from the built-in (Karlskoga's) defaults. */
	settings?: { key: string; value: string }[];
};

export const DATASETS: Record<string, Dataset> = {
	karlskoga: { id: 'karlskoga', city: 'Karlskoga', ...karlskoga, accounts: DEMO_ACCOUNTS },
	degerfors: { id: 'degerfors', city: degerfors.city, districts: degerfors.districts, venues: degerfors.venues, organisations: degerfors.organisations, events: degerfors.events, accounts: degerfors.accounts, settings: degerfors.settings }
};

/** The demo data for a municipality id: the single municipality ('default') is Karlskoga; one without demo data gets none. */
export function demoDataset(tenantId: string): Dataset | undefined {
	return tenantId === 'default' ? DATASETS.karlskoga : DATASETS[tenantId];
}

export const demoAccounts = (dataset: Dataset) => dataset.accounts;

/** Small deterministic PRNG so that every demo database is the same. */
function prng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let x = Math.imul(s ^ (s >>> 15), 1 | s);
		x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
}

function seasonalBreaks(from: string, to: string): DateRange[] {
	const breaks: DateRange[] = [];
	for (let y = Number(from.slice(0, 4)) - 1; y <= Number(to.slice(0, 4)); y++) {
		breaks.push({ from: `${y}-06-20`, to: `${y}-08-09`, label: 'Sommaruppehåll' });
		breaks.push({ from: `${y}-12-21`, to: `${y + 1}-01-06`, label: 'Jul- och nyårsuppehåll' });
	}
	return breaks;
}

type Options = { scale?: number; now?: Date; log?: (line: string) => void; dataset?: Dataset };

export async function seedDatabase(db: Db, opts: Options = {}) {
	const scale = Math.max(1, Math.floor(opts.scale ?? 1));
	const now = opts.now ?? new Date();
	const today = todayInStockholm(now);
	const rand = prng(20261123);
	const log = opts.log ?? (() => {});
	const demo = opts.dataset ?? DATASETS.karlskoga;

	const districtIds = new Map<string, number>();
	for (const d of demo.districts) {
		const row = db.insert(t.districts).values(d).returning({ id: t.districts.id }).get();
		districtIds.set(d.slug, row.id);
	}
	for (const [i, c] of karlskoga.categories.entries())
		db.insert(t.categories).values({ ...c, sortOrder: i }).run();
	for (const [i, a] of karlskoga.audiences.entries())
		db.insert(t.audiences).values({ ...a, sortOrder: i }).run();
	db.insert(t.languages).values(karlskoga.languages).run();
	const categoryIds = new Map(db.select().from(t.categories).all().map((c) => [c.slug, c.id]));
	const audienceIds = new Map(db.select().from(t.audiences).all().map((a) => [a.slug, a.id]));

	const venueIds = new Map<string, number>();
	db.transaction(() => {
		for (let copy = 0; copy < scale; copy++) {
			for (const v of demo.venues) {
				const { openingHours, district, ...rest } = v;
				const suffix = copy ? `-${copy + 1}` : '';
				const row = db
					.insert(t.venues)
					.values({
						...rest,
						slug: v.slug + suffix,
						name: copy ? `${v.name} (${copy + 1})` : v.name,
						city: demo.city,
						lat: v.lat + (copy ? (rand() - 0.5) * 0.004 : 0),
						lng: v.lng + (copy ? (rand() - 0.5) * 0.008 : 0),
						districtId: districtIds.get(district)!
					})
					.returning({ id: t.venues.id })
					.get();
				venueIds.set(v.slug + suffix, row.id);
				for (const rule of openingHours ?? [])
					db.insert(t.openingHours).values({ ...rule, venueId: row.id }).run();
				if (openingHours?.length) {
					const y = Number(today.slice(0, 4));
					db.insert(t.openingDeviations)
						.values({
							venueId: row.id,
							fromDate: `${y}-12-24`,
							toDate: `${y + 1}-01-01`,
							closed: true,
							note: 'Stängt under jul och nyår'
						})
						.run();
				}
			}
		}
	});

	const orgIds = new Map<string, number>();
	for (let copy = 0; copy < scale; copy++) {
		for (const o of demo.organisations) {
			const suffix = copy ? `-${copy + 1}` : '';
			const row = db
				.insert(t.organisations)
				.values({
					...o,
					slug: o.slug + suffix,
					name: copy ? `${o.name} (${copy + 1})` : o.name,
					createdAt: now
				})
				.returning({ id: t.organisations.id })
				.get();
			orgIds.set(o.slug + suffix, row.id);
		}
	}

	const passwordHash = await hashPassword(DEMO_PASSWORD);
	for (const account of demo.accounts) {
		const user = db
			.insert(t.users)
			.values({ ...account, passwordHash, createdAt: now })
			.returning({ id: t.users.id })
			.get();
		if (account.role === 'organiser')
			db.insert(t.memberships)
				.values({ userId: user.id, organisationId: orgIds.get(demo.organisations[0].slug)! })
				.run();
	}

	// The demo has a year of history; benchmark data (scale > 1) three years, so that a year's report
	// has 100,000+ attendance rows at --scale 10 (three years of history).
	const historyStart = addDays(today, scale > 1 ? -1095 : -365);
	let eventCount = 0;
	for (let copy = 0; copy < scale; copy++) {
		const suffix = copy ? `-${copy + 1}` : '';
		for (const [i, e] of demo.events.entries()) {
			const content = toContent(e, suffix, today, historyStart, scale > 1 ? 0 : i, {
				categoryIds,
				audienceIds,
				venueIds
			});
			const pending = copy === 0 && i % 40 === 7;
			const { eventId, revisionId } = createEvent(db, orgIds.get(e.organisation + suffix)!, content, {
				status: pending ? 'pending' : 'draft',
				now
			});
			if (!pending) publishRevision(db, revisionId, { now, occurrencesFrom: historyStart });
			eventCount++;
			void eventId;
		}
	}
	seedHistory(db, now, rand);
	db.insert(t.settings)
		.values([
			{ key: 'demo', value: '1' },
			{ key: 'require_totp', value: '0' },
			...(demo.settings ?? [])
		])
		.run();
	log(`Seeded ${demo.districts.length} districts, ${venueIds.size} venues, ${orgIds.size} organisations, ${eventCount} events.`);
}

function toContent(
	e: SeedEvent,
	suffix: string,
	today: string,
	historyStart: string,
	index: number,
	ids: {
		categoryIds: Map<string, number>;
		audienceIds: Map<string, number>;
		venueIds: Map<string, number>;
	}
): RevisionContent {
	const { startOffsetDays, untilOffsetDays, seasonalBreaks: withBreaks, ...rule } = e.schedule;
	// Most series have run for a year, so that reports have twelve months of history.
	const longRunning = rule.kind !== 'once' && index % 3 !== 2;
	const startDate = longRunning ? historyStart : addDays(today, startOffsetDays);
	const until = untilOffsetDays === undefined ? null : addDays(today, untilOffsetDays);
	const schedule: Schedule = {
		...rule,
		startDate,
		until,
		exceptions: [],
		breaks: withBreaks ? seasonalBreaks(startDate, until ?? addDays(today, 365)) : []
	};
	return {
		title: e.title,
		summary: e.summary,
		titleFi: e.titleFi ?? null,
		summaryFi: e.summaryFi ?? null,
		description: e.description,
		easyRead: e.easyRead ?? null,
		categoryId: ids.categoryIds.get(e.category)!,
		venueId: e.venue ? ids.venueIds.get(e.venue + suffix)! : null,
		remoteKind: e.remoteKind ?? null,
		remoteDetails: e.remoteDetails ?? null,
		costKind: e.cost.kind,
		costAmount: e.cost.kind === 'paid' ? e.cost.amount : null,
		costNote: e.cost.kind === 'paid' ? (e.cost.note ?? null) : null,
		costUnit: e.cost.kind === 'paid' ? (e.cost.unit ?? null) : null,
		gatheringPlace: e.gatheringPlace ?? null,
		lunchServed: e.lunchServed ?? false,
		signupRequired: Boolean(e.signup),
		signupHow: e.signup?.how ?? null,
		signupOnline: e.signup?.online ?? false,
		capacity: e.signup?.capacity ?? null,
		accessibilityNotes: e.accessibilityNotes ?? null,
		contactName: e.contactName ?? null,
		contactPhone: e.contactPhone ?? null,
		contactEmail: e.contactEmail ?? null,
		schedule,
		audienceIds: e.audiences.map((a) => ids.audienceIds.get(a)!),
		languageCodes: e.languages
	};
}

/** Attendance counts for past dates and a few cancelled dates, like a year of real use. */
function seedHistory(db: Db, now: Date, rand: () => number) {
	const c = db.$client;
	const past = c
		.prepare('SELECT id FROM occurrences WHERE ends_at < ? ORDER BY id')
		.all(now.getTime()) as { id: number }[];
	const insert = c.prepare(
		`INSERT INTO attendance (occurrence_id, total, women, men, other_gender, age_under_65, age_65_74,
		 age_75_84, age_85_plus, first_time, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)`
	);
	const cancel = c.prepare("UPDATE occurrences SET cancelled = 1, cancel_note = ?, cancel_reason = 'organiser' WHERE id = ?");
	c.transaction(() => {
		for (const { id } of past) {
			const r = rand();
			if (r < 0.02) {
				cancel.run('Inställt på grund av sjukdom.', id);
				continue;
			}
			if (r > 0.88) continue;
			const total = 4 + Math.floor(rand() * 22);
			const women = Math.round(total * (0.55 + rand() * 0.2));
			const men = total - women;
			const a65 = Math.round(total * 0.35);
			const a75 = Math.round(total * 0.4);
			const a85 = Math.round(total * 0.15);
			const under = total - a65 - a75 - a85;
			const detailed = rand() < 0.6;
			insert.run(
				id,
				total,
				detailed ? women : null,
				detailed ? men : null,
				detailed ? 0 : null,
				detailed ? Math.max(0, under) : null,
				detailed ? a65 : null,
				detailed ? a75 : null,
				detailed ? a85 : null,
				detailed ? Math.floor(rand() * 3) : null,
				now.getTime()
			);
		}
		const future = c
			.prepare('SELECT id FROM occurrences WHERE starts_at > ? ORDER BY id')
			.all(now.getTime()) as { id: number }[];
		for (const { id } of future)
			if (rand() < 0.015) cancel.run('Inställt – ledaren är bortrest. Välkommen nästa gång!', id);
	})();
}
