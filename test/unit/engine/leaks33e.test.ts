import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 35 (justice, public safety, immigration) and 33 (payroll and
 * banking files), each closed as a general rule, with the look-alikes beside it that must stay.
 * Values differ from the corpora: routing numbers of other public banks (ABA check digit
 * verified), SSNs built to the SSA rules, NANP numbers of the 555-01xx fiction range, plausible
 * names.
 */
const { masks, keeps } = leakCases();

describe('abbreviated members read beside the members that tell the record kind (key:beside_partner)', () => {
  masks(
    'an I-94 lookup: fn / ln / bd and adm beside cls',
    { q: { fn: 'PRIYA', ln: 'NAIR', bd: '04/07/1987' }, res: { adm: '51027384916', cls: 'F1' } },
    ['NAIR', 'PRIYA', '04/07/1987', '51027384916'],
  );
  masks('an I-94 number of the newer form beside adm_until', { adm: '412345678A1', adm_until: 'D/S' }, ['412345678A1']);
  masks('a state id beside an FBI number', { fbiNumber: '318265LB4', sid: 'TX04417726' }, ['TX04417726']);
  keeps('a session or Twilio sid alone', { sid: 'AZ13928470', status: 'ok' }, ['AZ13928470']);
  keeps('a sid beside something else', { sid: '20931744', region: 'us-east-1' }, ['20931744']);
  keeps('a function and a line number', { fn: 'handler', ln: '42' }, ['handler', '42']);
  masks('an IRCC application number beside the UCI', { uci: '2207-3319', applicationNumber: 'E004417821' }, ['E004417821']);
  keeps('an application number alone', { applicationNumber: 'W102938475', status: 'ok' }, ['W102938475']);
  keeps('adm beside no class of admission', { adm: '51027384916', role: 'admin' }, ['51027384916']);
  keeps('bd (a board) beside no name part', { bd: '2024-05-01', team: 'ops' }, ['2024-05-01']);
});

describe('CAD narratives: names after a dispatcher party word, a callback after CB, a plate after a car model', () => {
  masks('RP and SUBJ IS with an inverted name', '0142 RP ROSALIND ACHEBE CB 4805550139 ADV SUBJ IS GARCIA MARIA L', [
    'ROSALIND ACHEBE',
    '4805550139',
    'GARCIA MARIA',
  ]);
  masks('an EX-GF after STATES', 'RP STATES EX-GF MARIA LOPEZ SLASHED TIRES', ['MARIA LOPEZ']);
  masks('a plate after an NCIC colour and a model', 'SUSP LEFT EB IN SIL ALTIMA 7LMN204', ['7LMN204']);
  keeps('dispatch words after the party word', 'RP STATES SUBJ LEFT NB IN GREEN HONDA', ['SUBJ LEFT NB IN GREEN HONDA']);
  keeps('a verb the gazetteer lacks', 'SUBJ MARCUS ADVISED OF RIGHTS', ['MARCUS ADVISED']);
  keeps('a URL cache-buster', 'GET /logo.png?cb=4805550139 200', ['4805550139']);
  keeps('a plate-shaped code without a vehicle word', 'TICKET 7LMN204 CLOSED', ['7LMN204']);
});

describe('names in court and integration lines', () => {
  masks('SURNAME,GIVEN without a blank, a person field after', 'verify: MSC ok for ADEYEMI,OLUWADAMILOLA ssn=<masked> done', [
    'ADEYEMI,OLUWADAMILOLA',
  ]);
  masks('SURNAME,GIVEN with a common given name', 'case assigned to GARCIA,MARIA today', ['GARCIA,MARIA']);
  keeps('capital lists and pairs', 'levels ERROR,WARN and RED,GREEN,BLUE and APRIL,MAY and NAME,GRACE', [
    'ERROR,WARN',
    'RED,GREEN,BLUE',
    'APRIL,MAY',
    'NAME,GRACE',
  ]);
  masks('an initial and a hyphenated surname', 'sealed for petitioner T. Garcia-Lopez (minor)', ['Garcia-Lopez']);
  keeps('an abbreviation and a hyphenated word', 'see Fig. Pre-Trial and S. Post-Op notes', ['Pre-Trial', 'Post-Op']);
});

