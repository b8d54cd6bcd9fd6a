import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions } from './$types';
import { accessibilityReportSchema, firstErrors } from '$lib/domain/schemas';
import { getDb } from '$lib/server/db';
import { createAccessibilityReport } from '$lib/server/db/queries/reports';

export const actions: Actions = {
	default: async ({ request }) => {
		const form = await request.formData();
		const values = {
			message: String(form.get('message') ?? ''),
			page: String(form.get('page') ?? ''),
			contact: String(form.get('contact') ?? '')
		};
		const parsed = accessibilityReportSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		createAccessibilityReport(getDb(), parsed.data, process.env.STAFF_INBOX ?? 'tillganglighet@karlskoga.invalid');
		return { sent: true };
	}
};
