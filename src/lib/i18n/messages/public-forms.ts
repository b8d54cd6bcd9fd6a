import type { Bundle } from '../index';

/**
 * What residents' forms say: the accessibility report form, and the validation messages of the
 * sign-up and report forms. The zod schemas use the Swedish texts; `translateErrors` gives the same
 * message in the visitor's language.
 */
const sv = {
	report: {
		thanks: 'Tack!',
		thanksText: 'Vi har tagit emot din rapport och hör av oss inom två arbetsdagar om du lämnat en kontaktuppgift.',
		fix: 'Rätta det här innan du skickar',
		message: 'Vad fungerade inte? (måste fyllas i)',
		page: 'Vilken sida gäller det? (frivilligt)',
		contact: 'Din e-post eller ditt telefonnummer, om du vill ha svar (frivilligt)',
		send: 'Skicka rapporten',
		errorPrefix: 'Fel: '
	},
	errors: {
		nameMissing: 'Skriv ditt namn.',
		nameTooLong: 'Namnet är för långt.',
		phoneTooLong: 'Telefonnumret är för långt.',
		phoneDigits: 'Skriv telefonnumret med siffror, till exempel 070-123 45 67.',
		emailInvalid: 'Skriv en hel e-postadress, till exempel anna@exempel.se.',
		peopleChoose: 'Välj om ni är en eller två.',
		messageTooLong: 'Meddelandet får vara högst 500 tecken.',
		contactMissing: 'Skriv ett telefonnummer eller en e-postadress så att arrangören kan nå dig.',
		reportShort: 'Beskriv problemet med minst 10 tecken.',
		reportLong: 'Beskrivningen får vara högst 4000 tecken.',
		reportPageLong: 'Adressen är för lång.',
		reportContactLong: 'Kontaktuppgiften är för lång.',
		reportContactInvalid: 'Skriv en e-postadress (till exempel namn@exempel.se) eller ett telefonnummer – eller lämna rutan tom.',
		reportTooMany: 'Vi har fått många rapporter på kort tid. Vänta en timme och skicka igen – det du skrev finns kvar. Det går också bra att ringa kommunens kontaktcenter.'
	}
};
export type PublicFormMessages = typeof sv;

/** English and Finnish arrive with $lib/i18n/english and $lib/i18n/finnish. */
export const publicForms: Bundle<PublicFormMessages> = { sv, en: sv, fi: sv };

/** The visitor's language for validation messages the schemas gave in Swedish; others pass unchanged. */
export function translateErrors(errors: Record<string, string>, messages: PublicFormMessages): Record<string, string> {
	const keys = Object.keys(sv.errors) as (keyof PublicFormMessages['errors'])[];
	return Object.fromEntries(
		Object.entries(errors).map(([field, text]) => {
			const key = keys.find((k) => sv.errors[k] === text);
			return [field, key ? messages.errors[key] : text];
		})
	);
}

/** The language each message is in after `translateErrors`: the visitor's where it was translated, else Swedish. */
export function errorLanguages(original: Record<string, string>, translated: Record<string, string>, locale: string): Record<string, string> {
	return Object.fromEntries(Object.keys(translated).map((field) => [field, translated[field] !== original[field] || locale === 'sv' ? locale : 'sv']));
}
