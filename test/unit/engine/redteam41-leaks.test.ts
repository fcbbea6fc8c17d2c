import { describe } from 'vitest';
import { testEngine } from '../../helpers/engine.js';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and look-alikes the forty-first red-team round found (fixtures/redteam41-corpus.ts:
 * hospitality, restaurants, retail POS and loyalty), each closed where it happens, with the
 * look-alike beside it that must stay. The values here differ from the corpus'.
 */
const { masks, keeps } = leakCases(testEngine());

/** An Alloggiati Web record: the fields padded to the service's widths. */
function schedina(values: readonly string[]): string {
  const widths = [2, 10, 2, 50, 30, 1, 10, 9, 2, 9, 9, 5, 20, 9];
  return values.map((v, i) => v.padEnd(widths[i]!, ' ')).join('');
}

describe('Alloggiati Web schedine (Italian police guest reports), fixed-width lines', () => {
  const french = schedina([
    '16',
    '02/09/2025',
    '04',
    'BERGER',
    'CLAIRE',
    '2',
    '03/04/1975',
    '',
    '',
    '100000215',
    '100000215',
    'PASOR',
    '21AB12345',
    '100000215',
  ]);
  const italian = schedina([
    '17',
    '02/09/2025',
    '02',
    'ESPOSITO',
    'GENNARO',
    '1',
    '21/01/1969',
    '415063049',
    'NA',
    '100000100',
    '100000100',
    'PATEN',
    'NA5123456L',
    '415063049',
  ]);
  const child = schedina([
    '19',
    '02/09/2025',
    '02',
    'ESPOSITO',
    'CHIARA',
    '2',
    '30/06/2014',
    '415063049',
    'NA',
    '100000100',
    '100000100',
    '',
    '',
    '',
  ]);
  masks('a single guest: surname, given name, birth date, passport', french, ['BERGER', 'CLAIRE', '03/04/1975', '21AB12345']);
  masks('a head of family and a member, also with the last blank fields cut', `${italian}\n${child.trimEnd()}`, [
    'ESPOSITO',
    'GENNARO',
    '21/01/1969',
    'NA5123456L',
    'CHIARA',
    '30/06/2014',
  ]);
  keeps('the arrival date and the state and municipality codes', `${french}\n${italian}`, [
    '02/09/2025',
    '100000215',
    '415063049',
    'PASOR',
  ]);
  keeps(
    'a line that starts with a date but has no type code before it',
    `02/09/2025 10:00:01 INFO nightly export ${'x'.repeat(60)} BERGER CLAIRE 03/04/1975 run=${'9'.repeat(40)}`,
    ['BERGER'],
  );
  keeps(
    'a fixed-width line whose sex code is not 1 or 2',
    schedina(['16', '02/09/2025', '04', 'WAREHOUSE', 'SHELF', '7', '03/04/1975', '', '', '', '', '', 'A12', '']),
    ['WAREHOUSE', 'SHELF'],
  );
});

describe("Oracle's DD-MON-YY dates after a birth label (OPERA change logs, EBS screens)", () => {
  masks('a change log: BIRTH DATE [old] -> [new]', 'PROFILE CHANGED 4471902 by MROSSI: BIRTH DATE [ ] -> [07-NOV-91]', ['07-NOV-91']);
  masks('a four-digit year, lower case', 'guest dob: 14-feb-1978, nationality NO', ['14-feb-1978']);
  keeps('the same format without a birth word', 'ARRIVAL 12-JUN-24 DEPARTURE 15-JUN-24 folio 883413', ['12-JUN-24', '15-JUN-24']);
});

describe('passport numbers: eight digits (Nordic books) and the Dutch layout', () => {
  masks('eight digits after Passport No', 'Passport No: 50271946 issued by Polisen', ['50271946']);
  masks('the Dutch layout (two letters, six letters or digits, a digit)', 'left his paspoort NW92BD8H2 at reception', ['NW92BD8H2']);
  keeps('eight digits with no passport word', 'invoice 50271946 paid by card', ['50271946']);
  keeps('eight digits further from the passport word', 'passport checked, order 50271946 paid', ['50271946']);
});

