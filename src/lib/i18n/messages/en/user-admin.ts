import { userAdmin, type UserAdminMessages } from '../user-admin';

const en: UserAdminMessages = {
	title: 'Users',
	introAdmin: 'Change a role or disable an account. A disabled account is signed out at once. Invite association members under Associations.',
	introModerator: 'Only administrators can change roles and disable accounts.',
	name: 'Name', organisations: 'Associations', role: 'Role', status: 'Status',
	roles: { organiser: 'Association user', moderator: 'Staff (reviewer)', admin: 'Administrator' },
	disabled: 'Disabled', active: 'Active', save: 'Save', saved: 'Saved.', totp: 'Two-step sign-in on',
	manage: 'Manage account',
	back: 'Back to the users',
	email: 'E-mail address',
	noPasswordYet: 'Has not chosen a password yet.',
	resendTitle: 'Send the invitation again',
	resendIntro: 'The person gets a new link to choose a password. It is valid for 7 days; earlier links stop working.',
	resend: 'Send a new invitation',
	resent: (email: string) => `A new invitation has been sent to ${email}.`,
	resendNotNeeded: 'The person already has a password. They can choose a new one with "Forgot your password?" on the sign-in page.',
	totpTitle: 'Two-step sign-in',
	totpOff: 'Two-step sign-in is not on.',
	totpOnIntro: 'Has the person lost their phone and recovery codes? Then you can turn two-step sign-in off. The person is signed out everywhere and turns it on again at the next sign-in.',
	totpConfirm: 'Yes, I have checked that the person themselves asks for it',
	totpConfirmMissing: 'Tick the box first, so that nobody turns the protection off by mistake.',
	totpReset: 'Turn two-step sign-in off',
	totpWasReset: 'Two-step sign-in is off. The person has been signed out.'
};

userAdmin.en = en;
