import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the fifty-third red-team round found (fixtures/redteam53-corpus.ts:
 * clearinghouse X12 APIs, remits and statements, dental, veterinary, behavioural health and
 * telehealth), each closed where it happens, with the look-alike beside it that must stay. The
 * values here differ from the corpus': the X12 005010X279A1 270 example's dependent (SMITH, MARY),
 * member ids and microchip numbers built to their published layouts, names and addresses made up.
 */
const { masks, keeps } = leakCases();

describe('a memberId inside the insured objects of clearinghouse APIs', () => {
  masks(
    'under subscriber, dependents[], patientName / insuredName, insurance',
    {
      subscriber: { memberId: 'K40918273645', firstName: 'Mary', lastName: 'Smith' },
      dependents: [{ memberId: 'K40918273602', firstName: 'Liam' }],
      claim: { patientName: { lastName: 'SMITH', memberId: 'QZ7731190284' }, insuredName: { memberId: 'QZ7731190200' } },
      insurance: { memberId: '8812044719-02' },
    },
    ['K40918273645', 'K40918273602', 'QZ7731190284', 'QZ7731190200', '8812044719-02'],
  );
  masks(
    'beside a birth date or the plan carrier',
    { a: { memberId: 'MBR55102938', dob: '1961-02-17' }, b: { carrier: 'Cigna', memberId: 'U77120394' } },
    ['MBR55102938', 'U77120394'],
  );
  keeps(
    'a workspace member under an organisation, a team, a channel; an object id without digits',
    {
      organization: { memberId: 'U04KQ7731X', role: 'admin' },
      team: { memberId: '58123409', name: 'Platform' },
      subscriber: { memberId: 'anonymous', plan: 'pro' },
    },
    ['U04KQ7731X', '58123409', 'anonymous'],
  );
});

describe('the revenue cycle account of a patient by its field name', () => {
  masks(
    'patient control and account numbers, a guarantor account',
    { patientControlNumber: 'PCN-558201', patientAccountNumber: 'HB00417729', guarantor_account: 'GA-2201937', pt_acct: '4471029' },
    ['PCN-558201', 'HB00417729', 'GA-2201937', '4471029'],
  );
  keeps(
    "the payer's claim control number, a trace number, a claim id",
    { payerClaimControlNumber: '1199324040078', traceNumber: '93175-012547', claimId: 'CLM-20260401-7' },
    ['1199324040078', '93175-012547', 'CLM-20260401-7'],
  );
});

describe('X12 835 segments quoted in a posting error', () => {
  masks(
    'CLP01 and a patient NM1*QC after it, without an envelope',
    'ERROR posting: CLP*PA55120*2*300*0**MC*882019377001~NM1*QC*1*BRANDT*HELGA****MI*R559102837~ unmatched',
    ['PA55120', 'BRANDT*HELGA', 'R559102837'],
  );
  keeps(
    'the payer claim control number and a lone CLP without a person',
    'posted CLP*PA55121*1*300*250**MC*882019377002~ for remit 1512345678',
    ['882019377002', '1512345678'],
  );
});

describe('a health plan member id after its name in lines and prose', () => {
  masks(
    'key=value, query string, JSON in a command, prose',
    'elig fail memberId=XJK530291746 payer=60054 ; GET /claims?member_id=UHX812290337&dos=2026-04-01 ; -d \'{"memberId":"ZRB44019283"}\' ; subscriber id "MC90812345601" not on file; subscriber 771029384-01 Delta',
    ['XJK530291746', 'UHX812290337', 'ZRB44019283', 'MC90812345601', '771029384-01'],
  );
  keeps(
    'a chat member snowflake, a Slack member, a member count, a date',
    'member_id=812345678901234567 joined; member U04KQ7731X left; member count 12345678; subscriber since 20240101',
    ['812345678901234567', 'U04KQ7731X', '12345678', '20240101'],
  );
});

describe("a pet's microchip and licence tag", () => {
  masks(
    'by field name',
    { microchip_number: '900215000912344', chipId: '985 121 009 552 310', RabiesTag: 'T-26-4471', dog_license_number: 'DL2026-0091' },
    ['900215000912344', '985 121 009 552 310', 'T-26-4471', 'DL2026-0091'],
  );
  masks(
    'after its name in prose, whole, grouped or AVID',
    'Chip on file 956 000 009 881 234; microchip# 981020011029384; scanned AVID*087*221*564 at intake',
    ['956 000 009 881 234', '981020011029384', '087*221*564'],
  );
  keeps(
    "an IoT board's chip id, a microchip flag, chip part numbers and counts",
    { chipId: '1458415', microchip: 'yes', note: 'chip ATSAMD21G18 rev 3, chip count 4, chipset 8086' },
    ['1458415', 'yes', 'ATSAMD21G18', '8086'],
  );
});

