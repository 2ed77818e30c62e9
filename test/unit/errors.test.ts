import { AppError, ERRORS, isAppError, type ErrorCode } from '../../core/errors';

const CJK = /[\u4e00-\u9fff]/;
const entries = Object.entries(ERRORS) as [ErrorCode, string][];

describe('ERRORS', () => {
  it('has codes', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries)('%s: UPPER_SNAKE code, Chinese message without English words', (code, message) => {
    expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(message).toMatch(CJK);
    expect(message).not.toMatch(/[A-Za-z]{2,}/);
    expect(message.trim()).toBe(message);
  });

  it('gives each code its own message', () => {
    const messages = entries.map(([, m]) => m);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe('AppError', () => {
  it('carries the code and the user message of the table by default', () => {
    const e = new AppError('STATION_RETIRED');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('AppError');
    expect(e.code).toBe('STATION_RETIRED');
    expect(e.userMessage).toBe(ERRORS.STATION_RETIRED);
    expect(e.detail).toBeUndefined();
    expect(e.message).toContain('STATION_RETIRED');
  });

  it('takes a specific user message and a log detail', () => {
    const e = new AppError('INVALID_PAYLOAD', '内容不能超过1000字', 'text too long: 1001');
    expect(e.code).toBe('INVALID_PAYLOAD');
    expect(e.userMessage).toBe('内容不能超过1000字');
    expect(e.detail).toBe('text too long: 1001');
    expect(e.message).toContain('text too long: 1001');
  });

  it('is told apart from other errors', () => {
    expect(isAppError(new AppError('NOT_FOUND'))).toBe(true);
    expect(isAppError(new Error('NOT_FOUND'))).toBe(false);
    expect(isAppError({ code: 'NOT_FOUND', userMessage: ERRORS.NOT_FOUND })).toBe(false);
    expect(isAppError(undefined)).toBe(false);
  });
});
