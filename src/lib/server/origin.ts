/** The public address of the site, for links in mail (never taken from a request's Host header). */
export function siteOrigin() {
	return (process.env.ORIGIN ?? 'http://localhost:3000').replace(/\/$/, '');
}
