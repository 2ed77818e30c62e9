import Taro from '@tarojs/taro';

/** WeChat draws at most 7 Chinese characters beside a success icon; longer text goes without it. */
const SUCCESS_TITLE_MAX = 7;
const BRAND = '#b71c1c';
const ERROR = '#fa5151';

/**
 * Success feedback: WeChat's toast with its check icon (sent, saved, rated), where the eye is,
 * instead of a notice bar somewhere on the page. Text longer than WeChat shows with the icon is
 * shown whole, without it.
 */
export function showSuccess(text: string): void {
  const short = [...text].length <= SUCCESS_TITLE_MAX;
  void Promise.resolve(Taro.showToast({ title: text, icon: short ? 'success' : 'none', duration: 1500 })).catch(() => undefined);
}

/**
 * Asks before something that cannot be undone (办结, 转交, 撤回): WeChat's modal; true when the
 * person tapped the confirm button. `confirmText` is at most 4 characters in WeChat; `danger`
 * paints it in the error colour (a destructive step).
 */
export async function confirm(
  title: string,
  content: string,
  { confirmText = '确定', danger = false }: { confirmText?: string; danger?: boolean } = {},
): Promise<boolean> {
  try {
    const r = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: danger ? ERROR : BRAND });
    return r.confirm;
  } catch {
    return false;
  }
}
