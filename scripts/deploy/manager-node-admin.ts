/**
 * `CloudAdmin` over @cloudbase/manager-node (decision 0021, docs/research/deploy-apis.md): the
 * management API of the Tencent Cloud account that owns the WeChat cloud environment, with its
 * API key (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY; a mini-program admin logs in to the
 * Tencent Cloud console by scanning with the mini-program, then 访问管理 → API密钥). Installed
 * into scripts/deploy/cloud-tools on the first real deploy. The recording fake in
 * test/support/fake-cloud-admin.ts stands in for it in the tests; this adapter itself is only
 * exercised against a real environment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Acl, CloudAdmin, FunctionSpec, RemoteFunction, RemoteIndex, Trigger } from './apply';

const toolsDir = path.join(__dirname, 'cloud-tools');

/* eslint-disable @typescript-eslint/no-explicit-any -- the package's own typings are loaded at run time only */
function loadManager(): any {
  const marker = path.join(toolsDir, 'node_modules', '@cloudbase', 'manager-node', 'package.json');
  if (!existsSync(marker)) {
    console.log('Installing the management API client into scripts/deploy/cloud-tools (first deploy)…');
    const res = spawnSync('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (res.status !== 0 || !existsSync(marker)) throw new Error('could not install @cloudbase/manager-node (npm install --prefix scripts/deploy/cloud-tools)');
  }
  return createRequire(path.join(toolsDir, 'package.json'))('@cloudbase/manager-node');
}

export function managerNodeAdmin(env: { envId: string; secretId: string; secretKey: string; region?: string }): CloudAdmin {
  const CloudBase = loadManager();
  const app = new (CloudBase.default ?? CloudBase)({ secretId: env.secretId, secretKey: env.secretKey, envId: env.envId, ...(env.region ? { region: env.region } : {}) });
  const fns = app.functions;
  const db = app.database;
  const variables = (spec: FunctionSpec) => spec.variables;
  const func = (spec: FunctionSpec) => ({
    name: spec.name,
    runtime: spec.runtime,
    timeout: spec.timeout,
    memorySize: spec.memoryMb,
    envVariables: variables(spec),
    installDependency: true, // the cloud installs package.json's wx-server-sdk
    handler: 'index.main',
    triggers: spec.triggers,
  });
  const root = (spec: FunctionSpec) => path.dirname(spec.codeDir);
  const call = (Action: string, Param: object) => app.commonService().call({ Action, Param: { EnvId: env.envId, ...Param } });

  return {
    async functions(): Promise<RemoteFunction[]> {
      const out: RemoteFunction[] = [];
      for (let offset = 0; ; offset += 100) {
        const page: { FunctionName: string }[] = await fns.listFunctions(100, offset);
        for (const f of page) {
          const d = await fns.getFunctionDetail(f.FunctionName);
          out.push({
            name: f.FunctionName,
            runtime: d.Runtime,
            timeout: d.Timeout,
            memoryMb: d.MemorySize,
            variables: Object.fromEntries((d.Environment?.Variables ?? []).map((v: { Key: string; Value: string }) => [v.Key, v.Value])),
            triggers: (d.Triggers ?? []).map((t: { TriggerName: string; Type: string; TriggerDesc: string }) => ({
              name: t.TriggerName,
              type: t.Type as Trigger['type'],
              // SCF describes a timer as {"cron":"…"}; the plan writes the cron itself.
              config: (() => {
                try {
                  return (JSON.parse(t.TriggerDesc) as { cron?: string }).cron ?? t.TriggerDesc;
                } catch {
                  return t.TriggerDesc;
                }
              })(),
            })),
          });
        }
        if (page.length < 100) return out;
      }
    },
    async createFunction(spec) {
      await fns.createFunction({ func: func(spec), functionRootPath: root(spec), force: false });
    },
    async deleteFunction(name) {
      await fns.deleteFunction(name);
    },
    async updateCode(spec) {
      await fns.updateFunctionCode({ func: func(spec), functionRootPath: root(spec) });
      await fns.waitFunctionActive(spec.name);
    },
    async updateConfig(spec) {
      await fns.updateFunctionConfig({ name: spec.name, timeout: spec.timeout, memorySize: spec.memoryMb, envVariables: variables(spec) });
    },
    async createTrigger(fn, trigger) {
      await fns.createFunctionTriggers(fn, [trigger]);
    },
    async deleteTrigger(fn, trigger) {
      await fns.deleteFunctionTrigger(fn, trigger);
    },
    async collections() {
      const out: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const page = await db.listCollections({ MgoOffset: offset, MgoLimit: 100 });
        out.push(...page.Collections.map((c: { CollectionName: string }) => c.CollectionName));
        if (page.Collections.length < 100) return out;
      }
    },
    async createCollection(name) {
      await db.createCollection(name);
    },
    async indexes(collection): Promise<RemoteIndex[]> {
      const info = await db.describeCollection(collection);
      return (info.Indexes ?? []).map((i: { Name: string; Keys: { Name: string; Direction?: string }[]; Unique: boolean }) => ({
        name: i.Name,
        fields: i.Keys.map((k) => k.Name),
        unique: i.Unique,
        ...(i.Keys.some((k) => k.Direction === '2dsphere') ? { type: '2dsphere' as const } : {}),
      }));
    },
    async updateIndexes(collection, create, drop) {
      await db.updateCollection(collection, {
        // A geo index's key has the direction `2dsphere` (the console's 地理位置索引); every other key is ascending.
        CreateIndexes: create.map((i) => ({ IndexName: i.name, MgoKeySchema: { MgoIndexKeys: i.fields.map((f) => ({ Name: f, Direction: i.type ?? '1' })), MgoIsUnique: i.unique } })),
        DropIndexes: drop.map((IndexName) => ({ IndexName })),
      });
    },
    async collectionAcl(name): Promise<Acl> {
      return ((await call('DescribeDatabaseACL', { CollectionName: name })) as { AclTag: Acl }).AclTag;
    },
    async setCollectionAcl(name, acl) {
      await call('ModifyDatabaseACL', { CollectionName: name, AclTag: acl });
    },
    async storageAcl(): Promise<Acl> {
      return (await app.storage.getStorageAcl()) as Acl;
    },
    async setStorageAcl(acl) {
      await app.storage.setStorageAcl(acl);
    },
  };
}
