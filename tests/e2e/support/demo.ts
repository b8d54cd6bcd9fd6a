/**
 * Facts the demo seed (src/lib/server/seed/demo-data.ts) always provides, whatever today's date is.
 * Only slugs and names: the number of dates behind them depends on the day the tests run.
 */
export const DEMO = {
	district: { slug: 'centrum', name: 'Centrum' },
	/** A municipal meeting point (kind 'meeting_point', with opening hours). */
	meetingPoint: { slug: 'traffpunkt-centrum-kulturhuset' },
	category: { slug: 'motion', name: 'Motion och rörelse' },
	districtCount: 12
} as const;

/** Swedish weekday names as the list headings and filter labels show them, Monday first. */
export const WEEKDAYS_SV = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
export const DAY_CODES = ['man', 'tis', 'ons', 'tor', 'fre', 'lor', 'son'] as const;
