import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 55 (airlines, distribution systems and borders): the shapes that leaked, each fixed
 * by a general rule, with positives other than the corpus values and look-alikes that must stay.
 * Values: GDS SSR layouts (DOCS / DOCO / DOCA / CTCE / CTCM, form of payment), IATA BCBP and
 * PNRGOV layouts, Stripe / card networks' test cards, libphonenumber example numbers (IT 312 345
 * 6789, ES 612 34 56 78, CH 078 123 45 67), document and member numbers built to issuers' layouts.
 */

const { masks, keeps } = leakCases();

describe('red-team 55: SSR DOCS free text without its element header', () => {
  masks(
    'a Travelport FreeText with two-letter countries and mixed-case names',
    { ssr: '<SSR Type="DOCS" Carrier="AZ" FreeText="P/IT/YA5518302/IT/02MAR86/F/11SEP31/Rinaldi/Chiara"/>' },
    ['YA5518302', '02MAR86', 'Rinaldi'],
  );
  masks('a PNRGOV SSR segment', "SSR+DOCS:HK:1:IB:::::/P/ESP/PAD903417/ESP/19JUL75/M/08OCT30/MORENO/JAVIER'", [
    'PAD903417',
    '19JUL75',
    'MORENO',
  ]);
  masks('a DCS message with the expiry and no names', 'BRD MAD IB3166 SEQ 044 DOCS I/ESP/48291730B/ESP/30JAN92/F/14APR29 BAGS 0', [
    '48291730B',
    '30JAN92',
  ]);
  masks('an agent’s lower-case Amadeus entry', 'srdocsibhk1-p-esp-pad903417-esp-19jul75-m-08oct30-moreno-javier/p1', [
    'pad903417',
    '19jul75',
    'moreno-javier',
  ]);
  keeps('slash-separated codes without a DDMMMYY birth date and gender', { route: 'P/ESP/MAD/BCN/M/OK', path: '/api/v1/F/2024/report' }, [
    'P/ESP/MAD/BCN/M/OK',
    '/api/v1/F/2024/report',
  ]);
});

describe('red-team 55: SSR DOCO, DOCA, CTCE, CTCM and form of payment', () => {
  masks('a Known Traveler and a redress number in DOCO', 'SSR DOCO DL HK1 //K/TT4821937///US/P2\nSRDOCO DL HK1-//R/7719204///US', [
    'TT4821937',
    '7719204',
  ]);
  masks('a destination address in DOCA', 'SSR DOCA DL HK1 D/USA/2250 N CLARK ST APT 5/CHICAGO/IL/60614/P2', ['2250 N CLARK ST', '60614']);
  masks('a CTCE e-mail with // for @ and ./ for -', 'SSR CTCE AZ HK1 CHIARA./RINALDI//POSTA.EXAMPLE.IT/P1', ['RINALDI//POSTA.EXAMPLE.IT']);
  masks('a lost-bag file’s EA line', 'NM SANTOS/BEATRIZ MS\nEA BEATRIZ.SANTOS//EXAMPLE.COM.BR', ['BEATRIZ.SANTOS//EXAMPLE.COM.BR']);
  keeps('a lower-case path with a double slash and URLs', 'copied logs//app.log from https://CDN.EXAMPLE.COM/x', [
    'logs//app.log',
    'https://CDN.EXAMPLE.COM/x',
  ]);
  masks(
    'CTCM phones (Amadeus, Sabre, PNRGOV)',
    "SSR CTCM AZ HK1 393123456789/P1\n3CTCMIB/34612345678-1MORENO/JAVIER\nSSR+CTCM:HK:1:LX:::::/41781234567'",
    ['393123456789', '34612345678', '41781234567'],
  );
  masks('cards glued to a form-of-payment code', 'FP CCCA5200828282828210/1127\n  3.-AX371449635398431¥0928', [
    '5200828282828210',
    '371449635398431',
  ]);
  keeps('a code and digits that fail the Luhn rule, and a ticket number', 'FP CCVI4000056655665557/0127 FA PAX 125-2345678901/ETBA', [
    '4000056655665557',
    '125-2345678901',
  ]);
  masks('Sabre PHONES with dashes', 'PHONES\n  1.MAD34-612-345-678-M\n  2.ZRH41-78-123-45-67-H', ['612-345-678', '78-123-45-67']);
});

