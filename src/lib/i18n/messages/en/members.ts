import { members, type MembersMessages } from '../members';

const en: MembersMessages = {
	intro: 'These people can post activities for the association. You invite new ones yourselves and remove those who have left.',
	listTitle: 'Members and invitations',
	name: 'Name',
	email: 'E-mail',
	status: 'Status',
	actions: 'Actions',
	you: '(you)',
	statuses: { sent: 'Sent', opened: 'Opened', accepted: 'Accepted', expired: 'Expired', active: 'Active', disabled: 'Disabled by the municipality' },
	validUntil: (d: string) => `The link works until ${d}.`,
	openedOn: (d: string) => `The link was opened on ${d}.`,
	acceptedOn: (d: string) => `Can sign in since ${d}.`,
	expiredHelp: 'The link no longer works. Send a new one.',
	resend: 'Send again',
	withdraw: 'Withdraw invitation',
	remove: 'Remove',
	confirmRemove: (n: string) => `Remove ${n} from the association? They can no longer sign in for it. The activities stay.`,
	confirmRemoveSelf: 'Remove yourself from the association? You will no longer be able to work on its activities.',
	confirmYes: 'Yes, remove',
	confirmNo: 'No, keep',
	inviteTitle: 'Invite a person',
	inviteIntro: 'The person gets an e-mail with a link to choose a password. The link works for 7 days.',
	send: 'Send invitation',
	fix: 'Please correct this:',
	invited: (e: string) => `Invitation sent to ${e}.`,
	alreadyInvited: (e: string) => `${e} already has a valid invitation. Choose "Send again" in the list if the e-mail did not arrive.`,
	resent: (e: string) => `A new invitation is sent to ${e}. The link in the previous e-mail no longer works.`,
	alreadyResent: (e: string) => `A new invitation to ${e} was sent just now. The list shows it.`,
	withdrawn: (n: string) => `The invitation to ${n} is withdrawn.`,
	removed: (n: string) => `${n} is removed from the association.`,
	gone: 'That person is no longer among the members. Nothing was changed.'
};

members.en = en;
