const sv = {
	title: 'Karta över aktiviteter',
	intro: 'Platserna på kartan har aktiviteter som passar dina val. Samma platser finns i listan under kartan.',
	places: (n: number) => (n === 1 ? '1 plats' : `${n} platser`),
	dates: (n: number) => (n === 1 ? '1 tillfälle' : `${n} tillfällen`),
	showHere: 'Visa aktiviteterna här',
	clusterLabel: (n: number) => `${n} platser, tryck för att zooma in`,
	asList: 'Platserna i listform'
};
export type MapMessages = typeof sv;
const en: MapMessages = {
	title: 'Map of activities',
	intro: 'The places on the map have activities matching your choices. The same places are listed below the map.',
	places: (n: number) => (n === 1 ? '1 place' : `${n} places`),
	dates: (n: number) => (n === 1 ? '1 date' : `${n} dates`),
	showHere: 'Show the activities here',
	clusterLabel: (n: number) => `${n} places, press to zoom in`,
	asList: 'The places as a list'
};
export const mapMessages = { sv, en };
