export type { Evidence, Finding } from '../core/evidence.js';
export { createEngine, defaultPolicy, type LoadedPolicy } from './create.js';
export { Engine, type MaskOutcome, type TextOutcome } from './engine.js';
// Loads the policy schema (zod): a start-up path that must stay without it imports ./create.js.
export { loadPolicyFile, policyFromText } from './policy/load.js';
