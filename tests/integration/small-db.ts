import { freshDatabase } from './helpers';
import * as t from '../../src/lib/server/db/schema';
import type { RevisionContent } from '../../src/lib/server/commands/revisions';
import type { Schedule } from '../../src/lib/domain/recurrence';

/** A migrated database with one district, venue, category and organisation, and nothing else. */
export function smallDatabase(db = freshDatabase()) {
	const now = new Date('2026-01-01T00:00:00Z');
	const district = db.insert(t.districts).values({ slug: 'centrum', name: 'Centrum' }).returning().get();
	const venue = db
		.insert(t.venues)
		.values({
			name: 'Kulturhuset & Café <Scen>',
			slug: 'kulturhuset',
			kind: 'meeting_point',
			districtId: district.id,
			address: 'Kyrkbacken 9',
			lat: 59.33,
			lng: 14.52,
			stepFree: true
		})
		.returning()
		.get();
	const category = db.insert(t.categories).values({ slug: 'kultur', nameSv: 'Kultur', nameEn: 'Culture' }).returning().get();
	const org = db
		.insert(t.organisations)
		.values({ name: 'PRO Karlskoga', slug: 'pro', kind: 'association', createdAt: now })
		.returning()
		.get();
	return { db, venueId: venue.id, categoryId: category.id, organisationId: org.id };
}

export function revisionContent(
	ids: { categoryId: number; venueId: number },
	title: string,
	schedule: Schedule,
	summary = 'Vi sjunger tillsammans.'
): RevisionContent {
	return {
		title,
		summary,
		description: 'Välkommen!',
		categoryId: ids.categoryId,
		venueId: ids.venueId,
		costKind: 'free',
		schedule,
		audienceIds: [],
		languageCodes: []
	};
}
