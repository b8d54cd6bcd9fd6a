import { placesList, type PlacesListMessages } from '../places-list';

const en: PlacesListMessages = {
	kindLegend: 'Show',
	kindAll: 'All places',
	kindPlural: {
		traffpunkt: "The municipality's meeting points",
		forening: 'Association premises',
		bibliotek: 'Libraries',
		kyrka: 'Churches',
		vardcentral: 'Health centres',
		utomhus: 'Outdoors',
		annan: 'Other places'
	},
	kindButton: 'Show the places',
	count: (n: number) => (n === 1 ? '1 place' : `${n} places`),
	nearHeading: 'Order',
	nearIntro: 'Sort the places by distance from a meeting point or from where you are. You do not need it to find anything.',
	nearFrom: 'Nearest',
	nearNone: 'By district',
	nearButton: 'Sort',
	nearMe: 'Use my location',
	nearMeHint: 'Your browser asks first whether to share your location. It is only used for sorting and is not stored.',
	locating: 'Finding out where you are …',
	locationFailed: 'We could not find out where you are. Choose a meeting point from the list instead.',
	sortedFrom: (name: string) => `Nearest to ${name} first`,
	sortedFromMe: 'Nearest to your location first',
	inDistrict: (n: number) => (n === 1 ? '1 place' : `${n} places`),
	nothingOfKind: 'There is no such place.',
};

placesList.en = en;
