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
};
