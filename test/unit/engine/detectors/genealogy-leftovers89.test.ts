import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

const engine = testEngine();

function masked(text: string): string {
  return engine.maskText(text).value;
}

// Leftovers of red-team round 89 (stop 44). Names, logins and dates made up for these tests; none
// is one of the round 89 or left89 corpora's.
describe('lab_tech_login', () => {
  it("masks a technician's or an analyst's login in a lab line", () => {
    for (const [text, login] of [
      ['2026-01-12T08:10:44Z LIMS INFO sample=S-771 well=D11 tech=kolawole', 'kolawole'],
      ['RESULT accession=A-2231 analyst=mfenwick operator=r.santangelo status=PASS', 'mfenwick'],
      ['RESULT accession=A-2231 analyst=mfenwick operator=r.santangelo status=PASS', 'r.santangelo'],
      ['rack 4 tube 12 re-queued by tech bdanforth after a barcode misread', 'bdanforth'],
    ] as const)
      expect(masked(text), text).not.toContain(login);
  });

  it('keeps robots, service accounts, placeholders, network technologies and lines of no lab', () => {
    for (const text of [
      'LIMS INFO sample=S-772 tech=TECAN-EVO-01 status=DONE',
      'LIMS INFO sample=S-773 tech=svc-lims status=DONE',
      'LIMS INFO sample=S-774 tech=none analyst=tbd status=HOLD',
      'cell sample=S-775 tech=lte band=7',
      'radio survey tech=ebarnett site=77',
    ])
      expect(masked(text), text).toBe(text);
  });
});

describe('gedcomx_birth_date', () => {
  it("masks a Birth fact's original and formal date in GEDCOM X XML; keeps a Death fact's", () => {
    const xml =
      '<gx:fact type="http://gedcomx.org/Birth"><gx:date><gx:original>5 March 1993</gx:original><gx:formal>+1993-03-05</gx:formal></gx:date></gx:fact><gx:fact type="http://gedcomx.org/Death"><gx:date><gx:original>2 May 1934</gx:original></gx:date></gx:fact>';
    const out = masked(xml);
    expect(out).not.toContain('5 March 1993');
    expect(out).not.toContain('+1993-03-05');
    expect(out).toContain('2 May 1934');
  });
});

describe('nordic_birth_abbreviation and nordic_birth_name', () => {
  it('masks the date and the name around `f.`', () => {
    for (const [text, name, date] of [
      ['Efterkommer: Ingeborg Lykke f. 23.09.1986, bor i Odense', 'Ingeborg Lykke', '23.09.1986'],
      ['etterkommer Sigurd Haugland f. 1981-02-14 (levende)', 'Sigurd Haugland', '1981-02-14'],
      ['Levande: Maja Forsberg f. 7 juni 1990 i Luleå', 'Maja Forsberg', '7 juni 1990'],
    ] as const) {
      const out = masked(text);
      expect(out, text).not.toContain(name);
      expect(out, text).not.toContain(date);
    }
  });

  it('keeps page references, `f.d.`, a year alone and a date that is no birth', () => {
    for (const text of [
      'Källa: Husförhörslängd AI:12 (1851-1855), s. 44 f.; se även s. 47 f.',
      'f.d. klockare vid Vor Frue 1861 f. Kr.',
      'Rapport f. 2025-11-30 godkänd',
    ])
      expect(masked(text), text).toBe(text);
  });
});

describe('census_line_name', () => {
  it('masks a lower-case surname-first name before a relationship', () => {
    for (const [text, name] of [
      ['ed 31-88 sheet 7b line 12: ferreira, lucinda m  wife  w  f  29  portugal', 'ferreira, lucinda m'],
      ['line 40: abernathy-cole, rupert  son  w  m  1  kansas', 'abernathy-cole, rupert'],
    ] as const)
      expect(masked(text), text).not.toContain(name);
  });

  it('keeps lines without a relationship and compiler lines', () => {
    for (const text of ['ed 31-88 sheet 7b line 13: vacant, no one home  (revisit)', 'error at line 12: unexpected token, expected ; son'])
      expect(masked(text), text).toBe(text);
  });
});

describe('street_line_lower_town', () => {
  it('masks a lower-case street of a prose street word before a town and a postcode', () => {
    for (const [text, street] of [
      ['record still lists 2210 quail hollow, meridian id 83642 as current', '2210 quail hollow'],
      ['old addr 14 kestrel close,\nyork yo10 4dd per broker', '14 kestrel close'],
      ['please remove 903 sandpiper bend, round rock tx 78664 from the listing', '903 sandpiper bend'],
    ] as const)
      expect(masked(text), text).not.toContain(street);
  });

  it('keeps counts before words of prose', () => {
    for (const text of ['the 2 doors close, then the alarm resets', 'we took 3 wrong turns at the bend, then 4 more'])
      expect(masked(text), text).toBe(text);
  });
});
