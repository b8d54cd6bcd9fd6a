import type { Bundle } from '../index';

const sv = {
	intro: 'De här personerna kan lägga upp aktiviteter för föreningen. Ni bjuder själva in nya och tar bort de som slutat.',
	listTitle: 'Medlemmar och inbjudningar',
	name: 'Namn',
	email: 'E-post',
	status: 'Status',
	actions: 'Åtgärder',
	you: '(du)',
	statuses: { sent: 'Skickad', opened: 'Öppnad', accepted: 'Accepterad', expired: 'Har gått ut', active: 'Aktiv', disabled: 'Avstängd av kommunen' },
	validUntil: (d: string) => `Länken gäller till ${d}.`,
	openedOn: (d: string) => `Länken öppnades ${d}.`,
	acceptedOn: (d: string) => `Kan logga in sedan ${d}.`,
	expiredHelp: 'Länken fungerar inte längre. Skicka en ny.',
	resend: 'Skicka igen',
	withdraw: 'Återkalla inbjudan',
	remove: 'Ta bort',
	confirmRemove: (n: string) => `Ta bort ${n} ur föreningen? Personen kan inte längre logga in för föreningen. Aktiviteterna finns kvar.`,
	confirmRemoveSelf: 'Ta bort dig själv ur föreningen? Du kan då inte längre arbeta med föreningens aktiviteter.',
	confirmYes: 'Ja, ta bort',
	confirmNo: 'Nej, behåll',
	inviteTitle: 'Bjud in en person',
	inviteIntro: 'Personen får ett mejl med en länk där hen väljer lösenord. Länken gäller i 7 dagar.',
	send: 'Skicka inbjudan',
	fix: 'Rätta det här:',
	invited: (e: string) => `Inbjudan skickad till ${e}.`,
	alreadyInvited: (e: string) => `${e} har redan en inbjudan som gäller. Välj ”Skicka igen” i listan om mejlet inte kommit fram.`,
	resent: (e: string) => `En ny inbjudan är skickad till ${e}. Länken i det förra mejlet fungerar inte längre.`,
	alreadyResent: (e: string) => `En ny inbjudan till ${e} skickades alldeles nyss. Listan visar den.`,
	withdrawn: (n: string) => `Inbjudan till ${n} är återkallad.`,
	removed: (n: string) => `${n} är borttagen ur föreningen.`,
	gone: 'Personen finns inte längre bland föreningens medlemmar. Inget ändrades.'
};
export type MembersMessages = typeof sv;

/** English arrives with $lib/i18n/english; the organiser area is Swedish in the Finnish interface. */
export const members: Bundle<MembersMessages> = { sv, en: sv, fi: sv };
