import type { GeoJsonGeometry } from '../db/schema/districts';
import type { VenueKind } from '../db/schema/venues';
import type { CostUnit } from '../db/schema/events';
import type { OrganisationKind } from '../db/schema/organisations';
import type { Schedule } from '../../domain/recurrence';

export type SeedDistrict = {
	slug: string;
	name: string;
	description: string;
	residents65Plus: number;
	boundary: GeoJsonGeometry;
};

export type SeedOpeningRule = {
	weekday: number;
	weekParity?: 'odd' | 'even';
	opens: string;
	closes: string;
	note?: string;
};

export type SeedVenue = {
	slug: string;
	name: string;
	kind: VenueKind;
	district: string;
	address: string;
	postcode: string;
	lat: number;
	lng: number;
	phone?: string;
	email?: string;
	description: string;
	stepFree: boolean;
	accessibleToilet: boolean;
	hearingLoop: boolean;
	parking: boolean;
	busStop?: string;
	accessibilityNote?: string;
	openingHours?: SeedOpeningRule[];
};

export type SeedOrganisation = {
	slug: string;
	name: string;
	kind: OrganisationKind;
	description: string;
	contactName: string;
	email: string;
	phone: string;
	website?: string;
	trusted?: boolean;
};

/**
 * An event to seed. `schedule` dates are relative: `startOffsetDays` from the seed day
 * (negative for series that began in the past), `untilOffsetDays` likewise.
 */
export type SeedEvent = {
	organisation: string;
	venue: string | null;
	remoteKind?: 'phone' | 'online';
	remoteDetails?: string;
	category: string;
	audiences: string[];
	languages: string[];
	title: string;
	summary: string;
	/** Finnish title and summary, for activities held in Finnish. */
	titleFi?: string;
	summaryFi?: string;
	description: string;
	easyRead?: string;
	cost: { kind: 'free' } | { kind: 'paid'; amount: number; note?: string; unit?: CostUnit };
	gatheringPlace?: string;
	lunchServed?: boolean;
	signup?: { how: string; capacity?: number; online?: boolean };
	accessibilityNotes?: string;
	contactName?: string;
	contactPhone?: string;
	contactEmail?: string;
	schedule: Omit<Schedule, 'startDate' | 'until' | 'exceptions' | 'breaks'> & {
		startOffsetDays: number;
		untilOffsetDays?: number;
		/** Skip the summer (mid-June to mid-August) and Christmas weeks. */
		seasonalBreaks?: boolean;
	};
};
