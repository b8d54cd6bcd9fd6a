import { formatDate, formatDayHeading, formatTimeRange } from '../../format';
import type { Locale } from '../../i18n';
import { SCHEDULE_CANCEL_NOTE } from '../commands/dates';
import '../../i18n/english';
import '../../i18n/finnish';

/**
 * Mail texts: plain, short, one thing each. This file is the one catalogue of mail. Swedish, except
 * the mails to residents (receipts, a moved or cancelled date, a place from the waiting list), which
 * are written in the language the person signed up in.
 */
const signature = '\n\nVänliga hälsningar\nTräffpunkt Karlskoga\n(Det här mejlet går inte att svara på.)';
const greeting = '\n\nVänliga hälsningar\nTräffpunkt Karlskoga';

type Span = { localDate: string; startsAt: number; endsAt: number };
/** "Tisdag 8 december 10:00–11:00" */
const when = (d: Span) => `${formatDayHeading(d.localDate, '')} ${formatTimeRange(d.startsAt, d.endsAt)}`;
/** The same inside a sentence: "tisdag 8 december 10:00–11:00". */
const during = (d: Span) => `${formatDate(d.localDate)} ${formatTimeRange(d.startsAt, d.endsAt)}`;
const at = (venue: string | null) => (venue ? `, ${venue}` : '');
type DateTarget = { title: string; titleFi?: string | null; localDate: string; startsAt: number; endsAt: number; venueName: string | null };
type ReceiptInput = { target: DateTarget; status: 'confirmed' | 'waiting'; people: number; receiptUrl: string; phone: string | null };

const signupReceiptSv = (p: ReceiptInput) => ({
	subject: p.status === 'confirmed' ? `Anmäld: ${p.target.title}` : `Väntelista: ${p.target.title}`,
	text:
		(p.status === 'confirmed'
			? `Du är anmäld till ${p.target.title}, ${during(p.target)}${at(p.target.venueName)}${p.people > 1 ? ` (${p.people} personer)` : ''}. Välkommen!`
			: `Du står på väntelistan till ${p.target.title}, ${during(p.target)}${at(p.target.venueName)}. Om en plats blir ledig flyttas du upp och får ett mejl.`) +
		`\n\nDin anmälan, med vägbeskrivning, kalenderfil och avbokning:\n${p.receiptUrl}` +
		(p.phone ? `\n\nDu kan också avboka genom att ringa ${p.phone}.` : '') +
		greeting
});

const whenIn = (d: Span, locale: Locale) => `${formatDayHeading(d.localDate, '', locale)} ${formatTimeRange(d.startsAt, d.endsAt)}`;

/** Receipts for residents who used the Finnish or English interface. */
const residentReceipt: Record<Exclude<Locale, 'sv'>, (p: ReceiptInput) => { subject: string; text: string }> = {
	fi: (p) => {
		const title = p.target.titleFi || p.target.title;
		const what = `${title}, ${whenIn(p.target, 'fi')}${at(p.target.venueName)}`;
		return {
			subject: p.status === 'confirmed' ? `Ilmoittautuminen vastaanotettu: ${title}` : `Jonotuslistalla: ${title}`,
			text:
				(p.status === 'confirmed'
					? `Olet ilmoittautunut: ${what}${p.people > 1 ? ` (${p.people} henkilöä)` : ''}. Tervetuloa!`
					: `Olet jonotuslistalla: ${what}. Jos paikka vapautuu, nouset listalla ja saat sähköpostia.`) +
				`\n\nIlmoittautumisesi, reittiohjeet, kalenteritiedosto ja peruutus:\n${p.receiptUrl}` +
				(p.phone ? `\n\nVoit myös perua soittamalla numeroon ${p.phone}.` : '') +
				'\n\nYstävällisin terveisin\nTräffpunkt Karlskoga'
		};
	},
	en: (p) => {
		const what = `${p.target.title}, ${whenIn(p.target, 'en')}${at(p.target.venueName)}`;
		return {
			subject: p.status === 'confirmed' ? `Signed up: ${p.target.title}` : `Waiting list: ${p.target.title}`,
			text:
				(p.status === 'confirmed'
					? `You are signed up for ${what}${p.people > 1 ? ` (${p.people} people)` : ''}. Welcome!`
					: `You are on the waiting list for ${what}. If a place becomes free you move up and get an e-mail.`) +
				`\n\nYour sign-up, with directions, a calendar file and cancellation:\n${p.receiptUrl}` +
				(p.phone ? `\n\nYou can also cancel by calling ${p.phone}.` : '') +
				'\n\nKind regards\nTräffpunkt Karlskoga'
		};
	}
};

