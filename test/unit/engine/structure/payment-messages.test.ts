import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Red-team round 69 (banks' payment messages): element and field names as the ISO 20022 message
// definitions (pain.001, pacs.004, pain.008), SWIFT MT (50K / 59 / 86), Open Banking UK v3.1 and
// Temenos Transact publish them. Values differ from the round's corpus: ECB / Wikipedia example
// IBANs GB33BUKB20201555555555 and DE75512108001245126199 (valid check digits), Stripe's test
// account 000999999991, made-up names and streets. Look-alikes: agents' and initiating parties'
// names, companies, ids, dates, system operators.
const engine = testEngine();

function mask(input: string | Record<string, unknown>): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('ISO 20022 party names', () => {
  const xml =
    '<PmtInf><InitgPty><Nm>Harborline Freight Ltd</Nm></InitgPty><Dbtr><Nm>Harborline Freight Ltd</Nm></Dbtr><CdtTrfTxInf><PmtId><EndToEndId>E2E-TEST-7781</EndToEndId></PmtId><Cdtr><Nm>Osric Pendlebury</Nm></Cdtr><CdtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></CdtrAcct></CdtTrfTxInf><CdtrAgt><FinInstnId><Nm>Example Bank</Nm></FinInstnId></CdtrAgt></PmtInf>';
  const out = mask(xml);

  it('masks a creditor name under <Cdtr><Nm>', () => expect(out).not.toContain('Osric Pendlebury'));
  it('keeps a company under <Dbtr><Nm>, the initiating party and the agent', () => {
    expect(out).toContain('<Dbtr><Nm>Harborline Freight Ltd</Nm>');
    expect(out).toContain('<InitgPty><Nm>Harborline Freight Ltd</Nm>');
    expect(out).toContain('<Nm>Example Bank</Nm>');
    expect(out).toContain('E2E-TEST-7781');
  });
  it('masks a party name under <Pty> (pain.002 / pacs.004 OrgnlTxRef)', () => {
    expect(mask('<OrgnlTxRef><Cdtr><Pty><Nm>Wilhelmina Oyelowo</Nm></Pty></Cdtr></OrgnlTxRef>')).not.toContain('Wilhelmina Oyelowo');
  });
  it('reads abbreviated names flattened into keys', () => {
    const line = mask('svc=rtr orgnlDbtrNm="bryony castellane" pmtinf.cdtr.nm="tobias renwick" orgnlCdtr="Ysolde Marchbanks" rsn=AC04');
    for (const v of ['bryony castellane', 'tobias renwick', 'Ysolde Marchbanks']) expect(line).not.toContain(v);
    expect(line).toContain('AC04');
  });
  it('keeps a mandate signature date', () => {
    const out = mask({ mandateId: 'MNDT-T-0091', dateOfSignature: '2022-04-19', creditorName: 'Wasserwerke Nordstadt GmbH' });
    expect(out).toContain('2022-04-19');
    expect(out).toContain('Wasserwerke Nordstadt GmbH');
  });
});

describe('SWIFT MT and MT940 fields', () => {
  it('reads a 50F field after a | in a repair-queue row, and a domestic account line', () => {
    const out = mask(
      'RQ|FT24999ZZ001|MT103|:50F:/DE75512108001245126199\n1/LIESELOTTE BRANDAUER\n2/AM MUEHLBACH 9\n3/DE/KASSEL\n:59:/000999999991\nQUENTIN ASHBY-MORROW\n:71A:SHA',
    );
    for (const v of ['LIESELOTTE BRANDAUER', 'AM MUEHLBACH 9', '000999999991', 'QUENTIN ASHBY-MORROW']) expect(out).not.toContain(v);
    expect(out).toContain('FT24999ZZ001');
  });
  it('keeps a 59A BIC and a short reference after a slash', () => {
    const out = mask(':59A:/1234\nDEUTDEFF\n:71A:SHA');
    expect(out).toContain(':59A:/1234');
  });
  it('masks the counterparty of field 86 (SEPA /NAME/, DFÜ ?31 ?32), not a company', () => {
    const nl = mask(':61:2403150315D99,00NTRF//X1\n:86:/TRTP/SEPA OVERBOEKING/NAME/ANNEKE VAN DORSSER/REMI/GYM APRIL/EREF/NOTPROVIDED');
    expect(nl).not.toContain('ANNEKE VAN DORSSER');
    expect(nl).toContain('GYM APRIL');
    expect(mask(':86:/TRTP/SEPA INCASSO/NAME/VATTENFALL KLANTENSERVICE N.V./REMI/X')).toContain('TRTP');
    expect(mask(':86:/TRTP/SEPA INCASSO/NAME/NORTHWIND TRADERS LTD/REMI/X')).toContain('NORTHWIND TRADERS LTD');
    const de = mask(':86:166?00GUTSCHRIFT?20SVWZ+Miete Mai?30DEUTDEFFXXX?31DE75512108001245126199?32Ottokar Brenninkmeyer');
    expect(de).not.toContain('DE75512108001245126199');
    expect(de).not.toContain('Ottokar Brenninkmeyer');
    expect(de).toContain('Miete Mai');
  });
  it('leaves /NAME/ outside a statement line alone', () => {
    expect(mask('GET /api/NAME/settings/ 200')).toContain('/NAME/settings/');
  });
});

describe('Open Banking and Bacs holder names, T24 operators', () => {
  it('masks the card instrument and account names by their parents', () => {
    const out = mask({
      CardInstrument: { CardSchemeName: 'Mastercard', Name: 'MS T ABERNETHY' },
      CreditorAccount: { SchemeName: 'UK.OBIE.IBAN', Name: 'Corwin Feathers' },
    });
    expect(out).not.toContain('MS T ABERNETHY');
    expect(out).not.toContain('Corwin Feathers');
    expect(out).toContain('Mastercard');
  });
  it('masks a Bacs destination account name', () => {
    expect(mask({ destAccountName: 'R QUILLFEATHER', txCode: '17' })).not.toContain('R QUILLFEATHER');
  });
  it('masks the sign-on ids of INPUTTER / AUTHORISER, not system ones', () => {
    const out = mask('CUSTOMER,/I/PROCESS INPUTTER=3_RKOWALSKI_OFS_BROWSERTC AUTHORISER=1_OFSUSER_OFS_GCS CURR.NO=3');
    expect(out).not.toContain('RKOWALSKI');
    expect(out).toContain('OFSUSER');
    expect(out).toContain('CURR.NO=3');
  });
  it('keeps a dotted batch account', () => {
    expect(mask('recall sent user=hub.returns.batch case=CX-1')).toContain('hub.returns.batch');
  });
});
