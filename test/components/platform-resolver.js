/**
 * Resolves `./transport` to `./transport.h5.ts` when that file exists, as Taro's
 * MultiPlatformPlugin does for the H5 build; everything else resolves as usual.
 */
const fs = require('node:fs');
const path = require('node:path');

const EXTENSIONS = ['.ts', '.tsx', '.js'];

module.exports = (request, options) => {
  if (request.startsWith('.') && !path.extname(request)) {
    const base = path.resolve(options.basedir, request);
    for (const ext of EXTENSIONS) {
      const candidate = `${base}.h5${ext}`;
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return options.defaultResolver(request, options);
};
