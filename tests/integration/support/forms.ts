import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';
import { tableNames, type Db } from '../../../src/lib/server/db/index';

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
export function snapshot(db: Db, skip: string[] = ['audit_log', 'mail_outbox', 'sessions']) {
	const tables = tableNames(db).filter((t) => !t.startsWith('event_search') && !t.startsWith('__drizzle'));
	// Rows in a stable order on either backend (PostgreSQL has no rowid).
	const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
	return Object.fromEntries(tables.filter((t) => !skip.includes(t)).map((t) => [t, sorted(db.$client.prepare(`SELECT * FROM "${t}"`).all())]));
}
