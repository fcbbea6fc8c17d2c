import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/columnar.ts: query results whose column names stand apart from their rows. A cell is
 * masked as a member named by its column would be, in both walks (decoded value and text).
 * 219-09-9999 and 078-05-1120 are published sample SSNs the SSN detector refuses without a key.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

const SSN = '219-09-9999';
const DOB = '1979-08-02';

describe('columnar results: column names onto row cells', () => {
  const positives: [string, unknown, string[], string[]][] = [
    [
      'Databricks Command API results (schema + data)',
      {
        results: {
          resultType: 'table',
          schema: [{ name: 'customer_id' }, { name: 'full_name' }, { name: 'ssn' }],
          data: [
            [100231, 'Olivia Martinez', SSN],
            [100232, 'Noah Wilson', '078-05-1120'],
          ],
        },
      },
      [SSN, '078-05-1120', 'Olivia Martinez'],
      ['100231'],
    ],
    [
      'Trino client protocol (columns + data)',
      {
        id: 'q1',
        columns: [
          { name: 'ssn', type: 'varchar' },
          { name: 'city', type: 'varchar' },
        ],
        data: [[SSN, 'Lyon']],
      },
      [SSN],
      ['Lyon'],
    ],
    ['Cloudflare D1 raw (column names as strings)', { results: { columns: ['city', 'ssn'], rows: [['Lyon', SSN]] } }, [SSN], ['Lyon']],
    [
      'Snowflake SQL API (resultSetMetaData.rowType + data)',
      { resultSetMetaData: { numRows: 1, rowType: [{ name: 'CITY' }, { name: 'DATE_OF_BIRTH' }] }, data: [['Lyon', DOB]] },
      [DOB],
      ['Lyon'],
    ],
    [
      'Databricks SQL statement (manifest.schema.columns + result.data_array)',
      { statement_id: 's1', manifest: { schema: { columns: [{ name: 'ssn' }, { name: 'n' }] } }, result: { data_array: [[SSN, '7']] } },
      [SSN],
      [],
    ],
    [
      'BigQuery (schema.fields + rows[].f[].v)',
      {
        kind: 'bigquery#queryResponse',
        schema: { fields: [{ name: 'ssn', type: 'STRING' }, { name: 'city' }] },
        rows: [{ f: [{ v: SSN }, { v: 'Lyon' }] }],
      },
      [SSN],
      ['Lyon'],
    ],
    [
      'Athena (ResultSetMetadata.ColumnInfo, header row)',
      {
        ResultSet: {
          Rows: [
            { Data: [{ VarCharValue: 'ssn' }, { VarCharValue: 'city' }] },
            { Data: [{ VarCharValue: SSN }, { VarCharValue: 'Lyon' }] },
          ],
          ResultSetMetadata: { ColumnInfo: [{ Name: 'ssn' }, { Name: 'city' }] },
        },
      },
      [SSN],
      ['Lyon', '"ssn"'],
    ],
    [
      'Athena without metadata (the first row is the header)',
      { ResultSet: { Rows: [{ Data: [{ VarCharValue: 'date_of_birth' }] }, { Data: [{ VarCharValue: DOB }] }] } },
      [DOB],
      ['date_of_birth'],
    ],
    [
      'wal2json v1 (columnnames / columnvalues, oldkeys)',
      {
        change: [
          {
            kind: 'update',
            columnnames: ['id', 'full_name', 'date_of_birth'],
            columnvalues: [12, 'Fatima Zahra Benali', DOB],
            oldkeys: { keynames: ['ssn'], keytypes: ['text'], keyvalues: [SSN] },
          },
        ],
      },
      [DOB, SSN, 'Fatima Zahra Benali'],
      ['full_name'],
    ],
    [
      'Google Sheets ValueRange (header row)',
      {
        range: 'Sheet1!A1:B2',
        majorDimension: 'ROWS',
        values: [
          ['city', 'ssn'],
          ['Lyon', SSN],
        ],
      },
      [SSN],
      ['Lyon', 'city'],
    ],
  ];
  for (const [label, record, masked, kept] of positives) {
    it(`masks the cells by their column: ${label}`, () => {
      const { text, value } = both(record);
      for (const s of masked) {
        expect(value).not.toContain(s);
        expect(text).not.toContain(s);
      }
      for (const k of kept) {
        expect(value).toContain(k);
        expect(text).toContain(k);
      }
    });
  }

  const lookAlikes: [string, unknown, string[]][] = [
    ['columns that name nothing sensitive', { columns: [{ name: 'city' }, { name: 'visits' }], data: [['Lyon', 3]] }, ['Lyon']],
    ['data rows without column names', { data: [[SSN, 'Lyon']] }, [SSN]],
    [
      'a Sheets range by columns (no header row to read)',
      { range: 'Sheet1!A1:B2', majorDimension: 'COLUMNS', values: [['ssn', SSN]] },
      [SSN],
    ],
    ['values without a range (not a ValueRange)', { values: [['ssn'], [SSN]] }, [SSN]],
  ];
  for (const [label, record, kept] of lookAlikes) {
    it(`reads the rows as before: ${label}`, () => {
      const { text, value } = both(record);
      for (const k of kept) {
        expect(value).toContain(k);
        expect(text).toContain(k);
      }
    });
  }
});
