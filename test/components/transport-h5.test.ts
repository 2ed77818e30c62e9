import { send } from '../../src/api/transport';

describe('H5 transport (local run)', () => {
  const realFetch = globalThis.fetch;
  let requests: { url: string; init?: RequestInit }[] = [];
  const personas = [
    { openid: 'demo-deputy-county', name: '代表 李红梅', roles: ['resident', 'deputy'] },
    { openid: 'demo-resident-1', name: '居民 张女士', roles: ['resident'] },
  ];

  beforeEach(() => {
    requests = [];
    window.localStorage.clear();
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      requests.push({ url, init });
      const body = url.endsWith('/api/personas') ? { ok: true, data: { personas } } : { ok: true, data: { echo: true } };
      return { json: async () => body };
    }) as unknown as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('posts {action, payload} to /api/functions/<name> as the first plain resident by default', async () => {
    await expect(send('opinion', { action: 'mine', payload: { offset: 0 } })).resolves.toEqual({ ok: true, data: { echo: true } });
    const call = requests.find((r) => r.url === '/api/functions/opinion');
    expect(call?.init?.method).toBe('POST');
    expect(JSON.parse(String(call?.init?.body))).toEqual({ action: 'mine', payload: { offset: 0 } });
    expect((call?.init?.headers as Record<string, string>)['X-WX-OPENID']).toBe('demo-resident-1');
  });

  it('sends the persona chosen in the switcher', async () => {
    window.localStorage.setItem('local.persona.openid', 'demo-deputy-county');
    await send('deputy', { action: 'inbox', payload: {} });
    const call = requests.find((r) => r.url === '/api/functions/deputy');
    expect((call?.init?.headers as Record<string, string>)['X-WX-OPENID']).toBe('demo-deputy-county');
  });
});
