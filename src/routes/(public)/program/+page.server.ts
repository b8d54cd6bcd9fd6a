import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { fiTitlesFor, searchActivities } from '$lib/server/activity-search';
import { listDistricts, listVenues } from '$lib/server/db/queries/places';
import { emptyFilters } from '$lib/domain/filters';
import { addDays, formatIsoWeek, isoWeek, mondayOfIsoWeek, readWeek, todayInStockholm } from '$lib/domain/dates';
import { cached } from '$lib/server/cache';
import { closuresBetween, programmeExtras, programmeVenues } from '$lib/server/db/queries/programme';
import { qrSvg } from '$lib/server/qr';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = getDb();
	const today = todayInStockholm();
	const weekParam = url.searchParams.get('vecka');
	const parsed = weekParam ? readWeek(weekParam.slice(0, 40), today) : null;
	const week = parsed ?? isoWeek(today);
	const monday = mondayOfIsoWeek(week.year, week.week);
	const districts = cached('districts', () => listDistricts(db));
	const venues = cached('venues', () => listVenues(db));
	const districtSlug = url.searchParams.get('stadsdel') || null;
	const venueSlug = url.searchParams.get('plats') || null;
	const district = districtSlug ? districts.find((d) => d.slug === districtSlug) : undefined;
	const venue = venueSlug ? venues.find((v) => v.slug === venueSlug) : undefined;
	const unknownPlace = Boolean((districtSlug && !district) || (venueSlug && !venue));
	const chosen = Boolean(district || venue);
	const items = chosen
		? searchActivities(
				emptyFilters({
					districts: venue ? [] : district ? [district.slug] : [],
					venues: venue ? [venue.slug] : [],
					from: monday,
					to: addDays(monday, 6)
				}),
				new Date(),
				1000
			).items
		: [];
	const sunday = addDays(monday, 6);
	const sheetQuery = new URLSearchParams(venue ? { plats: venue.slug } : district ? { stadsdel: district.slug } : {});
	sheetQuery.set('vecka', formatIsoWeek(week));
	const sheetUrl = `${url.origin}/program?${sheetQuery}`;
	return {
		week: formatIsoWeek(week),
		weekNumber: week.week,
		monday,
		sunday,
		prevWeek: formatIsoWeek(isoWeek(addDays(monday, -7))),
		nextWeek: formatIsoWeek(isoWeek(addDays(monday, 7))),
		badWeek: Boolean(weekParam && !parsed),
		// What was typed stays in the field when it could not be read (never echoed as HTML: Svelte escapes it).
		weekInput: weekParam && !parsed ? weekParam.slice(0, 40) : null,
		unknownPlace,
		chosen,
		where: venue?.name ?? district?.name ?? null,
		districtSlug: district?.slug ?? null,
		venueSlug: venue?.slug ?? null,
		districts: districts.map((d) => ({ slug: d.slug, name: d.name })),
		venues: venues.map((v) => ({ slug: v.slug, name: v.name })),
		items,
		extras: chosen ? programmeExtras(db, items.map((i) => i.eventId)) : {},
		fiTitles: fiTitlesFor(locals.locale, items.map((i) => i.eventId)),
		// Every venue's address once: in the heading for one venue, in a list for a district.
		places: chosen ? programmeVenues(db, venue ? [venue.slug] : items.flatMap((i) => (i.venueSlug ? [i.venueSlug] : []))) : [],
		closures: chosen ? closuresBetween(db, venue ? { venueId: venue.id } : { districtId: district!.id }, monday, sunday) : [],
		sheetUrl,
		qr: chosen ? await qrSvg(sheetUrl) : null,
		today
	};
};
