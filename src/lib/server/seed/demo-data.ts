/**
 * Demo data for Träffpunkt: meeting points, associations and preventive-health
 * events for older residents of Karlskoga (Örebro län).
 *
 * All names, addresses, phone numbers and e-mail addresses are fictional but
 * meant to look like the real thing. Dates are relative to the seed day, and
 * everything is deterministic (a small seeded PRNG varies start dates).
 */
import type { SeedDistrict, SeedEvent, SeedOrganisation, SeedVenue } from './types';
import type { CostUnit } from '../db/schema/events';
import { DEMO_EASY_READ } from './easy-read';

// ---------------------------------------------------------------------------
// Taxonomy
// ---------------------------------------------------------------------------

export const categories: { slug: string; nameSv: string; nameEn: string; icon: string }[] = [
	{ slug: 'motion', nameSv: 'Motion och rörelse', nameEn: 'Exercise and movement', icon: 'walk' },
	{ slug: 'gemenskap', nameSv: 'Gemenskap och samtal', nameEn: 'Company and conversation', icon: 'chat' },
	{ slug: 'kultur', nameSv: 'Kultur och musik', nameEn: 'Culture and music', icon: 'music' },
	{ slug: 'halsa', nameSv: 'Hälsa och förebyggande', nameEn: 'Health and prevention', icon: 'heart' },
	{ slug: 'digital', nameSv: 'Digital hjälp', nameEn: 'Digital help', icon: 'screen' },
	{ slug: 'mat', nameSv: 'Mat och fika', nameEn: 'Food and coffee', icon: 'cup' },
	{ slug: 'kurs', nameSv: 'Kurser och studiecirklar', nameEn: 'Courses and study circles', icon: 'book' },
	{ slug: 'utflykt', nameSv: 'Utflykter och resor', nameEn: 'Outings and trips', icon: 'bus' },
	{ slug: 'anhorig', nameSv: 'Anhörigstöd', nameEn: 'Support for carers', icon: 'hands' },
	{ slug: 'tro', nameSv: 'Tro och andlighet', nameEn: 'Faith and spirituality', icon: 'candle' }
];

export const audiences: { slug: string; nameSv: string; nameEn: string }[] = [
	{ slug: 'alla-aldre', nameSv: 'Alla äldre', nameEn: 'All older people' },
	{ slug: 'anhoriga', nameSv: 'Anhöriga', nameEn: 'Family carers' },
	{ slug: 'demens', nameSv: 'Personer med demenssjukdom', nameEn: 'People living with dementia' },
	{ slug: 'man', nameSv: 'Män', nameEn: 'Men' },
	{ slug: 'nyblivna-pensionarer', nameSv: 'Nyblivna pensionärer', nameEn: 'Recently retired' },
	{ slug: 'finsktalande', nameSv: 'Finsktalande', nameEn: 'Finnish speakers' },
	{ slug: 'kvinnor', nameSv: 'Kvinnor', nameEn: 'Women' }
];

export const languages: { code: string; nameSv: string; nameEn: string }[] = [
	{ code: 'sv', nameSv: 'Svenska', nameEn: 'Swedish' },
	{ code: 'fi', nameSv: 'Finska (suomi)', nameEn: 'Finnish' },
	{ code: 'en', nameSv: 'Engelska', nameEn: 'English' },
	{ code: 'ar', nameSv: 'Arabiska', nameEn: 'Arabic' },
	{ code: 'bs', nameSv: 'Bosniska', nameEn: 'Bosnian' }
];

// ---------------------------------------------------------------------------
// Districts – a rough tiling of Karlskoga north of lake Möckeln, [lng, lat]
// ---------------------------------------------------------------------------

export const districts: SeedDistrict[] = [
	{
		slug: 'centrum',
		name: 'Centrum',
		description:
			'Stadskärnan kring Kungsvägen och Kulturhuset, med bibliotek, kyrka och många föreningslokaler inom gångavstånd. Hit går bussar från alla stadsdelar.',
		residents65Plus: 1290,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.5158, 59.3301],
					[14.5385, 59.3314],
					[14.539, 59.3227],
					[14.5415, 59.314],
					[14.516, 59.314],
					[14.5173, 59.32205],
					[14.5158, 59.3301]
				]
			]
		}
	},
	{
		slug: 'bregarden',
		name: 'Bregården',
		description:
			'Stadsdel i nordväst med många hyreshus, egen vårdcentral och Bregårdskyrkan. Träffpunkt Bregården ligger vid torget.',
		residents65Plus: 1120,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.465, 59.344],
					[14.4965, 59.342],
					[14.49615, 59.33685],
					[14.4938, 59.3317],
					[14.465, 59.3302],
					[14.465, 59.344]
				]
			]
		}
	},
	{
		slug: 'baggangen',
		name: 'Baggängen',
		description:
			'Bostadsområde norr om centrum med villor, radhus och ett filialbibliotek. Träffpunkt Baggängen har öppet även vissa söndagar.',
		residents65Plus: 760,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.514, 59.3438],
					[14.5412, 59.3436],
					[14.54075, 59.3375],
					[14.5385, 59.3314],
					[14.5158, 59.3301],
					[14.5137, 59.33695],
					[14.514, 59.3438]
				]
			]
		}
	},
	{
		slug: 'sanna',
		name: 'Sanna',
		description:
			'Stadsdel sydost om centrum ned mot Möckeln, med Sannabadet och en populär bouleplan. Träffpunkt Sanna serverar lunch på torsdagar.',
		residents65Plus: 600,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.5385, 59.3314],
					[14.575, 59.3319],
					[14.575, 59.314],
					[14.5415, 59.314],
					[14.539, 59.3227],
					[14.5385, 59.3314]
				]
			]
		}
	},
	{
		slug: 'ravasen',
		name: 'Rävåsen',
		description:
			'Lugnt bostadsområde väster om centrum med närhet till skog och motionsspår. Här finns Träffpunkt Rävåsen och en idrottshall.',
		residents65Plus: 520,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.465, 59.3302],
					[14.4938, 59.3317],
					[14.4928, 59.32285],
					[14.494, 59.314],
					[14.465, 59.314],
					[14.465, 59.3302]
				]
			]
		}
	},
	{
		slug: 'ekeby',
		name: 'Ekeby',
		description:
			'Stadsdel i nordost med småhus och Ekebyhallen. Kvarterslokalen Ekebygården används av flera föreningar.',
		residents65Plus: 400,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.541, 59.362],
					[14.575, 59.362],
					[14.575, 59.3423],
					[14.5412, 59.3436],
					[14.5397, 59.3528],
					[14.541, 59.362]
				]
			]
		}
	},
	{
		slug: 'granbergsdal',
		name: 'Granbergsdal',
		description:
			'Bruksort norr om staden med bygdegård och närhet till sjön Alkvettern. Den mobila träffpunkten kommer hit varannan vecka.',
		residents65Plus: 310,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.4935, 59.362],
					[14.517, 59.362],
					[14.541, 59.362],
					[14.5397, 59.3528],
					[14.5412, 59.3436],
					[14.514, 59.3438],
					[14.4965, 59.342],
					[14.4968, 59.352],
					[14.4935, 59.362]
				]
			]
		}
	},
	{
		slug: 'aggerud',
		name: 'Aggerud',
		description:
			'Stadsdel öster om Baggängen med Nobelhallen och kvarterslokalen Aggerudsgården. Goda bussförbindelser till centrum.',
		residents65Plus: 480,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.5412, 59.3436],
					[14.575, 59.3423],
					[14.575, 59.3319],
					[14.5385, 59.3314],
					[14.54075, 59.3375],
					[14.5412, 59.3436]
				]
			]
		}
	},
	{
		slug: 'karlberg',
		name: 'Karlberg',
		description:
			'Område väster om centrum med Vårdcentralen Karlskoga, simhallen och Skogsvallens motionsspår.',
		residents65Plus: 700,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.4938, 59.3317],
					[14.5158, 59.3301],
					[14.5173, 59.32205],
					[14.516, 59.314],
					[14.494, 59.314],
					[14.4928, 59.32285],
					[14.4938, 59.3317]
				]
			]
		}
	},
	{
		slug: 'stackfallet-norrmalm',
		name: 'Stackfallet–Norrmalm',
		description:
			'Äldre bostadskvarter strax norr om centrum med Norrmalms församlingshem och Vuxenskolans lokaler.',
		residents65Plus: 640,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.4965, 59.342],
					[14.514, 59.3438],
					[14.5137, 59.33695],
					[14.5158, 59.3301],
					[14.4938, 59.3317],
					[14.49615, 59.33685],
					[14.4965, 59.342]
				]
			]
		}
	},
	{
		slug: 'skranta-storangen',
		name: 'Skranta–Storängen',
		description:
			'Villaområden i nordväst med Storängsparken och Finska föreningens lokal Suomi-talo. Här bor många sverigefinnar.',
		residents65Plus: 380,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.465, 59.362],
					[14.4935, 59.362],
					[14.4968, 59.352],
					[14.4965, 59.342],
					[14.465, 59.344],
					[14.465, 59.362]
				]
			]
		}
	},
	{
		slug: 'mockeln-kasa',
		name: 'Möckeln, Kåsa och landsbygd',
		description:
			'Landsbygden söder om staden längs Möckelns norra strand, med Kåsa och hembygdsgården. Avstånden är längre, så fråga gärna om samåkning eller färdtjänst.',
		residents65Plus: 380,
		boundary: {
			type: 'Polygon',
			coordinates: [
				[
					[14.575, 59.314],
					[14.5415, 59.314],
					[14.516, 59.314],
					[14.494, 59.314],
					[14.465, 59.314],
					[14.43, 59.288],
					[14.505, 59.282],
					[14.62, 59.288],
					[14.575, 59.314]
				]
			]
		}
	}
];

// ---------------------------------------------------------------------------
// Venues
// ---------------------------------------------------------------------------

