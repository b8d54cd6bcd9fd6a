import Holidays from 'date-holidays';
import type { HolidayLookup } from '../domain/recurrence';

/**
 * Swedish public holidays, plus Christmas Eve, Midsummer Eve and New Year's Eve (not law, but
 * days when meeting points and associations are closed). Computed by date-holidays, per year, cached.
 */
const calendar = new Holidays('SE', { languages: ['sv'] });
const years = new Map<number, Map<string, string>>();

function holidaysOf(year: number) {
	let map = years.get(year);
	if (!map) {
		map = new Map();
		for (const h of calendar.getHolidays(year, 'sv'))
			if (h.type === 'public' || h.type === 'bank') map.set(h.date.slice(0, 10), h.name.charAt(0).toUpperCase() + h.name.slice(1));
		years.set(year, map);
	}
	return map;
}

export const swedishHoliday: HolidayLookup = (date) => holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
