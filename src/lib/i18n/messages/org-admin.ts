import type { Bundle } from '../index';

const sv = {
	title: 'Föreningar',
	requests: 'Ansökningar om konto',
	approve: 'Godkänn och bjud in',
	decline: 'Avslå',
	approved: (n: string) => `${n} är skapad och kontaktpersonen har fått en inbjudan.`,
	inviteTitle: 'Bjud in en person till en förening',
	inviteIntro: 'Personen får ett mejl med en länk där hen väljer lösenord.',
	fix: 'Rätta det här:',
	organisation: 'Förening',
	name: 'Namn',
	email: 'E-postadress',
	send: 'Skicka inbjudan',
	invited: (e: string) => `Inbjudan skickad till ${e}.`,
	all: 'Alla föreningar',
	members: 'Konton',
	published: 'Publicerade aktiviteter',
	trust: 'Betrodd',
	trusted: 'Betrodd – publicerar direkt',
	notTrusted: 'Granskas',
	makeTrusted: 'Gör betrodd',
	untrust: 'Ta bort betrodd',
	createTitle: 'Lägg till en förening eller enhet',
	kind: 'Typ',
	kinds: { association: 'Förening', municipal: 'Kommunal enhet', region: 'Region/vårdcentral', church: 'Församling', study_association: 'Studieförbund', other: 'Annat' } as Record<string, string>,
	create: 'Lägg till',
	created: (n: string) => `${n} är tillagd. Bjud in en person nedan.`,
	status: 'Status',
	activeLabel: 'Aktiv',
	inactiveLabel: 'Avaktiverad',
	deactivate: 'Avaktivera',
	activate: 'Aktivera'
};
export type OrgAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const orgAdmin: Bundle<OrgAdminMessages> = { sv, en: sv, fi: sv };