export const venues: SeedVenue[] = [
	// --- Centrum ---
	{
		slug: 'traffpunkt-centrum-kulturhuset',
		name: 'Träffpunkt Centrum – Kulturhuset',
		kind: 'meeting_point',
		district: 'centrum',
		address: 'Kungsvägen 24',
		postcode: '691 31',
		lat: 59.3272,
		lng: 14.5238,
		phone: '0586-61 40 21',
		email: 'traffpunkt.centrum@karlskoga.example',
		description:
			'Kommunens största träffpunkt ligger i Kulturhusets bottenplan med café, samlingssal och grupprum. Här finns personal på plats hela dagen och du kan alltid titta in utan att anmäla dig.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Centralplan, alla linjer',
		accessibilityNote: 'Automatisk dörr från Kungsvägen. Rullatorer finns att låna i entrén.',
		openingHours: [
			{ weekday: 1, opens: '09:00', closes: '16:00' },
			{ weekday: 2, opens: '09:00', closes: '16:00' },
			{ weekday: 3, opens: '09:00', closes: '16:00' },
			{ weekday: 4, opens: '09:00', closes: '19:00', note: 'Kvällsöppet med språkcafé' },
			{ weekday: 5, opens: '09:00', closes: '15:00' },
			{ weekday: 6, weekParity: 'even', opens: '10:00', closes: '14:00', note: 'Lördagsöppet jämna veckor' }
		]
	},
	{
		slug: 'karlskoga-stadsbibliotek',
		name: 'Karlskoga stadsbibliotek',
		kind: 'library',
		district: 'centrum',
		address: 'Kungsvägen 22',
		postcode: '691 31',
		lat: 59.3265,
		lng: 14.5229,
		phone: '0586-61 48 00',
		email: 'biblioteket@karlskoga.example',
		description:
			'Stadsbiblioteket har ett stort utbud av storstilsböcker, ljudböcker och tidningar på flera språk. Här finns datorer för allmänheten och personal som hjälper dig med e-tjänster.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Centralplan, alla linjer'
	},
	{
		slug: 'karlskoga-kyrka',
		name: 'Karlskoga kyrka',
		kind: 'church',
		district: 'centrum',
		address: 'Kyrkbacken 2',
		postcode: '691 33',
		lat: 59.329,
		lng: 14.5275,
		phone: '0586-72 45 00',
		description:
			'Stadens stora kyrka från 1700-talet med församlingssal i anslutning. Kyrkkaffe serveras i församlingssalen efter gudstjänsterna.',
		stepFree: false,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Kyrkbacken, linje 1 och 4',
		accessibilityNote: 'Ramp vid norra ingången. Huvudentrén har trappsteg.'
	},
	{
		slug: 'missionskyrkan-karlskoga',
		name: 'Missionskyrkan',
		kind: 'church',
		district: 'centrum',
		address: 'Ågatan 15',
		postcode: '691 32',
		lat: 59.3245,
		lng: 14.529,
		phone: '0586-73 08 55',
		description:
			'Equmeniakyrkans församling i centrum med kyrksal, café och stort kök. Caféet är öppet för alla på onsdagar.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: false,
		busStop: 'Hållplats Ågatan, linje 2'
	},
	{
		slug: 'folkets-hus-karlskoga',
		name: 'Folkets hus Karlskoga',
		kind: 'other',
		district: 'centrum',
		address: 'Torggatan 4',
		postcode: '691 31',
		lat: 59.3255,
		lng: 14.5215,
		phone: '0586-73 20 00',
		description:
			'Folkets hus har stor sal med dansgolv, biosalong och flera mötesrum. Här hålls föreläsningar, dans och föreningsmöten.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Centralplan, alla linjer'
	},
	{
		slug: 'abf-huset-karlskoga',
		name: 'ABF-huset',
		kind: 'association',
		district: 'centrum',
		address: 'Bergsmansgatan 7',
		postcode: '691 32',
		lat: 59.3238,
		lng: 14.5228,
		phone: '0586-72 66 30',
		description:
			'ABF Karlskoga-Degerfors lokaler med studierum, ateljé och ett undervisningskök. Ingång från gården.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: false,
		busStop: 'Hållplats Ågatan, linje 2'
	},
	{
		slug: 'sensus-lokalen-centrum',
		name: 'Sensus studierum Centrum',
		kind: 'association',
		district: 'centrum',
		address: 'Kungsvägen 38, plan 2',
		postcode: '691 31',
		lat: 59.3228,
		lng: 14.5262,
		phone: '0586-72 91 05',
		description: 'Två ljusa studierum en trappa upp med hiss. Kaffe och te finns alltid framme.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: false,
		busStop: 'Hållplats Kungsvägen, linje 1 och 3',
		accessibilityNote: 'Hiss från entrén. Hissen är smal och rymmer en rullstol utan medföljande.'
	},
	{
		slug: 'pro-lokalen-centrum',
		name: 'PRO-lokalen',
		kind: 'association',
		district: 'centrum',
		address: 'Värmlandsvägen 11',
		postcode: '691 34',
		lat: 59.325,
		lng: 14.532,
		phone: '0586-73 15 10',
		description:
			'PRO Karlskogas föreningslokal med samlingssal för 80 personer, kök och hörna för kortspel. Medlemmar och gäster är välkomna.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Värmlandsvägen, linje 3'
	},
	{
		slug: 'roda-korsets-motesplats',
		name: 'Röda Korsets mötesplats och Kupan',
		kind: 'association',
		district: 'centrum',
		address: 'Storgatan 9',
		postcode: '691 32',
		lat: 59.3232,
		lng: 14.5305,
		phone: '0586-73 12 40',
		description:
			'Second hand-butiken Kupan med ett litet café och mötesrum i samma lokal. Volontärer håller öppet på vardagar.',
		stepFree: false,
		accessibleToilet: false,
		hearingLoop: false,
		parking: false,
		busStop: 'Hållplats Ågatan, linje 2',
		accessibilityNote: 'Ett trappsteg vid entrén, ringklocka finns för portabel ramp. Toaletten är inte anpassad.'
	},
	// --- Bregården ---
	{
		slug: 'traffpunkt-bregarden',
		name: 'Träffpunkt Bregården',
		kind: 'meeting_point',
		district: 'bregarden',
		address: 'Bregårdsvägen 12',
		postcode: '691 42',
		lat: 59.3375,
		lng: 14.4835,
		phone: '0586-61 40 24',
		email: 'traffpunkt.bregarden@karlskoga.example',
		description:
			'Träffpunkten vid Bregårdstorget har café, gymnastiksal och ett litet kök. Personalen ordnar aktiviteter tillsammans med föreningarna i stadsdelen.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Bregårdstorget, linje 2',
		openingHours: [
			{ weekday: 1, opens: '09:00', closes: '15:30' },
			{ weekday: 2, opens: '09:00', closes: '15:30', note: 'Lunch serveras 11:45–13:00' },
			{ weekday: 3, opens: '09:00', closes: '15:30' },
			{ weekday: 4, opens: '09:00', closes: '15:30' },
			{ weekday: 5, opens: '09:00', closes: '13:00' }
		]
	},
	{
		slug: 'bregardskyrkan',
		name: 'Bregårdskyrkan',
		kind: 'church',
		district: 'bregarden',
		address: 'Bregårdsvägen 30',
		postcode: '691 42',
		lat: 59.339,
		lng: 14.479,
		phone: '0586-72 45 30',
		description:
			'Svenska kyrkans kyrka i Bregården med församlingshem och kök. Sopplunch och andakt varje vecka.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Bregårdstorget, linje 2'
	},
	{
		slug: 'vardcentralen-bregarden',
		name: 'Vårdcentralen Bregården',
		kind: 'health_centre',
		district: 'bregarden',
		address: 'Bregårdstorget 3',
		postcode: '691 42',
		lat: 59.3362,
		lng: 14.487,
		phone: '0586-66 34 00',
		description:
			'Region Örebro läns vårdcentral i Bregården med distriktssköterskemottagning och rehabilitering. Drop-in för blodtrycksmätning första tisdagen i månaden.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Bregårdstorget, linje 2'
	},
	{
		slug: 'pro-bregardens-lokal',
		name: 'PRO Bregårdens lokal',
		kind: 'association',
		district: 'bregarden',
		address: 'Lindvägen 5 B',
		postcode: '691 43',
		lat: 59.3352,
		lng: 14.48,
		phone: '073-845 12 09',
		description: 'Föreningslokal i källarplanet med kök, samlingsrum och ett rum för kortspel.',
		stepFree: false,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Lindvägen, linje 2',
		accessibilityNote: 'Lokalen ligger åtta trappsteg ned och saknar hiss. Ring gärna innan om du behöver hjälp.'
	},
	// --- Baggängen ---
	{
		slug: 'traffpunkt-baggangen',
		name: 'Träffpunkt Baggängen',
		kind: 'meeting_point',
		district: 'baggangen',
		address: 'Baggängsvägen 40',
		postcode: '691 45',
		lat: 59.338,
		lng: 14.527,
		phone: '0586-61 40 26',
		email: 'traffpunkt.baggangen@karlskoga.example',
		description:
			'Mysig träffpunkt i bottenvåningen på ett seniorboende, med café och en liten trädgård. Varannan söndag bjuder vi in till söndagsfika.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Baggängens centrum, linje 3',
		openingHours: [
			{ weekday: 1, opens: '09:30', closes: '15:00' },
			{ weekday: 3, opens: '09:30', closes: '15:00' },
			{ weekday: 5, opens: '09:30', closes: '15:00' },
			{ weekday: 7, weekParity: 'odd', opens: '13:00', closes: '16:00', note: 'Söndagsfika udda veckor' }
		]
	},
	{
		slug: 'baggangens-bibliotek',
		name: 'Baggängens bibliotek',
		kind: 'library',
		district: 'baggangen',
		address: 'Baggängsvägen 44',
		postcode: '691 45',
		lat: 59.3372,
		lng: 14.529,
		phone: '0586-61 48 40',
		description:
			'Filialbibliotek med tidningshörna, storstilsböcker och två publika datorer. Meröppet med lånekort och kod.',
		stepFree: true,
		accessibleToilet: false,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Baggängens centrum, linje 3'
	},
	{
		slug: 'spf-lokalen-baggangen',
		name: 'SPF-lokalen Baggängen',
		kind: 'association',
		district: 'baggangen',
		address: 'Ulvsbyvägen 2',
		postcode: '691 46',
		lat: 59.3398,
		lng: 14.5235,
		phone: '070-598 33 14',
		description:
			'SPF Seniorerna Karlskogas egen lokal med samlingssal, kök och parkettgolv som passar för qigong och dans.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Ulvsby, linje 3'
	},
	// --- Sanna ---
	{
		slug: 'traffpunkt-sanna',
		name: 'Träffpunkt Sanna',
		kind: 'meeting_point',
		district: 'sanna',
		address: 'Sannavägen 8',
		postcode: '691 53',
		lat: 59.324,
		lng: 14.554,
		phone: '0586-61 40 28',
		email: 'traffpunkt.sanna@karlskoga.example',
		description:
			'Träffpunkten i Sanna ligger i en gammal skolbyggnad med stort kök och matsal. På torsdagar serveras lunch.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Sanna skola, linje 4',
		openingHours: [
			{ weekday: 2, opens: '10:00', closes: '15:00' },
			{ weekday: 3, opens: '10:00', closes: '13:00' },
			{ weekday: 4, opens: '10:00', closes: '15:00', note: 'Lunch 11:30–13:00' }
		]
	},
	{
		slug: 'sanna-bouleplan',
		name: 'Sanna bouleplan',
		kind: 'outdoors',
		district: 'sanna',
		address: 'Sannavägen 14',
		postcode: '691 53',
		lat: 59.3225,
		lng: 14.5575,
		description: 'Fyra grusbanor med bänkar och tak över sittplatserna. Toalett finns i träffpunkten intill.',
		stepFree: true,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Sanna skola, linje 4'
	},
	{
		slug: 'sannabadet',
		name: 'Sannabadet',
		kind: 'outdoors',
		district: 'sanna',
		address: 'Sannabadsvägen 1',
		postcode: '691 54',
		lat: 59.3165,
		lng: 14.56,
		description:
			'Badplats vid Möckeln med sandstrand, brygga och asfalterad strandpromenad. Badramp finns sommartid.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Sannabadet, linje 4 (sommartid)',
		accessibilityNote: 'Promenadstigen närmast vattnet är grusad och kan vara ojämn.'
	},
	// --- Rävåsen ---
	{
		slug: 'traffpunkt-ravasen',
		name: 'Träffpunkt Rävåsen',
		kind: 'meeting_point',
		district: 'ravasen',
		address: 'Rävåsvägen 15',
		postcode: '691 48',
		lat: 59.3235,
		lng: 14.479,
		phone: '0586-61 40 29',
		email: 'traffpunkt.ravasen@karlskoga.example',
		description:
			'Liten och lugn träffpunkt med samlingsrum och kök. Här träffas bland annat Demensföreningens café och anhörigcirkeln.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Rävåsskolan, linje 1',
		openingHours: [
			{ weekday: 1, opens: '09:00', closes: '15:00' },
			{ weekday: 3, opens: '09:00', closes: '15:00' },
			{ weekday: 5, opens: '09:00', closes: '12:00' }
		]
	},
	{
		slug: 'ravasens-idrottshall',
		name: 'Rävåsens idrottshall',
		kind: 'other',
		district: 'ravasen',
		address: 'Idrottsvägen 3',
		postcode: '691 48',
		lat: 59.3205,
		lng: 14.485,
		phone: '0586-61 90 40',
		description: 'Idrottshall med pingisbord, omklädningsrum och en mindre gympasal.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Rävåsskolan, linje 1'
	},
	// --- Karlberg ---
	{
		slug: 'vardcentralen-karlskoga',
		name: 'Vårdcentralen Karlskoga',
		kind: 'health_centre',
		district: 'karlberg',
		address: 'Säterivägen 2',
		postcode: '691 81',
		lat: 59.3245,
		lng: 14.505,
		phone: '0586-66 33 00',
		description:
			'Vårdcentral i anslutning till Karlskoga lasarett med distriktssköterskor, läkare och fysioterapeuter. Ingång C, plan 1.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Lasarettet, linje 1 och 2'
	},
	{
		slug: 'karlskoga-simhall',
		name: 'Karlskoga simhall',
		kind: 'other',
		district: 'karlberg',
		address: 'Skogsvallsvägen 6',
		postcode: '691 37',
		lat: 59.327,
		lng: 14.501,
		phone: '0586-61 90 20',
		description:
			'Simhall med 25-metersbassäng och varmvattenbassäng på 32 grader. Pensionärsrabatt i kassan.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Skogsvallen, linje 1',
		accessibilityNote: 'Lyft till varmvattenbassängen och omklädningsrum anpassat för rullstol.'
	},
	{
		slug: 'skogsvallen-motionsspar',
		name: 'Skogsvallens motionsspår',
		kind: 'outdoors',
		district: 'karlberg',
		address: 'Skogsvallsvägen 1',
		postcode: '691 37',
		lat: 59.3195,
		lng: 14.499,
		description:
			'Belysta motionsspår på 2,5 och 5 km i skogen bakom idrottsplatsen. Samling vid klubbstugan.',
		stepFree: false,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Skogsvallen, linje 1',
		accessibilityNote: 'Spåren är grusade och kuperade. Toalett finns i klubbstugan.'
	},
	{
		slug: 'bridgelokalen-karlberg',
		name: 'Bridgelokalen Karlberg',
		kind: 'association',
		district: 'karlberg',
		address: 'Karlbergsvägen 19',
		postcode: '691 38',
		lat: 59.3225,
		lng: 14.5105,
		phone: '070-377 91 02',
		description: 'Karlskoga Bridgeklubbs spellokal med 16 bord, kök och gott om parkering.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Karlbergsskolan, linje 1'
	},
	// --- Stackfallet–Norrmalm ---
	{
		slug: 'vuxenskolan-norrmalm',
		name: 'Vuxenskolans lokal Norrmalm',
		kind: 'association',
		district: 'stackfallet-norrmalm',
		address: 'Norrmalmsgatan 10',
		postcode: '691 35',
		lat: 59.338,
		lng: 14.505,
		phone: '0586-72 38 10',
		description:
			'Studieförbundet Vuxenskolans lokaler med studierum, slöjdrum och en ljus ateljé.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: false,
		busStop: 'Hållplats Norrmalmsgatan, linje 3'
	},
	{
		slug: 'norrmalms-forsamlingshem',
		name: 'Norrmalms församlingshem',
		kind: 'church',
		district: 'stackfallet-norrmalm',
		address: 'Stackfallsvägen 3',
		postcode: '691 36',
		lat: 59.336,
		lng: 14.5085,
		phone: '0586-72 45 40',
		description: 'Församlingshem med stor samlingssal och kök. Sopplunch på onsdagar.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Stackfallet, linje 3'
	},
	// --- Granbergsdal ---
	{
		slug: 'granbergsdals-bygdegard',
		name: 'Granbergsdals bygdegård',
		kind: 'association',
		district: 'granbergsdal',
		address: 'Granbergsdalsvägen 55',
		postcode: '691 93',
		lat: 59.356,
		lng: 14.518,
		phone: '070-212 48 77',
		description:
			'Bygdegård i gamla bruksmiljön med samlingssal och kök. Används av den mobila träffpunkten och ortens föreningar.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Granbergsdal, linje 7'
	},
	{
		slug: 'alkvettern',
		name: 'Alkvettern – badplats och vandringsled',
		kind: 'outdoors',
		district: 'granbergsdal',
		address: 'Alkvettersvägen 2',
		postcode: '691 93',
		lat: 59.359,
		lng: 14.528,
		description:
			'Badplats och start för en 6 km lång vandringsled runt sjön. Grillplats, vindskydd och torrtoalett finns.',
		stepFree: false,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Granbergsdal, linje 7 (1 km promenad)',
		accessibilityNote: 'Stigarna är smala och har rötter och stenar. De första 300 metrarna är grusade.'
	},
	// --- Ekeby ---
	{
		slug: 'ekebyhallen',
		name: 'Ekebyhallen',
		kind: 'other',
		district: 'ekeby',
		address: 'Ekebyvägen 20',
		postcode: '691 50',
		lat: 59.35,
		lng: 14.558,
		phone: '0586-61 90 50',
		description: 'Sporthall med gym, gympasal och café. Seniorgym på förmiddagarna.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Ekebyhallen, linje 5'
	},
	{
		slug: 'ekebygarden',
		name: 'Ekebygården – kvarterslokal',
		kind: 'association',
		district: 'ekeby',
		address: 'Ekebyvägen 41',
		postcode: '691 50',
		lat: 59.353,
		lng: 14.565,
		description:
			'Hyresgästföreningens kvarterslokal som lånas ut till föreningar och den mobila träffpunkten.',
		stepFree: true,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Ekeby centrum, linje 5'
	},
	// --- Aggerud ---
	{
		slug: 'nobelhallen',
		name: 'Nobelhallen',
		kind: 'other',
		district: 'aggerud',
		address: 'Aggerudsvägen 6',
		postcode: '691 51',
		lat: 59.337,
		lng: 14.552,
		phone: '0586-61 90 10',
		description:
			'Stor idrottsarena med uppvärmda korridorer som används för inomhuspromenader och gåfotboll vintertid.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Nobelhallen, linje 5'
	},
	{
		slug: 'aggerudsgarden',
		name: 'Aggerudsgården',
		kind: 'association',
		district: 'aggerud',
		address: 'Aggerudsvägen 31',
		postcode: '691 51',
		lat: 59.338,
		lng: 14.564,
		phone: '070-598 33 15',
		description: 'Föreningslokal med kök och samlingssal för 40 personer. SPF och flera studiecirklar håller till här.',
		stepFree: true,
		accessibleToilet: true,
		hearingLoop: true,
		parking: true,
		busStop: 'Hållplats Aggerud, linje 5'
	},
	// --- Skranta–Storängen ---
	{
		slug: 'suomi-talo',
		name: 'Suomi-talo – Finska föreningens lokal',
		kind: 'association',
		district: 'skranta-storangen',
		address: 'Storängsvägen 14',
		postcode: '691 44',
		lat: 59.351,
		lng: 14.478,
		phone: '070-915 28 44',
		description:
			'Finska föreningens hus med café, bastu och samlingssal. Här talas finska och svenska om vartannat.',
		stepFree: false,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Storängen, linje 2',
		accessibilityNote: 'Tre trappsteg vid huvudentrén. Ramp finns på baksidan, ring på klockan.'
	},
	{
		slug: 'storangsparken',
		name: 'Storängsparken',
		kind: 'outdoors',
		district: 'skranta-storangen',
		address: 'Skrantavägen 2',
		postcode: '691 44',
		lat: 59.348,
		lng: 14.486,
		description: 'Park med bouleplan, utegym för seniorer och asfalterade gångvägar runt dammen.',
		stepFree: true,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Skranta, linje 2'
	},
	// --- Möckeln, Kåsa och landsbygd ---
	{
		slug: 'mockelns-strand',
		name: 'Möckelns strand – strandpromenaden',
		kind: 'outdoors',
		district: 'mockeln-kasa',
		address: 'Strandvägen 1',
		postcode: '691 55',
		lat: 59.308,
		lng: 14.515,
		description:
			'Strandpromenad längs Möckelns norra strand med bänkar var hundrade meter. Samling vid parkeringen.',
		stepFree: true,
		accessibleToilet: false,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Strandvägen, linje 4'
	},
	{
		slug: 'karlskoga-hembygdsgard',
		name: 'Karlskoga hembygdsgård, Kåsa',
		kind: 'association',
		district: 'mockeln-kasa',
		address: 'Kåsavägen 30',
		postcode: '691 94',
		lat: 59.304,
		lng: 14.485,
		phone: '070-281 64 30',
		description:
			'Hembygdsgård med mangårdsbyggnad, smedja och loge i gammal kulturmiljö vid Möckeln. Servering vid öppet hus.',
		stepFree: false,
		accessibleToilet: true,
		hearingLoop: false,
		parking: true,
		busStop: 'Hållplats Kåsa vägskäl, linje 8',
		accessibilityNote: 'Gårdsplanen är grusad och mangårdsbyggnaden har två trappsteg. Logen är i markplan.'
	}
];

// ---------------------------------------------------------------------------
// Organisations (the first one must be pro-karlskoga)
// ---------------------------------------------------------------------------

