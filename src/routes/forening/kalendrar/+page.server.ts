import type { PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { calendarActor } from '$lib/server/calendar-import-form';
import { loadSourceList } from '$lib/server/calendar-import-pages';

export const load: PageServerLoad = (event) => loadSourceList(calendarActor(event, requireOrganisation(event)));
