import { program, type ProgramMessages } from '../program';

const en: ProgramMessages = {
	title: 'Weekly programme to print',
	intro: 'Choose a district or a place and a week. The programme prints on A4 in large type – for notice boards or for those who do not use the internet.',
	district: 'District',
	place: 'Or a place',
	anyPlace: 'No particular place',
	anyDistrict: 'The whole municipality',
	week: 'Week',
	weekHint: 'The week number, for example 48 or 2026-W48',
	show: 'Show the programme',
	print: 'Print',
	heading: (where: string, week: number) => `Programme week ${week} – ${where}`,
	wholeMunicipality: 'all of Karlskoga',
	dates: (from: string, to: string) => `${from} – ${to}`,
	nothing: 'No activities this week.',
	legend: 'Key',
	legendFree: 'Free',
	legendCost: 'Costs money',
	legendSignup: 'Sign-up required',
	legendStepFree: 'Wheelchair accessible',
	legendHearing: 'Hearing loop',
	short: { stepFree: 'Wheelchair', loop: 'Hearing loop' },
	prevWeek: 'Previous week',
	nextWeek: 'Next week',
	badWeek: 'We could not tell which week you mean. Write the week number, for example 48. This week is shown below.',
	unknownPlace: 'The place or district does not exist. Choose from the list.',
	footer: (site: string, phone: string) => `More information and changes: ${site} or the municipal contact centre ${phone}.`,
	cancelled: 'CANCELLED',
	closuresHeading: 'Closed or changed hours',
	placesHeading: 'Addresses',
	signupCall: (phone: string) => `Sign-up required, call ${phone}`,
	qrCaption: (url: string, phone: string) => `Changes and other weeks: scan the code, go to ${url} or call the municipal contact centre ${phone}.`
};

program.en = en;