const TERM: Record<Locale, { subject: (n: number, title: string) => string; intro: (title: string, n: number, people: number) => string; waiting: string; link: string; already: string; outro: string; greeting: string }> = {
	sv: {
		subject: (n, title) => `Anmäld till ${n} tillfällen: ${title}`,
		intro: (title, n, people) => `Du är anmäld till ${title}${people > 1 ? ` (${people} personer)` : ''} de här ${n} gångerna. Välkommen!`,
		waiting: 'väntelista: du får ett mejl om en plats blir ledig',
		link: 'Visa eller avboka just den gången',
		already: 'du var redan anmäld',
		outro: 'Kan du inte komma någon gång? Avboka den gången med länken under den, så får någon annan platsen.',
		greeting
	},
	fi: {
		subject: (n, title) => `Ilmoittautuminen ${n} kertaan: ${title}`,
		intro: (title, n, people) => `Olet ilmoittautunut: ${title}${people > 1 ? ` (${people} henkilöä)` : ''}, nämä ${n} kertaa. Tervetuloa!`,
		waiting: 'jonotuslistalla: saat sähköpostia, jos paikka vapautuu',
		link: 'Katso tai peru vain tämä kerta',
		already: 'olit jo ilmoittautunut',
		outro: 'Etkö pääse jollakin kerralla? Peru se kerta sen alla olevasta linkistä, niin paikka vapautuu toiselle.',
		greeting: '\n\nYstävällisin terveisin\nTräffpunkt Karlskoga'
	},
	en: {
		subject: (n, title) => `Signed up for ${n} times: ${title}`,
		intro: (title, n, people) => `You are signed up for ${title}${people > 1 ? ` (${people} people)` : ''} these ${n} times. Welcome!`,
		waiting: 'waiting list: you get an e-mail if a place becomes free',
		link: 'View or cancel just this time',
		already: 'you were already signed up',
		outro: 'Cannot come one of the times? Cancel that time with the link under it, so that someone else gets the place.',
		greeting: '\n\nKind regards\nTräffpunkt Karlskoga'
	}
};

type Notice = { kind: 'moved' | 'cancelled' | 'restored'; before: Span; after: Span | null; note: string | null };
/** `waiting`: the person is on the waiting list (a date brought back says which they have). */
type DateChangedInput = { notice: Notice; title: string; titleFi?: string | null; venue: string | null; waiting?: boolean };

/**
 * The note of a cancelled date: the system's own notes are translated, an organiser's note is shown
 * as written (usually Swedish), under a label saying whose it is.
 */
function noteIn(note: string | null, locale: Exclude<Locale, 'sv'>): string {
	if (!note) return '';
	if (note === SCHEDULE_CANCEL_NOTE) return `\n\n${locale === 'fi' ? 'Aikataulu on muuttunut, eikä tätä kertaa järjestetä.' : 'The schedule has changed and this time no longer takes place.'}`;
	const closed = /^Lokalen är stängd(?: \((.*)\))?\.$/.exec(note);
	if (closed) {
		const why = closed[1] ? ` (${closed[1]})` : '';
		return `\n\n${locale === 'fi' ? `Tila on suljettu sinä päivänä${why}.` : `The venue is closed that day${why}.`}`;
	}
	return `\n\n${locale === 'fi' ? 'Järjestäjän viesti' : 'Message from the organiser'}: ${note}`;
}

