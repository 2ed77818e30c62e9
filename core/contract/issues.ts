/** Turns a schema refusal into one Chinese sentence the user can act on. */
import type { z } from 'zod';
import { FIELD_LABELS } from './fields';

const labelOf = (path: readonly PropertyKey[]): string => {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  return key === undefined ? '内容' : (FIELD_LABELS[key as string] ?? `字段“${String(key)}”`);
};

const ASCII = /^[\x20-\x7e]*$/;

/** Missing, not mistyped: zod records the value only with `reportInput`, so read the message too. */
const isMissing = (issue: z.core.$ZodIssue): boolean =>
  'input' in issue ? issue.input === undefined : /received undefined/.test(issue.message);

export function describeIssue(issue: z.core.$ZodIssue): string {
  const label = labelOf(issue.path);
  // Our own messages are Chinese and read after the field's name; the library's are not shown.
  if (!ASCII.test(issue.message) && issue.code !== 'unrecognized_keys') return `${label}${issue.message}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不支持的字段：${issue.keys.slice(0, 3).join('、')}`;
    case 'invalid_type':
      return isMissing(issue) ? `请填写${label}` : `${label}的类型不正确`;
    case 'invalid_value':
      return `${label}不在可选范围内`;
    case 'too_big':
      return `${label}超出允许的范围`;
    case 'too_small':
      return issue.origin === 'string' ? `${label}不能为空` : `${label}小于允许的范围`;
    default:
      return `${label}不正确`;
  }
}

export function describeError(error: z.ZodError): string {
  return describeIssue(error.issues[0]);
}
