import { describe, expect, it } from 'vitest';
import { allowedDecisions, organiserStatus, publishesDirectly } from './moderation';

describe('organiserStatus', () => {
	it('keeps a published event published while a change waits, and shows the wait', () => {
		expect(organiserStatus({ eventStatus: 'published', latestRevisionStatus: 'pending', hasUpcoming: true })).toBe('pending');
		expect(organiserStatus({ eventStatus: 'published', latestRevisionStatus: 'approved', hasUpcoming: true })).toBe('published');
		expect(organiserStatus({ eventStatus: 'published', latestRevisionStatus: 'approved', hasUpcoming: false })).toBe('past');
	});
	it('reports drafts, requested changes, rejections and cancellations', () => {
		expect(organiserStatus({ eventStatus: 'draft', latestRevisionStatus: 'draft', hasUpcoming: false })).toBe('draft');
		expect(organiserStatus({ eventStatus: 'draft', latestRevisionStatus: 'changes_requested', hasUpcoming: false })).toBe('changes_requested');
		expect(organiserStatus({ eventStatus: 'rejected', latestRevisionStatus: 'rejected', hasUpcoming: false })).toBe('rejected');
		expect(organiserStatus({ eventStatus: 'cancelled', latestRevisionStatus: 'approved', hasUpcoming: true })).toBe('cancelled');
	});
});

describe('decisions and trust', () => {
	it('allows decisions only on pending revisions', () => {
		expect(allowedDecisions('pending')).toEqual(['approve', 'request_changes', 'reject']);
		expect(allowedDecisions('approved')).toEqual([]);
		expect(allowedDecisions('draft')).toEqual([]);
	});
	it('publishes trusted and municipal organisations directly', () => {
		expect(publishesDirectly({ trusted: true, kind: 'association' })).toBe(true);
		expect(publishesDirectly({ trusted: false, kind: 'municipal' })).toBe(true);
		expect(publishesDirectly({ trusted: false, kind: 'association' })).toBe(false);
	});
});