export const organisations: SeedOrganisation[] = [
	{
		slug: 'pro-karlskoga',
		name: 'PRO Karlskoga',
		kind: 'association',
		description:
			'Pensionärernas riksorganisation i Karlskoga med drygt 1 200 medlemmar. Vi ordnar motion, resor, kurser och månadsmöten och driver pensionärsfrågor i kommunen.',
		contactName: 'Birgitta Lundqvist',
		email: 'info@pro-karlskoga.example',
		phone: '070-312 45 80',
		website: 'https://pro-karlskoga.example'
	},
	{
		slug: 'pro-bregarden',
		name: 'PRO Bregården',
		kind: 'association',
		description:
			'PRO-förening för Bregården och Storängen med egen lokal vid Lindvägen. Vi är kända för våra kortspel, vår bingo och boulen på sommaren.',
		contactName: 'Lars-Göran Pettersson',
		email: 'bregarden@pro-karlskoga.example',
		phone: '073-845 12 09'
	},
	{
		slug: 'spf-seniorerna-karlskoga',
		name: 'SPF Seniorerna Karlskoga',
		kind: 'association',
		description:
			'Partipolitiskt och religiöst obunden seniororganisation med ett brett utbud av motion, kör, cirklar och resor.',
		contactName: 'Margareta Ek',
		email: 'kontakt@spf-karlskoga.example',
		phone: '070-598 33 14',
		website: 'https://spf-karlskoga.example'
	},
	{
		slug: 'spf-seniorerna-mockeln',
		name: 'SPF Seniorerna Möckeln',
		kind: 'association',
		description:
			'SPF-förening för södra Karlskoga och landsbygden runt Möckeln. Vi promenerar, badar och gör utflykter i närområdet.',
		contactName: 'Kjell Andersson',
		email: 'mockeln@spf-karlskoga.example',
		phone: '070-244 67 91'
	},
	{
		slug: 'roda-korset-karlskoga',
		name: 'Röda Korset Karlskoga',
		kind: 'association',
		description:
			'Röda Korsets lokalförening driver Kupan, språkcafé och telefonvänner. Vi söker alltid fler volontärer.',
		contactName: 'Anna-Lena Berg',
		email: 'karlskoga@rodakorset.example',
		phone: '0586-73 12 40'
	},
	{
		slug: 'svenska-kyrkan-karlskoga',
		name: 'Svenska kyrkan Karlskoga församling',
		kind: 'church',
		description:
			'Församlingen har verksamhet i Karlskoga kyrka, Bregårdskyrkan och Norrmalms församlingshem. Diakonerna erbjuder samtal, sopplunch och sångstunder för äldre.',
		contactName: 'Maria Holm, diakon',
		email: 'karlskoga.forsamling@svenskakyrkan.example',
		phone: '0586-72 45 00',
		website: 'https://svenskakyrkan-karlskoga.example'
	},
	{
		slug: 'missionskyrkan-karlskoga',
		name: 'Missionskyrkan Karlskoga',
		kind: 'church',
		description:
			'Equmeniakyrkans församling i centrum. Onsdagscaféet och sopplunchen är öppna för alla oavsett tro.',
		contactName: 'Jonas Sundberg',
		email: 'info@missionskyrkan-karlskoga.example',
		phone: '0586-73 08 55'
	},
	{
		slug: 'abf-karlskoga-degerfors',
		name: 'ABF Karlskoga-Degerfors',
		kind: 'study_association',
		description:
			'Arbetarnas bildningsförbund ordnar studiecirklar, kulturprogram och föreläsningar, ofta tillsammans med PRO.',
		contactName: 'Helena Nyström',
		email: 'karlskoga@abf.example',
		phone: '0586-72 66 30',
		website: 'https://abf-karlskoga.example'
	},
	{
		slug: 'studieforbundet-vuxenskolan',
		name: 'Studieförbundet Vuxenskolan Karlskoga',
		kind: 'study_association',
		description:
			'Studiecirklar inom hantverk, natur, foto och musik. Vi hjälper dig gärna att starta en egen cirkel.',
		contactName: 'Per Olsson',
		email: 'karlskoga@sv.example',
		phone: '0586-72 38 10'
	},
	{
		slug: 'sensus-karlskoga',
		name: 'Sensus studieförbund Karlskoga',
		kind: 'study_association',
		description:
			'Sensus arbetar med samtalsgrupper, hälsa och livsfrågor, bland annat för nyblivna pensionärer och anhöriga.',
		contactName: 'Eva Lindgren',
		email: 'karlskoga@sensus.example',
		phone: '0586-72 91 05'
	},
	{
		slug: 'karlskoga-kommun-anhorigstod',
		name: 'Karlskoga kommun – Anhörigstöd',
		kind: 'municipal',
		description:
			'Kommunens anhörigkonsulenter ger stöd till dig som hjälper en närstående. Enskilda samtal, anhörigcaféer och cirklar är kostnadsfria.',
		contactName: 'Anna Johansson, anhörigkonsulent',
		email: 'anhorigstod@karlskoga.example',
		phone: '0586-61 23 45',
		website: 'https://karlskoga.example/anhorigstod',
		trusted: true
	},
	{
		slug: 'karlskoga-kommun-traffpunkter',
		name: 'Karlskoga kommun – Förebyggande hälsoteam och träffpunkter',
		kind: 'municipal',
		description:
			'Kommunens fem träffpunkter och det förebyggande hälsoteamet ordnar aktiviteter, föreläsningar och hälsosamtal för dig som är 65 år eller äldre.',
		contactName: 'Karin Sjöberg, samordnare',
		email: 'traffpunkter@karlskoga.example',
		phone: '0586-61 40 20',
		website: 'https://karlskoga.example/traffpunkter',
		trusted: true
	},
	{
		slug: 'karlskoga-kommun-biblioteket',
		name: 'Karlskoga kommun – Biblioteket',
		kind: 'municipal',
		description:
			'Stadsbiblioteket och filialerna erbjuder bokcirklar, högläsning och digital hjälp. Vi kör även ut böcker till dig som inte kan ta dig till biblioteket.',
		contactName: 'Sofia Wallin',
		email: 'biblioteket@karlskoga.example',
		phone: '0586-61 48 00',
		website: 'https://karlskoga.example/bibliotek',
		trusted: true
	},
	{
		slug: 'region-vardcentralen-karlskoga',
		name: 'Region Örebro län – Vårdcentralen Karlskoga',
		kind: 'region',
		description:
			'Vårdcentralerna i Karlskoga och Bregården erbjuder drop-in för blodtryck och vaccination samt hälsoinformation på träffpunkterna.',
		contactName: 'Linnea Forsberg, distriktssköterska',
		email: 'vc.karlskoga@regionorebrolan.example',
		phone: '0586-66 33 00',
		website: 'https://regionorebrolan.example/vardcentralen-karlskoga',
		trusted: true
	},
	{
		slug: 'finska-foreningen-karlskoga',
		name: 'Finska föreningen i Karlskoga – Karlskogan suomalainen yhdistys',
		kind: 'association',
		description:
			'Föreningen för sverigefinnar i Karlskoga har funnits sedan 1960-talet. Vi samlas i Suomi-talo för kaffe, sång, handarbete och lunch på finska.',
		contactName: 'Raija Hämäläinen',
		email: 'info@suomiseura-karlskoga.example',
		phone: '070-915 28 44'
	},
	{
		slug: 'demensforeningen-karlskoga-degerfors',
		name: 'Demensföreningen Karlskoga-Degerfors',
		kind: 'association',
		description:
			'Ideell förening för personer med demenssjukdom och deras anhöriga. Vi ordnar demenscafé, promenader och föreläsningar.',
		contactName: 'Gunnel Åberg',
		email: 'demensforeningen.karlskoga@demensforbundet.example',
		phone: '070-466 20 17'
	},
	{
		slug: 'korpen-karlskoga',
		name: 'Korpen Karlskoga friskvård',
		kind: 'association',
		description:
			'Motionsidrott för alla åldrar. Seniorverksamheten omfattar gympa, vattengympa, gym, pingis och gåfotboll.',
		contactName: 'Mats Eriksson',
		email: 'info@korpen-karlskoga.example',
		phone: '0586-73 55 60',
		website: 'https://korpen-karlskoga.example'
	},
	{
		slug: 'karlskoga-bridgeklubb',
		name: 'Karlskoga Bridgeklubb',
		kind: 'association',
		description: 'Bridgeklubb med spel två eftermiddagar i veckan och nybörjarkurs varje höst och vår.',
		contactName: 'Ulf Karlsson',
		email: 'bridge@karlskoga-bk.example',
		phone: '070-377 91 02'
	},
	{
		slug: 'karlskoga-hembygdsforening',
		name: 'Karlskoga hembygdsförening',
		kind: 'association',
		description:
			'Hembygdsföreningen vårdar hembygdsgården i Kåsa och samlar berättelser och bilder från Karlskogas historia.',
		contactName: 'Ingrid Nilsson',
		email: 'hembygd@karlskoga-hembygd.example',
		phone: '070-281 64 30'
	},
	{
		slug: 'seniornet-karlskoga',
		name: 'Seniornet Karlskoga',
		kind: 'association',
		description:
			'Seniorer som hjälper seniorer med mobil, surfplatta och dator. Våra handledare finns på träffpunkterna och biblioteken.',
		contactName: 'Bengt Svensson',
		email: 'karlskoga@seniornet.example',
		phone: '070-654 09 88'
	}
];

// ---------------------------------------------------------------------------
// Events – templates plus placements, expanded deterministically
// ---------------------------------------------------------------------------

type Cost = SeedEvent['cost'];
type SignupSpec = { via: 'tel' | 'web'; capacity?: number; how?: string };

type Template = {
	title: string;
	category: string;
	audiences?: string[];
	languages?: string[];
	/** One text, or variants used in turn by successive placements. */
	summary: string | string[];
	titleFi?: string;
	summaryFi?: string;
	description: string | string[];
	easyRead?: string;
	cost?: Cost;
	lunchServed?: boolean;
	accessibilityNotes?: string;
	signup?: SignupSpec;
	remote?: { kind: 'phone' | 'online'; details: string };
	seasonalBreaks?: boolean;
	/** Where an outing gathers when that is not the venue (samlingsplats). */
	gatheringPlace?: string;
};

type Options = Partial<Omit<Template, 'easyRead' | 'signup'>> & {
	easyRead?: string | null;
	signup?: SignupSpec | null;
	contact?: [name: string, phone: string];
};

const FREE: Cost = { kind: 'free' };
/** A price with what it covers ('session' = per gång, 'term' = per termin…); the note adds what is included. */
const paid = (amount: number, note?: string, unit?: CostUnit): Cost => ({
	kind: 'paid',
	amount,
	...(note ? { note } : {}),
	...(unit ? { unit } : {})
});

