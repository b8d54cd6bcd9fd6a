import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { sheetMonth } from '$lib/server/attendance-form';
import { dropinMonth, meetingPoints } from '$lib/server/db/queries/attendance';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { saveDropinSheet } from '$lib/server/commands/attendance';
import { getOpeningHours } from '$lib/server/db/queries/places';
import { isOpenOn } from '$lib/domain/opening';
import { addDays, todayInStockholm } from '$lib/domain/dates';

/** Opening days of the month up to today, with the visits already recorded. */
function openingDays(venueId: number, from: string, to: string) {
	const db = getDb();
	const today = todayInStockholm();
	const { rules, deviations } = getOpeningHours(db, venueId, '0000-01-01');
	const visits = new Map(dropinMonth(db, venueId, from, to).map((v) => [v.date, v.visits]));
	const days: { date: string; visits: number | null }[] = [];
	for (let d = from; d <= to && d <= today; d = addDays(d, 1)) if (isOpenOn(d, rules, deviations) || visits.has(d)) days.push({ date: d, visits: visits.get(d) ?? null });
	return days;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const points = meetingPoints(getDb());
	const venue = points.find((p) => p.slug === event.url.searchParams.get('plats')) ?? points[0];
	const month = sheetMonth(event.url);
	return { points, venue, ...month, days: venue ? openingDays(venue.id, month.period.from, month.period.to) : [] };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = staffActor(event);
		const form = await event.request.formData();
		const venue = meetingPoints(getDb()).find((p) => p.slug === form.get('plats'));
		if (!venue) return fail(400, { values: {} as Record<string, string>, errors: { form: 'Välj en träffpunkt.' } as Record<string, string> });
		const month = sheetMonth(event.url);
		const days = openingDays(venue.id, month.period.from, month.period.to).map((d) => ({ date: d.date, raw: String(form.get(`v-${d.date}`) ?? '') }));
		const values = Object.fromEntries(days.map((d) => [`v-${d.date}`, d.raw]));
		const { failure } = await runForm(saveDropinSheet, actor, { venueId: venue.id, days }, { values });
		return failure ?? { saved: true };
	}
};
