import Taro from '@tarojs/taro';
import { z } from 'zod';

let initialised = false;

/** Once per app launch: bind `Taro.cloud` to the environment given at build time. */
export function initCloud(): void {
  if (initialised) return;
  initialised = true;
  // The mini-program runtime forbids `new Function`; tell zod not to probe for it.
  z.config({ jitless: true });
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}
