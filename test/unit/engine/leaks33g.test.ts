import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 36 (ERP, procurement, tax ids) and 37 (insurance and automotive),
 * each closed as a general rule, with the look-alikes beside it that must stay. Values differ from
 * the corpora: SSNs built to the SSA rules, NANP numbers of the 555-01xx fiction range, company
 * VAT numbers from python-stdnum's doctests other than the corpus's, plausible names.
 */
const { masks, keeps } = leakCases();

describe('a header-less person row: a relationship cell before the SSN is no name (bare_cells)', () => {
  masks('the names before the relationship', 'B-2,CONTINGENT,Elena,Marsh,Spouse,219-54-7783,1961-05-02,50', [
    'Elena',
    'Marsh',
    '219-54-7783',
  ]);
  keeps('the relationship itself', 'B-2,CONTINGENT,Elena,Marsh,Spouse,219-54-7783,1961-05-02,50', ['Spouse', 'CONTINGENT']);
  keeps('a son as beneficiary', 'B-3,PRIMARY,Tomas,Reyes,Son,401-72-3398,1999-08-30,100', ['Son', 'PRIMARY']);
  masks('a name that is no relationship word stays a name', 'B-4,PRIMARY,Tomas,Reyes,Sonja,401-72-3398,1999-08-30,100', ['Sonja']);
});

describe("a company's VAT number under a generic taxId: its prefix and its country's check prove it a firm's", () => {
  const firms = [
    'ATU57194903',
    'BE0776091951',
    'CHE-116.281.710 MWST',
    'ESB58378431',
    'FR 61 954 506 077',
    'IT01640320360',
    'PT 502 757 191',
    'DK13585628',
    'FI20774740',
    'PL8567346215',
  ];
  for (const v of firms) keeps(`company VAT ${v}`, { vendor: '0000200301', taxId: v }, [v]);
  // Values that are, or could be, a person's number stay masked under the name.
  masks('a Spanish NIF of a person (DNI + letter)', { taxId: 'ES12345678Z' }, ['12345678Z']);
  masks('an Irish VAT number (a sole trader has his PPS)', { taxId: 'IE8Z49289F' }, ['8Z49289F']);
  masks('a Portuguese NIF of a person (first digit 1–3)', { taxId: 'PT123456789' }, ['123456789']);
  masks('an older Dutch VAT number (a BSN + B01)', { taxId: 'NL004495445B01' }, ['004495445']);
  masks('a French VAT number whose key is wrong', { taxId: 'FR32123456788' }, ['123456788']);
  masks('an Italian codice fiscale', { taxId: 'RSSMRA85T10A562S' }, ['RSSMRA85T10A562S']);
  masks('a VAT-shaped number without its prefix', { taxId: '01640320360' }, ['01640320360']);
});

describe('an internal account code under accountNumber is no bank account', () => {
  keeps('a policy-admin account', { event: 'AccountCreated', accountNumber: 'A000913377' }, ['A000913377']);
  keeps('a billing account with a dash', { accountNumber: 'BA-0041822', invoice: 'INV-1' }, ['BA-0041822']);
  keeps('a D365 vendor account', { VendorAccountNumber: 'V-002281', dataAreaId: 'usmf' }, ['V-002281']);
  masks('digits alone stay a bank account', { accountNumber: '004417739901' }, ['004417739901']);
  masks('a letter before a number that is not zero-padded', { accountNumber: 'A5809431207' }, ['5809431207']);
  masks('a masking X before a full number', { accountNumber: 'X0809431207' }, ['0809431207']);
  masks('a letter code under a bank name stays masked', { bankAccountNumber: 'A000913377' }, ['A000913377']);
  masks('a letter code under a direct-debit name stays masked', { directDebitAccountNumber: 'K12345678' }, ['K12345678']);
});

describe('names that describe something else than the sensitive value', () => {
  keeps('a signature date', { form: 'W-8BEN', signature_date: '2025-01-07', signatureDate: '2025-01-08' }, ['2025-01-07', '2025-01-08']);
  masks('the signature itself', { signature: 'c2lnbmVkOmFiYzEyMzQ1Njc4OQ==' }, ['c2lnbmVkOmFiYzEyMzQ1Njc4OQ==']);
  keeps('a merchant under a card transaction', { CreditCardTransaction: { MerchantName: 'DELTA AIR LINES', Amount: 318.2 } }, [
    'DELTA AIR LINES',
  ]);
  masks('the card under a card transaction', { CreditCardTransaction: { CardNumber: '4111111111111111' } }, ['4111111111111111']);
  masks('a card under a creditCard name', { creditCard: '4111111111111111' }, ['4111111111111111']);
  keeps('a company glued to its legal form under payerName', { payerName: 'GlobexCorp', idap: 'P-1' }, ['GlobexCorp']);
  keeps('another glued legal form', { payerName: 'InitechLLC', idap: 'P-2' }, ['InitechLLC']);
  masks('a person under payerName', { payerName: 'Oliver Whitcombe', idap: 'P-3' }, ['Whitcombe']);
  masks('a single capitalised word under payerName', { payerName: 'Corwin', idap: 'P-4' }, ['Corwin']);
});

describe('a token id beside its secret (NetSuite token-based authentication)', () => {
  const id = '5d2e9f0a1b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6';
  const secret = 'e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70';
  masks('tokenId beside tokenSecret', { tba: { tokenId: id, tokenSecret: secret } }, [id, secret]);
  masks('token_id beside consumer_secret', { token_id: id, consumer_secret: secret }, [id]);
  keeps('a tokenId alone (a token record id)', { tokenId: id, status: 'revoked' }, [id]);
  keeps('a numeric tokenId beside a secret', { tokenId: '4412', tokenSecret: secret }, ['4412']);
});