const RESIDENT: Record<Locale, { dateChanged: (p: DateChangedInput) => { subject: string; text: string }; promoted: (p: { target: DateTarget }) => { subject: string; text: string } }> = {
	sv: {
		dateChanged: (p) =>
			p.notice.kind === 'restored'
				? {
						subject: `Blir av ändå: ${p.title}`,
						text: `Goda nyheter: ${p.title}, ${during(p.notice.after ?? p.notice.before)}${at(p.venue)}, är inte längre inställt utan blir av ändå.\n\n${p.waiting ? 'Du står kvar på väntelistan och får ett mejl om en plats blir ledig.' : 'Du har en plats.'} Kan du inte komma kan du avboka med länken i mejlet du fick när du anmälde dig, eller ringa arrangören.${greeting}`
					}
				: p.notice.kind === 'moved' && p.notice.after
				? {
						subject: `Ny tid: ${p.title}`,
						text: `${p.title}${at(p.venue)} har fått en ny tid.\n\nFörut: ${when(p.notice.before)}\nNu: ${when(p.notice.after)}\n\nDin anmälan gäller den nya tiden. Passar den inte kan du avboka med länken i mejlet du fick när du anmälde dig, eller ringa arrangören.${greeting}`
					}
				: {
						subject: `Inställt: ${p.title}`,
						text: `${p.title}, ${during(p.notice.before)}${at(p.venue)}, är tyvärr inställt.${p.notice.note ? `\n\n${p.notice.note}` : ''}${greeting}`
					},
		promoted: (p) => ({
			subject: `Du har fått en plats: ${p.target.title}`,
			text: `En plats blev ledig och du är nu anmäld till ${p.target.title}, ${during(p.target)}${at(p.target.venueName)}. Välkommen!${greeting}`
		})
	},
	// The title is never inflected (it may be Swedish): it stands after a colon or on its own.
	fi: {
		dateChanged: (p) => {
			const title = p.titleFi || p.title;
			if (p.notice.kind === 'restored')
				return {
					subject: `Järjestetään sittenkin: ${title}`,
					text: `Hyviä uutisia! Peruttu kerta järjestetään sittenkin:\n${title}, ${whenIn(p.notice.after ?? p.notice.before, 'fi')}${at(p.venue)}.\n\n${p.waiting ? 'Olet edelleen jonotuslistalla ja saat sähköpostia, jos paikka vapautuu.' : 'Sinulla on paikka.'} Jos et pääse paikalle, voit perua ilmoittautumisesi vahvistusviestin linkistä tai soittaa järjestäjälle.${TERM.fi.greeting}`
				};
			return p.notice.kind === 'moved' && p.notice.after
				? {
						subject: `Uusi aika: ${title}`,
						text: `Aika on muuttunut: ${title}${at(p.venue)}.\n\nEnnen: ${whenIn(p.notice.before, 'fi')}\nNyt: ${whenIn(p.notice.after, 'fi')}\n\nIlmoittautumisesi koskee uutta aikaa. Jos uusi aika ei sovi sinulle, voit perua ilmoittautumisesi vahvistusviestin linkistä tai soittaa järjestäjälle.${TERM.fi.greeting}`
					}
				: {
						subject: `Peruttu: ${title}`,
						text: `Valitettavasti tämä kerta on peruttu:\n${title}, ${whenIn(p.notice.before, 'fi')}${at(p.venue)}.${noteIn(p.notice.note, 'fi')}${TERM.fi.greeting}`
					};
		},
		promoted: (p) => {
			const title = p.target.titleFi || p.target.title;
			return {
				subject: `Sait paikan: ${title}`,
				text: `Paikka vapautui, ja olet nyt ilmoittautunut: ${title}, ${whenIn(p.target, 'fi')}${at(p.target.venueName)}. Tervetuloa!${TERM.fi.greeting}`
			};
		}
	},
	en: {
		dateChanged: (p) =>
			p.notice.kind === 'restored'
				? {
						subject: `Happening after all: ${p.title}`,
						text: `Good news: ${p.title}, ${whenIn(p.notice.after ?? p.notice.before, 'en')}${at(p.venue)}, is no longer cancelled and takes place after all.\n\n${p.waiting ? 'You are still on the waiting list and will get an e-mail if a place becomes free.' : 'You have a place.'} If you cannot come, you can cancel with the link in the e-mail you got when you signed up, or call the organiser.${TERM.en.greeting}`
					}
				: p.notice.kind === 'moved' && p.notice.after
				? {
						subject: `New time: ${p.title}`,
						text: `${p.title}${at(p.venue)} has a new time.\n\nBefore: ${whenIn(p.notice.before, 'en')}\nNow: ${whenIn(p.notice.after, 'en')}\n\nYour sign-up is for the new time. If it does not suit you, you can cancel with the link in the e-mail you got when you signed up, or call the organiser.${TERM.en.greeting}`
					}
				: {
						subject: `Cancelled: ${p.title}`,
						text: `We are sorry: ${p.title}, ${whenIn(p.notice.before, 'en')}${at(p.venue)}, is cancelled.${noteIn(p.notice.note, 'en')}${TERM.en.greeting}`
					},
		promoted: (p) => ({
			subject: `You have a place: ${p.target.title}`,
			text: `A place became free and you are now signed up for ${p.target.title}, ${whenIn(p.target, 'en')}${at(p.target.venueName)}. Welcome!${TERM.en.greeting}`
		})
	}
};

