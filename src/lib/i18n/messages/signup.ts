import type { Bundle } from '../index';

const sv = {
	title: 'Anmäl dig',
	to: (t: string) => `Anmälan till ${t}`,
	places: (free: number, cap: number) => (free > 0 ? `${free} av ${cap} platser kvar.` : `Alla ${cap} platser är tagna – du kan ställa dig på väntelistan.`),
	name: 'Ditt namn',
	phone: 'Telefonnummer',
	email: 'E-postadress',
	contactHint: 'Skriv telefon eller e-post, eller båda. Med e-post får du en bekräftelse.',
	people: 'Hur många är ni?',
	one: 'Bara jag',
	two: 'Vi är två',
	message: 'Meddelande till arrangören',
	messageHint: 'Till exempel om du behöver hjälp eller har en allergi.',
	privacy: (days: number) => `Vi sparar bara det du skriver här. Bara arrangören och kommunens personal ser det, och allt raderas ${days} dagar efter aktiviteten.`,
	privacyLink: 'Läs mer om hur vi hanterar personuppgifter',
	send: 'Skicka anmälan',
	confirmedTitle: 'Du är anmäld!',
	waitingTitle: 'Du står på väntelistan',
	confirmedText: 'Välkommen! Spara länken nedan om du skulle behöva avboka.',
	waitingText: 'Alla platser är tagna just nu. Om någon avbokar flyttas du upp automatiskt och vi hör av oss.',
	waitingTextSome: (left: number) => `Det finns bara ${left === 1 ? 'en plats' : `${left} platser`} kvar, och ni är fler. Om någon avbokar flyttas ni upp automatiskt och vi hör av oss.`,
	sendWaiting: 'Ställ dig på väntelistan',
	fix: 'Rätta det här först:',
	contactLegend: 'Hur når vi dig?',
	cancelledDate: 'Tillfället är inställt.',
	cancelLink: 'Din länk för att avboka',
	closed: 'Anmälan är stängd för det här tillfället.',
	notOnline: 'Anmälan sker inte här på webben. Se aktivitetens sida för hur du anmäler dig.',
	cancelTitle: 'Avboka',
	cancelText: (t: string, d: string) => `Vill du avboka din plats på ${t}, ${d}?`,
	cancelButton: 'Ja, avboka',
	cancelledText: 'Du är avbokad. Tack för att du meddelade oss!',
	unknownLink: 'Länken fungerar inte. Anmälan kan redan vara avbokad eller borttagen.',
	tooMany: 'För många anmälningar på kort tid. Vänta en stund eller ring arrangören.',
	signUp: 'Anmäl dig',
	full: 'Fullt – väntelista'
};
export type SignupMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const signupMessages: Bundle<SignupMessages> = { sv, en: sv };
