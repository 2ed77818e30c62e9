/**
 * A small stand-in for `@tarojs/taro` in jsdom: the router params a page is opened with, page
 * lifecycle hooks, storage in memory, and navigation recorded so tests can assert it.
 */
import { useEffect } from 'react';

type Params = Record<string, string | undefined>;

const state = {
  params: {} as Params,
  storage: new Map<string, unknown>(),
  navigations: [] as { kind: string; url: string }[],
};

/** Test controls (not part of Taro). */
export const taroTest = {
  reset(params: Params = {}) {
    state.params = params;
    state.storage.clear();
    state.navigations.length = 0;
  },
  setParams(params: Params) {
    state.params = params;
  },
  get navigations() {
    return state.navigations;
  },
  get storage() {
    return state.storage;
  },
};

export const useRouter = () => ({ params: state.params, path: '' });
/** Shown once when mounted, as a page is when it opens. */
export const useDidShow = (cb: () => void) => {
  useEffect(() => {
    cb();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
};
export const useLoad = useDidShow;
export const useShareAppMessage = (_cb: () => unknown) => undefined;

const nav = (kind: string) => async ({ url }: { url: string }) => {
  state.navigations.push({ kind, url });
};
export const navigateTo = nav('navigateTo');
export const switchTab = nav('switchTab');
export const redirectTo = nav('redirectTo');
export const reLaunch = nav('reLaunch');

export const getStorageSync = (key: string) => (state.storage.has(key) ? state.storage.get(key) : '');
export const setStorageSync = (key: string, value: unknown) => void state.storage.set(key, value);
export const removeStorageSync = (key: string) => void state.storage.delete(key);

export const cloud = {
  init: () => undefined,
  callFunction: async () => {
    throw new Error('cloud is not available in jsdom: use setTransport');
  },
};

const Taro = {
  useRouter,
  useDidShow,
  useLoad,
  useShareAppMessage,
  navigateTo,
  switchTab,
  redirectTo,
  reLaunch,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  cloud,
};
export default Taro;
