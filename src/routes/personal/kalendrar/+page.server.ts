import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { staffActor } from '$lib/server/commands/actor';
import { activeOrganisationOptions } from '$lib/server/db/queries/calendar-sources';
import { staffCalendarContext } from '$lib/server/calendar-import-form';
import { loadSourceList } from '$lib/server/calendar-import-pages';

/** Staff see every organisation's calendars and act for any of them. */
export const load: PageServerLoad = (event) => loadSourceList(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())));
