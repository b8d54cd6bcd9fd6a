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
const en: UserAdminMessages = {
	title: 'Users',
	introAdmin: 'Change a role or disable an account. A disabled account is signed out at once. Invite association members under Associations.',
	introModerator: 'Only administrators can change roles and disable accounts.',
	name: 'Name', organisations: 'Associations', role: 'Role', status: 'Status',
	roles: { organiser: 'Association user', moderator: 'Staff (reviewer)', admin: 'Administrator' },
	disabled: 'Disabled', active: 'Active', save: 'Save', saved: 'Saved.', totp: 'Two-step sign-in on'
};
export const userAdmin = { sv, en };
