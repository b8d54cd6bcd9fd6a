import { start, type StartMessages } from '../start';

const en: StartMessages = {
	heading: 'What would you like to do?',
	intro: 'Find meeting points, association activities and health events near you in Karlskoga.',
	searchLabel: 'Search activities',
	searchButton: 'Search',
	todayEmpty: 'No more activities today.',
	allToday: 'All activities today',
	thisWeek: 'The whole week',
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
