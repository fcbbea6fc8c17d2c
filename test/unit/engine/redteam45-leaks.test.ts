import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the forty-fifth red-team round found (fixtures/redteam45-corpus.ts:
 * pharmacy, clinical trials, laboratories), each closed where it happens, with the look-alike
 * beside it that must stay. The values here differ from the corpus': HL7 v2.5.1 ADT / ORU examples'
 * Adam Everyman (1980-06-19, 2222 Home Street), NCPDP D.0 field ids, SSNs and health-plan ids
 * built to their published layouts, names and addresses made up.
 */
const { masks, keeps } = leakCases();

describe('HL7 v2 fields as JSON members (PID.5.1, PID-7, NK1.2)', () => {
  masks(
    'patient name, birth date, id, phone by field number',
    {
      'PID.3': '55120034^^^GHH^MR',
      'PID.5': { 'PID.5.1': 'Everyman', 'PID.5.2': 'Adam' },
      'PID.7': '19800619',
      'PID.13': '^PRN^PH^^1^555^5551987',
    },
    ['55120034', 'Everyman', '19800619', '5551987'],
  );
  masks('dash and underscore spellings', { 'PID-19': '432-71-5586', NK1_2: 'EVERYMAN^BRENDA', 'NK1.5': '(734)555-0178' }, [
    '432-71-5586',
    'EVERYMAN^BRENDA',
    '(734)555-0178',
  ]);
  keeps(
    'codes and components that name no one',
    { 'PID.1': '1', 'PID.8': 'M', 'PID.11.4': 'MI', 'PID.3.4': 'GHH', 'OBX.3': '2951-2^Sodium^LN', 'OBX.5': '141' },
    ['GHH', 'MI', '2951-2^Sodium^LN', '141'],
  );
});

describe('NCPDP Telecommunication segments as switches print them', () => {
  masks(
    'the last field of a segment before the next segment id',
    'B1 seg=AM04<FS>C2QRT550918273<FS>CCMARIANNE<FS>CDLOCKHART seg=AM01<FS>C419660412<FS>CQ6175550139 seg=AM07<FS>D7 00378018110',
    ['LOCKHART', '6175550139', 'QRT550918273', '19660412'],
  );
  masks('fields separated by |', 'reject 07 payload=AM04|C2JHW701284466|CCOTTILIE|CDBRANSFORD|AM01|C419810227|CBBRANSFORD', [
    'JHW701284466',
    'BRANSFORD',
    '19810227',
  ]);
  keeps('claim fields and the prescriber', 'AM07|EM1|D26019982|D700378018110|AM03|EZ01|DB1234567893 AM04|C1GRP0042', [
    '6019982',
    '00378018110',
    'GRP0042',
  ]);
});

describe('health plan member ids under pharmacy and claims names', () => {
  masks('SCRIPT CardholderID', { BenefitsCoordination: { CardholderID: 'KPX771204398', GroupID: 'RX5520' } }, ['KPX771204398']);
  masks('an integrator cardholderId and subscriberId', { cardholderId: 'UHC11029384756', subscriberId: 'JQZ448201937' }, [
    'UHC11029384756',
    'JQZ448201937',
  ]);
  masks('a legacy ins_mbr', { ins_mbr: 'AET99120477', ins_grp: 'G-1' }, ['AET99120477']);
  keeps('a card-issuing API cardholder object id', { cardholder_id: 'ich_1OqXyZ2eZvKYlo2C8aQ4Rb7s', status: 'active' }, [
    'ich_1OqXyZ2eZvKYlo2C8aQ4Rb7s',
  ]);
  keeps('the group and BIN beside it', { CardholderID: 'KPX771204398', GroupID: 'RX5520', BIN: '610502' }, ['RX5520', '610502']);
});

