import type { Bundle } from '../index';

const sv = {
	viewLabel: 'Visa som',
	viewActivities: 'Aktiviteter',
	viewDates: 'Alla datum',
	activityResults: (n: number) => (n === 1 ? '1 aktivitet' : `${n} aktiviteter`),
	activityDates: (n: number) => (n === 1 ? 'med 1 tillfälle' : `med ${n} tillfällen`),
	next: 'Nästa gång:',
	only: 'Tillfälle:',
	dates: (n: number) => (n === 1 ? '1 tillfälle' : `${n} tillfällen`),
	allDates: 'Se alla datum',
	jumpLabel: 'Gå till datum',
	jumpHint: 'Visar alla tillfällen från och med dagen du väljer.',
	jumpButton: 'Visa',
	didYouMean: 'Menade du',
	didYouMeanEverywhere: '(bland alla aktiviteter)'
};

export type ListViewMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const listViews: Bundle<ListViewMessages> = { sv, en: sv, fi: sv };
