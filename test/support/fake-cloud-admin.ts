/**
 * A cloud environment for the deploy's tests: it keeps functions, triggers, collections,
 * indexes and permissions as the management API would, behaves like it where it matters (a
 * function's runtime is set at creation only; creating what exists fails; one timer trigger per
 * function), and records every call, so a test can say what a deploy did.
 */
import type { Acl, CloudAdmin, FunctionSpec, RemoteFunction, RemoteIndex, Trigger } from '../../scripts/deploy/apply';

export interface FakeFunction extends RemoteFunction {
  /** The code uploaded (a stand-in: the directory and how many uploads). */
  codeUploads: number;
}

export class FakeCloudAdmin implements CloudAdmin {
  readonly calls: string[] = [];
  readonly fns = new Map<string, FakeFunction>();
  readonly colls = new Map<string, { indexes: RemoteIndex[]; acl: Acl }>();
  storage: Acl = 'READONLY';

  /** A function as miniprogram-ci creates a missing one: Nodejs8.9, 3 s, 256 MB, no variables or trigger. */
  addLegacyFunction(name: string): void {
    this.fns.set(name, { name, runtime: 'Nodejs8.9', timeout: 3, memoryMb: 256, variables: {}, triggers: [], codeUploads: 1 });
  }

  async functions(): Promise<RemoteFunction[]> {
    return [...this.fns.values()].map(({ codeUploads: _, ...f }) => ({ ...f, variables: { ...f.variables }, triggers: [...f.triggers] }));
  }
  async createFunction(spec: FunctionSpec): Promise<void> {
    this.calls.push(`createFunction ${spec.name}`);
    if (this.fns.has(spec.name)) throw new Error(`ResourceInUse.Function: ${spec.name}`);
    if (spec.triggers.length > 1) throw new Error('one timer trigger per function');
    this.fns.set(spec.name, { name: spec.name, runtime: spec.runtime, timeout: spec.timeout, memoryMb: spec.memoryMb, variables: { ...spec.variables }, triggers: [...spec.triggers], codeUploads: 1 });
  }
  async deleteFunction(name: string): Promise<void> {
    this.calls.push(`deleteFunction ${name}`);
    if (!this.fns.delete(name)) throw new Error(`ResourceNotFound.Function: ${name}`);
  }
  private fn(name: string): FakeFunction {
    const f = this.fns.get(name);
    if (!f) throw new Error(`ResourceNotFound.Function: ${name}`);
    return f;
  }
  async updateCode(spec: FunctionSpec): Promise<void> {
    this.calls.push(`updateCode ${spec.name}`);
    this.fn(spec.name).codeUploads++;
  }
  async updateConfig(spec: FunctionSpec): Promise<void> {
    this.calls.push(`updateConfig ${spec.name}`);
    // The runtime is not part of a configuration update: it stays what it was created with.
    Object.assign(this.fn(spec.name), { timeout: spec.timeout, memoryMb: spec.memoryMb, variables: { ...spec.variables } });
  }
  async createTrigger(fnName: string, trigger: Trigger): Promise<void> {
    this.calls.push(`createTrigger ${fnName} ${trigger.name}`);
    const f = this.fn(fnName);
    if (f.triggers.length > 0) throw new Error('one timer trigger per function');
    f.triggers.push(trigger);
  }
  async deleteTrigger(fnName: string, trigger: string): Promise<void> {
    this.calls.push(`deleteTrigger ${fnName} ${trigger}`);
    const f = this.fn(fnName);
    f.triggers = f.triggers.filter((t) => t.name !== trigger);
  }
  async collections(): Promise<string[]> {
    return [...this.colls.keys()];
  }
  async createCollection(name: string): Promise<void> {
    this.calls.push(`createCollection ${name}`);
    if (this.colls.has(name)) throw new Error(`collection ${name} exists`);
    // A new collection is readable by all and writable by its creator until told otherwise.
    this.colls.set(name, { indexes: [{ name: '_id_', fields: ['_id'], unique: true }], acl: 'READONLY' });
  }
  private coll(name: string) {
    const c = this.colls.get(name);
    if (!c) throw new Error(`collection ${name} does not exist`);
    return c;
  }
  async indexes(collection: string): Promise<RemoteIndex[]> {
    return this.coll(collection).indexes.map((i) => ({ ...i, fields: [...i.fields] }));
  }
  async updateIndexes(collection: string, create: RemoteIndex[], drop: string[]): Promise<void> {
    this.calls.push(`updateIndexes ${collection} +${create.length} -${drop.length}`);
    const c = this.coll(collection);
    c.indexes = c.indexes.filter((i) => !drop.includes(i.name));
    for (const ix of create) {
      if (c.indexes.some((i) => i.name === ix.name)) throw new Error(`index ${ix.name} exists`);
      c.indexes.push(ix);
    }
  }
  async collectionAcl(name: string): Promise<Acl> {
    return this.coll(name).acl;
  }
  async setCollectionAcl(name: string, acl: Acl): Promise<void> {
    this.calls.push(`setCollectionAcl ${name} ${acl}`);
    this.coll(name).acl = acl;
  }
  async storageAcl(): Promise<Acl> {
    return this.storage;
  }
  async setStorageAcl(acl: Acl): Promise<void> {
    this.calls.push(`setStorageAcl ${acl}`);
    this.storage = acl;
  }
}
