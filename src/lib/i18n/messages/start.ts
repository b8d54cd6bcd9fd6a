const sv = {
	heading: 'Vad vill du göra?',
	intro: 'Hitta träffpunkter, föreningarnas aktiviteter och hälsofrämjande träffar nära dig i Karlskoga.',
	searchLabel: 'Sök bland aktiviteterna',
	searchButton: 'Sök',
	todayEmpty: 'Inga fler aktiviteter idag.',
	allToday: 'Alla aktiviteter idag',
	thisWeek: 'Hela veckan',
	categoriesHeading: 'Välj typ av aktivitet',
	districtHeading: 'Välj din stadsdel',
	districtLabel: 'Stadsdel',
	districtButton: 'Visa aktiviteter i stadsdelen',
	otherWays: 'Fler sätt att hitta',
	mapText: 'Se aktiviteterna på en karta',
	programText: 'Skriv ut veckans program för din stadsdel',
	placesText: 'Träffpunkter och andra platser'
};
export type StartMessages = typeof sv;
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
export const start = { sv, en };
