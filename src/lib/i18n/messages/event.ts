import type { Bundle } from '../index';

const sv = {
	nextDates: 'Kommande tillfällen',
	moreDates: (n: number) => (n === 1 ? 'Visa 1 tillfälle till' : `Visa ${n} tillfällen till`),
	noUpcoming: 'Det finns inga kommande tillfällen.',
	past: 'Aktiviteten har varit. Senaste tillfället var',
	eventCancelled: 'Hela aktiviteten är inställd.',
	when: 'När',
	where: 'Plats',
	address: 'Adress',
	busStop: 'Närmaste hållplats',
	directions: 'Vägbeskrivning',
	byPhone: 'Per telefon',
	online: 'På nätet',
	organiser: 'Arrangör',
	contact: 'Kontakt',
	phone: 'Telefon',
	email: 'E-post',
	website: 'Webbplats',
	cost: 'Kostnad',
	lunch: 'Lunch serveras',
	signup: 'Anmälan',
	signupRequired: 'Anmälan krävs.',
	signupNotNeeded: 'Ingen anmälan behövs – kom när du vill.',
	capacity: (n: number) => `Högst ${n} deltagare.`,
	accessibility: 'Tillgänglighet',
	audience: 'Passar för',
	language: 'Språk',
	easyRead: 'Lättläst',
	about: 'Om aktiviteten',
	category: 'Typ av aktivitet',
	addToCalendar: 'Lägg till i din kalender',
	print: 'Skriv ut',
	mapLabel: (name: string) => `Karta som visar ${name}`,
	facets: {
		stepFree: 'Entré utan trappsteg',
		accessibleToilet: 'Tillgänglig toalett',
		hearingLoop: 'Hörslinga',
		parking: 'Parkering nära entrén'
	},
	noFacets: 'Platsen har inte uppgett tillgänglighet.'
};
export type EventMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const event: Bundle<EventMessages> = { sv, en: sv };
