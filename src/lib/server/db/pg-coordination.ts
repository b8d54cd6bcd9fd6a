import type { Client } from 'pg';
import type { FeedRow } from './queries/change-feed';

/**
 * How app processes on one PostgreSQL database keep each other informed, the counterparts of
 * `PRAGMA data_version` + `change_feed` and `job_leases` on SQLite (see README, "Several app
 * processes"): the same `change_feed` rows, announced with LISTEN/NOTIFY (drizzle/pg/0002), and
 * scheduled jobs held with session advisory locks, which PostgreSQL releases by itself when the
 * holding process or its connection dies. For the PostgreSQL backend (issue 20); tested against a
 * real server in tests/integration/postgres.test.ts.
 */
export const CHANGES_CHANNEL = 'traffpunkt_changes';

/** Calls `onChange(id)` for every change_feed row another connection commits; returns a stop function. */
export async function listenForChanges(client: Client, onChange: (id: number) => void): Promise<() => Promise<void>> {
	const handler = (message: { channel: string; payload?: string }) => {
		if (message.channel === CHANGES_CHANNEL && message.payload) onChange(Number(message.payload));
	};
	client.on('notification', handler);
	await client.query(`LISTEN ${CHANGES_CHANNEL}`);
	return async () => {
		client.off('notification', handler);
		await client.query(`UNLISTEN ${CHANGES_CHANNEL}`);
	};
}

/** The rows after `id`, oldest first, as the SQLite change feed gives them. */
export async function changesAfterPg(client: Client, id: number): Promise<FeedRow[]> {
	const r = await client.query(`SELECT id, origin, everything, event_ids AS "eventIds", venue_ids AS "venueIds" FROM change_feed WHERE id > $1 ORDER BY id`, [id]);
	return r.rows as FeedRow[];
}

/**
 * Runs `job` unless another process is running a job of that name: a session advisory lock on the
 * name, released when the job ends (or with the connection). Returns whether it ran here.
 */
export async function runOnceAcrossProcesses(client: Client, name: string, job: () => Promise<void>): Promise<boolean> {
	const key = `traffpunkt:job:${name}`;
	const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS held`, [key]);
	if (!rows[0].held) return false;
	try {
		await job();
		await client.query(
			`INSERT INTO job_leases (name, finished_at) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET finished_at = excluded.finished_at`,
			[name, Date.now()]
		);
		return true;
	} finally {
		await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]);
	}
}
