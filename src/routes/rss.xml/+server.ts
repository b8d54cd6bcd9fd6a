import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { occurrenceFacts } from '$lib/server/db/queries/feed-facts';
import { renderRss } from '$lib/server/feeds/rss';
import { readFeedQuery } from '$lib/server/feeds/query';
import { feedBadRequest } from '$lib/server/feeds/api';
import { RSS_DAYS, RSS_MAX_ITEMS, feedPeriod, feedTitle, feedWindow } from '$lib/server/feeds/feed-window';
import { filtersToParams } from '$lib/domain/filters';
import { formatDate, formatTimeRange } from '$lib/format';
import { todayInStockholm } from '$lib/domain/dates';
import { feeds } from '$lib/i18n/messages/feeds';

// Feed readers show items days later, so titles carry the plain date, never "today" or "tomorrow".
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The list's filters as RSS: the next 14 days, at most 200 dates; pubDate is when each was published. */
export const GET: RequestHandler = ({ url }) => {
	const q = readFeedQuery(url, ['sida']);
	if (q.errors.length) return feedBadRequest(q.errors);
	const window = feedWindow(q, RSS_DAYS, RSS_MAX_ITEMS);
	const facts = occurrenceFacts(getDb(), window.items.map((i) => i.occurrenceId));
	const today = todayInStockholm();
	const t = feeds.sv;
	const query = filtersToParams(q.filters, { page: 1 }).toString();
	const body = renderRss(
		{
			title: t.rssTitle(feedTitle(q)),
			link: `${url.origin}/aktiviteter${query ? `?${query}` : ''}`,
			description: t.rssDescription(feedPeriod(window), RSS_MAX_ITEMS),
			self: url.href,
			ttlMinutes: 60
		},
		window.items.map((i) => ({
			guid: `occurrence-${i.occurrenceId}`,
			title: `${i.cancelled ? t.cancelledPrefix : ''}${i.title} – ${capitalise(formatDate(i.localDate, 'sv', i.localDate.slice(0, 4) !== today.slice(0, 4)))} ${formatTimeRange(i.startsAt, i.endsAt)}`,
			link: `${url.origin}/aktiviteter/${i.eventId}`,
			description: `${i.summary} ${i.venueName ?? ''}`.trim(),
			pubDate: new Date(facts.get(i.occurrenceId)?.publishedAt ?? i.startsAt)
		}))
	);
	return new Response(body, {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }
	});
};
