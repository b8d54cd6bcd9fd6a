import { subscribe, type SubscribeMessages } from '../subscribe';

const fi: SubscribeMessages = {
	addThisDate: 'Lisää tämä päivä',
	subscribe: 'Tilaa kalenteri',
	howTo: 'Näin tilaat kalenterin puhelimeen',
	title: 'Näin tilaat kalenterin puhelimeen',
	intro:
		'Kun tilaat kalenterin, ajat näkyvät puhelimesi tai tietokoneesi kalenterissa ja päivittyvät itsestään. Jos aika muuttuu tai kerta perutaan, muutos näkyy myös kalenterissasi.',
	feedFor: (name: string) => `Kalenteri: ${name}`,
	allActivities: 'kaikki toiminta',
	subscribeButton: 'Tilaa',
	addressLabel: 'Kalenterin osoite (liittämistä varten)',
	addressHint: 'Valitse osoite ja kopioi se, jos sinun täytyy liittää se.',
	iphoneTitle: 'iPhone ja iPad',
	iphoneSteps: [
		'Paina yllä olevaa Tilaa-painiketta.',
		'Paina avautuvassa ruudussa Tilaa ja sitten Valmis.',
		'Kalenterilla on toiminnan tai valikoiman nimi, ja se löytyy Kalenteri-sovelluksesta.'
	],
	androidTitle: 'Android (Google-kalenteri)',
	androidSteps: [
		'Google-kalenteriin voi lisätä tilauksen vain tietokoneella: mene osoitteeseen calendar.google.com ja kirjaudu sisään.',
		'Valitse plusmerkki kohdan Muut kalenterit vierestä ja sitten URL-osoitteesta.',
		'Liitä kalenterin osoite ja valitse Lisää kalenteri.',
		'Avaa Google-kalenteri puhelimessa. Jos kalenteri ei näy, ota se käyttöön asetuksista.'
	],
	outlookTitle: 'Outlook',
	outlookSteps: ['Valitse Lisää kalenteri ja sitten Tilaa verkosta.', 'Liitä kalenterin osoite ja valitse Tuo.'],
	updatesTitle: 'Hyvä tietää',
	updates: [
		'Kalenteri päivittyy itsestään, yleensä monta kertaa päivässä. Google-kalenterilla se voi kestää vuorokauden.',
		'Perutut kerrat jäävät näkyviin, ja ne on merkitty peruutetuiksi.',
		'Jos et enää halua kalenteria, poista se kalenterisovelluksen asetuksista.',
		'Jos haluat tallentaa vain yhden päivän, valitse toiminnan sivulla päivän kohdalta Lisää tämä päivä. Se ei päivity itsestään.'
	],
	back: 'Takaisin toimintaan',
	backToList: 'Takaisin luetteloon'
};

subscribe.fi = fi;
