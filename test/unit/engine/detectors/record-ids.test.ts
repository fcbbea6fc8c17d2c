import { describe, expect, it } from 'vitest';
import { mpanCoreValid, ukUtrValid } from '../../../../src/engine/detect/values/record-ids.js';
import { detectorCases } from './support.js';

// Sources: IRS "How EINs are assigned and valid EIN prefixes" (prefixes 07–09, 17–19, 28, 29, 49,
// 69, 70, 78, 79, 89, 96, 97 are not assigned); python-stdnum gb.utr doctests (1955839661 valid,
// 2955839661 invalid); Elexon MPAN core check digit (primes 3…43, as Wikipedia "Meter Point
// Administration Number" describes it); clinical-note MRN lines as EHR exports print them.

describe('us_ein', () => {
  detectorCases(
    'us_ein',
    [
      ['We assigned you Employer Identification Number 98-7654321.', '98-7654321'],
      ['EIN: 12-3456789', '12-3456789'],
      ['payer FEIN 46-1234567 on file', '46-1234567'],
    ],
    [
      'EIN: 07-1234567 (prefix 07 not assigned)',
      'order 12-3456789 shipped',
      // German text: the article `ein` is not the name.
      'ein Fehler in Auftrag 12-3456789',
      'EIN 123-456789',
    ],
  );
});

describe('uk_utr', () => {
  detectorCases(
    'uk_utr',
    [
      ['Your Unique Taxpayer Reference (UTR) is 19558 39661.', '19558 39661'],
      ['utr: 1955839661', '1955839661'],
    ],
    ['UTR 2955839661 (check digit wrong)', 'invoice 1955839661', 'UTR 19558-39661'],
  );
});

describe('uk_mpan', () => {
  detectorCases(
    'uk_mpan',
    [
      ['meter read ok: MPAN S 01 801 100 12 0001 2345 679 serial=X', '12 0001 2345 679'],
      ['GET /v1/electricity-meter-points/1200012345679/meters/', '1200012345679'],
      ['mpan=1100009640372', '1100009640372'],
    ],
    ['MPAN 1200012345678 (check digit wrong)', 'order 1200012345679', 'meter point 9900012345670'],
  );
});

describe('mrn_in_text', () => {
  detectorCases(
    'mrn_in_text',
    [
      ['Pt Theodore Q., MRN: 2000457781, DOB on file', '2000457781'],
      ['mrn# E1234567 admitted', 'E1234567'],
      ['MRN 00471195', '00471195'],
    ],
    ['MRN lookup failed', 'MRN: pending', 'MRNA vaccine lot 12345'],
  );
});

describe('record id checksums', () => {
  it('UTR and MPAN check digits accept the published examples and reject a changed digit', () => {
    expect(ukUtrValid('1955839661')).toBe(true);
    expect(ukUtrValid('1955839662')).toBe(false);
    expect(mpanCoreValid('1200023305967')).toBe(true);
    expect(mpanCoreValid('1200023305968')).toBe(false);
  });
});

describe('emaid', () => {
  detectorCases(
    'emaid',
    [
      ['Ladevorgang abgebrochen, Vertragsnummer de-abc-c12345678-x, danke', 'de-abc-c12345678-x'],
      ['contract NL*TST*C12345678*S authorised', 'NL*TST*C12345678*S'],
      ['eMAID DE-8AC-C12E46L89 blocked', 'DE-8AC-C12E46L89'],
    ],
    [
      'run bash -c ls -la',
      'locale en-us-c-abcdefgh-x',
      'mixed separators DE-ABC*C12345678-X',
      'inside a longer id XDE-ABC-C12345678-X',
      'sku de-abc-c1234567',
    ],
  );
});
