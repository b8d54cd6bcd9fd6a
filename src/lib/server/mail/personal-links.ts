import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { signups, userTokens } from '../db/schema';
import { hashToken } from '../auth/session';

/** A personal link in a mail body: group 1 is its kind, group 2 the token. */
export const PERSONAL_LINK = /\S*\/(konto\/losenord|anmalan\/avboka)\/([A-Za-z0-9_-]{8,})/g;

/**
 * Personal links (set a password, cancel a sign-up) are someone's key: outside the demo, staff who
 * read the outbox see that such a link was sent but not the link itself.
 */
export function hidePersonalLinks(text: string): string {
	return text.replace(PERSONAL_LINK, '(personlig länk – dold)');
}

function liveUserToken(db: Db, token: string, now: Date) {
	return Boolean(
		db
			.select({ h: userTokens.tokenHash })
			.from(userTokens)
			.where(and(eq(userTokens.tokenHash, hashToken(token)), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
			.get()
	);
}

function liveCancelToken(db: Db, token: string, now: Date) {
	const row = db.$client
		.prepare(`SELECT s.status, o.ends_at AS endsAt FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE s.cancel_token_hash = ?`)
		.get(hashToken(token)) as { status: (typeof signups.$inferSelect)['status']; endsAt: number } | undefined;
	return Boolean(row && row.status !== 'cancelled' && row.endsAt > now.getTime());
}

/** Tokens of the personal links in `body` that no longer open anything. */
export function deadLinkTokens(db: Db, body: string, now = new Date()): Set<string> {
	const dead = new Set<string>();
	for (const [, kind, token] of body.matchAll(PERSONAL_LINK)) {
		const live = kind === 'konto/losenord' ? liveUserToken(db, token, now) : liveCancelToken(db, token, now);
		if (!live) dead.add(token);
	}
	return dead;
}

/**
 * What the outbox may show of a mail. Outside the demo no personal link is shown. In the demo
 * (where no real mail goes out, so the outbox is how one tries invitations) links are shown, except
 * in mail to a staff account other than the reader's own: a moderator must not be able to open the
 * admin's password-reset link.
 */
export function outboxBody(body: string, opts: { demo: boolean; toStaffAccount: boolean; toReader: boolean }) {
	if (opts.demo && (opts.toReader || !opts.toStaffAccount)) return body;
	return hidePersonalLinks(body);
}
