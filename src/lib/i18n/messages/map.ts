import type { Bundle } from '../index';

const sv = {
	title: 'Karta över aktiviteter',
	intro: 'Platserna på kartan har aktiviteter som passar dina val. Samma platser finns i listan under kartan.',
	places: (n: number) => (n === 1 ? '1 plats' : `${n} platser`),
	dates: (n: number) => (n === 1 ? '1 tillfälle' : `${n} tillfällen`),
	showHere: 'Visa aktiviteterna här',
	clusterLabel: (n: number) => `${n} platser, tryck för att zooma in`,
	remote: (n: number) => (n === 1 ? '+ 1 aktivitet per telefon eller på nätet' : `+ ${n} aktiviteter per telefon eller på nätet`),
	showThem: 'visa dem',
	byPhone: 'per telefon',
	online: 'på nätet',
	nextDate: 'nästa',
	districtsOnMap: 'Stadsdelarna på kartan',
	asList: 'Platserna i listform'
};
export type MapMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const mapMessages: Bundle<MapMessages> = { sv, en: sv, fi: sv };
