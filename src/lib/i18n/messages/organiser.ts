import type { Bundle } from '../index';

const sv = {
	areaTitle: 'Föreningens sidor',
	nav: { events: 'Aktiviteter', newEvent: 'Ny aktivitet', profile: 'Föreningens uppgifter', members: 'Medlemmar', attendance: 'Närvaro' },
	organisation: 'Förening',
	chooseOrganisation: 'Byt förening',
	noOrganisation: 'Ditt konto hör inte till någon förening ännu. Kontakta kommunen så lägger de till dig.',
	staffNote: 'Du är inloggad som personal. Här ser du föreningens vy; granskning finns under Personal.',
	statuses: {
		draft: 'Utkast',
		pending: 'Väntar på granskning',
		published: 'Publicerad',
		changes_requested: 'Ändringar behövs',
		rejected: 'Inte godkänd',
		cancelled: 'Inställd',
		past: 'Avslutad'
	},
	statusHelp: {
		draft: 'Bara ni ser utkastet. Välj ”Ändra aktiviteten” och sedan ”Skicka för granskning” när det är klart.',
		pending: 'Kommunen granskar aktiviteten, oftast inom två arbetsdagar. Är den redan publicerad syns den gamla versionen tills ändringen är godkänd.',
		published: 'Aktiviteten syns för alla.',
		changes_requested: 'Kommunen vill att ni ändrar något. Läs meddelandet, ändra och skicka igen.',
		rejected: 'Aktiviteten godkändes inte. Läs skälet nedan.',
		cancelled: 'Aktiviteten är inställd och visas som inställd.',
		past: 'Alla tillfällen har varit.'
	},
	noEvents: 'Ni har inga aktiviteter här ännu.',
	next: 'Nästa tillfälle',
	open: 'Öppna',
	newEvent: 'Lägg upp en ny aktivitet',
	fromTemplate: 'Eller börja från en mall för hälsofrämjande aktiviteter:',
	moderatorMessage: 'Meddelande från kommunen',
	edit: 'Ändra aktiviteten',
	viewPublic: 'Visa den publicerade sidan',
	dates: 'Kommande tillfällen',
	cancelDate: 'Ställ in det här tillfället',
	restoreDate: 'Det blir av ändå',
	cancelNote: 'Meddelande till deltagarna (visas på webben)',
	cancelEventTitle: 'Ställ in hela aktiviteten',
	cancelEvent: 'Ställ in hela aktiviteten',
	cancelEventConfirm: 'Ja, ställ in alla kommande tillfällen',
	deleteDraftTitle: 'Ta bort utkastet',
	deleteDraftHelp: 'Utkastet har aldrig skickats in. Tar du bort det försvinner det helt.',
	deleteDraftConfirm: 'Ja, ta bort utkastet',
	deleteDraft: 'Ta bort utkastet',
	draftDeleted: 'Utkastet är borttaget.',
	cancelEventHelp: 'Alla kommande tillfällen visas som inställda. Det går inte att ångra här – kontakta kommunen om det blev fel.',
	saved: 'Sparat.',
	submitted: 'Skickat för granskning. Ni får besked via e-post.',
	publishedDirectly: 'Publicerat. Aktiviteten syns nu för alla.',
	dateCancelled: 'Tillfället är inställt. De anmälda som har e-post får ett mejl, de andra hamnar på ringlistan.',
	dateRestored: 'Tillfället blir av ändå. De anmälda som har e-post får ett mejl, och ringlistan är uppdaterad.',
	eventCancelled: 'Hela aktiviteten är inställd.',
	history: 'Beslut',
	changedHours: (opens: string, closes: string, note: string | null) => `Obs! Platsen har ändrade öppettider den dagen: ${opens}–${closes}${note ? ` (${note})` : ''}. Hör med platsen om tiden fungerar.`,
	unchanged: 'Inget var ändrat, så inget behövde sparas.',
	affectedTold: (n: number) => `Ändringen berörde ${n === 1 ? '1 anmäld person' : `${n} anmälda`}. De som har e-post har fått besked.`,
	affectedLater: (n: number) => `Ändringen berör ${n === 1 ? '1 anmäld person' : `${n} anmälda`}. De får besked när ändringen är publicerad.`,
	toCallTitle: (n: number) => (n === 1 ? 'En anmäld person behöver ett samtal' : `${n} anmälda behöver ett samtal`),
	toCallHelp: 'De här personerna har ingen e-postadress. Ring dem och berätta vad som har ändrats. Markera sedan under anmälningarna att du har ringt.',
	noPhone: 'inget telefonnummer',
	toCallList: 'anmälningarna'
};
export type OrganiserMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const organiser: Bundle<OrganiserMessages> = { sv, en: sv, fi: sv };
