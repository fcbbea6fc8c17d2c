import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: IRS ITIN ranges (9xx, groups 50–65, 70–88, 90–92, 94–99; Presidio test_us_itin_recognizer
// uses 911-70-1234 style values); CMS NPI check digit (Luhn over 80840 + NPI; 1234567893 is CMS's
// worked example); DEA number checksum as described by the DEA and used by Datadog's validators
// (AB1234563); Presidio test_us_passport_recognizer and test_us_driver_license_recognizer (context
// words passport / driver license, 912803456 and A1234567 style values).

describe('us_itin', () => {
  detectorCases(
    'us_itin',
    [
      ['ITIN 912-70-1234', '912-70-1234'],
      ['911-92-3456', '911-92-3456'],
      ['itin: 912701234', '912701234'],
    ],
    ['912-69-1234 (group 69 not issued)', '912701234 (bare, no keyword)', '812-70-1234'],
  );
});

describe('us_passport', () => {
  detectorCases(
    'us_passport',
    [
      ['passport no. A12345678', 'A12345678'],
      ['Passport number: 912803456', '912803456'],
    ],
    ['order 912803456', 'passport 111111111', 'passport photo 2024'],
  );
});

describe('us_driver_license', () => {
  detectorCases(
    'us_driver_license',
    [
      ['driver license: D1234567', 'D1234567'],
      ["driver's license no A123456789012", 'A123456789012'],
      ['DL# 123456789', '123456789'],
    ],
    ['license MIT 2024', 'build 1234567', 'licensed seats 500000'],
  );
});

describe('us_npi', () => {
  detectorCases(
    'us_npi',
    [
      ['NPI 1234567893', '1234567893'],
      ['provider id: 1245319599', '1245319599'],
    ],
    ['NPI 1234567890', 'order 1234567893', 'NPI 3234567893'],
  );
});

describe('us_dea', () => {
  detectorCases('us_dea', [['DEA# AB1234563', 'AB1234563']], ['DEA# AB1234564', 'ticket AB1234563', 'DEA IB1234563']);
});
