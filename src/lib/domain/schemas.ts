import { z } from 'zod';
import { publicForms } from '../i18n/messages/public-forms';

/** Residents' forms take their (Swedish) messages from the bundle that also translates them. */
const pe = publicForms.sv.errors;

/** An accessibility problem reported by a visitor (Digg requires a way to do this). */
export const accessibilityReportSchema = z.object({
	message: z
		.string()
		.trim()
		.min(10, pe.reportShort)
		.max(4000, pe.reportLong),
	page: z.string().trim().max(500, pe.reportPageLong).optional().default(''),
	contact: z
		.string()
		.trim()
		.max(200, pe.reportContactLong)
		.refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || v.replace(/\D/g, '').length >= 6, {
			message: pe.reportContactInvalid
		})
		.optional()
		.default('')
});

export type FieldErrors = Record<string, string[] | undefined>;

/** First message per field, for showing next to each input. */
export function firstErrors(errors: FieldErrors): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (v?.length ? [[k, v[0]]] : [])));
}

const email = z.string().trim().toLowerCase().min(1, 'Skriv din e-postadress.').max(254, 'E-postadressen är för lång.').email('Skriv en hel e-postadress, till exempel anna@exempel.se.');

export const signInSchema = z.object({
	email,
	password: z.string().min(1, 'Skriv ditt lösenord.').max(200, 'Lösenordet är för långt.')
});

export const forgotSchema = z.object({ email });

export const newPasswordSchema = z
	.object({
		password: z
			.string()
			.min(12, 'Lösenordet behöver minst 12 tecken.')
			.max(200, 'Lösenordet får vara högst 200 tecken.')
			.refine((p) => p.trim() !== '', 'Lösenordet kan inte bara vara mellanslag.'),
		repeat: z.string()
	})
	.refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'Lösenorden är inte lika. Skriv samma lösenord två gånger.' });

export const accountRequestSchema = z.object({
	organisationName: z.string().trim().min(2, 'Skriv föreningens namn.').max(200, 'Föreningens namn får vara högst 200 tecken.'),
	contactName: z.string().trim().min(2, 'Skriv ditt namn.').max(200, 'Ditt namn får vara högst 200 tecken.'),
	email,
	phone: z.string().trim().max(40, 'Telefonnumret är för långt.').regex(/^[\d\s+()-]*$/, 'Skriv telefonnumret med siffror, till exempel 0586-123 45.').default(''),
	message: z.string().trim().max(2000, 'Meddelandet får vara högst 2000 tecken.').default('')
});

/** Form values as strings, for re-rendering what the person typed. */
export function formValues(form: FormData, fields: string[]): Record<string, string> {
	return Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? '')]));
}

export const organisationProfileSchema = z.object({
	description: z.string().trim().max(3000, 'Beskrivningen får vara högst 3000 tecken.'),
	contactName: z.string().trim().max(120, 'Namnet är för långt.'),
	email: z.string().trim().max(254).refine((v) => v === '' || z.email().safeParse(v).success, 'Skriv en hel e-postadress, till exempel info@forening.se.'),
	phone: z.string().trim().max(40, 'Telefonnumret är för långt.').regex(/^[\d\s+()-]*$/, 'Skriv telefonnumret med siffror, till exempel 0586-123 45.'),
	// "pro-karlskoga.se" and "www.x.se" get https:// in front; only a real address is kept.
	website: z
		.string()
		.trim()
		.max(300, 'Adressen är för lång.')
		.transform((v) => (v === '' || /^https?:\/\//i.test(v) ? v : `https://${v}`))
		.refine((v) => v === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v), 'Skriv webbadressen, till exempel www.forening.se.')
});

/** The sign-up form; `wording` addresses the resident ("ditt namn") or staff typing for a caller. */
function makeSignupSchema(wording: { name: string; contact: string }) {
	return z
		.object({
			name: z.string().trim().min(2, wording.name).max(120, pe.nameTooLong),
			phone: z.string().trim().max(40, pe.phoneTooLong).regex(/^[\d\s+()-]*$/, pe.phoneDigits),
			email: z.string().trim().max(254).refine((v) => v === '' || z.email().safeParse(v).success, pe.emailInvalid),
			people: z.enum(['1', '2'], { error: pe.peopleChoose }),
			message: z.string().trim().max(500, pe.messageTooLong)
		})
		.refine((v) => v.phone !== '' || v.email !== '', { path: ['phone'], message: wording.contact });
}

export const signupSchema = makeSignupSchema({ name: pe.nameMissing, contact: pe.contactMissing });

export const staffSignupSchema = makeSignupSchema({
	name: 'Skriv personens namn.',
	contact: 'Skriv personens telefonnummer eller e-postadress.'
});
