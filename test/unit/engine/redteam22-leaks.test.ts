import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../helpers/engine.js';

// Red-team round 22 (documents of the large EU markets): the field names, detectors and the DSN
// reader its fixes added. Values are other than the corpus's, from the same public sources:
// python-stdnum validators (Steuer-ID, NISS, NIR, henkilötunnus, rodné číslo), the SWIFT IBAN
// registry and python-stdnum's iban module (PL27 1140 2004 …), libphonenumber example numbers,
// the DRV rule for the Rentenversicherungsnummer and the GKV rule for the eGK KVNR (values built
// with them). Look-alikes: the same shapes with a wrong check digit or without their word, file
// and order numbers, invoice dates spelled out without a birth word.

const engine = testEngine();
const masked = (text: string) => maskText(engine, text).text;
const maskedValue = (value: unknown) => JSON.stringify(engine.maskValue(structuredClone(value)).value);

function expectMasked(input: string, secrets: readonly string[], kept: readonly string[]): void {
  const out = masked(input);
  for (const s of secrets) expect(out, input).not.toContain(s);
  for (const k of kept) expect(out, input).toContain(k);
}

describe('German social-insurance and health-insurance numbers after their word (ids-europe.ts)', () => {
  it.each([
    ['SV-Nummer spaced', 'Lohnabrechnung: SV-Nummer 40 010280 B 128, Steuerklasse I', ['40 010280 B 128'], ['Steuerklasse I']],
    ['Versicherungsnummer compact', 'DEÜV: Versicherungsnummer 53230591S033 gemeldet', ['53230591S033'], ['DEÜV']],
    ['KVNR after Versichertennummer', 'E-Rezept: Versichertennummer M870246153, PZN 06313728', ['M870246153'], ['06313728']],
    ['KVNR after eGK', 'eGK gelesen (A123456780), Status ok', ['A123456780'], ['Status ok']],
  ])('%s', (_label, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    ['RVNR with a wrong check digit', 'SV-Nummer 40 010280 B 129 prüfen'],
    ['the RVNR shape without its word', 'Art.-Nr. 40 010280 B 128 nachbestellt'],
    ['KVNR with a wrong check digit', 'Versichertennummer M870246154 ungültig'],
    ['a letter and nine digits without the word', 'Bestellnummer M870246153 versandt'],
  ])('keeps %s', (_label, input) => expect(masked(input)).toBe(input));
});

describe('Czech / Slovak birth numbers, Polish NRB, Finnish hetu in lower case', () => {
  it.each([
    ['rodné číslo with its slash', 'zákazník, rodné číslo 855613/0000, tel. 212 345 678', ['855613/0000', '212 345 678']],
    ['RČ without the slash', 'pan Novák, RČ 8556130000.', ['8556130000']],
    ['NRB in groups after konta', 'numer konta: 27 1140 2004 0000 3002 0135 5387', ['27 1140 2004 0000 3002 0135 5387']],
    ['NRB run together after rachunku', 'nr rachunku 27114020040000300201355387', ['27114020040000300201355387']],
    ['hetu in lower case', 'asiakkaan hetu 010199a123y', ['010199a123y']],
  ])('%s', (_label, input, secrets) => expectMasked(input, secrets, []));

  it.each([
    ['a birth-number shape with a wrong check', 'RČ 8556130001 neplatné'],
    ['26 digits with a wrong IBAN check after konta', 'numer konta: 27 1140 2004 0000 3002 0135 5388'],
    ['hetu in lower case with a wrong check character', 'hetu 010199a123z'],
  ])('keeps %s', (_label, input) => expect(masked(input)).toBe(input));
});