const templates: Record<string, Template> = {
	// --- Motion och rörelse ---
	stavgang: {
		title: 'Stavgång',
		category: 'motion',
		summary: [
			'Stavgång i lugnt tempo, ungefär fem kilometer med paus på halva vägen.',
			'Promenad med stavar i skog och parkmiljö – stavar finns att låna.'
		],
		description:
			'Vi går tillsammans i ungefär en timme och anpassar tempot efter gruppen. Stavar finns att låna om du inte har egna. Vi går i alla väder men ställer in vid ishalka.',
		easyRead:
			'Vi går en promenad med stavar. Du kan låna stavar av oss. Promenaden tar en timme. Alla får vara med.'
	},
	seniordans: {
		title: 'Seniordans',
		category: 'motion',
		summary: 'Dans i ring och på rad till glad musik – du behöver ingen partner.',
		description:
			'Seniordans tränar balans, kondition och minne på ett roligt sätt. Vi dansar i ring och på rad, så du kan gärna komma ensam. Ledaren visar stegen i lugn takt och vi tar fikapaus halvvägs.',
		cost: paid(40, 'fika ingår', 'session')
	},
	linedance: {
		title: 'Linedance',
		category: 'motion',
		summary: 'Linedance till country och pop – vi lär oss nya danser i lugn takt.',
		description:
			'Du dansar på egen hand i rader, så du behöver ingen partner. Varje termin lär vi oss några nya danser och repeterar gamla favoriter. Bekväma skor med slät sula rekommenderas.',
		cost: paid(30, undefined, 'session')
	},
	boule: {
		title: 'Boule',
		category: 'motion',
		summary: 'Boule i blandade lag för både nybörjare och vana spelare.',
		description:
			'Vi lottar nya lag varje gång så att alla får spela med alla. Klot finns att låna. Vid regn ställs spelet in – ring kontaktpersonen om du är osäker.',
		seasonalBreaks: false
	},
	vattengympa: {
		title: 'Vattengympa',
		category: 'motion',
		summary: 'Gympa i varmt vatten som är skonsamt för leder och rygg.',
		description:
			'Passet leds av en instruktör från bassängkanten och passar även dig med ledbesvär eller ny höftled. Vattnet håller cirka 32 grader. Entrén betalas i kassan, pensionärspris gäller.',
		cost: paid(50, 'Pensionärsentré 50 kr, betalas i kassan'),
		accessibilityNotes: 'Lyft ned i bassängen finns. Instruktören hjälper till vid behov.'
	},
	sittgympa: {
		title: 'Sittgympa',
		category: 'motion',
		summary: [
			'Lugn gympa sittande på stol till musik – passar alla oavsett form.',
			'Rörelse för hela kroppen sittande på stol, i ditt eget tempo.'
		],
		description:
			'Vi rör på hela kroppen sittande på stol, med några övningar stående för den som vill. Passet tar cirka 45 minuter och avslutas med avslappning. Ingen anmälan behövs, kom som du är.',
	},
	qigong: {
		title: 'Qigong',
		category: 'motion',
		summary: 'Mjuka rörelser och lugn andning som ger balans och bättre hållning.',
		description:
			'Qigong är en kinesisk rörelsekonst med långsamma, flytande rörelser. De flesta övningarna görs stående men går bra att göra sittande. Bekväma kläder och skor är allt du behöver.'
	},
	yogaStol: {
		title: 'Yoga på stol',
		category: 'motion',
		summary: 'Yoga sittande på stol med fokus på rörlighet, andning och avslappning.',
		description:
			'Passet passar dig som vill prova yoga utan att behöva sätta dig på golvet. Vi arbetar med rörlighet i nacke, axlar och höfter och avslutar med en stunds vila. Ta gärna med en vattenflaska.',
		cost: paid(30, undefined, 'session')
	},
	balansgrupp: {
		title: 'Balansträning i grupp',
		category: 'motion',
		summary: 'Träna balans och benstyrka för att minska risken att falla.',
		description:
			'Övningarna bygger på kommunens program för fallprevention och leds av en fysioterapeut. Vi tränar stående med stöd av en stol och ökar svårigheten steg för steg. Gruppen träffas hela terminen och det är bra om du kan komma varje gång.',
		signup: { via: 'web', capacity: 12 }
	},
	promenad: {
		title: 'Promenadgruppen',
		category: 'motion',
		summary: [
			'Promenad på tre–fyra kilometer i lugnt tempo, med fika efteråt.',
			'Gemensam promenad i närområdet – vi går så att alla hänger med.'
		],
		description:
			'Vi går en runda på ungefär en timme och väntar in varandra. Efteråt fikar den som vill. Promenaden passar dig som vill röra på dig i sällskap.',
		easyRead: 'Vi går en promenad tillsammans. Vi går lugnt. Efteråt kan du fika med oss.'
	},
	seniorgym: {
		title: 'Seniorgym med instruktör',
		category: 'motion',
		summary: 'Styrketräning i maskiner och med fria vikter, anpassad för seniorer.',
		description:
			'En instruktör visar hur maskinerna fungerar och gör ett enkelt program tillsammans med dig. Träningen stärker muskler och skelett och minskar risken för fall. Ta med inneskor och handduk.',
		cost: paid(30, 'eller 250 kr för tio gånger', 'session')
	},
	pingis: {
		title: 'Pingis för seniorer',
		category: 'motion',
		summary: 'Bordtennis i lugn takt – vi spelar dubbel och singel om vartannat.',
		description:
			'Du behöver inte ha spelat förut. Racket och bollar finns att låna. Vi byter motståndare ofta och fikar en stund efter spelet.',
		cost: paid(20, undefined, 'session')
	},
	friskvardsgympa: {
		title: 'Friskvårdsgympa 65+',
		category: 'motion',
		summary: 'Gympa till musik med uppvärmning, styrka och stretch – i lugnt tempo.',
		description:
			'Passet är 50 minuter och varvar stående och sittande övningar. Ledaren visar enklare och svårare varianter så att alla kan vara med. Terminsavgiften betalas till Korpen.',
		cost: paid(150, undefined, 'term')
	},
	gafotboll: {
		title: 'Gåfotboll',
		category: 'motion',
		summary: 'Fotboll i gångtempo – ingen löpning och inga tacklingar.',
		description:
			'Gåfotboll passar dig som vill spela boll utan att springa. Vi spelar i små lag inomhus och reglerna förklaras på plats. Ta med inneskor och vattenflaska.',
		audiences: ['alla-aldre', 'man']
	},

	// --- Gemenskap och samtal ---
	mandagsfika: {
		title: 'Måndagsfika',
		category: 'mat',
		summary: 'Kaffe, hembakat och en pratstund – ingen anmälan behövs.',
		description:
			'Varje måndag dukar vi fram kaffe, te och något hembakat. Här träffar du grannar och nya bekanta. Personalen finns på plats och berättar gärna om veckans aktiviteter.',
		cost: paid(20, '20 kr för kaffe och bröd')
	},
	oppetHus: {
		title: 'Öppet hus',
		category: 'gemenskap',
		summary: [
			'Titta in på träffpunkten, ta en kopp kaffe och träffa andra i stadsdelen.',
			'Drop-in med kaffe, tidningar och sällskapsspel.'
		],
		description:
			'Under öppet hus kan du komma och gå som du vill. Det finns tidningar, spel och pussel, och personalen svarar gärna på frågor om kommunens stöd för äldre. Kaffet är gratis.',
	},
	mobilTraffpunkt: {
		title: 'Mobila träffpunkten',
		category: 'gemenskap',
		summary: 'Träffpunkten kommer till dig – fika, information och aktiviteter i din närmiljö.',
		description:
			'Varannan vecka packar personalen från träffpunkterna bilen och kommer ut till orter och stadsdelar som saknar egen träffpunkt. Vi bjuder på kaffe, ordnar enkla aktiviteter och svarar på frågor om kommunens stöd. Tipsa oss gärna om vad du vill göra nästa gång.',
		easyRead:
			'Personal från kommunen kommer hit varannan vecka. Vi fikar och pratar. Du kan fråga om hjälp och stöd. Det kostar inget.'
	},
	manstraffen: {
		title: 'Mansträffen',
		category: 'gemenskap',
		audiences: ['man'],
		summary: 'Träff för män som vill prata, fika och ibland göra studiebesök.',
		description:
			'Mansträffen är ett avslappnat sammanhang där vi pratar om allt från fiske och motorer till hälsa och vardag. Några gånger per termin gör vi studiebesök, till exempel på brandstationen eller Bofors industriområde. Nya deltagare är alltid välkomna.'
	},
	stickcafe: {
		title: 'Stickcafé',
		category: 'gemenskap',
		summary: 'Sticka, virka och prata i gott sällskap – ta med eget handarbete.',
		description:
			'Ta med det du håller på med eller börja på något nytt, vi har garn och stickor att låna ut. Erfarna stickare hjälper gärna till med mönster och maskor. En del av det vi stickar skänks till Röda Korset.'
	},
	bingo: {
		title: 'Bingo',
		category: 'gemenskap',
		summary: 'Klassiskt bingo med fina vinster och fika i pausen.',
		description:
			'Vi spelar fem rundor med en paus för kaffe och smörgås. Vinsterna är skänkta av lokala butiker. Brickor köps på plats, betala gärna med Swish eller jämna pengar.',
		cost: paid(20, '20 kr per bricka')
	},
	sprakcafe: {
		title: 'Språkcafé',
		category: 'gemenskap',
		languages: ['sv', 'ar', 'bs'],
		summary: 'Öva svenska i vardagliga samtal över en kopp kaffe.',
		description:
			'Språkcaféet är för dig som har ett annat modersmål och vill prata mer svenska. Volontärer leder samtal i små grupper om vardag, hälsa och samhälle. Alla nivåer är välkomna och du behöver inte anmäla dig.'
	},
	nyPensionar: {
		title: 'Ny som pensionär – samtalsgrupp',
		category: 'gemenskap',
		audiences: ['nyblivna-pensionarer'],
		summary: 'För dig som nyss gått i pension och vill hitta nya sammanhang och rutiner.',
		description:
			'Vi träffas i en liten grupp och pratar om hur vardagen förändras när arbetslivet tar slut. Varje träff har ett tema, till exempel ekonomi, hälsa eller föreningsliv. Gruppen leds av en cirkelledare från Sensus.',
		signup: { via: 'web', capacity: 10 }
	},
	speltraff: {
		title: 'Spelträff – kort och sällskapsspel',
		category: 'gemenskap',
		summary: 'Kortspel, Yatzy och Rummikub i trevligt sällskap.',
		description:
			'Vi spelar det deltagarna vill – ofta kanasta, whist och Rummikub. Har du ett favoritspel får du gärna ta med det. Kaffe finns till självkostnadspris.'
	},
	schack: {
		title: 'Schack',
		category: 'gemenskap',
		summary: 'Schackspel för alla nivåer – från nybörjare till gamla klubbspelare.',
		description:
			'Vi spelar partier i lugn takt och går ibland igenom kända partier tillsammans. Bräden och klockor finns på plats. Nybörjare får gärna en genomgång av reglerna.'
	},
	kvinnorEmellan: {
		title: 'Kvinnor emellan',
		category: 'gemenskap',
		audiences: ['kvinnor'],
		summary: 'Samtalsgrupp för kvinnor med olika teman och gott fika.',
		description:
			'Vi samtalar om sådant som rör livet som äldre kvinna – relationer, hälsa, minnen och drömmar. Ibland bjuder vi in en gäst. Gruppen är öppen och du kan börja när du vill.'
	},
	rkCafe: {
		title: 'Röda Korsets mötesplats',
		category: 'gemenskap',
		summary: 'Öppen mötesplats med kaffe, samtal och second hand-fynd i Kupan.',
		description:
			'Volontärer från Röda Korset håller öppet för fika och samtal. Du som känner dig ensam är särskilt välkommen. Kaffe och smörgås kostar 15 kr.',
		easyRead: 'Här kan du fika och prata med andra. Volontärer finns här. Kaffe och smörgås kostar 15 kronor.',
		cost: paid(15, '15 kr för kaffe och smörgås')
	},
	telefonvan: {
		title: 'Telefonvän – vi ringer upp dig',
		category: 'gemenskap',
		summary: 'Ett regelbundet samtal med en volontär för dig som vill ha någon att prata med.',
		description:
			'En volontär från Röda Korset ringer dig på samma tid varje vecka. Ni pratar om det du vill – vardag, minnen eller det som händer i Karlskoga. Anmäl dig genom att ringa föreningen, så matchar vi dig med en telefonvän.',
		easyRead: 'Vi ringer dig en gång i veckan. Du pratar med en snäll volontär. Det kostar inget.',
		signup: { via: 'tel' },
		remote: {
			kind: 'phone',
			details:
				'Vi ringer upp dig på det nummer du har anmält, samma tid varje vecka. Samtalet tar 20–30 minuter.'
		}
	},

	// --- Kultur och musik ---
	sangstund: {
		title: 'Sångstund',
		category: 'kultur',
		summary: [
			'Vi sjunger kända visor och schlager tillsammans till piano.',
			'Allsång med sånghäften – från Taube till Povel Ramel.'
		],
		description:
			'Sånghäften finns på plats och en musiker ackompanjerar på piano eller gitarr. Du behöver inte kunna sjunga bra, det viktiga är glädjen. Efteråt fikar vi tillsammans.',
	},
	bokcirkel: {
		title: 'Bokcirkel',
		category: 'kultur',
		summary: 'Vi läser en bok i taget och ses varannan vecka för att samtala om den.',
		description:
			'Biblioteket lånar ut böckerna, även som ljudbok eller med stor stil. Vi turas om att välja bok och samtalet leds av en bibliotekarie. Du är välkommen även om du inte hunnit läsa klart.',
		signup: { via: 'tel', capacity: 12 }
	},
	seniorkoren: {
		title: 'Seniorkören',
		category: 'kultur',
		summary: 'Kör för seniorer med blandad repertoar – inga förkunskaper krävs.',
		description:
			'Vi övar stämsång med allt från folkvisor till psalmer och pop. Kören sjunger vid några tillfällen per termin, bland annat på äldreboenden. Körledaren hjälper dig att hitta rätt stämma.'
	},
	filmeftermiddag: {
		title: 'Filmeftermiddag',
		category: 'kultur',
		summary: 'Vi ser en svensk klassiker på storbild, med kaffe i pausen.',
		description:
			'Varje gång visar vi en film som deltagarna har önskat. Filmen är textad och ljudet går via hörslinga. Efteråt pratar vi om filmen för den som vill.',
		accessibilityNotes: 'Hörslinga i salongen. Alla filmer visas textade.',
		cost: paid(40, '40 kr, kaffe ingår')
	},
	musikcafe: {
		title: 'Musikcafé',
		category: 'kultur',
		summary: 'Livemusik av lokala musiker och fika i caféet.',
		description:
			'En lokal artist eller grupp underhåller i ungefär en timme, ofta med dansbandslåtar, jazz eller visor. Det finns kaffe och tårta att köpa. Entrén betalas vid dörren.',
		cost: paid(50, 'Entré 50 kr')
	},
	hoglasning: {
		title: 'Högläsning',
		category: 'kultur',
		summary: 'Luta dig tillbaka och lyssna när vi läser noveller och kåserier högt.',
		description:
			'En bibliotekarie eller volontär läser ur korta texter, ofta med koppling till Värmland och Bergslagen. Efteråt finns tid för samtal och kaffe. Passar dig som har svårt att läsa själv.',
		easyRead: 'Någon läser en berättelse högt. Du lyssnar. Efteråt kan vi prata och fika.'
	},
	fotogruppen: {
		title: 'Fotogruppen',
		category: 'kultur',
		summary: 'Lär dig mer om fotografering med mobil eller kamera och visa dina bilder.',
		description:
			'Vi har ett tema per träff, till exempel ljus, porträtt eller natur. Mellan träffarna fotograferar du själv och vi tittar på bilderna tillsammans på storskärm. Både mobilkamera och systemkamera går bra.'
	},
	akvarell: {
		title: 'Akvarellmålning',
		category: 'kurs',
		summary: 'Måla akvarell i en liten grupp med handledning av en konstnär.',
		description:
			'Vi övar grundteknik som laveringar, färgblandning och perspektiv. Material finns att köpa på plats. Nybörjare och vana målare är lika välkomna.',
		cost: paid(100, 'materialavgift', 'term'),
		signup: { via: 'tel', capacity: 10 }
	},

	// --- Hälsa och förebyggande ---
	blodtryck: {
		title: 'Blodtrycksmätning – drop-in',
		category: 'halsa',
		summary: 'Kom in och mät blodtrycket hos distriktssköterskan utan tidsbokning.',
		description:
			'Distriktssköterskan mäter blodtryck och svarar på enkla frågor om hälsa och läkemedel. Ta med din läkemedelslista om du har en. Vid höga värden får du hjälp att boka en tid.',
	},
	minnestraning: {
		title: 'Minnesträning',
		category: 'halsa',
		summary: 'Övningar och tips för att hålla minnet i form – med glimten i ögat.',
		description:
			'Vi löser klurigheter, spelar minnesspel och pratar om vad forskningen säger om hjärnans hälsa. Träffarna leds av personal från kommunens förebyggande hälsoteam. Övningarna är anpassade så att alla kan vara med.'
	},
	halsocafe: {
		title: 'Hälsocafé',
		category: 'halsa',
		summary: 'Fika och samtal om ett nytt hälsotema varje gång.',
		description:
			'Personal från det förebyggande hälsoteamet tar upp teman som sömn, mat, rörelse och läkemedel. Du kan lämna frågor anonymt i en låda. Samtalet sker i lugn takt runt kaffebordet.',
	},
	diabetes: {
		title: 'Diabetesträff',
		category: 'halsa',
		summary: 'Samtalsgrupp med diabetessköterska om mat, motion och blodsocker.',
		description:
			'Träffarna är för dig med typ 2-diabetes som vill lära dig mer och utbyta erfarenheter. Diabetessköterskan går igenom ett tema per gång och svarar på frågor. Anmäl dig till vårdcentralen.',
		signup: { via: 'tel', capacity: 10 }
	},

	// --- Digital hjälp ---
	mobilhjalp: {
		title: 'Mobilhjälp',
		category: 'digital',
		summary: [
			'Få hjälp med mobilen, surfplattan eller datorn av vana volontärer.',
			'Drop-in för frågor om mobil och surfplatta – ta med din egen.'
		],
		description:
			'Volontärer hjälper dig med det du undrar över, till exempel sms, bilder, Swish eller videosamtal. Ta med laddad mobil eller surfplatta och gärna dina lösenord. Vi loggar aldrig in på banken åt dig.',
	},
	digitalDropin: {
		title: 'Digital drop-in på biblioteket',
		category: 'digital',
		summary: 'Bibliotekets personal hjälper dig med e-tjänster, e-böcker och dator.',
		description:
			'Du kan få hjälp att ladda ner e-böcker och ljudböcker, använda 1177 eller skanna och skriva ut dokument. Det finns datorer att låna om du inte har egen. Kom när det passar under tiden.'
	},
	surfaTryggt: {
		title: 'Surfa tryggt – studiecirkel',
		category: 'digital',
		summary: 'Lär dig känna igen bedrägerier och använda internet på ett säkert sätt.',
		description:
			'Under åtta träffar går vi igenom lösenord, falska sms och mejl, säkra köp på nätet och hur du skyddar ditt BankID. Cirkeln leds av Seniornets handledare. Ta med egen dator eller surfplatta.',
		signup: { via: 'web', capacity: 8 }
	},
	digitalOnline: {
		title: 'Digital frågestund online',
		category: 'digital',
		summary: 'Ställ dina frågor om mobil och dator i ett videomöte hemifrån.',
		description:
			'Seniornets handledare svarar på frågor i ett öppet videomöte. Du kan delta med mobil, surfplatta eller dator. Första gången hjälper vi dig via telefon att komma in i mötet om det behövs.',
		signup: { via: 'web', capacity: 15 },
		remote: {
			kind: 'online',
			details: 'Vi träffas i Zoom. Länken skickas med e-post dagen innan till alla som anmält sig.'
		}
	},

	// --- Mat och fika ---
	lunchtraff: {
		title: 'Lunchträff',
		category: 'mat',
		summary: [
			'Gemensam lunch med husmanskost, kaffe och kaka.',
			'Lunch i sällskap – två rätter att välja mellan och kaffe efteråt.'
		],
		description:
			'Maten lagas av kommunens kök och serveras vid dukade bord. Meddela gärna specialkost när du anmäler dig. Efter lunchen blir det ofta ett kort program, till exempel musik eller information.',
		cost: paid(75, '75 kr för lunch, kaffe och kaka'),
		lunchServed: true,
		signup: { via: 'tel', capacity: 30 }
	},
	sopplunch: {
		title: 'Sopplunch',
		category: 'mat',
		summary: 'Hemlagad soppa med bröd och kaffe – alla är välkomna.',
		description:
			'Vi serverar soppa, hembakat bröd och kaffe. Efter maten är det en kort andakt för den som vill stanna. Alla är välkomna oavsett tro.',
		cost: paid(50, '50 kr'),
		lunchServed: true
	},
	frukostklubben: {
		title: 'Frukostklubben',
		category: 'mat',
		summary: 'Frukost i gott sällskap – gröt, smörgås och morgontidningen.',
		description:
			'Vi äter frukost tillsammans och läser dagens Karlskoga-Kuriren. Ibland bjuder vi in en gäst som berättar om något aktuellt i kommunen. Frukosten betalas på plats.',
		easyRead: 'Vi äter frukost tillsammans. Frukosten kostar 30 kronor. Alla är välkomna.',
		cost: paid(30, '30 kr för frukost')
	},
	matlagningMan: {
		title: 'Matlagning för män',
		category: 'mat',
		audiences: ['man'],
		summary: 'Laga enkel och näringsrik vardagsmat tillsammans och ät det ni lagat.',
		description:
			'Cirkeln passar dig som vill bli tryggare i köket, kanske efter att ha blivit ensam. Vi lagar två–tre rätter per gång och äter tillsammans. Kostnaden för råvarorna delas mellan deltagarna.',
		cost: paid(60, 'för råvaror', 'session'),
		lunchServed: true,
		signup: { via: 'tel', capacity: 8 }
	},
	vaffelcafe: {
		title: 'Våffelcafé',
		category: 'mat',
		summary: 'Nygräddade våfflor med sylt och grädde – och kaffe förstås.',
		description:
			'Deltagare och personal gräddar våfflor tillsammans. Glutenfria våfflor finns om du frågar. Passa på att hälsa på några nya ansikten.',
		cost: paid(25, '25 kr för våffla och kaffe')
	},

	// --- Kurser och studiecirklar ---
	slaktforskning: {
		title: 'Släktforskning',
		category: 'kurs',
		summary: 'Lär dig söka i kyrkböcker och databaser och hitta dina förfäder.',
		description:
			'Vi använder Arkiv Digital och Riksarkivet på bibliotekets datorer. Erfarna släktforskare hjälper nybörjare att komma i gång. Ta med det du redan vet om din släkt, gärna namn och födelseår.',
		signup: { via: 'web', capacity: 10 }
	},
	engelska: {
		title: 'Engelska för seniorer',
		category: 'kurs',
		languages: ['sv', 'en'],
		summary: 'Repetera och öva engelska på ett lättsamt sätt, inför resan eller för nöjes skull.',
		description:
			'Vi pratar, läser korta texter och lyssnar på engelska i ett tempo som passar gruppen. Grundkunskaper från skolan räcker gott. Cirkeln pågår hela terminen.',
		cost: paid(300, undefined, 'term'),
		signup: { via: 'tel', capacity: 12 }
	},
	tradgard: {
		title: 'Trädgårdsgruppen',
		category: 'kurs',
		summary: 'Vi byter sticklingar, tips och erfarenheter om odling i trädgård och på balkong.',
		description:
			'Gruppen träffas inomhus under vintern och gör studiebesök i trädgårdar under våren. Varje träff har ett tema, till exempel fröodling, perenner eller beskärning. Du behöver inte ha egen trädgård.'
	},
	traslojd: {
		title: 'Snickarglädje – träslöjd',
		category: 'kurs',
		summary: 'Snickra, tälja och laga i slöjdrummet med handledning.',
		description:
			'Du kan arbeta med eget projekt eller följa någon av våra enkla ritningar, till exempel fågelholkar och smörknivar. Maskiner och verktyg finns, och handledaren går igenom säkerheten första gången. Materialet betalar du själv.'
	},
	hembygd: {
		title: 'Karlskoga förr – hembygdscirkel',
		category: 'kurs',
		summary: 'Vi tittar på gamla bilder och delar minnen från Karlskoga och Bofors.',
		description:
			'Varje träff utgår från ett tema, till exempel bruksmiljön, skolan eller de gamla affärerna på Kungsvägen. Deltagarnas berättelser skrivs ned och sparas i hembygdsföreningens arkiv. Har du gamla fotografier får du gärna ta med dem.'
	},
	bridge: {
		title: 'Bridge',
		category: 'gemenskap',
		summary: 'Partävling i bridge för klubbens medlemmar och gäster.',
		description:
			'Vi spelar cirka 24 givar i lugnt tempo. Saknar du partner, ring så hjälper vi dig att hitta en. Avgiften går till lokalhyra och kaffe.',
		cost: paid(40, '40 kr inklusive kaffe')
	},
	bridgekurs: {
		title: 'Bridge för nybörjare',
		category: 'kurs',
		summary: 'Lär dig grunderna i bridge – budgivning, spelföring och regler.',
		description:
			'Kursen pågår under tio veckor och följer Svenska Bridgeförbundets kursbok. Du behöver ingen partner för att anmäla dig. Efter kursen är du välkommen att spela på klubbens tävlingar.',
		cost: paid(400, 'hela kursen, inklusive kursbok', 'total'),
		signup: { via: 'web', capacity: 16 }
	},

	// --- Utflykter ---
	naturvandring: {
		title: 'Naturvandring',
		category: 'utflykt',
		summary: 'Vandring på 5–7 km i skog och natur runt Karlskoga, med matsäck.',
		description:
			'Vi går i lugnt tempo med flera pauser och fikar vid ett vindskydd. Ta med matsäck, sittunderlag och kläder efter väder. Meddela ledaren om du behöver samåka till samlingsplatsen.'
	},

	// --- Anhörigstöd ---
	anhorigcafe: {
		title: 'Anhörigcafé',
		category: 'anhorig',
		audiences: ['anhoriga'],
		summary: 'Träffa andra som stöttar en närstående – fika och samtal i lugn miljö.',
		description:
			'Anhörigcaféet är för dig som hjälper en make, maka, förälder eller vän i vardagen. Kommunens anhörigkonsulent finns på plats och svarar på frågor om stöd och avlösning. Du kan komma anonymt och behöver inte anmäla dig.',
	},
	anhorigcirkel: {
		title: 'Anhörigcirkel',
		category: 'anhorig',
		audiences: ['anhoriga'],
		summary: 'Samtalsgrupp i åtta träffar för anhöriga till personer med demenssjukdom.',
		description:
			'I en sluten grupp får du kunskap om demenssjukdomar och möjlighet att dela erfarenheter med andra i samma situation. Gruppen leds av anhörigkonsulenten och en demenssjuksköterska. Avlösning i hemmet kan ordnas medan du deltar.',
		signup: { via: 'web', capacity: 8 }
	},
	demenscafe: {
		title: 'Demenscafé',
		category: 'anhorig',
		audiences: ['demens', 'anhoriga'],
		summary: 'En trygg fikastund för personer med demenssjukdom och deras anhöriga.',
		description:
			'Här kan ni umgås i en lugn och förstående miljö. Vi sjunger, pratar och fikar tillsammans, och det finns alltid någon från Demensföreningen att prata med. Kom tillsammans eller ensam.',
	},
	anhorigTelefon: {
		title: 'Samtalsstöd för anhöriga per telefon',
		category: 'anhorig',
		audiences: ['anhoriga'],
		summary: 'Enskilt samtal med anhörigkonsulent för dig som har svårt att ta dig hemifrån.',
		description:
			'Du bokar en tid och anhörigkonsulenten ringer upp dig. Samtalet handlar om det du behöver, till exempel avlösning, egen återhämtning eller hur du orkar vidare. Samtalet är kostnadsfritt och omfattas av tystnadsplikt.',
		signup: { via: 'tel' },
		remote: {
			kind: 'phone',
			details: 'Vi ringer upp dig på den tid ni har bokat. Samtalet tar ungefär 45 minuter.'
		}
	},
	anhorigOnline: {
		title: 'Anhörigträff online',
		category: 'anhorig',
		audiences: ['anhoriga'],
		summary: 'Träffa andra anhöriga i ett videomöte – från din egen soffa.',
		description:
			'Träffen passar dig som inte kan lämna din närstående ensam. Anhörigkonsulenten leder samtalet och berättar om kommunens stöd. Du behöver bara en mobil, surfplatta eller dator med kamera.',
		signup: { via: 'web', capacity: 10 },
		remote: {
			kind: 'online',
			details: 'Vi ses i Teams. Länken skickas till din e-post när du har anmält dig.'
		}
	},

	// --- Tro och andlighet ---
	veckomassa: {
		title: 'Veckomässa med kyrkkaffe',
		category: 'tro',
		summary: 'Kort gudstjänst med nattvard, följt av kaffe och samtal.',
		description:
			'Mässan tar ungefär en halvtimme och efteråt bjuder församlingen på kaffe i församlingssalen. Det finns hörslinga och plats för rullstol längst fram. Alla är välkomna.'
	},
	andakt: {
		title: 'Andakt och sångstund',
		category: 'tro',
		summary: 'En stilla stund med psalmer, bön och en kort betraktelse.',
		description:
			'Vi sjunger psalmer och kända andliga sånger tillsammans. Prästen eller diakonen håller en kort betraktelse, och efteråt finns tid för samtal över en kopp kaffe.'
	},
	samtalOmLivet: {
		title: 'Samtal om livet',
		category: 'tro',
		summary: 'Samtalsgrupp om livsfrågor, sorg och mening – med diakon.',
		description:
			'Vi samtalar om det som berör, till exempel åldrande, förluster och det som ger glädje. Du väljer själv hur mycket du vill dela. Gruppen är liten och det som sägs stannar i rummet.',
		signup: { via: 'tel', capacity: 8 }
	},
	bonStillhet: {
		title: 'Bön och stillhet',
		category: 'tro',
		summary: 'Stilla bönestund med levande ljus och lugn musik.',
		description:
			'Kyrkan är öppen för bön, ljuständning och tystnad. Den som vill kan lämna böneämnen. Kaffe serveras efteråt i caféet.'
	},
	onsdagscafe: {
		title: 'Onsdagscafé',
		category: 'gemenskap',
		summary: 'Kaffe, smörgås och ett kort program med sång eller berättelse.',
		description:
			'Onsdagscaféet är en öppen mötesplats där alla är välkomna oavsett tro. Programmet varierar mellan musik, föredrag och bildvisning. Kaffe med smörgås kostar 20 kr.',
		easyRead: 'Här kan du fika och lyssna på musik eller en berättelse. Alla är välkomna.',
		cost: paid(20, '20 kr för kaffe och smörgås')
	},

	// --- På finska ---
	kahvihetki: {
		title: 'Finskspråkig kaffestund – Kahvihetki',
		titleFi: 'Kahvihetki suomeksi',
		summaryFi: 'Kahvia ja juttelua suomeksi ruotsinsuomalaisille kaikenikäisille.',
		category: 'gemenskap',
		audiences: ['finsktalande'],
		languages: ['fi'],
		summary: 'Kaffe och samtal på finska för sverigefinnar i alla åldrar.',
		description:
			'Vi träffas för att prata finska, fika och dela nyheter från föreningen. Här kan du tala ditt modersmål utan att leta efter orden. Tervetuloa – välkommen!',
	},
	laulutuokio: {
		title: 'Finsk sångstund – Laulutuokio',
		titleFi: 'Laulutuokio',
		summaryFi: 'Laulamme yhdessä suomalaisia iskelmiä, kansanlauluja ja virsiä.',
		category: 'kultur',
		audiences: ['finsktalande'],
		languages: ['fi', 'sv'],
		summary: 'Vi sjunger finska schlager, folkvisor och psalmer tillsammans.',
		description:
			'Sånghäften med texter på finska finns på plats, och en del sånger sjunger vi även på svenska. Ingen förkunskap behövs, bara lust att sjunga. Efteråt fikar vi.'
	},
	tuolijumppa: {
		title: 'Sittgympa på finska – Tuolijumppa',
		titleFi: 'Tuolijumppa',
		summaryFi: 'Rauhallista jumppaa tuolilla istuen, ohjeet suomeksi.',
		category: 'motion',
		audiences: ['finsktalande'],
		languages: ['fi'],
		summary: 'Lugn gympa sittande på stol med instruktioner på finska.',
		description:
			'Ledaren ger instruktionerna på finska och visar varje rörelse tydligt. Passet är cirka 45 minuter och avslutas med kaffe. Alla kan vara med oavsett form.'
	},
	kasityokerho: {
		title: 'Finsk handarbetsgrupp – Käsityökerho',
		titleFi: 'Käsityökerho',
		summaryFi: 'Käsitöitä ja juttelua suomeksi – neulomista, virkkaamista ja kirjontaa.',
		category: 'gemenskap',
		audiences: ['finsktalande'],
		languages: ['fi'],
		summary: 'Handarbete och prat på finska – stickning, virkning och broderi.',
		description:
			'Ta med eget handarbete eller få tips på nya projekt. Gruppen har stickat sockor och vantar till föreningens julbasar i över tjugo år. Alla är välkomna, även nybörjare.'
	},
	lounas: {
		title: 'Finsk lunchträff – Lounas',
		titleFi: 'Lounastapaaminen',
		summaryFi: 'Suomalaista kotiruokaa, kuten lohikeittoa ja karjalanpiirakoita, hyvässä seurassa.',
		category: 'mat',
		audiences: ['finsktalande'],
		languages: ['fi', 'sv'],
		summary: 'Finsk husmanskost som laxsoppa och karelska piroger, i gott sällskap.',
		description:
			'En gång i månaden lagar föreningens medlemmar finsk lunch tillsammans. Menyn varierar, men lohikeitto och karjalanpiirakat är återkommande favoriter. Anmäl dig senast måndagen innan.',
		cost: paid(70, '70 kr för lunch och kaffe'),
		lunchServed: true,
		signup: { via: 'tel', capacity: 35 }
	},
	finskMassa: {
		title: 'Finskspråkig gudstjänst – Suomenkielinen messu',
		titleFi: 'Suomenkielinen messu',
		summaryFi: 'Messu suomeksi, jonka jälkeen kirkkokahvit.',
		category: 'tro',
		audiences: ['finsktalande'],
		languages: ['fi'],
		summary: 'Mässa på finska med kyrkkaffe efteråt.',
		description:
			'Församlingen firar mässa på finska en gång i månaden tillsammans med en finskspråkig präst från stiftet. Efter mässan bjuder vi på kaffe och samtal på finska. Tervetuloa!'
	},
	finskBokcirkel: {
		title: 'Finsk bokcirkel – Lukupiiri',
		titleFi: 'Lukupiiri',
		summaryFi: 'Luemme kaunokirjallisuutta suomeksi ja keskustelemme siitä, yksi kirja kuukaudessa.',
		category: 'kultur',
		audiences: ['finsktalande'],
		languages: ['fi', 'sv'],
		summary: 'Läs och samtala om skönlitteratur på finska, en bok i månaden.',
		description:
			'Biblioteket har ett växande bestånd av finska böcker och ljudböcker som du kan låna. Vi samtalar på finska, med inslag av svenska vid behov. Kontakta biblioteket så reserverar vi ett exemplar åt dig.'
	},
	finskAnhorig: {
		title: 'Finskspråkigt anhörigcafé – Omaishoitajien kahvila',
		titleFi: 'Omaishoitajien kahvila',
		summaryFi: 'Omaishoitajien kahvila suomeksi sinulle, joka tuet läheistäsi.',
		category: 'anhorig',
		audiences: ['finsktalande', 'anhoriga'],
		languages: ['fi', 'sv'],
		summary: 'Anhörigcafé på finska för dig som stöttar en närstående.',
		description:
			'Många upplever att det är lättare att prata om svåra saker på sitt modersmål. En finsktalande anhörigkonsulent leder samtalet och berättar om stöd som finns i kommunen. Kaffet bjuder vi på.'
	},
	puhelinpiiri: {
		title: 'Samtalsgrupp på telefon – Puhelinpiiri',
		titleFi: 'Puhelinpiiri',
		summaryFi: 'Ryhmäkeskustelu suomeksi puhelimessa sinulle, jonka on vaikea lähteä kotoa.',
		category: 'gemenskap',
		audiences: ['finsktalande'],
		languages: ['fi'],
		summary: 'Gruppsamtal på finska per telefon för dig som har svårt att ta dig hemifrån.',
		description:
			'Upp till sex deltagare kopplas ihop i ett gemensamt telefonsamtal som leds av en volontär från föreningen. Vi pratar om minnen, nyheter och vardag. Du behöver bara en vanlig telefon.',
		signup: { via: 'tel', capacity: 6 },
		remote: {
			kind: 'phone',
			details:
				'Vi ringer upp dig och kopplar in dig i gruppsamtalet. Soitamme sinulle – vi ringer dig.'
		}
	}
};

