import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: e-mail signature conventions (`T:` / `M:` lines of Dutch and British signatures, Ofcom
// drama mobile 07700 900123), German mobile 0151 numbers as chat exports carry them, Dutch 06
// mobiles; the SSA's published sample SSNs 078-05-1120 (Woolworth wallet) and 219-09-9999
// (SSA pamphlet) as people type them into forms after the number's name.

describe('phone after signature abbreviations and "my number"', () => {
  detectorCases(
    'phone',
    [
      ['T: 020 123 4567 | M: 06 12345678', '06 12345678'],
      ['Mob. 07700 900123', '07700 900123'],
      ['meine neue Nummer ist 0151 23456789', '0151 23456789'],
      ['mijn nummer is 06 12345678', '06 12345678'],
    ],
    [
      // "Nummer" of an order or a ticket is no phone number.
      'Bestellnummer 0151 23456789',
      'Ticket-Nummer 2024 0311',
      'Kundennummer: 0151 23456789',
    ],
  );
});

describe('published sample SSNs right after the name', () => {
  detectorCases(
    'us_ssn',
    [
      ['for the HR form my ssn is 078-05-1120 and home is', '078-05-1120'],
      ['SSN: 078-05-1120', '078-05-1120'],
      ['social security number 219-09-9999', '219-09-9999'],
    ],
    [
      // The sample in prose about it stays a sample.
      'the wallet card 078-05-1120 was sold by Woolworth',
      'SSN used in ads, see 078-05-1120 history',
      // Not an SSN's structure even after the name.
      'ssn 111-11-1111',
      'SSN: 000-12-3456',
    ],
  );
});
