import type { ClientInit } from '@sveltejs/kit';

/**
 * Swedish pages ship no English: before the app starts, the browser fetches the English texts (one
 * small chunk) only when the page was rendered in English. The server registers them at start.
 */
export const init: ClientInit = async () => {
	if (document.documentElement.lang === 'en') await import('$lib/i18n/english');
};
