import { publicForms, type PublicFormMessages } from '../public-forms';

const en: PublicFormMessages = {
	report: {
		thanks: 'Thank you!',
		thanksText: 'We have received your report and will get back to you within two working days if you left contact details.',
		fix: 'Correct this before you send',
		message: 'What did not work? (required)',
		page: 'Which page is it about? (optional)',
		contact: 'Your e-mail or phone number, if you want an answer (optional)',
		send: 'Send the report',
		errorPrefix: 'Error: '
	},
	errors: {
		nameMissing: 'Write your name.',
		nameTooLong: 'The name is too long.',
		phoneTooLong: 'The phone number is too long.',
		phoneDigits: 'Write the phone number in digits, for example 070-123 45 67.',
		emailInvalid: 'Write a complete e-mail address, for example anna@example.se.',
		peopleChoose: 'Choose whether you are one or two.',
		messageTooLong: 'The message may be at most 500 characters.',
		contactMissing: 'Write a phone number or an e-mail address so that the organiser can reach you.',
		reportShort: 'Describe the problem in at least 10 characters.',
		reportLong: 'The description may be at most 4000 characters.',
		reportPageLong: 'The address is too long.',
		reportContactLong: 'The contact details are too long.',
		reportContactInvalid: 'Write an e-mail address (for example name@example.se) or a phone number – or leave the box empty.',
		reportTooMany: 'We have received many reports in a short time. Wait an hour and send again – what you wrote is kept. You can also call the municipal contact centre.'
	}
};

publicForms.en = en;
