/**
 * The "security" cloud function: WeChat pushes the verdict of security.mediaCheckAsync
 * (event `wxa_media_check`) here; the entry turns the push into this action.
 */
import { z } from 'zod';
import { action } from '../define';

export const securityActions = {
  mediaVerdict: action({
    access: 'platform',
    summary: '图片内容安全检测结果（仅限微信推送；只接受本系统发起检测的 trace_id）',
    input: z.strictObject({
      traceId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
      suggest: z.enum(['pass', 'review', 'risky']),
      label: z.number().int(),
    }),
    output: z.object({ opinionId: z.string().optional(), released: z.boolean() }),
  }),
};
