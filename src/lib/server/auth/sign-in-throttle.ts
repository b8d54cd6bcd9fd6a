import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import { generateToken, hashToken } from './session';
import { isKnownDevice, throttleWait } from '../db/queries/accounts';
import { clearFailures, recordFailure, rememberDevice, SIGN_IN_RULES } from '../commands/accounts';
import { accountRef } from '../log';
import { isHttpsOrigin } from '../config';

const DEVICE_COOKIE = 'traffpunkt_device';
const YEAR = 365 * 86_400_000;

/**
 * Sign-in failures count per account and client address together, per address, and per account.
 * The per-account count does not slow a browser where that account signed in before, so others'
 * guessing cannot keep its owner out.
 */
export function signInKeys(email: string, address: string) {
	const ref = accountRef(email);
	return { pair: `signin:pair:${ref}:${address}`, address: `signin:ip:${address}`, account: `signin:acct:${ref}` };
}

function knownHere(db: Db, cookies: Cookies, userId: number | undefined) {
	const device = cookies.get(DEVICE_COOKIE);
	return Boolean(userId && device && isKnownDevice(db, userId, hashToken(device)));
}

/** Milliseconds this client must wait before its next attempt on this account is heard. */
export function signInWait(db: Db, cookies: Cookies, email: string, address: string, userId: number | undefined) {
	const k = signInKeys(email, address);
	return throttleWait(db, [k.pair, k.address, ...(knownHere(db, cookies, userId) ? [] : [k.account])]);
}

export function signInFailed(db: Db, email: string, address: string) {
	const k = signInKeys(email, address);
	return recordFailure(db, [
		{ key: k.pair, rule: SIGN_IN_RULES.pair },
		{ key: k.address, rule: SIGN_IN_RULES.address },
		{ key: k.account, rule: SIGN_IN_RULES.account }
	]);
}

export function signInSucceeded(db: Db, cookies: Cookies, email: string, address: string, userId: number) {
	const k = signInKeys(email, address);
	clearFailures(db, [k.pair, k.account]);
	let device = cookies.get(DEVICE_COOKIE);
	if (!device || !isKnownDevice(db, userId, hashToken(device))) device = generateToken();
	rememberDevice(db, userId, hashToken(device));
	const secure = isHttpsOrigin();
	cookies.set(DEVICE_COOKIE, device, { path: '/konto/logga-in', httpOnly: true, sameSite: 'lax', secure, expires: new Date(Date.now() + YEAR) });
}
