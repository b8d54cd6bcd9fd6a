import { z } from 'zod';

/** An accessibility problem reported by a visitor (Digg requires a way to do this). */
export const accessibilityReportSchema = z.object({
	message: z
		.string()
		.trim()
		.min(10, 'Beskriv problemet med minst 10 tecken.')
		.max(4000, 'Beskrivningen får vara högst 4000 tecken.'),
	page: z.string().trim().max(500, 'Adressen är för lång.').optional().default(''),
	contact: z
		.string()
		.trim()
		.max(200, 'Kontaktuppgiften är för lång.')
		.optional()
		.default('')
});

export type FieldErrors = Record<string, string[] | undefined>;

/** First message per field, for showing next to each input. */
export function firstErrors(errors: FieldErrors): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (v?.length ? [[k, v[0]]] : [])));
}
