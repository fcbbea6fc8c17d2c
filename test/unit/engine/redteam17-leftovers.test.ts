import { describe } from 'vitest';
import { detectorCases } from './detectors/support.js';

// Leftovers of red-team round 17 (records in non-Latin scripts): the value detectors added for the
// shapes it left. Values: Presidio / python-stdnum test numbers and libphonenumber examples;
// look-alikes: the same digits with a wrong check digit, without their word, or in other shapes.

describe('kr_rrn_spoken: the hyphen read out as a word', () => {
  detectorCases(
    'kr_rrn_spoken',
    [
      ['상담 녹취: 주민번호 불러 드릴게요 900101 다시 1234568 맞아요', '900101 다시 1234568'],
      ['주민등록번호는 971013 대시 9019902 입니다', '971013 대시 9019902'],
    ],
    ['주민번호 900101 다시 123456 번', '다시 말씀드리면 주문번호 900101 다시 1234568', '주민번호 901301 다시 1234568'],
  );
});
