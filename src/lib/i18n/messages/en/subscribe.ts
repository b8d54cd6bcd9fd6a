import { subscribe, type SubscribeMessages } from '../subscribe';

const en: SubscribeMessages = {
	addThisDate: 'Add this date',
	subscribe: 'Subscribe to the calendar',
	howTo: 'How to subscribe on your phone',
	title: 'How to subscribe on your phone',
	intro:
		'A subscription puts the dates into the calendar on your phone or computer and keeps them up to date. If a time moves or a date is cancelled, your calendar changes too.',
	feedFor: (name: string) => `Calendar: ${name}`,
	allActivities: 'all activities',
	subscribeButton: 'Subscribe',
	addressLabel: "The calendar's address (to paste)",
	addressHint: 'Select the address and copy it, if you need to paste it.',
	iphoneTitle: 'iPhone and iPad',
	iphoneSteps: [
		'Tap the Subscribe button above.',
		'Tap Subscribe in the box that appears, then Done.',
		'The calendar is named after the activity or the selection and is in the Calendar app.'
	],
	androidTitle: 'Android (Google Calendar)',
	androidSteps: [
		'Google Calendar only accepts subscriptions on a computer: go to calendar.google.com and sign in.',
		'Choose the plus sign next to Other calendars, then From URL.',
		"Paste the calendar's address and choose Add calendar.",
		'Open Google Calendar on your phone. If the calendar does not show, switch it on in Settings.'
	],
	outlookTitle: 'Outlook',
	outlookSteps: ['Choose Add calendar, then Subscribe from web.', "Paste the calendar's address and choose Import."],
	updatesTitle: 'Good to know',
	updates: [
		'The calendar updates itself, usually several times a day. Google Calendar can take up to a day.',
		'Cancelled dates stay, marked as cancelled.',
		"To stop, remove the calendar in your calendar app's settings.",
		'To save a single date only, choose Add this date next to it on the activity page. It does not update itself.'
	],
	back: 'Back to the activity',
	backToList: 'Back to the list'
};

subscribe.en = en;
