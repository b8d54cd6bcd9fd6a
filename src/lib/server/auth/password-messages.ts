import type { Locale } from '$lib/i18n';
import { account } from '$lib/i18n/messages/account';
import { passwordProblem } from './password-policy';

/** The plain-language reason a new password is refused, in the reader's language; null when it is fine. */
export function passwordProblemMessage(password: string, person: { name?: string; email?: string }, locale: Locale): string | null {
	const problem = passwordProblem(password, person);
	if (!problem) return null;
	const m = account[locale];
	return { short: m.passwordShort, blank: m.passwordBlank, personal: m.passwordPersonal, common: m.passwordCommon }[problem];
}
