/**
 * Some older WeChat clients (iOS JavaScriptCore before 12.2) have no `globalThis`; zod keeps its
 * config on it when first loaded. The global object inherits from Object.prototype, so a getter
 * there makes the name resolve to the global object. Imported first by app.ts.
 */
if (typeof globalThis === 'undefined') {
  Object.defineProperty(Object.prototype, 'globalThis', {
    get() {
      return this;
    },
    configurable: true,
  });
}

export {};
