import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { maskText, testEngine } from '../../../helpers/engine.js';

// Values: RFC 2606 / .example e-mail domains, 090-1234-5678 (the red-team round's national-format
// Japanese mobile), the SSA's published "Woolworth wallet" SSN 078-05-1120, the IBAN of the
// ECBS / Wikipedia example (GB82 WEST 1234 5698 7654 32), the Visa test card 4111 1111 1111 1111.
const engine = testEngine();
const TOKEN = /^<[A-Z_]+:[a-z]+>$/;

const EXPORT = 'id,name,email,phone\n1,Taro Yamada,taro@example.jp,090-1234-5678\n2,Hanako Sato,hanako@example.jp,080-9876-5432';

function cells(text: string, sep: string): string[][] {
  return text.split(/\r?\n/).map((line) => line.split(sep));
}

describe('CSV / TSV with a header row', () => {
  it('masks the phone column of an export whose header is far from the value (the red-team leak)', () => {
    const { text, entities } = maskText(engine, EXPORT);
    expect(text).not.toMatch(/090|1234|5678|080|9876|5432/);
    const rows = cells(text, ',');
    expect(rows[0]).toEqual(['id', 'name', 'email', 'phone']);
    expect(rows[1]![0]).toBe('1');
    expect(rows[2]![0]).toBe('2');
    expect(rows[1]![3]).toMatch(/^<PHONE:[a-z]+>$/);
    expect(rows[2]![3]).toMatch(/^<PHONE:[a-z]+>$/);
    expect(entities).toEqual(expect.arrayContaining(['PHONE', 'EMAIL']));
  });

  it('reads ;-separated exports and headers E-mail / Date of birth / Card number, masking each cell whole', () => {
    const input =
      'id;E-mail;Date of birth;Card number;status\n7;jane@example.com;02.01.1980;4111 1111 1111 1111;active\n8;;1975-12-31;;closed';
    const { text } = maskText(engine, input);
    const rows = cells(text, ';');
    expect(rows[0]).toEqual(['id', 'E-mail', 'Date of birth', 'Card number', 'status']);
    expect(rows[1]![0]).toBe('7');
    expect(rows[1]![1]).toMatch(/^<EMAIL:/);
    expect(rows[1]![2]).toMatch(/^<DATE_OF_BIRTH:[a-z]+>$/);
    expect(rows[1]![3]).toMatch(/^<CREDIT_CARD:[a-z]+>$/);
    expect(rows[1]![4]).toBe('active');
    // Empty cells stay empty.
    expect(rows[2]).toEqual(['8', '', expect.stringMatching(/^<DATE_OF_BIRTH:/), '', 'closed']);
  });

  it('reads TSV exports: ssn, password, iban, dob and api_key columns', () => {
    const input =
      'user\tssn\tpassword\tiban\tdob\tapi_key\tnote\n' +
      'bob\t078-05-1120\thunter2\tGB82 WEST 1234 5698 7654 32\t1970-01-01\tabc123xyz\tok\n' +
      'ann\t\tCorrectHorse\t\t\t${API_KEY}\tsee ticket';
    const { text } = maskText(engine, input);
    for (const v of ['078-05-1120', 'hunter2', 'GB82', '1970-01-01', 'abc123xyz', 'CorrectHorse']) expect(text).not.toContain(v);
    const rows = cells(text, '\t');
    expect(rows[1]![0]).toBe('bob');
    expect(rows[1]![6]).toBe('ok');
    for (const c of rows[1]!.slice(1, 6)) expect(c).toMatch(TOKEN);
    // A placeholder under a sensitive name stays, like key=value.
    expect(rows[2]).toEqual(['ann', '', expect.stringMatching(TOKEN), '', '', '${API_KEY}', 'see ticket']);
  });

  it('reads RFC 4180 quoting: separators, "" and line breaks inside quotes, quoted headers', () => {
    const input = '"id","name","password","city"\n' + '1,"Yamada, Taro","pa,ss""word","Tokyo"\n' + '2,"Sato\nHanako","x""y;z",Osaka';
    const { text } = maskText(engine, input);
    expect(text).not.toContain('pa,ss');
    expect(text).not.toContain('ss""word');
    expect(text).not.toContain('x""y');
    expect(text).toContain('"Tokyo"');
    expect(text).toContain(',Osaka');
    expect(text.startsWith('"id","name","password","city"\n1,"')).toBe(true);
    // The quotes stay around the masked cell.
    expect(text).toMatch(/,"<SECRET:[a-z]+>","Tokyo"/);
  });

  it('reads CRLF line ends', () => {
    const { text } = maskText(engine, EXPORT.replace(/\n/g, '\r\n') + '\r\n');
    expect(text).not.toMatch(/090|080/);
    expect(text.split('\r\n')[1]!.split(',')[3]).toMatch(/^<PHONE:[a-z]+>$/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('skips a later record with another number of fields and goes on', () => {
    const input = 'id,password\n1,first-secret\n2,a,b\n3,third-secret';
    const { text } = maskText(engine, input);
    expect(text).not.toContain('first-secret');
    expect(text).not.toContain('third-secret');
    expect(text).toContain('\n2,a,b\n');
  });

  describe('look-alikes stay untouched', () => {
    const UNTOUCHED: [string, string][] = [
      [
        'prose with commas on two lines',
        'Thanks for the update, I will check the password reset flow\nand get back to you, probably tomorrow',
      ],
      ['prose with short clauses', 'Hello team, hi\nsecret plans, later'],
      ['a log line with commas', '2024-05-01T10:00:00Z INFO login ok, user=root, took 12ms\nnext line, here'],
      ['a CSV whose headers are not sensitive', 'id,status,count\n1,active,12\n2,closed,7'],
      ['a data row with a different field count', 'id,password,extra\nhunter2,x'],
      ['a single line', 'id,password,phone'],
      ['a header with a sentence mark', 'password?,phone\nfoo,bar'],
    ];
    for (const [name, input] of UNTOUCHED) {
      it(name, () => {
        expect(maskText(engine, input).text).toBe(input);
      });
    }
  });

  it('is off with structure.csv: false', () => {
    const off = testEngine('structure:\n  csv: false\n');
    expect(maskText(off, 'id,password\n1,hunter2').text).toBe('id,password\n1,hunter2');
    expect(maskText(engine, 'id,password\n1,hunter2').text).toMatch(/^id,password\n1,<SECRET:[a-z]+>$/);
  });

  it('gives the same output through both JSON walks (maskValue and the raw-text path)', () => {
    const record = { event: 'tool.result', tool: 'db.export', output: EXPORT, tsv: 'user\tssn\nbob\t078-05-1120' };
    const viaValue = JSON.stringify(engine.maskValue(record).value);
    const viaText = maskJsonString(engine, JSON.stringify(record)).output!;
    // The raw-text path adds its evidence member; the masked members are the same.
    const { _auditmask: _evidence, ...members } = JSON.parse(viaText) as Record<string, unknown>;
    expect(JSON.stringify(members)).toBe(viaValue);
    expect(viaText).not.toMatch(/090-1234-5678|078-05-1120/);
    expect(JSON.parse(viaText).tool).toBe('db.export');
  });

  it('stays linear on a 100 KB CSV and on unclosed quotes', () => {
    const rows = ['id,name,phone,password'];
    let length = 0;
    for (let i = 0; length < 100_000; i++) {
      rows.push(`${i},"User ${i}",090-1234-${String(i % 10000).padStart(4, '0')},pw-${i}-x`);
      length += rows[rows.length - 1]!.length + 1;
    }
    const { text } = maskText(engine, rows.join('\n'));
    expect(text).not.toMatch(/090-1234-|pw-\d+-x/);
    const quotes = 'id,password\n' + '1,"abc\n'.repeat(20_000);
    expect(maskText(engine, quotes).text).not.toContain('"abc');
  });
});

// A table pasted after a sentence or a code fence (an agent's answer, a chat prompt), and header
// names in other scripts (RFC 4180 puts no limit on field names; exports of localised tools name
// their columns `Straße`, `teléfono`, `電話`).
describe('CSV after a sentence, and header names beyond ASCII', () => {
  it('finds the header on the second or third line', () => {
    for (const before of ['Here is the export:\n', 'Here is the export, as requested:\n```csv\n']) {
      const { text } = maskText(engine, `${before}${EXPORT}`);
      expect(text.startsWith(before)).toBe(true);
      expect(text, before).not.toMatch(/090|1234|5678|080|9876|5432/);
      expect(text).toContain('\nid,name,email,phone\n1,');
    }
  });

  it('reads header names with letters beyond ASCII', () => {
    const { text } = maskText(engine, 'Nombre,teléfono,ciudad\nAna,612 34 56 78,Madrid\nLuis,699 00 00 01,Sevilla');
    expect(text).not.toMatch(/612 34|699 00/);
    expect(text).toContain(',Madrid\n');
  });

  it('leaves prose lines whose comma counts happen to agree, and a header too far down', () => {
    const prose = 'We met on Monday, then again on Friday.\nIt went well, I think.';
    expect(maskText(engine, prose).text).toBe(prose);
    const far = `one\ntwo\nthree\n${EXPORT}`;
    // The fourth line is not read as a header: only the value detectors act (no PHONE cell token).
    expect(maskText(engine, far).text).toContain('one\ntwo\nthree\nid,name,email,phone\n');
  });
});

// A CSV export in a string JSON-escaped twice (a tool result inside a JSON string inside a log
// record): the text holds the two characters \n where lines break. Values: NANP fiction phones,
// RFC 2606 e-mail, the SSA's Woolworth sample SSN.
describe('CSV whose line breaks are escaped', () => {
  it('reads \\n as a line break and masks the sensitive columns', () => {
    const input = 'name,ssn,city\\nJane Roe,078-05-1120,Miami\\r\\nBob Poe,078-05-1120x,Tampa\\n';
    const { text } = maskText(engine, input);
    expect(text).not.toContain('078-05-1120');
    // The line breaks stay as written; the bare `name` beside an `ssn` column is a person's (round 21).
    expect(text).toMatch(/,Miami\\r\\n<PERSON:\w+>,/);
    expect(text.startsWith('name,ssn,city\\n<PERSON:')).toBe(true);
  });

  it('keeps an escaped backslash and texts that are no table', () => {
    for (const input of ['C:\\\\new\\\\notes, and more\\nplain words here', 'a,b\\\\nc,d', 'dir C:\\new\\temp, size 4,096']) {
      expect(maskText(engine, input).text).toBe(input);
    }
  });

  it('reads no header from a line wrapped inside a number (the line ends in `-`)', () => {
    // The SSA's example SSN 078-05-1120 cut after its second dash: the next line is prose, not a row.
    const { text } = maskText(engine, 'Payroll file updated, SSN 078-05-\n1120, effective date 2025-01-06');
    expect(text).toContain('effective date 2025-01-06');
    expect(text).not.toContain('1120,');
  });
});
