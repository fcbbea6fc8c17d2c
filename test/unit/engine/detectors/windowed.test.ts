// windowedDetector (src/engine/detect/values/shared.ts) runs a detector's pattern on a cut of the
// text: a window and MARGIN characters on each side. A match that touches the cut's edge was judged
// on the cut (its look-behind saw the cut, not the real neighbour), so it is run again on the full
// text at the same place. Before, such a match was dropped: ` rssMRA85T10A562S` (a codice fiscale
// whose first three letters are lower case, which the pattern accepts) was missed while
// `rssMRA85T10A562S` at the very start of a string was found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Span, TextScan, type ValueDetector } from '../../../../src/engine/detect/types.js';
import { imei, vin } from '../../../../src/engine/detect/values/devices.js';
import { beNationalNumber, chAhv, fiHetu } from '../../../../src/engine/detect/values/ids-europe.js';
import {
  arCuit,
  clRut,
  cnResidentId,
  mxCurp,
  mxRfc,
  thId,
  twId,
  ukDrivingLicence,
  usMbi,
} from '../../../../src/engine/detect/values/ids-world.js';
import {
  brCnpj,
  brCpf,
  esNie,
  esNif,
  inPan,
  itFiscalCode,
  krRrn,
  sgNric,
  ukNino,
} from '../../../../src/engine/detect/values/national-ids.js';
import { upperWindows } from '../../../../src/engine/detect/values/shared.js';
import { usItin } from '../../../../src/engine/detect/values/us-ids.js';
import { detectorCases } from './support.js';

const WINDOWED: ValueDetector[] = [
  vin,
  imei,
  fiHetu,
  beNationalNumber,
  chAhv,
  ukNino,
  inPan,
  esNif,
  esNie,
  itFiscalCode,
  brCpf,
  brCnpj,
  sgNric,
  krRrn,
  mxCurp,
  mxRfc,
  arCuit,
  clRut,
  cnResidentId,
  twId,
  thId,
  usMbi,
  ukDrivingLicence,
  usItin,
];

/** What `detector` reports on `text`, run directly (its prefilter asked first, as the engine does). */
function spans(detector: ValueDetector, text: string): Span[] {
  const scan = new TextScan(text);
  if (!detector.prefilter(scan)) return [];
  const out: Span[] = [];
  detector.find(scan, out, 0);
  return out;
}

describe('windowedDetector: a match at a cut edge', () => {
  it('the codice fiscale case stands exactly on the edge (the window starts three letters into it)', () => {
    const text = ' rssMRA85T10A562S';
    const [w] = upperWindows(new TextScan(text));
    expect(w?.start).toBe(4); // `MRA85T10A562S`: the lower-case letters are not in an upper-case window
    expect(spans(itFiscalCode, text)).toEqual([
      expect.objectContaining({ start: w!.start - 3, end: text.length, normalized: 'RSSMRA85T10A562S' }),
    ]);
  });

  it('finds the code whatever stands before it, as long as no word character is glued to it', () => {
    for (const before of ['', ' ', '  ', 'cf ', 'cf: ', 'codice fiscale: ', '"', '(', '\n', 'a, ']) {
      const text = `${before}rssMRA85T10A562S`;
      expect(spans(itFiscalCode, text), JSON.stringify(text)).toEqual([
        expect.objectContaining({ start: before.length, end: text.length }),
      ]);
    }
  });

  it('rechecks with the real neighbours: glued to a longer word or number, the code is not one', () => {
    for (const text of [
      'xrssMRA85T10A562S',
      'cf: xrssMRA85T10A562S',
      'cf: 9rssMRA85T10A562S',
      'cf: _rssMRA85T10A562S',
      'cf: -rssMRA85T10A562S',
      'cf: rssMRA85T10A562S9',
      'cf: rssMRA85T10A562Sx',
      'rfc: xAB&851223XY1',
      'rfc: AB&851223XY1Z',
    ])
      expect(spans(itFiscalCode, text).concat(spans(mxRfc, text)), JSON.stringify(text)).toEqual([]);
  });

  // A run of spaces before a string changes where the windows are cut (a window closer to the start
  // than MARGIN is cut at 0), never what is found: before the recheck, one more leading space
  // could hide a code.
  it('reports the same spans, shifted, with spaces before the text (every windowed detector)', () => {
    const examples = WINDOWED.map((d) => d.example).filter((e): e is string => typeof e === 'string');
    const piece = fc.oneof(
      fc.constantFrom(...examples),
      fc.constantFrom(...examples).map((e) => e.slice(0, 3).toLowerCase() + e.slice(3)),
      fc.constantFrom('rss', 'ab', 'x', 'AB&', '&', '+', '-', ' ', ': ', '9', '12', 'cf ', 'rfc ', 'hetu ', 'cpf ', 'nie ', '_'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 5 }).map((xs) => xs.join('')),
        fc.integer({ min: 1, max: 4 }),
        (text, k) => {
          const pad = ' '.repeat(k);
          for (const d of WINDOWED) {
            const alone = spans(d, text).map((s) => [s.start + k, s.end + k, s.normalized]);
            const padded = spans(d, pad + text).map((s) => [s.start, s.end, s.normalized]);
            expect(padded, `${d.id} on ${JSON.stringify(text)}`).toEqual(alone);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('it_fiscal_code / mx_rfc at a cut edge (in the engine)', () => {
  detectorCases(
    'it_fiscal_code',
    [
      ['cf: rssMRA85T10A562S', 'rssMRA85T10A562S'],
      ['codice fiscale rssMRA85T10A562S ok', 'rssMRA85T10A562S'],
    ],
    ['cf: xrssMRA85T10A562S', 'cf: rssMRA85T10A562S9'],
  );
  // A company RFC (three characters, `&` allowed) whose `&` ends the letters: the upper-case window
  // starts at the digits, three characters after the code's start.
  detectorCases('mx_rfc', [['rfc: AB&851223XY1', 'AB&851223XY1']], ['rfc: xAB&851223XY1', 'rfc: AB&851223XY19']);
});
