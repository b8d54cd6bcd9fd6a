import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { tempDir } from './servers';

/**
 * A reverse proxy in front of the app on 127.0.0.1: Debian's nginx with the configuration the
 * README recommends, or — where nginx cannot be had — node's own small proxy doing the same
 * (appending the connecting address to X-Forwarded-For).
 */
export type Proxy = { kind: 'nginx' | 'node'; port: number; log: () => string; stop: () => Promise<void> };

export function nginxConfig(prefix: string, port: number, appPort: number) {
	return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
	access_log ${prefix}/access.log;
	client_body_temp_path ${prefix}/body;
	proxy_temp_path ${prefix}/proxy;
	fastcgi_temp_path ${prefix}/fastcgi;
	uwsgi_temp_path ${prefix}/uwsgi;
	scgi_temp_path ${prefix}/scgi;
	# The README's settings: a little above the app's own limit, so that the app answers 413 itself.
	client_max_body_size 4m;
	server {
		listen 127.0.0.1:${port};
		location / {
			proxy_pass http://127.0.0.1:${appPort};
			proxy_set_header Host $host;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto $scheme;
		}
	}
}
`;
}

async function waitFor(port: number, proc: ChildProcess | null, out: () => string) {
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (proc && proc.exitCode !== null) throw new Error(`proxy exited: ${out()}`);
		const ok = await new Promise<boolean>((r) => {
			const req = http.get({ host: '127.0.0.1', port, path: '/healthz' }, (res) => (res.resume(), r(res.statusCode === 200)));
			req.on('error', () => r(false));
		});
		if (ok) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`proxy on ${port} did not answer: ${out()}`);
}

export async function startProxy(port: number, appPort: number): Promise<Proxy> {
	const nginx = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => p && existsSync(p));
	if (nginx) {
		const prefix = tempDir('nginx');
		for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
		writeFileSync(join(prefix, 'nginx.conf'), nginxConfig(prefix, port, appPort));
		let out = '';
		const proc = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
		proc.stdout!.on('data', (d) => (out += d));
		proc.stderr!.on('data', (d) => (out += d));
		const exited = new Promise<void>((r) => proc.on('exit', () => r()));
		await waitFor(port, proc, () => out);
		return {
			kind: 'nginx',
			port,
			log: () => out,
			stop: async () => {
				proc.kill('SIGQUIT');
				await exited;
			}
		};
	}
	const server = http.createServer((req, res) => {
		const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
		const upstream = http.request({ host: '127.0.0.1', port: appPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': forwarded } }, (up) => {
			res.writeHead(up.statusCode ?? 502, up.headers);
			up.pipe(res);
		});
		upstream.on('error', () => res.writeHead(502).end());
		req.pipe(upstream);
	});
	await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
	await waitFor(port, null, () => '');
	return { kind: 'node', port, log: () => '', stop: () => new Promise((r) => server.close(() => r())) };
}

export type Answer = { status: number; location: string | undefined; cookies: string[]; body: string };

/**
 * One request from a chosen loopback address (127.0.0.2, 127.0.0.3 … are all this machine), so
 * the proxy sees different clients. Form posts carry the public Origin, as a browser's would.
 */
export function request(opts: { port: number; from: string; method?: string; path: string; form?: Record<string, string>; cookie?: string; origin?: string; headers?: Record<string, string> }): Promise<Answer> {
	const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port: opts.port,
				localAddress: opts.from,
				method: opts.method ?? (body ? 'POST' : 'GET'),
				path: opts.path,
				headers: {
					Accept: 'text/html',
					...(body ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)), Origin: opts.origin ?? `http://127.0.0.1:${opts.port}` } : {}),
					...(opts.cookie ? { Cookie: opts.cookie } : {}),
					...opts.headers
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () => {
					const set = res.headers['set-cookie'] ?? [];
					resolve({ status: res.statusCode ?? 0, location: res.headers.location, cookies: set.map((c) => c.split(';')[0]), body: text });
				});
			}
		);
		req.on('error', reject);
		if (body) req.write(body);
		req.end();
	});
}
