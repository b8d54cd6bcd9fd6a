import { districtAdmin, type DistrictAdminMessages } from '../district-admin';

const en: DistrictAdminMessages = {
	title: 'Districts',
	intro: 'The number of residents aged 65 and over is used for coverage in the reports. The boundary is uploaded as GeoJSON.',
	residents: 'Residents aged 65 and over',
	boundary: 'New boundary (GeoJSON file)',
	hasBoundary: 'The district has a boundary.',
	noBoundary: 'The district has no boundary.',
	boundaryHint: 'Choose a file only to replace the boundary.',
	save: 'Save',
	saved: 'Saved.',
	converted: 'Saved. The boundary was in SWEREF 99 TM and has been converted to longitude and latitude.',
	previewTitle: (name: string) => `Preview the new boundary of ${name}`,
	previewIntro: 'Nothing is saved yet. Compare the new boundary with the current one and choose Save or Cancel.',
	newShape: 'New boundary',
	currentShape: 'Current boundary',
	noCurrent: 'The district has no boundary today.',
	facts: (polygons: number, points: number, km2: string) => `${polygons === 1 ? 'one area' : `${polygons} areas`}, ${points} points, ${km2} km²`,
	fileFor: (file: string, district: string) => `The file ${file} is for the district ${district}.`,
	nameMatches: (name: string) => `The name in the file, “${name}”, matches the district.`,
	nameDiffers: (name: string, district: string) => `Note: the name in the file is “${name}”, not ${district}. Check that it is the right file.`,
	noNameInFile: 'The file gives no name.',
	convertedNote: 'The file was in SWEREF 99 TM; the points have been converted to longitude and latitude.',
	residentsChange: (from: number, to: string) => `Residents 65+ change from ${from} to ${to}.`,
	mapLabel: (name: string) => `Map: current and new boundary of ${name}`,
	svgLabel: (name: string) => `Picture of the boundaries of ${name}: the dashed line is the current one, the filled area the new one.`,
	legendCurrent: 'dashed line',
	legendNew: 'filled area',
	confirm: 'Save',
	cancel: 'Cancel',
	cancelled: 'Cancelled. The boundary is unchanged.'
};

districtAdmin.en = en;
