/**
 * The easy-read section (/lattlast), in easy-read Swedish in every interface language, written to
 * MTM's rules: the most important first, everyday words, one message a sentence, one sentence a line.
 */
export const lattlast = {
	title: 'Lättläst',
	intro: [
		'Här finns aktiviteter för dig som är äldre.',
		'Aktiviteterna är i Karlskoga.',
		'Du kan till exempel fika, sjunga, gå promenad eller träna.',
		'Många aktiviteter är gratis.',
		'Till en del aktiviteter behöver du anmäla dig.'
	],
	sections: [
		{
			title: 'Så hittar du en aktivitet',
			lines: [
				'Tryck på Aktiviteter högst upp på sidan.',
				'Då ser du vad som händer de närmaste dagarna.',
				'Du kan välja den stadsdel där du bor.',
				'Du kan välja vad du vill göra.',
				'Tryck sedan på knappen Visa aktiviteter.'
			]
		},
		{
			title: 'Så anmäler du dig',
			lines: [
				'På sidan om aktiviteten står det om du behöver anmäla dig.',
				'Tryck på Anmäl dig.',
				'Skriv ditt namn.',
				'Skriv ditt telefonnummer eller din e-post.',
				'Tryck på Skicka anmälan.',
				'Du kan också ringa till den som ordnar aktiviteten.'
			]
		},
		{
			title: 'Större text',
			lines: ['Högst upp på sidan finns knappar med A, A+ och A++.', 'Tryck på A+ eller A++ så blir texten större.']
		},
		{
			title: 'Vill du ha hjälp?',
			lines: ['Ring kommunens kontaktcenter.', 'Telefon: {phone}.', 'De svarar måndag till fredag, klockan 8 till 16.']
		}
	],
	listTitle: 'Aktiviteter med lättläst text',
	listIntro: 'Här kan du läsa om aktiviteterna på lätt svenska.',
	event: {
		next: (when: string) => `Nästa gång är ${when}.`,
		noNext: 'Det finns inga fler tillfällen just nu.',
		where: (place: string) => `Platsen är ${place}.`,
		byPhone: 'Du är med per telefon.',
		online: 'Du är med på nätet.',
		free: 'Det kostar ingenting.',
		cost: (amount: number) => `Det kostar ${amount} kronor.`,
		signup: 'Du behöver anmäla dig.',
		noSignup: 'Du behöver inte anmäla dig.',
		/** Followed by the number as a link to call. */
		call: 'Har du frågor? Ring',
		more: 'Läs mer om aktiviteten',
		back: 'Till alla lättlästa texter',
		practical: 'Bra att veta'
	},
	/** The link on an event page that has an easy-read text. */
	eventLink: 'Läs på lätt svenska'
};

/** Easy-read text one sentence a line: split after full stops, question and exclamation marks. */
export function sentenceLines(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+/)
		.map((s) => s.trim())
		.filter(Boolean);
}
