import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Leftovers of red-team round 69 (stop 39): banks' payment messages. Values differ from the
// corpora's: ECB example IBANs SE45…, NO93…, CH93…; Vocalink modulus-checking test accounts
// 772798 99345694, 938600 42368003, 827999 73988638; names and streets made up.

// SWIFT MT103 fields 50K / 59 flattened onto one line (a ticket's paste), in a screening export's
// row, and the ordering customer's name echoed in field 70. Look-alikes: a company as the party,
// other fields only, a row whose cell after the tag holds no account.
describe('swift_mt_party: flattened, delimited, echoed', () => {
  detectorCases(
    'swift_mt_party',
    [
      [
        '{4: :20:ref881 :50k:/se4550000000058398257466 ingrid solberg-haug storgatan 9 uppsala :59:/no9386011117947 terje myklebust :71a:sha -}',
        'ingrid solberg-haug',
      ],
      [
        '{4: :20:ref881 :50k:/se4550000000058398257466 ingrid solberg-haug storgatan 9 uppsala :59:/no9386011117947 terje myklebust :71a:sha -}',
        'terje myklebust',
      ],
      ['HIT-7|REF-2|59|/NO9386011117947 OLAV BRENNHOVD TRONDHEIM|UN-1267|0.7', 'OLAV BRENNHOVD'],
      [
        ':50K:/SE4550000000058398257466\nASTRID LINDQVIST\n:59:/NO9386011117947\nNILS ROSTAD\n:70:FROM ASTRID LINDQVIST WITH THANKS\n-}',
        'ASTRID LINDQVIST',
      ],
    ],
    [
      ':59:/NO9386011117947\nNORDIC FJORD SHIPPING AB\n:71A:SHA',
      ':50K:/SE4550000000058398257466\nVOLVO LASTVAGNAR BV\n:71A:OUR',
      '{4: :20:ref :23b:cred :32a:240611eur100,00 :71a:sha -}',
      'A-1|B-2|59|NO MATCH|0.1',
      'per the spec the tag :50k: carries the ordering customer',
    ],
  );
});

// A party field's content as a whole string (a parser's tag map, a screening hit's text).
// Look-alikes: paths, a log line, a company, a code too short to be a name.
describe('swift_field_content', () => {
  detectorCases(
    'swift_field_content',
    [
      ['/SE4550000000058398257466\nASTRID LINDQVIST\nKUNGSGATAN 12\nSTOCKHOLM', 'ASTRID LINDQVIST'],
      ['/SE4550000000058398257466\nASTRID LINDQVIST\nKUNGSGATAN 12\nSTOCKHOLM', 'KUNGSGATAN 12'],
      ['/CH9300762011623852957\n1/BEAT KAUFMANN-ZOLLER\n2/BAHNHOFSTRASSE 7\n3/CH/ZUERICH', 'BEAT KAUFMANN-ZOLLER'],
    ],
    [
      '/api/v1/payments\nPOST 201',
      '/var/log/app\nERROR disk full',
      '/12345678\nNORDIC FJORD SHIPPING AB',
      '/1234567\nOK',
      '/ORDERS/2024\nSHIPPED',
    ],
  );
  detectorCases(
    'swift_field_content_account',
    [['/000987654321\nLARS EKDAHL\nMALMO', '000987654321']],
    ['/2024-06-11\nDONE', '/000987654321'],
  );

  it("follows the name to the record's other members (a screening alert's matchedName)", () => {
    const out = engine.maskValue({
      hitField: '59',
      fieldContent: '/NO9386011117947\nSOLVEIG AARSETH\nBERGEN',
      matchedName: 'SOLVEIG AARSETH',
      list: 'OFAC-SDN',
    });
    const text = JSON.stringify(out.value);
    expect(text).not.toContain('SOLVEIG AARSETH');
    expect(text).toContain('OFAC-SDN');
  });
});

// Bacs reports: XML attributes beside a sortCode, and header-less rows. Look-alikes: a summary row,
// a company as the payer, a row of a text that names no Bacs report (left to the row readers).
describe('bacs_report_account and bacs_report_payer', () => {
  detectorCases(
    'bacs_report_account',
    [
      ['AUDDIS,2024-06-10,0C,772798,99345694,MR K OYELOWO-BRANDT,MEMBER-2231', '99345694'],
      ['AWACS|2024-06-05|827999|73988638|938600|42368003|MR D FAIRCLOUGH|REF-9', '73988638'],
    ],
    ['ARUDD,2024-06-10,SUMMARY,ITEMS,12,TOTAL,540.00', '2024-06-10,772798,99345694,MR K SMITH,1,2'],
  );
  detectorCases(
    'bacs_report_payer',
    [
      ['AUDDIS,2024-06-10,0C,772798,99345694,MR K OYELOWO-BRANDT,MEMBER-2231', 'MR K OYELOWO-BRANDT'],
      ['<PayerNewDetails sortCode="938600" number="42368003" name="MS P ARKWRIGHT" ref="SUB-88"/>', 'MS P ARKWRIGHT'],
    ],
    ['ADDACS|2024-06-05|827999|73988638|ACME SUPPLIES LTD|X', 'ARUDD,2024-06-10,SUMMARY,ITEMS,12,TOTAL,540.00'],
  );
});

