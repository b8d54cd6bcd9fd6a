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
	converted: 'Saved. The boundary was in SWEREF 99 TM and has been converted to longitude and latitude.'
};

districtAdmin.en = en;
