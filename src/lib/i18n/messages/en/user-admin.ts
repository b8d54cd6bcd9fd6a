import { userAdmin, type UserAdminMessages } from '../user-admin';

const en: UserAdminMessages = {
	title: 'Users',
	introAdmin: 'Change a role or disable an account. A disabled account is signed out at once. Invite association members under Associations.',
	introModerator: 'Only administrators can change roles and disable accounts.',
	name: 'Name', organisations: 'Associations', role: 'Role', status: 'Status',
	roles: { organiser: 'Association user', moderator: 'Staff (reviewer)', admin: 'Administrator' },
	disabled: 'Disabled', active: 'Active', save: 'Save', saved: 'Saved.', totp: 'Two-step sign-in on'
};

userAdmin.en = en;
