import { mapUi, type MapUiMessages } from '../map-ui';

const en: MapUiMessages = {
	showOnMap: 'Show on map',
	showAsList: 'Show as list',
	mapControls: { zoomIn: 'Zoom in', zoomOut: 'Zoom out', closePopup: 'Close' },
	mapNeedsJs: 'The map is shown when JavaScript is switched on in the browser. Everything on the map is also in the list.',
	showMap: 'Show the map',
	skipMap: 'Skip the map',
	afterMap: 'After the map'
};

mapUi.en = en;