describe('birth dates of trial subjects (SDTM BRTHDTC, SAS DATE9)', () => {
  masks('SDTM DM BRTHDTC', { USUBJID: 'ABC-003-0117', BRTHDTC: '1962-10-03', SEX: 'M' }, ['1962-10-03']);
  masks('ODM ItemData DM.BRTHDTC', '<ItemData ItemOID="DM.BRTHDTC" Value="1974-01-28"/>', ['1974-01-28']);
  masks('DATE9 after born', 'Patient (born 07MAR1958) developed grade 3 neutropenia on study day 15.', ['07MAR1958']);
  keeps('DATE9 dates of events', 'Onset 12NOV2026, resolved 19NOV2026; SUBJID 0117.', ['12NOV2026', '19NOV2026']);
  keeps('SDTM reference start date', { USUBJID: 'ABC-003-0117', RFSTDTC: '2026-02-14' }, ['2026-02-14']);
});

describe('prescription directions, claim authorizations and drug names stay', () => {
  keeps('SCRIPT SigText', { MedicationPrescribed: { SigText: 'Apply thin layer to affected area twice daily' } }, [
    'Apply thin layer to affected area twice daily',
  ]);
  keeps('an NCPDP claim authNumber', { response: { status: 'P', authNumber: '26340918822' } }, ['26340918822']);
  keeps('a drug description with its dosage form', { DrugDescription: 'Metoprolol Succinate ER 50 MG Oral Tablet' }, ['Oral Tablet']);
  keeps('an oral solution in prose', 'Dispensed Amoxicillin 400 MG/5ML Oral Suspension, 100 mL.', ['Oral Suspension']);
  masks('a signature still under sig', { sig: 'dGhpcyBpcyBhIHNpZ25hdHVyZSBvZiB0aGUgcmVxdWVzdA==' }, [
    'dGhpcyBpcyBhIHNpZ25hdHVyZSBvZiB0aGUgcmVxdWVzdA==',
  ]);
  masks('auth still a credential', { auth: 'Zq7wR2pK9xT4vN1s' }, ['Zq7wR2pK9xT4vN1s']);
});

describe('abbreviated person names and vendor key headers', () => {
  masks('pt_fnm / pt_lnm', { pt_fnm: 'Wilhelmina', pt_lnm: 'Ostergaard', rx: '6020001' }, ['Wilhelmina', 'Ostergaard']);
  masks('a vendor key header', { headers: { 'X-Portal-Key': 'pk_9fQ2mZ7rT1xW4bN8cV3kL6hJ', accept: '*/*' } }, [
    'pk_9fQ2mZ7rT1xW4bN8cV3kL6hJ',
  ]);
  masks('a functions key header', { 'x-functions-key': 'Tq9Lm2Vx8Rw4Kp1Zs7Yc3Nb6Hd0Fg5Aj' }, ['Tq9Lm2Vx8Rw4Kp1Zs7Yc3Nb6Hd0Fg5Aj']);
  keeps('cache and idempotency keys', { 'X-Cache-Key': 'GET:/api/samples/42', 'X-Idempotency-Key': 'ord-20261205-0042' }, [
    'GET:/api/samples/42',
    'ord-20261205-0042',
  ]);
});

describe("spaced pairs of data-change logs (name = 'value')", () => {
  masks('REDCap data changes', "Update record 52: first_name = 'Ottoline', last_name = 'Marwick', sex = '1'", ['Ottoline', 'Marwick']);
  masks('double quotes', 'changed: surname = "Pennywhistle"', ['Pennywhistle']);
  keeps('a status in an SQL predicate', "WHERE status = 'active' AND site_id = '701'", ["'active'", "'701'"]);
  keeps('a form choice', "Update record 52: sex = '1', ethnicity = '2', consent_complete = '2'", ["consent_complete = '2'"]);
});

