import QRCode from 'qrcode';
import { cached } from './cache';

/** An SVG QR code for a page's address, for printouts (medium error correction survives a worn notice board). */
export function qrSvg(url: string): Promise<string> {
	return cached(`qr:${url}`, () => QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }));
}