describe('red-team 55: names in GDS form and boarding passes', () => {
  masks(
    'a titled GDS name in a kiosk line and a DCS message',
    'kiosk=FCO-K2 pax="RINALDI/CHIARA MS" pnr=Q8ZL3K\nPAX MORENO/JAVIER MR BOARDED',
    ['RINALDI/CHIARA', 'MORENO/JAVIER'],
  );
  keeps('slash pairs of capitals without a title, and a booking code', 'route MAD/BCN OK, TCP/IP MODE, AC/DC ON, pnr=Q8ZL3K', [
    'MAD/BCN',
    'TCP/IP',
    'AC/DC',
    'Q8ZL3K',
  ]);
  masks(
    'a boarding pass whose PNR code starts with E (the name field is 20 characters)',
    'M1SANTOS/BEATRIZ      EEKR7T2 GRULISTP 0088 301Y017C0102 100',
    ['SANTOS/BEATRIZ'],
  );
  masks(
    'the frequent-flyer number of a boarding pass’s conditional items',
    'M1SANTOS/BEATRIZ      EEKR7T2 GRULISTP 0088 301Y017C0102 15D>5180WW3300BTP 2A0472345678901 0TP TP 582913746       20K',
    ['582913746'],
  );
  keeps('a boarding pass’s flight, seat and ticket number', 'M1SANTOS/BEATRIZ      EEKR7T2 GRULISTP 0088 301Y017C0102 100', [
    'EKR7T2',
    'GRULISTP 0088',
  ]);
  masks('a PNRGOV traveller and frequent-flyer segment', "TIF+RINALDI+CHIARA:A:2'FTI+AZ:4471920385'", ['RINALDI', 'CHIARA', '4471920385']);
});

describe('red-team 55: frequent-flyer, Known Traveler and redress numbers', () => {
  masks(
    'frequent-flyer and Secure Flight numbers under their field names',
    {
      frequentFlyerNumber: '582913746',
      mileagePlusNumber: 'KP920417',
      knownTravelerNumber: '984117203',
      redressNumber: '7719204',
      born_on: '1991-03-09',
    },
    ['582913746', 'KP920417', '984117203', '7719204', '1991-03-09'],
  );
  masks('a KTN and a redress number in prose', 'Added KTN: 984117203 to the profile; redress number is 7719204', ['984117203', '7719204']);
  masks('a programme number in prose', 'please add my SkyMiles 9147203385 and my Miles & More number 992005551234567', [
    '9147203385',
    '992005551234567',
  ]);
  keeps(
    'programme names without a number, tiers and flight numbers',
    'SkyMiles Diamond members board first on DL 404 since 2025; frequent flyer programme 2025 rules',
    ['DL 404', 'since 2025', 'programme 2025 rules'],
  );
  masks('a passport book with a blank after the passport word', 'passport no is YA 5518302 and it expires soon', ['YA 5518302']);
  masks('a travel document under docNo', { docType: 'P', docNo: 'YA5518302' }, ['YA5518302']);
  keeps('an accounting document number under docNo', { docNo: '4500012345', docType: 'KR' }, ['4500012345']);
});

describe('red-team 55: medical free text of airline special service requests', () => {
  masks('a condition beside a MEDA or wheelchair code', { ssr: 'MEDA', text: 'PAX WITH EPILEPSY, MEDIF ON FILE' }, ['EPILEPSY']);
  masks('Parkinson’s beside a wheelchair code', "WCHS 23C pax has Parkinson's, needs assistance", ["Parkinson's"]);
  keeps('a condition word without a leave or medical-case word', 'Parkinsons research charity run sponsored by the airline', [
    'Parkinsons research',
  ]);
});

describe('red-team 55: identity documents by type and baggage-file phones', () => {
  masks(
    'a document number beside its type (Duffel identity_documents)',
    { identity_documents: [{ type: 'passport', unique_identifier: 'YA5518302', issuing_country_code: 'IT', expires_on: '2031-09-11' }] },
    ['YA5518302'],
  );
  keeps('a unique identifier beside a type that names no personal field', { type: 'aircraft', unique_identifier: 'EI-DEO-2017' }, [
    'EI-DEO-2017',
  ]);
  masks(
    'the PN and TP lines of a baggage file',
    'AHL FCOAZ12093\nNM RINALDI/CHIARA MS\nPN 393123456789\nTP +39 312 345 6789\nTN AZ558213',
    ['393123456789', '312 345 6789'],
  );
  keeps('a part number line without a baggage file’s NM line', 'PN 4471203981\nQTY 2\nTN AZ558213', ['4471203981']);
});

