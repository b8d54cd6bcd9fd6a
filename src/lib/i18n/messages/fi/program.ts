import { program, type ProgramMessages } from '../program';

const fi: ProgramMessages = {
	title: 'Tulostettava viikko-ohjelma',
	intro: 'Valitse kaupunginosa tai paikka ja viikko. Ohjelma tulostuu A4-arkille isolla tekstillä – ilmoitustaululle tai niille, jotka eivät käytä internetiä.',
	district: 'Kaupunginosa',
	place: 'Tai paikka',
	anyPlace: 'Ei tiettyä paikkaa',
	anyDistrict: 'Koko kunta',
	week: 'Viikko',
	weekHint: 'Viikon numero, esimerkiksi 48 tai 2026-W48',
	show: 'Näytä ohjelma',
	print: 'Tulosta',
	heading: (where: string, week: number) => `Ohjelma viikolla ${week} – ${where}`,
	wholeMunicipality: 'koko Karlskoga',
	dates: (from: string, to: string) => `${from} – ${to}`,
	nothing: 'Ei toimintaa tällä viikolla.',
	legend: 'Merkkien selitykset',
	legendFree: 'Maksuton',
	legendCost: 'Maksullinen',
	legendSignup: 'Ilmoittautuminen vaaditaan',
	legendStepFree: 'Esteetön pyörätuolille',
	legendHearing: 'Induktiosilmukka',
	short: { stepFree: 'Pyörätuoli', loop: 'Silmukka' },
	prevWeek: 'Edellinen viikko',
	nextWeek: 'Seuraava viikko',
	badWeek: 'Emme ymmärtäneet, mitä viikkoa tarkoitat. Kirjoita viikon numero, esimerkiksi 48. Alla näkyy tämä viikko.',
	unknownPlace: 'Paikkaa tai kaupunginosaa ei ole. Valitse luettelosta.',
	footer: (site: string, phone: string) => `Lisätietoja ja muutokset: ${site} tai kunnan asiakaspalvelu ${phone}.`,
	cancelled: 'PERUTTU',
	closuresHeading: 'Suljettu tai muutetut ajat',
	placesHeading: 'Osoitteet',
	signupCall: (phone: string) => `Ilmoittautuminen vaaditaan, soita ${phone}`,
	qrCaption: (url: string, phone: string) => `Muutokset ja muut viikot: lue koodi, mene osoitteeseen ${url} tai soita kunnan asiakaspalveluun ${phone}.`
};

program.fi = fi;
