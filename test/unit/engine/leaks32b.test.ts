import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 24 (values people type) and 29 (values people say) closed in stop
 * 32: a number typed in two parts where one part says so (`area code …` then `then …`, `first half`
 * / `second half`, `début` / `la suite`, `… is the rest`), in one message or over two turns, and a
 * voice assistant's `contactValue` slot. Values differ from the corpus values; each group has
 * look-alikes that must stay.
 */
const engine = testEngine();
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
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