// Where another detector reads the same span first (an account after `number=`, a capitalised
// name after a label), the value is masked all the same.
describe('Bacs XML and labelled names masked by any detector', () => {
  it('masks the account and the payer of a Bacs XML element, and a name after a label and a source', () => {
    for (const [text, secret] of [
      ['<PayerNewDetails sortCode="938600" number="42368003" name="MS P ARKWRIGHT" ref="SUB-88"/>', '42368003'],
      ['Rücklastschrift, Kontoinhaberin laut Bank: Henrike Vosskamp-Lüders, bitte prüfen', 'Henrike Vosskamp-Lüders'],
      ['virement au nom de Clémence Aubertin-Roy refusé (motif AC04)', 'Clémence Aubertin-Roy'],
      // person_name reads `au nom de` too (red-team round 70), in capitals as well.
      ['virement au nom de CLEMENCE AUBERTIN-ROY refusé (motif AC04)', 'CLEMENCE AUBERTIN-ROY'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(secret);
  });
});

// A lower-case name after a German `kunde:` label is read first by person_name_unlisted_lower
// (stop 40's names no list knows).
describe('person_name_unlisted_lower after a payment note label', () => {
  detectorCases('person_name_unlisted_lower', [['kunde: jarmila nowakowska | einzahlung 200,00', 'jarmila nowakowska']], []);
  // A payee's label of an HR or bank record, read first by person_name_hr_label since stop 41.
  detectorCases('person_name_hr_label', [['rekeninghouder: pieter van der wiel; controle ok', 'pieter van der wiel']], []);
});

// Payment parties after labels and phrases in bank notes. Look-alikes: status words, a company,
// an institution, a suggestion that is no CoP answer, a lower-case phrase after `au nom de`.
describe('person_name_payment_note', () => {
  detectorCases(
    'person_name_payment_note',
    [
      ['naam was "fenna rozendaal", nu gewijzigd', 'fenna rozendaal'],
      ['cop name_entered="dana whitcombe" result=close_match suggested="dana j whitcombe"', 'dana j whitcombe'],
    ],
    [
      'kunde: neu angelegt | status aktiv',
      'Kunde: ACME Handels GmbH, Auftrag 42',
      'cliente: desconocido | caja 3',
      'Empfänger: Stadtwerke München, IBAN folgt',
      'retry suggested="use another card" code=timeout',
      'au nom de la loi',
    ],
  );
});

// A German ID card number in lower case after its word; the ICAO-alphabet specimen-style values
// differ from the corpora's. Look-alikes: no word before it, a word that is no ID card's.
describe('de_id_card_lower_case', () => {
  detectorCases(
    'de_id_card_lower_case',
    [
      ['ausweis-nr. c4x9k2m71 vorgelegt', 'c4x9k2m71'],
      ['personalausweis: lzy7w3t58, gültig', 'lzy7w3t58'],
    ],
    ['ticket c4x9k2m71 geschlossen', 'ausweis vorgelegt, vorgang 2024'],
  );
});

// Call-back phrases before a local number (libphonenumber example numbers ES 612 34 56 78 is the
// corpus's; here IT 312 345 6789 and FR 06 12 34 56 78 with other phrases).
describe('phone after a call-back phrase', () => {
  detectorCases(
    'phone',
    [
      ['la cliente ha chiamato dal 312 345 6789 ieri', '312 345 6789'],
      ['le client a appelé depuis le 07 12 34 56 78 ce matin', '07 12 34 56 78'],
    ],
    ['desde el 12/03/2024 sin incidencias'],
  );
});

// ISO 20022 account keys and elements; look-alikes: a charge bearer, an agent's id.
describe('ISO 20022 accounts by name', () => {
  it('masks an account under ChrgsAcct and in <CdtrAcct><Id><Othr><Id>, keeps ChrgBr and FinInstnId', () => {
    const json = engine.maskValue({ chrgsAcct: '99345694', chgBearer: 'SLEV', finInstnId: { clrSysMmbId: { mmbId: '026009593' } } });
    const text = JSON.stringify(json.value);
    expect(text).not.toContain('99345694');
    expect(text).toContain('SLEV');
    expect(text).toContain('026009593');
    const xml = engine.maskText(
      '<DbtrAcct><Id><Othr><Id>42368003</Id></Othr></Id></DbtrAcct><DbtrAgt><FinInstnId><Othr><Id>NCC-0042</Id></Othr></FinInstnId></DbtrAgt>',
    );
    expect(xml.value).not.toContain('42368003');
    expect(xml.value).toContain('NCC-0042');
  });
});

// Temenos Transact OFS name and address fields (Temenos OFS guide); look-alikes: codes, amounts,
// payment details, a company, the same field names without an OFS marker.
describe('t24_party_field', () => {
  detectorCases(
    't24_party_field',
    [
      [
        'CUSTOMER,/I/PROCESS//0,INPUTT/******,200417,NAME.1:1:1=Ragnhild Aasmundsen,STREET:1:1=Møllergata 12,SECTOR:1:1=1001',
        'Ragnhild Aasmundsen',
      ],
      [
        'CUSTOMER,/I/PROCESS//0,INPUTT/******,200417,NAME.1:1:1=Ragnhild Aasmundsen,STREET:1:1=Møllergata 12,SECTOR:1:1=1001',
        'Møllergata 12',
      ],
      [
        'FUNDS.TRANSFER,/I/VALIDATE,INPUTT/******,,BEN.CUSTOMER:1:1=Kasimir Lindholm,BEN.CUSTOMER:2:1=Aleksanterinkatu 9',
        'Kasimir Lindholm',
      ],
    ],
    [
      'FUNDS.TRANSFER,/I/PROCESS,INPUTT/******,,TRANSACTION.TYPE:1:1=OT,CREDIT.AMOUNT:1:1=740.00,PAYMENT.DETAILS:1:1=INVOICE 2291',
      'CUSTOMER,/I/PROCESS//0,INPUTT/******,200418,NAME.1:1:1=Nordvik Shipping AB,SECTOR:1:1=2001',
      'report NAME.1:1:1=Ragnhild Aasmundsen',
    ],
  );
});

// A wrapped note: the surname on the next line after a title and a given name; look-alikes: an
// everyday word, a stop word on the next line.
describe('person_name_title_wrapped', () => {
  detectorCases(
    'person_name_title_wrapped',
    [['call-back done with Ms Philippa\nOkonkwo-Banks re new payee', 'Okonkwo-Banks']],
    ['letter to Mr Jones\nPlease call back', 'signed Dr Patel\nMonday 9am'],
  );
});

describe('payment parties in a console URL', () => {
  it('masks a payee percent-encoded in the query and base64 JSON in the state that names one, keeps other parameters', () => {
    const state = Buffer.from('{"debtorName":"Ottilie Brandauer","returnTo":"/sdd/mandates"}').toString('base64');
    const plain = Buffer.from('{"page":2,"sort":"amount","filter":"open"}').toString('base64');
    const out = engine.maskText(
      `https://console.bank.example/sdd?creditor=Theresa%20Wimmersberger&mandate=MNDT-AT-0091&state=${state}&view=${plain}`,
    ).value;
    expect(out).not.toContain('Theresa%20Wimmersberger');
    expect(out).not.toContain(state);
    expect(out).toContain('MNDT-AT-0091');
    expect(out).toContain(plain);
  });
});

describe('work-queue operators of a payment hub stay', () => {
  it('keeps payops.repair-style queue accounts in an operator field', () => {
    const text = engine.maskText('REPAIR|FT24161AB01|MT103|operator=sepa.desk|approver=ops.recon').value;
    expect(text).toContain('sepa.desk');
    expect(text).toContain('ops.recon');
  });
});

describe('SWIFT party fields keyed by their tag', () => {
  it('masks a party under 50K / F59 / ordering_customer, its name line followed to field 70, and keeps a company', () => {
    const out = engine.maskValue({
      fields: {
        '50K': '/SE4550000000058398257466\nASTRID LINDQVIST\nKUNGSGATAN 12',
        F59: 'NILS ROSTAD\nOSLO',
        '70': 'GIFT FROM ASTRID LINDQVIST',
      },
      ordering_customer: 'NORDIC FJORD SHIPPING LTD',
      ordering_customer_country: 'SE',
    });
    const text = JSON.stringify(out.value);
    for (const secret of ['ASTRID LINDQVIST', 'KUNGSGATAN 12', 'NILS ROSTAD']) expect(text).not.toContain(secret);
    expect(text).toContain('NORDIC FJORD SHIPPING LTD');
    expect(text).toContain('"ordering_customer_country":"SE"');
    // Masked again, the masked lines stay as they are.
    expect(engine.maskValue(structuredClone(out.value)).value).toEqual(out.value);
  });
});
