import type { Bundle } from '../index';

const sv = {
	title: 'Närvaro',
	intro: 'Skriv hur många som kom till varje tillfälle. Bara antal – aldrig namn. Fyll i totalt; resten är frivilligt.',
	month: 'Månad',
	prev: 'Föregående månad',
	next: 'Nästa månad',
	date: 'Datum',
	activity: 'Aktivitet',
	cols: {
		total: 'Totalt',
		women: 'Kvinnor',
		men: 'Män',
		otherGender: 'Annat/vill ej ange',
		ageUnder65: 'Under 65',
		age65To74: '65–74',
		age75To84: '75–84',
		age85Plus: '85+',
		firstTime: 'Första gången'
	},
	cancelled: 'Inställt',
	none: 'Inga tillfällen den här månaden.',
	save: 'Spara närvaron',
	saved: (n: number, c: number) => `${n} ${n === 1 ? 'tillfälle sparat' : 'tillfällen sparade'}${c ? ` (varav ${c} rättade)` : ''}.`,
	errors: 'Inget är sparat än. Rätta det här och spara igen – allt du har skrivit finns kvar:',
	tableLabel: 'Närvaro per tillfälle',
	dropinTitle: 'Drop-in på träffpunkterna',
	dropinIntro: 'Antal besök per öppetdag.',
	place: 'Träffpunkt',
	visits: 'Besök',
	show: 'Visa',
	organisation: 'Förening eller enhet',
	chooseOrganisation: 'Välj förening eller enhet ovan för att se och fylla i närvaron.',
	dropinSaved: 'Besöken är sparade.',
	dropinNone: 'Träffpunkten har inga öppetdagar den här månaden.',
	dropinDay: 'Dag',
	venue: 'Plats',
	remote: 'Per telefon eller på nätet',
	allVenues: 'Alla platser',
	day: 'Dag',
	dayHint: 'Valfritt. Lämna tomt för hela månaden.',
	dayInvalid: 'Dagen kunde inte läsas. Skriv den som 2026-03-14. Hela månaden visas.',
	wholeMonth: 'Visa hela månaden, alla platser',
	filtered: (n: number) => `Urval: ${n} ${n === 1 ? 'tillfälle' : 'tillfällen'}.`
};
export type AttendanceMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const attendanceMessages: Bundle<AttendanceMessages> = { sv, en: sv, fi: sv };
