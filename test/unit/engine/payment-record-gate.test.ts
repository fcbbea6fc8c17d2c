import { describe, expect, it } from 'vitest';
import { corpusTexts, readerSpans } from '../../helpers/corpus-texts.js';
import { TextScan } from '../../../src/engine/detect/types.js';
import { mayHoldPaymentRecord, paymentRecordSpans } from '../../../src/engine/structure/payment-records.js';
import { REDTEAM33_CORPUS } from './fixtures/redteam33-corpus.js';

/**
 * The payment-record gate (stop 32) asks for a numeric text and the digit runs a layout needs
 * before it searches for two blanks: it must let through every text the reader finds a record in,
 * and stop prose and ids that hold digits but no such run.
 */
const spansOf = (text: string) => readerSpans(paymentRecordSpans, text);

const textsOf = corpusTexts;

describe('mayHoldPaymentRecord', () => {
  it('lets through every corpus text in which the reader finds a record', () => {
    let found = 0;
    for (const c of REDTEAM33_CORPUS) {
      for (const text of textsOf(c.input)) {
        if (spansOf(text).length === 0) continue;
        found++;
        expect(mayHoldPaymentRecord(new TextScan(text)), text.slice(0, 80)).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('lets through one record of each layout quoted in a log line', () => {
    const nacha = '622091000019123456789        0000125000536904399      MARISOL DELGADO         0091000010000001';
    const bai2 = '03,4839201756,USD,010,125000,,/';
    const efw2 = `RW536904399Marisol        Ann            Delgado             ${' '.repeat(4)}12 Elm St`;
    for (const t of [`line 7: invalid record: ${nacha}`, bai2, `upload ok\n${bai2}`, `rejected: ${efw2}`]) {
      expect(mayHoldPaymentRecord(new TextScan(t)), t).toBe(true);
    }
  });

  it('stops texts without a run a layout needs, or without blank padding', () => {
    for (const t of [
      // prose with digits and double blanks, no run of 9+ digits
      'Please  review the 3 invoices from  2026-11-05 and reply by Friday, order A12 is  late.',
      // a 7-digit run (numeric) but no run of 9 or more
      'Call the desk  at 555-0134 or 415 555 0134, ticket  4471234 is open and waiting.   ',
      // a run of 12 digits but no double blank (a JSON value with an epoch-millisecond time stamp)
      'event at 1733332000123 from host web-01 in region eu-west-1 completed with status ok',
      // a TIN-like run after letters, no blanks in a row
      'user RW536904399 logged in from the office network and opened the payroll dashboard',
      // a BAI2-looking line not at a line's start
      'totals 03,4839201756,USD,010,125000 were posted to the ledger for the current day',
    ]) {
      expect(mayHoldPaymentRecord(new TextScan(t)), t).toBe(false);
    }
  });
});
