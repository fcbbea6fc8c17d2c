import { createEngine, defaultPolicy, policyFromText, type Engine } from '../../src/engine/index.js';

/** A fixed test key: tokens in tests and golden files are reproducible. */
export const TEST_KEY = Buffer.from('auditmask-test-key-0123456789abcdef');
export const TEST_KEY_ID = 'k-test';

/** An engine on the built-in policy, or on the given policy YAML. */
export function testEngine(policyYaml?: string): Engine {
  return createEngine({
    policy: policyYaml === undefined ? defaultPolicy() : policyFromText(policyYaml),
    key: TEST_KEY,
    keyId: TEST_KEY_ID,
  });
}

/** Masks one free-text string and returns the masked text and the entity types found, in order. */
export function maskText(engine: Engine, text: string): { text: string; entities: string[] } {
  const { value, findings } = engine.maskText(text);
  return { text: value, entities: findings.flatMap((f) => Array(f.count ?? 1).fill(f.entity) as string[]) };
}
