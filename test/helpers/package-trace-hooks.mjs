// Module resolve hook (registered by package-trace-register.mjs): writes the name of every npm
// package a process resolves to stderr as `PKG <name>`, and every module of ours it resolves as
// `SRC <path under dist/src/>` (e.g. `SRC quarantine/seal.js`). Used to check which libraries and
// modules a command loads at start (test/unit/cli/lazy-commands.test.ts).
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(result.url);
  if (m) process.stderr.write(`PKG ${m[1]}\n`);
  else {
    const ours = /\/dist\/src\/(.+\.js)$/.exec(result.url);
    if (ours) process.stderr.write(`SRC ${ours[1]}\n`);
  }
  return result;
}
