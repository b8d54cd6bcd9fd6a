import { mapMessages, type MapMessages } from '../map';

const en: MapMessages = {
	title: 'Map of activities',
	intro: 'The places on the map have activities matching your choices. The same places are listed below the map.',
	places: (n: number) => (n === 1 ? '1 place' : `${n} places`),
	dates: (n: number) => (n === 1 ? '1 date' : `${n} dates`),
	showHere: 'Show the activities here',
	clusterLabel: (n: number) => `${n} places, press to zoom in`,
	remote: (n: number) => (n === 1 ? '+ 1 activity by phone or online' : `+ ${n} activities by phone or online`),
	showThem: 'show them',
	byPhone: 'by phone',
	online: 'online',
	nextDate: 'next',
	districtsOnMap: 'The districts on the map',
	asList: 'The places as a list'
};

mapMessages.en = en;
