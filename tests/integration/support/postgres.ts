import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for one test file: initdb in a temporary directory, started on a
 * free loopback port, trust authentication for the one user `traffpunkt`, removed on stop. The
 * server comes from POSTGRES_BIN or Debian's /usr/lib/postgresql/<version>/bin (tests/run-all.sh
 * installs the package when it is missing, through tests/find-postgres.sh). Run as root, the
 * cluster belongs to the `postgres` system user, since PostgreSQL refuses to run as root.
 */
export type TestPostgres = { url: string; stop(): void };

function serverBin(): string {
	const candidates = [process.env.POSTGRES_BIN, ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`) : [])];
	const found = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
	if (!found) throw new Error('No PostgreSQL server here: run `bash tests/find-postgres.sh` (installs Debian\'s postgresql as root) or set POSTGRES_BIN');
	return found;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

export async function startPostgres(): Promise<TestPostgres> {
	const bin = serverBin();
	const dir = mkdtempSync(join(tmpdir(), 'traffpunkt-pg-'));
	const asRoot = process.getuid?.() === 0;
	let uid = 0;
	let gid = 0;
	if (asRoot) {
		uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(dir, uid, gid);
	}
	const run = (cmd: string, args: string[]) => {
		const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
	};
	const data = join(dir, 'data');
	// C.UTF-8: lower() and unaccent() must fold å ä ö, which the plain C locale does not.
	run('initdb', ['-D', data, '-U', 'traffpunkt', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
	const port = await freePort();
	run('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start']);
	return {
		url: `postgres://traffpunkt@127.0.0.1:${port}/postgres`,
		stop() {
			try {
				run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
