import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: HIPAA 45 CFR 164.514(b)(2)(i)(C) (ages over 89 are identifiers; 89 and under are not)
// and HHS "Guidance Regarding Methods for De-identification of PHI" §3.3; the note forms of
// clinical case reports (NEJM / MTSamples style: "a 92-year-old woman", "93 yo M", "Age: 97").

describe('age_over_89', () => {
  detectorCases(
    'age_over_89',
    [
      ['Mrs. Delacroix is a 92-year-old female seen for CHF', '92-year-old'],
      ['Pt Quackenbush, 93 yo M with COPD.', '93 yo'],
      ['HPI: 101 y/o woman, fall at home', '101 y/o'],
      ['Age: 97, lives alone', '97'],
      ['aged 95 years, widowed', '95'],
      ['a 90 years old man', '90 years old'],
    ],
    [
      // 89 and under are no identifiers.
      'a 89-year-old female',
      '45 yo M with chest pain',
      // Numbers of 90+ that are no age.
      'page 97 of the chart',
      'served 92 years of service',
      'SpO2 95% on room air, HR 92',
      'storage 100 GB',
      'O2 sat 96 at age-adjusted threshold',
    ],
  );
});
