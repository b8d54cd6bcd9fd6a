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
	totp: 'Tvåstegsinloggning på'
};
export type UserAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const userAdmin: Bundle<UserAdminMessages> = { sv, en: sv };
