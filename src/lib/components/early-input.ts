/**
 * What a visitor did in the server-rendered page before its JavaScript took over (a slow phone, a
 * quick hand): ticked boxes, typed text, a chosen option, opened or closed sections. Hydration sets
 * every control with a value from the page's state back to what the page was rendered with, which
 * would silently undo it. `readEarlyInput` notes, before hydration, every control whose state differs
 * from its rendered default and every section's open state; `restoreEarlyInput` puts back, after it,
 * what hydration undid, and only then tells the page as a browser would (`input` and `change` on
 * text and lists, `change` on a ticked box and on the newly chosen radio), so that bound state
 * follows and a tick that applies a filter applies all of them. Hydration keeps the server's
 * elements, so they are held by reference; one that hydration replaced is left alone. Nothing in
 * the app opens or closes a section by script while it starts; if something ever does, the visitor's
 * state wins here.
 */
type Noted =
	| { kind: 'checked'; el: HTMLInputElement; checked: boolean }
	| { kind: 'value'; el: HTMLInputElement | HTMLTextAreaElement; value: string }
	| { kind: 'select'; el: HTMLSelectElement; selected: boolean[] }
	| { kind: 'open'; el: HTMLDetailsElement; open: boolean };

const SKIPPED = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

/** A list's rendered choice: its `selected` options, or the first one when none is marked. */
function movedFromDefault(el: HTMLSelectElement) {
	const options = [...el.options];
	if (el.multiple) return options.some((o) => o.selected !== o.defaultSelected);
	const rendered = options.findIndex((o) => o.defaultSelected);
	return el.selectedIndex !== (rendered < 0 ? 0 : rendered);
}

export function readEarlyInput(root: ParentNode): Noted[] {
	const noted: Noted[] = [];
	for (const el of root.querySelectorAll('input')) {
		if (SKIPPED.has(el.type)) continue;
		if (el.type === 'checkbox' || el.type === 'radio') {
			if (el.checked !== el.defaultChecked) noted.push({ kind: 'checked', el, checked: el.checked });
		} else if (el.value !== el.defaultValue) noted.push({ kind: 'value', el, value: el.value });
	}
	for (const el of root.querySelectorAll('textarea')) if (el.value !== el.defaultValue) noted.push({ kind: 'value', el, value: el.value });
	for (const el of root.querySelectorAll('select')) if (movedFromDefault(el)) noted.push({ kind: 'select', el, selected: [...el.options].map((o) => o.selected) });
	for (const el of root.querySelectorAll('details')) noted.push({ kind: 'open', el, open: el.open });
	return noted;
}

/**
 * Puts back what hydration undid, then tells the page; returns how many controls or sections it put back.
 * The page is told of every noted control, also of one that hydration left as the visitor set it (a
 * list without bound state): the page's own handlers were not there when the visitor acted. A text
 * field that has the focus gets `input` only: `change` would apply a half-typed search and the
 * navigation it starts would overwrite the keys typed meanwhile.
 */
export function restoreEarlyInput(noted: Noted[]): number {
	let restored = 0;
	const changed: Element[] = [];
	const toggled: HTMLDetailsElement[] = [];
	for (const n of noted) {
		if (!n.el.isConnected) continue;
		if (n.kind === 'open') {
			if (n.el.open === n.open) continue;
			n.el.open = n.open;
			toggled.push(n.el);
		} else if (n.kind === 'checked') {
			// A browser tells a radio group of the one chosen, never of the one it unticks.
			if (n.el.type === 'checkbox' || n.checked) changed.push(n.el);
			if (n.el.checked === n.checked) continue;
			n.el.checked = n.checked;
		} else if (n.kind === 'value') {
			changed.push(n.el);
			if (n.el.value === n.value) continue;
			n.el.value = n.value;
		} else {
			const options = [...n.el.options];
			if (options.length !== n.selected.length) continue;
			changed.push(n.el);
			if (options.every((o, i) => o.selected === n.selected[i])) continue;
			options.forEach((o, i) => (o.selected = n.selected[i]));
		}
		restored++;
	}
	// A section's own state follows at once (the browser's `toggle` comes later, after other state may
	// have set the section back from stale values).
	for (const el of toggled) el.dispatchEvent(new Event('toggle'));
	// A text field still being typed in gets `input` only (a ticked box that has the focus is done).
	const typing = noted.find((n) => n.kind === 'value' && n.el === document.activeElement)?.el;
	for (const el of changed)
		for (const type of el === typing ? ['input'] : ['input', 'change']) el.dispatchEvent(new Event(type, { bubbles: true }));
	return restored;
}
