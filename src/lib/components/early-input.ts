/**
 * What a visitor did in the server-rendered page before its JavaScript took over (a slow phone, a
 * quick hand): ticked boxes, typed text, a chosen option, opened or closed sections. Hydration sets
 * every control with a value from the page's state back to what the page was rendered with, which
 * would silently undo it. `readEarlyInput` notes, before hydration, every control whose state differs
 * from its rendered default and every section's open state; `restoreEarlyInput` puts them back after
 * it and tells the page as an input would (an `input` or `change` event), so that bound state follows
 * and a tick that applies a filter applies it. Hydration keeps the server's elements, so they are held
 * by reference; one that hydration replaced is left alone.
 */
type Noted =
	| { kind: 'checked'; el: HTMLInputElement; checked: boolean }
	| { kind: 'value'; el: HTMLInputElement | HTMLTextAreaElement; value: string }
	| { kind: 'select'; el: HTMLSelectElement; selected: boolean[] }
	| { kind: 'open'; el: HTMLDetailsElement; open: boolean };

const SKIPPED = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

export function readEarlyInput(root: ParentNode): Noted[] {
	const noted: Noted[] = [];
	for (const el of root.querySelectorAll('input')) {
		if (SKIPPED.has(el.type)) continue;
		if (el.type === 'checkbox' || el.type === 'radio') {
			if (el.checked !== el.defaultChecked) noted.push({ kind: 'checked', el, checked: el.checked });
		} else if (el.value !== el.defaultValue) noted.push({ kind: 'value', el, value: el.value });
	}
	for (const el of root.querySelectorAll('textarea')) if (el.value !== el.defaultValue) noted.push({ kind: 'value', el, value: el.value });
	for (const el of root.querySelectorAll('select')) {
		const options = [...el.options];
		if (options.some((o) => o.selected !== o.defaultSelected)) noted.push({ kind: 'select', el, selected: options.map((o) => o.selected) });
	}
	for (const el of root.querySelectorAll('details')) noted.push({ kind: 'open', el, open: el.open });
	return noted;
}

const tell = (el: Element, type: 'input' | 'change') => el.dispatchEvent(new Event(type, { bubbles: true }));

/** Puts back what hydration undid; returns how many controls or sections it put back. */
export function restoreEarlyInput(noted: Noted[]): number {
	let restored = 0;
	for (const n of noted) {
		if (!n.el.isConnected) continue;
		if (n.kind === 'open') {
			if (n.el.open !== n.open) {
				n.el.open = n.open;
				restored++;
			}
		} else if (n.kind === 'checked') {
			if (n.el.checked !== n.checked) {
				n.el.checked = n.checked;
				tell(n.el, 'change');
				restored++;
			}
		} else if (n.kind === 'value') {
			if (n.el.value !== n.value) {
				n.el.value = n.value;
				tell(n.el, 'input');
				restored++;
			}
		} else {
			const options = [...n.el.options];
			if (options.length === n.selected.length && options.some((o, i) => o.selected !== n.selected[i])) {
				options.forEach((o, i) => (o.selected = n.selected[i]));
				tell(n.el, 'change');
				restored++;
			}
		}
	}
	return restored;
}
