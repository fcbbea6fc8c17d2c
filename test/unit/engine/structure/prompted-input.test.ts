import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/prompted-input.ts on the record walk: an input typed right after a password prompt
 * (terminal recordings) or a click on a password field (computer-use / browser steps), in one
 * array, is SECRET (detector key:prompted_input) in both walks (the decoded value and the
 * record's text); other input stays.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('an input typed into a password prompt or field (key:prompted_input)', () => {
  const positives: [string, unknown, string[]][] = [
    [
      'sudo I/O ttyin after the sudo prompt',
      {
        events: [
          { type: 'ttyout', data: '[sudo] password for ops: ' },
          { type: 'ttyin', data: 'plumtree-OWL-42\r' },
        ],
      },
      ['plumtree-OWL-42'],
    ],
    [
      'asciinema "i" events one key at a time, stars echoed between',
      {
        events: [
          [0.1, 'o', 'Password: '],
          [0.2, 'i', 'q7'],
          [0.3, 'o', '**'],
          [0.4, 'i', 'Zx'],
          [0.5, 'i', '\r'],
        ],
      },
      ['"q7"', '"Zx"'],
    ],
    [
      'ssh-keygen passphrase prompt with a parenthesis',
      {
        chunks: [
          { stream: 'stdout', text: 'Enter passphrase (empty for no passphrase): ' },
          { stream: 'stdin', text: 'mauve-kettle' },
        ],
      },
      ['mauve-kettle'],
    ],
    [
      'a click on a password field, then a type action',
      {
        steps: [
          { action: 'left_click', selector: 'input[name="password"]' },
          { action: 'type', text: 'Marigold*Crate9' },
        ],
      },
      ['Marigold*Crate9'],
    ],
    [
      'computer-use tool calls with the target described',
      {
        tool_calls: [
          { name: 'computer', input: { action: 'left_click', coordinate: [10, 20], target: 'Password input' } },
          { name: 'computer', input: { action: 'type', text: 'velvet-anchor-77' } },
        ],
      },
      ['velvet-anchor-77'],
    ],
    [
      'a type action whose own description names the password field',
      { actions: [{ action: 'type', description: 'the password input of the sign-in form', text: 'Sandpiper!204' }] },
      ['Sandpiper!204'],
    ],
  ];
  for (const [label, record, secrets] of positives) {
    it(`masks the input: ${label}`, () => {
      const { text, value } = both(record);
      for (const s of secrets) {
        expect(value).not.toContain(s);
        expect(text).not.toContain(s);
      }
      expect(text).toContain('"detector":"key:prompted_input"');
    });
  }

  const lookAlikes: [string, unknown, string][] = [
    [
      'input after a user-name prompt',
      {
        events: [
          { type: 'ttyout', data: 'Username: ' },
          { type: 'ttyin', data: 'deploy-ops\r' },
        ],
      },
      'deploy-ops',
    ],
    [
      'a command typed after the prompt was answered',
      {
        events: [
          [0.1, 'o', 'Password: '],
          [0.2, 'i', 'q\r'],
          [0.3, 'o', '\r\n$ '],
          [0.4, 'i', 'uptime-report'],
        ],
      },
      'uptime-report',
    ],
    [
      'output that reports a password change, not a prompt',
      {
        events: [
          { type: 'ttyout', data: 'Last password change: Jan 02\r\n$ ' },
          { type: 'ttyin', data: 'whoami-check\r' },
        ],
      },
      'whoami-check',
    ],
    [
      'a type action after a click on a search box',
      {
        steps: [
          { action: 'left_click', selector: '#search' },
          { action: 'type', text: 'weather in Lyon' },
        ],
      },
      'weather in Lyon',
    ],
    [
      'another click between the password click and the typing',
      {
        steps: [
          { action: 'left_click', selector: '#password' },
          { action: 'left_click', selector: '#comment' },
          { action: 'type', text: 'looks good to me' },
        ],
      },
      'looks good to me',
    ],
    [
      'a prompt in one array, input in another',
      { out: { events: [{ type: 'ttyout', data: 'Password: ' }] }, in: { events: [{ type: 'ttyin', data: 'make-release\r' }] } },
      'make-release',
    ],
  ];
  for (const [label, record, kept] of lookAlikes) {
    it(`keeps the input: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).toContain(kept);
      expect(text).toContain(kept);
    });
  }
});
