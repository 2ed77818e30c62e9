/** The "setup" cloud function's actions. */
import { z } from 'zod';
import { action } from '../define';

const Empty = z.strictObject({});

export const setupActions = {
  init: action({
    // Only WeChat's server API (the deploy's call, SOURCE wx_http), never the mini-program.
    access: 'platform',
    via: ['wx_http'],
    summary: '创建缺少的数据集合(幂等;仅限微信服务端接口调用)',
    input: Empty,
    output: z.object({ created: z.array(z.string()), existing: z.array(z.string()) }),
  }),
};
