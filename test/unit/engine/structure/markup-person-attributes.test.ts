import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/markup-person-attributes.ts through kv.ts: a bare `name` attribute beside a person
 * field of the same element, and a relation line (`S/O`, `D/O`, `W/O`) under any attribute, are
 * PERSON; a `name` among attributes that say nothing of a person stays.
 */
const engine = testEngine();

describe('person attributes of a markup element', () => {
  const positives: [string, string, string][] = [
    [
      'Aadhaar e-KYC Poi name beside dob',
      '<UidData uid="999941057058"><Poi name="Lakshmi Narayanan" dob="02-11-1987" gender="F"/></UidData>',
      'Lakshmi Narayanan',
    ],
    ['Poa co with a son-of line', '<Poa co="S/O: Venkatesh R" house="4/12" vtc="Madurai"/>', 'Venkatesh R'],
    ['daughter-of line without a colon', "<Poa co='D/O Anjali Mehra' pc='110001'/>", 'Anjali Mehra'],
    ['name beside a passport attribute, single quotes', "<holder name='Oyelaran Adebayo' passport='A12345678'/>", 'Oyelaran Adebayo'],
  ];
  for (const [label, text, name] of positives) {
    it(`masks the name: ${label}`, () => {
      const out = engine.maskText(text);
      expect(out.value).not.toContain(name);
      expect(out.findings.some((f) => f.entity === 'PERSON')).toBe(true);
    });
  }

  const negatives: [string, string, string][] = [
    ['a package name beside a date', '<package name="left-pad" version="1.3.0" released="2020-01-01"/>', 'left-pad'],
    ['a host name beside a phone: not a person-shaped name', '<server name="db-01" phone="+1 415 555 0100"/>', 'db-01'],
    ['a name beside a birth date in another element', '<a dob="02-11-1987"/><b name="nightly build"/>', 'nightly build'],
    ['a path with s/o inside a value', '<link rel="s/opt" href="/x"/>', 's/opt'],
  ];
  for (const [label, text, kept] of negatives) {
    it(`keeps the value: ${label}`, () => {
      expect(engine.maskText(text).value).toContain(kept);
    });
  }
});
