import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 24 (values people type) and 29 (values people say) closed in stop
 * 32: a number typed in two parts where one part says so (`area code …` then `then …`, `first half`
 * / `second half`, `début` / `la suite`, `… is the rest`), in one message or over two turns; a
 * voice assistant's `contactValue` slot; a recogniser's words that spell a finding of the
 * transcript beside them; mixed word-and-digit runs with long digit groups; a PESEL read in two
 * parts; digits, e-mail characters and password characters set apart one by one; an SSN with
 * slashes after card / number; a NI number and a NIE in words; DTMF buffers; a gift card before
 * its PIN; a number before a Hinglish call word; a date of birth keyed in to a `gather_dob` step.
 * Values differ from the corpus values; each group has look-alikes that must stay.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const both = (s: string) => `${text(s)}\n${value({ msg: s })}`;
const turns = (a: string, b: string) => ({ messages: [{ text: a }, { text: b }] });

describe('a number typed in two announced parts (announced-halves.ts, split-pieces.ts)', () => {
  it.each([
    [turns('area code 720', 'then 555 0143'), ['720', '555 0143']],
    [{ Transcript: [{ Content: 'first 6: 510510' }, { Content: 'last 4: 5100 and the middle is 510510' }] }, ['510510']],
    [{ history: [{ msg: 'DE89 3704 0044' }, { msg: '0532 0130 00 is the rest' }] }, ['DE89 3704 0044', '0532 0130 00']],
    [turns('my recovery code first half 2716', 'second half 9403'), ['2716', '9403']],
    [{ messages: [{ texte: 'début de mon numéro de sécu : 2 91 03 69' }, { texte: 'la suite 123 456 55' }] }, ['2 91 03 69', '123 456 55']],
    [{ msg: 'my account first half 55021 then 773190 thanks' }, ['55021', '773190']],
    [{ msg: 'phone: area code 415 then 555 0199' }, ['555 0199']],
  ])('%j', (input, secrets) => {
    const out = value(input);
    for (const s of secrets) expect(out).not.toContain(s);
  });

  it.each([
    [{ msg: 'sales in the first half 2023 then 2024 were flat on the account' }, ['2023', '2024']],
    [turns('area code 303 is Denver', 'then we drive to Boulder'), ['303', 'Boulder']],
    [turns('first half of the match ended 2 1', 'then 3 goals came'), ['ended 2 1', '3 goals']],
    [{ msg: 'error code first part 500 then 502 on retry' }, ['500 then 502']],
    [turns('order 10042 shipped', 'the rest ships 10043'), ['10042', '10043']],
    [{ msg: 'first part 120 then 450 units of stock' }, ['120 then 450']],
  ])('keeps %j', (input, kept) => {
    const out = value(input);
    for (const k of kept) expect(out).toContain(k);
  });
});

describe("a voice assistant's contact slot (keys.ts contact value)", () => {
  it('masks the value of an Alexa contactValue slot', () => {
    const out = value({ intent: { slots: { contactValue: { name: 'contactValue', value: '07700900123' } } } });
    expect(out).not.toContain('07700900123');
  });

  it('keeps a count of contact values', () => {
    expect(value({ contact_values_count: 3, contactValueType: 'phone' })).toContain('"contact_values_count":3');
  });
});

describe("a recogniser's words beside a transcript (split-pieces.ts wordsOfTranscript)", () => {
  const google = {
    results: [
      {
        alternatives: [
          {
            transcript: 'call me back on 07700 900123 please',
            words: [{ word: 'call' }, { word: '07700' }, { word: '900123' }, { word: 'please' }],
          },
        ],
      },
    ],
  };
  const genesys = {
    phrases: [{ text: 'DE89 3704 0044 0532 0130 00', words: [{ word: 'DE89' }, { word: '3704' }, { word: '0044' }, { word: '0532' }] }],
  };
  it.each([
    [google, ['"07700"', '"900123"']],
    [genesys, ['"3704"', '"0044"', '"0532"']],
  ])('masks the words of a finding as an object and as JSON text: %j', (input, secrets) => {
    const out = `${value(input)}\n${text(JSON.stringify(input))}`;
    for (const s of secrets) expect(out).not.toContain(s);
  });

  it('keeps words beside a transcript with no finding, and the other words', () => {
    const input = { phrases: [{ text: 'order 1234 5678 shipped', words: [{ word: 'order' }, { word: '1234' }, { word: '5678' }] }] };
    expect(value(input)).toContain('"1234"');
    const out = value(google);
    expect(out).toContain('"please"');
    expect(out).toContain('"call"');
  });
});

