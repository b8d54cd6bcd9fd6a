import { feeds, type FeedMessages } from '../feeds';

const en: FeedMessages = {
	allActivities: 'All activities',
	search: 'Search',
	calendarName: (filterTitle: string) => `${filterTitle} – Träffpunkt Karlskoga`,
	calendarDescription: (period: string, cut: number | null) =>
		`Activities for older people in Karlskoga. Dates ${period}.` +
		(cut ? ` The feed holds at most ${cut.toLocaleString('en-GB')} dates: choose fewer districts or categories to see further ahead.` : '') +
		' Cancelled dates stay in the feed, marked as cancelled. Refreshed every six hours.',
	eventCalendarDescription: (title: string) => `${title}: every upcoming date and those of the last 30 days. Refreshed every six hours.`,
	period: (from: string, to: string) => `from ${from} up to and including ${to}`,
	rssTitle: (filterTitle: string) => `${filterTitle} – Träffpunkt Karlskoga`,
	rssDescription: (period: string, max: number) => `Upcoming activities for older people in Karlskoga, ${period} (at most ${max} dates).`,
	cancelledPrefix: 'CANCELLED: ',
	organiser: 'Organiser'
};

feeds.en = en;
