import type { LayoutServerLoad } from './$types';
import { parseEmbedOptions } from '$lib/domain/embed';

// Embeds ship no JavaScript of the app: what they show is in the HTML, and a host's visitor waits for nothing.
export const csr = false;

export const load: LayoutServerLoad = ({ url }) => ({ options: parseEmbedOptions(url.searchParams) });
