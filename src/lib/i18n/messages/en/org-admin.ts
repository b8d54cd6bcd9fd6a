import { orgAdmin, type OrgAdminMessages } from '../org-admin';

const en: OrgAdminMessages = {
	title: 'Associations',
	requests: 'Account applications',
	approve: 'Approve and invite',
	decline: 'Decline',
	approved: (n: string) => `${n} is created and the contact has been invited.`,
	inviteTitle: 'Invite a person to an association',
	inviteIntro: 'The person gets an e-mail with a link to choose a password.',
	fix: 'Please correct this:',
	organisation: 'Association',
	name: 'Name',
	email: 'E-mail address',
	send: 'Send invitation',
	invited: (e: string) => `Invitation sent to ${e}.`,
	all: 'All associations',
	members: 'Accounts',
	published: 'Published activities',
	trust: 'Trusted',
	trusted: 'Trusted – publishes directly',
	notTrusted: 'Reviewed',
	makeTrusted: 'Make trusted',
	untrust: 'Remove trust',
	createTitle: 'Add an association or unit',
	kind: 'Kind',
	kinds: { association: 'Association', municipal: 'Municipal unit', region: 'Region/health centre', church: 'Parish', study_association: 'Study association', other: 'Other' },
	create: 'Add',
	created: (n: string) => `${n} is added. Invite a person below.`,
	status: 'Status',
	activeLabel: 'Active',
	inactiveLabel: 'Deactivated',
	deactivate: 'Deactivate',
	activate: 'Activate'
};

orgAdmin.en = en;
