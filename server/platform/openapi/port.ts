/**
 * WeChat's server-side open API as the handlers see it. The cloud adapter calls
 * `cloud.openapi.*`; the local stand-ins in emulator/openapi enforce the same rules and
 * answer with WeChat's error codes. Every method that WeChat can refuse throws OpenApiError.
 */

/** A refusal from WeChat: `errCode` as documented (e.g. 43101, 47003, 40037, 41030, 45009). */
export class OpenApiError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(`openapi ${errCode}: ${errMsg}`);
    this.name = 'OpenApiError';
  }
}

export type Suggest = 'pass' | 'review' | 'risky';

export interface MsgSecCheckInput {
  openid: string;
  /** 1 profile, 2 comment, 3 forum, 4 social log */
  scene: 1 | 2 | 3 | 4;
  content: string;
}

export interface MsgSecCheckResult {
  suggest: Suggest;
  label: number;
}

export interface MediaCheckInput {
  openid: string;
  scene: 1 | 2 | 3 | 4;
  mediaUrl: string;
  /** 1 audio, 2 image */
  mediaType: 1 | 2;
}

export interface SubscribeMessageInput {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'developer' | 'trial' | 'formal';
}

/** wxacode.getUnlimited: `scene` ≤ 32 of WeChat's allowed characters, `page` without a leading slash. */
export interface UnlimitedQrCodeInput {
  scene: string;
  page: string;
  checkPath: boolean;
  envVersion: 'release' | 'trial' | 'develop';
  /** 280–1280 px */
  width: number;
}

export interface OpenApi {
  /** security.msgSecCheck v2 */
  msgSecCheck(input: MsgSecCheckInput): Promise<MsgSecCheckResult>;
  /** security.mediaCheckAsync v2: the verdict arrives later as an event. */
  mediaCheckAsync(input: MediaCheckInput): Promise<{ traceId: string }>;
  /** subscribeMessage.send */
  sendSubscribeMessage(input: SubscribeMessageInput): Promise<void>;
  /** wxacode.getUnlimited: the mini-program code image (PNG or JPEG bytes). */
  getUnlimitedQrCode(input: UnlimitedQrCodeInput): Promise<{ contentType: string; buffer: Buffer }>;
}
