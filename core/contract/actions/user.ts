/** The "user" cloud function's actions. */
import { z } from 'zod';
import { UPLOAD_KINDS } from '../../uploads';
import { action } from '../define';
import { FileId } from '../fields';
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
    summary: '同意隐私保护指引（首次提交前）',
    input: z.strictObject({ version: z.string().regex(/^[0-9A-Za-z.-]{1,20}$/, { error: '格式不正确' }) }),
    output: z.object({ agreedAt: z.string(), version: z.string() }),
  }),
  registerUpload: action({
    access: 'resident',
    summary: '登记刚上传的照片或文件为本人所有（核对文件类型；只有本人登记的上传才能附在意见等处）',
    input: z.strictObject({ fileId: FileId, kind: z.enum(UPLOAD_KINDS) }),
    output: z.object({ fileId: z.string(), kind: z.enum(UPLOAD_KINDS) }),
  }),
};
