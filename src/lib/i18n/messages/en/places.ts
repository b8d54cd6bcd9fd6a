import { places, type PlacesMessages } from '../places';

const en: PlacesMessages = {
	title: 'Places and meeting points',
	intro: "The municipality's meeting points and other places with activities for older people.",
	meetingPoints: "The municipality's meeting points",
	otherPlaces: 'Other places',
	upcoming: (n: number) => (n === 1 ? '1 upcoming date' : `${n} upcoming dates`),
	kinds: {
		meeting_point: 'Meeting point',
		association: 'Association premises',
		library: 'Library',
		church: 'Church',
		health_centre: 'Health centre',
		outdoors: 'Outdoors',
		other: 'Other place'
	},
	openingHours: 'Opening hours',
	deviations: 'Changed opening hours',
	closed: 'Closed',
	changed: 'Open',
	oddWeeks: 'odd weeks',
	evenWeeks: 'even weeks',
	thisWeek: "This week's programme",
	nothingThisWeek: 'No activities this week.',
	allActivities: 'All upcoming activities here',
	printWeek: 'Print the weekly programme',
	contact: 'Contact',
	district: 'District',
	address: 'Address',
	busStop: 'Nearest bus stop',
	accessibility: 'Accessibility',
	mapLabel: (name: string) => `Map showing ${name}`,
	listMapLabel: 'Map of the places',
	districtsTitle: 'Districts',
	districtsIntro: 'Choose a district to see its meeting points and activities.',
	districtMapLabel: 'Map of the districts',
	residents: (n: number) => `${n.toLocaleString('en-GB')} residents aged 65 or over`,
	venuesIn: 'Places in the district',
	activitiesIn: 'Upcoming activities in the district',
	noVenues: 'There is no place with activities in this district yet.',
	districtActivitiesLink: 'Show all activities in the district',
	districtProgram: 'Print the weekly programme for the district',
	meetingPointCount: (n: number) => (n === 1 ? '1 meeting point' : `${n} meeting points`),
	venueCount: (n: number) => (n === 1 ? '1 place' : `${n} places`)
};

places.en = en;
