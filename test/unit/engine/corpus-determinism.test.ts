import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';
import { PUBLIC_CORPUS } from './fixtures/public-corpus.js';
import { REDTEAM_CORPUS } from './fixtures/redteam-corpus.js';
import { REDTEAM2_CORPUS } from './fixtures/redteam2-corpus.js';
import { REDTEAM3_CORPUS } from './fixtures/redteam3-corpus.js';
import { REDTEAM4_CORPUS } from './fixtures/redteam4-corpus.js';
import { REDTEAM5_CORPUS } from './fixtures/redteam5-corpus.js';
import { REDTEAM6_CORPUS } from './fixtures/redteam6-corpus.js';
import { REDTEAM7_CORPUS } from './fixtures/redteam7-corpus.js';
import { REDTEAM8_CORPUS } from './fixtures/redteam8-corpus.js';
import { REDTEAM9_CORPUS } from './fixtures/redteam9-corpus.js';
import { REDTEAM10_CORPUS } from './fixtures/redteam10-corpus.js';
import { REDTEAM11_CORPUS } from './fixtures/redteam11-corpus.js';
import { REDTEAM12_CORPUS } from './fixtures/redteam12-corpus.js';
import type { Engine } from '../../../src/engine/engine.js';

/**
 * An engine keeps state from record to record (the scan memo, the token cache, the record-wide
 * copies, the pending secret-command output); none of it may change a record's masking. Every
 * corpus record is masked by one engine after all the others (twice over) and by a fresh engine,
 * on both walks (the JSON text and the decoded value); the outputs and findings must be equal.
 */
const CASES: readonly { input: unknown }[] = [
  PUBLIC_CORPUS,
  REDTEAM_CORPUS,
  REDTEAM2_CORPUS,
  REDTEAM3_CORPUS,
  REDTEAM4_CORPUS,
  REDTEAM5_CORPUS,
  REDTEAM6_CORPUS,
  REDTEAM7_CORPUS,
  REDTEAM8_CORPUS,
  REDTEAM9_CORPUS,
  REDTEAM10_CORPUS,
  REDTEAM11_CORPUS,
  REDTEAM12_CORPUS,
].flat();

function viaText(engine: Engine, input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(engine.maskText(input));
  const outcome = engine.maskJsonText(JSON.stringify(input));
  return outcome === undefined ? 'unparsed' : `${outcome.render('{}')} ${JSON.stringify(outcome.findings)}`;
}

function viaValue(engine: Engine, input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(engine.maskText(input));
  return JSON.stringify(engine.maskValue(structuredClone(input)));
}

describe('a record is masked the same whatever the engine masked before', () => {
  for (const [walk, mask] of [
    ['JSON text', viaText],
    ['decoded value', viaValue],
  ] as const) {
    it(`on the ${walk} walk, over ${CASES.length} corpus records`, () => {
      const warm = testEngine();
      const first = CASES.map((c) => mask(warm, c.input));
      const again = CASES.map((c) => mask(warm, c.input));
      const differ: number[] = [];
      CASES.forEach((c, i) => {
        const fresh = mask(testEngine(), c.input);
        if (fresh !== first[i] || fresh !== again[i]) differ.push(i);
      });
      expect(differ).toEqual([]);
    }, 120_000);
  }
});
