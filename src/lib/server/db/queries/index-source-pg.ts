import type { SourceDates, SourceEvent, SourceTaxonomy, SourceVenue } from './index-source';

/**
 * What the search index reads, from PostgreSQL: the same shapes, values and order as
 * `index-source.ts` reads from SQLite (tests/integration/postgres.test.ts compares them on the
 * copied demo, and the index's answers built from each). Instants are `bigint` there and arrive as
 * strings; booleans arrive as booleans; names are ordered byte-wise (`COLLATE "C"`), as SQLite does.
 */
type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

const ms = (v: unknown) => (v === null ? 0 : Number(v));

/** The activity's change time as feeds compute it (EVENT_CHANGED_AT in feed-facts.ts), with GREATEST for max. */
const EVENT_CHANGED_AT_PG = `GREATEST(coalesce(r.decided_at, 0), coalesce(v.updated_at, 0), CASE WHEN e.status = 'cancelled' THEN e.updated_at ELSE 0 END)`;

export async function loadPublicEventsPg(pg: Queryable, ids?: number[]): Promise<SourceEvent[]> {
	const only = ids ? 'AND e.id = ANY($1::int[])' : '';
	const { rows } = await pg.query(
		`SELECT e.id, r.id AS "revisionId", r.title, r.summary, r.description || ' ' || coalesce(r.easy_read, '') AS description,
		        r.category_id AS "categoryId", r.venue_id AS "venueId", r.remote_kind AS "remoteKind",
		        r.cost_kind = 'free' AS free, r.cost_amount AS "costAmount", r.signup_required AS "signupRequired",
		        org.name AS "organisationName", r.schedule, ${EVENT_CHANGED_AT_PG} AS "changedAt", e.updated_at AS "updatedAt"
		 FROM events e
		 JOIN event_revisions r ON r.id = e.published_revision_id
		 JOIN organisations org ON org.id = e.organisation_id
		 LEFT JOIN venues v ON v.id = r.venue_id
		 WHERE e.status IN ('published', 'cancelled') ${only}
		 ORDER BY e.id`,
		ids ? [ids] : []
	);
	const revisions = rows.map((r) => r.revisionId as number);
	const grouped = async (sql: string) => {
		const out = new Map<number, string[]>();
		for (const { k, v } of (await pg.query(sql, [revisions])).rows as { k: number; v: string }[]) {
			const list = out.get(k);
			if (list) list.push(v);
			else out.set(k, [v]);
		}
		return out;
	};
	const languages = await grouped(`SELECT revision_id AS k, language_code AS v FROM revision_languages WHERE revision_id = ANY($1::int[]) ORDER BY revision_id, language_code COLLATE "C"`);
	const audiences = await grouped(
		`SELECT ra.revision_id AS k, a.slug AS v FROM revision_audiences ra JOIN audiences a ON a.id = ra.audience_id
		 WHERE ra.revision_id = ANY($1::int[]) ORDER BY ra.revision_id, a.slug COLLATE "C"`
	);
	return rows.map((r) => ({
		id: r.id as number,
		title: r.title as string,
		summary: r.summary as string,
		description: r.description as string,
		categoryId: r.categoryId as number,
		venueId: r.venueId as number | null,
		remoteKind: r.remoteKind as SourceEvent['remoteKind'],
		free: r.free === true,
		costAmount: r.costAmount as number | null,
		signupRequired: r.signupRequired === true,
		organisationName: r.organisationName as string,
		// jsonb comes back parsed; the index keeps the text SQLite stores.
		schedule: typeof r.schedule === 'string' ? r.schedule : JSON.stringify(r.schedule),
		languages: languages.get(r.revisionId as number) ?? [],
		audiences: audiences.get(r.revisionId as number) ?? [],
		changedAt: ms(r.changedAt),
		updatedAt: ms(r.updatedAt)
	}));
}

export async function loadVenuesPg(pg: Queryable): Promise<SourceVenue[]> {
	const { rows } = await pg.query(
		`SELECT id, slug, name, address, postcode, city, lat, lng, kind, district_id AS "districtId", step_free AS "stepFree",
		        hearing_loop AS "hearingLoop", accessible_toilet AS toilet, parking FROM venues ORDER BY id`
	);
	return rows.map((v) => ({ ...(v as Omit<SourceVenue, never>), stepFree: v.stepFree === true, hearingLoop: v.hearingLoop === true, toilet: v.toilet === true, parking: v.parking === true }));
}

export async function loadTaxonomyPg(pg: Queryable): Promise<SourceTaxonomy> {
	const districts = (await pg.query('SELECT id, slug, name, boundary FROM districts ORDER BY name COLLATE "C"')).rows.map((d) => ({
		...(d as SourceTaxonomy['districts'][number]),
		boundary: d.boundary === null ? null : typeof d.boundary === 'string' ? d.boundary : JSON.stringify(d.boundary)
	}));
	const categories = (await pg.query('SELECT id, slug, name_sv AS "nameSv", name_en AS "nameEn" FROM categories ORDER BY id')).rows as SourceTaxonomy['categories'];
	return { districts, categories };
}

/** Dates from `fromDate` (yyyy-mm-dd) on, of every event or of those in `eventIds`, in list-loading order. */
export async function loadDatesPg(pg: Queryable, fromDate: string, eventIds?: number[]): Promise<SourceDates> {
	const only = eventIds ? 'AND event_id = ANY($2::int[])' : '';
	const { rows } = await pg.query(
		`SELECT id, event_id AS "eventId", starts_at AS "startsAt", ends_at AS "endsAt", replace(local_date, '-', '')::int AS day, weekday,
		        start_minute AS "startMinute", cancelled, cancel_note AS "cancelNote", sequence, coalesce(updated_at, 0) AS "updatedAt"
		 FROM occurrences WHERE local_date >= $1 ${only} ORDER BY local_date COLLATE "C", starts_at, id`,
		eventIds ? [fromDate, eventIds] : [fromDate]
	);
	const out: SourceDates = { id: [], eventId: [], startsAt: [], endsAt: [], day: [], weekday: [], startMinute: [], cancelled: [], sequence: [], updatedAt: [], notes: new Map() };
	for (const r of rows) {
		out.id.push(r.id as number);
		out.eventId.push(r.eventId as number);
		out.startsAt.push(ms(r.startsAt));
		out.endsAt.push(ms(r.endsAt));
		out.day.push(r.day as number);
		out.weekday.push(r.weekday as number);
		out.startMinute.push(r.startMinute as number);
		out.cancelled.push(r.cancelled ? 1 : 0);
		out.sequence.push(r.sequence as number);
		out.updatedAt.push(ms(r.updatedAt));
		if (r.cancelNote !== null) out.notes.set(r.id as number, r.cancelNote as string);
	}
	return out;
}
