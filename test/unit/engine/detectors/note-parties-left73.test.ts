import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Analysts' notes of exchanges and Travel Rule desks (red-team round 73, left73): a party label
// with a verb or a source and no colon, and the name a name check received. Names made up.

describe('person_name_payment_note: qualified labels and name-check errors', () => {
  detectorCases(
    'person_name_payment_note',
    [
      ['Kontoinhaberin laut Kontoauszug Hiltrud Wessolleck; Abweichung geklärt', 'Hiltrud Wessolleck'],
      ['Empfänger ist Ortwin Brandtner-Holz, Zahlung freigegeben', 'Ortwin Brandtner-Holz'],
      ['bénéficiaire déclarée Maïwenn Le Bihan, adresse manquante', 'Maïwenn Le Bihan'],
      ['titulaire selon le RIB Anatole Kerbrat, à vérifier', 'Anatole Kerbrat'],
      ['ordenante declarado Eulogia Montesinos Ruiz; pendiente', 'Eulogia Montesinos Ruiz'],
      ['beneficiario dichiarato Ottavio Sciarrino, in attesa', 'Ottavio Sciarrino'],
      ["ERROR tr check: beneficiary name mismatch, expected 'KIM JI HOON' got 'Kim Ji-hoon Park'", 'Kim Ji-hoon Park'],
    ],
    [
      'Kunde ist Neukunde seit 2024, Stufe Pro',
      'Empfänger laut Auftrag Stadtwerke München, Rechnung 4471',
      'Kunde laut Vertrag Premium Kunde',
      'bénéficiaire déclaré Coinbase Europe Limited, VASP vérifié',
      "name mismatch: got 'Bad Request' from the screening API",
      "got 'Pending Review' status from the provider",
      'Kundin heißt laut Ausweis neu angelegt',
    ],
  );
});

describe('qualified labels and name-check errors, whichever name rule reads them', () => {
  it('masks the names', () => {
    for (const [text, name] of [
      ['Kunde heißt laut Reisepass Dankwart Rübsamen-Ertl, Rückfrage offen', 'Rübsamen-Ertl'],
      ['name does not match: received "Oluwatoyin Adeyemi-Cole" from originator VASP', 'Adeyemi-Cole'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(name);
  });
});

describe("person_name_payment_note: an alerting bot's cust: label", () => {
  detectorCases(
    'person_name_payment_note',
    [],
    ['cust: premium tier | region eu', 'cust: n/a | addr: none', 'customer: acme corp | plan gold'],
  );
  // The lower-case name after `cust:` is read first by person_name_unlisted_lower (stop 40's names
  // no list knows), which takes any lower-case name after a person's label.
  detectorCases(
    'person_name_unlisted_lower',
    [[':warning: kyt alert 91ab | cust: tadashi morikawa-brandt | addr: see case', 'tadashi morikawa-brandt']],
    [],
  );
});

// `cust` opens person_name_payment_note only where it is a label (before `:`, a blank or a tab):
// a chat that says `customer` and no other keyword is not read (stop 40's prompt cut); a `cust`
// label beside `customer` still is (`cust: …` in the tests above).
describe('person_name_payment_note: `customer` alone opens no lead', () => {
  detectorCases(
    'person_name_payment_note',
    [],
    ['The customer Wilhelmina Okafor-Hart asked about custody fees', 'CUSTOMER SUPPORT: Ivo Marchetti replied'],
  );
});
