import type { Bundle } from '../index';

const sv = {
	title: 'Anmälda',
	numbers: (c: number, cap: number | null, w: number) => `${c}${cap ? ` av ${cap}` : ''} platser bokade${w ? `, ${w} på väntelistan` : ''}.`,
	name: 'Namn',
	people: 'Antal',
	contact: 'Kontakt',
	phone: 'Telefon',
	email: 'E-post',
	message: 'Meddelande',
	status: 'Status',
	action: 'Ändra',
	confirmed: 'Plats',
	waiting: 'Väntelista',
	byPhone: 'per telefon',
	cancel: 'Avboka',
	none: 'Ingen är anmäld ännu.',
	print: 'Skriv ut listan till dörren',
	addTitle: 'Anmäl någon som ringer',
	add: 'Lägg till anmälan',
	addedConfirmed: 'Anmälan är sparad – personen har en plats.',
	addedWaiting: 'Det är fullt – personen står på väntelistan.',
	cancelledDone: (n: number) => `Avbokat.${n ? ` ${n} ${n === 1 ? 'person har' : 'personer har'} flyttats upp från väntelistan.` : ''}`,
	fix: 'Rätta det här:',
	contactHint: 'Telefon eller e-post – minst en av dem.',
	messageTitle: 'Skicka ett meddelande till de anmälda',
	messageIntro: 'Går till alla som har lämnat e-post. Ring de som bara lämnat telefonnummer.',
	messageLabel: 'Meddelande',
	send: 'Skicka',
	messaged: (n: number) => `Meddelandet skickades till ${n} ${n === 1 ? 'person' : 'personer'}.`,
	listLink: 'Anmälda'
};
export type SignupAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const signupAdmin: Bundle<SignupAdminMessages> = { sv, en: sv };
