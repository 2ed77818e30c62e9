/**
 * Applying the deploy plan to a cloud environment (decision 0021): read what is there, work out
 * the actions that make it match the plan, and do them. Only differences become actions, so a
 * second deploy changes nothing, and a code change updates only code. A function found with
 * another runtime (miniprogram-ci creates missing functions as Nodejs8.9) is recreated, its
 * configuration and trigger applied again: a runtime cannot be changed in place.
 *
 * The environment is reached through `CloudAdmin`: @cloudbase/manager-node in a real deploy
 * (manager-node-admin.ts), a recording fake in the tests (test/support/fake-cloud-admin.ts).
 */
import path from 'node:path';
import type { IndexSpec } from '../../server/platform/collections';
import type { DeployPlan, FunctionPlan } from './plan';

export type Acl = 'ADMINONLY' | 'PRIVATE' | 'READONLY' | 'ADMINWRITE' | 'CUSTOM';
export interface Trigger {
  name: string;
  type: 'timer';
  config: string;
}
export interface RemoteFunction {
  name: string;
  runtime: string;
  timeout: number;
  memoryMb: number;
  variables: Record<string, string>;
  triggers: Trigger[];
}
export interface RemoteIndex {
  name: string;
  fields: string[];
  unique: boolean;
  /** A geo index (its one key's direction is `2dsphere`); absent: ascending keys. */
  type?: '2dsphere';
}
/** A function as the deploy creates or configures it: the plan's settings, the variables' values, its code. */
export interface FunctionSpec {
  name: string;
  runtime: string;
  timeout: number;
  memoryMb: number;
  variables: Record<string, string>;
  triggers: Trigger[];
  /** The directory uploaded as the function's code (cloudfunctions/<name>). */
  codeDir: string;
}

/** What the deploy needs of a cloud environment. */
export interface CloudAdmin {
  functions(): Promise<RemoteFunction[]>;
  createFunction(spec: FunctionSpec): Promise<void>;
  deleteFunction(name: string): Promise<void>;
  updateCode(spec: FunctionSpec): Promise<void>;
  updateConfig(spec: FunctionSpec): Promise<void>;
  createTrigger(fn: string, trigger: Trigger): Promise<void>;
  deleteTrigger(fn: string, trigger: string): Promise<void>;
  collections(): Promise<string[]>;
  createCollection(name: string): Promise<void>;
  indexes(collection: string): Promise<RemoteIndex[]>;
  updateIndexes(collection: string, create: RemoteIndex[], drop: string[]): Promise<void>;
  collectionAcl(name: string): Promise<Acl>;
  setCollectionAcl(name: string, acl: Acl): Promise<void>;
  storageAcl(): Promise<Acl>;
  setStorageAcl(acl: Acl): Promise<void>;
}

export type Action =
  | { kind: 'create-function'; spec: FunctionSpec }
  | { kind: 'recreate-function'; spec: FunctionSpec; runtimeFound: string }
  | { kind: 'update-code'; spec: FunctionSpec }
  | { kind: 'update-config'; spec: FunctionSpec; what: string[] }
  | { kind: 'delete-trigger'; fn: string; trigger: string }
  | { kind: 'create-trigger'; fn: string; trigger: Trigger }
  | { kind: 'create-collection'; name: string }
  | { kind: 'update-indexes'; collection: string; create: RemoteIndex[]; drop: string[] }
  | { kind: 'set-collection-acl'; name: string; acl: Acl; found: Acl }
  | { kind: 'set-storage-acl'; acl: Acl; found: Acl };

/** The variable that records which build a function runs (build.json's digest): code is uploaded only when it differs. */
export const BUNDLE_VARIABLE = 'DEPLOYED_BUNDLE';
/** Indexes the deploy manages are named after their fields; others (`_id_`, hand-made ones) are left alone. */
const MANAGED_INDEX = /^(ix|ux)_/;

export const indexName = (ix: IndexSpec) => `${ix.unique ? 'ux' : 'ix'}_${ix.fields.join('_').replace(/\./g, '-')}${ix.type ? `_${ix.type}` : ''}`;

/** The index as the environment should hold it. */
export const remoteIndexOf = (ix: IndexSpec): RemoteIndex => ({
  name: indexName(ix),
  fields: ix.fields,
  unique: Boolean(ix.unique),
  ...(ix.type ? { type: ix.type } : {}),
});

/** Each function's spec: the plan's settings, the variables' values from the deploying shell, the build's digest. */
export function functionSpecs(plan: DeployPlan, env: Record<string, string | undefined>, digestOf: (fn: string) => string, root: string): FunctionSpec[] {
  return plan.functions.map((f: FunctionPlan) => ({
    name: f.name,
    runtime: f.runtime,
    timeout: f.timeout,
    memoryMb: f.memoryMb,
    variables: {
      ...Object.fromEntries(f.variables.map((v) => [v, env[v] ?? (v === 'WX_ENV_VERSION' ? 'release' : '')])),
      [BUNDLE_VARIABLE]: digestOf(f.name),
    },
    triggers: f.triggers,
    codeDir: path.join(root, 'cloudfunctions', f.name),
  }));
}

const sameVariables = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== BUNDLE_VARIABLE));
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
};

