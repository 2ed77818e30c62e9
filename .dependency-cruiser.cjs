/**
 * The layer rules of the code (decision 0020), checked by `npm run check:layers` over
 * core, server, src and emulator. Each rule names what it keeps; a broken rule fails the check.
 * test/fixtures/layers/ is a small tree that breaks every rule once, to show each can fail.
 */
const FEATURES = '(opinions|deputies|stations|roster|campaigns|dashboard|notifications|users|scheduler|migrations|categories)';

module.exports = {
  forbidden: [
    {
      name: 'core-pure',
      comment: 'core/ is the pure domain and the contract: it imports nothing of the server, the app or the local store.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(server|src|emulator)/' },
    },
    {
      name: 'app-no-server',
      comment: 'The app reaches the functions only through the API client, never their code or the local store.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(server|emulator)/' },
    },
    {
      name: 'emulator-through-ports',
      comment:
        'The local store knows the product only through the port types it implements and the platform config it validates like WeChat.',
      severity: 'error',
      from: { path: '^emulator/' },
      to: {
        path: '^server/',
        pathNot: '^server/(platform/(ports|db|collections|indexes)\\.(ts|json)|platform/openapi/port\\.ts|config/)',
      },
    },
    {
      name: 'db-only-in-repos',
      comment:
        'The database client is reached only by repositories (*.repo.ts), the platform and the roots that build ports; handlers and use cases call repositories.',
      severity: 'error',
      from: { pathNot: '(\\.repo\\.ts$|^server/platform/|^server/cloud/|^server/local/|^emulator/)' },
      to: { path: '^server/platform/(db|db-key)\\.ts$' },
    },
    {
      name: 'sdk-only-in-roots',
      comment: 'wx-server-sdk is used by the cloud root and the local store (which runs the genuine SDK over its transport) only.',
      severity: 'error',
      from: { pathNot: '^(server/cloud/|emulator/)' },
      to: { path: 'node_modules/wx-server-sdk/' },
    },
    {
      name: 'repos-are-leaves',
      comment:
        'A repository reads and writes its collection: it imports the domain, the platform, document types (model.ts, *-doc.ts) and config, never a use case, notifications, statistics or another repository.',
      severity: 'error',
      from: { path: '\\.repo\\.ts$' },
      to: {
        path: '^(server|src|emulator)/',
        pathNot: '^(server/platform/|server/model\\.ts$|server/config/|server/.+-doc\\.ts$)',
      },
    },
    {
      name: 'platform-below-features',
      comment: 'The platform, documents and config import no feature, no function table and no root.',
      severity: 'error',
      from: { path: '^server/(platform|documents|config)/' },
      to: { path: `^server/(${FEATURES.slice(1, -1)}|functions|cloud|local)/` },
    },
    {
      name: 'features-below-roots',
      comment: 'A feature imports nothing of the function tables or the roots (cloud/, local/); they import the features.',
      severity: 'error',
      from: { path: `^server/${FEATURES}/` },
      to: { path: '^server/(functions|cloud|local)/', pathNot: '^server/functions/(dispatch|define)\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-test',
      comment: 'Product code does not import tests.',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      // The app's platform files (`x.h5.ts` beside `x.weapp.ts`) resolve to their H5 side, as in the local run.
      extensions: ['.ts', '.tsx', '.h5.ts', '.h5.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
