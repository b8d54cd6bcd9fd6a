import type { RequestHandler } from './$types';
import { readFilters, searchActivities } from '$lib/server/activity-search';
import { renderRss } from '$lib/server/feeds/rss';
import { formatDate, formatTimeRange } from '$lib/format';
import { todayInStockholm } from '$lib/domain/dates';

// Feed readers show items days later, so titles carry the plain date, never "today" or "tomorrow".
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const GET: RequestHandler = ({ url }) => {
	const { filters } = readFilters(url);
	const list = searchActivities({ ...filters, page: 1 });
	const today = todayInStockholm();
	const body = renderRss(
		{ title: 'Träffpunkt Karlskoga – aktiviteter', link: `${url.origin}/aktiviteter${url.search}`, description: 'Kommande aktiviteter för äldre i Karlskoga' },
		list.items.map((i) => ({
			guid: `occurrence-${i.occurrenceId}`,
			title: `${i.cancelled ? 'INSTÄLLT: ' : ''}${i.title} – ${capitalise(formatDate(i.localDate, 'sv', i.localDate.slice(0, 4) !== today.slice(0, 4)))} ${formatTimeRange(i.startsAt, i.endsAt)}`,
			link: `${url.origin}/aktiviteter/${i.eventId}`,
			description: `${i.summary} ${i.venueName ?? ''}`.trim(),
			pubDate: new Date(i.startsAt)
		}))
	);
	return new Response(body, {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }
	});
};
