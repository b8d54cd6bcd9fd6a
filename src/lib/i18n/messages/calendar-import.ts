import type { Bundle } from '../index';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The organiser's calendar subscriptions: list, add with preview, status. */
const sv = {
	title: 'Kalendrar',
	nav: 'Kalendrar',
	intro: 'Har föreningen redan en kalender (Google, Outlook eller förbundets webbplats)? Lägg till dess adress så hämtar Träffpunkt aktiviteterna själv, flera gånger om dagen.',
	add: 'Lägg till en kalender',
	none: 'Ni har inga kalendrar här ännu.',
	organisation: 'Förening',
	name: 'Namn på kalendern',
	nameHint: 'Bara för er, till exempel ”Föreningens Google-kalender”.',
	url: 'Kalenderns adress (iCal eller ICS)',
	urlHint: 'I Google Kalender: Inställningar → kalendern → ”Offentlig adress i iCal-format”. Adressen slutar ofta på .ics.',
	defaultVenue: 'Plats när kalendern inte säger var',
	noDefaultVenue: 'Ingen – hoppa över dem',
	category: 'Typ av aktivitet',
	choose: 'Välj …',
	onlyKnownVenues: 'Hämta bara aktiviteter vars plats finns i Träffpunkt',
	includeKeyword: 'Hämta bara aktiviteter med ordet',
	includeHint: 'Lämna tomt för att hämta alla.',
	skipKeyword: 'Hoppa över aktiviteter med ordet',
	preview: 'Visa vad som skulle hämtas',
	previewTitle: 'Så här skulle det bli',
	previewHelp: 'Inget är sparat ännu. Titta igenom listan och välj ”Spara och hämta” om det ser rätt ut.',
	previewSummary: (take: number, skip: number) => `${count(take, 'datum hämtas', 'datum hämtas')}, ${count(skip, 'hoppas över', 'hoppas över')}.`,
	save: 'Spara och hämta',
	change: 'Ändra uppgifterna ovan och visa igen om något är fel.',
	when: 'När',
	what: 'Vad',
	where: 'Plats',
	result: 'Blir',
	willImport: 'Hämtas',
	allDay: 'hela dagen',
	noVenue: '–',
	fromLocation: (loc: string) => `(kalendern säger ”${loc}”)`,
	tooMany: (n: number) => `Och ${n} datum till.`,
	reviewNote: 'Nya och ändrade aktiviteter granskas av kommunen innan de syns, precis som när ni skriver in dem själva.',
	directNote: 'Er förening är betrodd: aktiviteterna syns direkt.',
	status: { active: 'Hämtas automatiskt', paused: 'Pausad' } as Record<string, string>,
	statusHelp: {
		active: 'Träffpunkt hämtar kalendern var sjätte timme.',
		paused: 'Kalendern hämtas inte. Aktiviteter som redan finns ligger kvar.'
	} as Record<string, string>,
	lastFetch: 'Senast hämtad',
	never: 'Inte hämtad ännu',
	lastResult: 'Senaste lyckade hämtningen',
	counts: (c: { created: number; updated: number; cancelled: number; unchanged: number; skipped: number }) =>
		`${count(c.created, 'ny', 'nya')}, ${count(c.updated, 'ändrad', 'ändrade')}, ${count(c.cancelled, 'inställd', 'inställda')}, ${count(c.unchanged, 'oförändrad', 'oförändrade')}, ${count(c.skipped, 'överhoppad', 'överhoppade')}.`,
	skippedWhy: 'Varför några hoppades över',
	lastError: 'Fel vid senaste försöket',
	failures: (n: number) => `Det har inte gått ${n === 1 ? 'en gång' : `${n} gånger i rad`}. Efter 5 gånger pausas kalendern och ni får ett mejl.`,
	unchanged: 'Kalendern var oförändrad sedan förra gången.',
	fetchNow: 'Hämta nu',
	pause: 'Pausa',
	resume: 'Starta igen',
	remove: 'Ta bort kalendern',
	removeHelp: 'Aktiviteter som redan har hämtats ligger kvar och kan ändras som vanligt.',
	removed: 'Kalendern är borttagen.',
	fetched: 'Kalendern är hämtad.',
	fetchFailed: 'Det gick inte att hämta kalendern.',
	imported: 'Hämtade aktiviteter',
	noImported: 'Inga aktiviteter har hämtats ännu.',
	eventStatus: { draft: 'Väntar på granskning', published: 'Publicerad', cancelled: 'Inställd', rejected: 'Inte godkänd' } as Record<string, string>,
	vanished: 'Borta ur kalendern – inställd',
	address: 'Adress',
	errors: {
		bad_url: 'Adressen ska börja med https:// (eller http://).',
		private_address: 'Adressen pekar på ett internt nät. Använd kalenderns offentliga adress.',
		no_answer: 'Adressen svarar inte.',
		timeout: 'Adressen svarar för långsamt.',
		not_found: 'Kalendern finns inte på adressen. Den kan ha flyttats eller tagits bort.',
		http_error: 'Adressen svarar med ett fel.',
		too_large: 'Filen är för stor (högst 2 MB).',
		not_calendar: 'Det är ingen kalenderfil. Kontrollera att det är iCal-adressen (ofta .ics).',
		too_many_redirects: 'Adressen skickar vidare för många gånger.',
		organisation_inactive: 'Föreningen är inte aktiv.'
	} as Record<string, string>,
	skipReasons: {
		past: 'Har redan varit',
		private: 'Privat i kalendern',
		ignored: 'Markerad med #traffpunkt-ignore',
		no_date: 'Saknar datum',
		unknown_venue: 'Platsen finns inte i Träffpunkt',
		keyword: 'Stämmer inte med orden ni valt',
		cancelled: 'Inställd i kalendern'
	} as Record<string, string>
};
export type CalendarImportMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const calendarImport: Bundle<CalendarImportMessages> = { sv, en: sv, fi: sv };
