import type { ClientInit } from '@sveltejs/kit';

/**
 * Swedish pages ship no English or Finnish: before the app starts, the browser fetches the texts of
 * the chosen language (one small chunk) only when the page was rendered in it. The server registers
 * both at start.
 */
export const init: ClientInit = async () => {
	const lang = document.documentElement.lang;
	if (lang === 'en') await import('$lib/i18n/english');
	else if (lang === 'fi') await import('$lib/i18n/finnish');
};
