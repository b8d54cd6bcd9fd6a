/** Swedish mail texts: plain, short, one thing each. */
const signature = '\n\nVänliga hälsningar\nTräffpunkt Karlskoga\n(Det här mejlet går inte att svara på.)';

export const mails = {
	invitation: (p: { name: string; organisation: string; link: string }) => ({
		subject: `Inbjudan till Träffpunkt – ${p.organisation}`,
		text: `Hej ${p.name}!\n\nDu är inbjuden att lägga upp aktiviteter för ${p.organisation} på Träffpunkt Karlskoga.\n\nVälj ditt lösenord här (länken gäller i 7 dagar och kan bara användas en gång):\n${p.link}${signature}`
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
};
