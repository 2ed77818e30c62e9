/**
 * The deploy description, generated from the code (decision 0021): every cloud function (names
 * from the contract) with its runtime, timeout, memory, environment variables, openapi
 * permissions and triggers; every collection with its indexes and permission; storage; which
 * version of the app QR codes and messages open. `npm run deploy` applies it; `--dry-run`
 * prints it and the preflight.
 */
import { FUNCTION_NAMES, type FunctionName } from '../../core/contract';
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { MESSAGE_STATE, type EnvVersion } from '../../server/config/app-version';
import { CLOUD_RUNTIME, FUNCTION_CONFIGS } from '../../server/functions/configs';
import { COLLECTIONS, indexesOf, type IndexSpec } from '../../server/platform/collections';
import { SMS_LINK_DAYS_VAR, SMS_TEMPLATE_VAR } from '../../server/config/sms';

export type Env = Record<string, string | undefined>;


/** The environment variable that carries a template's real id. */
export const templateVar = (key: string) => `WX_TMPL_${key.toUpperCase()}`;

export interface FunctionPlan {
  name: FunctionName;
  runtime: string;
  timeout: number;
  memoryMb: number;
  openapi: string[];
  /** Environment variables the function is given (names; values from the deploying shell). */
  variables: string[];
  triggers: { name: string; type: 'timer'; config: string }[];
}

export interface CollectionPlan {
  name: string;
  /** Every read and write goes through the cloud functions: clients may neither read nor write. */
  permission: 'ADMINONLY';
  indexes: IndexSpec[];
}

export interface DeployPlan {
  envId: string | undefined;
  appVersion: EnvVersion | string;
  functions: FunctionPlan[];
  collections: CollectionPlan[];
  storage: { permission: 'ADMINONLY'; note: string };
  /** What no API does: done by hand in the console, once per environment. */
  checklist: string[];
}

const sendsMessages = (fn: FunctionName) => FUNCTION_CONFIGS[fn].openapi.includes('subscribeMessage.send');

export function deployPlan(env: Env): DeployPlan {
  return {
    envId: env.WX_CLOUD_ENV,
    appVersion: env.WX_ENV_VERSION ?? 'release',
    functions: FUNCTION_NAMES.map((name) => {
      const cfg = FUNCTION_CONFIGS[name];
      return {
        name,
        runtime: CLOUD_RUNTIME,
        timeout: cfg.timeout,
        memoryMb: cfg.memoryMb,
        openapi: cfg.openapi,
        // Every function reads which app version its QR codes and messages open; the ones that
        // send subscription messages also need the templates' real ids, and the SMS fallback's
        // template (unset: no SMS) and link validity (server/config/sms.ts).
        variables: ['WX_ENV_VERSION', ...(sendsMessages(name) ? [...TEMPLATE_KEYS.map(templateVar), SMS_TEMPLATE_VAR, SMS_LINK_DAYS_VAR] : [])],
        triggers: cfg.triggers ?? [],
      };
    }),
    collections: COLLECTIONS.map((name) => ({ name, permission: 'ADMINONLY', indexes: indexesOf(name) })),
    storage: { permission: 'ADMINONLY', note: 'photos, uploads and generated documents are read through the functions (temporary URLs), never publicly' },
    checklist: [
      '消息推送: route the wxa_media_check event to the security function (开发管理 → 开发设置 → 消息推送, 云开发, security)',
      '用户隐私保护指引: declare 位置信息, 选择的位置信息, 选中的照片或视频信息, 剪切板 and 选中的文件 with their purposes (docs/compliance.md §3); 剪切板 must name 复制编号 (the tracking number after sending) as well as the data export, or WeChat refuses the copy',
      '订阅消息: apply for every template in server/config/templates.ts (long-term ones need the 政务民生 category) and set their ids as WX_TMPL_<KEY>',
      '服务类目: 政务民生 (needed for long-term subscription messages)',
      '短信 (optional SMS fallback): buy an SMS package for this environment (云开发控制台 → 短信), get a template approved with {1} (≤ 30 characters) and {2} the URL Link, set its id as SMS_TEMPLATE_ID; unset, no SMS is sent',
      '小程序备案: file the mini-program (ICP) before release',
    ],
  };
}

export function printPlan(plan: DeployPlan, log: (line: string) => void = console.log): void {
  log(`Environment: ${plan.envId ?? '(WX_CLOUD_ENV not set)'}; QR codes and messages open the ${plan.appVersion} version (messages: ${MESSAGE_STATE[plan.appVersion as EnvVersion] ?? '?'})`);
  log(`\nCloud functions (${plan.functions.length}):`);
  for (const f of plan.functions) {
    log(`  ${f.name.padEnd(13)} ${f.runtime}  timeout ${String(f.timeout).padStart(2)} s  memory ${f.memoryMb} MB  openapi [${f.openapi.join(', ')}]`);
    for (const t of f.triggers) log(`  ${''.padEnd(13)} trigger ${t.name}: ${t.type} "${t.config}"`);
    log(`  ${''.padEnd(13)} variables ${f.variables.join(', ')}`);
  }
  log(`\nCollections (${plan.collections.length}), clients may neither read nor write (${plan.collections[0]?.permission}):`);
  for (const c of plan.collections) {
    const ix = c.indexes.map((i) => `${i.unique ? 'unique ' : ''}${i.type ? `${i.type} ` : ''}(${i.fields.join(', ')})`).join('; ');
    log(`  ${c.name.padEnd(15)} ${c.indexes.length} index${c.indexes.length === 1 ? '' : 'es'}${ix ? `: ${ix}` : ''}`);
  }
  log(`\nStorage: ${plan.storage.permission} — ${plan.storage.note}`);
  log('\nBy hand, once per environment (no API does these):');
  for (const item of plan.checklist) log(`  □ ${item}`);
}
