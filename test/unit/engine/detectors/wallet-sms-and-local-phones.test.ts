import { describe, expect, it } from 'vitest';
import { detectorCases, engine, firedOn } from './support.js';

// Red-team round 20. Layouts from the operators' help pages (MTN MoMo, EcoCash, Orange Money,
// Airtel Money, GCash); numbers in the national numbering plans' mobile ranges.

describe('wallet_sms_party_name / wallet_sms_party_phone', () => {
  detectorCases(
    'wallet_sms_party_name',
    [
      ['Payment made for GHS 50.00 to ESI ANSAH-QUAYE 0244123456. Current Balance: GHS 120.50.', 'ANSAH-QUAYE'],
      ['Vous avez envoyé 15000 FCFA à NDÈYE FATOU DIOP (771234567). Frais: 150 FCFA.', 'NDÈYE FATOU DIOP'],
      ['CASH OUT UGX 50,000 to agent AGNES NAKATO 0752123456. Fee UGX 1,500.', 'AGNES NAKATO'],
      ['Wohereje 20,000 RWF kuri MUGISHA Eric (250788123456). Amafaranga asigaye: 5,300 RWF', 'MUGISHA Eric'],
    ],
    [
      // A merchant or till without a wallet number after it.
      'Payment made for GHS 50.00 to ECG PREPAID. Current Balance: GHS 120.50.',
      // A name and number without a wallet SMS word.
      'Ticket escalated to KOFI MENSAH 0244123456 by the night shift',
      // A short number after the name: a reference, not a wallet.
      'Payment to KOFI MENSAH 12345. Fee GHS 0.50',
    ],
  );
  detectorCases(
    'wallet_sms_party_phone',
    [
      ['USD 20.00 to TENDAI MOYO 0772123456. New wallet balance: USD 41.30.', '0772123456'],
      ['$20 ayaad u dirtay CABDIRAXMAAN XASAN (61 5 123 456), Haraagaagu waa $45.10', '61 5 123 456'],
      ['Nakadawat ka og PHP 1,500.00 gikan kang JUAN DELA CRUZ 09171234567. Ref No. 40123', '09171234567'],
    ],
    ['Transfer to GHS ACCOUNT 2026 fee 0.50', 'Balance moved to SAVINGS POT 1234567. Fee 0'],
  );
  it('keeps the amounts, balances and references of the message', () => {
    const out = engine.maskText(
      'Payment made for GHS 50.00 to KOFI MENSAH 0244123456. Current Balance: GHS 120.50. Fee charged: GHS 0.50.',
    );
    expect(out.value).toContain('GHS 50.00');
    expect(out.value).toContain('GHS 120.50');
    expect(out.value).toContain('GHS 0.50');
    expect(out.value).not.toContain('MENSAH');
    expect(out.value).not.toContain('0244123456');
  });
});

describe('phone: round 20 phone words and regions', () => {
  const masked: [text: string, secret: string][] = [
    ['mobitel 091 234 5678', '091 234 5678'],
    ['farsími 611 2345', '611 2345'],
    ["m'uimhir ghutháin is 086 987 6543", '086 987 6543'],
    ['Klient helistas numbrilt 8 612 34567', '8 612 34567'],
    ['Ang akong numero kay 0918 765 4321', '0918 765 4321'],
    ['my selnommer is 082 987 6543', '082 987 6543'],
    ['nimewo telefòn mwen se 3712-8899', '3712-8899'],
  ];
  for (const [text, secret] of masked) {
    it(`masks ${text}`, () => {
      const out = engine.maskText(text);
      expect(out.findings.map((f) => f.entity)).toContain('PHONE');
      expect(out.value).not.toContain(secret);
    });
  }
  it('leaves numbers no region holds after those words, and the same numbers without a phone word', () => {
    expect(firedOn('mobitel narudžba 000 000 0001')).not.toContain('phone');
    expect(firedOn('invoice 091 234 5678 paid')).not.toContain('phone');
  });
});