describe('dental practice systems: name parts and payers', () => {
  masks(
    "a patient row's FName beside LName; an attachment upload's patLast / patFirst",
    { PatNum: 20417, LName: 'Okafor', FName: 'Chidi', MiddleI: 'N' },
    ['Chidi', 'Okafor'],
  );
  masks('the query of an attachment upload', 'PUT /v2/upload?patLast=Sandoval&patFirst=Renata&tooth=30', ['Sandoval', 'Renata']);
  keeps(
    'an SAP change document field name; a payer and a dental plan in capitals or with its state',
    {
      cdpos: { TABNAME: 'KNA1', FNAME: 'NAME1' },
      payer: { name: 'BLUE HARBOR INSURANCE COMPANY' },
      carrier: 'Guardian Dental of Ohio',
      plan: 'Ameritas Dental PPO',
    },
    ['NAME1', 'BLUE HARBOR INSURANCE COMPANY', 'Guardian Dental of Ohio', 'Ameritas Dental PPO'],
  );
  masks('a person under a payer-like key still', { subscriber: { name: 'DOROTHY KELLERMAN' } }, ['DOROTHY KELLERMAN']);
});

describe('a rabies tag after its name; a date of service beside a birth date in a query', () => {
  masks('rabies tag and dog licence in prose', 'Pepper: Rabies Tag #: T26-0417 given; dog licence no. 2026-33190 renewed', [
    'T26-0417',
    '2026-33190',
  ]);
  keeps('a rabies certificate date, a vaccine serial', 'rabies certificate 2026-01-04, vaccine IMRAB 3 serial 4C1234A', [
    '2026-01-04',
    '4C1234A',
  ]);
  masks('the birth date of a claim-status query', 'GET /status?lastName=Moreau&dob=1958-11-02&dos=2026-02-14', ['1958-11-02']);
  keeps('its date of service', 'GET /status?lastName=Moreau&dob=1958-11-02&dos=2026-02-14', ['2026-02-14']);
});

describe('a dental or veterinary practice named in a reminder', () => {
  keeps('the practice after `this is`', 'Hi Noor, this is Cascade Family Dental. Reply C to confirm.', ['Cascade Family Dental']);
  masks(
    'the patient greeted, and a dentist after a title',
    'Hi Noor Haddad, this is Cascade Family Dental; Dr. Ana Ruiz Dental exam at 9',
    ['Noor Haddad', 'Ana Ruiz'],
  );
});

describe('leftovers, stop 36', () => {
  masks(
    "a top-level memberId beside the patient's object",
    { event: 'encounter.closed', memberId: 'MDL55019283', patient: { givenName: 'Oren', dob: '1990-07-04' } },
    ['MDL55019283'],
  );
  keeps(
    "a workspace member beside a team's object, a patient's id beside nothing",
    { memberId: 'W55019283', team: { name: 'Platform' }, patient: 'P-1001', visitId: 'VX12345678' },
    ['W55019283', 'VX12345678'],
  );
  masks(
    "a member's id after ID# / ID: in the member's clause; member= in a log line",
    'Spoke w/ member Arturo Velez, born 02/11/1959, ID: BCX60193847 re denial. hook=claims member=AHP712093845 status=ok',
    ['BCX60193847', 'AHP712093845'],
  );
  keeps(
    'a member count, a ticket id after a full stop, a Slack member in a key=value line',
    'member list refreshed. ID: 55019283 done; member=U0912AB34 joined; member count=120',
    ['55019283', 'U0912AB34', '120'],
  );
  masks(
    "a pet's tag after a bare tag in a rabies or licence text",
    'Reminder: Biscuit is due for rabies; bring tag KC-770412. Licence renewal for Pip: tag # 2027-51120 expires soon.',
    ['KC-770412', '2027-51120'],
  );
  keeps(
    'release tags and dates in a software licence text; a tag without rabies or licence',
    'license check ok for tag v2.14.0 built 2026-03-01; tag #2026-03-01 skipped. git tag RC-10442 pushed',
    ['v2.14.0', '2026-03-01', 'RC-10442'],
  );
  masks("a patient's chart number after chart #", 'Pt (chart # 10298374) called about refill; see Chart No. MR-9930144', [
    '10298374',
    'MR-9930144',
  ]);
  keeps('a Helm chart and a chart of points', 'helm chart 12.4.1 deployed; chart #3 of 4 plotted 55012 points', ['12.4.1', '55012']);
  masks(
    'a header-less collections row: two name cells before the birth date, a bare 10-digit phone',
    'K-0081127|VASQUEZ|ROSALIND|1969-02-08|3125550147|88.10|2026-01-15',
    ['VASQUEZ', 'ROSALIND', '1969-02-08', '3125550147'],
  );
  keeps(
    'a header-less export row with a recent date, product cells and a 10-digit order number',
    'K-0081127|WIDGET|BLUE|2026-02-08|3125550147|88.10|2026-01-15',
    ['WIDGET', 'BLUE', '2026-02-08'],
  );
  masks(
    'a header-less client row: the names before the street line',
    '20871\tDrummond\tHelena\t412 Larchmont Ave\tPasadena\tCA\t91101\t626-555-0182\tBiscuit\tFeline\tSiamese',
    ['Drummond', 'Helena'],
  );
  keeps(
    "the pet's name, species and breed after the phone",
    '20871\tDrummond\tHelena\t412 Larchmont Ave\tPasadena\tCA\t91101\t626-555-0182\tBiscuit\tFeline\tSiamese',
    ['Feline', 'Siamese'],
  );
  masks(
    "a bare 10-digit phone after a practice system's glued field name",
    'PatNum=20417 "Patient Edit: HmPhone 3125550147, WirelessPhone 7735550162"',
    ['3125550147', '7735550162'],
  );
  keeps('a bare 10-digit number after another glued name', 'PatNum=20417 "ClaimEdit: ClaimNum 3125550147"', ['3125550147']);
});
