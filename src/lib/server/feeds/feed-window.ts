import type { OccurrenceItem } from '../db/queries/activities';
import { searchActivities } from '../activity-search';
import { addDays, todayInStockholm } from '../../domain/dates';
import { dateWindow } from '../../domain/filters';
import { activeFilters } from '../../active-filters';
import { formatDate } from '../../format';
import { feeds } from '../../i18n/messages/feeds';
import { cached } from '../cache';
import type { FeedQuery } from './query';

/** The calendar feed holds the next 90 days, at most 3,000 dates; RSS the next 14 days, at most 200. */
export const CALENDAR_DAYS = 90;
export const CALENDAR_MAX_DATES = 3_000;
export const RSS_DAYS = 14;
export const RSS_MAX_ITEMS = 200;
/** How often a subscribed calendar should fetch the feed again. */
export const REFRESH_SECONDS = 6 * 3600;

export type FeedWindow = { items: OccurrenceItem[]; from: string; to: string; cut: boolean };

/**
 * The dates a feed holds: the filters' own period, or `days` from today; when more than `max` dates
 * fall in it, the period ends on the last whole day that fits, and the feed says so (`cut`) instead
 * of silently stopping in the middle of a day.
 */
export function feedWindow(q: FeedQuery, days: number, max: number, now = new Date()): FeedWindow {
	const f = q.filters;
	const today = todayInStockholm(now);
	const filters = { ...f, page: 1, to: f.when ? f.to : (f.to ?? addDays(f.from ?? today, days - 1)) };
	const period = dateWindow(filters, today);
	const list = cached(`feed:${max}:${JSON.stringify(filters)}`, () => searchActivities(filters, now, max + 1));
	if (list.items.length <= max) return { items: list.items, from: period.from, to: period.to, cut: false };
	const partial = list.items[max].localDate;
	return { items: list.items.slice(0, max).filter((i) => i.localDate < partial), from: period.from, to: addDays(partial, -1), cut: true };
}

/** A feed's name after its filters, e.g. "Sanna — Motion och rörelse"; search text only when it is plain words. */
export function feedTitle(q: FeedQuery): string {
	const venueName = new Map(q.venues.map((v) => [v.slug, v.name]));
	const search = q.filters.q;
	const labels = activeFilters(q.filters, q.vocab, 'sv', '/')
		.map((c, i) => (i === 0 && search && c.label === search ? (/^[\p{L}\p{N} .-]{1,40}$/u.test(search) ? `”${search}”` : feeds.sv.search) : c.label))
		.map((label) => venueName.get(label) ?? label);
	return labels.length ? labels.join(' — ') : feeds.sv.allActivities;
}

const plainDate = (d: string) => formatDate(d, 'sv', true).split(' ').slice(1).join(' ');

export const feedPeriod = (w: { from: string; to: string }) => feeds.sv.period(plainDate(w.from), plainDate(w.to));