describe('phone words and numbering plans of the EU markets (values/pii.ts)', () => {
  it.each([
    ['Danish tlf', 'Kunden ringede, tlf. 32 12 34 56', ['32 12 34 56']],
    ['Norwegian telefon', 'Kunde: telefon 21 23 45 67', ['21 23 45 67']],
    ['Finnish puhelin', 'puhelin 09 1234567, tilaus 4471', ['09 1234567']],
    ['Swedish fixed line after telefon', 'telefon 08-123 456 78', ['08-123 456 78']],
    ['Austrian fixed line after Rückfragen', 'Rückfragen unter 0316 123456 erbeten', ['0316 123456']],
    ['Romanian mobile after telefon', 'telefon 0722 123 456', ['0722 123 456']],
    ['Swiss mobile after tel', 'tel. 079 123 45 67', ['079 123 45 67']],
    ['French joignable', 'Madame est joignable au 06 98 76 54 32', ['06 98 76 54 32']],
    ['Dutch bereikbaar', 'bereikbaar op 06-87654321', ['06-87654321']],
    ['Greek kinito', 'kinito 697 123 4567', ['697 123 4567']],
  ])('%s', (_label, input, secrets) => expectMasked(input, secrets, []));

  it.each([
    ['a year-dash file number after a phone word', 'Tel. 0151 23456789 – Akte 2023-118734 angelegt', '2023-118734'],
    ['an order number after a phone word', 'tel. 212 345 678, objednávka 2025-4471', '2025-4471'],
  ])('keeps %s', (_label, input, kept) => expect(masked(input)).toContain(kept));
});

describe('birth dates spelled out (birth-dates-written.ts)', () => {
  it.each([
    ['Spanish year in words', 'nací el dos de mayo de mil novecientos noventa', ['dos de mayo de mil novecientos noventa']],
    ['French year in words', 'née le vingt et un juin mille neuf cent quatre-vingt-cinq', ['juin mille neuf cent quatre-vingt-cinq']],
    ['French year with dix-neuf cent', 'né le 4 août dix-neuf cent soixante-dix', ['dix-neuf cent soixante-dix']],
    ['Portuguese year in words', 'nasci a 9 de outubro de mil novecentos e oitenta e oito', ['mil novecentos e oitenta e oito']],
    [
      'German ordinal day and year in one word',
      'ich bin am dritten Juni neunzehnhundertzweiundachtzig geboren',
      ['neunzehnhundertzweiundachtzig'],
    ],
    ['German participle last', 'Ich bin am 7. Juli 1981 geboren.', ['7. Juli 1981']],
    ['Dutch day in words', 'geboren op drieëntwintig maart 1990', ['drieëntwintig maart 1990']],
    ['a 2000s year', 'nacida el tres de abril de dos mil cuatro', ['dos mil cuatro']],
  ])('%s', (_label, input, secrets) => expectMasked(input, secrets, []));

  it.each([
    ['an invoice date in words', 'factura del tres de marzo de dos mil veinticuatro'],
    ['a German date in words without a birth word', 'Rechnung vom zwölften März zweitausendvierundzwanzig'],
    ['a French date in words without a birth word', 'facture du trois mai deux mille vingt-quatre'],
  ])('keeps %s', (_label, input) => expect(masked(input)).toBe(input));
});

describe('French DSN rubriques (structure/dsn.ts)', () => {
  const dsn = [
    "S10.G00.00.001,'Logiciel Paie'",
    "S21.G00.06.001,'404833048'",
    "S21.G00.30.001,'180027512000535'",
    "S21.G00.30.002,'DURAND'",
    "S21.G00.30.004,'Paul Henri'",
    "S21.G00.30.006,'01021980'",
    "S21.G00.30.008,'4 IMPASSE DES ROSES'",
    "S21.G00.30.018,'paul.durand@example.fr'",
    "S21.G00.40.001,'01092020'",
    "S21.G00.40.009,'CDI-0042'",
  ].join('\n');

  it('masks the individual by rubrique and keeps company and contract rubriques', () => {
    const out = maskedValue({ depot: 'dsn', contenu: dsn });
    for (const s of ['180027512000535', 'DURAND', 'Paul Henri', '01021980', '4 IMPASSE DES ROSES', 'paul.durand@example.fr']) {
      expect(out).not.toContain(s);
    }
    for (const k of ["S21.G00.06.001,'404833048'", "S21.G00.40.001,'01092020'", 'CDI-0042', 'Logiciel Paie']) expect(out).toContain(k);
  });
});

