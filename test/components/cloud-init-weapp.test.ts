/**
 * The WeChat side of src/platform/cloud-init: the main package carries no zod, so the launch sets
 * zod's `jitless` through the global object that every later copy of zod (one per subpackage)
 * reads, whether that copy loads before or after.
 */
import { configureZod } from '../../src/platform/cloud-init.weapp';

type Zod = typeof import('zod');
type Global = { __zod_globalConfig?: Record<string, unknown> };
const global = globalThis as Global;

/** A fresh copy of zod, as a subpackage loads it. */
const loadZod = (): Zod => {
  let zod!: Zod;
  jest.isolateModules(() => {
    zod = require('zod') as Zod;
  });
  return zod;
};

beforeEach(() => {
  delete global.__zod_globalConfig;
});

it('is read by a copy of zod loaded after the launch', () => {
  configureZod();
  const { z } = loadZod();
  expect(z.config().jitless).toBe(true);
  // Objects parse without the compiled fast path.
  expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
});

it('reaches a copy of zod loaded before the launch, and keeps its other settings', () => {
  const { z } = loadZod();
  expect(z.config().jitless).toBeFalsy();
  z.config({ customError: () => '自定义' });
  configureZod();
  expect(z.config().jitless).toBe(true);
  expect(z.config().customError).toBeDefined();
});

it('is not set in a copy of zod loaded without it', () => {
  const { z } = loadZod();
  expect(z.config().jitless).toBeFalsy();
});
