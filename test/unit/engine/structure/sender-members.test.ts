import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartyNumber } from '../../../../src/engine/structure/sender-members.js';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/sender-members.ts: a messaging export's sender / recipient member beside the member
 * holding that word's id is the account's display name (PERSON, detector key:sender_id); both
 * walks (the decoded value and the record's text) decide the same.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('a sender member beside its id (key:sender_id)', () => {
  const positives: [string, unknown, string][] = [
    [
      'Telegram export from / from_id',
      { messages: [{ id: 7, type: 'message', from: 'Тодор Стоянов', from_id: 'user418273645', text: 'здрасти' }] },
      'Тодор Стоянов',
    ],
    [
      'Telegram service message actor / actor_id',
      { messages: [{ id: 8, type: 'service', actor: 'Nilufar Yusupova', actor_id: 'user99120' }] },
      'Nilufar Yusupova',
    ],
    ['camelCase sender / senderId, numeric id', { msg: { sender: 'Kwabena Asante', senderId: 55012, body: 'ok' } }, 'Kwabena Asante'],
    ['recipient / recipient_id', { dm: { recipient: '李明华', recipient_id: 'u_81723', text: 'hi' } }, '李明华'],
    ['escaped value', { m: { author: 'Sean \\"Óg\\" Ryan', author_id: 'a1' } }, 'Ryan'],
  ];
  for (const [label, record, name] of positives) {
    it(`masks the name: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).not.toContain(name);
      expect(text).not.toContain(name);
      expect(text).toContain('"detector":"key:sender_id"');
    });
  }

  const negatives: [string, unknown, string][] = [
    ['from without an id beside it (a range)', { range: { from: 'Northgate depot', to: 'Harbour yard' } }, 'Northgate depot'],
    ['an id of another word beside from', { row: { from: 'Release train', user_id: 'u1' } }, 'Release train'],
    ['an empty id beside from', { m: { from: 'Weekly digest', from_id: '' } }, 'Weekly digest'],
    ['a number value beside its id', { m: { to: 12, to_id: 'x' } }, '12'],
  ];
  for (const [label, record, kept] of negatives) {
    it(`keeps the value: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).toContain(kept);
      expect(text).toContain(kept);
      expect(text).not.toContain('key:sender_id');
    });
  }
});

describe('party numbers: the length key=value pairs ask for before the name', () => {
  it('no value of fewer than 10 or more than 16 characters is a party number', () => {
    for (const v of ['+447700900', '441415555', '+4477009001', '14155550176', '+14155550176', '1415555017612345', '14155550176123456'])
      expect(isPartyNumber(v), v).toBe(isPartyNumber(v) && v.length >= 10 && v.length <= 16);
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9]{0,8}$/), (v) => {
        expect(isPartyNumber(v)).toBe(false);
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });

  it('still reads From= and recipient= of a form body or webhook URL', () => {
    const out = maskJsonString(engine, JSON.stringify({ body: 'From=14155550176&To=447700900123&page=6&Body=hi' })).output ?? '';
    expect(out).not.toContain('14155550176');
    expect(out).toContain('page=6');
  });
});