describe('ZPL patient labels', () => {
  masks(
    'name field and a DOB glued to ^FD',
    '^XA^FO30,30^FDGRAYSON, ELOWEN^FS^FO30,60^FDDOB: 12/30/1961 SEX: F^FS^FO30,90^BCN,70^FD2634100088^FS^XZ',
    ['GRAYSON, ELOWEN', '12/30/1961'],
  );
  masks('lower-case name before dob in one field', 'queued ^XA^FDbartholomew quince  dob 4/2/1977^FS^FDMRN 00448812^FS^XZ', [
    'bartholomew quince',
  ]);
  keeps(
    'a product label without a birth date or MRN',
    '^XA^FO20,20^FDSterile Water^FS^FO20,50^FDLOT 4471A EXP 2027-08^FS^BCN^FD0301234567890^FS^XZ',
    ['Sterile Water', '4471A', '0301234567890'],
  );
  keeps('barcodes and tube codes on a patient label', '^XA^FDKESTREL, IONA^FS^FDDOB 03/03/1950^FS^FDA2612069911^FS^FDSST 5mL CMP^FS^XZ', [
    'A2612069911',
    'SST 5mL CMP',
  ]);
});

describe('header-less pharmacy rows', () => {
  masks(
    'a birth date and a written phone make a person row',
    'PT-0207719,Cosima,Rutherford-Ames,1941-05-30,"12 Quarry Ln, Montpelier VT 05602",(802) 555-0164,H771029384',
    ['Cosima', 'Rutherford-Ames', '1941-05-30', '(802) 555-0164'],
  );
  keeps('a recent date and a phone in an order row', 'ORD-0091,Acme Supplies,Main Office,2024-04-01,614-555-0190,NET30,PO 448812901', [
    'Acme Supplies',
    '2024-04-01',
  ]);
});

