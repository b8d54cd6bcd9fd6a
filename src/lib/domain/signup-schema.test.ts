import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstErrors, signupSchema, staffSignupSchema } from './schemas';

const errorsOf = (schema: typeof signupSchema) =>
	firstErrors(z.flattenError(schema.safeParse({ name: '', phone: '', email: '', people: '1', message: '' }).error!).fieldErrors);

describe('sign-up wording', () => {
	it('speaks to the resident on the public form', () => {
		expect(errorsOf(signupSchema)).toEqual({ name: 'Skriv ditt namn.', phone: 'Skriv ett telefonnummer eller en e-postadress så att arrangören kan nå dig.' });
	});
	it('speaks about the person when staff sign someone up', () => {
		expect(errorsOf(staffSignupSchema)).toEqual({ name: 'Skriv personens namn.', phone: 'Skriv personens telefonnummer eller e-postadress.' });
	});
});
