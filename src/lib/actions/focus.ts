/**
 * `use:focusIf={cond}`: moves focus to the element when it appears with `cond` true, so that the
 * first thing read after a failed form post is the mistake (error summary or wrong field).
 */
export function focusIf(node: HTMLElement, on: boolean = true) {
	if (on) node.focus();
}
