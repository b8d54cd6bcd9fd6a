// The production entry: `node server.js` (npm run serve) in front of adapter-node's handler.
// It adds what the handler alone does not do: security headers on static files too, a 404 instead
// of a crash when a static file vanished after start, a log line for every refused (403) request,
// and room for the 2 MB district boundary upload. See README, "Drift".
import http from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import process from 'node:process';
import cluster from 'node:cluster';

const buildDir = resolve(process.env.BUILD_DIR ?? 'build');
// A 2 MB file posted as multipart/form-data, with the form's other fields around it.
process.env.BODY_SIZE_LIMIT ??= '3M';

const log = (event, fields = {}) => console.log(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));

const headers = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// geolocation only for this site itself: "near me" on /platser asks for the position on a click.
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()'
};
if ((process.env.ORIGIN ?? '').startsWith('https://')) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';

/** Every file the static server knows about from start-up (it does not look again). */
const clientDir = join(buildDir, 'client');
const staticFiles = new Set();
(function walk(dir, prefix) {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path, `${prefix}/${name}`);
		else staticFiles.add(`${prefix}/${name}`);
	}
})(clientDir, '');

/** A static file that existed at start and is gone now (or one of its .br/.gz twins). */
function vanished(pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return false;
	}
	if (!staticFiles.has(path)) return false;
	return [path, `${path}.br`, `${path}.gz`].some((p) => staticFiles.has(p) && !existsSync(join(clientDir, ...p.split('/'))));
}

/** The client address as adapter-node reads it (ADDRESS_HEADER, XFF_DEPTH), for log lines. */
function clientAddress(req) {
	const header = (process.env.ADDRESS_HEADER ?? '').toLowerCase();
	const value = header && req.headers[header];
	if (typeof value !== 'string') return req.socket.remoteAddress ?? null;
	if (header !== 'x-forwarded-for') return value;
	const list = value.split(',');
	return list[list.length - Math.max(1, Number(process.env.XFF_DEPTH ?? 1))]?.trim() ?? null;
}

/**
 * `APP_PROCESSES=N` (default 1): N app processes share the port (node:cluster), one per core. The
 * first starts alone (it migrates the database and, for the demo, seeds it); the rest follow once
 * it listens. They learn of each other's writes through the change feed in the database, and a
 * scheduled job runs in one of them at a time. A process that dies is replaced.
 */
const processes = Math.max(1, Math.floor(Number(process.env.APP_PROCESSES ?? 1)) || 1);
const primary = processes > 1 && cluster.isPrimary;
if (primary) {
	let stopping = false;
	const listened = new WeakSet();
	cluster.on('listening', (worker) => listened.add(worker));
	cluster.fork().once('listening', () => {
		for (let i = 1; i < processes; i++) cluster.fork();
	});
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
			return;
		}
		// A process that could not start (missing configuration, say) would fail again: stop with it.
		if (!listened.has(worker)) process.exit(code || 1);
		log('process.exited', { pid: worker.process.pid, code, signal });
		cluster.fork();
	});
	const stop = (signal) => {
		if (stopping) return;
		stopping = true;
		log('server.stopping', { signal, processes });
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * Several municipalities (MUNICIPALITIES_FILE, README "Flera kommuner"): each request's host name
 * picks one, so ORIGIN is not set. The protocol is then the proxy's (PROTOCOL_HEADER, e.g.
 * x-forwarded-proto) or, without one, this connection's own: never a header a client sent.
 */
const protocolFromSocket = Boolean(process.env.MUNICIPALITIES_FILE) && !process.env.PROTOCOL_HEADER;
// `npm start` sets ORIGIN for the one-municipality demo; with the registry each municipality has its own.
if (process.env.MUNICIPALITIES_FILE && process.env.DEMO_DATA === '1') delete process.env.ORIGIN;
if (protocolFromSocket) process.env.PROTOCOL_HEADER = 'x-traffpunkt-protocol';

if (!primary) {
	const { handler } = await import(pathToFileURL(join(buildDir, 'handler.js')).href);

	const server = http.createServer((req, res) => {
		for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
		if (protocolFromSocket) req.headers['x-traffpunkt-protocol'] = req.socket.encrypted ? 'https' : 'http';
		res.on('finish', () => {
			if (res.statusCode === 403 && !req.traffpunktLogged)
				log('http.forbidden', { method: req.method, path: (req.url ?? '').split('?')[0], ip: clientAddress(req), by: 'origin-check' });
		});
		const pathname = (req.url ?? '/').split('?')[0];
		if ((req.method === 'GET' || req.method === 'HEAD') && vanished(pathname)) {
			log('static.vanished', { path: pathname });
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Filen finns inte längre. Ladda om sidan.');
			return;
		}
		// The last guard: a file that goes between the check above and the read must not end the process.
		res.on('pipe', (source) =>
			source.once('error', (error) => {
				log('static.read_failed', { path: pathname, code: error.code ?? null });
				res.destroy();
			})
		);
		handler(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Sidan finns inte.');
		});
	});

	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

	let closing = false;
	function shutdown(signal) {
		if (closing) return;
		closing = true;
		log('server.stopping', { signal });
		server.closeIdleConnections();
		server.close(() => {
			process.emit('sveltekit:shutdown', signal);
			process.exit(0);
		});
		setTimeout(() => server.closeAllConnections(), Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000).unref();
	}
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
}
