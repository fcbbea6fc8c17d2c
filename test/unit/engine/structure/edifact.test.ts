import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// UN/EDIFACT syntax (ISO 9735): COM communication contact with code list 3155 qualifiers, CTA
// contact information, release character `?`.
const engine = testEngine();
const mask = (s: string) => maskText(engine, s).text;

describe('UN/EDIFACT contacts', () => {
  it('masks COM numbers by qualifier and CTA contact names, released apostrophes included', () => {
    const out = mask(
      "UNH+1+PAYMUL:D:96A:UN'CTA+IC+:Patrick O?'Brien'COM+00442079460321:TE'COM+patrick.obrien@example.co.uk:EM'COM+5215512345678:AL'UNT+5+1'",
    );
    for (const raw of ["Patrick O?'Brien", '00442079460321', 'patrick.obrien@example.co.uk', '5215512345678'])
      expect(out).not.toContain(raw);
    expect(out).toContain('UNH+1+PAYMUL:D:96A:UN');
    expect(out).toContain(':TE');
    expect(out).toContain('UNT+5+1');
  });

  it('keeps a web address contact, GLNs and references', () => {
    const msg = "UNH+1+ORDERS:D:96A:UN'BGM+220+PO-4471+9'NAD+SU+5412345678908::9'COM+www.example.com:AH'UNT+5+1'";
    expect(mask(msg)).toBe(msg);
  });

  it('reads separators from a UNA service string advice (here a segment terminator ~)', () => {
    const out = mask("UNA:+.? ~UNB+UNOC:3+SENDER+RECEIVER~UNH+1+INVOIC:D:01B:UN~CTA+IC+:Patrick O'Brien~COM+0151 23456789:TE~UNT+3+1~");
    expect(out).not.toContain('0151 23456789');
    expect(out).not.toContain("O'Brien");
    expect(out).toContain(':TE~UNT+3+1~');
  });
});
