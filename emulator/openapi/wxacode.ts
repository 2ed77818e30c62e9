/**
 * The local stand-in for wxacode.getUnlimited. It refuses what WeChat refuses (PLATFORM.md):
 * a `scene` longer than 32 characters or with characters outside WeChat's set (no `%`, no
 * Chinese) → 40097 invalid args; a `page` with a leading slash, a query string, or that the
 * app does not have → 41030 invalid page. What it renders is a real, scannable QR code whose
 * content opens the station in the local H5 app, so a phone camera or a decoder can follow it.
 */
import QRCode from 'qrcode';
import { OpenApiError, type UnlimitedQrCodeInput } from '../../server/platform/openapi/port';

const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]*$/;

export interface LocalWxacodeOptions {
  /** Where the local H5 app is served, e.g. http://127.0.0.1:8787 */
  baseUrl: () => string;
  /** Pages the app has (no leading slash). */
  pages: readonly string[];
}

export class LocalWxacode {
  constructor(private readonly opts: LocalWxacodeOptions) {}

  /** The URL a scan of the station's code opens locally. */
  urlFor(page: string, scene: string): string {
    return `${this.opts.baseUrl().replace(/\/$/, '')}/#/${page}?scene=${encodeURIComponent(scene)}`;
  }

  async getUnlimited(input: UnlimitedQrCodeInput): Promise<{ contentType: string; buffer: Buffer }> {
    const { scene, page, width } = input;
    if (scene.length === 0 || scene.length > 32) throw new OpenApiError(40097, 'invalid args: scene length must be 1-32');
    if (!SCENE_CHARS.test(scene)) throw new OpenApiError(40097, 'invalid args: scene contains characters that are not allowed');
    if (page.startsWith('/') || page.includes('?')) throw new OpenApiError(41030, 'invalid page: no leading slash and no query');
    if (input.checkPath && !this.opts.pages.includes(page)) throw new OpenApiError(41030, `invalid page: ${page} does not exist`);
    if (!['release', 'trial', 'develop'].includes(input.envVersion)) throw new OpenApiError(40097, 'invalid args: env_version');
    if (width < 280 || width > 1280) throw new OpenApiError(40097, 'invalid args: width must be 280-1280');
    // A whole number of pixels per module (not `width` pixels): the image is sharp at any
    // print size, and small enough to encode quickly.
    const buffer = await QRCode.toBuffer(this.urlFor(page, scene), { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
    return { contentType: 'image/png', buffer };
  }
}
