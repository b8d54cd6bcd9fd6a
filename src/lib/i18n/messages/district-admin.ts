const sv = {
	title: 'Stadsdelar',
	intro: 'Antalet invånare 65 år och äldre används för täckningen i rapporterna. Gränsen laddas upp som GeoJSON.',
	residents: 'Invånare 65 år och äldre',
	boundary: 'Ny gräns (GeoJSON-fil)',
	hasBoundary: 'Stadsdelen har en gräns.',
	noBoundary: 'Stadsdelen saknar gräns.',
	boundaryHint: 'Välj en fil bara om gränsen ska bytas.',
	save: 'Spara',
	saved: 'Sparat.'
};
export type DistrictAdminMessages = typeof sv;
const en: DistrictAdminMessages = {
	title: 'Districts',
	intro: 'The number of residents aged 65 and over is used for coverage in the reports. The boundary is uploaded as GeoJSON.',
	residents: 'Residents aged 65 and over',
	boundary: 'New boundary (GeoJSON file)',
	hasBoundary: 'The district has a boundary.',
	noBoundary: 'The district has no boundary.',
	boundaryHint: 'Choose a file only to replace the boundary.',
	save: 'Save',
	saved: 'Saved.'
};
export const districtAdmin = { sv, en };
