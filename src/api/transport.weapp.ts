import Taro from '@tarojs/taro';
import type { Transport } from './transport-types';

/** WeChat: the cloud function gets `{action, payload}` as its event; the openid comes from WeChat. */
export const send: Transport = async (name, body) => {
  const res = await Taro.cloud.callFunction({ name, data: { action: body.action, payload: body.payload } });
  return res.result;
};
