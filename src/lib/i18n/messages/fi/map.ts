import { mapMessages, type MapMessages } from '../map';

const fi: MapMessages = {
	title: 'Toiminta kartalla',
	intro: 'Kartan paikoissa on valintojasi vastaavaa toimintaa. Samat paikat ovat myös kartan alla olevassa luettelossa.',
	places: (n: number) => (n === 1 ? '1 paikka' : `${n} paikkaa`),
	dates: (n: number) => (n === 1 ? '1 kerta' : `${n} kertaa`),
	showHere: 'Näytä täällä oleva toiminta',
	clusterLabel: (n: number) => `${n} paikkaa, lähennä napauttamalla`,
	remote: (n: number) => (n === 1 ? '+ 1 tapahtuma puhelimitse tai verkossa' : `+ ${n} tapahtumaa puhelimitse tai verkossa`),
	showThem: 'näytä ne',
	byPhone: 'puhelimitse',
	online: 'verkossa',
	nextDate: 'seuraava',
	districtsOnMap: 'Kaupunginosat kartalla',
	asList: 'Paikat luettelona'
};

mapMessages.fi = fi;
