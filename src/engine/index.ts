import { Engine } from './engine.js';
import { Tokenizer } from './mask/token.js';
import { compilePolicy } from './policy/compile.js';
import { defaultPolicy, type LoadedPolicy } from './policy/load.js';

export type { Evidence, Finding } from '../core/evidence.js';
export { Engine, type MaskOutcome, type TextOutcome } from './engine.js';
export { defaultPolicy, loadPolicyFile, policyFromText, type LoadedPolicy } from './policy/load.js';

/** Builds an engine: compiles the policy (default when none) and prepares the token key. */
export function createEngine(options: { policy?: LoadedPolicy; key: Buffer; keyId: string }): Engine {
  return new Engine(compilePolicy(options.policy ?? defaultPolicy()), new Tokenizer(options.key, options.keyId));
}
