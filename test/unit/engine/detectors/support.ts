import { expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../../src/engine/index.js';

/** One engine with the built-in policy for all detector tests (a fixed test key). */
export const engine: Engine = createEngine({ key: Buffer.alloc(32, 42), keyId: 'k-test' });

/** Detector ids that fired on `text` as free text. */
export function firedOn(text: string): string[] {
  return engine.maskText(text).findings.map((f) => f.detector);
}

/**
 * Table tests for one detector: every positive must be reported by `id` and must not survive in
 * the output; every negative must not be reported by `id`.
 */
export function detectorCases(id: string, positives: readonly [text: string, secret: string][], negatives: readonly string[]): void {
  for (const [text, secret] of positives) {
    it(`${id} finds ${JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text)}`, () => {
      const out = engine.maskText(text);
      expect(out.findings.map((f) => f.detector)).toContain(id);
      expect(out.value).not.toContain(secret);
    });
  }
  for (const text of negatives) {
    it(`${id} leaves ${JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text)}`, () => {
      expect(firedOn(text)).not.toContain(id);
    });
  }
}
