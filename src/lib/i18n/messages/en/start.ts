import { start, type StartMessages } from '../start';

const en: StartMessages = {
	heading: 'What would you like to do?',
	intro: 'Find meeting points, association activities and health events near you in Karlskoga.',
	searchLabel: 'Search activities',
	searchButton: 'Search',
	allToday: 'All activities today',
	thisWeek: 'The whole week',
	todayOver: "Today's activities are over. Here are tomorrow's.",
	allTomorrow: 'All activities tomorrow',
	nothingSoon: 'No activities today or tomorrow.',
	districtPlaceholder: 'Choose a district',
	districtHint: 'We remember your choice for next time.',
	nearHeading: 'Near you',
	nearText: 'See the places nearest a meeting point you know, or nearest where you are.',
	nearFrom: 'Nearest',
	nearButton: 'Show the nearest places',
	nearMeLink: 'Sort by where I am',
	categoriesHeading: 'Choose a kind of activity',
	districtHeading: 'Choose your district',
	districtLabel: 'District',
	districtButton: 'Show activities in the district',
	otherWays: 'More ways to find',
	mapText: 'See the activities on a map',
	programText: "Print this week's programme for your district",
	placesText: 'Meeting points and other places'
};

start.en = en;
