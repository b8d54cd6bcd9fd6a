/**
 * The Finnish entry page (/suomeksi). It is in Finnish in every interface language, so it is one
 * text, not a bundle. Karlskoga belongs to the Finnish administrative area (lag 2009:724).
 */
export const suomeksi = {
	title: 'Suomeksi',
	lead: 'Träffpunkt Karlskoga kertoo ikääntyneiden toiminnasta Karlskogassa: kohtaamispaikoista, yhdistysten tapaamisista ja terveyttä edistävästä toiminnasta.',
	whatTitle: 'Mikä Träffpunkt on?',
	what: [
		'Täältä löydät, mitä tänään, huomenna ja koko viikon aikana tapahtuu. Voit hakea kaupunginosan, toiminnan lajin tai kielen mukaan.',
		'Moneen tapahtumaan voi tulla ilman ilmoittautumista. Jos ilmoittautuminen vaaditaan, voit usein ilmoittautua suoraan verkossa tai soittaa järjestäjälle.',
		'Voit valita sivun kieleksi suomen sivun ylälaidasta (Suomi). Yhdistysten kirjoittamat tekstit ovat usein ruotsiksi, mutta suomenkieliset tapahtumat on kerrottu myös suomeksi.'
	],
	activitiesTitle: 'Suomenkielinen toiminta',
	activitiesIntro: 'Nämä tapahtumat järjestetään suomeksi tai suomeksi ja ruotsiksi.',
	allFinnish: (n: number) => `Kaikki suomenkielinen toiminta (${n} kertaa)`,
	none: 'Suomenkielistä toimintaa ei ole tulossa juuri nyt.',
	contactTitle: 'Kunnan yhteystiedot suomeksi',
	contact: 'Karlskogan kunnan asiakaspalvelussa voit asioida suomeksi. Soita numeroon',
	contactHours: 'arkisin klo 8–16, tai kirjoita osoitteeseen',
	contactMail: 'suomi@karlskoga.invalid',
	rightsTitle: 'Oikeutesi käyttää suomea',
	rights: [
		'Karlskoga kuuluu vuodesta 2012 suomen kielen hallintoalueeseen. Laki kansallisista vähemmistöistä ja vähemmistökielistä (2009:724) antaa sinulle oikeuden käyttää suomea suullisesti ja kirjallisesti, kun asioit kunnan kanssa.',
		'Sinulla on oikeus pyytää, että vanhustenhuolto annetaan kokonaan tai osittain suomeksi. Kunnan on myös kerrottava vähemmistöille heidän oikeuksistaan ja pyrittävä tarjoamaan palveluja suomeksi.',
		'Jos haluat tietää lisää tai jokin ei toimi, ota yhteyttä kunnan asiakaspalveluun.'
	]
};
