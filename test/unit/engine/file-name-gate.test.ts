import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameView, mayHoldFileName } from '../../../src/engine/structure/file-names.js';

/**
 * The glued-file-name gate (stop 34) reads the extension at each dot instead of leaving it to
 * fileNameView's regex: it must let through every text fileNameView finds a file name in, and stop
 * texts whose dots end no document extension (versions, host names, sentences, e-mail addresses).
 */
describe('mayHoldFileName', () => {
  it('lets through every generated text the gate before it did in which fileNameView finds a file name', () => {
    const piece = fc.constantFrom(
      '.',
      '..',
      '.pdf',
      '.PDF',
      '.Jpeg',
      '.jpg',
      '.tif',
      '.tiff',
      '.tiffx',
      '.docx',
      '.doc1',
      '.eml',
      '.emlx',
      '.pd',
      '.com',
      '.io',
      '.5',
      'é',
      '_',
      '-',
      '%20',
      '%2',
      ' ',
      '/',
      '"',
      '?',
      'scan',
      'Anna',
      'Nowak',
      '2025',
      'x',
      'ſ',
      'ı',
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const t = parts.join('');
        // The gate before stop 34: a dot after the start and a glue.
        const before = t.indexOf('.') > 0 && (t.includes('_') || t.includes('-') || t.includes('%20'));
        if (mayHoldFileName(t)) expect(before, JSON.stringify(t)).toBe(true);
        if (!before || fileNameView(t) === undefined) return;
        found++;
        expect(mayHoldFileName(t), JSON.stringify(t)).toBe(true);
      }),
      { seed: 20261206, numRuns: 20000 },
    );
    expect(found).toBeGreaterThan(500);
  });

  it('lets through glued names with any extension case; stops texts without an extension', () => {
    for (const t of ['uploads/passport_Anna_Nowak.PDF', 'W2_2025.pdf?x=1', 'scan%20Jan%20Kowal.jpeg', 'a-b.TIFF', 'x_y.docx"']) {
      expect(mayHoldFileName(t), t).toBe(true);
    }
    for (const t of [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0',
      'user_created for jane.doe@example.com',
      'node-1.eu-west-1.compute.internal',
      'see the report_final. Then re-run it.',
      'passport_Anna_Nowak.pdfx',
      'scan_01.pd',
      '.pdf_a',
    ]) {
      expect(mayHoldFileName(t), t).toBe(false);
    }
  });
});
