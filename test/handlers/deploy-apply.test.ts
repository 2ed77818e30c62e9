/**
 * Applying the deploy plan (decision 0021) to a recording fake of the management API: into an
 * empty environment it creates every function with its runtime, timeout, memory, variables and
 * trigger, and every collection with its indexes and permission; a second deploy does nothing;
 * a code change updates that function's code only; a function created the old way (Nodejs8.9,
 * 3 s) is recreated; drift in configuration, triggers, indexes or permissions is put back.
 */
import { actionsFor, applyActions, BUNDLE_VARIABLE, functionSpecs, remoteIndexOf, type FunctionSpec } from '../../scripts/deploy/apply';
import { deployPlan } from '../../scripts/deploy/plan';
import { CLOUD_RUNTIME } from '../../server/functions/configs';
import { FakeCloudAdmin } from '../support/fake-cloud-admin';

/** The scheduler's one timer (WeChat allows one a function): every minute (server/functions/configs.ts). */
const SCHEDULER_TRIGGERS = [{ name: 'tick', type: 'timer', config: '0 * * * * * *' }];

const ENV = { WX_CLOUD_ENV: 'test-env-0a1b2c', WX_ENV_VERSION: 'trial', WX_TMPL_OPINION_NEW: 'FakeOpinionNewTemplateId0123456789abcdef' };
const plan = deployPlan(ENV);
const specsWith = (digest: (fn: string) => string): FunctionSpec[] => functionSpecs(plan, ENV, digest, '/repo');
const specs = specsWith((fn) => `digest-${fn}-1`);

async function deploy(admin: FakeCloudAdmin, s: FunctionSpec[] = specs) {
  const actions = await actionsFor(plan, s, admin);
  const before = admin.calls.length;
  await applyActions(admin, actions, () => undefined);
  return { actions, calls: admin.calls.slice(before) };
}

test('into an empty environment: every function, trigger, collection, index and permission of the plan', async () => {
  const admin = new FakeCloudAdmin();
  await deploy(admin);
  expect([...admin.fns.keys()].sort()).toEqual(plan.functions.map((f) => f.name).sort());
  for (const f of plan.functions) {
    expect(admin.fns.get(f.name)).toMatchObject({ runtime: CLOUD_RUNTIME, timeout: f.timeout, memoryMb: f.memoryMb, triggers: f.triggers });
    expect(admin.fns.get(f.name)?.variables).toMatchObject({ WX_ENV_VERSION: 'trial', [BUNDLE_VARIABLE]: `digest-${f.name}-1` });
  }
  expect(admin.fns.get('scheduler')?.triggers).toEqual(SCHEDULER_TRIGGERS);
  expect(admin.fns.get('opinion')?.variables.WX_TMPL_OPINION_NEW).toBe(ENV.WX_TMPL_OPINION_NEW);
  expect([...admin.colls.keys()].sort()).toEqual(plan.collections.map((c) => c.name).sort());
  for (const c of plan.collections) {
    const stored = admin.colls.get(c.name)!;
    expect(stored.acl).toBe('ADMINONLY');
    expect(stored.indexes.filter((i) => i.name !== '_id_')).toEqual(c.indexes.map(remoteIndexOf));
  }
  // station.nearest's geoNear needs the stations' point under a 2dsphere index.
  expect(admin.colls.get('stations')!.indexes).toContainEqual({ name: 'ix_geo_2dsphere', fields: ['geo'], unique: false, type: '2dsphere' });
  expect(admin.storage).toBe('ADMINONLY');
});

test('a second deploy of the same build changes nothing', async () => {
  const admin = new FakeCloudAdmin();
  await deploy(admin);
  const again = await deploy(admin);
  expect(again.actions).toEqual([]);
  expect(again.calls).toEqual([]);
});

test("a code change updates that function's code, and nothing else", async () => {
  const admin = new FakeCloudAdmin();
  await deploy(admin);
  const changed = specsWith((fn) => (fn === 'opinion' ? 'digest-opinion-2' : `digest-${fn}-1`));
  const { actions, calls } = await deploy(admin, changed);
  expect(actions.map((a) => a.kind)).toEqual(['update-code']);
  expect(calls).toEqual(['updateCode opinion', 'updateConfig opinion']);
  expect(admin.fns.get('opinion')).toMatchObject({ codeUploads: 2, timeout: 15, variables: expect.objectContaining({ [BUNDLE_VARIABLE]: 'digest-opinion-2' }) });
  expect((await deploy(admin, changed)).actions).toEqual([]);
});

test('functions created the old way (Nodejs8.9, 3 s, no trigger) are recreated with their configuration and trigger', async () => {
  const admin = new FakeCloudAdmin();
  admin.addLegacyFunction('scheduler');
  admin.addLegacyFunction('user');
  const { actions } = await deploy(admin);
  expect(actions.filter((a) => a.kind === 'recreate-function').map((a) => (a.kind === 'recreate-function' ? [a.spec.name, a.runtimeFound] : []))).toEqual([
    ['user', 'Nodejs8.9'],
    ['scheduler', 'Nodejs8.9'],
  ]);
  expect(admin.fns.get('scheduler')).toMatchObject({ runtime: CLOUD_RUNTIME, timeout: 60, triggers: SCHEDULER_TRIGGERS });
  expect(admin.fns.get('user')).toMatchObject({ runtime: CLOUD_RUNTIME, timeout: 10 });
  expect((await deploy(admin)).actions).toEqual([]);
});

test('drift is put back: a timeout, a variable, a trigger, an index, a permission changed by hand', async () => {
  const admin = new FakeCloudAdmin();
  await deploy(admin);
  admin.fns.get('staff')!.timeout = 3;
  admin.fns.get('deputy')!.variables.WX_ENV_VERSION = 'release';
  admin.fns.get('scheduler')!.triggers = [{ name: 'tick', type: 'timer', config: '0 0 * * * * *' }];
  const opinions = admin.colls.get('opinions')!;
  opinions.indexes = opinions.indexes.filter((i) => i.name !== 'ux_trackingNo').concat({ name: 'ix_stale', fields: ['stale'], unique: false }, { name: 'hand_made', fields: ['x'], unique: false });
  admin.colls.get('users')!.acl = 'READONLY';
  admin.storage = 'PRIVATE';
  const { actions } = await deploy(admin);
  expect(actions.map((a) => a.kind).sort()).toEqual(
    ['update-config', 'update-config', 'delete-trigger', 'create-trigger', 'update-indexes', 'set-collection-acl', 'set-storage-acl'].sort(),
  );
  expect(admin.fns.get('staff')?.timeout).toBe(15);
  expect(admin.fns.get('deputy')?.variables.WX_ENV_VERSION).toBe('trial');
  expect(admin.fns.get('scheduler')?.triggers).toEqual(SCHEDULER_TRIGGERS);
  // The deploy's own indexes are put back and a stale one of its own dropped; a hand-made index is left alone.
  expect(opinions.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['ux_trackingNo', 'hand_made']));
  expect(opinions.indexes.map((i) => i.name)).not.toContain('ix_stale');
  expect(admin.colls.get('users')?.acl).toBe('ADMINONLY');
  expect(admin.storage).toBe('ADMINONLY');
  expect((await deploy(admin)).actions).toEqual([]);
});
