import type { PageServerLoad } from './$types';
import { signupRetentionDays } from '$lib/server/jobs';

export const load: PageServerLoad = () => ({ retentionDays: signupRetentionDays() });
