import type { Bundle } from '../index';

const sv = {
	title: 'Användare',
	introAdmin: 'Ändra roll eller stäng av ett konto. Ett avstängt konto loggas ut direkt. Föreningar bjuder du in under Föreningar.',
	introModerator: 'Bara administratörer kan ändra roller och stänga av konton.',
	name: 'Namn',
	organisations: 'Föreningar',
	role: 'Roll',
	status: 'Status',
	roles: { organiser: 'Föreningsanvändare', moderator: 'Personal (granskare)', admin: 'Administratör' } as Record<string, string>,
	disabled: 'Avstängd',
	active: 'Aktiv',
	save: 'Spara',
	saved: 'Sparat.',
	totp: 'Tvåstegsinloggning på',
	manage: 'Hantera konto',
	back: 'Tillbaka till användarna',
	email: 'E-postadress',
	noPasswordYet: 'Har inte valt lösenord än.',
	resendTitle: 'Skicka inbjudan igen',
	resendIntro: 'Personen får en ny länk där hen väljer lösenord. Den gäller i 7 dagar; tidigare länkar slutar fungera.',
	resend: 'Skicka ny inbjudan',
	resent: (email: string) => `En ny inbjudan är skickad till ${email}.`,
	resendNotNeeded: 'Personen har redan ett lösenord. Hen kan välja ett nytt med ”Glömt lösenordet?” på inloggningssidan.',
	totpTitle: 'Tvåstegsinloggning',
	totpOff: 'Tvåstegsinloggning är inte påslagen.',
	totpOnIntro: 'Har personen tappat bort mobilen och reservkoderna? Då kan du stänga av tvåstegsinloggningen. Personen loggas ut överallt och får slå på den igen vid nästa inloggning.',
	totpConfirm: 'Ja, jag har kontrollerat att det är personen själv som ber om det',
	totpConfirmMissing: 'Kryssa i rutan först, så att ingen stänger av skyddet av misstag.',
	totpReset: 'Stäng av tvåstegsinloggningen',
	totpWasReset: 'Tvåstegsinloggningen är avstängd. Personen är utloggad.',
	filtersLabel: 'Sök och filtrera användare',
	search: 'Namn eller e-post',
	anyRole: 'Alla roller',
	anyOrganisation: 'Alla föreningar',
	anyStatus: 'Alla',
	statuses: { aktiv: 'Aktiv', avstangd: 'Avstängd', inbjuden: 'Inbjuden (har inte valt lösenord)' } as Record<string, string>,
	filter: 'Visa',
	clear: 'Visa alla',
	count: (n: number, total: number) => (n === total ? `${total} användare.` : `${n} av ${total} användare matchar.`),
	none: 'Ingen användare matchar. Ändra sökningen eller välj ”Visa alla”.',
	invited: 'Inbjuden',
	inLog: 'Se i loggen'
};
export type UserAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const userAdmin: Bundle<UserAdminMessages> = { sv, en: sv, fi: sv };