describe('numbers read in words and long digit groups, a PESEL in two parts (spoken-digits.ts, national-ids.ts)', () => {
  it.each([
    ['card four one 41111111 111111', '41111111 111111'],
    ['four one five 555 0199', '555 0199'],
    ['mój PESEL to 920715 01236, dziękuję', '920715 01236'],
  ])('%s', (input, secret) => expect(both(input)).not.toContain(secret));

  it('masks a PESEL split over two recognised words', () => {
    const out = value({
      results: [
        { type: 'word', alternatives: [{ content: 'PESEL' }] },
        { type: 'word', alternatives: [{ content: '850312' }] },
        { type: 'word', alternatives: [{ content: '04564' }] },
      ],
    });
    expect(out).not.toContain('850312');
    expect(out).not.toContain('04564');
  });

  it.each([
    ['one two three 456 7890', '456 7890'],
    ['five four three 210 9876', '210 9876'],
    ['the score was two one 555 0123', '555 0123'],
    ['version two three 20240312', '20240312'],
    ['PESEL 920715 01235', '920715 01235'],
    ['order 920715 01236 shipped', '920715 01236'],
  ])('keeps %s', (input, kept) => expect(both(input)).toContain(kept));
});

describe('values set apart one character at a time (spoken-digits.ts dotted_digits, spelled-email.ts, config-text.ts)', () => {
  it.each([
    ['ring 0.7.7.0.0.9.0.0.1.2.3 after 6', '0.7.7.0.0.9.0.0.1.2.3'],
    ['call me on 2.0.2.5.5.5.0.1.4.3', '2.0.2.5.5.5.0.1.4.3'],
    ['card 4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1 please', '4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1'],
    ['write me at j.a.n.e.d.o.e.1 @ y a h o o . c o m', 'y a h o o'],
    ['my password is R e d F o x 7 7 !', 'R e d F o x 7 7'],
    ['pwd is r e d F o x 7 7 ok', 'r e d F o x 7 7'],
  ])('%s', (input, secret) => expect(both(input)).not.toContain(secret));

  it.each([
    ['snmp oid 1.3.6.1.2.1.1.1.0 polled', '1.3.6.1.2.1.1.1.0'],
    ['phone firmware 1.2.3.4.5.6.7.8', '1.2.3.4.5.6.7.8'],
    ['a b c d @ home . then', 'a b c d @ home'],
    ['ratio 1 2 3 4 @ 5 6 . 7 8', '1 2 3 4 @ 5 6'],
    ['the password is a b test', 'a b test'],
    ['password is a very long phrase of words', 'a very long'],
  ])('keeps %s', (input, kept) => expect(both(input)).toContain(kept));
});

describe('ids typed or read in words (financial.ts, encodings.ts, latin-ids-lower-case.ts)', () => {
  it.each([
    ['number on my card: 219/09/9998 is that enough?', '219/09/9998'],
    ['ni number: A B nine eight seven six five four D', 'nine eight seven six five four'],
    ['mi NIE es ye uno dos tres cuatro cinco seis siete equis, gracias', 'uno dos tres cuatro cinco seis siete'],
  ])('%s', (input, secret) => expect(both(input)).not.toContain(secret));

  it.each([
    ['card number 219.09.9998 ok', '219.09.9998'],
    ['see /files/219/09/9998 for the card', '219/09/9998'],
    ['card batch 123/45/0000', '123/45/0000'],
    ['national insurance: A B nine eight seven six five four E', 'nine eight seven six five four'],
    ['mi NIE es ye uno dos tres cuatro cinco seis siete be, gracias', 'uno dos tres cuatro cinco seis siete'],
    ['zeta siete seis cinco cuatro tres dos uno hache', 'siete seis cinco cuatro'],
  ])('keeps %s', (input, kept) => expect(both(input)).toContain(kept));
});

describe('IVR and call-note values (access-codes.ts dtmf_digits, financial.ts gift_card_with_pin, pii.ts, birth-dates-written.ts)', () => {
  it.each([
    ['dtmf call=1710239967.1 buffer=510510510510 last=0 state=card_entry', '510510510510'],
    ['dtmf event call=88 digits=4821 state=pin', '4821'],
    ['ok i bought the cards. number 6006 4912 3456 7890 pin 1234', '6006 4912 3456 7890'],
    ['second gift card 6006491234567891 pin 4321', '6006491234567891'],
    ['cust ne bola ki 9876501234 pe call karo, ticket close', '9876501234'],
    ['studio execution FN00 context="{\\"widgets\\":{\\"gather_dob\\":{\\"Digits\\":\\"07221979\\"}}}"', '07221979'],
  ])('%s', (input, secret) => expect(text(input)).not.toContain(secret));

  it.each([
    ['nginx worker buffer=4096 digits=12345', '4096'],
    ['dtmf mode=rfc2833 payload=101 duration=160', '101'],
    ['order 1234 5678 9012 pin 5 shipped', '1234 5678 9012'],
    ['gift card 1234 5678 9012 pinned to the board', '1234 5678 9012'],
    ['invoice 9876501234 pe payment done', '9876501234'],
    ['studio execution FN00 context="{\\"widgets\\":{\\"gather_menu\\":{\\"Digits\\":\\"07221979\\"}}}"', '07221979'],
    ['studio execution FN00 context="{\\"widgets\\":{\\"gather_dob\\":{\\"Digits\\":\\"99999999\\"}}}"', '99999999'],
  ])('keeps %s', (input, kept) => expect(text(input)).toContain(kept));
});