describe('decoded AAMVA licence data logged in a quoted string', () => {
  masks(
    'the elements',
    'idscan raw="ANSI 636014090002DL00410278ZC03190008DLDAQD7781235\\nDCSDOE\\nDBB02141990\\nDAK958140000  " status=OK',
    ['D7781235', '02141990', '958140000'],
  );
  keeps(
    'the fields after the closing quote',
    'idscan raw="ANSI 636014090002DL00410278ZC03190008DLDAQD7781235\\nDAK958140000  " status=OK ra=RA-2025-0091',
    ['ra=RA-2025-0091', 'status=OK'],
  );
});

describe('field names: the support number of a Spanish identity card', () => {
  masks('soporteDocumento', { persona: { tipoDocumento: 'NIE', soporteDocumento: 'E01234567' } }, ['E01234567']);
  keeps('soporte alone (support)', { soporte: 'tecnico nivel 2' }, ['tecnico nivel 2']);
});

describe('objects under a sensitive name that are records of something else', () => {
  keeps(
    "a returns system's authorisation record with a decision",
    { return_authorization: { id: 'RA-55120', decision: 'DENIED', reason: 'R12 over limit', amount: '64.50' } },
    ['RA-55120', 'DENIED', '64.50'],
  );
  masks('a token inside that record is still a token', { return_authorization: { status: 'OK', token: 'tok_9f8e7d6c5b4a3928170615' } }, [
    'tok_9f8e7d6c5b4a3928170615',
  ]);
  masks('a credential under authorization alone', { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' }, ['YWxhZGRpbjpvcGVuc2VzYW1l']);
  keeps(
    'an integration config under ohip (Oracle Hospitality Integration Platform)',
    { ohip: { gateway: 'https://ohip-uat.example.com', client_id: 'ACME_Client', app_key_name: 'pms-sync' } },
    ['https://ohip-uat.example.com', 'ACME_Client'],
  );
  masks('the secret in that config, by its own name', { ohip: { client_id: 'ACME_Client', client_secret: 'Zq4~mT8rW2xY6vB0nK3pL7sD' } }, [
    'Zq4~mT8rW2xY6vB0nK3pL7sD',
  ]);
  masks('an Ontario health number under ohip', { ohip: '4532-281-746-KT' }, ['4532-281-746']);
});

describe('loyalty numbers after rewards / member number', () => {
  masks('rewards #', 'please add the points to rewards # 6001 2345 9876', ['6001 2345 9876']);
  masks('member number', 'Caller gave member number 48120377 and zip', ['48120377']);
  masks('Member No.', 'MEMBER NO. 9100448271 TIER GOLD', ['9100448271']);
  keeps('member since, members count', 'member since 2019; 48120 members joined the programme', ['2019', '48120']);
});

describe("a phone in brackets right after a person's name (host and concierge notes)", () => {
  masks('a Japanese mobile without separators', 'VIP: Ms Aiko Watanabe (08098765432) requests quiet room', ['08098765432']);
  masks('a Portuguese mobile in groups', 'Transfer booked for Sr Rui Almeida (936 123 456) at 10:00', ['936 123 456']);
  keeps('a number label before the bracket', 'Order Number (912345678) shipped; Account Id (936123456) closed', ['912345678', '936123456']);
  keeps('a dated serial in brackets', 'Build Agent (20240614123) finished', ['20240614123']);
});

describe('a form body logged as one value after body= / payload=', () => {
  masks('the pairs inside the value', 'POST /checkin body=guest_name=Lars+Eriksen&email=lars.eriksen%40example.no&room=311', [
    'Lars+Eriksen',
    'lars.eriksen%40example.no',
  ]);
  keeps('the other pairs and a filter expression', 'GET /list filter=status=open&room=311&limit=10', [
    'status=open',
    'room=311',
    'limit=10',
  ]);
});

describe('Irish and British estate names as street lines', () => {
  masks('Park / Lawn / Rise with a locality after a comma', 'Verified: 9 Beechwood Rise, Lucan and 31 Cypress Lawn, Templeogue', [
    '9 Beechwood Rise',
    '31 Cypress Lawn',
  ]);
  keeps('the same words without a locality after', 'We watched 2 Jurassic Park films; gate 3 Hyde Park closed', [
    '2 Jurassic Park',
    '3 Hyde Park',
  ]);
});

describe('leftovers, stop 34', () => {
  masks('a guest name under nm beside a phone or a party size', { table: 'B7', pax: 2, nm: 'Moreau Camille', tel: '06 12 34 56 78' }, [
    'Moreau Camille',
  ]);
  masks('a name under nm beside an e-mail', { nm: 'Ingrid Solberg', email: 'ingrid.s@example.no' }, ['Ingrid Solberg']);
  keeps('nm without a contact member, or a place written as a name', { nm: 'Downtown Store', tel: '020 7946 0000' }, ['Downtown Store']);
  keeps('nm as a wavelength', { nm: 'Ultra Violet', unit: 'nm', peak: 365 }, ['Ultra Violet']);
  masks('a phone under ph beside a name', { nm: 'Pham Van Duc', ph: '0987654321', tier: 'SILVER' }, ['0987654321']);
  keeps('ph as a pH reading beside a name', { nm: 'Tank B', ph: '7.35', temp: 21 }, ['7.35']);
  masks('a member number under acct beside points', { evt: 'redeem', acct: '5520917734', pts: -500, store: '0112' }, ['5520917734']);
  masks('a member number under mid beside a tier', { mid: '88012345', tier: 'PLATINUM', pts: 12000 }, ['88012345']);
  keeps(
    'mid and acct of a card terminal (merchant and ledger ids)',
    { mid: '000000987654321', tid: '00045678', acct: '40012345', amount: 9.5 },
    ['000000987654321', '40012345'],
  );
  masks(
    'mid / ph pairs of a loyalty log line beside a tier',
    'loyalty_check ok mid=9100456723 nm="Tran Minh Chau" ph=0903123456 tier=SILVER store=SGN-004',
    ['9100456723', '0903123456'],
  );
  keeps('a card terminal line: mid and tid', 'auth approved mid=000000987654321 tid=00045678 amt=9.50 ph=7.35', [
    '000000987654321',
    '7.35',
  ]);
  keeps(
    'menu items whose title pairs a name with a dish',
    { items: [{ title: 'Caesar Salad' }, { title: 'Sunrise Bowl' }, { title: 'Margherita Pizza' }] },
    ['Caesar Salad', 'Sunrise Bowl', 'Margherita Pizza'],
  );
  masks('a person beside a dish in prose', 'Ordered by Olivia Bennett: 1 Caesar Salad', ['Olivia Bennett']);
  masks(
    'SURNAME, GIVEN after a change log name field',
    'PROFILE UPDATED 7712 by MKOV: NAME [ ] -> [HALVORSEN, INGRID]; ROOM [ ] -> [412]',
    ['HALVORSEN'],
  );
  masks('an unknown surname, a comma and a given name after a name label', 'Name: Bergqvist, Anna; NAME: OYELARAN, GRACE', [
    'Bergqvist',
    'OYELARAN',
  ]);
  keeps('a change log field that is no name, and a place after a name label', 'ROOM TYPE [ ] -> [DELUXE, KING]; Name: Paris, France', [
    'DELUXE, KING',
    'Paris, France',
  ]);
  masks(
    'an Italian CIE number after its word in Italian prose',
    'scartata: numero documento CB54321ZX non valido; carta d’identità CD11223EF',
    ['CB54321ZX', 'CD11223EF'],
  );
  keeps('the same shape without the word', 'part AB12345CD shipped with documentation ref XY54321ZZ', ['AB12345CD', 'XY54321ZZ']);
});
