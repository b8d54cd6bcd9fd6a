/**
 * Personal links (set a password, cancel a sign-up) are someone's key: outside the demo, staff who
 * read the outbox see that such a link was sent but not the link itself.
 */
export function hidePersonalLinks(text: string): string {
	return text.replace(/\S*\/(?:konto\/losenord|anmalan\/avboka)\/[A-Za-z0-9_-]{8,}/g, '(personlig länk – dold)');
}
