import type { Db } from '../index';
import type { Counts } from '../../../domain/attendance';
import type { ReportRow } from '../../../domain/reporting';

export type SheetRow = {
	occurrenceId: number;
	eventId: number;
	title: string;
	venueId: number | null;
	venue: string | null;
	localDate: string;
	startsAt: number;
	cancelled: boolean;
	counts: Counts | null;
};

/** Past dates of an organisation's events (or all, for staff) between two Stockholm dates. */
export function attendanceSheet(db: Db, organisationId: number | null, from: string, to: string, now = new Date()): SheetRow[] {
	const rows = db.$client
		.prepare(
			`SELECT o.id AS occurrenceId, e.id AS eventId, r.title, v.id AS venueId, v.name AS venue, o.local_date AS localDate, o.starts_at AS startsAt, o.cancelled,
			 a.total, a.women, a.men, a.other_gender AS otherGender, a.age_under_65 AS ageUnder65, a.age_65_74 AS age65To74,
			 a.age_75_84 AS age75To84, a.age_85_plus AS age85Plus, a.first_time AS firstTime, a.occurrence_id AS hasRow
			 FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id
			 LEFT JOIN venues v ON v.id = r.venue_id LEFT JOIN attendance a ON a.occurrence_id = o.id
			 WHERE o.local_date BETWEEN ? AND ? AND o.starts_at < ? ${organisationId === null ? '' : 'AND e.organisation_id = ?'}
			 ORDER BY o.starts_at, r.title LIMIT 2000`
		)
		.all(...[from, to, now.getTime(), ...(organisationId === null ? [] : [organisationId])]) as Record<string, number | string | null>[];
	return rows.map((r) => ({
		occurrenceId: r.occurrenceId as number,
		eventId: r.eventId as number,
		title: r.title as string,
		venueId: r.venueId as number | null,
		venue: r.venue as string | null,
		localDate: r.localDate as string,
		startsAt: r.startsAt as number,
		cancelled: r.cancelled === 1,
		counts: r.hasRow === null ? null : ({
			total: r.total, women: r.women, men: r.men, otherGender: r.otherGender, ageUnder65: r.ageUnder65,
			age65To74: r.age65To74, age75To84: r.age75To84, age85Plus: r.age85Plus, firstTime: r.firstTime
		} as Counts)
	}));
}

/** Whether the occurrence is past and (for an organiser) belongs to one of the organisation's events. */
export function canRecordAttendance(db: Db, organisationId: number | null, occurrenceId: number, now = new Date()): boolean {
	const row = db.$client
		.prepare(`SELECT e.organisation_id AS org, o.starts_at AS startsAt FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = ?`)
		.get(occurrenceId) as { org: number; startsAt: number } | undefined;
	return Boolean(row && row.startsAt < now.getTime() && (organisationId === null || row.org === organisationId));
}

/** Compact rows for reports: one per date in the period (Stockholm dates, inclusive). */
export function reportRows(db: Db, from: string, to: string): ReportRow[] {
	const c = db.$client;
	// Names are looked up once per event and kept in maps, so the scan itself is a plain range read.
	const events = new Map<number, { district: string | null; category: string; organisation: string; venue: string | null; audiences: string[] }>();
	const meta = c.prepare(
		`SELECT e.id, d.name AS district, c.name_sv AS category, org.name AS organisation, v.name AS venue,
		 (SELECT group_concat(au.name_sv, '|') FROM revision_audiences ra JOIN audiences au ON au.id = ra.audience_id WHERE ra.revision_id = r.id) AS audiences
		 FROM events e JOIN event_revisions r ON r.id = e.published_revision_id JOIN categories c ON c.id = r.category_id
		 JOIN organisations org ON org.id = e.organisation_id LEFT JOIN venues v ON v.id = r.venue_id LEFT JOIN districts d ON d.id = v.district_id`
	);
	for (const m of meta.all() as { id: number; district: string | null; category: string; organisation: string; venue: string | null; audiences: string | null }[])
		events.set(m.id, { district: m.district, category: m.category, organisation: m.organisation, venue: m.venue, audiences: m.audiences ? m.audiences.split('|') : [] });
	const rows = c
		.prepare(
			`SELECT o.local_date, o.event_id, o.cancelled, a.total FROM occurrences o
			 LEFT JOIN attendance a ON a.occurrence_id = o.id WHERE o.local_date BETWEEN ? AND ?`
		)
		.raw()
		.all(from, to) as [string, number, number, number | null][];
	const out: ReportRow[] = [];
	for (const [localDate, eventId, cancelled, total] of rows) {
		const e = events.get(eventId);
		if (!e) continue;
		out.push({ localDate, eventId, cancelled: cancelled === 1, total, ...e });
	}
	return out;
}

export function meetingPoints(db: Db) {
	return db.$client.prepare(`SELECT id, slug, name FROM venues WHERE kind = 'meeting_point' AND status = 'approved' ORDER BY name`).all() as { id: number; slug: string; name: string }[];
}

export function dropinMonth(db: Db, venueId: number, from: string, to: string) {
	return db.$client
		.prepare('SELECT date, visits FROM dropin_visits WHERE venue_id = ? AND date BETWEEN ? AND ?')
		.all(venueId, from, to) as { date: string; visits: number }[];
}
