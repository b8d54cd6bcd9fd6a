import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { adminActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { saveSiteSettings } from '$lib/server/commands/site-settings';
import { defaultSiteSettings, readSiteSettings } from '$lib/server/site-settings';

const TEXT_FIELDS = ['retentionDays', 'suppressBelow', 'staffInbox', 'municipalityName', 'municipalityPhone', 'municipalityEmail'] as const;

/** Admins only: what applies now, and the default that applies when nothing is saved. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { current: readSiteSettings(getDb()), defaults: defaultSiteSettings() };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = adminActor(event);
		const form = await event.request.formData();
		const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, String(form.get(k) ?? '').slice(0, 300)])) as Record<(typeof TEXT_FIELDS)[number], string>;
		const requireTotp = form.get('requireTotp') === '1';
		const { value, failure } = await runForm(saveSiteSettings, actor, { ...values, requireTotp }, { values: { ...values, requireTotp } });
		return failure ?? { saved: value.changed.length > 0, unchanged: value.changed.length === 0 };
	}
};
