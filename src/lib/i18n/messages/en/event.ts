import { event, type EventMessages } from '../event';

const en: EventMessages = {
	nextDates: 'Upcoming dates',
	moreDates: (n: number) => (n === 1 ? 'Show 1 more date' : `Show ${n} more dates`),
	noUpcoming: 'There are no upcoming dates.',
	past: 'This activity has ended. The last date was',
	eventCancelled: 'The whole activity is cancelled.',
	when: 'When',
	where: 'Place',
	address: 'Address',
	busStop: 'Nearest bus stop',
	directions: 'Directions',
	byPhone: 'By phone',
	online: 'Online',
	organiser: 'Organiser',
	contact: 'Contact',
	phone: 'Phone',
	email: 'E-mail',
	website: 'Website',
	cost: 'Cost',
	lunch: 'Lunch is served',
	signup: 'Sign-up',
	signupRequired: 'Sign-up is required.',
	signupNotNeeded: 'No sign-up needed – just come along.',
	capacity: (n: number) => `At most ${n} participants.`,
	accessibility: 'Accessibility',
	audience: 'Suitable for',
	language: 'Language',
	easyRead: 'Easy to read',
	about: 'About the activity',
	category: 'Kind of activity',
	addToCalendar: 'Add to your calendar',
	print: 'Print',
	mapLabel: (name: string) => `Map showing ${name}`,
	facets: {
		stepFree: 'Step-free entrance',
		accessibleToilet: 'Accessible toilet',
		hearingLoop: 'Hearing loop',
		parking: 'Parking near the entrance'
	},
	noFacets: 'The place has not stated its accessibility.'
};

event.en = en;
