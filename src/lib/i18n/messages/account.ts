import type { Bundle } from '../index';

const sv = {
	signInTitle: 'Logga in',
	signInIntro: 'För föreningar och kommunens personal. Du som vill hitta aktiviteter behöver inte logga in.',
	email: 'E-postadress',
	password: 'Lösenord',
	signIn: 'Logga in',
	wrong: 'E-postadressen eller lösenordet stämmer inte.',
	tooMany: 'För många försök. Vänta 15 minuter och försök igen, eller välj nytt lösenord.',
	forgot: 'Glömt lösenordet?',
	noAccount: 'Har din förening inget konto?',
	apply: 'Ansök om konto',
	signOut: 'Logga ut',
	signedInAs: (name: string) => `Inloggad som ${name}`,
	myPages: 'Mina sidor',
	staffPages: 'Personal',
	forgotTitle: 'Välj nytt lösenord',
	forgotIntro: 'Skriv din e-postadress. Om den finns hos oss skickar vi en länk där du väljer ett nytt lösenord.',
	send: 'Skicka länken',
	forgotSent: 'Om adressen finns hos oss har vi skickat en länk. Titta i din e-post (och i skräpposten). Länken gäller i en timme.',
	setTitle: 'Välj lösenord',
	setIntro: (name: string) => `Hej ${name}! Välj ett lösenord med minst 10 tecken. Ett bra lösenord är tre eller fyra ord i rad.`,
	newPassword: 'Nytt lösenord',
	repeatPassword: 'Skriv lösenordet igen',
	save: 'Spara lösenordet',
	linkInvalid: 'Länken fungerar inte längre. Den kan redan ha använts eller vara för gammal. Be om en ny länk.',
	passwordSaved: 'Lösenordet är sparat. Du är nu inloggad.',
	errorSummary: 'Rätta det här först:',
	applyTitle: 'Ansök om konto för din förening',
	applyIntro: 'Fyll i uppgifterna så hör kommunen av sig, oftast inom några arbetsdagar.',
	orgName: 'Föreningens namn',
	contactName: 'Ditt namn',
	phone: 'Telefon',
	message: 'Meddelande',
	applySend: 'Skicka ansökan',
	applySent: 'Tack! Vi har tagit emot ansökan och hör av oss.'
};
export type AccountMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const account: Bundle<AccountMessages> = { sv, en: sv };
