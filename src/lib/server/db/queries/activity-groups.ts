import type { Db } from '../index';
import type { ActivityFilters } from '../../../domain/filters';
import type { Schedule } from '../../../domain/recurrence';
import { BASE_FROM, ITEM_COLUMNS, PAGE_SIZE, buildWhere, toItem, type OccurrenceItem, type TextMatch } from './activities';

/** One activity (a one-off event or a whole series) with its next matching date and how many match. */
export type ActivityGroup = {
	eventId: number;
	title: string;
	schedule: Schedule;
	/** Matching dates of this activity. */
	dates: number;
	/** The query's words are all in the title (ranked first). */
	titleMatch: boolean;
	next: OccurrenceItem;
};

export type ActivityGroupPage = { total: number; page: number; pageCount: number; requestedPage: number; items: ActivityGroup[] };

/**
 * Activities with at least one date matching the filters, each once, ordered by their first
 * matching date (activities whose title has every searched word first). The search index returns
 * the same; this is its reference and its fallback for dates before the index starts.
 */
export function listActivityGroups(db: Db, f: ActivityFilters, now = new Date(), pageSize = PAGE_SIZE, match?: TextMatch): ActivityGroupPage {
	const { sql, params } = buildWhere(f, now, undefined, match);
	const c = db.$client;
	const total = (c.prepare(`SELECT count(DISTINCT e.id) AS n ${BASE_FROM} WHERE ${sql}`).get(...params) as { n: number }).n;
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(f.page, pageCount);
	const titled = JSON.stringify(match?.titleEventIds ?? []);
	const rows = c
		.prepare(
			`SELECT * FROM (
			   SELECT ${ITEM_COLUMNS}, r.schedule,
			          row_number() OVER (PARTITION BY e.id ORDER BY o.starts_at, o.id) AS rn,
			          count(*) OVER (PARTITION BY e.id) AS dates,
			          e.id IN (SELECT value FROM json_each(?)) AS titleMatch
			   ${BASE_FROM} JOIN categories c ON c.id = r.category_id WHERE ${sql}
			 ) AS matching WHERE rn = 1
			 ORDER BY titleMatch DESC, startsAt, title, occurrenceId LIMIT ? OFFSET ?`
		)
		.all(titled, ...params, pageSize, (page - 1) * pageSize) as (Record<string, unknown> & { schedule: string; dates: number; titleMatch: number })[];
	return {
		total,
		page,
		pageCount,
		requestedPage: f.page,
		items: rows.map(({ schedule, dates, titleMatch, rn: _rn, ...row }) => {
			const next = toItem(row);
			return { eventId: next.eventId, title: next.title, schedule: JSON.parse(schedule) as Schedule, dates, titleMatch: titleMatch === 1, next };
		})
	};
}
