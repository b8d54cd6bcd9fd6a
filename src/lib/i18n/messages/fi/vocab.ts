import { vocabNames } from '../vocab';

vocabNames.fi = {
	// categories
	motion: 'Liikunta',
	gemenskap: 'Yhdessäoloa ja keskustelua',
	kultur: 'Kulttuuri ja musiikki',
	halsa: 'Terveys ja ennaltaehkäisy',
	digital: 'Digiapua',
	mat: 'Ruoka ja kahvi',
	kurs: 'Kurssit ja opintopiirit',
	utflykt: 'Retket ja matkat',
	anhorig: 'Omaishoitajien tuki',
	tro: 'Usko ja hengellisyys',
	// audiences
	'alla-aldre': 'Kaikki ikääntyneet',
	anhoriga: 'Omaishoitajat',
	demens: 'Muistisairaat',
	man: 'Miehet',
	'nyblivna-pensionarer': 'Vastaeläköityneet',
	finsktalande: 'Suomenkieliset',
	kvinnor: 'Naiset',
	// languages
	sv: 'ruotsi',
	fi: 'suomi',
	en: 'englanti',
	ar: 'arabia',
	bs: 'bosnia'
};
