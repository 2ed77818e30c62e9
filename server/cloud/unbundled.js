// Stands in for modules the cloud function bundles leave out (see scripts/build-functions.ts):
// exceljs's streaming reader/writer and CSV support. Loading is fine; using one of them is a
// bug, and says so. (`tmp.setGracefulCleanup` runs when exceljs loads: it does nothing here.)
function unavailable() {
  throw new Error('this module is not bundled in the cloud functions (exceljs streams and CSV are not used)');
}
const noop = () => undefined;
module.exports = new Proxy(unavailable, {
  get: (_t, key) => (key === '__esModule' ? false : key === 'setGracefulCleanup' ? noop : unavailable),
});
