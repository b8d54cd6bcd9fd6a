import type { SeedDistrict, SeedEvent, SeedOrganisation, SeedVenue } from './types';

/**
 * A second, small demo municipality beside Karlskoga, for a deployment that serves several
 * (README "Flera kommuner"): Degerfors, Karlskoga's neighbour to the south. Every name here is its
 * own, so a page of one municipality showing the other's data is easy to see (and to test).
 */
const square = (lng: number, lat: number, dLng: number, dLat: number): SeedDistrict['boundary'] => ({
	type: 'Polygon',
	coordinates: [
		[
			[lng - dLng, lat - dLat],
			[lng + dLng, lat - dLat],
			[lng + dLng, lat + dLat],
			[lng - dLng, lat + dLat],
			[lng - dLng, lat - dLat]
		]
	]
});

export const city = 'Degerfors';

export const districts: SeedDistrict[] = [
	{
		slug: 'degerfors-centrum',
		name: 'Degerfors centrum',
		description: 'Centrala Degerfors kring Folkets hus, Stora torget och stationen, med bussar till Karlskoga och Kristinehamn.',
		residents65Plus: 1140,
		boundary: square(14.43, 59.2375, 0.012, 0.006)
	},
	{
		slug: 'stromtorp',
		name: 'Strömtorp',
		description: 'Bostadsområdet öster om Letälven, med bibliotek, kyrka och den gamla bruksparken.',
		residents65Plus: 610,
		boundary: square(14.455, 59.243, 0.012, 0.006)
	}
];

export const venues: SeedVenue[] = [
	{
		slug: 'traffpunkt-folkets-hus-degerfors',
		name: 'Träffpunkt Folkets hus Degerfors',
		kind: 'meeting_point',
		district: 'degerfors-centrum',
		address: 'Stora torget 3',
		postcode: '693 30',
		lat: 59.2379,
		lng: 14.4306,
		phone: '0586-482 10',
		description: 'Degerfors träffpunkt i Folkets hus, med café och en stor sal för gympa och dans. Personal finns på plats på dagarna.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Degerfors busstation',
		openingHours: [
			{ weekday: 1, opens: '09:00', closes: '15:00' },
			{ weekday: 2, opens: '09:00', closes: '15:00' },
			{ weekday: 3, opens: '09:00', closes: '15:00' },
			{ weekday: 4, opens: '09:00', closes: '15:00' }
		]
	},
	{
		slug: 'stromtorps-bibliotek',
		name: 'Strömtorps bibliotek',
		kind: 'library',
		district: 'stromtorp',
		address: 'Bruksvägen 12',
		postcode: '693 32',
		lat: 59.2431,
		lng: 14.4561,
		description: 'Ett litet bibliotek med läshörna, datorer att låna och ett rum för samtalsgrupper.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true
	},
	{
		slug: 'letalvens-boulebana',
		name: 'Letälvens boulebana',
		kind: 'outdoors',
		district: 'stromtorp',
		address: 'Bruksparken',
		postcode: '693 32',
		lat: 59.2418,
		lng: 14.4502,
		description: 'Två grusbanor vid älven med bänkar och ett förråd med klot att låna.',
		stepFree: false,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		accessibilityNote: 'Grusgång från parkeringen, cirka 80 meter.'
	}
];

export const organisations: SeedOrganisation[] = [
	{
		slug: 'spf-seniorerna-degerfors',
		name: 'SPF Seniorerna Degerfors',
		kind: 'association',
		description: 'Seniorföreningen i Degerfors med motion, resor och månadsträffar i Folkets hus.',
		contactName: 'Gunvor Åkesson',
		email: 'info@spf-degerfors.example',
		phone: '070-418 22 31'
	},
	{
		slug: 'degerfors-kommun-aldreomsorg',
		name: 'Degerfors kommun, förebyggande äldreomsorg',
		kind: 'municipal',
		description: 'Kommunens förebyggande arbete för äldre: träffpunkten, hälsosamtal och fallprevention.',
		contactName: 'Maria Holmgren',
		email: 'aldreomsorg@degerfors.example',
		phone: '0586-482 00'
	}
];

export const settings = [
	{ key: 'municipality_name', value: 'Degerfors kommun' },
	{ key: 'municipality_phone', value: '0586-480 00' },
	{ key: 'municipality_email', value: 'kommunen@degerfors.invalid' },
	{ key: 'staff_inbox', value: 'traffpunkt@degerfors.invalid' }
];

