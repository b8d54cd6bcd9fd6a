import { attendanceMessages, type AttendanceMessages } from '../attendance';

const en: AttendanceMessages = {
	...attendanceMessages.sv,
	title: 'Attendance',
	intro: 'Write how many came to each date. Counts only – never names. Fill in the total; the rest is optional.',
	month: 'Month',
	prev: 'Previous month',
	next: 'Next month',
	date: 'Date',
	activity: 'Activity',
	venue: 'Place',
	remote: 'By phone or online',
	allVenues: 'All places',
	day: 'Day',
	dayHint: 'Optional. Leave empty for the whole month.',
	dayInvalid: 'The day could not be read. Write it as 2026-03-14. The whole month is shown.',
	wholeMonth: 'Show the whole month, all places',
	filtered: (n: number) => `Selection: ${n} ${n === 1 ? 'date' : 'dates'}.`,
	cols: { total: 'Total', women: 'Women', men: 'Men', otherGender: 'Other/not stated', ageUnder65: 'Under 65', age65To74: '65–74', age75To84: '75–84', age85Plus: '85+', firstTime: 'First time' },
	cancelled: 'Cancelled',
	none: 'No dates this month.',
	save: 'Save attendance',
	saved: (n: number, c: number) => `${n} ${n === 1 ? 'date saved' : 'dates saved'}${c ? ` (${c} corrected)` : ''}.`,
	errors: 'Nothing is saved yet. Correct this and save again – everything you typed is still here:',
	tableLabel: 'Attendance per date',
	dropinTitle: 'Drop-in at the meeting points',
	dropinIntro: 'Visits per opening day.',
	place: 'Meeting point',
	visits: 'Visits',
	show: 'Show',
	organisation: 'Association or unit',
	chooseOrganisation: 'Choose an association or unit above to see and fill in attendance.',
	dropinSaved: 'The visits are saved.',
	dropinNone: 'The meeting point has no opening days this month.',
	dropinDay: 'Day'
};

attendanceMessages.en = en;
