import Taro from '@tarojs/taro';

let initialised = false;

/**
 * zod reads its settings from `globalThis.__zod_globalConfig` (node_modules/zod/v4/core/core.js)
 * and keeps that very object. The main package carries no zod (the pages there import only the
 * contract's limits); the subpackages that validate load their own copy later, and each finds
 * this setting: the mini-program runtime forbids `new Function`, so zod must not probe for it.
 */
export function configureZod(global: { __zod_globalConfig?: Record<string, unknown> } = globalThis as never): void {
  global.__zod_globalConfig = Object.assign(global.__zod_globalConfig ?? {}, { jitless: true });
}

/** Once per app launch: bind `Taro.cloud` to the environment given at build time. */
export function initCloud(): void {
  if (initialised) return;
  initialised = true;
  configureZod();
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}
