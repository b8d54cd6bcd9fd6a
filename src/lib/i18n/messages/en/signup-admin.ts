import { signupAdmin, type SignupAdminMessages } from '../signup-admin';

const en: SignupAdminMessages = {
	...signupAdmin.sv,
	title: 'Signed up',
	numbers: (c: number, cap: number | null, w: number) => `${c}${cap ? ` of ${cap}` : ''} places booked${w ? `, ${w} on the waiting list` : ''}.`,
	name: 'Name', people: 'People', contact: 'Contact', phone: 'Phone', email: 'E-mail', message: 'Message', status: 'Status', action: 'Change',
	confirmed: 'Place', waiting: 'Waiting list', byPhone: 'by phone', cancel: 'Cancel', none: 'Nobody has signed up yet.',
	print: 'Print the list for the door', addTitle: 'Sign up someone who calls', add: 'Add sign-up',
	addedConfirmed: 'Saved – the person has a place.', addedWaiting: 'It is full – the person is on the waiting list.',
	cancelledDone: (name: string, n: number) => `${name} is cancelled.${n ? ` ${n} moved up from the waiting list.` : ''}`,
	alreadyCancelled: (name: string) => `${name} was already cancelled.`,
	confirmCancel: (name: string) => `Cancel ${name}?`,
	confirmYes: 'Yes, cancel',
	confirmNo: 'No',
	toCallTitle: 'To phone',
	toCallHelp: 'The time has changed or the date is cancelled, and these people have no e-mail address. Phone them, then mark that you have called.',
	noPhone: 'no phone number',
	markCalled: 'I have called',
	calledDone: 'Marked as called.',
	fix: 'Please correct this:',
	contactHint: 'Phone or e-mail – at least one of them.',
	messageTitle: 'Send a message to those signed up',
	messageIntro: 'Goes to everyone who gave an e-mail address. Call those who only gave a phone number.',
	messageLabel: 'Message', send: 'Send', messaged: (n: number) => `The message was sent to ${n} ${n === 1 ? 'person' : 'people'}.`, listLink: 'Signed up'
};

signupAdmin.en = en;