// --- Small deterministic PRNG (mulberry32) ----------------------------------

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = mulberry32(65_691);
const randInt = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

// --- Schedule shorthand -----------------------------------------------------
// 'v3 10:00-11:00'    weekly on Wednesday
// 'v3/2 10:00-11:00'  every second Wednesday
// 'v6j …' / 'v7u …'   Saturday in even (jämna) / Sunday in odd (udda) ISO weeks
// 'm2:4 …'            second Thursday of the month; 'm-1:5 …' last Friday
// 'd+14 …'            once, 14 days from the seed day

type SeedSchedule = SeedEvent['schedule'];

function parseWhen(when: string, seasonalBreaks: boolean | undefined): SeedSchedule {
	const m = /^([vmd])(\S+) (\d\d:\d\d)-(\d\d:\d\d)$/.exec(when);
	if (!m) throw new Error(`Bad schedule shorthand: ${when}`);
	const [, kind, spec, startTime, endTime] = m;
	if (kind === 'v') {
		const w = /^([1-7])(?:\/([2-4]))?([ju])?$/.exec(spec);
		if (!w) throw new Error(`Bad weekly spec: ${when}`);
		const schedule: SeedSchedule = {
			kind: 'weekly',
			startTime,
			endTime,
			weekdays: [Number(w[1])],
			startOffsetDays: -randInt(0, 120),
			untilOffsetDays: randInt(120, 130),
			seasonalBreaks: seasonalBreaks ?? rand() < 0.75
		};
		if (w[3]) schedule.weekParity = w[3] === 'j' ? 'even' : 'odd';
		else schedule.interval = w[2] ? Number(w[2]) : 1;
		return schedule;
	}
	if (kind === 'm') {
		const mm = /^(-1|[1-4]):([1-7])$/.exec(spec);
		if (!mm) throw new Error(`Bad monthly spec: ${when}`);
		return {
			kind: 'monthly',
			startTime,
			endTime,
			nth: Number(mm[1]),
			weekday: Number(mm[2]),
			startOffsetDays: -randInt(30, 120),
			untilOffsetDays: randInt(120, 130),
			seasonalBreaks: seasonalBreaks ?? true
		};
	}
	const d = /^([+-]\d+)$/.exec(spec);
	if (!d) throw new Error(`Bad one-off spec: ${when}`);
	return { kind: 'once', startTime, endTime, startOffsetDays: Number(d[1]) };
}

