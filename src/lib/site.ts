import { page } from '$app/state';

/**
 * "Träffpunkt Karlskoga": the site's name for the municipality being served (the root layout's
 * data; README "Flera kommuner"). For markup only: it reads the page being rendered.
 */
export const siteTitle = (): string => (page.data.siteName as string | undefined) ?? 'Träffpunkt';
