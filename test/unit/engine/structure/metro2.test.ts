import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// CDIA Metro 2 base segment (426 characters; Credit Reporting Resource Guide field positions).
const engine = testEngine();

/** A base segment with `fields` (1-based column → value) on a blank record of 426 characters. */
function baseSegment(fields: Record<number, string>): string {
  const chars = Array.from({ length: 426 }, () => ' ');
  for (const [column, value] of Object.entries(fields)) {
    for (let i = 0; i < value.length; i++) chars[Number(column) - 1 + i] = value[i]!;
  }
  return chars.join('');
}

const RECORD = baseSegment({
  1: '0426',
  5: '1',
  6: '11302026120000',
  21: 'FURNISH01',
  43: '4417ACCT00092837',
  230: 'OKAFOR',
  255: 'NGOZI',
  296: '666443321',
  305: '07041975',
  313: '6025550177',
  323: '1',
  326: 'US',
  328: '10655 N BIRCH ST',
  392: 'BURBANK',
  412: 'CA',
  414: '91502',
});

describe('Metro 2 base segments', () => {
  it('masks the identity fields of a 426-character base segment by column, and keeps the account data', () => {
    const out = engine.maskText(`furnisher batch line 12: ${RECORD}`).value;
    for (const secret of ['OKAFOR', 'NGOZI', '666443321', '07041975', '6025550177', '10655 N BIRCH ST', 'BURBANK', '91502']) {
      expect(out).not.toContain(secret);
    }
    for (const kept of ['0426111302026120000', 'FURNISH01', '4417ACCT00092837']) expect(out).toContain(kept);
  });

  it('reads a segment rendered with blanks between fields in a text that says BASE', () => {
    const line =
      'upload rejected seg=BASE line=0426 1 20261130120000 0 FURNISH01 OKAFOR NGOZI 666443321 07041975 6025550177 1 US 10655 N BIRCH ST   BURBANK CA91502 err=INVALID_ECOA';
    const out = engine.maskText(line).value;
    for (const secret of ['666443321', '07041975', '6025550177', '10655 N BIRCH ST']) expect(out).not.toContain(secret);
    expect(out).toContain('err=INVALID_ECOA');
  });

  it('leaves 0426 in other text: a date, a count, a record without the time stamp or the segment name', () => {
    for (const kept of [
      `batch 20260426 processed ${'x'.repeat(120)} total 666443321 07041975 6025550177 1 US 10655 N BIRCH ST`,
      `code 0426 ${'y'.repeat(430)}`,
    ]) {
      expect(engine.maskText(kept).findings.map((f) => f.detector)).not.toContain('structure:metro2');
    }
  });
});