/** The actions that make the environment match the plan (none when it already does). */
export async function actionsFor(plan: DeployPlan, specs: FunctionSpec[], admin: CloudAdmin): Promise<Action[]> {
  const out: Action[] = [];
  const remote = new Map((await admin.functions()).map((f) => [f.name, f]));
  for (const spec of specs) {
    const found = remote.get(spec.name);
    if (!found) {
      out.push({ kind: 'create-function', spec });
      continue;
    }
    if (found.runtime !== spec.runtime) {
      out.push({ kind: 'recreate-function', spec, runtimeFound: found.runtime });
      continue;
    }
    if ((found.variables[BUNDLE_VARIABLE] ?? '') !== spec.variables[BUNDLE_VARIABLE]) out.push({ kind: 'update-code', spec });
    const what = [
      ...(found.timeout !== spec.timeout ? [`timeout ${found.timeout} → ${spec.timeout} s`] : []),
      ...(found.memoryMb !== spec.memoryMb ? [`memory ${found.memoryMb} → ${spec.memoryMb} MB`] : []),
      ...(sameVariables(found.variables, spec.variables) ? [] : ['variables']),
    ];
    if (what.length > 0) out.push({ kind: 'update-config', spec, what });
    for (const t of found.triggers) {
      if (!spec.triggers.some((w) => w.name === t.name && w.type === t.type && w.config === t.config)) out.push({ kind: 'delete-trigger', fn: spec.name, trigger: t.name });
    }
    for (const t of spec.triggers) {
      if (!found.triggers.some((h) => h.name === t.name && h.type === t.type && h.config === t.config)) out.push({ kind: 'create-trigger', fn: spec.name, trigger: t });
    }
  }
  const collections = new Set(await admin.collections());
  for (const c of plan.collections) {
    const exists = collections.has(c.name);
    if (!exists) out.push({ kind: 'create-collection', name: c.name });
    const wanted = c.indexes.map(remoteIndexOf);
    const have = exists ? await admin.indexes(c.name) : [];
    const same = (a: RemoteIndex, b: RemoteIndex) =>
      a.name === b.name && a.unique === b.unique && a.fields.join() === b.fields.join() && (a.type ?? '') === (b.type ?? '');
    const create = wanted.filter((w) => !have.some((h) => same(h, w)));
    const drop = have.filter((h) => MANAGED_INDEX.test(h.name) && !wanted.some((w) => same(h, w))).map((h) => h.name);
    if (create.length > 0 || drop.length > 0) out.push({ kind: 'update-indexes', collection: c.name, create, drop });
    const acl = exists ? await admin.collectionAcl(c.name) : undefined;
    if (acl !== c.permission) out.push({ kind: 'set-collection-acl', name: c.name, acl: c.permission, found: acl ?? 'READONLY' });
  }
  const storage = await admin.storageAcl();
  if (storage !== plan.storage.permission) out.push({ kind: 'set-storage-acl', acl: plan.storage.permission, found: storage });
  return out;
}

export function describe(a: Action): string {
  switch (a.kind) {
    case 'create-function':
      return `create function ${a.spec.name} (${a.spec.runtime}, ${a.spec.timeout} s, ${a.spec.memoryMb} MB${a.spec.triggers.length ? `, trigger ${a.spec.triggers.map((t) => t.name).join(', ')}` : ''})`;
    case 'recreate-function':
      return `recreate function ${a.spec.name}: runtime ${a.runtimeFound} → ${a.spec.runtime} (configuration and trigger applied again)`;
    case 'update-code':
      return `update code of ${a.spec.name}`;
    case 'update-config':
      return `configure ${a.spec.name}: ${a.what.join(', ')}`;
    case 'delete-trigger':
      return `delete trigger ${a.trigger} of ${a.fn}`;
    case 'create-trigger':
      return `create trigger ${a.trigger.name} of ${a.fn}: ${a.trigger.type} "${a.trigger.config}"`;
    case 'create-collection':
      return `create collection ${a.name}`;
    case 'update-indexes':
      return `indexes of ${a.collection}: ${[...a.create.map((i) => `+${i.name}`), ...a.drop.map((n) => `-${n}`)].join(' ')}`;
    case 'set-collection-acl':
      return `permission of ${a.name}: ${a.found} → ${a.acl}`;
    case 'set-storage-acl':
      return `storage permission: ${a.found} → ${a.acl}`;
  }
}

/** Does the actions in order; a failure stops the deploy there (a second run picks up what is left). */
export async function applyActions(admin: CloudAdmin, actions: readonly Action[], log: (line: string) => void = console.log): Promise<void> {
  for (const a of actions) {
    log(`  ▸ ${describe(a)}`);
    switch (a.kind) {
      case 'create-function':
        await admin.createFunction(a.spec);
        break;
      case 'recreate-function':
        await admin.deleteFunction(a.spec.name);
        await admin.createFunction(a.spec);
        break;
      case 'update-code':
        await admin.updateCode(a.spec);
        // The build's digest is a variable: recorded with the code, so the next run knows it.
        await admin.updateConfig(a.spec);
        break;
      case 'update-config':
        await admin.updateConfig(a.spec);
        break;
      case 'delete-trigger':
        await admin.deleteTrigger(a.fn, a.trigger);
        break;
      case 'create-trigger':
        await admin.createTrigger(a.fn, a.trigger);
        break;
      case 'create-collection':
        await admin.createCollection(a.name);
        break;
      case 'update-indexes':
        await admin.updateIndexes(a.collection, a.create, a.drop);
        break;
      case 'set-collection-acl':
        await admin.setCollectionAcl(a.name, a.acl);
        break;
      case 'set-storage-acl':
        await admin.setStorageAcl(a.acl);
        break;
    }
  }
}
