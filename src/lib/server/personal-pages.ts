/**
 * Paths whose answers concern one person even without a sign-in (a cancel link, the account pages):
 * never stored by a browser or a proxy. Signed-in pages are covered by the session itself.
 */
const PERSONAL = /^\/(konto|forening|personal|installningar)(\/|$)|^\/anmalan\/avboka\//;

export function isPersonalPath(path: string): boolean {
	return PERSONAL.test(path);
}
