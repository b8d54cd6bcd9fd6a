import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { hitRateLimit } from '$lib/server/commands/ops';
import { residentActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { reportAccessibilityProblem } from '$lib/server/commands/public';
import { publicForms } from '$lib/i18n/messages/public-forms';

const HOUR = 3_600_000;
/** Per client, and for everyone together so that a flood cannot fill the staff inbox (REPORTS_PER_HOUR raises the first). */
const PER_ADDRESS = Number(process.env.REPORTS_PER_HOUR) || 5;
const ALL = Math.max(100, PER_ADDRESS);

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const values = { message: String(form.get('message') ?? ''), page: String(form.get('page') ?? ''), contact: String(form.get('contact') ?? '') };
		const db = getDb();
		if (hitRateLimit(db, `a11y:ip:${getClientAddress()}`, HOUR) > PER_ADDRESS || hitRateLimit(db, 'a11y:all', HOUR) > ALL)
			return fail(429, { values, errors: { message: publicForms.sv.errors.reportTooMany } });
		const { failure } = await runForm(reportAccessibilityProblem, residentActor, values, { values });
		return failure ?? { sent: true };
	}
};
