import type { Bundle } from '../index';

const sv = {
	logFilters: 'Filtrera loggen',
	person: 'Person',
	anyPerson: 'Alla personer',
	event: 'Aktivitet',
	anyEvent: 'Alla aktiviteter',
	about: 'Gäller',
	system: 'Systemet',
	onlyPerson: (name: string) => `Visa bara ${name}`,
	onlyEvent: (title: string) => `Visa bara ${title}`,
	logLimit: (n: number) => `Visar de ${n} senaste händelserna som matchar. Välj person, aktivitet eller datum för att se äldre, eller ladda ner alla som CSV.`,
	logCount: (n: number) => (n === 1 ? '1 händelse.' : `${n} händelser.`),
	logNone: 'Inga händelser matchar. Ändra filtren.',
	narrow: 'Filtrera',
	clear: 'Visa alla',
	inLog: 'Se aktivitetens händelser i loggen',
	eventFilters: 'Filtrera aktiviteterna',
	search: 'Sök på titel',
	status: 'Status',
	anyStatus: 'Alla statusar',
	organisation: 'Förening',
	anyOrganisation: 'Alla föreningar',
	district: 'Stadsdel',
	anyDistrict: 'Alla stadsdelar',
	startsWithin: 'Börjar inom',
	anyTime: 'När som helst',
	days: (n: number) => `${n} dagar`,
	nextDate: 'Nästa tillfälle',
	noNextDate: 'Inget kommande',
	eventsCount: (n: number, total: number) => (n === total ? `${total} aktiviteter.` : `${n} av ${total} aktiviteter matchar.`),
	pageOf: (page: number, pages: number, first: number, last: number) => `Sida ${page} av ${pages}: visar ${first}–${last}.`,
	pagesLabel: 'Fler sidor',
	previous: 'Föregående sida',
	next: 'Nästa sida',
	eventsNone: 'Ingen aktivitet matchar. Ändra filtren eller välj ”Visa alla”.'
};
export type StaffListsMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const staffLists: Bundle<StaffListsMessages> = { sv, en: sv, fi: sv };
