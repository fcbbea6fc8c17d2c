import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/textract-forms.ts: a Textract FORMS key block whose label words the key rules call
 * sensitive makes the words of its linked value block that entity (detector key:textract_form),
 * in both walks; value words under a label naming nothing are left to the value detectors.
 */
const engine = testEngine();

function field(n: number, label: string, value: string): object[] {
  return [
    {
      BlockType: 'KEY_VALUE_SET',
      EntityTypes: ['KEY'],
      Id: `k-${n}`,
      Relationships: [
        { Type: 'VALUE', Ids: [`v-${n}`] },
        { Type: 'CHILD', Ids: [`kw-${n}`] },
      ],
    },
    { BlockType: 'WORD', Id: `kw-${n}`, Text: label, Confidence: 99 },
    { BlockType: 'KEY_VALUE_SET', EntityTypes: ['VALUE'], Id: `v-${n}`, Relationships: [{ Type: 'CHILD', Ids: [`vw-${n}`] }] },
    { BlockType: 'WORD', Id: `vw-${n}`, Text: value, Confidence: 97 },
  ];
}

const RECORD = {
  DocumentMetadata: { Pages: 1 },
  Blocks: [...field(1, 'Date of birth:', '11-03-1977'), ...field(2, 'Passport No.', 'QX2345678'), ...field(3, 'Department:', 'Claims 7B')],
};

describe('Textract FORMS key/value blocks', () => {
  it('masks the value words of a sensitive label in both walks, and keeps the labels, ids and other values', () => {
    const text = maskJsonString(engine, JSON.stringify(RECORD));
    const value = engine.maskValue(structuredClone(RECORD));
    for (const out of [text.output ?? '', JSON.stringify(value.value)]) {
      expect(out).not.toContain('11-03-1977');
      expect(out).not.toContain('QX2345678');
      expect(out).toContain('"Text":"Date of birth:"');
      expect(out).toContain('"Text":"Claims 7B"');
      expect(out).toContain('"Id":"vw-1"');
    }
    for (const findings of [text.findings, value.findings]) {
      expect(findings.filter((f) => f.detector === 'key:textract_form').map((f) => f.entity)).toEqual(['DATE_OF_BIRTH', 'PASSPORT']);
    }
  });

  it('reads nothing in a list that is no Textract block list, or without a KEY block', () => {
    const lists = [{ Blocks: [{ Id: 'vw-1', Text: '11-03-1977' }] }, { Blocks: field(1, 'Date of birth:', '11-03-1977').slice(1) }];
    for (const record of lists) {
      const findings = engine.maskValue(structuredClone(record)).findings;
      expect(findings.some((f) => f.detector === 'key:textract_form')).toBe(false);
    }
  });
});
