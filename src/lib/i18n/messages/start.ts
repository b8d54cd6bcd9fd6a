import type { Bundle } from '../index';

const sv = {
	heading: 'Vad vill du göra?',
	intro: 'Hitta träffpunkter, föreningarnas aktiviteter och hälsofrämjande träffar nära dig i Karlskoga.',
	searchLabel: 'Sök bland aktiviteterna',
	searchButton: 'Sök',
	todayEmpty: 'Inga fler aktiviteter idag.',
	allToday: 'Alla aktiviteter idag',
	thisWeek: 'Hela veckan',
	categoriesHeading: 'Välj typ av aktivitet',
	districtHeading: 'Välj din stadsdel',
	districtLabel: 'Stadsdel',
	districtButton: 'Visa aktiviteter i stadsdelen',
	otherWays: 'Fler sätt att hitta',
	mapText: 'Se aktiviteterna på en karta',
	programText: 'Skriv ut veckans program för din stadsdel',
	placesText: 'Träffpunkter och andra platser'
};
export type StartMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const start: Bundle<StartMessages> = { sv, en: sv };
