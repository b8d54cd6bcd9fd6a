import { staffLists, type StaffListsMessages } from '../staff-lists';

const en: StaffListsMessages = {
	logFilters: 'Filter the log',
	person: 'Person',
	anyPerson: 'Everyone',
	event: 'Activity',
	anyEvent: 'All activities',
	about: 'Concerns',
	system: 'The system',
	onlyPerson: (name: string) => `Show only ${name}`,
	onlyEvent: (title: string) => `Show only ${title}`,
	logLimit: (n: number) => `Showing the ${n} latest matching entries. Choose a person, an activity or dates to see older ones, or download them all as CSV.`,
	logCount: (n: number) => (n === 1 ? '1 entry.' : `${n} entries.`),
	logNone: 'No entries match. Change the filters.',
	clear: 'Show all',
	inLog: "See the activity's entries in the log",
	eventFilters: 'Filter the activities',
	search: 'Search by title',
	status: 'Status',
	anyStatus: 'All statuses',
	organisation: 'Association',
	anyOrganisation: 'All associations',
	district: 'District',
	anyDistrict: 'All districts',
	startsWithin: 'Starts within',
	anyTime: 'Any time',
	days: (n: number) => `${n} days`,
	nextDate: 'Next date',
	noNextDate: 'None coming',
	eventsCount: (n: number, total: number) => (n === total ? `${total} activities.` : `${n} of ${total} activities match.`),
	pageOf: (page: number, pages: number, first: number, last: number) => `Page ${page} of ${pages}: showing ${first}–${last}.`,
	pagesLabel: 'More pages',
	previous: 'Previous page',
	next: 'Next page',
	eventsNone: 'No activity matches. Change the filters or choose “Show all”.'
};

staffLists.en = en;