export const mails = {
	/** `answerable`: sent with a Reply-To (the member who invited), so it does not say "cannot be answered". */
	invitation: (p: { name: string; organisation: string; link: string; answerable?: boolean }) => ({
		subject: `Inbjudan till Träffpunkt – ${p.organisation}`,
		text: `Hej ${p.name}!\n\nDu är inbjuden att lägga upp aktiviteter för ${p.organisation} på Träffpunkt Karlskoga.\n\nVälj ditt lösenord här (länken gäller i 7 dagar och kan bara användas en gång):\n${p.link}${p.answerable ? `\n\nFrågor? Svara på det här mejlet så når du den som bjöd in dig.${greeting}` : signature}`
	}),
	invitationWithdrawn: (p: { name: string; organisation: string }) => ({
		subject: `Inbjudan återkallad – ${p.organisation}`,
		text: `Hej ${p.name}!\n\nInbjudan att lägga upp aktiviteter för ${p.organisation} på Träffpunkt Karlskoga är återkallad. Länken i det förra mejlet fungerar inte längre.\n\nTror du att det är fel? Svara på det här mejlet så når du föreningen.${greeting}`
	}),
	membershipEnded: (p: { name: string; organisation: string }) => ({
		subject: `Du är inte längre med i ${p.organisation} på Träffpunkt`,
		text: `Hej ${p.name}!\n\nDu kan inte längre lägga upp eller ändra aktiviteter för ${p.organisation} på Träffpunkt Karlskoga. Det du redan har lagt upp finns kvar hos föreningen.\n\nTror du att det är fel? Svara på det här mejlet så når du föreningen.${greeting}`
	}),
	passwordReset: (p: { name: string; link: string }) => ({
		subject: 'Nytt lösenord till Träffpunkt',
		text: `Hej ${p.name}!\n\nNågon (förhoppningsvis du) har bett om ett nytt lösenord.\n\nVälj ett nytt lösenord här (länken gäller i 1 timme och kan bara användas en gång):\n${p.link}\n\nHar du inte bett om det kan du strunta i det här mejlet.${signature}`
	}),
	decision: (p: { title: string; decision: 'approve' | 'request_changes' | 'reject'; reason: string | null; message: string; link: string }) => ({
		subject:
			p.decision === 'approve' ? `Publicerad: ${p.title}` : p.decision === 'reject' ? `Inte godkänd: ${p.title}` : `Ändringar behövs: ${p.title}`,
		text:
			(p.decision === 'approve'
				? `Hej!\n\n”${p.title}” är granskad och syns nu på Träffpunkt.`
				: p.decision === 'reject'
					? `Hej!\n\n”${p.title}” godkändes inte.\n\nSkäl: ${p.reason ?? ''}`
					: `Hej!\n\nKommunen vill att ni ändrar något i ”${p.title}” innan den publiceras.`) +
			(p.message ? `\n\nMeddelande från kommunen:\n${p.message}` : '') +
			`\n\nSe aktiviteten här:\n${p.link}${signature}`
	}),
	calendarPaused: (p: { name: string; failures: number; link: string }) => ({
		subject: `Kalendern ”${p.name}” är pausad`,
		text: `Hej!\n\nTräffpunkt har inte kunnat hämta kalendern ”${p.name}” de senaste ${p.failures} gångerna, så vi har pausat den. Inga aktiviteter har tagits bort.\n\nSe vad som är fel och starta den igen här:\n${p.link}${signature}`
	}),
	newSubmission: (p: { title: string; organisation: string; link: string }) => ({
		subject: `Att granska: ${p.title}`,
		text: `${p.organisation} har skickat ”${p.title}” för granskning.\n\n${p.link}${signature}`
	}),
	accountRequestReceipt: (p: { organisation: string; contact: string }) => ({
		subject: 'Vi har tagit emot er ansökan',
		text: `Hej ${p.contact}!\n\nTack för ansökan om ett konto för ${p.organisation} på Träffpunkt Karlskoga. Kommunen går igenom den, oftast inom två arbetsdagar. Blir den godkänd får du ett mejl med en länk där du väljer lösenord.${signature}`
	}),
	accountRequest: (p: { organisation: string; contact: string; email: string }) => ({
		subject: `Ny förening vill ha konto: ${p.organisation}`,
		text: `${p.contact} (${p.email}) har ansökt om ett konto för ${p.organisation}.\n\nGodkänn eller avslå under Personal → Föreningar.${signature}`
	})
	,
	/** One line on what happened to a date, kept on each sign-up and shown to the organiser. */
	dateChangeLine: (n: Notice) =>
		n.kind === 'restored'
			? `${when(n.after ?? n.before)} blir av ändå (var inställt)`
			: n.kind === 'moved' && n.after
				? `Flyttad från ${during(n.before)} till ${during(n.after)}`
				: `${when(n.before)} är inställt${n.note ? ` – ${n.note}` : ''}`,
	/** To one person signed up for a date that moved or was cancelled, in the language they signed up in. */
	dateChanged: (p: DateChangedInput, locale: Locale = 'sv') => ({ ...RESIDENT[locale].dateChanged(p), lang: locale }),
	callList: (p: { title: string; people: { name: string; phone: string | null; what: string }[] }) => ({
		subject: `Ring de anmälda: ${p.title}`,
		text: `En ändring i ”${p.title}” berör anmälda som inte har lämnat någon e-postadress. Ring dem och berätta:\n\n${p.people.map((x) => `- ${x.name}, ${x.phone ?? 'inget telefonnummer'}: ${x.what}`).join('\n')}\n\nListan finns också under anmälningarna till tillfället. Markera där när du har ringt.${signature}`
	}),
	/** The receipt goes out in the interface the person signed up in (the Finnish title where there is one). */
	signupReceipt: (p: { target: DateTarget; status: 'confirmed' | 'waiting'; people: number; receiptUrl: string; phone: string | null }, locale: Locale = 'sv') =>
		({ ...(locale === 'sv' ? signupReceiptSv(p) : residentReceipt[locale](p)), lang: locale }),
	/** One receipt for a sign-up to the rest of the term: every date with its own link, in the sign-up's language. */
	termReceipt: (p: { title: string; titleFi?: string | null; people: number; dates: { target: DateTarget; status: 'confirmed' | 'waiting'; receiptUrl: string | null }[] }, locale: Locale = 'sv') => {
		const t = TERM[locale];
		const title = locale === 'fi' ? p.titleFi || p.title : p.title;
		return {
			lang: locale,
			subject: t.subject(p.dates.length, title),
			text:
				t.intro(title, p.dates.length, p.people) +
				'\n\n' +
				p.dates
					.map((d) => `- ${whenIn(d.target, locale)}${at(d.target.venueName)}${d.status === 'waiting' ? ` (${t.waiting})` : ''}${d.receiptUrl ? `\n  ${t.link}: ${d.receiptUrl}` : ` (${t.already})`}`)
					.join('\n') +
				`\n\n${t.outro}` +
				t.greeting
		};
	},
	/** A place from the waiting list, in the language the person signed up in. */
	promoted: (p: { target: DateTarget }, locale: Locale = 'sv') => ({ ...RESIDENT[locale].promoted(p), lang: locale }),
	messageToSignups: (p: { title: string; text: string }) => ({ subject: `Meddelande om ${p.title}`, text: `${p.text}\n\nVänliga hälsningar\n${p.title}` }),
	accessibilityReport: (p: { page: string; contact: string; message: string }) => ({
		subject: 'Nytt tillgänglighetsproblem rapporterat',
		text: `Sida: ${p.page || '(ej angiven)'}\nKontakt: ${p.contact || '(ej angiven)'}\n\n${p.message}`
	})
	,
	attendanceReminder: (p: { missing: number; link: string }) => ({
		subject: 'Påminnelse: skriv in närvaron',
		text: `Hej!\n\n${p.missing} tillfällen för en vecka sedan eller mer saknar antal deltagare. Det tar bara en minut:\n${p.link}${greeting}`
	}),
	moderationDigest: (p: { items: { title: string; organisation: string; link: string }[] }) => ({
		subject: `${p.items.length} att granska på Träffpunkt`,
		text: `Det här väntar på granskning:\n\n${p.items.map((i) => `- ${i.title} (${i.organisation}): ${i.link}`).join('\n')}${greeting}`
	})
};
