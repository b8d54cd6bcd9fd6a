import type { PageServerLoad } from './$types';
import { readFilters, searchActivities } from '$lib/server/activity-search';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ url }) => {
	const { filters, vocab } = readFilters(new URL('/?nar=idag', url));
	const today = searchActivities({ ...filters, page: 1 });
	return { vocab, today: today.items.slice(0, 8), todayTotal: today.total, todayDate: todayInStockholm() };
};
