import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * Swedish words that breach lists lack but Swedish passwords are made of, and this site's own
 * names. zxcvbn's common list (passwords from breaches, names, keyboard patterns) covers the rest.
 */
const SWEDISH = [
	'lösenord', 'losenord', 'hemligt', 'hemlig', 'sommar', 'vinter', 'hösten', 'varen', 'våren', 'sverige', 'svenska',
	'karlskoga', 'degerfors', 'örebro', 'värmland', 'träffpunkt', 'traffpunkt', 'kommun', 'kommunen', 'förening',
	'forening', 'pensionär', 'pensionar', 'seniorerna', 'mormor', 'morfar', 'farmor', 'farfar', 'älskling', 'hejsan',
	'hejhej', 'välkommen', 'valkommen', 'kalle', 'anka', 'kalleanka', 'fotboll', 'hockey', 'jultomte', 'midsommar'
];

let factory: ZxcvbnFactory | undefined;
function zxcvbn() {
	factory ??= new ZxcvbnFactory({
		dictionary: { ...common.dictionary, swedish: SWEDISH },
		graphs: common.adjacencyGraphs,
		useLevenshteinDistance: true
	});
	return factory;
}

export const MIN_LENGTH = 12;
/** 10¹⁰ guesses: "sommar2024!!" (10⁸) is out, four plain words (10¹⁶ and more) are in. */
const MIN_GUESSES_LOG10 = 10;

export type PasswordProblem = 'short' | 'blank' | 'personal' | 'common';

/** Parts of a name or address that a password must not be built from (four letters or more). */
function personalParts(person: { name?: string; email?: string }) {
	const local = (person.email ?? '').split('@')[0];
	return [person.name ?? '', local, ...(person.name ?? '').split(/[\s.\-_]+/), ...local.split(/[.\-_+]+/)]
		.map((p) => p.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
		.filter((p) => p.length >= 4);
}

/**
 * The reason a new password is refused, or null when it is good: at least 12 characters, not only
 * spaces, not built from the person's own name or e-mail address, and not easy to guess (zxcvbn:
 * score 3 of 4 or better and at least 10¹⁰ guesses, which puts common passwords and simple
 * variants of them out).
 */
export function passwordProblem(password: string, person: { name?: string; email?: string } = {}): PasswordProblem | null {
	if (password.trim() === '') return 'blank';
	if ([...password].length < MIN_LENGTH) return 'short';
	const compact = password.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	const parts = personalParts(person);
	if (parts.some((p) => compact.includes(p))) return 'personal';
	// zxcvbn's time grows with length; the first 64 characters tell enough about a long password.
	const result = zxcvbn().check(password.slice(0, 64), parts);
	return result.score < 3 || result.guessesLog10 < MIN_GUESSES_LOG10 ? 'common' : null;
}
