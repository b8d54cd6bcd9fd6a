import { listViews, type ListViewMessages } from '../list-views';

const en: ListViewMessages = {
	viewLabel: 'Show as',
	viewActivities: 'Activities',
	viewDates: 'All dates',
	activityResults: (n: number) => (n === 1 ? '1 activity' : `${n} activities`),
	activityDates: (n: number) => (n === 1 ? 'with 1 date' : `with ${n} dates`),
	next: 'Next time:',
	only: 'Date:',
	dates: (n: number) => (n === 1 ? '1 date' : `${n} dates`),
	allDates: 'See all dates',
	jumpLabel: 'Go to date',
	jumpHint: 'Shows every date from the day you choose.',
	jumpButton: 'Show',
	didYouMean: 'Did you mean',
	didYouMeanEverywhere: '(among all activities)'
};

listViews.en = en;
