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
	cancelledDone: (name: string, n: number) => `${name} är avbokad.${n ? ` ${n} ${n === 1 ? 'person har' : 'personer har'} flyttats upp från väntelistan.` : ''}`,
	alreadyCancelled: (name: string) => `${name} var redan avbokad.`,
	confirmCancel: (name: string) => `Avboka ${name}?`,
	confirmYes: 'Ja, avboka',
	confirmNo: 'Nej',
	toCallTitle: 'Att ringa',
	toCallHelp: 'Tiden har ändrats eller tillfället är inställt, och de här personerna har ingen e-postadress. Ring och berätta, och markera sedan att du har ringt.',
	noPhone: 'inget telefonnummer',
	markCalled: 'Jag har ringt',
	calledDone: 'Markerat som uppringd.',
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
export const signupAdmin: Bundle<SignupAdminMessages> = { sv, en: sv, fi: sv };
