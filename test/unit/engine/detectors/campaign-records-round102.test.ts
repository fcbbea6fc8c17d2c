import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

/**
 * Campaign, fundraising and voter-file records (leftovers of red-team round 102): a lower-case name
 * in brackets after the nickname a staffer goes by (person_name_lower_bracket, new); `Nombre:` /
 * `Nome:` before a given name alone (person_name); political committees after a name-shaped run
 * (person_name); lower-case header-less voter and contribution rows, a caller's login as a row's
 * cell, a lower-case name under a bare `name` beside a phone, lower-case Spanish, Portuguese and
 * Italian streets, and a form body's prose written with `%20`. Names are made up and differ from
 * the corpus's; the negatives are the look-alikes analysts need.
 */
describe('person_name_lower_bracket: a lower-case name in brackets after a nickname', () => {
  detectorCases(
    'person_name_lower_bracket',
    [
      ['thanks! — fitz (fitzgerald okonjo-hale, field director) 555-0100', 'fitzgerald okonjo-hale'],
      ['loop in max (maximilian vanterpool) on the call sheet', 'maximilian vanterpool'],
      ['cc: tess (theresa ashdown)', 'theresa ashdown'],
    ],
    [
      'plan: gotv (get out the vote, field) starts sat',
      'coordinate with dscc (democratic senatorial campaign committee) today',
      'ie (independent expenditure) team has no contact with us',
      'the api (application programming interface) returned 500',
      'run npm (node package manager) again',
    ],
  );
});

describe('person_name: sign-up labels and committees', () => {
  const masked = (text: string) => engine.maskText(text).value;
  it('masks a given name alone after Nombre: and Nome:', () => {
    const out = masked('Nombre: Leocadia\nApellidos: Fuentes Ibarra\n---\nNome: Gianluca\nCognome: Moretti');
    expect(out).not.toContain('Leocadia');
    expect(out).not.toContain('Gianluca');
  });
  it('keeps an event and an organisation after their Nombre labels', () => {
    const out = masked('Nombre del evento: Marcha por el Voto\nNombre de la organización: Red Vecinal');
    expect(out).toContain('Marcha por el Voto');
  });
  it('keeps a political committee named after a place or a club', () => {
    expect(masked('contributor="Lakeview Club Political Action Committee" amount=500')).toContain(
      'Lakeview Club Political Action Committee',
    );
    expect(masked('refund to Hartwell Victory Fund today')).toContain('Hartwell Victory Fund');
  });
  it('still masks a person before other words', () => {
    expect(masked('Dear Rosamund Achterberg, thanks for the gift')).not.toContain('Rosamund Achterberg');
  });
});

describe('lower-case records of campaigns: rows, pairs, streets and form bodies', () => {
  const masked = (text: string) => engine.maskText(text).value;
  it('masks the names of lower-case header-less voter rows with a birth date', () => {
    const out = masked(
      'lee\t220118409\tvandermeer-oshiro\t\tleonard\tjames\tn\t4410 sw 12th ter\t\tcape coral\t\t33914\tm\t5\t02/11/1958\t03/30/1990\trep\nlee\t220118410\tvandermeer-oshiro\t\tmargaret\t\tn\t4410 sw 12th ter\t\tcape coral\t\t33914\tf\t5\t09/21/1960\t03/30/1990\trep',
    );
    expect(out).not.toContain('vandermeer-oshiro');
    expect(out).not.toContain('margaret');
    expect(out).not.toContain('4410 sw 12th ter');
    expect(out).toContain('03/30/1990');
  });
  it('keeps lower-case rows of precinct results and merchandise', () => {
    const rows = 'summit,akron 3-b,ballots cast,,2210\nsummit,akron 3-c,ballots cast,,1984\nyard-sign,yard sign,navy,412,bin a3';
    expect(masked(rows)).toBe(rows);
  });
  it("masks a caller's login after the contact's phone and keeps a dialer's system account", () => {
    const out = masked('Ramona,Fairbanks-Ito,4025550163,jkowalski,Answered,\nDesmond,Achebe,4025550114,jkowalski,Voicemail,');
    expect(out).not.toContain('jkowalski');
    const system = '2025-11-02,predictive,no answer,svc-dialer,38\n2025-11-02,preview,busy,svc-dialer,4';
    expect(masked(system)).toBe(system);
  });
  it('masks a lower-case name under name= beside a phone pair, not a list name', () => {
    expect(masked('optin name="leonard vandermeer" sms=4025550177')).not.toContain('leonard vandermeer');
    expect(masked('list name="spanish phone bank" sms=enabled')).toContain('spanish phone bank');
  });
  it('masks lower-case Spanish, Portuguese and Italian streets', () => {
    const out = masked('vive en 918 camino de la luz; mora na rua dos pinheiros 42; abita in via cavour 7');
    expect(out).not.toContain('918 camino de la luz');
    expect(out).not.toContain('rua dos pinheiros 42');
    expect(out).not.toContain('via cavour 7');
    expect(masked('tabling at el camino college quad on tue')).toContain('el camino college');
  });
  it("masks a name in a form body's prose written with %20", () => {
    const out = masked('post form_id=rsvp-9 note=my%20cousin%20Philippa%20Okonjo%20is%20coming%20too&zip=43201');
    expect(out).not.toContain('Philippa%20Okonjo');
  });
});

describe('bare name beside a phone member (JSON)', () => {
  it('masks a lower-case name beside sms and keeps a list name', () => {
    const out = JSON.stringify(
      engine.maskValue({
        items: [
          { name: 'leonard vandermeer', sms: '4025550177' },
          { name: 'spanish phone bank', sms: 'enabled' },
        ],
      }).value,
    );
    expect(out).not.toContain('leonard vandermeer');
    expect(out).toContain('spanish phone bank');
  });
});
