import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			textSize: 'normal' | 'large' | 'larger';
			user: { id: number; name: string; email: string; role: 'organiser' | 'moderator' | 'admin' } | null;
			session: { id: string; expiresAt: Date } | null;
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
