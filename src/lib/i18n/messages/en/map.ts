import { mapMessages, type MapMessages } from '../map';

const en: MapMessages = {
	title: 'Map of activities',
	intro: 'The places on the map have activities matching your choices. The same places are listed below the map.',
	places: (n: number) => (n === 1 ? '1 place' : `${n} places`),
	dates: (n: number) => (n === 1 ? '1 date' : `${n} dates`),
	showHere: 'Show the activities here',
	clusterLabel: (n: number) => `${n} places, press to zoom in`,
	asList: 'The places as a list'
};

mapMessages.en = en;
