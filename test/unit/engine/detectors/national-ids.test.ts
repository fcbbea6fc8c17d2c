import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: HMRC National Insurance Manual NIM39110 (NINO prefixes and suffixes); Presidio
// presidio-analyzer/tests (test_uk_nhs_recognizer: 401-023-2137, 221 395 1837, 0032698674 and the
// bad check 401-023-2138; test_au_tfn_recognizer: 876 543 210 valid, 824 753 557 invalid;
// test_au_abn_recognizer / ABR's published example 51 824 753 556; test_au_medicare_recognizer:
// 2123 45670 1; test_in_aadhaar_recognizer: 4991 1866 5246; test_es_nif_recognizer: 55555555K;
// test_it_fiscal_code_recognizer: RSSMRA85T10A562S; test_pl_pesel_recognizer: 44051401359);
// Government of Canada SIN validation (Luhn; 0xx numbers are fictitious); ICA NRIC check letter
// tables (S1234567D is the usual worked example); Receita Federal CPF/CNPJ check digits
// (529.982.247-25, 11.222.333/0001-81 as used in python-stdnum's docs); INSEE NIR key (97 − n mod 97).

describe('uk_nino', () => {
  detectorCases(
    'uk_nino',
    [
      ['NI number AB 12 34 56 C on file', 'AB 12 34 56 C'],
      ['JG103759A', 'JG103759A'],
    ],
    ['GB123456A (reserved prefix)', 'AB123456E (suffix past D)', 'DQ123456A', 'ticket TK-123456-C'],
  );
});

describe('uk_nhs', () => {
  detectorCases(
    'uk_nhs',
    [
      ['NHS number 401-023-2137', '401-023-2137'],
      ['nhs: 221 395 1837', '221 395 1837'],
      ['NHS no 0032698674', '0032698674'],
    ],
    ['NHS number 401-023-2138', 'order 401-023-2137 shipped', 'nhs 999 999 9999'],
  );
});

describe('ca_sin', () => {
  detectorCases(
    'ca_sin',
    [
      ['SIN 130 692 544', '130 692 544'],
      ['social insurance number: 130-692-544', '130-692-544'],
    ],
    ['SIN 130 692 545', 'SIN 046 454 286 (fictitious 0xx range)', 'invoice 130 692 544'],
  );
});

describe('in_aadhaar', () => {
  detectorCases(
    'in_aadhaar',
    [
      ['Aadhaar: 4991 1866 5246', '4991 1866 5246'],
      ['aadhaar_no=234567890124', '234567890124'],
    ],
    ['Aadhaar 4991 1866 5247', 'invoice 4991 1866 5246', 'aadhaar 1234 5678 9012'],
  );
});

describe('in_pan', () => {
  detectorCases(
    'in_pan',
    [
      ['PAN ABCPD1234E filed', 'ABCPD1234E'],
      // A DigiLocker issued-document URI: the PAN card's doctype, then the PAN.
      ['uri in.gov.pan-PANCR-AAAPL1234C issued', 'AAAPL1234C'],
    ],
    ['ABCXD1234E', 'ABCPD0000E', 'abcpd1234e', 'build-ABCPD1234E', 'SKU-PANCX-ABCPD1234E'],
  );
});

describe('es_nif / es_nie', () => {
  detectorCases(
    'es_nif',
    [
      ['DNI 12345678Z', '12345678Z'],
      ['55555555K', '55555555K'],
    ],
    ['12345678A', '00000000T', 'build 20261102T'],
  );
  detectorCases(
    'es_nie',
    [
      ['NIE X1234567L', 'X1234567L'],
      ['X1234567L', 'X1234567L'],
    ],
    ['X1234567A', 'Y1234567'],
  );
});

describe('it_fiscal_code', () => {
  detectorCases('it_fiscal_code', [['codice fiscale RSSMRA85T10A562S', 'RSSMRA85T10A562S']], ['RSSMRA85T10A562T', 'ABCDEFGHIJKLMNOP']);
});

describe('fr_nir', () => {
  detectorCases(
    'fr_nir',
    [
      ['NIR 2 55 08 14 168 025 38', '2 55 08 14 168 025 38'],
      ['255081416802538', '255081416802538'],
    ],
    ['2 55 08 14 168 025 39', '255131416802538', 'id 955081416802538'],
  );
});

describe('br_cpf / br_cnpj', () => {
  detectorCases(
    'br_cpf',
    [
      ['CPF 529.982.247-25', '529.982.247-25'],
      ['cpf: 52998224725', '52998224725'],
    ],
    ['529.982.247-26', '111.111.111-11', 'order 52998224725'],
  );
  detectorCases(
    'br_cnpj',
    [
      ['CNPJ 11.222.333/0001-81', '11.222.333/0001-81'],
      ['cnpj 11222333000181', '11222333000181'],
    ],
    ['11.222.333/0001-82', 'txn 11222333000181'],
  );
});

describe('au_tfn / au_abn / au_medicare', () => {
  detectorCases(
    'au_tfn',
    [
      ['TFN 876 543 210', '876 543 210'],
      ['tax file number: 123456782', '123456782'],
    ],
    ['TFN 824 753 557', 'ref 876 543 210'],
  );
  detectorCases('au_abn', [['ABN 51 824 753 556', '51 824 753 556']], ['ABN 51 824 753 557', 'phone 51 824 753 556']);
  detectorCases('au_medicare', [['Medicare 2123 45670 1', '2123 45670 1']], ['Medicare 2123 45680 1', 'ref 2123 45670 1']);
});

describe('sg_nric', () => {
  detectorCases(
    'sg_nric',
    [
      ['NRIC S1234567D', 'S1234567D'],
      ['FIN F1234567N', 'F1234567N'],
      ['M1234567K', 'M1234567K'],
    ],
    ['S1234567A', 'G1122144L (format only, wrong check letter)', 'PA12348L'],
  );
});

describe('pl_pesel', () => {
  detectorCases('pl_pesel', [['PESEL: 44051401359', '44051401359']], ['PESEL: 44051401358', 'order 44051401359', 'PESEL 44133401359']);
});

describe('kr_rrn', () => {
  detectorCases(
    'kr_rrn',
    [
      ['900101-1234568', '900101-1234568'],
      ['RRN 9001011234568', '9001011234568'],
      // Issued from October 2020 without a check digit (MOIS): structure and a keyword.
      ['주민등록번호 210315-3123457', '210315-3123457'],
    ],
    ['800101-1234567', '901301-1234567', 'serial 9001011234568', 'RRN 211315-3123457 (month 13)', 'ref 210315-3123457'],
  );
});