describe('red-team 55: leftovers, stop 36', () => {
  masks(
    'a frequent-flyer number in a list under its programme parent (Sabre FrequentFlyer)',
    { Passenger: { FrequentFlyer: [{ SupplierCode: 'DL', Number: '9147203385', TierLevelNumber: 3 }] } },
    ['9147203385'],
  );
  keeps(
    'a supplier code and numbers in lists under other parents',
    { FrequentFlyer: [{ SupplierCode: 'DL', Number: '9147203385' }], Segments: [{ Number: '404', Carrier: 'DL' }] },
    ['"DL"', '404'],
  );
  masks(
    'a crew member’s staff number beside the crew member’s name',
    {
      roster: [
        { staff_no: 'K4402917', name: 'Ingrid Solberg', rank: 'SFA' },
        { crewId: '30418', full_name: 'Mateus Carvalho' },
      ],
    },
    ['K4402917', '30418'],
  );
  keeps('a staff number alone, and beside a name that is no person’s', { staffNumber: 'K4402917', base: 'OSL', rank: 'SFA' }, ['K4402917']);
  masks(
    'a decoded TD1 document number under doc beside the given names',
    { r: { doc: 'AB7730142', dob: '850214', sn: 'KOWALSKA', gn: 'ZOFIA' } },
    ['AB7730142'],
  );
  keeps('a doc member beside no given name', { doc: 'RFC7231', section: '6.5.1', gn: '' }, ['RFC7231']);
  masks(
    'the names of a Travelport BookingTravelerName element',
    { body: '<com:BookingTraveler Key="x1"><com:BookingTravelerName Prefix="Ms" First="Ingrid" Last="Solberg"/></com:BookingTraveler>' },
    ['Ingrid', 'Solberg'],
  );
  keeps('First / Last attributes of other elements', '<Range First="1" Last="50"/><Page Last="Index"/>', ['Last="Index"']);
  masks(
    'a URL-encoded boarding pass in a mobile link',
    'GET /mbp?d=M1SOLBERG%2FINGRID%20%20%20%20%20%20%20%20%20EKX4P2Q%20OSLCPHSK%200461%20214Y012C0044%20100 200',
    ['SOLBERG%2FINGRID'],
  );
  keeps('a URL-encoded path with capitals and digits', 'GET /files?p=M1REPORTS%2FQ3%20FINAL%20v2 200', ['M1REPORTS%2FQ3']);
  masks('the passenger a Sabre SSR entry is associated with', '3CTCMSK/4791234567-1SOLBERG/INGRID\n3WCHRSK/NN1-1.1SOLBERG/INGRID', [
    'SOLBERG/INGRID',
  ]);
  keeps('a slash pair after a dash outside a Sabre entry', 'build v2-1TCP/IP stack\nroute OSL-1CPH/ARN', ['TCP/IP', 'CPH/ARN']);
  masks(
    'a passenger after pax, quoted or in GDS form, without a title',
    'BRS offload pax "SOLBERG INGRID" not boarded\nDCS pax=CARVALHO/MATEUS seat 14C',
    ['SOLBERG INGRID', 'CARVALHO/MATEUS'],
  );
  keeps('a passenger type or count after pax', 'fare pax "ADT" x2, pax=CHD/INF, pax 3', ['"ADT"', 'CHD/INF']);
  keeps('a loyalty tier that is no person', 'Member reached Flying Blue Platinum 2025; Titanium Elite since 2019', [
    'Blue Platinum',
    'Titanium Elite',
  ]);
  masks(
    'a crew member’s staff number before the name in a crew-control message',
    'Crew ops: 30418 (Mateus Carvalho) off sick, K4402917 I. Solberg standby',
    ['30418', 'K4402917'],
  );
  keeps('flight numbers and counts before names in a crew message', 'Crew ops: BA0285 Captain Lee; 12345 Hours logged; K4402917 alone', [
    'BA0285',
    '12345 Hours',
    'K4402917',
  ]);
  masks('a passport number in a header-less applicant row', 'SOLBERG,INGRID,1985-02-12,FK7730142,NOR,ingrid.solberg@example.no,PENDING', [
    'FK7730142',
  ]);
  keeps('an order code in a row without a birth date', 'SOLBERG,INGRID,2025-02-12,FK7730142,NOR,ops@example.no,PENDING', ['FK7730142']);
});
