import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			textSize: 'normal' | 'large' | 'larger';
			user: import('$lib/server/auth/session').SessionUser | null;
			session: { id: string; expiresAt: Date; secondFactorVerified: boolean } | null;
		}
		interface Error {
			message: string;
		}
		interface PageData {
			locale: Locale;
		}
	}
}

export {};
