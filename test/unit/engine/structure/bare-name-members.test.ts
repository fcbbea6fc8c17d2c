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

  // A person's id beside the name (national id, SSN, Malaysian MyKad, Kenyan KRA PIN), or a phone
  // when the name reads as a person's written out and the parent is not a thing's.
  const besideIdOrPhone: [string, unknown, string][] = [
    [
      'Malay nama beside no_kad_pengenalan',
      { pelanggan: { nama: 'Siti Nurhaliza binti Tarudin', no_kad_pengenalan: '790111-14-5582' } },
      'Siti Nurhaliza',
    ],
    ['Swahili jina beside kra_pin', { mteja: { jina: 'Achieng Odhiambo', kra_pin: 'A012345678Z' } }, 'Achieng Odhiambo'],
    ['English name beside an SSN', { entry: { name: 'Rosalind Featherstonehaugh', ssn: '078-05-1120' } }, 'Featherstonehaugh'],
    ['a single-word name beside a passport', { item: { name: 'Okonjo', passport: 'A12345678' } }, 'Okonjo'],
    ['name beside a phone, capitalised words', { entry: { name: 'Bartholomew Okwuosa', phone: '+234 803 555 0192' } }, 'Okwuosa'],
    ['initial and surname beside a mobile', { item: { name: 'T. Ngubane', mobile: '082 555 0143' } }, 'Ngubane'],
  ];
  for (const [label, record, name] of besideIdOrPhone) {
    it(`masks the name: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).not.toContain(name);
      expect(text).not.toContain(name);
      expect(text).toContain('"detector":"key:person_sibling"');
    });
  }

  const lookAlikes: [string, unknown, string][] = [
    ['a company line beside its phone', { org: { name: 'Support line', phone: '+1 800 555 0100' } }, 'Support line'],
    ['a capitalised desk beside its phone', { x: { name: 'Front Desk', phone: '+1 415 555 0100' } }, 'Front Desk'],
    ['a service beside its on-call phone', { x: { name: 'billing-api', phone: '+1 415 555 0101' } }, 'billing-api'],
    ['a shop under a thing parent', { store: { name: 'Harbour Books', phone: '+44 20 7946 0011' } }, 'Harbour Books'],
    ['a firm beside its tax id', { vendor: { name: 'Northwind Traders Ltd', tax_id: '12-3456789' } }, 'Northwind Traders Ltd'],
    ['a name beside an empty SSN', { row: { name: 'Quarterly Sync', ssn: '' } }, 'Quarterly Sync'],
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
