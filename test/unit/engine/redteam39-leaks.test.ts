import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the thirty-ninth red-team round found (fixtures/redteam39-corpus.ts: data platforms' query
 * logs, database server logs, ETL loader rejects, notebooks and BI audit), each closed where it
 * happens, with the look-alike beside it that must stay. The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('PostgreSQL bind parameters printed on the DETAIL line', () => {
  const statement =
    '2026-12-01 08:00:01.002 UTC [901] app@crm LOG:  execute <unnamed>: SELECT * FROM travellers WHERE passport_no = $1 AND status = $2 AND order_id = $3';

  it('masks the parameter whose placeholder stands for a sensitive column', () => {
    const out = text(
      `${statement}\n2026-12-01 08:00:01.002 UTC [901] app@crm DETAIL:  parameters: $1 = 'C01X00T47', $2 = 'ACTIVE', $3 = '884213'`,
    );
    expect(out).not.toContain('C01X00T47');
  });

  it('keeps the parameters of columns that are not personal (a status, an order id)', () => {
    const out = text(`${statement}\nDETAIL:  parameters: $1 = 'C01X00T47', $2 = 'ACTIVE', $3 = '884213'`);
    for (const kept of ["'ACTIVE'", "'884213'", 'passport_no = $1']) expect(out).toContain(kept);
  });
});

describe('pgaudit lines: the statement as a CSV field, and log_parameter values', () => {
  it('maps the parameter list to the columns of the quoted INSERT', () => {
    const out = text(
      'LOG:  AUDIT: SESSION,12,1,WRITE,INSERT,TABLE,public.payees,"INSERT INTO payees (sku, holder_name, iban) VALUES ($1, $2, $3)","SKU-1182,Marta Kowalczyk,PL61109010140000071219812874"',
    );
    for (const raw of ['Marta Kowalczyk', 'PL61109010140000071219812874']) expect(out).not.toContain(raw);
    for (const kept of ['SKU-1182', 'public.payees', 'INSERT INTO payees']) expect(out).toContain(kept);
  });

  it('reads literals of a quoted statement by their columns', () => {
    const out = text(
      "LOG:  AUDIT: SESSION,13,1,WRITE,UPDATE,TABLE,public.staff,\"UPDATE staff SET tax_id = '7501014800085', team = 'payments' WHERE staff_no = 4411\",<not logged>",
    );
    expect(out).not.toContain('7501014800085');
    for (const kept of ["'payments'", '4411']) expect(out).toContain(kept);
  });

  it('leaves a parameter list that does not match the placeholders (a comma inside a value)', () => {
    const out = text(
      'LOG:  AUDIT: SESSION,14,1,WRITE,INSERT,TABLE,public.notes,"INSERT INTO notes (ticket, body) VALUES ($1, $2)","T-99,hello, world"',
    );
    expect(out).toContain('T-99');
  });
});

describe('loader errors naming the field after the type the value failed to become', () => {
  it('masks BigQuery load errors: Could not parse … as <TYPE> for field <name>', () => {
    const out = text(
      "Error while reading data, error message: Could not parse '07/31/1961' as DATE for field date_of_birth (position 4) starting at location 77",
    );
    expect(out).not.toContain('07/31/1961');
  });

  it('keeps a value rejected for a field that is not personal', () => {
    const out = text("Error while reading data, error message: Could not parse 'N/A' as INT64 for field quantity (position 2)");
    expect(out).toContain("'N/A'");
  });
});

describe('Redshift STL_LOAD_ERRORS: raw_field_value named by colname', () => {
  it('masks the rejected value as its column, and its copy in raw_line', () => {
    const out = value({
      colname: 'sin',
      raw_field_value: '046-454-286',
      raw_line: '77|Chiamaka|046-454-286|x',
      err_reason: "Invalid digit, Value '-', Pos 3, Type: Long",
    });
    expect(out).not.toContain('046-454-286');
  });

  it('masks a surname rejected under its column', () => {
    expect(value({ colname: 'last_name', raw_field_value: 'Okonkwo', err_code: 1204 })).not.toContain('Okonkwo');
  });

  it('keeps the rejected value of a column that is not personal', () => {
    const out = value({ colname: 'quantity', raw_field_value: '12x', err_reason: 'Invalid digit' });
    expect(out).toContain('12x');
  });
});

describe('Portuguese `nascimento` member', () => {
  it('masks the birth date under a bare nascimento, keeps an order date', () => {
    const out = value({ nome: 'cliente', nascimento: '1979-03-02', data_pedido: '2026-11-30' });
    expect(out).not.toContain('1979-03-02');
    expect(out).toContain('2026-11-30');
  });
});

describe('Snowflake stage and COPY credential options', () => {
  it('masks MASTER_KEY, AWS_TOKEN and AZURE_SAS_TOKEN with blanks around the equals sign', () => {
    const out = text(
      "CREATE STAGE s1 URL='s3://bucket-a/x/' CREDENTIALS = (AWS_KEY_ID = 'id1' AWS_TOKEN = 'FwoGZXIvYXdzEJr//////////wEaDM7t0kQ') ENCRYPTION = (TYPE = 'AWS_CSE' MASTER_KEY = 'eSx9CqLuTy7Ab+o9nN2pQ0==')",
    );
    for (const raw of ['FwoGZXIvYXdzEJr//////////wEaDM7t0kQ', 'eSx9CqLuTy7Ab+o9nN2pQ0==']) expect(out).not.toContain(raw);
    for (const kept of ["TYPE = 'AWS_CSE'", 's3://bucket-a/x/']) expect(out).toContain(kept);
  });

  it('keeps prose about the options', () => {
    const out = text('set MASTER_KEY on the stage before the load; see the AWS_TOKEN docs');
    expect(out).toContain('MASTER_KEY on the stage');
  });
});

describe('Tableau personal access token secrets', () => {
  it('masks the secret in a script call', () => {
    const out = text('TSC.PersonalAccessTokenAuth("nightly", "Tn8x0PqLm2VbRt6sYw4ZkA==:Hd7Kq2Lp9Xv4Nm1Bc6Zt3Rw8Sy5Fg0Ja")');
    expect(out).not.toContain('Tn8x0PqLm2VbRt6sYw4ZkA==:Hd7Kq2Lp9Xv4Nm1Bc6Zt3Rw8Sy5Fg0Ja');
    expect(out).toContain('nightly');
  });

  it('keeps a short base64 value before a colon and a version tag', () => {
    const out = text('etag=YWJjZGVmZ2hpamtsbW5vcA==:v1 checksum c2hvcnQ==:abc');
    for (const kept of ['YWJjZGVmZ2hpamtsbW5vcA==:v1', 'c2hvcnQ==:abc']) expect(out).toContain(kept);
  });
});

describe('numbered data files are no postcodes', () => {
  it('keeps Spark / Hadoop part files and numbered exports under a mount path', () => {
    const out = value({ path: 'dbfs:/mnt/raw/orders/2026-12-01/part-00017.csv', out: '/mnt/exports/batch_60614.json' });
    for (const kept of ['part-00017.csv', 'batch_60614.json']) expect(out).toContain(kept);
  });

  it('still masks a ZIP after a street line and a state', () => {
    const out = text('ship to 350 Fifth Avenue, New York, NY 10118. file part-00017.csv');
    expect(out).not.toContain('10118');
    expect(out).toContain('part-00017.csv');
  });
});
