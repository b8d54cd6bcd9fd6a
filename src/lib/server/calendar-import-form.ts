import type { RequestEvent } from '@sveltejs/kit';
import { requireOrganisation } from './organisation-context';
import { staffActor, type Actor } from './commands/actor';
import { formValues } from '../domain/schemas';
import type { ProposedItem } from './import/plan';
import type { CalendarContext } from './calendar-import-pages';

/** Who acts on calendar sources: a member for their current organisation, or staff for any organisation. */
export function calendarActor(event: Pick<RequestEvent, 'locals' | 'url' | 'cookies'>, member: ReturnType<typeof requireOrganisation>): CalendarContext {
	const { user, organisation } = member;
	const base = '/forening/kalendrar';
	if (user.role === 'moderator' || user.role === 'admin') return { actor: staffActor(event), scope: null, organisationId: organisation.id, staff: true, base };
	return { actor: { kind: 'organiser', userId: user.id, organisationId: organisation.id }, scope: organisation.id, organisationId: organisation.id, staff: false, base };
}

/** Staff in their own area act for any organisation: the one named in `?forening=`, or the first active one. */
export function staffCalendarContext(actor: Actor & { kind: 'staff' }, url: URL, organisations: { id: number }[]): CalendarContext {
	const wanted = Number(url.searchParams.get('forening'));
	const organisationId = organisations.find((o) => o.id === wanted)?.id ?? organisations[0]?.id ?? 0;
	return { actor, scope: null, organisationId, staff: true, base: '/personal/kalendrar' };
}

export const SOURCE_FIELDS = ['organisationId', 'name', 'url', 'defaultVenueId', 'defaultCategoryId', 'onlyKnownVenues', 'includeKeyword', 'skipKeyword'];

/** The add form as typed, and the command input built from it. */
export function sourceFormInput(form: FormData, fallbackOrganisationId: number) {
	const values = formValues(form, SOURCE_FIELDS);
	const id = (v: string) => (/^\d+$/.test(v) ? Number(v) : null);
	const input = {
		organisationId: id(values.organisationId) ?? fallbackOrganisationId,
		name: values.name,
		url: values.url,
		defaultVenueId: id(values.defaultVenueId),
		defaultCategoryId: id(values.defaultCategoryId) ?? undefined,
		onlyKnownVenues: values.onlyKnownVenues === 'on',
		includeKeyword: values.includeKeyword,
		skipKeyword: values.skipKeyword
	};
	return { values, input };
}

/** What the preview shows of a planned date (plain data for the page). */
export function previewRow(i: ProposedItem) {
	return { key: `${i.uid}|${i.recurrenceKey}`, title: i.title, localDate: i.localDate, startTime: i.startTime, endTime: i.endTime, allDay: i.allDay, venueId: i.venueId, venueMatched: i.venueMatched, location: i.location.slice(0, 120), skip: i.skip };
}
