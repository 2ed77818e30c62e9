/** Types of tools.mjs: WeChat's own tools, installed into scripts/wechat-check on first use. */
export const toolsDir: string;
export function ensureTools(): void;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- miniprogram-ci ships no types we load
export function requireTool(name: string): any;
