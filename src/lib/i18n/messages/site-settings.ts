import type { Bundle } from '../index';

const sv = {
	title: 'Systeminställningar',
	link: 'Systeminställningar för hela webbplatsen (bara administratörer)',
	intro: 'Det som gäller för hela webbplatsen. Ett fält som ingen har ändrat visar standardvärdet; det som sparas här gäller före miljövariablerna. Varje ändring hamnar i loggen.',
	security: 'Säkerhet',
	requireTotp: 'Personal måste använda tvåstegsinloggning',
	requireTotpHint: 'Personal som inte har slagit på den skickas dit nästa gång de öppnar personalsidorna.',
	privacy: 'Personuppgifter och rapporter',
	retentionDays: 'Dagar som anmälningar sparas efter tillfället',
	retentionHint: 'Namn och telefonnummer raderas så här många dagar efter tillfället. Syns på sidan om personuppgifter.',
	suppressBelow: 'Sekretessgräns i rapporter (minsta antal deltagare som visas)',
	suppressHint: 'Antal under gränsen visas som ”dolt” i alla rapporter, så att ingen enskild kan räknas fram.',
	mail: 'Mejl',
	staffInbox: 'Personalens inkorg',
	staffInboxHint: 'Hit går rapporter om tillgänglighet och ansökningar om konto.',
	municipality: 'Kommunen',
	municipalityName: 'Kommunens namn',
	municipalityPhone: 'Telefon till kontaktcenter',
	municipalityEmail: 'E-post till kontaktcenter',
	municipalityHint: 'Visas i sidfoten, i tillgänglighetsredogörelsen och i mejl.',
	defaultIs: (v: string) => `Standard: ${v}.`,
	yes: 'ja',
	no: 'nej',
	save: 'Spara inställningarna',
	saved: 'Sparat. Ändringen gäller från och med nu.',
	unchanged: 'Inget var ändrat, så inget sparades.',
	errorSummary: 'Inställningarna sparades inte. Rätta det som står vid fälten.'
};
export type SiteSettingsMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const siteSettingsText: Bundle<SiteSettingsMessages> = { sv, en: sv, fi: sv };
