import { describe, expect, it } from 'vitest';
import { maskJsonBytes } from '../../../src/record/json-codec.js';
import { maskText, testEngine } from '../../helpers/engine.js';

/**
 * Red-team round 21 (tabular data in logs and agent traces): the shapes that let values through,
 * with positives other than the corpus values and look-alikes that must stay. Values: SSA's
 * advertising SSN range (987-65-4320..4329), Stripe's documented test cards, NANP 555-01xx
 * fiction numbers, Ofcom drama numbers, RFC 2606 e-mail domains, AWS documentation's example
 * people, HMRC's documentation NINO prefix QQ, python-stdnum doctests.
 */
const engine = testEngine();
const mask = (text: string) => maskText(engine, text).text;

describe('printed query results: bar tables (psql, mysql, markdown, duckdb, Polars, clickhouse)', () => {
  it('masks the cells of sensitive columns in a psql aligned table', () => {
    const out = mask(
      ' id | holder_name | ssn         | status\n----+-------------+-------------+--------\n  7 | Akua Mansa  | 987-65-4329 | active\n(1 row)',
    );
    expect(out).not.toContain('987-65-4329');
    expect(out).not.toContain('Akua Mansa');
    expect(out).toContain('active');
    expect(out).toContain('(1 row)');
  });

  it('masks a password column of a mysql box table, whatever the password looks like', () => {
    const out = mask(
      '+----+----------+-------------+\n| id | username | password    |\n+----+----------+-------------+\n|  1 | pcandella | letmein2024 |\n|  2 | kmanu    | NULL        |\n+----+----------+-------------+\n2 rows in set (0.00 sec)',
    );
    expect(out).not.toContain('letmein2024');
    expect(out).toContain('NULL');
    expect(out).toContain('2 rows in set (0.00 sec)');
  });

  it('masks markdown table cells of an agent answer under their column names', () => {
    const out = mask(
      'Here are the patients:\n\n| Patient | DOB | NI number |\n|---|:---:|---|\n| Efua Owusu | 1971-05-30 | QQ 65 43 21 A |\n\nAnything else?',
    );
    expect(out).not.toContain('1971-05-30');
    expect(out).not.toContain('QQ 65 43 21 A');
    expect(out).toContain('Anything else?');
  });

  it('skips the type row of duckdb and Polars and reads box-drawing bars', () => {
    const duck =
      '┌────────────┬─────────────┐\n│ birth_date │  password   │\n│    date    │   varchar   │\n├────────────┼─────────────┤\n│ 1968-02-11 │ Summer#2025 │\n└────────────┴─────────────┘';
    const out = mask(duck);
    expect(out).not.toContain('1968-02-11');
    expect(out).not.toContain('Summer#2025');
    expect(out).toContain('varchar');
    const polars =
      'shape: (1, 2)\n┌──────┬───────────┐\n│ id   ┆ api_token │\n│ ---  ┆ ---       │\n│ i64  ┆ str       │\n╞══════╪═══════════╡\n│ 1    ┆ q7Lm2Xv9Rt │\n└──────┴───────────┘';
    const masked = mask(polars);
    expect(masked).not.toContain('q7Lm2Xv9Rt');
    expect(masked).toContain('│ i64  ┆ str       │');
  });

  it('reads the column names clickhouse-client writes inside its top border', () => {
    const out = mask('┌─email──────────────┬─hits─┐\n│ kmanu@example.net   │   12 │\n└─────────────────────┴──────┘');
    expect(out).not.toContain('kmanu@example.net');
    expect(out).toContain('│   12 │');
  });

  it('leaves a database URL under a dsn column to the URL readers (its host stays)', () => {
    const out = mask(
      ' name | dsn\n------+-----------------------------------------------\n app  | postgres://app:Wq93kZp1x@db.internal:5432/app\n(1 row)',
    );
    expect(out).not.toContain('Wq93kZp1x');
    expect(out).toContain('db.internal:5432/app');
  });

  it('keeps tables without a sensitive column and pipes that are no table', () => {
    const orders =
      ' order_id   | status  | amount |        created_at\n------------+---------+--------+---------------------------\n ORD-000917 | shipped |  42.00 | 2026-02-01 09:00:00+00\n(1 row)';
    expect(mask(orders)).toBe(orders);
    const md = '| Package | Version |\n|---|---|\n| vitest | 4.1.12 |\n| typescript | 5.9.3 |';
    expect(mask(md)).toBe(md);
    const shell = 'ps aux | grep node | wc -l\n-- done --\n12';
    expect(mask(shell)).toBe(shell);
  });
});

