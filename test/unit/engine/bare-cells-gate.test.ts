import { describe, expect, it } from 'vitest';
import { corpusTexts, readerSpans } from '../../helpers/corpus-texts.js';
import { TextScan } from '../../../src/engine/detect/types.js';
import { bareCellSpans, mayHoldBareCells } from '../../../src/engine/structure/bare-cells.js';
import { PUBLIC_CORPUS } from './fixtures/public-corpus.js';
import { REDTEAM30_CORPUS } from './fixtures/redteam30-corpus.js';
import { REDTEAM31_CORPUS } from './fixtures/redteam31-corpus.js';
import { REDTEAM32_CORPUS } from './fixtures/redteam32-corpus.js';
import { REDTEAM33_CORPUS } from './fixtures/redteam33-corpus.js';
import { REDTEAM34_CORPUS } from './fixtures/redteam34-corpus.js';
import { REDTEAM35_CORPUS } from './fixtures/redteam35-corpus.js';
import { REDTEAM36_CORPUS } from './fixtures/redteam36-corpus.js';
import { REDTEAM37_CORPUS } from './fixtures/redteam37-corpus.js';
import { REDTEAM38_CORPUS } from './fixtures/redteam38-corpus.js';
import { REDTEAM39_CORPUS } from './fixtures/redteam39-corpus.js';
import { REDTEAM40_CORPUS } from './fixtures/redteam40-corpus.js';
import { REDTEAM41_CORPUS } from './fixtures/redteam41-corpus.js';
import { REDTEAM42_CORPUS } from './fixtures/redteam42-corpus.js';
import { REDTEAM43_CORPUS } from './fixtures/redteam43-corpus.js';
import { REDTEAM44_CORPUS } from './fixtures/redteam44-corpus.js';

/**
 * The bare-cells gate (stop 34): a text with an `@` but no run of 9 digits reaches the reader only
 * with a separator three times (a row of 4 cells or more), `@1=` or a fixed-width line's blanks;
 * a log line with an e-mail and a comma or two does not. The gate must let through every text the
 * reader (run here without it) finds a cell in, among the texts the gate was made for: those with a
 * run of 9 digits or an `@`. The reader's rules assume that gate (a row proved by a UK postcode cell
 * and a birth date, red-team round 44, is read only when the row also holds one of them); a text
 * with neither never reaches it, before stop 34's cut or after.
 */
const spansOf = (text: string) => readerSpans(bareCellSpans, text);

const textsOf = corpusTexts;

const CORPORA: readonly (readonly { input: unknown }[])[] = [
  PUBLIC_CORPUS,
  REDTEAM30_CORPUS,
  REDTEAM31_CORPUS,
  REDTEAM32_CORPUS,
  REDTEAM33_CORPUS,
  REDTEAM34_CORPUS,
  REDTEAM35_CORPUS,
  REDTEAM36_CORPUS,
  REDTEAM37_CORPUS,
  REDTEAM38_CORPUS,
  REDTEAM39_CORPUS,
  REDTEAM40_CORPUS,
  REDTEAM41_CORPUS,
  REDTEAM42_CORPUS,
  REDTEAM43_CORPUS,
  REDTEAM44_CORPUS,
];

describe('mayHoldBareCells', () => {
  it('lets through every corpus text in which the reader finds a cell, with or without its digits', () => {
    let found = 0;
    let withAt = 0;
    for (const corpus of CORPORA) {
      for (const c of corpus) {
        for (const text of textsOf(c.input)) {
          if (text.length < 20) continue;
          const scan = new TextScan(text);
          if (scan.digitRun < 9 && !text.includes('@')) continue;
          if (spansOf(text).length === 0) continue;
          found++;
          if (scan.digitRun < 9) withAt++;
          expect(mayHoldBareCells(new TextScan(text)), text.slice(0, 80)).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(withAt).toBeGreaterThan(0);
  });

  it('lets through rows with an e-mail and no 9-digit run', () => {
    for (const t of [
      'jdoe42,Jane,Doe,jane.doe@example.edu,student,2026',
      'Jane;Doe;jane.doe@example.edu;020 7946 0958',
      'Jane\tDoe\tjane.doe@example.edu\t123-45-6789',
      'x | Jane | Doe | jane.doe@example.edu',
      "insert into users values ('Jane', 'Doe', 'jane.doe@example.edu', 'x')",
      '###   @1=7 @2=jane@example.edu',
      'DOE       JANE      jane@example.edu 123-45-6789',
    ]) {
      expect(mayHoldBareCells(new TextScan(t)), t).toBe(true);
    }
  });

  it('stops log lines with an e-mail and fewer than three of a separator', () => {
    for (const t of [
      'Password reset link sent to jane.doe@example.com, expires in 30 minutes',
      'User jane.doe@example.com logged in from Chrome on macOS, session started',
      'Invitation from bob.smith@example.org to jane@example.com, role: editor',
      'From: "Jane Doe" <jane.doe@example.com>; To: team@example.org; Subject: weekly report',
      "SELECT id, email, name FROM customers WHERE email = 'jane.smith89@example.io' LIMIT 19",
    ]) {
      expect(mayHoldBareCells(new TextScan(t)), t).toBe(false);
    }
  });
});
