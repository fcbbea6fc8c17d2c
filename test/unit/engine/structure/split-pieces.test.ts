import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/split-pieces.ts: a value split across the elements of one array (streamed deltas kept
 * in one record, a computer-use agent typing in pieces) is read joined; each piece a finding
 * crosses into is masked, in both walks (decoded value and text). Visa / Discover test cards.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

const chunk = (content: string) => ({ choices: [{ index: 0, delta: { content } }] });

describe('a value split across the elements of one array', () => {
  const positives: [string, unknown, string[], string[]][] = [
    [
      'Chat Completions chunks (choices[0].delta.content)',
      { id: 'chatcmpl-1', chunks: [chunk('Your card '), chunk('4111 1111'), chunk(' 1111 1111'), chunk(' was declined.')] },
      ['4111 1111', ' 1111 1111'],
      ['Your card ', ' was declined.'],
    ],
    [
      'computer-use type actions',
      {
        actions: [
          { action: 'type', text: '6011 1111' },
          { action: 'type', text: ' 1111 1117' },
          { action: 'key', text: 'Tab' },
        ],
      },
      ['6011 1111', ' 1111 1117'],
      ['Tab'],
    ],
    [
      'Anthropic stream events (delta.text)',
      {
        events: [
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'write to jane' } },
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: '.doe@example.com' } },
          { type: 'content_block_stop', index: 0 },
        ],
      },
      ['jane', '.doe@example.com'],
      ['content_block_stop'],
    ],
    [
      'Responses API deltas (delta as a string)',
      {
        events: [
          { type: 'response.output_text.delta', delta: '5555 5555 ' },
          { type: 'response.output_text.delta', delta: '5555 4444' },
        ],
      },
      ['5555 5555 ', '5555 4444'],
      ['response.output_text.delta'],
    ],
  ];
  for (const [label, record, masked, kept] of positives) {
    it(`masks the pieces: ${label}`, () => {
      const { text, value } = both(record);
      for (const s of masked) {
        expect(value).not.toContain(`"${s}"`);
        expect(text).not.toContain(`"${s}"`);
      }
      for (const k of kept) {
        expect(value).toContain(`"${k}"`);
        expect(text).toContain(`"${k}"`);
      }
      expect(text).toContain('"detector":"');
    });
  }

  const lookAlikes: [string, unknown, string[]][] = [
    [
      'deltas whose join holds nothing',
      { chunks: [chunk('The build '), chunk('took 4111 '), chunk('ms on 1111 runners')] },
      ['The build ', 'took 4111 ', 'ms on 1111 runners'],
    ],
    [
      'texts that are not typed (no type action)',
      {
        items: [
          { kind: 'note', text: '4111 1111' },
          { kind: 'note', text: ' 1111 1111' },
        ],
      },
      ['4111 1111', ' 1111 1111'],
    ],
    ['a lone delta (nothing to join)', { chunks: [chunk('4111 1111')] }, ['4111 1111']],
  ];
  for (const [label, record, kept] of lookAlikes) {
    it(`keeps the elements: ${label}`, () => {
      const { text, value } = both(record);
      for (const k of kept) {
        expect(value).toContain(`"${k}"`);
        expect(text).toContain(`"${k}"`);
      }
    });
  }
});
