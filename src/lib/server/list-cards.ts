import type { OccurrenceItem } from './db/queries/activities';
import type { ActivityGroup } from './db/queries/activity-groups';
import type { Schedule } from '../domain/recurrence';

/**
 * What a list card shows, and no more. A page's data is written into the page a second time for
 * the browser (SvelteKit's hydration data), so a field the card does not read costs every request
 * twice: the summary, the venue's slug, and the breaks and excluded dates of a series stay out.
 */
export type ListItem = Omit<OccurrenceItem, 'summary' | 'venueSlug'>;
export type ListSchedule = Pick<Schedule, 'kind' | 'startDate' | 'startTime' | 'endTime' | 'weekdays' | 'interval' | 'weekParity' | 'nth' | 'weekday'>;
export type ListGroup = { eventId: number; title: string; schedule: ListSchedule; dates: number; next: Omit<ListItem, 'occurrenceId' | 'eventId' | 'title'> };

export function listItem(item: OccurrenceItem): ListItem {
	const { summary, venueSlug, ...card } = item;
	return card;
}

/** The fields `describeSchedule` reads, leaving out the ones that are not set. */
export function listSchedule(s: Schedule): ListSchedule {
	const out: ListSchedule = { kind: s.kind, startDate: s.startDate, startTime: s.startTime, endTime: s.endTime };
	if (s.weekdays !== undefined) out.weekdays = s.weekdays;
	if (s.interval !== undefined) out.interval = s.interval;
	if (s.weekParity !== undefined) out.weekParity = s.weekParity;
	if (s.nth !== undefined) out.nth = s.nth;
	if (s.weekday !== undefined) out.weekday = s.weekday;
	return out;
}

export function listGroup(g: ActivityGroup): ListGroup {
	const { summary, venueSlug, occurrenceId, eventId, title, ...next } = g.next;
	return { eventId: g.eventId, title: g.title, schedule: listSchedule(g.schedule), dates: g.dates, next };
}
