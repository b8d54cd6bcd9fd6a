import { common, type CommonMessages } from '../common';

const en: CommonMessages = {
	siteName: 'Träffpunkt Karlskoga',
	tagline: 'Activities and meeting points for older people',
	skipLink: 'Skip to content',
	nav: {
		label: 'Main menu',
		activities: 'Activities',
		map: 'Map',
		places: 'Places',
		districts: 'Districts',
		program: 'Weekly programme',
		otherLanguages: 'Other languages and easy-read Swedish',
		signIn: 'Sign in',
		menu: 'Menu',
		myPages: 'My pages',
		staffPages: 'Staff',
		signOut: 'Sign out',
		signedInAs: (name: string) => `Signed in as ${name}`,
		myAccount: 'My account'
	},
	footer: {
		accessibility: 'Accessibility statement',
		privacy: 'Personal data',
		api: 'Open data',
		contactBefore: 'Questions? Call the municipal contact centre',
		contactAfter: ', weekdays 8–16.',
		openSource: 'Träffpunkt is open source.'
	},
	settings: {
		label: 'Display settings',
		textSize: 'Text size',
		normal: 'Normal',
		large: 'Larger',
		larger: 'Largest',
		language: 'Language'
	},
	demo: 'Demonstration – the activities are made up.',
	weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	months: [
		'January', 'February', 'March', 'April', 'May', 'June',
		'July', 'August', 'September', 'October', 'November', 'December'
	],
	optional: 'optional',
	swedishOnly: 'This page is only available in Swedish.',
	today: 'Today',
	tomorrow: 'Tomorrow',
	week: 'week',
	free: 'Free',
	cancelled: 'Cancelled',
	noSignup: 'No sign-up',
	signupNeeded: 'Sign-up required',
	byPhone: 'By phone',
	online: 'Online',
	stepFree: 'Wheelchair accessible',
	hearingLoop: 'Hearing loop',
	price: (amount: number, unit: string | null) =>
		`${amount} kr${unit ? ({ session: ' per session', term: ' per term', month: ' per month', year: ' per year', total: ' in total' } as Record<string, string>)[unit] ?? '' : ''}`,
	error: {
		title: 'Something went wrong',
		notFound: 'Page not found',
		notFoundText: 'We cannot find the page you are looking for. It may have moved or been removed.',
		generic: 'A technical error occurred. Please try again in a while.',
		back: 'Go to the home page',
		tooLargeTitle: 'What you sent is too large',
		tooLargeText: 'A file may be at most 2 MB. Go back, choose a smaller file or shorten the text, and send it again.',
		goBack: 'Go back'
	}
};

common.en = en;