export const accounts = [
	{ email: 'forening@degerfors.demo.invalid', name: 'Gunvor Åkesson', role: 'organiser' as const },
	{ email: 'personal@degerfors.demo.invalid', name: 'Maria Holmgren', role: 'moderator' as const },
	{ email: 'admin@degerfors.demo.invalid', name: 'Per Admin', role: 'admin' as const }
];

const weekly = (weekday: number, startTime: string, endTime: string): SeedEvent['schedule'] => ({
	kind: 'weekly',
	weekdays: [weekday],
	interval: 1,
	startTime,
	endTime,
	startOffsetDays: -60,
	untilOffsetDays: 150,
	seasonalBreaks: true
});

const spf = { contactName: 'Gunvor Åkesson', contactPhone: '070-418 22 31', contactEmail: 'info@spf-degerfors.example' };
const kommun = { contactName: 'Maria Holmgren', contactPhone: '0586-482 00', contactEmail: 'aldreomsorg@degerfors.example' };

export const events: SeedEvent[] = [
	{
		organisation: 'spf-seniorerna-degerfors',
		venue: 'letalvens-boulebana',
		category: 'motion',
		audiences: ['alla-aldre'],
		languages: ['sv'],
		title: 'Boule vid Letälven',
		summary: 'Boule i lugn takt vid älven, klot finns att låna.',
		description: 'Vi spelar boule i lag som lottas varje gång, så du behöver inte ha någon med dig. Klot finns att låna. Vi fikar efteråt.',
		cost: { kind: 'free' },
		...spf,
		// Played all year (the club clears the court of snow): a demo date in every week.
		schedule: { ...weekly(2, '10:00', '12:00'), seasonalBreaks: false }
	},
	{
		organisation: 'spf-seniorerna-degerfors',
		venue: 'traffpunkt-folkets-hus-degerfors',
		category: 'kultur',
		audiences: ['alla-aldre'],
		languages: ['sv'],
		title: 'Allsång i Folkets hus',
		summary: 'Vi sjunger kända visor tillsammans, med piano.',
		description: 'Sånghäften finns på plats. Ingen förkunskap behövs, det viktiga är att vi sjunger tillsammans. Kaffe för 20 kronor.',
		cost: { kind: 'paid', amount: 20, note: 'Kaffe ingår' },
		...spf,
		schedule: weekly(4, '14:00', '15:30')
	},
	{
		organisation: 'degerfors-kommun-aldreomsorg',
		venue: 'traffpunkt-folkets-hus-degerfors',
		category: 'halsa',
		audiences: ['alla-aldre'],
		languages: ['sv'],
		title: 'Balansgympa i Folkets hus',
		summary: 'Övningar för bättre balans, sittande och stående.',
		description: 'En fysioterapeut leder övningar som minskar risken att falla. Du kan göra allt sittande om du vill.',
		cost: { kind: 'free' },
		signup: { how: 'Anmäl dig här på Träffpunkt eller till Maria.', capacity: 14, online: true },
		...kommun,
		schedule: weekly(1, '10:00', '11:00')
	},
	{
		organisation: 'degerfors-kommun-aldreomsorg',
		venue: 'stromtorps-bibliotek',
		category: 'digital',
		audiences: ['alla-aldre'],
		languages: ['sv'],
		title: 'Mobilhjälp på Strömtorps bibliotek',
		summary: 'Få hjälp med mobilen, surfplattan eller BankID.',
		description: 'Ta med din mobil eller surfplatta. Vi hjälper en i taget, så ingen fråga är för liten.',
		cost: { kind: 'free' },
		...kommun,
		schedule: weekly(3, '13:00', '15:00')
	},
	{
		organisation: 'spf-seniorerna-degerfors',
		venue: 'stromtorps-bibliotek',
		category: 'gemenskap',
		audiences: ['alla-aldre'],
		languages: ['sv'],
		title: 'Strömtorpsfika med bokprat',
		summary: 'Fika och samtal om en bok vi läser tillsammans.',
		description: 'Varannan vecka pratar vi om en bok. Biblioteket har exemplar att låna, även som ljudbok.',
		cost: { kind: 'free' },
		...spf,
		schedule: { ...weekly(5, '10:00', '11:30'), interval: 2 }
	}
];