describe('licences, streets and LEDES tax ids', () => {
  masks('a grouped Illinois licence after DL', 'caller says DL M215-4470-6618 was suspended', ['M215-4470-6618']);
  masks('a grouped Florida licence after DL', 'DL# B625-118-54-390-0 on file', ['B625-118-54-390-0']);
  keeps('a grouped part number without a licence word', 'order A123-4567-8901 shipped', ['A123-4567-8901']);
  masks('Cres and Av street types', 'moved to 27 Larkspur Cres, then 1190 Oakridge Av (rear)', ['27 Larkspur Cres', '1190 Oakridge Av']);
  keeps('an avenue word without a house number', 'Av. speed 30 km/h on the Cres line', ['Av. speed', 'Cres line']);
  const ledes =
    '20250131|INV-9|C77|M-41|900.00|20250101|20250131|Services|3|F|1.5|0|675.00|20250114|L210|||A103|TK88|Draft motion|84-2917356|450.00|Okafor, Nnamdi|AS|CM-9[]';
  masks('a LEDES 1998B line without its header', `rejected: ${ledes}`, ['84-2917356']);
  keeps('an EIN-shaped cell of a pipe line that is no LEDES line', 'a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|84-2917356|q', ['84-2917356']);
});

describe('header-less person rows (bare_cells)', () => {
  masks(
    'a jury export row: names, compact birth date, phone, licence',
    '2025-0098812|ACHEBE|ROSALIND|19710914|410 N WELLS ST|CHICAGO|IL|60654|3125550178|A51209376411',
    ['ACHEBE', 'ROSALIND', '19710914', '3125550178', 'A51209376411'],
  );
  masks(
    'an HR import row quoted in an error',
    'row 9 rejected: "EMP00177,Okafor,Nnamdi,219-45-7731,02/14/1985,17 Willow Ln,Newark,NJ,07102,nnamdi@example.org,031000503,004418823390" (bad zip)',
    ['Okafor', 'Nnamdi', '219-45-7731', '02/14/1985', '17 Willow Ln', '004418823390'],
  );
  masks(
    'an EIB row with the account before its routing',
    'load row 5 -> 5,Mei Lin Chen,USA-SSN,412659083,1982-11-03,5530019921,122000247 status=ERROR',
    ['412659083', '1982-11-03', '5530019921'],
  );
  keeps('the routing code itself', 'load row 5 -> 5,Mei Lin Chen,USA-SSN,412659083,1982-11-03,5530019921,122000247 status=ERROR', [
    '122000247',
  ]);
  masks(
    'a fixed-width booking line: padded names, birth date, SSN, FBI number',
    'BK25-000912 OYELARAN            MARGARET       T 07221979 219457731 551204RT7 88 W ELM ST          MESA AZ85201',
    ['OYELARAN', 'MARGARET', '07221979', '219457731', '551204RT7'],
  );
  keeps('a fixed-width stock line', 'SKU   ITEM          QTY 20250101 123456789 ABC1234X9', ['20250101', '123456789', 'ABC1234X9']);
  masks('a positive-pay issue row without its header', { rows: ['5520193847,20011,310.45,2026-11-30,Margaret Oyelaran'] }, ['5520193847']);
  keeps('an order row of the same shape with a short id', { rows: ['1024,5,10.00,2026-01-01,Widget'] }, ['1024']);
  keeps('an order row without a person’s evidence', '2026-01-02,order,ORD-1234,123456789,2019-05-01,shipped,ok', [
    '123456789',
    '2019-05-01',
  ]);
  keeps('a row of dates and amounts', '20260105,INV-77,Acme Corp,1200.00,20251231,USD,approved', ['20251231', 'Acme Corp']);
  masks(
    'a beneficiary row: the names before the relationship cell',
    'UL5510023347,CONTINGENT,Tobias,Lindqvist,Son,412659083,2001-06-19,25',
    ['Tobias', 'Lindqvist', '412659083', '2001-06-19'],
  );
  keeps('the relationship and designation cells of that row', 'UL5510023347,CONTINGENT,Tobias,Lindqvist,Son,412659083,2001-06-19,25', [
    ',Son,',
    'CONTINGENT',
  ]);
  keeps('a relationship cell in capitals', 'UL5510023347,PRIMARY,TOBIAS,LINDQVIST,SPOUSE,412659083,1975-02-03,100', ['SPOUSE']);
});

describe('banking leftovers of round 33', () => {
  masks('a BAI2 16 record with a person as originator', '16,195,120000,0,4471,,WIRE IN ORG=MARGARET OYELARAN REF 88/', [
    'MARGARET OYELARAN',
  ]);
  keeps('a BAI2 16 record with a firm as originator', '16,195,120000,0,4471,,WIRE IN ORG=NORTHWIND TRADING REF 88/', ['NORTHWIND TRADING']);
  masks('a NOC corrected routing and account in prose', 'C03 corrected data 021000021/4455667788 for the payee', ['4455667788']);
  keeps('a corrected pair whose routing fails the check digit', 'ticket corrected: 123456789 / 55102293847', ['55102293847']);
  masks('a Canadian dash-form account after a deposit word', 'payroll: new chequing account 003-00457-88812345', ['88812345']);
  keeps('a dash-form part number', 'part number 004-12345-5061234 shipped', ['004-12345-5061234']);
  keeps('a dash form of no Canadian institution', 'deposit ref 555-12345-5061234', ['555-12345-5061234']);
});