describe('printed query results: underlined tables (sqlcmd, sqlite3 .mode column)', () => {
  it('cuts the rows at the dash runs under the header', () => {
    const out = mask(
      'LoginName   Email                   Phone\n----------- ----------------------- ------------\npcandella   pat.c@example.org       202-555-0164\n\n(1 rows affected)',
    );
    expect(out).not.toContain('202-555-0164');
    expect(out).not.toContain('pat.c@example.org');
    expect(out).toContain('(1 rows affected)');
  });

  it('keeps an underlined table of counts', () => {
    const counts = 'Region      Orders  Revenue\n----------  ------  --------\nEMEA        1204    88120.50\nAPAC        977     61002.00';
    expect(mask(counts)).toBe(counts);
  });
});

describe('pg_dump COPY blocks', () => {
  it('reads the column list of COPY … FROM stdin and masks its TAB-separated cells up to \\.', () => {
    const out = mask(
      'COPY public.staff (id, nachname, geburtsdatum, iban) FROM stdin;\n1\tMansa\t1971-05-30\tDE89370400440532013000\n\\.\n',
    );
    expect(out).not.toContain('1971-05-30');
    expect(out).not.toContain('DE89370400440532013000');
    expect(out).toContain('COPY public.staff (id, nachname, geburtsdatum, iban) FROM stdin;\n1\t');
  });

  it('keeps a COPY block of ids and amounts, and \\N', () => {
    const copy = 'COPY public.invoices (id, total, paid_at) FROM stdin;\n1\t19.99\t\\N\n\\.\n';
    expect(mask(copy)).toBe(copy);
  });
});

describe('CSV printed by tools', () => {
  it('reads a header after a log line’s own label (`…: ` or `=`)', () => {
    const out = mask(
      'wrote 2 rows: name,email,phone\nPat Candella,pat@example.org,202-555-0181\nKwesi Manu,kwesi@example.org,202-555-0175',
    );
    expect(out).not.toContain('202-555-0181');
    expect(out).not.toContain('202-555-0175');
    expect(out).toContain('wrote 2 rows: name,email,phone\n');
  });

  it('reads pandas to_csv() output, whose index column has no name', () => {
    const out = mask(',holder,ssn\n0,Efua Owusu,987-65-4329\n');
    expect(out).not.toContain('987-65-4329');
    expect(out).not.toContain('Efua Owusu');
  });

  it('masks a bare name column beside a person-only id, but not a company’s name', () => {
    const out = mask('name,ssn\nPat Candella,987-65-4329\n');
    expect(out).not.toContain('Pat Candella');
    const firms = mask('name,national_id\nAcme Widgets Ltd,12345678\n');
    expect(firms).toContain('Acme Widgets Ltd');
  });

  it('keeps a labelled CSV without a sensitive column', () => {
    const text = 'summary: region,orders,revenue\nEMEA,1204,88120.50\n';
    expect(mask(text)).toBe(text);
  });
});

describe('arrays of arrays with a header row first (SheetJS header: 1)', () => {
  it('masks the cells under sensitive names of the first row', () => {
    const { value } = engine.maskValue({
      rows: [
        ['Employee name', 'Date of birth', 'Mobile'],
        ['Kwesi Manu', '1980-12-02', '07700 900077'],
      ],
    });
    const out = JSON.stringify(value);
    expect(out).not.toContain('1980-12-02');
    expect(out).not.toContain('07700 900077');
    expect(out).toContain('Date of birth');
  });

  it('keeps rows whose first row is data or names nothing sensitive', () => {
    const data = {
      rows: [
        ['sku', 'qty'],
        ['SKU-1', '2'],
      ],
    };
    expect(engine.maskValue(structuredClone(data)).value).toEqual(data);
    const numbers = {
      data: [
        [1, 2],
        [3, 4],
      ],
    };
    expect(engine.maskValue(structuredClone(numbers)).value).toEqual(numbers);
  });
});

describe('field names', () => {
  it('reads `birth` alone as a birth date', () => {
    const out = JSON.stringify(engine.maskValue({ birth: '1975-08-19' }).value);
    expect(out).not.toContain('1975-08-19');
    const kept = { birth_place_id: 'PL-17', birth_order: '2' };
    expect(engine.maskValue(structuredClone(kept)).value).toEqual(kept);
  });
});

