import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Insurance policy and loyalty numbers named right before them in prose (red-team round 11: a
// claims adjuster's Italian note, a Portuguese support chat). Look-alikes: the same words without
// a number word, or before a figure too short to be a policy or loyalty number.
describe('insurance_policy_after_name', () => {
  detectorCases(
    'insurance_policy_after_name',
    [
      ['Sinistro aperto, polizza n. RCA/2026/771204. De bestuurder', 'RCA/2026/771204'],
      ['customer policy no. HX-778812-03 renewed', 'HX-778812-03'],
      ['Schaden zur Police Nr. 12-345678-9 gemeldet', '12-345678-9'],
      ['Policy #: POL-2024-000123', 'POL-2024-000123'],
      ['póliza núm. 00012345 activa', '00012345'],
    ],
    [
      'IAM policy 12345 denied',
      'policy version 2012-10-17',
      'policy no. 3 applied',
      'retention policy number 7 of 12',
      'police report filed at 10:42',
    ],
  );
});

describe('loyalty_number_after_name', () => {
  detectorCases(
    'loyalty_number_after_name',
    [
      ['my loyalty number is 4000 1234 5678', '4000 1234 5678'],
      ['Meu número de fidelidade é 4000 1234 5678 e o CPF', '4000 1234 5678'],
      ['Loyalty ID: 60119938821', '60119938821'],
      ['número de fidelidad: 771-2345-9981', '771-2345-9981'],
    ],
    ['loyalty points 1500 added', 'loyalty number 12345 (tier)', 'loyalty program 2024 launched', 'fidelidade 2026'],
  );
});
