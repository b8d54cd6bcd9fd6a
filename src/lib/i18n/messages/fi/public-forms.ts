import { publicForms, type PublicFormMessages } from '../public-forms';

const fi: PublicFormMessages = {
	report: {
		thanks: 'Kiitos!',
		thanksText: 'Olemme vastaanottaneet ilmoituksesi. Jos jätit yhteystietosi, otamme sinuun yhteyttä kahden arkipäivän kuluessa.',
		fix: 'Korjaa nämä ennen lähettämistä',
		message: 'Mikä ei toiminut? (pakollinen)',
		page: 'Mitä sivua asia koskee? (vapaaehtoinen)',
		contact: 'Sähköpostiosoitteesi tai puhelinnumerosi, jos haluat vastauksen (vapaaehtoinen)',
		send: 'Lähetä ilmoitus',
		errorPrefix: 'Virhe: '
	},
	errors: {
		nameMissing: 'Kirjoita nimesi.',
		nameTooLong: 'Nimi on liian pitkä.',
		phoneTooLong: 'Puhelinnumero on liian pitkä.',
		phoneDigits: 'Kirjoita puhelinnumero numeroin, esimerkiksi 070-123 45 67.',
		emailInvalid: 'Kirjoita koko sähköpostiosoite, esimerkiksi aino@esimerkki.se.',
		peopleChoose: 'Valitse, oletteko yksi vai kaksi.',
		messageTooLong: 'Viestissä saa olla enintään 500 merkkiä.',
		contactMissing: 'Kirjoita puhelinnumero tai sähköpostiosoite, jotta järjestäjä tavoittaa sinut.',
		reportShort: 'Kuvaa ongelmaa vähintään 10 merkillä.',
		reportLong: 'Kuvauksessa saa olla enintään 4000 merkkiä.',
		reportPageLong: 'Osoite on liian pitkä.',
		reportContactLong: 'Yhteystieto on liian pitkä.',
		reportContactInvalid: 'Kirjoita sähköpostiosoite (esimerkiksi nimi@esimerkki.se) tai puhelinnumero – tai jätä kenttä tyhjäksi.',
		reportTooMany: 'Olemme saaneet paljon ilmoituksia lyhyessä ajassa. Odota tunti ja lähetä uudelleen – kirjoittamasi teksti säilyy. Voit myös soittaa kunnan asiakaspalveluun.'
	}
};

publicForms.fi = fi;
