import { ApiError, call } from '../../src/api/client';
import { NETWORK_DOWN, fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

describe('the typed client', () => {
  it('sends {action, payload} to the named function and resolves with the data', async () => {
    const fake = fakeFunctions({ 'opinion.mine': ok({ items: [], total: 0 }) });
    await expect(call('opinion', 'mine', { offset: 0, limit: 20 })).resolves.toEqual({ items: [], total: 0 });
    expect(fake.calls).toEqual([{ name: 'opinion', action: 'mine', payload: { offset: 0, limit: 20 } }]);
  });

  it("throws the server's code and message on a refusal", async () => {
    fakeFunctions({ 'deputy.inbox': refuse('FORBIDDEN', '您没有权限进行此操作') });
    const error = await call('deputy', 'inbox', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限进行此操作' });
  });

  it('turns a failed request into a network error a person can read', async () => {
    fakeFunctions({ 'user.me': NETWORK_DOWN });
    await expect(call('user', 'me', {})).rejects.toMatchObject({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' });
  });

  it('refuses an answer that is not an envelope', async () => {
    fakeFunctions({ 'user.me': { hello: 'world' } });
    await expect(call('user', 'me', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
