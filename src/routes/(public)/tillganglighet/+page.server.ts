import type { Actions } from './$types';
import { residentActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { reportAccessibilityProblem } from '$lib/server/commands/public';

export const actions: Actions = {
	default: async ({ request }) => {
		const form = await request.formData();
		const values = { message: String(form.get('message') ?? ''), page: String(form.get('page') ?? ''), contact: String(form.get('contact') ?? '') };
		const { failure } = await runForm(reportAccessibilityProblem, residentActor, values, { values });
		return failure ?? { sent: true };
	}
};