// --- Builder ----------------------------------------------------------------

const orgBySlug = new Map(organisations.map((o) => [o.slug, o]));
const templateUse = new Map<string, number>();

function pick(text: string | string[], n: number): string {
	return Array.isArray(text) ? text[n % text.length] : text;
}

function firstName(contactName: string): string {
	return contactName.split(/[ ,]/)[0];
}

export const events: SeedEvent[] = [];

function add(
	tpl: string | Template,
	organisation: string,
	venue: string | null,
	when: string,
	opts: Options = {}
): void {
	const base = typeof tpl === 'string' ? templates[tpl] : tpl;
	if (!base) throw new Error(`Unknown template: ${String(tpl)}`);
	const org = orgBySlug.get(organisation);
	if (!org) throw new Error(`Unknown organisation: ${organisation}`);
	const key = typeof tpl === 'string' ? tpl : base.title;
	const n = templateUse.get(key) ?? 0;
	templateUse.set(key, n + 1);

	const t: Template = { ...base, ...opts } as Template;
	const [contactName, contactPhone] = opts.contact ?? [org.contactName, org.phone];
	const signupSpec = opts.signup === null ? undefined : (opts.signup ?? base.signup);
	const easyRead = DEMO_EASY_READ[t.title] ?? (opts.easyRead === null ? undefined : (opts.easyRead ?? base.easyRead));
	const remote = t.remote;

	const event: SeedEvent = {
		organisation,
		venue: remote ? null : venue,
		category: t.category,
		audiences: t.audiences ?? ['alla-aldre'],
		languages: t.languages ?? ['sv'],
		title: t.title,
		summary: pick(t.summary, n),
		...(t.titleFi ? { titleFi: t.titleFi } : {}),
		...(t.summaryFi ? { summaryFi: t.summaryFi } : {}),
		description: pick(t.description, n),
		cost: t.cost ?? FREE,
		contactName,
		contactPhone,
		contactEmail: org.email,
		schedule: parseWhen(when, t.seasonalBreaks)
	};
	if (remote) {
		event.remoteKind = remote.kind;
		event.remoteDetails = remote.details;
	}
	if (easyRead) event.easyRead = easyRead;
	if (t.lunchServed) event.lunchServed = true;
	if (t.accessibilityNotes) event.accessibilityNotes = t.accessibilityNotes;
	if (t.gatheringPlace) event.gatheringPlace = t.gatheringPlace;
	if (signupSpec) {
		// The event page shows the number as its own "Ring 0586-…" link: the text names the person, not the number again.
		const who = firstName(contactName);
		event.signup =
			signupSpec.via === 'web'
				? {
						how:
							signupSpec.how ??
							`Anmäl dig här på Träffpunkt eller till ${who}.`,
						capacity: signupSpec.capacity,
						online: true
					}
				: {
						how: signupSpec.how ?? `Anmäl dig till ${who} senast dagen innan.`,
						...(signupSpec.capacity ? { capacity: signupSpec.capacity } : {}),
						online: false
					};
	}
	events.push(event);
}

const TP = 'karlskoga-kommun-traffpunkter';
const ANH = 'karlskoga-kommun-anhorigstod';
const BIB = 'karlskoga-kommun-biblioteket';
const VC = 'region-vardcentralen-karlskoga';
const PRO = 'pro-karlskoga';
const PROB = 'pro-bregarden';
const SPF = 'spf-seniorerna-karlskoga';
const SPFM = 'spf-seniorerna-mockeln';
const RK = 'roda-korset-karlskoga';
const SK = 'svenska-kyrkan-karlskoga';
const MK = 'missionskyrkan-karlskoga';
const ABF = 'abf-karlskoga-degerfors';
const SV = 'studieforbundet-vuxenskolan';
const SEN = 'sensus-karlskoga';
const FI = 'finska-foreningen-karlskoga';
const DEM = 'demensforeningen-karlskoga-degerfors';
const KORP = 'korpen-karlskoga';
const BRIDGE = 'karlskoga-bridgeklubb';
const HEMB = 'karlskoga-hembygdsforening';
const NET = 'seniornet-karlskoga';

const lenaBregarden: [string, string] = ['Lena Ahlström, träffpunktsvärd', '0586-61 40 24'];
const sannaPersonal: [string, string] = ['Jenny Lind, träffpunktsvärd', '0586-61 40 28'];

// ===== Weekly series =========================================================

// Träffpunkt Centrum – Kulturhuset
add('mandagsfika', TP, 'traffpunkt-centrum-kulturhuset', 'v1 14:00-15:30');
add('sittgympa', TP, 'traffpunkt-centrum-kulturhuset', 'v2 10:00-10:45');
add('minnestraning', TP, 'traffpunkt-centrum-kulturhuset', 'v3 10:00-11:00');
add('mobilhjalp', NET, 'traffpunkt-centrum-kulturhuset', 'v3 13:00-15:00');
add('sangstund', TP, 'traffpunkt-centrum-kulturhuset', 'v4 14:00-15:00');
add('sprakcafe', RK, 'traffpunkt-centrum-kulturhuset', 'v4 17:30-19:00');
add('lunchtraff', TP, 'traffpunkt-centrum-kulturhuset', 'v5 11:30-13:00');
add('anhorigcafe', ANH, 'traffpunkt-centrum-kulturhuset', 'v5/2 13:30-15:00');
add('kvinnorEmellan', SEN, 'traffpunkt-centrum-kulturhuset', 'v2/2 14:00-16:00');
add('oppetHus', TP, 'traffpunkt-centrum-kulturhuset', 'v6j 10:00-13:30', {
	title: 'Lördagsöppet på Kulturhuset',
	summary: 'Träffpunkten har öppet lördagar jämna veckor – kaffe, tidningar och sällskap.',
	description:
		'Varannan lördag håller träffpunkten öppet för dig som tycker att helgerna blir långa. Det finns kaffe, dagens tidningar och sällskapsspel, och ibland blir det quiz. Frivilliga från PRO och SPF hjälper till som värdar.'
});
add('kahvihetki', FI, 'traffpunkt-centrum-kulturhuset', 'v1/2 10:00-11:30', {
	summary: 'Finskspråkig kaffestund mitt i stan, varannan måndag på Kulturhuset.'
});

// Karlskoga stadsbibliotek
add('bokcirkel', BIB, 'karlskoga-stadsbibliotek', 'v2/2 14:00-15:30');
add('digitalDropin', BIB, 'karlskoga-stadsbibliotek', 'v3 10:00-12:00');
add('hoglasning', BIB, 'karlskoga-stadsbibliotek', 'v4 14:00-14:45');
add('slaktforskning', ABF, 'karlskoga-stadsbibliotek', 'v1/2 13:00-15:30');
add('surfaTryggt', NET, 'karlskoga-stadsbibliotek', 'v4 10:00-12:00');

// Karlskoga kyrka
add('veckomassa', SK, 'karlskoga-kyrka', 'v3 12:00-13:00');
add('seniorkoren', SK, 'karlskoga-kyrka', 'v2 10:00-11:30', {
	title: 'Seniorkören i Karlskoga kyrka',
	summary: 'Församlingens seniorkör övar psalmer, visor och körklassiker varje tisdag.'
});

// Missionskyrkan
add('onsdagscafe', MK, 'missionskyrkan-karlskoga', 'v3 14:00-15:30');
add('bonStillhet', MK, 'missionskyrkan-karlskoga', 'v2 18:00-19:00');
add('sopplunch', MK, 'missionskyrkan-karlskoga', 'v4 11:30-13:00', {
	description:
		'Vi serverar dagens soppa med hembakat bröd, ost och kaffe. Maten lagas av ett gäng frivilliga i kyrkans kök. Alla är välkomna, ingen anmälan behövs.'
});
add('sangstund', MK, 'missionskyrkan-karlskoga', 'v5/2 14:00-15:00', {
	title: 'Sångstund i Missionskyrkan',
	easyRead: null
});

// Folkets hus
add('seniordans', PRO, 'folkets-hus-karlskoga', 'v2 14:00-16:00');

// ABF-huset
add('engelska', ABF, 'abf-huset-karlskoga', 'v1 10:00-12:00');
add('akvarell', ABF, 'abf-huset-karlskoga', 'v3 13:00-15:30');
add('matlagningMan', ABF, 'abf-huset-karlskoga', 'v4 16:30-19:00');

// Sensus
add('nyPensionar', SEN, 'sensus-lokalen-centrum', 'v2/2 10:00-12:00');
add('yogaStol', SEN, 'sensus-lokalen-centrum', 'v4 10:00-11:00');

// PRO-lokalen
add('bingo', PRO, 'pro-lokalen-centrum', 'v4 13:00-15:30');
add('speltraff', PRO, 'pro-lokalen-centrum', 'v1 13:00-16:00');
add('stickcafe', PRO, 'pro-lokalen-centrum', 'v3 13:00-15:00');

// Röda Korset
add('rkCafe', RK, 'roda-korsets-motesplats', 'v2 10:00-13:00');
add('stickcafe', RK, 'roda-korsets-motesplats', 'v1 13:00-15:00', {
	title: 'Stickcafé – vi stickar för Röda Korset',
	summary: 'Vi stickar sockor, mössor och filtar som skänks till Röda Korsets insatser.',
	description:
		'Garn har skänkts av privatpersoner och finns att hämta i lokalen. Du stickar i din egen takt, hemma eller hos oss. Kaffe bjuder vi på.'
});
add('telefonvan', RK, null, 'v2 10:00-12:00');

// Träffpunkt Bregården
add('mandagsfika', TP, 'traffpunkt-bregarden', 'v1 13:30-15:00', { contact: lenaBregarden });
add('mobilhjalp', NET, 'traffpunkt-bregarden', 'v1 10:00-12:00');
add('sittgympa', TP, 'traffpunkt-bregarden', 'v2 10:00-10:45', { contact: lenaBregarden });
add('lunchtraff', TP, 'traffpunkt-bregarden', 'v2 11:45-13:00', { contact: lenaBregarden });
add('manstraffen', TP, 'traffpunkt-bregarden', 'v3 10:00-12:00', { contact: lenaBregarden });
add('sprakcafe', RK, 'traffpunkt-bregarden', 'v3 13:30-15:00', {
	summary: 'Samtal på lätt svenska i små grupper – vi pratar också bosniska och arabiska.'
});
add('balansgrupp', TP, 'traffpunkt-bregarden', 'v4 10:00-11:00', { contact: lenaBregarden });
add('anhorigcafe', ANH, 'traffpunkt-bregarden', 'v4/2 14:00-15:30');
add('bingo', PROB, 'traffpunkt-bregarden', 'v5 10:00-12:00', {
	summary: 'PRO Bregårdens populära fredagsbingo på träffpunkten, med kaffe och smörgås.'
});

// Bregårdskyrkan
add('samtalOmLivet', SK, 'bregardskyrkan', 'v2/2 14:00-15:30');
add('andakt', SK, 'bregardskyrkan', 'v3 14:00-15:00');
add('sopplunch', SK, 'bregardskyrkan', 'v4 12:00-13:00');

// PRO Bregårdens lokal
add('sittgympa', PROB, 'pro-bregardens-lokal', 'v1 10:00-10:45', {
	accessibilityNotes: 'Lokalen ligger en trappa ned utan hiss.'
});
add('stickcafe', PROB, 'pro-bregardens-lokal', 'v2 13:00-15:00');
add('promenad', PROB, 'pro-bregardens-lokal', 'v3 09:30-10:30', { easyRead: null });
add('speltraff', PROB, 'pro-bregardens-lokal', 'v4 13:00-16:00', {
	title: 'Kortspel – whist och kanasta',
	summary: 'Whist och kanasta vid fyra bord – vi lär gärna ut reglerna.'
});

// Vårdcentralen Bregården
add('diabetes', VC, 'vardcentralen-bregarden', 'v3/2 13:00-14:30');

// Träffpunkt Baggängen
add('oppetHus', TP, 'traffpunkt-baggangen', 'v1 09:30-11:30');
add('sittgympa', TP, 'traffpunkt-baggangen', 'v3 10:00-10:45');
add('mobilhjalp', NET, 'traffpunkt-baggangen', 'v3 13:00-15:00');
add('halsocafe', TP, 'traffpunkt-baggangen', 'v5/2 13:00-14:30');
add('tuolijumppa', FI, 'traffpunkt-baggangen', 'v5 10:00-10:45', {
	summary: 'Sittgympa med finska instruktioner på Träffpunkt Baggängen – svensktalande är också välkomna.',
	summaryFi: 'Tuolijumppaa suomenkielisin ohjein Träffpunkt Baggängenillä – myös ruotsinkieliset ovat tervetulleita.',
	languages: ['fi', 'sv'],
	signup: { via: 'web', capacity: 20 }
});
add('oppetHus', TP, 'traffpunkt-baggangen', 'v7u 13:00-16:00', {
	title: 'Söndagsfika',
	category: 'mat',
	summary: 'Söndagsfika med hembakat varannan söndag (udda veckor).',
	description:
		'Söndagar kan kännas långa, så varannan söndag dukar vi upp kaffe och hembakat på träffpunkten. Ibland spelar någon piano eller läser högt. Kom ensam eller ta med en granne.',
	cost: paid(20, '20 kr för kaffe och kaka'),
});

// Baggängens bibliotek
add('digitalDropin', BIB, 'baggangens-bibliotek', 'v2 13:00-15:00', {
	title: 'Digital drop-in på Baggängens bibliotek'
});
add('hoglasning', BIB, 'baggangens-bibliotek', 'v3 14:00-14:45', { easyRead: null });
add('bokcirkel', SPF, 'baggangens-bibliotek', 'v1/2 14:00-15:30', {
	title: 'SPF:s bokcirkel',
	description:
		'Vi är ett tiotal läsare som turas om att välja bok. Biblioteket hjälper oss att få fram exemplar, även som ljudbok. Nya medlemmar är välkomna när det finns plats.'
});

