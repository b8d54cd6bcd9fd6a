import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';

/**
 * Renders a form component on the server the way a page does, then reads back what a browser
 * would post when a submit button is pressed — every field the markup really holds, no more.
 */
export function postedForm<P extends Record<string, unknown>>(component: Component<P>, props: P, submit?: { name: string; value: string }) {
	const { body } = render(component, { props, context: new Map([['__request__', { page: { data: { locale: 'sv' } } }]]) });
	const { window } = new JSDOM(`<!doctype html><body>${body}</body>`);
	const form = window.document.querySelector('form');
	if (!form) throw new Error('no form rendered');
	const posted = new FormData();
	for (const [k, v] of new window.FormData(form).entries()) if (typeof v === 'string') posted.append(k, v);
	if (submit) posted.append(submit.name, submit.value);
	window.close();
	return { form: posted, html: body };
}

/** Every table's rows as JSON, for "nothing changed" (the log and the outbox are told apart). */
export function snapshot(db: { $client: { prepare(sql: string): { all(): unknown[] } } }, skip: string[] = ['audit_log', 'mail_outbox', 'sessions']) {
	const tables = (db.$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'event_search%' AND name NOT LIKE '__drizzle%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
	return Object.fromEntries(tables.filter((t) => !skip.includes(t)).map((t) => [t, db.$client.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}
