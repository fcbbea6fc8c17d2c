import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Leftovers of red-team round 99 (veterinary clinics and pet services): a registrant written
 * surname first, upper-case names of OCR text with doubled blanks, a given name alone after a
 * client note's contact instruction, a login spelled from a name in a profile address, a home's
 * alarm code on a sitter's visit sheet, `dra.` and double-barrelled surnames after a lower-case
 * title, and the owner and dispenser cells of a controlled-drug log's bare rows. Values are made
 * up and differ from the corpus's; the negatives are the look-alikes analysts need.
 */
describe('person_name_registrant: SURNAME, Given after registered to', () => {
  detectorCases(
    'person_name_registrant',
    [
      ['scan ok; chip registered to MORIARTY, Genevieve (prior owner)', 'MORIARTY, Genevieve'],
      ['Registrant: OYELARAN, Beatrice; HomeAgain', 'OYELARAN, Beatrice'],
      ['Chip bei FINDEFIX registriert auf BRANDSTÄTTER, Ingrid.', 'BRANDSTÄTTER, Ingrid'],
    ],
    [
      'chip registered to HAPPY TAILS RESCUE, Inc.',
      'registered to SHELTER, County intake',
      'licence registered to ACME, Ltd',
      'Registrant: county shelter, intake desk',
    ],
  );
});

describe('person_name_ocr_label: upper-case names with doubled blanks after a person label', () => {
  detectorCases(
    'person_name_ocr_label',
    [
      ['RX REQUEST\nOWNER :  MARGARET  WHITLOCK\nPHONE : n/a', 'MARGARET  WHITLOCK'],
      ['DOCTOR :  DR  HAROLD  PEMBERTON\nTEST : CBC', 'HAROLD  PEMBERTON'],
    ],
    ['DRUG :  ACEPROMAZINE  MALEATE', 'PATIENT :  BISCUIT   SPECIES :  CANINE', 'CLIENT :  WALK  IN', 'OWNER : JOHN SMITH'],
  );
});

describe('person_name_contact_given: a given name alone after a contact instruction', () => {
  detectorCases(
    'person_name_contact_given',
    [
      ['Only discuss the estimate with Margaret, please.', 'Margaret'],
      ['Text Harold only after 6pm.', 'Harold'],
      ['Bitte nur mit Ingrid sprechen.', 'Ingrid'],
      ['Llamar solo a Dolores por la mañana.', 'Dolores'],
    ],
    [
      'Prefers texts to Mobile only.',
      'Ask for Pharmacy when refilling.',
      'Discuss estimates with Reception first.',
      'Hund nur mit Maulkorb behandeln.',
      'Text Reminders only',
    ],
  );
});

describe('profile_path_name: a login spelled from a name in a profile address', () => {
  detectorCases(
    'profile_path_name',
    [
      ['reviewer https://www.instagram.com/margaret_whitlock/ posted', 'margaret_whitlock'],
      ['profile: https://reviews.example.com/members/harold.pemberton', 'harold.pemberton'],
    ],
    [
      'https://reviews.example.com/biz/northside-cat-clinic',
      'https://www.facebook.com/HappyTailsGrooming',
      'https://reviews.example.com/u/settings',
      'https://book.example.com/c/sudsy-paws-grooming',
    ],
  );
});

describe('alarm_code_in_visit: a home alarm code on a visit sheet', () => {
  detectorCases(
    'alarm_code_in_visit',
    [
      ['visit=v-1 entry="back door, key under mat" alarm=7305 food=1 cup', '7305'],
      ['Disarm alarm 2846 at the panel by the garage.', '2846'],
    ],
    ['device=pf-1 feeder=on alarm=0645 portion=2', 'alarm=armed_away count=3', 'smoke alarm 2023 model replaced'],
  );
});

describe('person_name_lower_title: dra. and a double-barrelled surname after dr', () => {
  detectorCases(
    'person_name_lower_title',
    [
      ['la dra. gonzalez revisó al gato ayer', 'gonzalez'],
      ['please ask dr pemberton-thwaite re: the dental', 'pemberton-thwaite'],
    ],
    ['dr. follow-up booked', 'dr x-ray done', 'la dra. dijo que sí'],
  );
});

describe('controlled-drug log rows: the owner written surname first and the dispenser', () => {
  const engine = testEngine();
  it('masks the owner cell and the login beside it in a header-less row', () => {
    const out = engine.maskText('2025-10-02|Methadone 10 mg/mL|0.2 mL|Rocket|Whitlock Margaret|hpemberton|ICU').value;
    expect(out).not.toContain('Whitlock Margaret');
    expect(out).not.toContain('hpemberton');
    expect(out).toContain('Methadone 10 mg/mL');
    expect(out).toContain('Rocket');
  });
  it('keeps a row with no login beside the name', () => {
    const row = '2025-10-02|Carprofen 75 mg|LOT 4471A|Pharmacy Shelf|120|Main';
    expect(engine.maskText(row).value).toBe(row);
  });
});
