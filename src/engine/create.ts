// Building an engine from a policy already loaded, without the policy parser: the one-shot
// commands (src/cli/) start from here, so `auditmask mask` without --policy never loads zod.
// src/engine/index.ts re-exports it beside the policy file loading.
import { Engine } from './engine.js';
import { Tokenizer } from './mask/token.js';
import { defaultPolicy } from './policy/builtin.js';
import { compilePolicy } from './policy/compile.js';
import type { LoadedPolicy } from './policy/loaded-policy.js';

export { defaultPolicy } from './policy/builtin.js';
export type { LoadedPolicy } from './policy/loaded-policy.js';

/** Builds an engine: compiles the policy (default when none) and prepares the token key. */
export function createEngine(options: { policy?: LoadedPolicy; key: Buffer; keyId: string }): Engine {
  return new Engine(compilePolicy(options.policy ?? defaultPolicy()), new Tokenizer(options.key, options.keyId));
}
