import type { Bundle } from '../index';

const sv = {
	siteName: 'Träffpunkt Karlskoga',
	tagline: 'Aktiviteter och träffpunkter för dig som är äldre',
	skipLink: 'Gå direkt till innehållet',
	nav: {
		label: 'Huvudmeny',
		activities: 'Aktiviteter',
		map: 'Karta',
		places: 'Platser',
		districts: 'Stadsdelar',
		program: 'Veckoprogram',
		/** Links to the entry pages for Finnish and easy-read Swedish, named in their own language. */
		otherLanguages: 'Andra språk och lättläst',
		signIn: 'Logga in',
		menu: 'Meny',
		myPages: 'Mina sidor',
		staffPages: 'Personal',
		signOut: 'Logga ut',
		signedInAs: (name: string) => `Inloggad som ${name}`,
		myAccount: 'Mitt konto'
	},
	footer: {
		accessibility: 'Tillgänglighetsredogörelse',
		privacy: 'Personuppgifter',
		api: 'Öppna data',
		contactBefore: 'Frågor? Ring kommunens kontaktcenter',
		contactAfter: ', vardagar 8–16.',
		openSource: 'Träffpunkt är öppen källkod.'
	},
	settings: {
		label: 'Inställningar för visning',
		textSize: 'Textstorlek',
		normal: 'Normal',
		large: 'Större',
		larger: 'Störst',
		language: 'Språk'
	},
	demo: 'Demonstration – aktiviteterna är påhittade.',
	weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
	months: [
		'januari', 'februari', 'mars', 'april', 'maj', 'juni',
		'juli', 'augusti', 'september', 'oktober', 'november', 'december'
	],
	optional: 'frivilligt',
	/** Said on pages whose text exists only in Swedish (empty in Swedish). */
	swedishOnly: '',
	today: 'Idag',
	tomorrow: 'Imorgon',
	week: 'vecka',
	free: 'Gratis',
	cancelled: 'Inställt',
	noSignup: 'Ingen anmälan',
	signupNeeded: 'Anmälan krävs',
	byPhone: 'Per telefon',
	online: 'På nätet',
	stepFree: 'Tillgängligt för rullstol',
	hearingLoop: 'Hörslinga',
	/** "40 kr/gång", "300 kr/termin", "395 kr totalt". */
	price: (amount: number, unit: string | null) =>
		`${amount} kr${unit ? ({ session: '/gång', term: '/termin', month: '/månad', year: '/år', total: ' totalt' } as Record<string, string>)[unit] ?? '' : ''}`,
	error: {
		title: 'Något gick fel',
		notFound: 'Sidan finns inte',
		notFoundText: 'Vi hittar inte sidan du söker. Den kan ha flyttats eller tagits bort.',
		generic: 'Ett tekniskt fel uppstod. Försök igen om en stund.',
		back: 'Gå till startsidan',
		tooLargeTitle: 'Det du skickade är för stort',
		tooLargeText: 'En fil får vara högst 2 MB. Gå tillbaka, välj en mindre fil eller korta texten, och skicka igen.',
		goBack: 'Gå tillbaka'
	}
};

export type CommonMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const common: Bundle<CommonMessages> = { sv, en: sv, fi: sv };
