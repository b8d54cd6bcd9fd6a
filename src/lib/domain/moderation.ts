/** What an organiser sees for an event, from its public status and its newest revision. */
export type OrganiserStatus =
	| 'draft'
	| 'pending'
	| 'published'
	| 'changes_requested'
	| 'rejected'
	| 'cancelled'
	| 'past';

export type RevisionState = 'draft' | 'pending' | 'changes_requested' | 'rejected' | 'approved' | 'superseded';

export function organiserStatus(e: {
	eventStatus: 'draft' | 'published' | 'cancelled' | 'rejected';
	latestRevisionStatus: RevisionState;
	hasUpcoming: boolean;
}): OrganiserStatus {
	if (e.eventStatus === 'cancelled') return 'cancelled';
	const r = e.latestRevisionStatus;
	if (e.eventStatus === 'published') {
		if (r === 'changes_requested' || r === 'rejected') return r;
		if (r === 'pending') return 'pending';
		return e.hasUpcoming ? 'published' : 'past';
	}
	if (r === 'approved' || r === 'superseded') return e.hasUpcoming ? 'published' : 'past';
	return r;
}

export const REJECT_REASONS = {
	audience: 'Vänder sig inte till äldre',
	commercial: 'Kommersiell verksamhet',
	incomplete: 'Tid eller plats saknas eller är oklar',
	duplicate: 'Finns redan',
	recruitment: 'Politisk eller religiös värvning',
	other: 'Annat skäl'
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;

export type Decision = 'approve' | 'request_changes' | 'reject';

/** Which decisions a moderator can take on a revision in a given state. */
export function allowedDecisions(state: RevisionState): Decision[] {
	return state === 'pending' ? ['approve', 'request_changes', 'reject'] : [];
}

/** Organisations whose submissions publish at once (still logged and reviewable). */
export function publishesDirectly(org: { trusted: boolean; kind: string }): boolean {
	return org.trusted || org.kind === 'municipal';
}
