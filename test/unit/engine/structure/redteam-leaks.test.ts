import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/engine/index.js';

/** Leak classes found by the red-team corpus (issues 13, 14), each with positives and look-alikes. */
const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-test' });
const maskText = (text: string) => engine.maskText(text).value;
/** Both record paths: the decoded value and the lossless JSON text. */
function maskBoth(record: Record<string, unknown>): string[] {
  const rendered = JSON.parse(engine.maskJsonText(JSON.stringify(record))!.render('0')) as Record<string, unknown>;
  // The rendered line carries an evidence member too: keep only the record's own members.
  const fromText = Object.fromEntries(Object.keys(record).map((k) => [k, rendered[k]]));
  return [JSON.stringify(engine.maskValue(structuredClone(record)).value), JSON.stringify(fromText)];
}

describe('SQL credential clauses', () => {
  // Statements from the PostgreSQL (CREATE ROLE), MySQL (CREATE USER, SET PASSWORD, CHANGE
  // REPLICATION SOURCE), Oracle (CREATE USER … IDENTIFIED BY) and SQL Server (CREATE LOGIN) manuals.
  const positives: [line: string, secret: string, kept: string][] = [
    [
      "AUDIT: SESSION,1,1,ROLE,ALTER ROLE,,,ALTER ROLE reporting WITH PASSWORD 'Spring2024!Rpt',<not logged>",
      'Spring2024!Rpt',
      'ALTER ROLE reporting WITH PASSWORD',
    ],
    ["CREATE ROLE app LOGIN ENCRYPTED PASSWORD 'md5x9Lq2'", 'md5x9Lq2', 'CREATE ROLE app LOGIN'],
    ["12 Query\tCREATE USER 'etl'@'10.0.3.%' IDENTIFIED BY 'q7Rw!x2Lm'", 'q7Rw!x2Lm', "'etl'@'10.0.3.%'"],
    ["ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY 'N3w-Secr3t';", 'N3w-Secr3t', 'caching_sha2_password'],
    ['CREATE USER scott IDENTIFIED BY tiger;', 'tiger', 'CREATE USER scott'],
    ["CREATE LOGIN svc WITH PASSWORD = 'Str0ng!Pass', CHECK_POLICY = OFF", 'Str0ng!Pass', 'CHECK_POLICY = OFF'],
    ["CHANGE REPLICATION SOURCE TO SOURCE_HOST='db1', SOURCE_PASSWORD='R3pl1ca!'", 'R3pl1ca!', "SOURCE_HOST='db1'"],
    ["CHANGE MASTER TO MASTER_USER='repl', MASTER_PASSWORD='Old5tyle!'", 'Old5tyle!', "MASTER_USER='repl'"],
  ];
  for (const [line, secret, kept] of positives) {
    it(`masks the password in: ${line.slice(0, 60)}`, () => {
      const out = maskText(line);
      expect(out).not.toContain(secret);
      expect(out).toContain(kept);
    });
  }

  // Look-alikes: the words without a credential literal after them.
  const negatives = [
    'password reset link sent to user 42',
    'the user clicked forgot password and then reset password',
    'unidentified bypassword field',
    "CREATE USER 'etl'@'%' IDENTIFIED BY <secret>",
    "ALTER ROLE app WITH LOGIN VALID UNTIL '2025-01-01'",
    'customer was identified by support agent',
  ];
  for (const line of negatives) {
    it(`keeps: ${line}`, () => {
      expect(maskText(line)).toBe(line);
    });
  }
});

describe('argv arrays', () => {
  it('masks the element after a sensitive long flag, in both record paths', () => {
    const record = { spec: { containers: [{ args: ['--db-password', 'Pr0dDb!x', '--log-level', 'debug', '--api-key', 'k3y-V4lue'] }] } };
    for (const out of maskBoth(record)) {
      expect(out).not.toContain('Pr0dDb!x');
      expect(out).not.toContain('k3y-V4lue');
      expect(out).toContain('"--log-level","debug"');
      expect(out).toContain('"--db-password","<');
    }
  });

  it('keeps the value of ordinary flags, a flag after a sensitive flag, and non-string elements', () => {
    const record = { args: ['--token', '--verbose', '--port', '8080', '--password', 5432, '--tokenizer', 'bpe'] };
    for (const out of maskBoth(record)) {
      expect(out).toBe(JSON.stringify(record));
    }
  });

  it('does not treat single-dash or key=value elements as a flag for the next element', () => {
    const record = { argv: ['-p', 'plainvalue', '--secret=', 'next-one'] };
    for (const out of maskBoth(record)) expect(out).toContain('"plainvalue"');
  });
});

describe('name/value siblings of cloud APIs', () => {
  it('masks CloudFormation ParameterValue when ParameterKey is sensitive, keeps the others', () => {
    const record = {
      Parameters: [
        { ParameterKey: 'DBPassword', ParameterValue: 'Cl0udF0rm!' },
        { ParameterKey: 'InstanceType', ParameterValue: 't3.micro' },
      ],
    };
    for (const out of maskBoth(record)) {
      expect(out).not.toContain('Cl0udF0rm!');
      expect(out).toContain('t3.micro');
    }
  });

  it('masks Elastic Beanstalk OptionName / Value settings', () => {
    const record = {
      OptionSettings: [
        { Namespace: 'aws:elasticbeanstalk:application:environment', OptionName: 'STRIPE_SECRET', Value: 'abc-Def-123-ghi' },
      ],
    };
    for (const out of maskBoth(record)) expect(out).not.toContain('abc-Def-123-ghi');
  });
});

describe('JSON escaped again inside text', () => {
  const positives: [line: string, secret: string, kept: string][] = [
    ['body={\\"user\\":\\"bob\\",\\"password\\":\\"Hunter2x!\\"}', 'Hunter2x!', '\\"user\\":\\"bob\\"'],
    ['{\\"client_secret\\": \\"s3cr-et\\\\\\"quoted\\"}', 'quoted', '{\\"client_secret\\": \\"<'],
    ['x={\\\\\\"api_key\\\\\\":\\\\\\"k3y-abc\\\\\\",\\\\\\"n\\\\\\":1}', 'k3y-abc', '\\\\\\"n\\\\\\":1'],
  ];
  for (const [line, secret, kept] of positives) {
    it(`masks the sensitive member in: ${line}`, () => {
      const out = maskText(line);
      expect(out).not.toContain(secret);
      expect(out).toContain(kept);
    });
  }

  it('keeps members whose name is not sensitive', () => {
    const line = 'body={\\"user\\":\\"bob\\",\\"password_policy\\":\\"strict\\",\\"theme\\":\\"dark\\"}';
    expect(maskText(line)).toBe(line);
  });
});

describe('password sentences', () => {
  it("keeps MySQL's `(using password: YES)`, masks a password stated the same way", () => {
    const line = "Access denied for user 'app'@'db' (using password: YES)";
    expect(maskText(line)).toContain('(using password: YES)');
    expect(maskText('the new password: Qx7-lamp')).not.toContain('Qx7-lamp');
  });
});
