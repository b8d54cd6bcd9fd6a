import type { Bundle } from '../index';

/** Texts of the map component and map links; only pages with a map load them. */
const sv = {
	showOnMap: 'Visa på karta',
	showAsList: 'Visa som lista',
	mapControls: { zoomIn: 'Zooma in', zoomOut: 'Zooma ut', closePopup: 'Stäng rutan' },
	mapNeedsJs: 'Kartan visas när JavaScript är påslaget i webbläsaren. Allt som finns på kartan finns också i listan.',
	showMap: 'Visa kartan',
	skipMap: 'Hoppa förbi kartan',
	afterMap: 'Efter kartan'
};
export type MapUiMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const mapUi: Bundle<MapUiMessages> = { sv, en: sv, fi: sv };
