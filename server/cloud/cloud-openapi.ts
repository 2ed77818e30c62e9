/** WeChat's open API through wx-server-sdk (`cloud.openapi`), behind the handlers' port. */
import cloud from 'wx-server-sdk';
import { OpenApiError, type OpenApi } from '../platform/openapi/port';
import { loadSmsSetup } from '../config/sms';

type Raw = Record<string, unknown> & { errCode?: number; errMsg?: string; errcode?: number; errmsg?: string };

async function invoke(group: string, method: string, params: object): Promise<Raw> {
  try {
    const res = (await cloud.openapi[group][method](params)) as Raw;
    const code = res?.errCode ?? res?.errcode ?? 0;
    if (code !== 0) throw new OpenApiError(code, String(res.errMsg ?? res.errmsg ?? ''));
    return res;
  } catch (e) {
    if (e instanceof OpenApiError) throw e;
    const x = e as Raw;
    throw new OpenApiError(Number(x?.errCode ?? x?.errcode ?? -1), String(x?.errMsg ?? x?.errmsg ?? e));
  }
}

export const cloudOpenApi: OpenApi = {
  async msgSecCheck({ openid, scene, content }) {
    const res = await invoke('security', 'msgSecCheck', { openid, scene, content, version: 2 });
    const result = (res.result ?? {}) as { suggest?: string; label?: number };
    const suggest = result.suggest === 'risky' || result.suggest === 'review' ? result.suggest : 'pass';
    return { suggest, label: Number(result.label ?? 100) };
  },
  async mediaCheckAsync({ openid, scene, mediaUrl, mediaType }) {
    const res = await invoke('security', 'mediaCheckAsync', {
      openid,
      scene,
      mediaUrl,
      mediaType,
      version: 2,
    });
    return { traceId: String(res.traceId ?? res.trace_id ?? '') };
  },
  async sendSubscribeMessage({ touser, templateId, page, data, miniprogramState }) {
    await invoke('subscribeMessage', 'send', { touser, templateId, page, data, miniprogramState, lang: 'zh_CN' });
  },
  async getUnlimitedQrCode({ scene, page, checkPath, envVersion, width }) {
    const res = await invoke('wxacode', 'getUnlimited', { scene, page, checkPath, envVersion, width });
    return { contentType: String(res.contentType ?? 'image/jpeg'), buffer: Buffer.from(res.buffer as Uint8Array) };
  },
  // Read once at start, like the templates: off unless SMS_TEMPLATE_ID is set (server/config/sms.ts).
  sms: loadSmsSetup(),
  async sendSms({ env, templateId, templateParamList, phoneNumberList, urlLink, useShortName }) {
    const res = await invoke('cloudbase', 'sendSmsV2', {
      env,
      urlLink,
      templateId,
      templateParamList,
      phoneNumberList,
      ...(useShortName === undefined ? {} : { useShortName }),
    });
    const list = (res.sendStatusList ?? res.send_status_list ?? []) as Record<string, unknown>[];
    return list.map((x) => ({
      serialNo: String(x.serialNo ?? x.serial_no ?? ''),
      phoneNumber: String(x.phoneNumber ?? x.phone_number ?? ''),
      code: String(x.code ?? ''),
      message: String(x.message ?? ''),
    }));
  },
  async generateUrlLink({ path, query, envVersion, expireInterval }) {
    const res = await invoke('urllink', 'generate', { path, query, envVersion, isExpire: true, expireType: 1, expireInterval });
    return { urlLink: String(res.urlLink ?? res.url_link ?? '') };
  },
};
