import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const BASE_PORT = Number(process.env.E2E_PORT ?? 4173);

/** A port of this run's own (E2E_PORT + offset): each spec that starts servers has its own offsets. */
export const portAt = (offset: number) => BASE_PORT + offset;

export function tempDir(prefix: string) {
	return mkdtempSync(join(tmpdir(), `traffpunkt-${prefix}-`));
}

export type App = { url: string; port: number; proc: ChildProcess; output: () => string; exited: Promise<number | null>; stop: () => Promise<void> };

/**
 * Starts the production entry (node server.js) with its own database and settings, as an operator
 * would, and waits for /healthz. Everything it prints is kept for the test to read.
 */
export async function startApp(port: number, env: Record<string, string>, opts: { waitForHealth?: boolean } = {}): Promise<App> {
	let out = '';
	const proc = spawn(process.execPath, ['server.js'], {
		cwd: REPO_ROOT,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: String(port), HOST: '127.0.0.1', BUILD_DIR, PUBLIC_TILE_URL: '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	proc.stdout!.on('data', (d) => (out += d));
	proc.stderr!.on('data', (d) => (out += d));
	const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
	const url = `http://127.0.0.1:${port}`;
	const app: App = {
		url,
		port,
		proc,
		output: () => out,
		exited,
		stop: async () => {
			if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
			await exited;
		}
	};
	if (opts.waitForHealth === false) return app;
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}):\n${out}`);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) return app;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	await app.stop();
	throw new Error(`server did not become healthy:\n${out}`);
}

/** 32 bytes as hex: a TOTP_ENCRYPTION_KEY for a production-like start. */
export const TEST_TOTP_KEY = 'a3'.repeat(32);

/**
 * fetch that tries once more when the server closed an idle kept-alive connection just as it was
 * reused (the test had been busy for longer than the server's keep-alive timeout).
 */
export async function fetchAgain(url: string, init?: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch (e) {
		if ((e as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw e;
		return fetch(url, init);
	}
}
