import type { Bundle } from '../index';

/** The embeddable pages (/inbaddning/…) and the page that makes their snippet (/inbaddning). */
const sv = {
	allActivities: 'Aktiviteter',
	/** The frame's title and heading: what the list shows. */
	listTitle: (what: string[]) => (what.length ? `Aktiviteter: ${what.join(', ')}` : 'Aktiviteter'),
	atSite: 'på Träffpunkt Karlskoga',
	empty: 'Inga kommande aktiviteter just nu.',
	showAll: (n: number) => (n === 1 ? 'Visa aktiviteten på Träffpunkt' : `Visa alla ${n} på Träffpunkt`),
	newWindow: '(öppnas i nytt fönster)',
	readMore: 'Läs mer och anmäl dig',
	readMoreNoSignup: 'Läs mer',
	comingDates: 'Kommande tillfällen',
	noDates: 'Inga kommande tillfällen.',
	where: 'Plats',
	cost: 'Kostnad',
	notFound: 'Aktiviteten finns inte längre.',
	allAtSite: 'Se alla aktiviteter på Träffpunkt Karlskoga',
	generator: {
		title: 'Bädda in aktiviteter på din webbplats',
		intro:
			'Visa föreningens, bibliotekets eller stadsdelens aktiviteter på er egen webbplats. Listan uppdateras av sig själv. Välj vad som ska visas, titta på förhandsvisningen och kopiera koden.',
		what: 'Vad ska visas?',
		kindList: 'En lista med aktiviteter',
		kindEvent: 'En enda aktivitet',
		eventLabel: 'Aktivitetens nummer eller adress',
		eventHint: 'Numret står i aktivitetens adress, till exempel 12 i /aktiviteter/12. Du kan också klistra in hela adressen.',
		eventMissing: 'Vi hittar ingen publicerad aktivitet med det numret. Skriv numret eller klistra in adressen till aktivitetens sida.',
		filtersLegend: 'Urval',
		all: 'Alla',
		anyTime: 'Alla kommande',
		searchLabel: 'Sökord',
		looksLegend: 'Utseende',
		langLabel: 'Språk i rutan',
		langs: { sv: 'Svenska', fi: 'Finska', en: 'Engelska' },
		fiFallback: 'Finska texter finns inte än; rutan visas på svenska tills de finns.',
		themeLabel: 'Tema',
		themes: { ljus: 'Ljust', kontrast: 'Hög kontrast (vit text på svart)' },
		limitLabel: 'Hur många att visa',
		limitHint: (max: number) => `Mellan 1 och ${max}. Resten nås med länken Visa alla.`,
		colourLabel: 'Huvudfärg (hex, till exempel 0b5a4a)',
		colourHint: 'Används för länkar och rubriklinjer. För ljusa färger görs mörkare så att texten går att läsa.',
		colourInvalid: 'Det är ingen färg. Skriv sex tecken 0–9 och a–f, till exempel 0b5a4a. Standardfärgen används.',
		colourDarkened: (c: string) => `Färgen var för ljus mot vit bakgrund och har gjorts mörkare: #${c}.`,
		linkLabel: 'Länkar',
		linkTop: 'Öppnas i samma fönster (ersätter er sida)',
		linkNew: 'Öppnas i ett nytt fönster',
		update: 'Visa förhandsvisning',
		preview: 'Förhandsvisning',
		snippetLabel: 'Kod att klistra in',
		snippetHint: 'Markera all kod och kopiera den.',
		copy: 'Kopiera koden',
		copied: 'Koden är kopierad.',
		copyFailed: 'Det gick inte att kopiera. Markera koden och kopiera den själv.',
		howTitle: 'Så lägger du in koden',
		heightTitle: 'Rätt höjd',
		height:
			'Skriptet i koden gör rutan precis så hög som innehållet. Utan skriptet (om er webbplats inte tillåter skript) blir rutan 40 rader hög och får en egen rullningslist.',
		sitevisionTitle: 'Sitevision',
		sitevision: [
			'Öppna sidan i redigeringsläge och lägg till modulen HTML (Sitevision kallar den ibland Kodmodul).',
			'Klistra in koden och spara. Publicera sidan.',
			'Syns inte rutan kan webbplatsens inställningar stoppa skript eller ramar från andra webbplatser. Be webbredaktören tillåta den här webbplatsens adress.'
		],
		wordpressTitle: 'WordPress',
		wordpress: [
			'Lägg till blocket Anpassad HTML där listan ska stå.',
			'Klistra in koden och uppdatera sidan.',
			'Tar WordPress bort skriptet räcker iframe-delen; rutan får då egen rullningslist.'
		]
	}
};

export type EmbedMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const embed: Bundle<EmbedMessages> = { sv, en: sv, fi: sv };
