/** The "setup" cloud function's actions: WeChat's server API only, never the mini-program (decision 0016). */
import { z } from 'zod';
import { action } from '../define';

const Empty = z.strictObject({});

/** One migration's share of a `migrate` run. */
const MigrationRun = z.object({
  id: z.string(),
  /** `done` now, or `paused` (the time budget ran out: call again to go on from where it stopped). */
  state: z.enum(['done', 'paused']),
  /** Documents looked at and documents changed, over every run of this migration so far. */
  processed: z.number().int(),
  changed: z.number().int(),
});

export const setupActions = {
  init: action({
    // Only WeChat's server API (the deploy's call, SOURCE wx_http), never the mini-program.
    access: 'platform',
    via: ['wx_http'],
    summary: '创建缺少的数据集合（幂等；仅限微信服务端接口调用）',
    input: Empty,
    output: z.object({ created: z.array(z.string()), existing: z.array(z.string()) }),
  }),
  migrate: action({
    access: 'platform',
    via: ['wx_http'],
    summary: '按编号运行尚未完成的数据迁移（可中断、可续跑；未完成时再次调用；仅限微信服务端接口调用）',
    input: Empty,
    output: z.object({
      /** Every migration is done: nothing is left to run. */
      finished: z.boolean(),
      /** Done before this run (skipped). */
      alreadyDone: z.array(z.string()),
      ran: z.array(MigrationRun),
      /** Not started, because an earlier one paused. */
      waiting: z.array(z.string()),
    }),
  }),
  exportPage: action({
    access: 'platform',
    via: ['wx_http'],
    summary: '导出一个集合中 _id 大于 after 的一页文档（JSON 行，日期记为 {"$date"}；备份用；仅限微信服务端接口调用）',
    input: z.strictObject({
      collection: z.string().min(1).max(64),
      /** The last _id of the previous page; absent for the first. */
      after: z.string().min(1).max(200).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({
      lines: z.array(z.string()),
      /** The last _id of this page: pass it as `after` for the next; absent when the collection is done. */
      last: z.string().optional(),
    }),
  }),
  smoke: action({
    access: 'platform',
    via: ['wx_http'],
    summary: '冒烟检查：创建、读回、修改并删除一条合成意见，报告调用来源、重复主键错误码和每次数据库请求耗时（仅限微信服务端接口调用）',
    input: Empty,
    output: z.object({
      context: z.object({ source: z.string().optional(), withOpenid: z.boolean() }),
      opinion: z.object({ created: z.boolean(), readBack: z.boolean(), changed: z.boolean(), erased: z.boolean() }),
      duplicateKey: z.object({ errCode: z.union([z.number(), z.string()]).optional(), errMsg: z.string() }),
      requestMs: z.object({ insert: z.number(), read: z.number(), update: z.number(), duplicate: z.number(), remove: z.number() }),
    }),
  }),
};
