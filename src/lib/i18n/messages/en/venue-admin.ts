import { venueAdmin, type VenueAdminMessages } from '../venue-admin';

const en: VenueAdminMessages = {
	...venueAdmin.sv,
	title: 'Places', newVenue: 'New place', proposed: 'Proposed – review', proposedBy: (o: string) => `proposed by ${o}`, edit: 'Edit',
	fix: 'Please correct this before saving:', basics: 'About the place', name: 'Name', kind: 'Kind of place', postcode: 'Postcode',
	lat: 'Latitude', lng: 'Longitude', phone: 'Phone', email: 'E-mail', description: 'Description', approved: 'Approved and visible to everyone',
	stepFree: 'Step-free entrance', accessibleToilet: 'Accessible toilet', hearingLoop: 'Hearing loop', parking: 'Parking near the entrance',
	accessibilityNote: 'More about accessibility', openingHint: 'One row per opening day. Choose odd or even weeks if the place opens every other week.',
	weekday: 'Day', weeks: 'Weeks', allWeeks: 'All weeks', opens: 'Opens', closes: 'Closes', note: 'Note',
	deviationHint: 'For example closed between Christmas and New Year. Leave the last day empty for a single day.', from: 'First day', to: 'Last day',
	addOpening: 'Add a row of opening hours',
	addDeviation: 'Add a row of changed opening hours',
	unchanged: 'Nothing was changed, so nothing needed saving.',
	save: 'Save the place', saved: 'The place is saved.'
};

venueAdmin.en = en;
