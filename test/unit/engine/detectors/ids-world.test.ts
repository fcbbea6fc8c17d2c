import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources of the examples, unless noted: python-stdnum's documented examples (doctests of
// stdnum/<country>/<module>.py, which cite the issuers): il.idnr 3933742-3 / 3933742-2;
// za.idnr 7503305044089 / 8503305044089; mx.curp BOXW310820HNERXN09 / …N08; mx.rfc GODE561231GR8,
// MAB-930714-8T4 and VACE-460910-SX6 (an issued RFC whose check character does not compute);
// ar.dni 20.123.456; ar.cuit 20-05536168-2, 20267565393 / 20267565392; cl.rut 76086428-5,
// 12531909-2 / 12531909-3; cn.ric 360426199101010071; jp.in_ 6214 9832 0257 / 6214 9832 0258;
// th.pin 3100600445635, 1-2345-45678-78-1 / 1-2345-45678-78-9; id.nik 3171011708450001 /
// 9971011708450001 (no province 99). Taiwan: A123456789, the Ministry of the Interior's worked
// example. Hong Kong: A123456(3), the Immigration Department's check-digit example. US MBI:
// 1EG4-TE5-MK73, CMS's "Understanding the MBI" example. UK driving licence: MORGA753116SM9IJ, the
// DVLA's documented example (Morgan, born 11 March 1976). Philippines: PhilSys (PSA), UMID/SSS and
// BIR TIN formats as printed on the cards; Nigeria NIN: NIMC's 11-digit format. Passports: the
// German specimen C01X00T47 (Erika Mustermann), and the book-number shapes of HM Passport Office
// (9 digits, also found by us_passport), Italy (2 letters, 7 digits), Passport Seva (letter and 7 digits), ANTS (2 digits, 2 letters, 5 digits) and Spain
// (3 letters, 6 digits).

describe('il_id', () => {
  detectorCases(
    'il_id',
    [
      ['teudat zehut 039337423', '039337423'],
      ['Israeli ID: 3933742-3', '3933742-3'],
    ],
    ['teudat zehut 3933742-2', 'order 039337423', 'zehut 0393374231'],
  );
});

describe('za_id', () => {
  detectorCases(
    'za_id',
    [
      ['ID number 7503305044089', '7503305044089'],
      ['SA ID: 750330 5044 089', '750330 5044 089'],
    ],
    ['ID number 8503305044089', 'ID number 7513305044089', 'order 7503305044089', 'epoch 1701234567890'],
  );
});

describe('ng_nin', () => {
  detectorCases(
    'ng_nin',
    [
      ['NIN 12345678901', '12345678901'],
      ['NIMC number: 70123456789', '70123456789'],
    ],
    ['order 12345678901', 'NIN 11111111111', 'NIN 123456789012'],
  );
});

describe('mx_curp', () => {
  detectorCases(
    'mx_curp',
    [
      ['BOXW310820HNERXN09', 'BOXW310820HNERXN09'],
      ['CURP: BOXW310820HNERXN09.', 'BOXW310820HNERXN09'],
    ],
    ['BOXW310820HNERXN08', 'BOXW311320HNERXN09 (month 13)', 'BOXW310820HQQRXN09 (no state QQ)', 'XBOXW310820HNERXN09'],
  );
});

describe('mx_rfc', () => {
  detectorCases(
    'mx_rfc',
    [
      ['GODE561231GR8', 'GODE561231GR8'],
      ['RFC MAB-930714-8T4', 'MAB-930714-8T4'],
      ['RFC: VACE-460910-SX6', 'VACE-460910-SX6'],
    ],
    ['GODE561231GR9', 'VACE-460910-SX6 without its keyword', 'GODE561331GR8', 'RFC 2119 and RFC3339'],
  );
});

describe('ar_dni / ar_cuit', () => {
  detectorCases(
    'ar_dni',
    [
      ['DNI 20.123.456', '20.123.456'],
      ['documento: 20123456', '20123456'],
    ],
    ['order 20.123.456', 'DNI 11.111.111', 'DNI 201234567890'],
  );
  detectorCases(
    'ar_cuit',
    [
      ['20-05536168-2', '20-05536168-2'],
      ['CUIT 20267565393', '20267565393'],
    ],
    ['20-05536168-3', 'CUIT 20267565392', 'order 20267565393', '21-05536168-2'],
  );
});

describe('cl_rut', () => {
  detectorCases(
    'cl_rut',
    [
      ['76.086.428-5', '76.086.428-5'],
      ['RUT 12531909-2', '12531909-2'],
      ['rut: 12.531.909-2', '12.531.909-2'],
    ],
    ['76.086.428-6', 'RUT 12531909-3', 'version 12531909-2', 'RUT 76086A28-5'],
  );
});

