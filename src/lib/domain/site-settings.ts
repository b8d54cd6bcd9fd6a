import { z } from 'zod';

/** What an admin can change without a database edit; each has a default (some from the environment). */
export type SiteSettings = {
	requireTotp: boolean;
	retentionDays: number;
	suppressBelow: number;
	staffInbox: string;
	municipalityName: string;
	municipalityPhone: string;
	municipalityEmail: string;
};

/** The row in the `settings` table each one is stored under. */
export const SETTING_KEYS: Record<keyof SiteSettings, string> = {
	requireTotp: 'require_totp',
	retentionDays: 'signup_retention_days',
	suppressBelow: 'report_suppress_below',
	staffInbox: 'staff_inbox',
	municipalityName: 'municipality_name',
	municipalityPhone: 'municipality_phone',
	municipalityEmail: 'municipality_email'
};

/** How a value is written in the table ('1'/'0' for yes/no). */
export function storedValue(v: SiteSettings[keyof SiteSettings]): string {
	return typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
}

const wholeNumber = (min: number, max: number, message: string) =>
	z
		.string()
		.transform((v) => v.replace(/\s/g, ''))
		.pipe(z.string().regex(/^\d{1,4}$/, message))
		.transform(Number)
		.pipe(z.number().min(min, message).max(max, message));

const email = (message: string) => z.string().trim().toLowerCase().pipe(z.email(message).max(200, 'Adressen är för lång.'));

/** The admin form: every field as typed, checked with a message a coordinator can act on. */
export const siteSettingsSchema = z.object({
	requireTotp: z.boolean(),
	retentionDays: wholeNumber(0, 365, 'Skriv antalet dagar som ett heltal mellan 0 och 365.'),
	suppressBelow: wholeNumber(3, 50, 'Skriv gränsen som ett heltal mellan 3 och 50. Under 3 går enskilda personer att känna igen.'),
	staffInbox: email('Skriv en e-postadress, till exempel tillganglighet@karlskoga.se.'),
	municipalityName: z.string().trim().min(2, 'Skriv kommunens namn.').max(80, 'Namnet är för långt (högst 80 tecken).'),
	municipalityPhone: z
		.string()
		.trim()
		.regex(/^\+?[\d\s-]{5,25}$/, 'Skriv telefonnumret med siffror, till exempel 0586-610 00.')
		.refine((v) => v.replace(/\D/g, '').length >= 5, 'Skriv telefonnumret med siffror, till exempel 0586-610 00.'),
	municipalityEmail: email('Skriv en e-postadress, till exempel kontaktcenter@karlskoga.se.')
});
