import { organiser, type OrganiserMessages } from '../organiser';

const en: OrganiserMessages = {
	areaTitle: "The association's pages",
	nav: { events: 'Activities', newEvent: 'New activity', profile: 'Association details', members: 'Members', attendance: 'Attendance' },
	organisation: 'Association',
	chooseOrganisation: 'Switch association',
	noOrganisation: 'Your account does not belong to an association yet. Contact the municipality to be added.',
	staffNote: "You are signed in as staff. This is the association's view; reviewing is under Staff.",
	statuses: {
		draft: 'Draft',
		pending: 'Awaiting review',
		published: 'Published',
		changes_requested: 'Changes requested',
		rejected: 'Not approved',
		cancelled: 'Cancelled',
		past: 'Ended'
	},
	statusHelp: {
		draft: 'Only you see the draft. Choose “Change the activity” and then “Submit for review” when it is ready.',
		pending: 'The municipality is reviewing the activity, usually within two working days. If it is already published, the old version shows until the change is approved.',
		published: 'The activity is visible to everyone.',
		changes_requested: 'The municipality wants you to change something. Read the message, change and submit again.',
		rejected: 'The activity was not approved. Read the reason below.',
		cancelled: 'The activity is cancelled and shown as cancelled.',
		past: 'All dates have passed.'
	},
	noEvents: 'You have no activities here yet.',
	next: 'Next date',
	open: 'Open',
	newEvent: 'Post a new activity',
	fromTemplate: 'Or start from a template for health-promoting activities:',
	moderatorMessage: 'Message from the municipality',
	edit: 'Change the activity',
	viewPublic: 'Show the published page',
	dates: 'Upcoming dates',
	cancelDate: 'Cancel this date',
	restoreDate: 'It takes place after all',
	cancelNote: 'Message to participants (shown on the web)',
	cancelEventTitle: 'Cancel the whole activity',
	cancelEvent: 'Cancel the whole activity',
	cancelEventConfirm: 'Yes, cancel every upcoming date',
	deleteDraftTitle: 'Delete the draft',
	deleteDraftHelp: 'The draft has never been submitted. Deleting it removes it completely.',
	deleteDraftConfirm: 'Yes, delete the draft',
	deleteDraft: 'Delete the draft',
	draftDeleted: 'The draft is deleted.',
	cancelEventHelp: 'All upcoming dates are shown as cancelled. This cannot be undone here – contact the municipality if it was a mistake.',
	saved: 'Saved.',
	submitted: 'Submitted for review. You will hear by e-mail.',
	publishedDirectly: 'Published. The activity is now visible to everyone.',
	dateCancelled: 'The date is cancelled.',
	dateRestored: 'The date takes place.',
	eventCancelled: 'The whole activity is cancelled.',
	history: 'Decisions'
};

organiser.en = en;
