import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources of the examples (valid ones and their invalid variants), unless noted: python-stdnum's
// documented examples (stdnum/<country>/<module>.py doctests), which cite the issuers' specifications:
// fi.hetu 131052-308T / 131052-308U (bad check) / 310252-308Y (no 31 February); se.personnummer
// 880320-0016 / 880320-0018; dk.cpr 211062-5629 / 511062-5629 (no day 51); no.fodselsnummer
// 151086 95088 / 15108695077; nl.bsn 1112.22.333 / 1112.52.333; be.nn 85 07 30 033 28 and the
// 2000s number 17 07 30 033 84 / 12345678901; de.idnr 36 574 261 809 / 36574261890 /
// 36554266806 (two digits repeated); at.vnr 1237 010180 / 2237 010180; ch.ssn 756.9217.0769.85 /
// 756.9217.0769.84; pt.nif 501 964 843 / 501 964 842; ie.pps 6433435F, 6433435OA / 6433435E,
// 6433435VH; tr.tckimlik 17291716060 / 17291716050 / 07291716092 (leading 0). Germany's identity
// card: the Bundesministerium des Innern specimen (Erika Mustermann) T22000129 with check digit 3.

describe('fi_hetu', () => {
  detectorCases(
    'fi_hetu',
    [
      ['131052-308T', '131052-308T'],
      ['henkilötunnus: 131052-308T', '131052-308T'],
      // The new century signs of 2023 (Y for the 1900s, A for the 2000s, DVV); check characters computed
      // with python-stdnum (fi.hetu.is_valid).
      ['hetu 010594Y123W', '010594Y123W'],
      ['020503A456T', '020503A456T'],
      // All digits with the 1900s dash (check character 0, python-stdnum fi.hetu.is_valid): needs its word.
      ['henkilötunnus 110171-2100', '110171-2100'],
      // The 1800s sign `+` (DVV): no window of the others holds a `+`. The check character does not
      // involve the sign, so Wikipedia's 131052-308T is also 131052+308T; the all-digit ones are
      // computed with the check rule (131052004 mod 31 = 0, 110171002 mod 31 = 9) and need their word.
      ['131052+308T', '131052+308T'],
      ['henkilötunnus: 131052+308T, tarkistettu', '131052+308T'],
      ['hetu 131052+0040', '131052+0040'],
      ['henkilötunnus 110171+0029', '110171+0029'],
    ],
    [
      '131052-308U',
      '310252-308Y (31 February)',
      'ref 9131052-308T',
      'build 131052-308',
      'order 131052-3081',
      'batch 110171-2100 processed',
      '131052+308U',
      'ref 9131052+308T',
      'ref x131052+308T',
      'ref 131052+308T9',
      'ref 131052+308Tx',
      'version 131052+308',
      'order 131052+0040',
      'hetu 131052+0041',
      'hetu 131052+00401',
      'hetu 131052++0040',
      'hetu 310252+0040 (31 February)',
    ],
  );
});

describe('se_personnummer', () => {
  detectorCases(
    'se_personnummer',
    [
      ['personnummer 880320-0016', '880320-0016'],
      ['personnummer: 198803200016', '198803200016'],
      // A samordningsnummer (Skatteverket SKV 707: birth day + 60); Luhn digit of 880380001 is 3.
      ['samordningsnummer 880380-0013', '880380-0013'],
    ],
    ['personnummer 880320-0018', 'order 880320-0016 shipped', 'personnummer 881320-0016', 'personnummer 9880320-0016'],
  );
});

describe('dk_cpr', () => {
  detectorCases(
    'dk_cpr',
    [
      ['CPR-nr. 211062-5629', '211062-5629'],
      ['cpr: 2110625629', '2110625629'],
    ],
    ['CPR 511062-5629', 'invoice 211062-5629', 'cpr 211362-5629', 'cpr 1211062-5629', 'cpr record updated at 1733339282 (epoch seconds)'],
  );
});

describe('no_fodselsnummer', () => {
  detectorCases(
    'no_fodselsnummer',
    [
      ['fødselsnummer 151086 95088', '151086 95088'],
      ['fnr: 15108695088', '15108695088'],
    ],
    ['fødselsnummer 15108695077', 'order 15108695088', 'fnr 151086950881', 'fnr 00000000000'],
  );
});

describe('nl_bsn', () => {
  detectorCases(
    'nl_bsn',
    [
      ['BSN 111222333', '111222333'],
      ['burgerservicenummer: 1112.22.333', '1112.22.333'],
    ],
    ['BSN 111252333', 'order 111222333', 'BSN 1112223334', 'bsn 000000000'],
  );
});

