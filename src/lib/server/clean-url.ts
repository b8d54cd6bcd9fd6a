/**
 * A plain GET form sends every field, also the empty ones (`?q=&nar=&…`). Returns the same URL
 * without them, for a redirect to a tidy, shareable address; null when already tidy.
 */
export function withoutEmptyParams(url: URL): string | null {
	const params = [...url.searchParams];
	if (!params.some(([, v]) => v === '')) return null;
	const kept = new URLSearchParams(params.filter(([, v]) => v !== ''));
	const query = kept.toString();
	return url.pathname + (query ? `?${query}` : '');
}
