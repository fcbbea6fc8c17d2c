import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * entity_joined_iban (values/wrapped-card.ts): an IBAN whose groups an HTML editor joined with
 * `&nbsp;` or `&#160;`. IBAN registry / ISO 13616 examples (GB82 WEST 1234 5698 7654 32, FR14 2004
 * 1010 0505 0001 3M02 606, PL61 1090 1014 0000 0712 1981 2874, NO93 8601 1117 947, SE45 5000 0000
 * 0583 9825 7466); the look-alikes fail the check or are no IBAN.
 */
const engine = testEngine();

describe('entity_joined_iban', () => {
  for (const v of [
    'GB82&nbsp;WEST&nbsp;1234&nbsp;5698&nbsp;7654&nbsp;32',
    'FR14&#160;2004&#160;1010&#160;0505&#160;0001&#160;3M02&#160;606',
    'PL61&nbsp;1090&nbsp;1014&nbsp;0000&nbsp;0712&nbsp;1981&nbsp;2874',
    'NO93&nbsp;8601&nbsp;1117&nbsp;947',
    'SE45&#160;5000&#160;0000&#160;0583&#160;9825&#160;7466',
  ]) {
    it(`masks ${v.slice(0, 14)}… in a rich-text body`, () => {
      const { text, entities } = maskText(engine, `<p>Konto:&nbsp;${v}</p>`);
      expect(text).not.toContain(v);
      expect(entities).toContain('IBAN');
    });
  }
  for (const v of [
    'GB83&nbsp;WEST&nbsp;1234&nbsp;5698&nbsp;7654&nbsp;32',
    'DE00&nbsp;1234&nbsp;5678&nbsp;9012&nbsp;3456&nbsp;78',
    'INV&nbsp;2026&nbsp;0042&nbsp;7781',
    '1&nbsp;250&nbsp;000,00&nbsp;EUR',
    'ISO&nbsp;9001&nbsp;2015',
    'GB82&nbsp;WEST&#160;1234&nbsp;5698&nbsp;7654&nbsp;32',
  ]) {
    it(`keeps ${v}`, () => {
      expect(maskText(engine, `<p>Ref:&nbsp;${v}</p>`).text).toContain(v);
    });
  }
});
