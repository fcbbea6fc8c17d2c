import { describe, expect, it } from 'vitest';
import { crossesJoinedBreak, mayHoldWrappedNumber, wrappedLinesView } from '../../../../src/engine/structure/wrapped-lines.js';
import { testEngine } from '../../../helpers/engine.js';

const engine = testEngine();

function masked(text: string): string {
  return engine.maskText(text).value;
}

describe('wrappedLinesView', () => {
  it('joins a break inside a number: a blank between digits, nothing after a separator or a soft break', () => {
    expect(wrappedLinesView('call 06 12 34\n56 78 please')?.text).toBe('call 06 12 34 56 78 please');
    expect(wrappedLinesView('ssn 536-\n90-4399')?.text).toBe('ssn 536-90-4399');
    expect(wrappedLinesView('card 6011 1111\r\n   1111 1117')?.text).toBe('card 6011 1111 1111 1117');
    expect(wrappedLinesView('tel 612 34 5=\n6 78')?.text).toBe('tel 612 34 56 78');
    expect(wrappedLinesView('{"n":"5555 5555\\n5555 4444"}')?.text).toBe('{"n":"5555 5555 5555 4444"}');
    expect(wrappedLinesView('{"n":"5555 5555\\r\\n5555 4444"}')?.text).toBe('{"n":"5555 5555 5555 4444"}');
  });

  it('leaves other breaks alone', () => {
    expect(wrappedLinesView('Release Notes\nVersion 3')).toBeUndefined();
    expect(wrappedLinesView('total: 12\n- next item')).toBeUndefined();
    expect(mayHoldWrappedNumber('a line\nanother line')).toBe(false);
    expect(mayHoldWrappedNumber('qty 12\nnext')).toBe(true);
  });

  it('maps the joined break back onto the original', () => {
    const view = wrappedLinesView('ssn 536-\n90-4399')!;
    expect(view.breaks).toEqual([8, 9]);
    expect(crossesJoinedBreak(view, 4, 16)).toBe(true);
    expect(crossesJoinedBreak(view, 9, 16)).toBe(false);
  });
});

describe('numbers cut by a line break, in the engine', () => {
  // libphonenumber example numbers (FR, NL, ES mobiles), python-stdnum us.ssn 536-90-4399,
  // Discover / Mastercard test cards, the ECB example FR IBAN.
  it('masks a phone, an SSN, a card and an IBAN across the break', () => {
    for (const [text, value] of [
      ['rappeler au 06 12 34\n56 78 demain', '56 78'],
      ['mobiel 06 1234\r\n5678, bellen na 5', '5678,'],
      ['W-2 for ssn 536-\n90-4399 corrected', '90-4399'],
      ['refund to card 6011 1111 1111\n1117 today', '1117 today'],
      ['{"memo":"pay 5555 5555\\n5555 4444 now"}', '5555 4444'],
      ['m\u00f3vil 612 34 5=\n6 78 por la tarde', '6 78'],
    ] as const) {
      expect(masked(text)).not.toContain(value);
    }
  });

  it('keeps two numbers on two lines: an id and a count, a date and an amount, table rows, list items', () => {
    for (const text of [
      'ticket 4471\n12 attachments',
      'Due 2024-03-01\n1250.00 EUR',
      'PORT  CONNS\n8080  201\n5550  123',
      '1. restart 555\n2. wait 0123 s',
      'build 20240603.14\nversion 4.12.0',
      'order 300218\nqty 3\nsku 7741-22',
      'commit 9fceb02d\n2 files changed',
    ]) {
      expect(masked(text)).toBe(text);
    }
  });
});