describe('field names of EU payroll, tax and payment records (keys.ts)', () => {
  it('masks their values', () => {
    const record = {
      DBNA: { familienname: 'Wagner', vornamen: 'Lena Marie' },
      DBGB: { geburtsname: 'Klein' },
      idnr: '65929970489',
      numero_fiscal: '1234567890123',
      niss: '88031214506',
      date_naissance: '29/02/1980',
      payerAlias: '46731234567',
      consumerName: 'Mw. A. de Jong',
      num_afiliacion: '08/45071239/61',
      onomateponymo: 'Eleni Nikolaou',
      kontoinhaber: 'Jonas Becker',
      gatuadress: 'Drottninggatan 71',
      epost: 'karin.lund@example.se',
      numer_konta: '27114020040000300201355387',
      personnr: '640823-3234',
      fnr: '13097248022',
      tlf: '32 12 34 56',
    };
    const out = maskedValue(record);
    for (const v of Object.values(record).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))) expect(out).not.toContain(v);
  });

  it('keeps the names that only look like them', () => {
    const record = {
      payeePaymentReference: '0123456789',
      nss_status: 'files',
      afm_code: 'A7',
      mobil: true,
      steuerklasse: 'III',
      tlf_type: 'mobil',
      fnr_status: 'ok',
    };
    expect(maskedValue(record)).toBe(JSON.stringify(record));
  });
});

describe('names after EU titles, and what only looks like a name or a number', () => {
  it.each([
    ['Dutch Mevrouw with an initial', 'Mevrouw B. Vermeulen-Smit belde over de factuur', ['Vermeulen-Smit']],
    ['Dutch Dhr. with an initial', 'Dhr. P. Bakker heeft teruggebeld', ['P. Bakker']],
    ['German Frau with a particle', 'Frau von Bülow-Hartmann ruft zurück', ['von Bülow-Hartmann']],
    ['Romanian Doamna', 'Doamna Ileana Dumitrescu a sunat', ['Ileana Dumitrescu']],
    ['Greek kyria in Latin letters', 'I kyria Katerina Vlachou tilefonise', ['Katerina Vlachou']],
    ['codice fiscale with its name letters apart', 'paziente, CF BNC GPP 90A41 F205N', ['BNC GPP 90A41 F205N']],
  ])('%s', (_label, input, secrets) => expectMasked(input, secrets, []));

  it.each([
    ['a tax office', '{"finanzamt":"Finanzamt Berlin-Mitte"}', 'Finanzamt Berlin-Mitte'],
    ['a MobilePay notification opening', 'MobilePay: Du har modtaget 75,00 kr. Besked: kaffe', 'Du har modtaget 75,00 kr.'],
    ['an order number after a contact word', 'Teléfono de contacto 612 34 56 78. Pedido 4500098765, importe 12,00 €', 'Pedido 4500098765'],
    ['an order number after Portuguese contato (not conta, an account)', 'contato do cliente: Pedido 4500098765', 'Pedido 4500098765'],
  ])('keeps %s', (_label, input, kept) => {
    const out = input.startsWith('{') ? maskedValue(JSON.parse(input)) : masked(input);
    expect(out).toContain(kept);
  });
});

describe('the other party of an EU instant-payment notification (payee-names.ts)', () => {
  it.each([
    ['Swish from a person', 'Swish: Du har fått 300 kr från KARIN LUND 0739876543, meddelande: "middag"', ['KARIN LUND', '0739876543']],
    ['Vipps with an 8-digit mobile', 'Vipps: Du har mottatt 150 kr fra KARI HANSEN 91234567. Melding: kino', ['KARI HANSEN', '91234567']],
    ['BLIK from a person', 'BLIK: Otrzymałeś 20,00 zł od PIOTR NOWAK 601234567, tytuł: bilety', ['PIOTR NOWAK', '601234567']],
  ])('%s', (_label, input, secrets) => expectMasked(input, secrets, []));

  it.each([
    ['a Swish merchant with its company form and business number', 'Swish: betalning till CLAS OHLSON AB 1234567890 genomförd'],
    ['a Swish business number after the word', 'Swisha till 1234567890 för biljetter'],
  ])('keeps %s', (_label, input) => expect(masked(input)).toBe(input));
});
