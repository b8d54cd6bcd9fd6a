import type { Bundle } from '../index';

const sv = {
	heading: 'Vad vill du göra?',
	intro: 'Hitta träffpunkter, föreningarnas aktiviteter och hälsofrämjande träffar nära dig i Karlskoga.',
	searchLabel: 'Sök bland aktiviteterna',
	searchButton: 'Sök',
	allToday: 'Alla aktiviteter idag',
	thisWeek: 'Hela veckan',
	todayOver: 'Dagens aktiviteter är slut. Här är morgondagens.',
	allTomorrow: 'Alla aktiviteter imorgon',
	nothingSoon: 'Inga aktiviteter idag eller imorgon.',
	districtPlaceholder: 'Välj stadsdel',
	districtHint: 'Vi kommer ihåg ditt val till nästa gång.',
	nearHeading: 'Nära dig',
	nearText: 'Se platserna närmast en träffpunkt du känner till, eller närmast där du är.',
	nearFrom: 'Närmast',
	nearButton: 'Visa platserna närmast',
	nearMeLink: 'Sortera efter där jag är',
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
export const start: Bundle<StartMessages> = { sv, en: sv, fi: sv };