describe('date_of_birth and the birth word of the line above', () => {
  it('does not read a timestamp on its own labelled line as a birth date', () => {
    const text = 'date_of_birth | 1975-08-19\ncreated_at    | 2025-11-02 14:31:07+00\nupdated: 2026-01-03';
    const out = mask(text);
    expect(out).not.toContain('1975-08-19');
    expect(out).toContain('2025-11-02 14:31:07+00');
    expect(out).toContain('2026-01-03');
  });

  it('still reads a date on the line after its birth label', () => {
    expect(mask('Date of birth:\n1975-08-19')).not.toContain('1975-08-19');
  });
});

describe('street lines found out of order', () => {
  it('masks both streets when the later one has the smaller first digit', () => {
    const out = mask('moved from 410 Elm Street to 1600 Oak Avenue last year');
    expect(out).not.toContain('410 Elm Street');
    expect(out).not.toContain('1600 Oak Avenue');
  });
});

describe('HTML tables of e-mailed reports', () => {
  it('masks the cells under sensitive header cells, tags inside a cell included', () => {
    const out = mask(
      '<table><tr><th>Member</th><th>Date of birth</th><th>Phone</th></tr><tr><td><b>Kwesi Manu</b></td><td>02/12/1980</td><td>202-555-0148</td></tr></table>',
    );
    expect(out).not.toContain('02/12/1980');
    expect(out).not.toContain('202-555-0148');
    expect(out).toContain('<td><b>Kwesi Manu</b></td>');
  });

  it('masks the value of a form-like row, `<th>Email</th><td>…</td>`', () => {
    const out = mask('<TABLE><TR><TH>Email</TH><TD>efua.owusu@example.net</TD></TR><TR><TH>Plan</TH><TD>Gold</TD></TR></TABLE>');
    expect(out).not.toContain('efua.owusu@example.net');
    expect(out).toContain('<TD>Gold</TD>');
  });

  it('reads a two-column header as a header, and a form-like table row by row', () => {
    const two = mask('<table><tr><th>Name</th><th>Email</th></tr><tr><td>Pat</td><td>pat.c@example.net</td></tr></table>');
    expect(two).not.toContain('pat.c@example.net');
    expect(two).toContain('<th>Name</th><th>Email</th>');
    const form = mask('<table><tr><th>Email</th><td>Gold</td></tr><tr><th>Plan</th><td>Silver</td></tr></table>');
    expect(form).toContain('<th>Plan</th><td>Silver</td>');
  });

  it('keeps a report table of counts and statuses', () => {
    const html =
      '<table><tr><th>Job</th><th>Status</th><th>Rows</th></tr><tr><td>nightly-export</td><td>OK</td><td>48211</td></tr></table>';
    expect(mask(html)).toBe(html);
  });
});

describe('dataframes printed without rules (pandas, R tibbles)', () => {
  it('masks pandas cells right-aligned under a sensitive name', () => {
    const df = '   user_id   password   city\n0      101  S3cret!x9  Leeds\n1      102   Zq8#mWn2  Derby';
    const out = mask(df);
    expect(out).not.toContain('S3cret!x9');
    expect(out).not.toContain('Zq8#mWn2');
    expect(out).toContain('Leeds');
  });

  it('masks tibble cells left-aligned under a sensitive name, past the type row', () => {
    const tb = '# A tibble: 1 × 2\n  site  dob       \n  <chr> <chr>     \n1 LS1   1969-07-21';
    const out = mask(tb);
    expect(out).not.toContain('1969-07-21');
    expect(out).toContain('<chr>');
  });

  it('keeps a frame of metrics and a line that only starts with 0', () => {
    const df = '   region  orders  revenue\n0    EMEA    1204  88120.5\n1    APAC     977  61002.0';
    expect(mask(df)).toBe(df);
    const plain = 'retries:\n0 of 3 used';
    expect(mask(plain)).toBe(plain);
  });
});

describe('arrays of arrays with a header row, from record bytes', () => {
  it('reads the header row in the text walk as in the object walk', () => {
    const record = {
      file: 'staff.xlsx',
      data: [
        ['Employee name', 'Date of birth'],
        ['Pat Candella', '1979-04-08'],
      ],
    };
    const out = maskJsonBytes(engine, Buffer.from(JSON.stringify(record))).output ?? '';
    expect(out).not.toContain('1979-04-08');
    expect(out).toContain('Date of birth');
  });
});
