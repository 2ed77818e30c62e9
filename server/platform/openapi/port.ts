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

/**
 * What this cloud environment may send by SMS (server/config/sms.ts): SMS packages are bought
 * per environment and the SMS template is approved in the cloud console. Absent: SMS is off.
 */
export interface SmsSetup {
  /** The cloud environment id the SMS package belongs to. */
  env: string;
  /** The approved SMS template: {1} a text of at most 30 characters, {2} the URL Link. */
  templateId: string;
  /** How long each URL Link opens the mini-program (1–30 days). */
  linkDays: number;
}

/** cloudbase.sendSmsV2: one template, up to 1,000 numbers (each `+86…`), the URL Link the text carries. */
export interface SendSmsInput {
  env: string;
  templateId: string;
  /** The values of the template's variables before the link: {1}, at most 30 characters. */
  templateParamList: string[];
  phoneNumberList: string[];
  /** A URL Link of this mini-program (urllink.generate). */
  urlLink: string;
  useShortName?: boolean;
}

/** One number's result in sendSmsV2's `send_status_list`: `code` 'Ok' when accepted for delivery. */
export interface SmsSendStatus {
  serialNo: string;
  phoneNumber: string;
  code: string;
  message: string;
}

/** urllink.generate: `path` a page of the mini-program without a query or a leading slash. */
export interface UrlLinkInput {
  path: string;
  /** ≤ 1,024 characters of [0-9A-Za-z!#$&'()*+,/:;=?@._~%-]. */
  query: string;
  envVersion: 'release' | 'trial' | 'develop';
  /** Days until the link stops opening the mini-program (expire_type 1), ≤ 30. */
  expireInterval: number;
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
  /** The environment's SMS, when configured; absent: no SMS is ever sent. */
  readonly sms?: SmsSetup;
  /** cloudbase.sendSmsV2: one status per number; a refusal of the whole call throws. */
  sendSms(input: SendSmsInput): Promise<SmsSendStatus[]>;
  /** urllink.generate: a link (https://wxaurl.cn/… in WeChat) that opens the page. */
  generateUrlLink(input: UrlLinkInput): Promise<{ urlLink: string }>;
}
