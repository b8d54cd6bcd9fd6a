import type { Bundle } from '../index';

const sv = {
	title: 'Platser och träffpunkter',
	intro: 'Kommunens träffpunkter och andra platser där det händer saker för dig som är äldre.',
	meetingPoints: 'Kommunens träffpunkter',
	otherPlaces: 'Andra platser',
	upcoming: (n: number) => (n === 1 ? '1 kommande tillfälle' : `${n} kommande tillfällen`),
	kinds: {
		meeting_point: 'Träffpunkt',
		association: 'Föreningslokal',
		library: 'Bibliotek',
		church: 'Kyrka',
		health_centre: 'Vårdcentral',
		outdoors: 'Utomhus',
		other: 'Annan plats'
	} as Record<string, string>,
	openNow: (closes: string) => `Öppet nu – stänger ${closes}`,
	closedNow: 'Stängt nu',
	closedOpens: (day: string, opens: string) => `Stängt nu – öppnar ${day} ${opens}`,
	today: 'idag',
	tomorrow: 'imorgon',
	distance: (km: number) => (km < 1 ? `${Math.max(100, Math.round(km * 10) * 100)} m` : `${km.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} km`),
	here: 'Här, där du utgår från',
	away: 'bort',
	openingHours: 'Öppettider',
	deviations: 'Ändrade öppettider',
	closed: 'Stängt',
	changed: 'Öppet',
	oddWeeks: 'udda veckor',
	evenWeeks: 'jämna veckor',
	thisWeek: 'Program den här veckan',
	nothingThisWeek: 'Inga aktiviteter den här veckan.',
	allActivities: 'Alla kommande aktiviteter här',
	printWeek: 'Skriv ut veckoprogrammet',
	contact: 'Kontakt',
	district: 'Stadsdel',
	address: 'Adress',
	busStop: 'Närmaste hållplats',
	accessibility: 'Tillgänglighet',
	mapLabel: (name: string) => `Karta som visar ${name}`,
	listMapLabel: 'Karta över platserna',
	districtsTitle: 'Stadsdelar',
	districtsIntro: 'Välj en stadsdel för att se träffpunkter och aktiviteter där.',
	districtMapLabel: 'Karta över stadsdelarna',
	residents: (n: number) => `${n.toLocaleString('sv-SE')} invånare som är 65 år eller äldre`,
	venuesIn: 'Platser i stadsdelen',
	activitiesIn: 'Kommande aktiviteter i stadsdelen',
	noVenues: 'Det finns ännu ingen plats med aktiviteter i stadsdelen.',
	districtActivitiesLink: 'Visa alla aktiviteter i stadsdelen',
	districtProgram: 'Skriv ut veckoprogram för stadsdelen',
	meetingPointCount: (n: number) => (n === 1 ? '1 träffpunkt' : `${n} träffpunkter`),
	venueCount: (n: number) => (n === 1 ? '1 plats' : `${n} platser`)
};
export type PlacesMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const places: Bundle<PlacesMessages> = { sv, en: sv, fi: sv };
