import type { Bundle } from '../index';

const sv = {
	title: 'Veckoprogram att skriva ut',
	intro: 'Välj stadsdel eller plats och vecka. Programmet skrivs ut på A4 med stor text – för anslagstavlan eller för den som inte använder internet.',
	district: 'Stadsdel',
	place: 'Eller en plats',
	anyPlace: 'Ingen särskild plats',
	anyDistrict: 'Hela kommunen',
	week: 'Vecka',
	weekHint: 'Veckans nummer, till exempel 48 eller 2026-W48',
	show: 'Visa programmet',
	print: 'Skriv ut',
	heading: (where: string, week: number) => `Program vecka ${week} – ${where}`,
	wholeMunicipality: 'hela Karlskoga',
	dates: (from: string, to: string) => `${from} – ${to}`,
	nothing: 'Inga aktiviteter den här veckan.',
	legend: 'Teckenförklaring',
	legendFree: 'Gratis',
	legendCost: 'Kostar pengar',
	legendSignup: 'Anmälan krävs',
	legendStepFree: 'Tillgängligt för rullstol',
	legendHearing: 'Hörslinga',
	short: { stepFree: 'Rullstol', loop: 'Hörslinga' },
	prevWeek: 'Föregående vecka',
	nextWeek: 'Nästa vecka',
	badWeek: 'Vi förstod inte vilken vecka du menar. Skriv veckans nummer, till exempel 48. Nedan visas den här veckan.',
	unknownPlace: 'Platsen eller stadsdelen finns inte. Välj i listan.',
	footer: (site: string, phone: string) => `Mer information och ändringar: ${site} eller kommunens kontaktcenter ${phone}.`,
	cancelled: 'INSTÄLLT',
	closuresHeading: 'Stängt eller ändrade tider',
	placesHeading: 'Adresser',
	signupCall: (phone: string) => `Anmälan krävs, ring ${phone}`,
	qrCaption: (url: string, phone: string) => `Ändringar och andra veckor: skanna koden, gå till ${url} eller ring kommunens kontaktcenter ${phone}.`
};
export type ProgramMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const program: Bundle<ProgramMessages> = { sv, en: sv, fi: sv };
