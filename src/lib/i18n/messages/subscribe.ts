import type { Bundle } from '../index';

/** Calendar links on event pages and the list, and the page that explains subscribing. */
const sv = {
	addThisDate: 'Lägg till det här datumet',
	subscribe: 'Prenumerera på kalendern',
	howTo: 'Så prenumererar du i mobilen',
	title: 'Så prenumererar du i mobilen',
	intro:
		'En prenumeration gör att tiderna finns i kalendern i din mobil eller dator och uppdateras av sig själva. Flyttas en tid eller ställs ett tillfälle in ändras det i din kalender också.',
	feedFor: (name: string) => `Kalender: ${name}`,
	allActivities: 'alla aktiviteter',
	subscribeButton: 'Prenumerera',
	addressLabel: 'Kalenderns adress (för att klistra in)',
	addressHint: 'Markera adressen och kopiera den, om du behöver klistra in den.',
	iphoneTitle: 'iPhone och iPad',
	iphoneSteps: [
		'Tryck på knappen Prenumerera ovanför.',
		'Tryck på Prenumerera i rutan som visas, och sedan på Klar.',
		'Kalendern heter som aktiviteten eller urvalet och finns i appen Kalender.'
	],
	androidTitle: 'Android (Google Kalender)',
	androidSteps: [
		'Google Kalender tar bara emot prenumerationer på en dator: gå till calendar.google.com och logga in.',
		'Välj plustecknet vid Andra kalendrar och sedan Från webbadress.',
		'Klistra in kalenderns adress och välj Lägg till kalender.',
		'Öppna Google Kalender i mobilen. Syns inte kalendern, slå på den under Inställningar.'
	],
	outlookTitle: 'Outlook',
	outlookSteps: ['Välj Lägg till kalender och sedan Prenumerera från webben.', 'Klistra in kalenderns adress och välj Importera.'],
	updatesTitle: 'Bra att veta',
	updates: [
		'Kalendern uppdateras av sig själv, oftast flera gånger om dagen. Google Kalender kan ta upp till ett dygn på sig.',
		'Inställda tillfällen står kvar, markerade som inställda.',
		'Vill du inte ha kalendern längre tar du bort den i kalenderappens inställningar.',
		'Vill du bara spara ett enda datum väljer du Lägg till det här datumet vid datumet på aktivitetens sida. Det uppdateras inte av sig självt.'
	],
	back: 'Tillbaka till aktiviteten',
	backToList: 'Tillbaka till listan'
};

export type SubscribeMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const subscribe: Bundle<SubscribeMessages> = { sv, en: sv, fi: sv };