describe('be_national_number', () => {
  detectorCases(
    'be_national_number',
    [
      ['85.07.30-033.28', '85.07.30-033.28'],
      ['rijksregisternummer 85 07 30 033 28', '85 07 30 033 28'],
      ['INSZ 17073003384', '17073003384'],
      // python-stdnum's compact() example writes the check digits after a space.
      ['mijn rijksregisternummer is 85.07.30-033 28.', '85.07.30-033 28'],
    ],
    [
      '85.07.30-033.29',
      'rijksregisternummer 12345678901',
      'order 85073003328',
      'ref 85.13.30-033.28',
      // The space-separated dotted form needs its word: alone it is a date, a counter and a number.
      'on 85.07.30-033 28 items',
    ],
  );
});

// ro.cnp 1630615123457 (valid) and its doctest's invalid ones: 0800101221142 (first digit 0),
// 1632215123457 (month 22), 1630615993454 (county 99); 1630615123458 changes the check digit.
describe('ro_cnp', () => {
  detectorCases(
    'ro_cnp',
    [
      ['CNP 1630615123457', '1630615123457'],
      ['Client: CNP-ul meu este 1630615123457.', '1630615123457'],
      ['codul numeric personal: 1630615123457', '1630615123457'],
    ],
    ['CNP 1630615123458', 'CNP 0800101221142', 'CNP 1632215123457', 'CNP 1630615993454', 'order 1630615123457', 'CNP 16306151234570'],
  );
});

describe('de_tax_id', () => {
  detectorCases(
    'de_tax_id',
    [
      ['Steuer-ID 36 574 261 809', '36 574 261 809'],
      ['Steueridentifikationsnummer: 36574261809', '36574261809'],
    ],
    ['Steuer-ID 36574261890', 'Steuer-ID 36554266806', 'order 36574261809', 'IdNr 365742618091'],
  );
});

describe('de_id_card', () => {
  detectorCases(
    'de_id_card',
    [
      ['Personalausweis T220001293', 'T220001293'],
      ['Ausweisnummer: T220001293', 'T220001293'],
      // The 9 characters printed on the card front (Mustermann specimen), without the MRZ check digit.
      ['meine ausweisnummer ist L01X00T47, danke', 'L01X00T47'],
    ],
    [
      'Personalausweis T220001294',
      'Personalausweis A220001293 (A is not a serial letter)',
      'order T220001293',
      'Ausweis CFGHJKLMN',
      'Ausweis geprüft, Vorgang KX12LMNPR',
      'order L01X00T47',
    ],
  );
});

describe('at_svnr', () => {
  detectorCases(
    'at_svnr',
    [
      ['SVNR 1237 010180', '1237 010180'],
      ['Sozialversicherungsnummer: 1237010180', '1237010180'],
    ],
    ['SVNR 2237 010180', 'order 1237 010180', 'SVNR 0237 010180'],
  );
});

describe('ch_ahv', () => {
  detectorCases(
    'ch_ahv',
    [
      ['756.9217.0769.85', '756.9217.0769.85'],
      ['AHV-Nr. 7569217076985', '7569217076985'],
    ],
    ['756.9217.0769.84', 'EAN 7569217076985', '123.4567.8910.19', 'x 1756.9217.0769.85'],
  );
});

describe('pt_nif', () => {
  detectorCases(
    'pt_nif',
    [
      ['NIF 501 964 843', '501 964 843'],
      ['número de contribuinte: 501964843', '501964843'],
    ],
    ['NIF 501 964 842', 'order 501964843', 'NIF 5019648431'],
  );
});

describe('ie_pps', () => {
  detectorCases(
    'ie_pps',
    [
      ['PPS 6433435F', '6433435F'],
      ['PPSN: 6433435OA', '6433435OA'],
      ['pps no 6433435FW', '6433435FW'],
    ],
    ['PPS 6433435E', 'PPS 6433435VH', 'order 6433435F', 'PPS 16433435F'],
  );
});

describe('tr_tckn', () => {
  detectorCases(
    'tr_tckn',
    [
      ['TC Kimlik No 17291716060', '17291716060'],
      ['TCKN: 17291716060', '17291716060'],
    ],
    ['TC Kimlik No 17291716050', 'kimlik 07291716092', 'order 17291716060', 'TCKN 172917160601'],
  );
});