// SPF-lokalen Baggängen
add('seniorkoren', SPF, 'spf-lokalen-baggangen', 'v1 14:00-16:00', {
	title: 'SPF-kören Glada röster',
	summary: 'SPF:s kör sjunger visor, schlager och vårsånger – nya sångare välkomna.'
});
add('qigong', SPF, 'spf-lokalen-baggangen', 'v2 10:00-11:00');
add('frukostklubben', SPF, 'spf-lokalen-baggangen', 'v3 09:00-10:00');

// Träffpunkt Sanna
add('sittgympa', TP, 'traffpunkt-sanna', 'v2 10:00-10:45', { contact: sannaPersonal });
add('vaffelcafe', TP, 'traffpunkt-sanna', 'v2 13:30-15:00', { contact: sannaPersonal });
add('minnestraning', TP, 'traffpunkt-sanna', 'v3 10:30-11:30', { contact: sannaPersonal });
add('lunchtraff', TP, 'traffpunkt-sanna', 'v4 11:30-13:00', { contact: sannaPersonal });
add('stickcafe', TP, 'traffpunkt-sanna', 'v4j 13:30-15:00', {
	contact: sannaPersonal,
	summary: 'Stickcafé på träffpunkten torsdagar jämna veckor – udda veckor blir det bingo.'
});
add('bingo', TP, 'traffpunkt-sanna', 'v4u 13:30-15:00', {
	contact: sannaPersonal,
	summary: 'Bingo på träffpunkten torsdagar udda veckor, med kaffe efter lunchen.'
});

// Sanna bouleplan och Sannabadet
add('boule', PRO, 'sanna-bouleplan', 'v3 10:00-12:00');
add('boule', SPF, 'sanna-bouleplan', 'v1 14:00-16:00');
add('promenad', KORP, 'sannabadet', 'v1 09:30-10:30', {
	title: 'Promenad längs Möckeln',
	summary: 'Rask promenad på strandpromenaden från Sannabadet – cirka fyra kilometer.',
	seasonalBreaks: false
});

// Träffpunkt Rävåsen
add('mandagsfika', TP, 'traffpunkt-ravasen', 'v1 10:00-11:30');
add('mobilhjalp', NET, 'traffpunkt-ravasen', 'v1 13:00-14:30');
add('demenscafe', DEM, 'traffpunkt-ravasen', 'v1/2 13:30-15:00');
add('sittgympa', TP, 'traffpunkt-ravasen', 'v3 10:00-10:45');
add('manstraffen', SPF, 'traffpunkt-ravasen', 'v3 13:00-15:00', {
	title: 'Mansträffen i Rävåsen',
	summary: 'SPF:s mansgrupp träffas för kaffe, samtal och en och annan frågesport.'
});
add('schack', TP, 'traffpunkt-ravasen', 'v5 09:30-11:30');
add('anhorigcirkel', ANH, 'traffpunkt-ravasen', 'v5 09:30-11:30');

// Rävåsens idrottshall
add('linedance', SPF, 'ravasens-idrottshall', 'v1 10:00-11:30');
add('pingis', KORP, 'ravasens-idrottshall', 'v2 10:00-12:00');
add('friskvardsgympa', KORP, 'ravasens-idrottshall', 'v4 10:00-10:50');

// Vårdcentralen Karlskoga
add('diabetes', VC, 'vardcentralen-karlskoga', 'v2/2 13:00-14:30');

// Karlskoga simhall
add('vattengympa', PRO, 'karlskoga-simhall', 'v2 09:00-09:45');
add('vattengympa', SPFM, 'karlskoga-simhall', 'v4 09:00-09:45');
add('vattengympa', KORP, 'karlskoga-simhall', 'v1 13:00-13:45', {
	title: 'Vattengympa – lugnt pass',
	summary: 'Extra lugnt pass i varmvattenbassängen, bra efter operation eller vid ledvärk.'
});

// Skogsvallens motionsspår
add('stavgang', PRO, 'skogsvallen-motionsspar', 'v1 09:30-10:45');
add('stavgang', SPF, 'skogsvallen-motionsspar', 'v4 09:30-10:45', { easyRead: null });
add('promenad', DEM, 'skogsvallen-motionsspar', 'v3/2 10:00-11:00', {
	title: 'Promenad för personer med demens och anhöriga',
	audiences: ['demens', 'anhoriga'],
	summary: 'Lugn promenad på upplysta grusvägen runt idrottsplatsen, med fika efteråt.',
	description:
		'Vi går den kortaste slingan i lugnt tempo och väntar alltid in varandra. Volontärer från Demensföreningen går med, så att anhöriga kan få en pratstund med andra. Efteråt fikar vi i klubbstugan.'
});

// Bridgelokalen Karlberg
add('bridge', BRIDGE, 'bridgelokalen-karlberg', 'v1 13:00-16:30');
add('bridge', BRIDGE, 'bridgelokalen-karlberg', 'v4 13:00-16:30', {
	title: 'Bridge – torsdagsspel',
	summary: 'Torsdagens partävling med handikappräkning, så att nyare spelare har en chans.'
});
add('bridgekurs', BRIDGE, 'bridgelokalen-karlberg', 'v3 13:00-15:30');

// Vuxenskolans lokal Norrmalm
add('sangstund', SV, 'vuxenskolan-norrmalm', 'v1 14:00-15:30', {
	title: 'Visor och allsång',
	easyRead: null
});
add('fotogruppen', SV, 'vuxenskolan-norrmalm', 'v2/2 14:00-16:00');
add('traslojd', SV, 'vuxenskolan-norrmalm', 'v3 09:00-12:00');
add('tradgard', SV, 'vuxenskolan-norrmalm', 'v4/2 14:00-16:00');

// Norrmalms församlingshem
add('stickcafe', SK, 'norrmalms-forsamlingshem', 'v2 13:00-15:00', {
	title: 'Kyrkans syförening',
	summary: 'Handarbete och samtal – det vi gör säljs på adventsbasaren till förmån för Act Svenska kyrkan.'
});
add('sopplunch', SK, 'norrmalms-forsamlingshem', 'v3 11:30-13:00');

// Granbergsdal
add('mobilTraffpunkt', TP, 'granbergsdals-bygdegard', 'v4/2 13:00-15:00');
add('sittgympa', PRO, 'granbergsdals-bygdegard', 'v2 10:00-10:45', {
	summary: 'PRO:s sittgympa i bygdegården – skjuts kan ordnas från centrum.'
});
add('stavgang', KORP, 'alkvettern', 'v2 10:00-11:30', {
	title: 'Stavgång vid Alkvettern',
	seasonalBreaks: false
});

// Ekeby
add('seniorgym', KORP, 'ekebyhallen', 'v1 10:00-11:00');
add('friskvardsgympa', KORP, 'ekebyhallen', 'v3 10:00-10:50');
add('mobilTraffpunkt', TP, 'ekebygarden', 'v2/2 13:00-15:00');
add('mobilhjalp', NET, 'ekebygarden', 'v4/2 10:00-12:00');

// Aggerud
add('gafotboll', KORP, 'nobelhallen', 'v3 10:00-11:00');
add('promenad', TP, 'nobelhallen', 'v5 09:00-10:00', {
	title: 'Inomhuspromenad i Nobelhallen',
	summary: 'Promenera inomhus i Nobelhallens varma korridorer när det är halt ute.',
	description:
		'Korridorerna runt isen är ungefär 400 meter per varv och har bänkar att vila på. Du går i egen takt, ensam eller med sällskap. Personal från förebyggande hälsoteamet finns på plats och bjuder på kaffe efteråt.',
	seasonalBreaks: true
});
add('stickcafe', SPF, 'aggerudsgarden', 'v1 13:00-15:00');
add('speltraff', SPF, 'aggerudsgarden', 'v3 13:00-15:30');

// Skranta–Storängen
add('tuolijumppa', FI, 'suomi-talo', 'v1 10:30-11:15');
add('kahvihetki', FI, 'suomi-talo', 'v2 13:00-15:00');
add('laulutuokio', FI, 'suomi-talo', 'v3/2 14:00-15:30');
add('kasityokerho', FI, 'suomi-talo', 'v4 13:00-15:30');
add('puhelinpiiri', FI, null, 'v4 10:00-10:45');
add('boule', PROB, 'storangsparken', 'v2 14:00-16:00');
add('stavgang', FI, 'storangsparken', 'v4 09:30-10:30', {
	title: 'Stavgång – Sauvakävely',
	titleFi: 'Sauvakävely',
	summaryFi: 'Sauvakävelyä Storängsparkenin ympäri suomen- ja ruotsinkielisten ohjaajien kanssa.',
	audiences: ['finsktalande', 'alla-aldre'],
	languages: ['fi', 'sv'],
	summary: 'Stavgång runt Storängsparken med finsk- och svensktalande ledare.'
});

// Möckeln, Kåsa och landsbygd
add('promenad', SPFM, 'mockelns-strand', 'v2 10:00-11:00', {
	title: 'Strandpromenaden',
	seasonalBreaks: false
});
add('stavgang', SPFM, 'mockelns-strand', 'v5 10:00-11:15', { easyRead: null });
add('hembygd', HEMB, 'karlskoga-hembygdsgard', 'v3/2 14:00-16:00');
add('traslojd', HEMB, 'karlskoga-hembygdsgard', 'v2 09:30-12:00', {
	title: 'Hantverksgruppen',
	summary: 'Vi lagar redskap, täljer och smider i hembygdsgårdens snickarbod och smedja.',
	description:
		'Gruppen tar hand om hembygdsgårdens byggnader och redskap och lär sig gamla hantverk under tiden. Du behöver inga förkunskaper, bara lust att skapa med händerna. Kaffe kokas på vedspisen.'
});
add('mobilTraffpunkt', TP, 'karlskoga-hembygdsgard', 'v3/2 10:00-12:00', {
	summary: 'Mobila träffpunkten besöker Kåsa – fika och information i hembygdsgården.'
});

// Remote, weekly
add('anhorigTelefon', ANH, null, 'v3 10:00-12:00');

// ===== Monthly ===============================================================

add('finskBokcirkel', BIB, 'karlskoga-stadsbibliotek', 'm2:2 14:00-15:30');
add('finskMassa', SK, 'karlskoga-kyrka', 'm3:7 13:00-14:30');
add('musikcafe', SPF, 'folkets-hus-karlskoga', 'm-1:5 14:00-16:00');
add('filmeftermiddag', ABF, 'folkets-hus-karlskoga', 'm3:3 14:00-16:00');
add('lunchtraff', PRO, 'pro-lokalen-centrum', 'm1:3 12:00-14:00', {
	title: 'PRO:s månadsmöte med lunch',
	summary: 'PRO Karlskogas månadsmöte med lunch, föreningsinformation och underhållning.',
	description:
		'Vi börjar med lunch och kaffe, sedan följer information från styrelsen och ett underhållningsprogram. Gäster är välkomna även om de inte är medlemmar. Anmäl dig senast måndagen före mötet.',
	easyRead: null,
	cost: paid(90, '90 kr för lunch och kaffe')
});
add('lunchtraff', PROB, 'traffpunkt-bregarden', 'm2:4 12:00-14:00', {
	title: 'Medlemsmöte med lunch',
	summary: 'PRO Bregårdens medlemsmöte med lunch och en inbjuden gäst.',
	description:
		'Varje månad bjuder vi in en gäst, till exempel från kommunen, polisen eller en lokal författare. Lunchen lagas av träffpunktens kök. Anmäl dig till Lars-Göran senast tisdagen innan.',
	cost: paid(80, '80 kr för lunch och kaffe')
});
add('lunchtraff', SPF, 'aggerudsgarden', 'm2:3 12:00-14:00', {
	title: 'SPF:s månadsträff',
	summary: 'Månadsträff med lunch, lotteri och ett föredrag om något aktuellt.',
	description:
		'Vi äter lunch tillsammans och lyssnar sedan på en föredragshållare. Lotteriet finansierar föreningens resor. Anmäl dig senast veckan innan.',
	easyRead: null,
	cost: paid(85, '85 kr för lunch och kaffe')
});
add('lounas', FI, 'suomi-talo', 'm3:5 12:00-14:00');
add('blodtryck', VC, 'vardcentralen-bregarden', 'm1:2 09:00-11:00');
add('blodtryck', VC, 'vardcentralen-karlskoga', 'm3:4 13:00-15:00');
add('finskAnhorig', ANH, 'suomi-talo', 'm-1:4 14:00-15:30');
add('anhorigOnline', ANH, null, 'm2:4 18:00-19:00');
add('digitalOnline', NET, null, 'm1:4 10:00-11:00');
add('naturvandring', KORP, 'alkvettern', 'm2:6 10:00-14:00', {
	title: 'Naturvandring runt Alkvettern',
	gatheringPlace: 'Parkeringen vid Alkvetterns badplats klockan 09.50. Säg till ledaren om du vill samåka från centrum.',
	seasonalBreaks: false
});
add('oppetHus', HEMB, 'karlskoga-hembygdsgard', 'm1:7 13:00-16:00', {
	title: 'Öppet hus på hembygdsgården',
	category: 'kultur',
	summary: 'Första söndagen i månaden: guidning, servering och hantverk på hembygdsgården.',
	description:
		'Hembygdsgården är öppen för alla med guidade visningar av mangårdsbyggnaden och smedjan. I logen serveras kaffe och våfflor. Ofta visar föreningens medlemmar gamla hantverk.',
	cost: paid(40, 'Kaffe och våffla 40 kr, entrén är fri'),
	easyRead: null
});
add('demenscafe', DEM, 'traffpunkt-centrum-kulturhuset', 'm-1:2 14:00-15:30', {
	title: 'Anhörigträff för demensanhöriga',
	audiences: ['anhoriga'],
	summary: 'Sista tisdagen i månaden träffas anhöriga till personer med demens för samtal.',
	description:
		'Under träffen delar vi erfarenheter och tips med varandra. Ibland kommer en demenssjuksköterska eller biståndshandläggare och svarar på frågor. Kaffe finns.'
});

// ===== One-off preventive-health and other events ===========================

