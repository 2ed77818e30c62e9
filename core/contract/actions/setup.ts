/** The "setup" cloud function's actions. */
import { z } from 'zod';
import { action } from '../define';


const Empty = z.strictObject({});

export const setupActions = {
  init: action({
    access: 'public',
    summary: '创建缺少的数据集合(幂等)',
    input: Empty,
    output: z.object({ created: z.array(z.string()), existing: z.array(z.string()) }),
  }),
};
