import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../../src/engine/detect/catalog.js';
import { type Span, TextScan, type ValueDetector } from '../../../../src/engine/detect/types.js';
import { regexDetector, regexSpecs } from '../../../../src/engine/detect/values/helpers.js';

/**
 * Detectors with a `run` search find their candidates by probing for long runs of their characters
 * instead of running their pattern at every position. The definition is the pattern run by the
 * plain regexDetector loop; both must give the same spans on any text.
 */
const withRuns = builtinDetectors({ phoneRegions: ['US'] }).filter((d) => regexSpecs.get(d)?.run !== undefined);

function spans(d: ValueDetector, text: string): Span[] {
  const out: Span[] = [];
  d.find(new TextScan(text), out, 7);
  return out;
}

function plain(d: ValueDetector): ValueDetector {
  const { run: _run, ...spec } = regexSpecs.get(d)!;
  return regexDetector({ ...spec, pattern: new RegExp(spec.pattern.source, spec.pattern.flags) });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEPARATORS = [' ', '=', '==', '$', '-', '.', '/', '_', '~', ':', '"', 'é'];
const KEYWORDS = ['api key ', 'aws secret ', 'azure storage ', 'session token '];
const LENGTHS = [1, 5, 15, 16, 17, 39, 40, 41, 85, 86, 87, 99, 100, 101, 255, 256, 257];

describe('run search', () => {
  it('is used by the long-token secret detectors', () => {
    expect(withRuns.map((d) => d.id).sort()).toEqual(['aws_secret_key', 'aws_session_token', 'azure_storage_key', 'generic_secret']);
  });

  for (const d of withRuns) {
    const reference = plain(d);
    describe(d.id, () => {
      it('finds its own example, and what the plain pattern finds in edge cases', () => {
        expect(spans(d, d.example).length).toBeGreaterThan(0);
        const run = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => BASE64[(i * 7 + offset) % 64]).join('');
        const cases = [
          d.example,
          `${d.example} ${d.example}`,
          `${d.example}==${d.example}`,
          `x${d.example}`,
          `$${d.example}`,
          `=${d.example}`,
          ...LENGTHS.map((n) => `api key aws secret azure storage session token ${run(n)}`),
          ...LENGTHS.map((n) => `secret: ${run(n, 3)}== then ${run(n, 5)}=`),
          `token ${run(20)}==${run(20, 9)}`,
          `token ${run(300)}`,
          '',
          'short',
        ];
        for (const text of cases) expect(spans(d, text), text).toEqual(spans(reference, text));
      });

      it('finds what the plain pattern finds on generated text', () => {
        const piece = fc.oneof(
          fc.constantFrom(...SEPARATORS, ...KEYWORDS),
          fc.constantFrom(...LENGTHS).chain((n) => fc.string({ unit: fc.constantFrom(...BASE64), minLength: n, maxLength: n })),
          fc.constantFrom(d.example),
        );
        fc.assert(
          fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
            const text = parts.join('');
            expect(spans(d, text)).toEqual(spans(reference, text));
          }),
          { seed: 20261128, numRuns: 1500 },
        );
      });
    });
  }
});