describe('leftovers, stop 35', () => {
  masks(
    'NCPDP patient and insurance segments logged as a JSON map by segment id',
    {
      transaction: 'B1',
      bin: '610591',
      segments: {
        AM01: { CA: 'TOBIAH', CB: 'WENTWORTH', C4: '19720908', CP: '98103', C5: '1' },
        AM04: { C2: 'XQT40917735', C3: '01' },
        AM07: { D2: '7102288', D7: '00378018110' },
      },
    },
    ['TOBIAH', 'WENTWORTH', '19720908', '98103', 'XQT40917735'],
  );
  masks(
    'segment parents with a prefix or a suffix, field ids in lower case',
    { seg_am01: { ca: 'Odalys', cy: 'P7719203' }, AM04_insurance: { C2: 'HMK77120934' } },
    ['Odalys', 'P7719203', 'HMK77120934'],
  );
  keeps(
    'claim, pricing and code fields, and the same ids under other parents',
    {
      segments: { AM01: { C5: '2', C3: '01' }, AM04: { C1: 'RXGRP9', C3: '01' }, AM07: { D2: '7102288', D7: '00378018110', E7: '30' } },
      country: { CA: 'Ontario', CP: 'CP-2291' },
      AM010: { CA: 'Quebec' },
    },
    ['RXGRP9', '7102288', '00378018110', 'Ontario', 'CP-2291', 'Quebec'],
  );
  masks(
    'a memberId beside the pharmacy benefit routing members (BIN / PCN) is a health-plan id',
    {
      coverage: [{ bin: '015581', pcn: 'ADV', group: 'RX4410', memberId: 'ZHN80334127', personCode: '02' }],
      alt: { rx_bin: '004336', member_id: 'B7730194' },
    },
    ['ZHN80334127', 'B7730194'],
  );
  keeps(
    'a workspace member id beside a plan or a group, and a memberId alone',
    { a: { memberId: 'U04KQ7731X', plan: 'business', group: 'eng' }, b: { memberId: 'M2210034' }, c: { bin: '015581', memberId: 'guest' } },
    ['U04KQ7731X', 'M2210034', 'guest'],
  );
  masks('a patient phone under a legacy pharmacy abbreviation', { rx: '7102288', pt_ph: '6175550188', pat_ph: '(617) 555-0123' }, [
    '6175550188',
    '(617) 555-0123',
  ]);
  keeps('a pH and a phase under short names', { ph: '7.4', opt_ph: '8.1', pt_phase: '20230101' }, ['7.4', '8.1', '20230101']);
  masks(
    'a driver licence after a state code and licence in prose',
    'collector showed TX license 41880923 at will-call; OH licence: SB482019',
    ['41880923', 'SB482019'],
  );
  keeps('a product or open-source licence before a number', 'MIT license 2024, site license 44812093, GPL license 3, a license 20240101', [
    '2024',
    '44812093',
    '20240101',
  ]);
  masks(
    'a header-less audit row: surname and given name columns, a birth date, then a ZIP',
    '9d1f07bb2e41|NewRx|2026-11-30T08:14:55Z|6620014|7701630|1912345674|Halvorsen|Octavia|1952-08-17|55408|000',
    ['Halvorsen', 'Octavia', '1952-08-17'],
  );
  keeps(
    'product and order rows with an old date and five digits',
    'ORD-0091|Acme|Widgets|1998-04-01|43215|NET30|PO 448812901\nSKU-77|Sterling|Silver|1999-01-01|12000|EA|bin 4',
    ['Acme', 'Widgets', 'Sterling', '1998-04-01', '1999-01-01'],
  );
  masks(
    'the second date of a birth-date mismatch, past the 40 characters',
    {
      text: 'Subject 0417-2203: DOB on the source document is 11/08/1958 but the EDC shows 11/18/1958, please reconcile.',
      note: 'DOB 1949-03-02 vs chart 1949-02-03',
    },
    ['11/08/1958', '11/18/1958', '1949-02-03'],
  );
  keeps(
    'a recent date a few words after a birth date, and a date after a sentence break',
    {
      text: 'dob 1970-01-02 was verified by the nurse at the front desk on 2026-12-01',
      other: 'patient DOB 1950-02-02 on file. Shipment of the kit was booked 1999-03-03',
    },
    ['2026-12-01', '1999-03-03'],
  );
  masks(
    'a name written Surname, Given under a bare patient member',
    {
      specimens: [{ accession: 'B2701180044', patient: 'Castellano-Reid, Marisol', dob: '1958-11-04' }, { PATIENT: 'Nakashima, Hiro J.' }],
    },
    ['Castellano-Reid, Marisol', 'Nakashima, Hiro J.'],
  );
  keeps(
    'an id, a status or a word pair under patient',
    {
      a: { patient: 'P-00192' },
      b: { patient: 'Stable, Improving' },
      c: { patient: 'Fasting, Yes' },
      d: { patient: 'Discharged, Home' },
    },
    ['P-00192', 'Stable, Improving', 'Fasting, Yes', 'Discharged, Home'],
  );
  keeps(
    'a CDISC USUBJID beside its own site and subject cells in a header-less DM row',
    'CDISCPILOT01,DM,01-704-1033,1033,704,1961-04-17,65,YEARS,M,WHITE,Placebo',
    ['01-704-1033'],
  );
  masks('a Dublin number in a row without those cells', 'CUST-0077,Dublin office,01-704-1033,Acme Ltd,IE,renewal due', ['01-704-1033']);
  masks(
    'a compact birth date, YYYYMMDD after dob and MMDDYYYY after the format asked for',
    {
      a: 'pt DOB 19720908 verified at pickup',
      b: 'Please reply with your date of birth (MMDDYYYY) so we can confirm: 04221966',
    },
    ['19720908', '04221966'],
  );
  keeps(
    'a recent or impossible 8-digit number after a birth word',
    {
      a: 'dob verified, claim 20251103 paid',
      b: 'DOB on file; rx 12345678, auth 20199999',
    },
    ['20251103', '12345678', '20199999'],
  );
});
