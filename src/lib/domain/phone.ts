/** "0586-610 00" → "+4658661000", for a tel: link. */
export function telHref(phone: string): string {
	const digits = phone.replace(/[^\d+]/g, '');
	return `tel:${digits.startsWith('+') ? digits : digits.replace(/^0/, '+46')}`;
}
