import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/bare-name-columns.ts on the members of one JSON object: a bare local word for "name"
 * beside a field the key rules call a person's (a first name, a birth date) is PERSON (detector
 * key:person_sibling), and both walks (the decoded value and the record's text) decide the same.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('a bare word for "name" beside a person field (key:person_sibling)', () => {
  const positives: [string, unknown, string][] = [
    ['French nom beside prénom', { assuré: { nom: 'Dupuis-Lefranc', prénom: 'Camille', caisse: 'CPAM 75' } }, 'Dupuis-Lefranc'],
    ['Indonesian nama beside tanggal_lahir', { peserta: [{ nama: 'Wulandari Kusumo', tanggal_lahir: '17-08-1995' }] }, 'Wulandari Kusumo'],
    ['English name beside first_name', { entry: { name: 'Okonkwo', first_name: 'Chidi' } }, 'Okonkwo'],
    [
      'Spanish nombre beside a birth date',
      { cliente: { nombre: 'Xochiquetzal Ueyatl', fecha_de_nacimiento: '1980-02-03' } },
      'Xochiquetzal Ueyatl',
    ],
    ['Dutch naam beside voornaam, upper-case key', { klant: { NAAM: 'Van Wijnbergen', voornaam: 'Joost' } }, 'Van Wijnbergen'],
    ['escaped value', { x: { nom: 'Le \\"Gall\\"', prénom: 'Yann' } }, 'Gall'],
  ];
  for (const [label, record, name] of positives) {
    it(`masks the name: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).not.toContain(name);
      expect(text).not.toContain(name);
      expect(text).toContain('"detector":"key:person_sibling"');
    });
  }

  const lookAlikes: [string, unknown, string][] = [
    ['nom of a product beside its price', { produit: { nom: 'Lampe Arcadia', prix: 49.9 } }, 'Lampe Arcadia'],
    ['name of a form beside a field definition', { form: { name: 'Signup Wizard', first_name: { type: 'string' } } }, 'Signup Wizard'],
    ['name beside an empty first name', { row: { name: 'Quarterly Sync', first_name: '' } }, 'Quarterly Sync'],
    ['nama beside a null birth date', { item: { nama: 'Paket Hemat', tanggal_lahir: null } }, 'Paket Hemat'],
    ['a longer word ending in name', { job: { jobname: 'nightly-etl', first_name: 'Ada' } }, 'nightly-etl'],
    ['first_name in a sibling object, not the same one', { a: { nom: 'Salle B-12' }, b: { prénom: 'Luc' } }, 'Salle B-12'],
  ];
  for (const [label, record, kept] of lookAlikes) {
    it(`keeps the value: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).toContain(kept);
      expect(text).toContain(kept);
    });
  }
});