describe('the password of an SAP RFC call on a command line (startrfc -p)', () => {
  masks('startrfc -p', 'startrfc -h erp02 -s 10 -c 200 -u RFC_USER -p Qx7#pw2025 -F RFC_PING', ['Qx7#pw2025']);
  keeps('startrfc without a password', 'startrfc -h erp02 -s 10 -c 200 -u RFC_USER -F RFC_PING', ['RFC_PING', 'erp02']);
});

describe('birth dates under a plural name; a policy number after the shorthand auto pol', () => {
  masks('dobs', { quote: 'Q-1', dobs: '1979-11-02|1985-04-30' }, ['1979-11-02', '1985-04-30']);
  masks('birthDates', { birthDates: ['1979-11-02', '1985-04-30'] }, ['1979-11-02', '1985-04-30']);
  masks('auto pol and a carrier-shaped number', 'moved the driver to auto pol HX-20931874 today', ['HX-20931874']);
  keeps('auto pol and a small count', 'auto pol 12 changed', ['12']);
  keeps('auto polling', 'auto polling every 30s, job JB-20931874', ['JB-20931874']);
});

describe('an ACH account under a SuiteScript-style name', () => {
  masks('achAcct in JSON', { vendor: 2212, achAcct: '4417739901' }, ['4417739901']);
  masks('achAccount=… in a log line', 'vendor:2212 achAccount=4417739901 ok', ['4417739901']);
  keeps('an ACH return code', { achReturnCode: 'R03', achAcctType: 'checking' }, ['R03']);
});

describe('an ITIN in the TIN field of an IRS bulk TIN matching line', () => {
  masks('type 2, an ITIN', '2;923701234;LUIS PEREZ;V2002;1', ['923701234']);
  masks('type 3, an ITIN', '3;923701234;LUIS PEREZ;V2002;1', ['923701234']);
  keeps('type 1 (an EIN) is another detector’s', '1;970123456;ACME TOOLING INC;V2003;0', ['970123456']);
  keeps('nine 9xx digits after another field', 'batch;923701234;queued', ['923701234']);
});

describe('a run-together AHV number on a line with a Swiss IBAN', () => {
  masks('a vendor-master row', '0000200311  Anna Keller            CH56 0483 5012 3456 7800 9   7561234567897', ['7561234567897']);
  keeps('the same digits without a Swiss IBAN on the line', '0000200312  Job 7561234567897 queued', ['7561234567897']);
  keeps('a Swiss IBAN on another line', 'CH56 0483 5012 3456 7800 9\nbatch 7561234567897 queued', ['7561234567897']);
});

describe('a form-encoded name under owner= beside the owner’s SSN or birth date', () => {
  masks('owner with an SSN', 'GET /docs?tpl=X&owner=Marisol%20Trevino&ownerSsn=219-54-7783 200', ['Marisol%20Trevino', 'Trevino']);
  masks('owner with a birth date', 'GET /docs?owner=Marisol+Trevino&ownerDob=1961-02-03 200', ['Trevino']);
  keeps('a team under owner', 'GET /r?owner=Platform%20Team&ownerEmail=ops@example.com', ['Platform%20Team']);
});

describe('a UK registration run together, right after its name', () => {
  masks('in an XML element', '<Vehicle><Registration>LB07SEO</Registration><Make>Ford</Make></Vehicle>', ['LB07SEO']);
  masks('after reg no:', 'customer car reg no: LB07SEO booked in', ['LB07SEO']);
  masks('VRM=', 'lookup VRM=LB07SEO status=ok', ['LB07SEO']);
  keeps('the same shape without the name', 'order LB07SEO shipped', ['LB07SEO']);
  keeps('an age identifier out of range', '<Registration>LB31SEO</Registration>', ['LB31SEO']);
});

describe('a loan number after loan # in prose', () => {
  masks('loan #', 'mortgagee loan # 3318420957 per the payoff letter', ['3318420957']);
  masks('loan no.', 'auto loan no. 3318420957 paid off', ['3318420957']);
  keeps('loan without its number word', 'loaned 3 servers, ticket 3318420957', ['3318420957']);
});

describe('latitude / longitude points as nested number arrays under any name', () => {
  masks(
    'a trip polyline',
    {
      evt: 'trip',
      pts: [
        [47.60621, -122.33207],
        [47.61002, -122.33981],
        [47.6134, -122.3421],
      ],
    },
    ['47.60621', '-122.33207', '-122.3421'],
  );
  keeps(
    'pairs of small numbers (weights, ratios)',
    {
      w: [
        [0.1234, 0.5678],
        [0.2234, 0.1678],
      ],
    },
    ['0.1234', '0.5678'],
  );
  keeps(
    'pairs with few decimals (chart points)',
    {
      series: [
        [12.5, 40.25],
        [13.5, 41.75],
      ],
    },
    ['12.5', '40.25'],
  );
  keeps(
    'a latitude out of range',
    {
      xy: [
        [147.60621, 22.33207],
        [147.61002, 22.33981],
      ],
    },
    ['147.60621'],
  );
  keeps(
    'triples are no points',
    {
      v: [
        [47.60621, -122.33207, 12.0],
        [47.61002, -122.33981, 13.0],
      ],
    },
    ['47.60621'],
  );
});
