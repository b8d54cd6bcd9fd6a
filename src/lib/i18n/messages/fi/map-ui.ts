import { mapUi, type MapUiMessages } from '../map-ui';

const fi: MapUiMessages = {
	showOnMap: 'Näytä kartalla',
	showAsList: 'Näytä luettelona',
	mapControls: { zoomIn: 'Lähennä', zoomOut: 'Loitonna', closePopup: 'Sulje ruutu' },
	mapNeedsJs: 'Kartta näkyy, kun JavaScript on käytössä selaimessa. Kaikki kartan tiedot löytyvät myös luettelosta.',
	showMap: 'Näytä kartta',
	skipMap: 'Ohita kartta',
	afterMap: 'Kartan jälkeen'
};

mapUi.fi = fi;
