import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 79: phones after `Phone Number:` (Jotform's `pretty`), after a JSON escape of a
 * tab or a line break, after Portuguese `liguem`; Playwright's `pw:api@N` step ids (no password);
 * names after Portuguese `meu nome é`; key names of HTML autofill and of other languages. Values
 * differ from the corpus's.
 */
const engine = testEngine();
const masked = (text: string) => engine.maskText(text).value;
const maskedValue = (value: unknown) => JSON.stringify(engine.maskValue(structuredClone(value)).value);

describe('phones of form summaries and escaped strings', () => {
  it('masks a number glued after Phone Number:', () => {
    expect(masked('Full Name:Jo Ruiz, Phone Number:613-555-0178, Address:…')).not.toContain('613-555-0178');
  });
  it('masks a number glued after Mobile Number:', () => {
    expect(masked('E-mail:x@example.org, Mobile Number:(312) 555-0176, Source:Ads')).not.toContain('(312) 555-0176');
  });
  it('masks a number after an escaped tab or line break', () => {
    expect(masked('input={"action":"type","text":"Ana Cruz\\t(312) 555-0176\\n"}')).not.toContain('(312) 555-0176');
  });
  it('masks a Brazilian number after liguem', () => {
    expect(masked('Por favor liguem para (21) 98765-4321 amanhã.')).not.toContain('98765-4321');
  });
  it('keeps order numbers, dates and counts', () => {
    const text = 'Order Number:506-234-5678, build\\t2024-01-15\\n rows\\n1234567\\n';
    const out = masked(text);
    expect(out).toContain('Order Number:506-234-5678');
    expect(out).toContain('2024-01-15');
    expect(out).toContain('1234567');
  });
});

describe("Playwright's step ids after pw:", () => {
  it('keeps stepId pw:api@N and pw:hook@N', () => {
    const out = masked('{"type":"before","callId":"call@9","stepId":"pw:api@12"} {"stepId":"pw:hook@3"}');
    expect(out).toContain('pw:api@12');
    expect(out).toContain('pw:hook@3');
  });
  it('still masks a password after pw:', () => {
    expect(masked('wifi pw:Heron-Lagoon-7731')).not.toContain('Heron-Lagoon-7731');
  });
});

describe('names after meu nome é', () => {
  it('masks the name', () => {
    expect(masked('Olá. Meu nome é Benedita Carvalhais Prado, preciso de ajuda.')).not.toContain('Benedita Carvalhais Prado');
  });
  it('keeps a café', () => {
    expect(masked('Encontro no café Central às 10h')).toContain('Central');
  });
});

describe('key names: HTML autofill tokens and other languages', () => {
  it('masks cc-name, cc-csc, bday, Rekeninghouder, Kontoinhaber', () => {
    const out = maskedValue({
      'cc-name': 'Isidora Lantz',
      'cc-csc': '737',
      bday: '1979-11-30',
      Rekeninghouder: 'Pieter de Wilde',
      Kontoinhaber: 'Hannelore Specht',
    });
    for (const v of ['Isidora Lantz', '737', '1979-11-30', 'Pieter de Wilde', 'Hannelore Specht']) {
      expect(out).not.toContain(v);
    }
  });
  it('keeps a platform flag under mobil and a mobility value', () => {
    const out = maskedValue({ mobil: 'ios', mobility: 'remote' });
    expect(out).toContain('ios');
    expect(out).toContain('remote');
  });
});
