import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../../src/engine/detect/catalog.js';
import { regexSpecs } from '../../../../src/engine/detect/values/helpers.js';

/**
 * Two patterns written `\d(?<![\w.]\d)…` instead of `(?<![\w.])\d…` (stop 30): led by a digit
 * rather than a look-behind, V8's regex search skips ahead to candidates. With the digit matched
 * first, the look-behind over it and the character before says the same as the look-behind at the
 * match's start, so both forms match the same text at the same places. The forms they had before
 * are kept here as the definition.
 */
const BEFORE: Record<string, RegExp> = {
  ipv4: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g,
  credit_card_dotted: /(?<![\w.])(?:\d{4}\.\d{4}\.\d{4}\.\d{1,7}|\d{4}\.\d{6}\.\d{4,5})(?![\w]|\.\d)/g,
};

/** Every match from every start, as the detectors' loop retries after a rejected candidate. */
function matches(pattern: RegExp, text: string): string[] {
  const re = new RegExp(pattern.source, pattern.flags);
  const found: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(`${m.index}:${m[0]}`);
    re.lastIndex = m.index + 1;
  }
  return found;
}

const detectors = builtinDetectors({ phoneRegions: ['US'] });

describe('digit-led patterns', () => {
  for (const [id, before] of Object.entries(BEFORE)) {
    const pattern = regexSpecs.get(detectors.find((d) => d.id === id)!)!.pattern;
    describe(id, () => {
      it('is written digit first', () => {
        expect(pattern.source.startsWith('\\d(?<!')).toBe(true);
      });

      it('matches what the look-behind-first form matches', () => {
        for (const text of [
          '203.0.113.42',
          'host 10.0.0.1, peer 192.168.1.20.',
          'v1.2.3.4 and a1.2.3.4 and .1.2.3.4 and _1.2.3.4',
          'card 4111.1111.1111.1111 and 3782.822463.10005 x4111.1111.1111.1111',
          '1.2.3.4.5 1234.5678.9012.3456.7 12345.6789.0123.4567',
          '',
          '9',
        ]) {
          expect(matches(pattern, text)).toEqual(matches(before, text));
        }
      });

      it('matches what the look-behind-first form matches on any text of digits, dots and neighbours', () => {
        const piece = fc.constantFrom('1', '4', '0', '255', '1234', '111111', '.', '.', ' ', 'a', '_', '-', ':', 'é');
        fc.assert(
          fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
            const text = pieces.join('');
            expect(matches(pattern, text)).toEqual(matches(before, text));
          }),
          { numRuns: 2000 },
        );
      });
    });
  }
});