describe('cn_resident_id', () => {
  detectorCases(
    'cn_resident_id',
    [
      ['360426199101010071', '360426199101010071'],
      ['身份证 11010519491231002X', '11010519491231002X'],
    ],
    [
      '360426199101010072',
      '360426199113010071 (month 13)',
      '990426199101010071 (no province 99)',
      '1360426199101010071',
      'ts 202612040830151234 (a timestamp)',
    ],
  );
});

describe('jp_my_number', () => {
  detectorCases(
    'jp_my_number',
    [
      ['My Number 6214 9832 0257', '6214 9832 0257'],
      ['マイナンバー: 621498320257', '621498320257'],
    ],
    ['My Number 6214 9832 0258', 'order 621498320257', 'my number 1621498320257'],
  );
});

describe('tw_id', () => {
  detectorCases(
    'tw_id',
    [
      ['A123456789', 'A123456789'],
      ['身分證字號 A123456789', 'A123456789'],
    ],
    ['A123456788', 'A323456789 (sex digit 3)', 'XA123456789'],
  );
});

describe('hk_hkid', () => {
  detectorCases(
    'hk_hkid',
    [
      ['A123456(3)', 'A123456(3)'],
      ['HKID: A123456(3).', 'A123456(3)'],
    ],
    ['A123456(4)', 'A123456 (3)'],
  );
  detectorCases('hk_hkid_bare', [['HKID A1234563', 'A1234563']], ['HKID A1234564', 'part A1234563']);
});

describe('th_id', () => {
  detectorCases(
    'th_id',
    [
      ['1-2345-45678-78-1', '1-2345-45678-78-1'],
      ['Thai ID 3100600445635', '3100600445635'],
    ],
    ['1-2345-45678-78-9', 'order 3100600445635', 'Thai ID 3100600445636'],
  );
});

describe('philippines', () => {
  detectorCases(
    'ph_philsys',
    [
      ['PhilSys 1234-5678-9012-3456', '1234-5678-9012-3456'],
      ['PSN: 1234567890123456', '1234567890123456'],
    ],
    ['order 1234-5678-9012-3456', 'PSN 0000-0000-0000-0000'],
  );
  detectorCases('ph_umid', [['UMID CRN 0028-1234567-9', '0028-1234567-9']], ['ref 0028-1234567-9', 'UMID 0000-0000000-0']);
  detectorCases('ph_sss', [['SSS no. 34-1234567-8', '34-1234567-8']], ['ref 34-1234567-8', 'SSS 00-0000000-0']);
  detectorCases('ph_tin', [['BIR TIN 123-456-789-000', '123-456-789-000']], ['ref 123-456-789-000', 'TIN 111-111-111-111']);
});

describe('id_nik', () => {
  detectorCases(
    'id_nik',
    [
      ['NIK 3171011708450001', '3171011708450001'],
      ['No. KTP: 3171015708450001', '3171015708450001'],
    ],
    ['NIK 9971011708450001', 'NIK 3171013208450001 (day 32)', 'order 3171011708450001'],
  );
});

describe('us_mbi', () => {
  detectorCases(
    'us_mbi',
    [
      ['1EG4-TE5-MK73', '1EG4-TE5-MK73'],
      ['Medicare MBI: 1EG4TE5MK73', '1EG4TE5MK73'],
      // A FHIR token search in a URL: system|value with the bar percent-encoded.
      ['identifier=http://hl7.org/fhir/sid/us-mbi%7C1EG4TE5MK73', '1EG4TE5MK73'],
      ['?mbi=1EG4-TE5-MK73%2C2EG4-TE5-MK74', '1EG4-TE5-MK73'],
    ],
    [
      '1SG4-TE5-MK73 (S is excluded)',
      '0EG4-TE5-MK73',
      '1EG4TE5MK73 without a keyword',
      'X1EG4-TE5-MK73',
      'mbi %7X1EG4TE5MK73 (no escape)',
      'q=%7C1EG4TE5MK73 without a keyword',
    ],
  );
});

describe('uk_driving_licence', () => {
  detectorCases(
    'uk_driving_licence',
    [
      ['MORGA753116SM9IJ', 'MORGA753116SM9IJ'],
      ['licence MORGA753116SM9IJ35', 'MORGA753116SM9IJ'],
    ],
    ['MORGA713316SM9IJ (month 13)', 'MORGA753326SM9IJ (day 32)', 'XMORGA753116SM9IJ'],
  );
});

describe('passport', () => {
  detectorCases(
    'passport',
    [
      ['Reisepass C01X00T47', 'C01X00T47'],
      ['passaporto YA1234567', 'YA1234567'],
      ['passport J8369854', 'J8369854'],
      ['numéro de passeport: 18AB12345', '18AB12345'],
      ['pasaporte PAA123456', 'PAA123456'],
    ],
    ['Reisepass gültig', 'passport 111111111', 'order C01X00T47', 'passport office opened 2019'],
  );
});
