import type { Bundle } from '../index';

const sv = {
	title: 'Platser',
	newVenue: 'Ny plats',
	proposed: 'Föreslagen – granska',
	proposedBy: (o: string) => `föreslagen av ${o}`,
	edit: 'Ändra',
	fix: 'Rätta det här innan du sparar:',
	basics: 'Om platsen',
	name: 'Namn',
	kind: 'Typ av plats',
	postcode: 'Postnummer',
	lat: 'Latitud',
	lng: 'Longitud',
	phone: 'Telefon',
	email: 'E-post',
	description: 'Beskrivning',
	approved: 'Godkänd och synlig för alla',
	stepFree: 'Entré utan trappsteg',
	accessibleToilet: 'Tillgänglig toalett',
	hearingLoop: 'Hörslinga',
	parking: 'Parkering nära entrén',
	accessibilityNote: 'Mer om tillgänglighet',
	openingHint: 'En rad per öppetdag. Välj udda eller jämna veckor om platsen bara har öppet varannan vecka.',
	weekday: 'Dag',
	weeks: 'Veckor',
	allWeeks: 'Alla veckor',
	opens: 'Öppnar',
	closes: 'Stänger',
	note: 'Anteckning',
	deviationHint: 'Till exempel stängt mellan jul och nyår. Sista dagen kan lämnas tom för en enda dag.',
	from: 'Första dagen',
	to: 'Sista dagen',
	addOpening: 'Lägg till en rad för öppettider',
	addDeviation: 'Lägg till en rad för ändrade öppettider',
	unchanged: 'Inget var ändrat, så inget behövde sparas.',
	save: 'Spara platsen',
	saved: 'Platsen är sparad.'
};
export type VenueAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const venueAdmin: Bundle<VenueAdminMessages> = { sv, en: sv, fi: sv };
