import { listViews, type ListViewMessages } from '../list-views';

const fi: ListViewMessages = {
	viewLabel: 'Näytä',
	viewActivities: 'Tapahtumat',
	viewDates: 'Kaikki päivät',
	activityResults: (n: number) => (n === 1 ? '1 tapahtuma' : `${n} tapahtumaa`),
	activityDates: (n: number) => (n === 1 ? '1 kerta' : `${n} kertaa`),
	next: 'Seuraava kerta:',
	only: 'Kerta:',
	dates: (n: number) => (n === 1 ? '1 kerta' : `${n} kertaa`),
	allDates: 'Katso kaikki päivät',
	jumpLabel: 'Siirry päivään',
	jumpHint: 'Näyttää kaikki kerrat valitsemastasi päivästä alkaen.',
	jumpButton: 'Näytä',
	didYouMean: 'Tarkoititko',
	didYouMeanEverywhere: '(kaikesta toiminnasta)'
};

listViews.fi = fi;
