import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/engine/index.js';
import { nzIrdValid } from '../../../../src/engine/detect/values/commonwealth-ids.js';

/**
 * Tax authorities', payroll, e-government and accounting records (red-team round 67): the field
 * names of their APIs and schemas, SAML assertion attributes, DSN rubriques quoted in prose, the
 * members that describe an identity document or a token, a title inside a capitalised run, New
 * Zealand IRD and bank account numbers, and the SPID `TINIT-` prefix. Values differ from the
 * corpus's (SSNs built with python-stdnum's rules, IRD numbers and codici fiscali with its check
 * digits, a CPR that passes its validator); names and streets are made up.
 */
const engine = createEngine({ key: Buffer.alloc(32, 67), keyId: 'k-test' });
const maskValue = (value: unknown) => JSON.stringify(engine.maskValue(structuredClone(value)).value);
const maskText = (text: string) => engine.maskText(text).value;

describe('government and accounting records (red-team round 67)', () => {
  it('masks the field names of tax, payroll and registry schemas', () => {
    const out = maskValue({
      Vendor: { DisplayName: 'Plumbing Co', TaxIdentifier: '262128834', AcctNum: '4418820019' },
      Contact: { BankAccountDetails: '38-9012-0456789-01' },
      parcel: { situsAddress: '811 WILLOW BEND RD', propertyAddress: '4 Hawthorn Rise, Truro TR1 3QS' },
      persoon: { geslachtsnaam: 'Dijkstra', voornamen: 'Pieter Jan' },
      fiche: { num_fiscal: '1234567890123' },
      fahrerlaubnis: { fuehrerscheinnummer: 'K123456XY11' },
    });
    for (const v of ['262128834', '4418820019', '38-9012-0456789-01', '811 WILLOW BEND RD', 'Hawthorn Rise', 'Dijkstra', 'Pieter Jan'])
      expect(out).not.toContain(v);
    for (const v of ['1234567890123', 'K123456XY11']) expect(out).not.toContain(v);
    expect(out).toContain('Plumbing Co');
  });

  it('keeps a firm named by its role and the names that describe an identifier', () => {
    const out = maskValue({
      VendorTaxIdentifier: '91-1144442',
      tax_identifier_type: 'SSN',
      'Intermediary.AustralianBusinessNumber.Identifier': '51824753556',
      BusinessNameLine1Txt: 'HARBOR LIGHT BAKERY LLC',
    });
    for (const v of ['91-1144442', 'SSN', '51824753556', 'HARBOR LIGHT BAKERY LLC']) expect(out).toContain(v);
  });

  it('masks MeF and T4 person elements, and keeps their neighbours', () => {
    const out = maskText(
      '<Filer><NameLine1Txt>MARISOL T ABERNATHY</NameLine1Txt><SoftwareVersionNum>2024.1.3</SoftwareVersionNum></Filer><T4Slip><EMPE_NM><snm>Ouellette</snm><gvn_nm>Benoit</gvn_nm></EMPE_NM><empe_nbr>000912</empe_nbr></T4Slip><TaxpayerIdentificationNum>341041894</TaxpayerIdentificationNum><SubmissionId>12345620243331234567</SubmissionId>',
    );
    for (const v of ['MARISOL T ABERNATHY', 'Ouellette', 'Benoit', '341041894']) expect(out).not.toContain(v);
    for (const v of ['2024.1.3', '000912', '12345620243331234567']) expect(out).toContain(v);
    // A neighbouring element's phone word is no context for an id element's digits.
    const ids = maskText('<PhoneNum>2015550148</PhoneNum></Filer><SoftwareId>24079911</SoftwareId><ReturnTypeCd>1040</ReturnTypeCd>');
    expect(ids).not.toContain('2015550148');
    expect(ids).toContain('<SoftwareId>24079911</SoftwareId>');
  });

  it("reads a SAML attribute's values by its Name, escaped or not", () => {
    const out = maskText(
      '<saml:Attribute Name="familyName" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue xsi:type="xs:string">Bianchi</saml:AttributeValue></saml:Attribute><saml:Attribute Name="dateOfBirth"><saml:AttributeValue>1990-01-01</saml:AttributeValue></saml:Attribute><saml:Attribute Name="spidCode"><saml:AttributeValue>SPID-0042XYZW</saml:AttributeValue></saml:Attribute>',
    );
    for (const v of ['Bianchi', '1990-01-01']) expect(out).not.toContain(v);
    expect(out).toContain('SPID-0042XYZW');
    const escaped = maskText(
      '<saml:Attribute Name=\\"https://data.gov.dk/model/core/eid/cprNumber\\"><saml:AttributeValue>0707614285</saml:AttributeValue></saml:Attribute><saml:Attribute FriendlyName=\\"mail\\" Name=\\"urn:oid:0.9.2342.19200300.100.1.3\\"><saml:AttributeValue>l.friis@example.dk</saml:AttributeValue></saml:Attribute><saml:Attribute Name=\\"https://data.gov.dk/concept/core/nsis/loa\\"><saml:AttributeValue>Substantial</saml:AttributeValue></saml:Attribute>',
    );
    for (const v of ['0707614285', 'l.friis@example.dk']) expect(escaped).not.toContain(v);
    expect(escaped).toContain('Substantial');
  });

  it('finds a codice fiscale after the eIDAS TINIT- prefix, not inside a longer word', () => {
    expect(maskText('fiscalNumber=TINIT-BNCGLI90A41H501E')).not.toContain('BNCGLI90A41H501E');
    expect(maskText('build XTINIT-BNCGLI90A41H501EX done')).toContain('BNCGLI90A41H501EX');
  });

  it('reads DSN rubriques quoted in prose with = or :', () => {
    const out = maskText('rejet CCH-14 :\nS21.G00.30.002 = Marchand-Sy\nS21.G00.30.006: 03021988\nS21.G00.40.001 = 01022024\nmerci');
    for (const v of ['Marchand-Sy', '03021988']) expect(out).not.toContain(v);
    for (const v of ['CCH-14', '01022024']) expect(out).toContain(v);
  });

  it("keeps an identity document's dates and issuer, and a token's validity window", () => {
    const out = maskValue({
      passport: [{ documentNumber: '548120771', expiryDate: '2031-05-30', icaoIssuerCode: 'IRL' }],
      token: { value: 'q8Zt1VwP0sKe2LmN7xYb', validFrom: '2025-02-01T10:00:00Z', validTo: '2025-02-04T10:00:00Z' },
    });
    for (const v of ['548120771', 'q8Zt1VwP0sKe2LmN7xYb']) expect(out).not.toContain(v);
    for (const v of ['2031-05-30', 'IRL', '2025-02-01T10:00:00Z', '2025-02-04T10:00:00Z']) expect(out).toContain(v);
  });

  it("keeps an identity document object's type, issuing country and expiry, masks its number", () => {
    const out = maskValue({
      identityDocument: { type: 'ID_CARD', number: 'L01X00T47', countryOfIssue: 'DE', expiry: '2029-08-14' },
      idDocument: 'T22000129',
    });
    for (const v of ['L01X00T47', 'T22000129']) expect(out).not.toContain(v);
    for (const v of ['ID_CARD', '"DE"', '2029-08-14']) expect(out).toContain(v);
  });

  it('finds a GB driving licence number typed in lower case where the text names a licence', () => {
    expect(maskText('dvla check: licence lewis802149jk5tr ok, 3 points')).not.toContain('lewis802149jk5tr');
    // Without a licence word, or without a real date in its digits, it stays.
    expect(maskText('ref lewis802149jk5tr ok')).toContain('lewis802149jk5tr');
    expect(maskText('licence lewis809949jk5tr ok')).toContain('lewis809949jk5tr');
  });

  it("finds an unformatted SSN in a US tax form's file name", () => {
    const out = maskText('uploaded /portal/2024/W2_853894758_Final.pdf and 1099-NEC_853894758.pdf');
    expect(out).not.toContain('853894758');
    // A number without a tax form's word, or without the SSA's structure, stays.
    expect(maskText('uploaded /portal/2024/invoice_853894758.pdf')).toContain('853894758');
    expect(maskText('uploaded /portal/2024/1099-NEC_900123456.pdf')).toContain('900123456');
  });

  it('finds the Spanish street names of the US Southwest with the number first', () => {
    const out = maskText('moved to 418 Camino del Sol, Santa Fe NM; mail to 77 Paseo Grande');
    for (const v of ['418 Camino del Sol', '77 Paseo Grande']) expect(out).not.toContain(v);
    expect(maskText('ran 3 Camino builds')).toContain('3 Camino builds');
  });

  it("reads a double-barrelled surname and a TFN, SIN or Steuer-IdNr in a header-less person's row", () => {
    const au = maskText('P0192|932779886|Hartley-Nguyen|Olivia|7 Kauri Lane|Nelson|7010|SAW');
    for (const v of ['932779886', 'Hartley-Nguyen', 'Olivia']) expect(au).not.toContain(v);
    const ca = maskText('R-77;740059977;Gagnon-Roy;Sophie;ACTIVE;2024-02-01');
    for (const v of ['740059977', 'Gagnon-Roy', 'Sophie']) expect(ca).not.toContain(v);
    const de = maskText('HRA 4411;Beispiel KG;Keller;Anna;46497134828;Ende');
    for (const v of ['46497134828', 'Keller', 'Anna']) expect(de).not.toContain(v);
    // A row of things keeps its words and numbers.
    const items = maskText('SKU-1|740059977|Blue-Widget|Large|in stock|2024-02-01');
    for (const v of ['740059977', 'Blue-Widget']) expect(items).toContain(v);
  });

  it("masks an RTI address's <Line> and a property roll's co-owners and trustee, a BRP birth object and DATEV's person column", () => {
    const rti = maskText('<Address><Line>12 Ffordd Bryngwyn</Line><Line>Aberystwyth</Line></Address><Error><Line>42</Line></Error>');
    expect(rti).not.toContain('12 Ffordd Bryngwyn');
    expect(rti).toContain('<Line>42</Line>');
    const roll = maskValue({ apn: '118-402-09', ownerName: 'OKAFOR AMARA & CHIDI TRS', situsAddress: '9 LARK HILL RD' });
    for (const v of ['OKAFOR AMARA', 'CHIDI']) expect(roll).not.toContain(v);
    const firm = maskValue({ apn: '118-402-09', ownerName: 'Platform Team & Ops' });
    expect(firm).toContain('Platform Team & Ops');
    const brp = maskValue({ geboorte: { datum: { type: 'Datum', datum: '1968-02-03' } } });
    expect(brp).not.toContain('1968-02-03');
    expect(brp).toContain('Datum');
    const datev = maskText(
      'Konto;Name (Adressattyp Unternehmen);Name (Adressattyp natürl. Person);Vorname (Adressattyp natürl. Person)\n70012;"Kessler Bau GmbH";"";""\n70013;"";"Wendt";"Ilse"',
    );
    for (const v of ['Wendt', 'Ilse']) expect(datev).not.toContain(v);
    expect(datev).toContain('Kessler Bau GmbH');
  });

  it("reads an IRS TIN Matching line's individual payee, and a CSV row's surname-first name beside a SIN", () => {
    const tin = maskText('2;341041894;ABERNATHY MARISOL;ACCT-9921;0\n1;911144442;RIDGEVIEW PLUMBING LLC;ACCT-9922;1');
    expect(tin).not.toContain('ABERNATHY MARISOL');
    for (const v of ['RIDGEVIEW PLUMBING LLC', 'ACCT-9921', 'ACCT-9922']) expect(tin).toContain(v);
    const rac = maskText('2024-05-02T10:11:12,RAC-4410,422014761,"Lavoie, Jean-Marc",VIEW_NOA,ok');
    for (const v of ['422014761', 'Lavoie, Jean-Marc']) expect(rac).not.toContain(v);
    const order = maskText('ORD-1,422014761,"Widget, Large",SHIPPED,2024-01-01');
    expect(order).toContain('422014761');
  });

  it("masks a Companies House officer's name beside a natural person's role, not a corporate officer's", () => {
    const out = maskValue({
      items: [
        { name: 'MACALLISTER-BRODIE, Fiona Catriona', officer_role: 'secretary', appointed_on: '2020-01-06' },
        { name: 'HARBOUR NOMINEES LIMITED', officer_role: 'corporate-secretary', appointed_on: '2018-04-01' },
        { name: 'Quarterly Board, Minutes', officer_role: 'corporate-director' },
      ],
    });
    expect(out).not.toContain('MACALLISTER-BRODIE');
    for (const v of ['HARBOUR NOMINEES LIMITED', 'Quarterly Board, Minutes', '2020-01-06']) expect(out).toContain(v);
  });

  it('reads a title inside a capitalised run as the lead of the name after it', () => {
    const out = maskText('Neuer Mitarbeiter Herr Jorinde Quast ab Montag, Kundin Mme Odile Vasseur rappelée');
    for (const v of ['Jorinde Quast', 'Odile Vasseur']) expect(out).not.toContain(v);
    // A street's `Dr` and a rank's word are no such title.
    expect(maskText('Service Center at Pinecrest Dr Building Two')).toContain('Building Two');
  });

  it('finds New Zealand IRD and bank account numbers after their words', () => {
    expect(nzIrdValid('95362664')).toBe(true);
    expect(nzIrdValid('132-999-260')).toBe(true);
    expect(nzIrdValid('132-999-261')).toBe(false);
    const out = maskText('Payroll note: IRD no 135-612-367; pay to bank account 02-0500-0123456-001 from Monday');
    for (const v of ['135-612-367', '02-0500-0123456-001']) expect(out).not.toContain(v);
    expect(maskText('IRD 95-362-664 on file')).not.toContain('95-362-664');
    // Without the word, and with a bank code outside the register, they stay.
    expect(maskText('order 46001206 shipped')).toContain('46001206');
    expect(maskText('account ref 99-0500-0123456-001')).toContain('99-0500-0123456-001');
    expect(maskText('release 2024-0500-1234567-01 build')).toContain('2024-0500-1234567-01');
  });
});
