const sv = {
	siteName: 'Träffpunkt Karlskoga',
	tagline: 'Aktiviteter och träffpunkter för dig som är äldre',
	skipLink: 'Gå direkt till innehållet',
	nav: {
		label: 'Huvudmeny',
		start: 'Start',
		activities: 'Aktiviteter',
		map: 'Karta',
		places: 'Platser',
		districts: 'Stadsdelar',
		program: 'Veckoprogram',
		signIn: 'Logga in',
		menu: 'Meny',
		myPages: 'Mina sidor',
		staffPages: 'Personal',
		signOut: 'Logga ut',
		signedInAs: (name: string) => `Inloggad som ${name}`
	},
	footer: {
		accessibility: 'Tillgänglighetsredogörelse',
		privacy: 'Personuppgifter',
		api: 'Öppna data (API)',
		contact: 'Frågor? Ring kommunens kontaktcenter 0586-610 00, vardagar 8–16.',
		openSource: 'Träffpunkt är öppen källkod.'
	},
	settings: {
		label: 'Inställningar för visning',
		textSize: 'Textstorlek',
		normal: 'Normal',
		large: 'Större',
		larger: 'Störst',
		language: 'Språk',
		switchTo: 'In English',
		switchLang: 'en'
	},
	demo: 'Demonstration – aktiviteterna är påhittade.',
	weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
	weekdaysShort: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'],
	months: [
		'januari', 'februari', 'mars', 'april', 'maj', 'juni',
		'juli', 'augusti', 'september', 'oktober', 'november', 'december'
	],
	optional: 'frivilligt',
	mapNeedsJs: 'Kartan visas när JavaScript är påslaget i webbläsaren. Allt som finns på kartan finns också i listan.',
	today: 'Idag',
	tomorrow: 'Imorgon',
	week: 'vecka',
	free: 'Gratis',
	cancelled: 'Inställt',
	noSignup: 'Ingen anmälan',
	signupNeeded: 'Anmälan krävs',
	stepFree: 'Tillgängligt för rullstol',
	hearingLoop: 'Hörslinga',
	showOnMap: 'Visa på karta',
	showAsList: 'Visa som lista',
	mapControls: { zoomIn: 'Zooma in', zoomOut: 'Zooma ut', closePopup: 'Stäng rutan' },
	error: {
		title: 'Något gick fel',
		notFound: 'Sidan finns inte',
		notFoundText: 'Vi hittar inte sidan du söker. Den kan ha flyttats eller tagits bort.',
		generic: 'Ett tekniskt fel uppstod. Försök igen om en stund.',
		back: 'Gå till startsidan'
	}
};

export type CommonMessages = typeof sv;

const en: CommonMessages = {
	siteName: 'Träffpunkt Karlskoga',
	tagline: 'Activities and meeting points for older people',
	skipLink: 'Skip to content',
	nav: {
		label: 'Main menu',
		start: 'Home',
		activities: 'Activities',
		map: 'Map',
		places: 'Places',
		districts: 'Districts',
		program: 'Weekly programme',
		signIn: 'Sign in',
		menu: 'Menu',
		myPages: 'My pages',
		staffPages: 'Staff',
		signOut: 'Sign out',
		signedInAs: (name: string) => `Signed in as ${name}`
	},
	footer: {
		accessibility: 'Accessibility statement',
		privacy: 'Personal data',
		api: 'Open data (API)',
		contact: 'Questions? Call the municipal contact centre 0586-610 00, weekdays 8–16.',
		openSource: 'Träffpunkt is open source.'
	},
	settings: {
		label: 'Display settings',
		textSize: 'Text size',
		normal: 'Normal',
		large: 'Larger',
		larger: 'Largest',
		language: 'Language',
		switchTo: 'På svenska',
		switchLang: 'sv'
	},
	demo: 'Demonstration – the activities are made up.',
	weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
	months: [
		'January', 'February', 'March', 'April', 'May', 'June',
		'July', 'August', 'September', 'October', 'November', 'December'
	],
	optional: 'optional',
	mapNeedsJs: 'The map is shown when JavaScript is switched on in the browser. Everything on the map is also in the list.',
	today: 'Today',
	tomorrow: 'Tomorrow',
	week: 'week',
	free: 'Free',
	cancelled: 'Cancelled',
	noSignup: 'No sign-up',
	signupNeeded: 'Sign-up required',
	stepFree: 'Wheelchair accessible',
	hearingLoop: 'Hearing loop',
	showOnMap: 'Show on map',
	showAsList: 'Show as list',
	mapControls: { zoomIn: 'Zoom in', zoomOut: 'Zoom out', closePopup: 'Close' },
	error: {
		title: 'Something went wrong',
		notFound: 'Page not found',
		notFoundText: 'We cannot find the page you are looking for. It may have moved or been removed.',
		generic: 'A technical error occurred. Please try again in a while.',
		back: 'Go to the home page'
	}
};

export const common = { sv, en };
