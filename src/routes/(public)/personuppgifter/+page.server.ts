import type { PageServerLoad } from './$types';
import { siteSettings } from '$lib/server/site-settings';

export const load: PageServerLoad = () => {
	const s = siteSettings();
	return { retentionDays: s.retentionDays, suppressBelow: s.suppressBelow };
};
