import { currentTenant, isMultiTenant } from './tenancy';

/** The public address of the site, for links in mail (never taken from a request's Host header). */
export function siteOrigin() {
	if (isMultiTenant()) return currentTenant().origin;
	return (process.env.ORIGIN ?? 'http://localhost:3000').replace(/\/$/, '');
}
