import Module, { register } from 'node:module';

// ES modules: the resolve hook of package-trace-hooks.mjs.
register('./package-trace-hooks.mjs', import.meta.url);

// CommonJS: `require` (e.g. libphonenumber-js, loaded by src/engine/detect/phone-lib.ts on first
// use) does not pass the ES resolve hook in Node 20, so its resolution is traced here, as `PKG <name>`.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function tracedResolveFilename(...args) {
  const filename = resolveFilename.apply(this, args);
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(filename);
  if (m) process.stderr.write(`PKG ${m[1]}\n`);
  return filename;
};