add(
	{
		title: 'Balansträning – kursstart',
		category: 'halsa',
		summary: 'Första träffen i kommunens balanskurs: test av balans och genomgång av övningar.',
		description:
			'En fysioterapeut testar din balans och gångförmåga och går igenom övningar som du kan göra hemma. Kursen fortsätter sedan varje torsdag i tolv veckor. Platserna är begränsade, så anmäl dig i tid.',
		signup: { via: 'web', capacity: 14 }
	},
	TP,
	'traffpunkt-bregarden',
	'd+9 10:00-11:30',
	{ contact: lenaBregarden }
);
add(
	{
		title: 'Hälsosamtal: sömn och vila',
		category: 'halsa',
		summary: 'Varför sover vi sämre med åren, och vad kan man göra åt det? Samtal med sjuksköterska.',
		description:
			'Förebyggande hälsoteamets sjuksköterska berättar om hur sömnen förändras när vi blir äldre. Du får konkreta råd om rutiner, mat, motion och sömnmedel. Det finns gott om tid för frågor.'
	},
	TP,
	'traffpunkt-sanna',
	'd+16 14:00-15:30',
	{ contact: sannaPersonal }
);
add(
	{
		title: 'Influensavaccination – drop-in',
		category: 'halsa',
		summary: 'Kostnadsfri vaccination mot säsongsinfluensa för dig som är 65 år eller äldre.',
		description:
			'Du behöver inte boka tid, kom när det passar under öppettiden. Ta med legitimation. Om du har feber den dagen väntar du till ett senare tillfälle.',
	},
	VC,
	'vardcentralen-karlskoga',
	'd+35 09:00-15:00'
);
add(
	{
		title: 'Influensavaccination – drop-in i Bregården',
		category: 'halsa',
		summary: 'Extra tillfälle för influensavaccination på Vårdcentralen Bregården.',
		description:
			'Vaccinationen är kostnadsfri för dig som är 65 år eller äldre och för dig i riskgrupp. Ta med legitimation. Du kan samtidigt vaccinera dig mot covid-19 om du vill.',
	},
	VC,
	'vardcentralen-bregarden',
	'd+42 13:00-16:00'
);
add(
	{
		title: 'Digital hjälp: BankID och Kivra',
		category: 'digital',
		summary: 'Vi hjälper dig att skaffa Mobilt BankID och komma i gång med din digitala brevlåda.',
		description:
			'Bibliotekets personal och volontärer från Seniornet går igenom steg för steg hur du skaffar och använder Mobilt BankID. Vi visar också hur du tar emot brev från myndigheter i Kivra. Ta med mobilen, legitimation och bankdosa om du har en.',
		easyRead:
			'Vi hjälper dig med BankID i mobilen. Vi visar också hur du får post i mobilen. Ta med mobil och legitimation.',
		signup: { via: 'web', capacity: 12 }
	},
	BIB,
	'karlskoga-stadsbibliotek',
	'd+5 10:00-12:00'
);
add(
	{
		title: 'Fallprevention – föreläsning',
		category: 'halsa',
		summary: 'Fysioterapeut och arbetsterapeut berättar hur du förebygger fall i hemmet och ute.',
		description:
			'Varje år skadas många äldre i fallolyckor, och de flesta fall sker i hemmet. Föreläsningen tar upp träning, läkemedel, syn och enkla förändringar i hemmet. Du får också veta hur kommunens fixartjänst kan hjälpa till.'
	},
	TP,
	'traffpunkt-centrum-kulturhuset',
	'd-20 14:00-15:30'
);
add(
	{
		title: 'Mat för äldre – kostrådgivning',
		category: 'halsa',
		summary: 'Dietisten berättar hur du får i dig tillräckligt med protein och energi när aptiten minskar.',
		description:
			'Med åren behöver kroppen lika mycket protein men ofta mindre mängd mat. Dietisten visar enkla mellanmål och ger tips för dig som lagar mat till bara en person. Vi bjuder på smakprov.'
	},
	TP,
	'traffpunkt-ravasen',
	'd+23 13:00-14:30'
);
add(
	{
		title: 'Minnesmottagningen berättar',
		category: 'halsa',
		summary: 'Vad är normal glömska och när ska man söka hjälp? Personal från minnesmottagningen svarar.',
		description:
			'En läkare och en sjuksköterska från minnesmottagningen i Karlskoga berättar om hur en minnesutredning går till. De tar också upp vad du själv kan göra för att hålla hjärnan frisk. Anhöriga är särskilt välkomna.',
		audiences: ['alla-aldre', 'anhoriga']
	},
	VC,
	'traffpunkt-centrum-kulturhuset',
	'd+30 14:00-15:30'
);
add(
	{
		title: 'Anhörigcafé: att vara anhörig till någon med demens',
		category: 'anhorig',
		audiences: ['anhoriga'],
		summary: 'Tema-eftermiddag med anhörigkonsulent och demenssjuksköterska.',
		description:
			'Vi pratar om hur vardagen förändras när en närstående får en demenssjukdom och vilket stöd som finns. Det blir tid för frågor och samtal i mindre grupper. Du kan ta med din närstående, personal från dagverksamheten finns på plats.',
	},
	ANH,
	'traffpunkt-baggangen',
	'd+12 14:00-16:00'
);
add(
	{
		title: 'Läkemedel och äldre – fråga apotekaren',
		category: 'halsa',
		summary: 'En farmaceut går igenom vanliga frågor om läkemedel, biverkningar och dosering.',
		description:
			'Många äldre tar flera läkemedel samtidigt, och det kan ge biverkningar som yrsel och trötthet. Farmaceuten berättar vad du ska vara uppmärksam på och hur du får en läkemedelsgenomgång. Ta gärna med din läkemedelslista.'
	},
	VC,
	'traffpunkt-centrum-kulturhuset',
	'd+47 10:00-11:30'
);
add(
	{
		title: 'Hörselscreening – testa din hörsel',
		category: 'halsa',
		summary: 'Gör ett snabbt hörseltest utan tidsbokning och få råd om hörapparater.',
		description:
			'Audionomer från hörselvården gör ett kort test på cirka tio minuter. Har du redan hörapparat kan du få hjälp med rengöring och batteribyte. Vid behov får du en remiss till hörselmottagningen.',
	},
	VC,
	'traffpunkt-bregarden',
	'd+61 10:00-13:00'
);
add(
	{
		title: 'Trygg i hemmet – brand och bedrägerier',
		category: 'halsa',
		summary: 'Räddningstjänsten och polisen ger råd om brandsäkerhet och hur du skyddar dig mot bedragare.',
		description:
			'Räddningstjänsten Bergslagen visar hur du testar brandvarnaren och vad du gör om det börjar brinna. Kommunpolisen berättar om vanliga telefonbedrägerier och falska hantverkare. Alla deltagare får en ny brandvarnare med sig hem.',
	},
	TP,
	'folkets-hus-karlskoga',
	'd+19 14:00-15:30'
);
add(
	{
		title: 'Ensam men inte ensam – föreläsning om ofrivillig ensamhet',
		category: 'gemenskap',
		summary: 'Föreläsning och samtal om ensamhet bland äldre och var man kan hitta gemenskap.',
		description:
			'En forskare från Örebro universitet berättar om ofrivillig ensamhet och dess påverkan på hälsan. Efteråt presenterar föreningar och träffpunkter vad de erbjuder. Kaffe och kaka bjuder Röda Korset på.'
	},
	RK,
	'traffpunkt-centrum-kulturhuset',
	'd+54 14:00-16:00'
);
add(
	{
		title: 'Prova på: styrketräning för seniorer',
		category: 'motion',
		summary: 'Gratis prova-på-pass i Ekebyhallens gym med instruktör.',
		description:
			'Styrketräning är en av de bästa sakerna du kan göra för att behålla din självständighet. Instruktören visar grundövningar i maskin och med egen kroppsvikt. Ta med inneskor och vattenflaska.',
		signup: { via: 'web', capacity: 10 }
	},
	KORP,
	'ekebyhallen',
	'd+3 10:00-11:30'
);
add(
	{
		title: 'Fothälsa – fotvårdaren berättar',
		category: 'halsa',
		summary: 'Hur du sköter dina fötter, väljer rätt skor och när du bör söka fotvård.',
		description:
			'En medicinsk fotterapeut berättar om vanliga fotproblem hos äldre, särskilt vid diabetes. Du får tips om skor och halkskydd inför vintern. Efteråt kan du ställa egna frågor.'
	},
	TP,
	'traffpunkt-sanna',
	'd+75 13:30-15:00',
	{ contact: sannaPersonal }
);
add(
	{
		title: 'Hjärt-lungräddning för seniorer',
		category: 'kurs',
		summary: 'Lär dig hjärt-lungräddning och hur en hjärtstartare används – anpassat tempo.',
		description:
			'Instruktörer från Röda Korset går igenom vad du gör om någon får hjärtstopp, sätter i halsen eller faller. Övningarna på docka görs på bord, så du behöver inte sitta på golvet. Du får ett kursintyg.',
		signup: { via: 'web', capacity: 12 }
	},
	RK,
	'roda-korsets-motesplats',
	'd+33 10:00-12:30'
);
add(
	{
		title: 'Bli trygg med Swish',
		category: 'digital',
		summary: 'Seniornet visar hur du använder Swish säkert – och hur du känner igen bedrägeriförsök.',
		description:
			'Vi går igenom hur du skickar och tar emot pengar, sätter en beloppsgräns och spärrar Swish om telefonen kommer bort. Ta med din mobil med BankID installerat. Handledarna hjälper dig en och en.',
		easyRead: 'Vi visar hur du använder Swish i mobilen. Ta med din mobil. Vi hjälper dig.'
	},
	NET,
	'baggangens-bibliotek',
	'd-8 14:00-15:30'
);
add(
	{
		title: 'Syn och belysning i hemmet',
		category: 'halsa',
		summary: 'Syncentralen ger råd om belysning, förstoringshjälpmedel och att leva med nedsatt syn.',
		description:
			'En synpedagog berättar om vanliga ögonsjukdomar hos äldre och hur bra belysning minskar risken för fall. Du får prova förstoringsglas, läslampor och talande hjälpmedel. Anhöriga är också välkomna.'
	},
	TP,
	'traffpunkt-baggangen',
	'd+88 10:00-11:30'
);
add(
	{
		title: 'Munhälsa – tandhygienisten berättar',
		category: 'halsa',
		summary: 'Tips för friska tänder och tandkött, och om tandvårdsstöd för äldre.',
		description:
			'Tandhygienisten visar hur du sköter tänder, implantat och proteser. Du får också veta hur det särskilda tandvårdsstödet fungerar. Alla deltagare får en tandborste och tandkräm med hög fluorhalt.'
	},
	VC,
	'traffpunkt-ravasen',
	'd-35 13:00-14:30'
);
add(
	{
		title: 'Pension och ekonomi – informationsmöte',
		category: 'kurs',
		summary: 'Pensionsmyndigheten och kommunens budget- och skuldrådgivare svarar på dina frågor.',
		description:
			'Vi går igenom hur pensionen räknas ut, vad bostadstillägg är och vem som kan få det. Kommunens budget- och skuldrådgivare berättar om hjälpen som finns vid ekonomiska problem. Mötet är öppet för alla, inte bara medlemmar.'
	},
	PRO,
	'folkets-hus-karlskoga',
	'd+26 14:00-16:00'
);
add(
	{
		title: 'Framtidsfullmakt – så fungerar det',
		category: 'kurs',
		summary: 'En jurist förklarar framtidsfullmakt, gåvobrev och testamente på ett begripligt sätt.',
		description:
			'Vad händer om du inte längre kan sköta din ekonomi själv? Juristen förklarar skillnaden mellan framtidsfullmakt, god man och anhörigbehörighet. Föreläsningen är kostnadsfri, men anmälan krävs eftersom platserna är få.',
		signup: { via: 'web', capacity: 20 }
	},
	SEN,
	'sensus-lokalen-centrum',
	'd+40 13:00-14:30'
);
add(
	{
		title: 'Utflykt till Alkvettern',
		category: 'utflykt',
		summary: 'Buss från Kulturhuset till Alkvettern, med kort promenad och korvgrillning vid sjön.',
		description:
			'Vi åker buss tillsammans och går en lättgången sträcka på grusväg längs sjön. Vid grillplatsen bjuder vi på korv, kaffe och bulle. Bussen har ramp och det finns plats för rullatorer.',
		easyRead:
			'Vi åker buss till sjön Alkvettern. Vi går en kort promenad och grillar korv. Det kostar 60 kronor. Anmäl dig först.',
		cost: paid(60, '60 kr för buss och fika'),
		gatheringPlace: 'Kulturhusets huvudentré, Kyrkogatan, klockan 09.45. Bussen går 10.00.',
		signup: { via: 'web', capacity: 25 },
		accessibilityNotes: 'Bussen har ramp. Promenaden är 800 meter på grusväg, bänkar finns.'
	},
	TP,
	'alkvettern',
	'd+68 10:00-14:00'
);
add(
	{
		title: 'Välkommen som ny pensionär – informationsträff',
		category: 'gemenskap',
		audiences: ['nyblivna-pensionarer'],
		summary: 'Träffa föreningar, studieförbund och kommunen och hitta nya sammanhang efter arbetslivet.',
		description:
			'Träffpunkterna, PRO, SPF, studieförbunden och flera idrottsföreningar presenterar sig. Du får information om kommunens hälsoarbete och om att bli volontär. Vi bjuder på kaffe och smörgås.'
	},
	TP,
	'traffpunkt-centrum-kulturhuset',
	'd+14 13:00-15:30'
);
add(
	{
		title: 'Hälsoinformation på finska – Terveysinfo',
		category: 'halsa',
		audiences: ['finsktalande'],
		languages: ['fi', 'sv'],
		summary: 'En finsktalande sjuksköterska berättar om hälsa, vaccinationer och vården i Region Örebro län.',
		description:
			'Informationen ges på finska och frågor kan ställas på både finska och svenska. Sjuksköterskan tar upp blodtryck, vaccinationer och hur du kontaktar 1177. Finska föreningen bjuder på kaffe.'
	},
	VC,
	'suomi-talo',
	'd+21 13:00-14:30'
);
add(
	{
		title: 'Att leva med demens – föreläsning',
		category: 'anhorig',
		audiences: ['demens', 'anhoriga', 'alla-aldre'],
		summary: 'Föreläsning om demenssjukdomar, bemötande och stöd, med tid för frågor.',
		description:
			'En demenssjuksköterska berättar om de vanligaste demenssjukdomarna och hur man kan underlätta vardagen. En anhörig delar med sig av egna erfarenheter. Demensföreningen bjuder på kaffe.',
		accessibilityNotes: 'Hörslinga finns. Föreläsningen textas på storskärm.'
	},
	DEM,
	'missionskyrkan-karlskoga',
	'd+50 18:00-19:30'
);
add(
	{
		title: 'Bussresa till Kristinehamns konstmuseum',
		category: 'utflykt',
		summary: 'Dagsutflykt med guidad visning, lunch vid Vänern och en titt på Picassoskulpturen.',
		description:
			'Bussen avgår från Folkets hus klockan nio och vi är tillbaka vid fyra. I priset ingår resa, guidning och lunch. Berätta vid anmälan om du har rullator eller behöver specialkost.',
		cost: paid(395, '395 kr för resa, guidning och lunch'),
		gatheringPlace: 'Busshållplatsen utanför Folkets hus klockan 08.45. Bussen går 09.00.',
		lunchServed: true,
		signup: { via: 'tel', capacity: 45 }
	},
	SPFM,
	'folkets-hus-karlskoga',
	'd+81 09:00-16:00'
);
add(
	{
		title: 'Anhörigdagen – föreläsning och mingel',
		category: 'anhorig',
		audiences: ['anhoriga'],
		summary: 'Uppmärksamma anhörigas insatser med föreläsning, lunch och information om stöd.',
		description:
			'Kommunen bjuder alla som hjälper en närstående på lunch och föreläsning om att orka i längden. Föreningar och verksamheter visar vilket stöd som finns. Behöver du avlösning för att kunna komma, hör av dig till anhörigkonsulenten.',
		lunchServed: true,
		signup: { via: 'web', capacity: 80 }
	},
	ANH,
	'folkets-hus-karlskoga',
	'd-50 11:00-14:00'
);
add(
	{
		title: 'Seniormässan – aktiv hela livet',
		category: 'halsa',
		summary: 'Mässa med föreningar, vård, hjälpmedel och prova-på-aktiviteter i Nobelhallen.',
		description:
			'Över trettio utställare visar vad Karlskoga erbjuder dig som är senior. Du kan mäta blodtrycket, prova hjälpmedel och anmäla dig till höstens cirklar. Gratis buss går från Centralplan varje halvtimme.',
	},
	TP,
	'nobelhallen',
	'd+95 10:00-15:00'
);
add(
	{
		title: 'Hälsosamtal för 75-åringar',
		category: 'halsa',
		summary: 'Drop-in-dag där du som fyller 75 i år kan få ett hälsosamtal med sjuksköterska.',
		description:
			'Samtalet tar ungefär en halvtimme och handlar om hur du mår, din rörlighet, kost och läkemedel. Du får också veta vilket stöd kommunen erbjuder. Har du fått en inbjudan med post kan du ta med den.'
	},
	VC,
	'vardcentralen-karlskoga',
	'd-55 09:00-12:00'
);
add(
	{
		title: 'Stavgång – prova på med instruktör',
		category: 'motion',
		summary: 'Lär dig rätt teknik för stavgång – stavar finns att låna.',
		description:
			'En instruktör visar hur du ställer in stavarnas längd och använder dem rätt för att avlasta knän och höfter. Vi går en kort runda i motionsspåret. Passar både nybörjare och dig som vill förbättra tekniken.',
		easyRead: 'Vi visar hur man går med stavar. Du kan låna stavar. Vi går en kort sträcka.'
	},
	PRO,
	'skogsvallen-motionsspar',
	'd-3 10:00-11:30'
);
