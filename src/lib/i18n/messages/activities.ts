import type { Bundle } from '../index';

const sv = {
	title: 'Aktiviteter',
	intro: 'Här finns träffpunkternas, föreningarnas och kommunens aktiviteter för dig som är äldre.',
	searchLabel: 'Sök aktivitet',
	searchHint: 'Till exempel stavgång, sång eller bridge',
	searchButton: 'Sök',
	filters: 'Välj vad du vill se',
	chosen: (n: number) => (n === 1 ? '1 val' : `${n} val`),
	when: 'När',
	whenAny: 'Alla kommande',
	whenOptions: { idag: 'Idag', imorgon: 'Imorgon', 'denna-vecka': 'Denna vecka', 'nasta-vecka': 'Nästa vecka' },
	from: 'Från och med datum',
	to: 'Till och med datum',
	dateHint: 'Skriv som år-månad-dag, till exempel 2026-12-01',
	district: 'Stadsdel',
	category: 'Typ av aktivitet',
	weekday: 'Veckodag',
	timeOfDay: 'Tid på dagen',
	timeOptions: { fm: 'Förmiddag (före 12)', em: 'Eftermiddag (12–17)', kvall: 'Kväll (efter 17)' },
	practical: 'Praktiskt',
	freeOnly: 'Bara gratis',
	noSignupOnly: 'Ingen anmälan behövs',
	access: 'Tillgänglighet',
	accessOptions: {
		rullstol: 'Tillgängligt med rullstol',
		horslinga: 'Hörslinga',
		toalett: 'Tillgänglig toalett',
		parkering: 'Parkering nära'
	},
	language: 'Språk',
	audience: 'Passar för',
	apply: 'Visa aktiviteter',
	clear: 'Rensa alla val',
	results: (n: number) => (n === 1 ? '1 tillfälle' : `${n} tillfällen`),
	resultsFor: 'matchar dina val',
	pageOf: (p: number, n: number) => `Sida ${p} av ${n}`,
	previous: 'Föregående sida',
	next: 'Nästa sida',
	pagination: 'Sidor',
	emptyTitle: 'Inga aktiviteter matchar dina val',
	emptyHelp: 'Prova att ta bort ett av valen:',
	removeFilter: (label: string) => `Ta bort ”${label}”`,
	printedFilters: 'Urval:',
	pageTooFar: 'Sidan du bad om finns inte. Här är den sista sidan.',
	noticeBadDate: 'Datumet kunde inte läsas och används inte. Skriv som år-månad-dag, till exempel 2026-12-01.',
	noticeRange: 'Datumen var i omvänd ordning. Vi vände på dem.',
	noticeLong: 'Söktexten var för lång och har kortats.',
	noticeUnknown: 'Något av valen i adressen känner vi inte igen och det används inte.',
	byPhone: 'Per telefon',
	online: 'På nätet',
	feeds: 'Prenumerera på det här urvalet',
	feedIcs: 'Kalender (iCal)',
	feedRss: 'Nyhetsflöde (RSS)',
	feedJson: 'Öppna data (JSON)',
	mapLink: 'Visa på karta',
	printLink: 'Skriv ut veckoprogram'
};

export type ActivityMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const activities: Bundle<ActivityMessages> = { sv, en: sv };
