import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Contact-centre records: IVR and bot logs, agent desktops, live transcripts, QA exports and
 * dialer rows (red-team round 84). Values differ from the round's corpus: names, streets, logins
 * made up here, a valid Canadian SIN other than the corpus's, libphonenumber's fiction range;
 * look-alikes (ids, counts, product names, lists of letters) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('spoken_digits: a Canadian SIN read out after its name', () => {
  detectorCases(
    'spoken_digits',
    [
      ['caller: my sin is one three zero, six nine two, five four four', 'one three zero, six nine two, five four four'],
      ['and the social insurance number one three zero six nine two five four four', 'one three zero six nine two five four four'],
    ],
    [
      // Nine digits failing the SIN's check, and Spanish `sin` (without) before a count, stay.
      'my sin is one two three four five six seven eight nine',
      'pedido sin cargo, uno dos tres, cuatro cinco seis, siete ocho nueve',
    ],
  );
});

describe('date_of_birth_spoken: the answer after a speaker label', () => {
  detectorCases(
    'date_of_birth_spoken',
    [
      ['Agent: and your date of birth? Caller: june the fourth nineteen ninety two', 'june the fourth nineteen ninety two'],
      ['AGENT: can I get the DOB? CUSTOMER: october ninth nineteen seventy', 'october ninth nineteen seventy'],
    ],
    [
      // No birth word: an order's or an appointment's date read out stays; so does a refusal.
      'Agent: and the order date? Customer: may fifth nineteen eighty two',
      "Agent: date of birth? Customer: i'd rather not say",
    ],
  );
});

describe('person_name after the title written out by speech recognition', () => {
  detectorCases(
    'person_name',
    [
      ['AGENT: thanks for holding mister Oyebanji-Clarke, one moment', 'Oyebanji-Clarke'],
      ['ok Missus Thistlewaite, the refund is on its way', 'Thistlewaite'],
    ],
    ['press the mister button twice', 'the mister and missus tags are optional'],
  );
});

describe("person_name after Portuguese / Spanish `cliente` and a caller's `it's`", () => {
  detectorCases(
    'person_name',
    [
      ['O cliente Teodoro Vasconcelos Prado pediu segunda via do boleto', 'Teodoro Vasconcelos Prado'],
      ['La clienta Araceli Montenegro-Ibarra llamó dos veces', 'Araceli Montenegro-Ibarra'],
      ["hey it's Corisande Ashworth-Nkemelu, call me back", 'Corisande Ashworth-Nkemelu'],
    ],
    [
      'Cliente VIP ligou de novo',
      // `cliente` as a label names what follows as often (an order, a plan).
      'contato do cliente: Pedido 4500112233',
      "it's Amazon Connect again",
      "it's Friday Night Lights",
      "well it's New York City",
    ],
  );
});

describe('person_name in parentheses after its lead', () => {
  detectorCases(
    'person_name',
    [['please add both numbers, customer (Marisela Oyarzun-Pike) asked twice', 'Marisela Oyarzun-Pike']],
    ['customer (VIP) asked twice', 'client (Acme Corp) signed the renewal', 'customer (Billing Team) was copied'],
  );
});

describe("phone after a dialer's glued `ph#`", () => {
  detectorCases('phone', [['disp ph#3125550163 cust=x disp=PTP', '3125550163']], ['graph#3125550163 rendered', 'ph#: 42 rows']);
});

describe('Five9 `Call.ANI`', () => {
  it('masks the caller number under `Call.ANI` and keeps other call variables', () => {
    const out = maskRecord({ 'Call.ANI': '3125550176', 'Call.campaign_name': 'Inbound Sales', call_ani_count: 3 });
    expect(out).not.toContain('3125550176');
    expect(out).toContain('Inbound Sales');
    expect(out).toContain('"call_ani_count":3');
  });
});

describe("person_rows: a bare North American number right after the row's name", () => {
  it('masks ten bare digits after a name cell and a login spelled from a name the lists do not know', () => {
    const out = mask(
      'EV-40112,obrennagh,Ottilie Brennagh,91.5,Hafsa Qureshi-Lang,3125550142,"good close"\nEV-40113,svc_qa,QA Robot,70.0,Marguerite Ollerenshaw,3125550187,"ok"',
    );
    for (const v of ['obrennagh', '3125550142', '3125550187']) expect(out).not.toContain(v);
    for (const v of ['EV-40112', '91.5', 'svc_qa', 'good close']) expect(out).toContain(v);
  });
  it('keeps ten digits in a row that names no one, or not right after its name', () => {
    const rows = 'ORD-5512|3125550142|SHIPPED|2024-06-03\nORD-5513|3125550187|PENDING|2024-06-04';
    expect(mask(rows)).toBe(rows);
  });
});

describe('street_address and residence_street: `Parade`, `Esplanade`, `Row` and a return label', () => {
  detectorCases(
    'street_address',
    [
      ['new address is 9 Wattle Parade, Kogarah NSW 2217', '9 Wattle Parade'],
      ['delivered to 31 Marine Esplanade yesterday', '31 Marine Esplanade'],
    ],
    ['the top 40 hit parade of 1987', 'parade route closed on 5th'],
  );
  detectorCases(
    'residence_street',
    [
      ['next: send a return label to 12 gannet parade', '12 gannet parade'],
      ['ship label to 7 cooper row apt 2', '7 cooper row'],
    ],
    ['ship label to warehouse 4 dock b', 'we lined up 40 chairs in a row'],
  );
});

describe('spelled_letters: `k as in kilo` and a spelled answer', () => {
  detectorCases(
    'spelled_letters',
    [
      ['surname is b as in bravo, r as in romeo, e as in echo, n as in november', 'b as in bravo, r as in romeo'],
      ["that's t as in tango, a as in alpha, m as in mike, s as in sierra for Tamsyn", 'Tamsyn'],
      ['last name? sure it is W Y B O R N E, first name Ida', 'W Y B O R N E'],
    ],
    [
      'works as in the previous release, as in 4.2',
      // Capitals set apart without a spelling or surname word, or fewer than five after `it is`.
      'the options are A B C D E and F',
      'name badge printed; it is A B C D',
    ],
  );
});

describe('dialer_agent_login', () => {
  detectorCases(
    'dialer_agent_login',
    [
      ['campaign=RENEW_Q3 lead_id=90211 phone=3125550163 disp=NA attempt=2 agent=tkowalski', 'tkowalski'],
      ['call_id=8841 agt=rmontoya-ruiz disp=SALE', 'rmontoya-ruiz'],
    ],
    [
      // A software or user agent, a line without a dialer's fields, a service account, a queue name.
      'agent=filebeat shipped 120 events',
      'ua agent=Mozilla/5.0 campaign=spring_sale',
      'campaign=X lead_id=1 agent=recovery-bot disp=NA',
      'acct=220045871 premise=PR-0099812 agent=cs.queue.moves',
    ],
  );
});
