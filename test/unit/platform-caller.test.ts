/** Who WeChat says invoked a function: the platform itself, or a person's client somewhere on the chain. */
import { isPlatformInvocation } from '../../server/platform/platform-caller';

test('the platform: no OPENID, a source, no client anywhere on the chain; `via` narrows the source', () => {
  expect(isPlatformInvocation({ source: 'wx_http' })).toBe(true);
  expect(isPlatformInvocation({ source: 'wx_trigger' })).toBe(true);
  expect(isPlatformInvocation({ source: 'wx_http' }, ['wx_http'])).toBe(true);
  expect(isPlatformInvocation({ source: 'wx_trigger' }, ['wx_http'])).toBe(false);
  expect(isPlatformInvocation({ source: 'wx_http', openid: 'o1' })).toBe(false);
  for (const client of ['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_crawler', 'wx_client,scf', 'scf, wx_client']) {
    expect(isPlatformInvocation({ source: client })).toBe(false);
  }
  expect(isPlatformInvocation({})).toBe(false);
  expect(isPlatformInvocation({ source: ' , ' })).toBe(false);
});
