/** The "user" cloud function's actions. */
import { z } from 'zod';
import { action } from '../define';
import { Me } from '../views';


const Empty = z.strictObject({});

export const userActions = {
  me: action({
    access: 'public',
    summary: '当前身份与角色',
    input: Empty,
    output: Me,
  }),
  agreePrivacy: action({
    access: 'resident',
    summary: '同意隐私保护指引(首次提交前)',
    input: z.strictObject({ version: z.string().regex(/^[0-9A-Za-z.-]{1,20}$/, { error: '格式不正确' }) }),
    output: z.object({ agreedAt: z.string(), version: z.string() }),
  }),
};
