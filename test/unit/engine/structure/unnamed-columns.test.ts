import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { isUnnamedColumn } from '../../../../src/engine/structure/unnamed-columns.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/unnamed-columns.ts through structure/columnar.ts: cells under columns named by nothing
 * (`_col0`, `f0_`, `$1`, `column0`, `Column1`, an expression, `PH`, a sheet's letters) read by what
 * they prove, only in a row of a person (an e-mail, a sensitive column, a proven name), in both
 * walks. Numbers built with each standard's check (Verhoeff, mod-11, PESEL weights, Luhn); NANP
 * 555-01xx fictional numbers; names made up.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('unnamed columns: cells proven in rows of people', () => {
  const positives: [string, unknown, string[], string[]][] = [
    [
      'Presto _col0.._col2 with an Aadhaar (Verhoeff) and an e-mail',
      {
        columns: [{ name: '_col0' }, { name: '_col1' }, { name: '_col2' }],
        data: [
          ['Rohan Iyer', '369204815735', 'rohan.i@example.net'],
          ['Kavya Menon', '817263540911', 'kavya.m@example.net'],
        ],
      },
      ['369204815735', '817263540911'],
      ['_col0'],
    ],
    [
      'Snowflake $1..$3 with CPR numbers (mod-11)',
      {
        resultSetMetaData: { rowType: [{ name: '$1' }, { name: '$2' }, { name: '$3' }] },
        data: [['Jens Mortensen', '1203952844', 'jens.m@example.org']],
      },
      ['1203952844'],
      ['$1'],
    ],
    [
      'BigQuery f0_ with a PESEL, and a name the gazetteer may lack read by the proven name above it',
      {
        schema: { fields: [{ name: 'f0_' }, { name: 'f1_' }, { name: 'f2_' }] },
        rows: [
          { f: [{ v: 'Marek Nowicki' }, { v: '76031512342' }, { v: 'marek.n@example.pl' }] },
          { f: [{ v: 'Wu Xiaoming' }, { v: '03260798762' }, { v: 'wu.x@example.cn' }] },
        ],
      },
      ['76031512342', '03260798762', 'Wu Xiaoming'],
      ['f0_'],
    ],
    [
      'Athena _col0.. with SINs grouped 3-3-3 (Luhn)',
      {
        ResultSet: {
          Rows: [
            { Data: [{ VarCharValue: 'Chloé Dubois' }, { VarCharValue: '618 347 298' }, { VarCharValue: 'chloe.d@example.ca' }] },
            { Data: [{ VarCharValue: 'Ryan Fraser' }, { VarCharValue: '384-629-515' }, { VarCharValue: 'ryan.f@example.ca' }] },
          ],
          ResultSetMetadata: { ColumnInfo: [{ Name: '_col0' }, { Name: '_col1' }, { Name: '_col2' }] },
        },
      },
      ['618 347 298', '384-629-515'],
      ['_col0'],
    ],
    [
      'an abbreviation (PH) beside a date of birth column: a bare NANP number',
      {
        columns: [{ name: 'dob' }, { name: 'PH' }],
        data: [['1984-03-17', '3125550177']],
      },
      ['3125550177'],
      ['PH'],
    ],
    [
      'ClickHouse JSONCompact meta beside data, an expression column',
      {
        meta: [
          { name: "concat(fn, ' ', ln)", type: 'String' },
          { name: 'any(tel)', type: 'String' },
          { name: 'email', type: 'String' },
        ],
        data: [['Harriet Pemberton', '6465550193', 'harriet.p@example.com']],
      },
      ['6465550193'],
      ['String'],
    ],
    [
      'rows keyed by a sheet’s letters (SheetJS header: "A")',
      {
        rows: [
          { A: 'Freja Holm', B: '2806715193', C: 'freja.h@example.dk' },
          { A: 'Lars Eklund', B: '19900101-0017', C: 'lars.e@example.se' },
        ],
      },
      ['2806715193'],
      ['"A":'],
    ],
  ];
  for (const [name, record, masked, kept] of positives) {
    it(`masks ${name}`, () => {
      for (const out of Object.values(both(record))) {
        for (const v of masked) expect(out, v).not.toContain(v);
        for (const v of kept) expect(out, v).toContain(v);
      }
    });
  }

  const lookalikes: [string, unknown, string[]][] = [
    [
      'counts, sums and epoch seconds under unnamed aggregates (no person in the row)',
      {
        meta: [{ name: 'count()' }, { name: 'sum(bytes)' }, { name: 'max(ts)' }],
        data: [
          ['3125550177', '6465550193', '1767657600'],
          ['1203952844', '369204815735', '1767744000'],
        ],
      },
      ['3125550177', '6465550193', '1767657600', '1203952844', '369204815735'],
    ],
    [
      'versions, hashes and build numbers under _col0',
      {
        columns: [{ name: '_col0' }, { name: '_col1' }, { name: '_col2' }],
        data: [['billing-api', '2.3.1', '76031512342']],
      },
      ['billing-api', '2.3.1', '76031512342'],
    ],
    [
      'an id column beside an e-mail: a named column is not read by its cells',
      {
        columns: [{ name: 'id' }, { name: 'order_no' }, { name: 'email' }],
        data: [['3125550177', '1203952844', 'orders@example.com']],
      },
      ['3125550177', '1203952844'],
    ],
    [
      'product names and SKUs grouped 3-3-3 without a person',
      {
        manifest: { schema: { columns: [{ name: '_c0' }, { name: '_c1' }] } },
        result: { data_array: [['Pour Over Kettle', '618 347 298']] },
      },
      ['Pour Over Kettle', '618 347 298'],
    ],
    ['rows keyed by letters without a person', { rows: [{ A: 'Widget', B: '2806715193', C: '12' }] }, ['Widget', '2806715193']],
  ];
  for (const [name, record, kept] of lookalikes) {
    it(`keeps ${name}`, () => {
      for (const out of Object.values(both(record))) for (const v of kept) expect(out, v).toContain(v);
    });
  }

  it('calls generated names, expressions and short abbreviations unnamed; not ids, counts or real names', () => {
    for (const n of [
      '_col0',
      'f3_',
      '$2',
      'column0',
      'Column1',
      'EXPR$0',
      '?column?',
      '(No column name)',
      '_c4',
      'PH',
      'nm',
      'lower(mail)',
    ])
      expect(isUnnamedColumn(n), n).toBe(true);
    for (const n of ['id', 'ts', 'qty', 'order_no', 'customer', 'TimeGenerated', 'amount']) expect(isUnnamedColumn(n), n).toBe(false);
  });
});
