/**
 * A small stand-in for `@tarojs/taro` in jsdom: the router params a page is opened with, page
 * lifecycle hooks, storage in memory, and navigation and feedback (toasts, modals, action sheets,
 * the tab bar hidden) recorded so tests can assert them; modals and sheets answer what a test queued.
 */
import { useEffect } from 'react';

type Params = Record<string, string | undefined>;

const state = {
  params: {} as Params,
  storage: new Map<string, unknown>(),
  navigations: [] as { kind: string; url: string }[],
  /** Feedback shown: toasts, modals and action sheets, in order. */
  toasts: [] as { title: string; icon?: string }[],
  modals: [] as { title?: string; content?: string; confirmText?: string }[],
  actionSheets: [] as { itemList: string[] }[],
  /** The answers the next modals / action sheets get (a modal confirms and a sheet is cancelled when none is queued). */
  modalAnswers: [] as boolean[],
  sheetAnswers: [] as number[],
  tabBarHidden: false,
  /** What was copied (setClipboardData) and where the page was scrolled (pageScrollTo), in order. */
  clipboard: [] as string[],
  scrolls: [] as { selector?: string; scrollTop?: number }[],
};

/** Test controls (not part of Taro). */
export const taroTest = {
  reset(params: Params = {}) {
    state.params = params;
    state.storage.clear();
    state.navigations.length = 0;
    state.toasts.length = 0;
    state.modals.length = 0;
    state.actionSheets.length = 0;
    state.modalAnswers.length = 0;
    state.sheetAnswers.length = 0;
    state.tabBarHidden = false;
    state.clipboard.length = 0;
    state.scrolls.length = 0;
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
  get toasts() {
    return state.toasts;
  },
  get modals() {
    return state.modals;
  },
  get actionSheets() {
    return state.actionSheets;
  },
  get tabBarHidden() {
    return state.tabBarHidden;
  },
  get clipboard() {
    return state.clipboard;
  },
  get scrolls() {
    return state.scrolls;
  },
  /** The next showModal answers `confirm` (true: the confirm button). */
  answerModal(confirm: boolean) {
    state.modalAnswers.push(confirm);
  },
  /** The next showActionSheet answers with item `index`, or is cancelled with -1. */
  answerSheet(index: number) {
    state.sheetAnswers.push(index);
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

export const showToast = async (o: { title: string; icon?: string; duration?: number }) => {
  state.toasts.push({ title: o.title, icon: o.icon });
};
export const hideToast = async () => undefined;
export const showModal = async (o: { title?: string; content?: string; confirmText?: string; cancelText?: string }) => {
  state.modals.push({ title: o.title, content: o.content, confirmText: o.confirmText });
  const confirm = state.modalAnswers.length ? state.modalAnswers.shift()! : true;
  return { confirm, cancel: !confirm };
};
/** Like WeChat: a cancelled sheet rejects. */
export const showActionSheet = async (o: { itemList: string[] }) => {
  state.actionSheets.push({ itemList: o.itemList });
  const tapIndex = state.sheetAnswers.length ? state.sheetAnswers.shift()! : -1;
  if (tapIndex < 0) throw new Error('showActionSheet:fail cancel');
  return { tapIndex };
};
export const hideTabBar = async () => {
  state.tabBarHidden = true;
};
export const showTabBar = async () => {
  state.tabBarHidden = false;
};

export const setClipboardData = async ({ data }: { data: string }) => {
  state.clipboard.push(data);
};
export const pageScrollTo = async (o: { selector?: string; scrollTop?: number; duration?: number }) => {
  state.scrolls.push({ ...(o.selector !== undefined ? { selector: o.selector } : {}), ...(o.scrollTop !== undefined ? { scrollTop: o.scrollTop } : {}) });
};

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
  showToast,
  hideToast,
  showModal,
  showActionSheet,
  hideTabBar,
  showTabBar,
  setClipboardData,
  pageScrollTo,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  cloud,
};
export default Taro;