describe('date_of_birth_written_month: round 20 months and birth words', () => {
  detectorCases(
    'date_of_birth_written_month',
    [
      ['Klient Kersti, sündinud 28. mail 1968, helistas', '28. mail 1968'],
      ['korisnica Ana, rođena 5. svibnja 1992., Split', '5. svibnja 1992'],
      ['korisnica Ana, rodena 5. svibnja 1992', '5. svibnja 1992'],
      ['Arbëri ka lindur më 3 prill 1985', '3 prill 1985'],
      ['Pieter is gebore op 30 Maart 1975', '30 Maart 1975'],
      ['Jón er fæddur 12. janúar 1974', '12. janúar 1974'],
      ['Uxía naceu o 22 de xullo de 1991', '22 de xullo de 1991'],
      ['Si Juan natawo niadtong 19 Hunyo 1990', '19 Hunyo 1990'],
    ],
    [
      // A month name without a birth word; a holiday without a year; an event after a birth word's
      // window.
      'Ugovor potpisan 5. svibnja 2024. u Zagrebu',
      'rođendan: 29 Ekim Cumhuriyet Bayramı',
      'Duyuru: 29 Ekim 2024 tarihinde kapalıyız',
    ],
  );
});

describe('ng_bvn', () => {
  detectorCases(
    'ng_bvn',
    [
      ['My BVN na 22154839076, abeg help me unlock account', '22154839076'],
      ['Bank Verification Number: 22154839076', '22154839076'],
    ],
    ['BVN 11111111111', 'order 22154839076 shipped', 'BVN check passed at 2026-03-14'],
  );
});

describe('person names after round 20 introductions', () => {
  const named: [text: string, name: string][] = [
    ['Transkripsyon apèl: "Mwen rele Wideline Joseph, nimewo mwen se …"', 'Wideline Joseph'],
    ["Talofa, o lo'u igoa o Losa Faleolo, ou te nofo i Vaitele.", 'Losa Faleolo'],
    ['Bok, zovem se Marko Kovač i trebam pomoć', 'Marko Kovač'],
    ['Tere, minu nimi on Kadri Kask.', 'Kadri Kask'],
    ['Dia duit, is mise Síle Ní Bhriain', 'Síle'],
  ];
  for (const [text, name] of named) {
    it(`masks the name in ${text.slice(0, 40)}`, () => {
      const out = engine.maskText(text);
      expect(out.findings.map((f) => f.entity)).toContain('PERSON');
      expect(out.value).not.toContain(name);
    });
  }
  it('leaves the words around an introduction that no name follows', () => {
    expect(engine.maskText('zovem se sutra ujutro').value).toBe('zovem se sutra ujutro');
    expect(engine.maskText('Status: the cluster is mise en place').value).toBe('Status: the cluster is mise en place');
  });
});

// Red-team round 20: the same SMS typed by hand, the party in lower case.
describe('wallet_sms_lower_party_name / wallet_sms_lower_party_phone', () => {
  detectorCases(
    'wallet_sms_lower_party_name',
    [
      ['Gipadala nimo ang PHP 500 ngadto kang angelica dizon, 0918-234-5678, Ref 1234 567 890', 'angelica dizon'],
      ['Sent GHS 50 to grace owusu 0244987654. Balance GHS 20.00', 'grace owusu'],
    ],
    [
      // Lower-case words that are no given name before a number.
      'Sent PHP 750 to my wallet 09175551234, Ref 123',
      'Sent GHS 50 to the agent 0244123456. Fee GHS 1',
      // A name and a number without a wallet SMS word.
      'Sent GHS 50 to grace owusu 0244987654 today',
    ],
  );
  detectorCases(
    'wallet_sms_lower_party_phone',
    [['Gipadala nimo ang PHP 500 ngadto kang angelica dizon, 0918-234-5678, Ref 1234 567 890', '0918-234-5678']],
    ['Sent PHP 750 to my wallet 09175551234, Ref 123'],
  );
});
