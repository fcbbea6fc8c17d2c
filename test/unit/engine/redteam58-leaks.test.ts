import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 58 (data-platform and database audit logs): the shapes that leaked, each fixed by
 * a general rule, with positives other than the corpus values and look-alikes that must stay.
 * Values: vendors' documented syntax (MariaDB server_audit lines, Oracle `IDENTIFIED BY … REPLACE`
 * and unified audit `SQL_BINDS`, mongosh `db.changeUserPassword`, Elasticsearch `_bulk` bodies,
 * Redis MONITOR lines, Spark / Redshift load rejects); names, e-mails and passwords plausible,
 * written for these tests; IPs of RFC 5737.
 */

const { masks, keeps } = leakCases();

describe('red-team 58: SQL credential clauses in backslash-quoted, Oracle REPLACE and mongosh forms', () => {
  masks(
    "a MariaDB server_audit line with the statement quoted \\'…\\'",
    "20240501 09:14:22,db2,root,localhost,44,1201,QUERY,,'ALTER USER \\'report\\'@\\'%\\' IDENTIFIED BY \\'Wn4$kq81Zp\\'',0",
    ['Wn4$kq81Zp'],
  );
  masks(
    'a SET PASSWORD in the same quoting',
    "20240501 09:15:02,db2,root,localhost,44,1202,QUERY,,'SET PASSWORD FOR \\'app\\'@\\'%\\' = PASSWORD(\\'hT7#vcE2mq\\')',0",
    ['hT7#vcE2mq'],
  );
  masks(
    "Oracle's ALTER USER … IDENTIFIED BY new REPLACE old, unquoted and quoted",
    { SQL_TEXT: 'ALTER USER dbreader IDENTIFIED BY "Blue_Heron_77" REPLACE Old_Perch_12' },
    ['Blue_Heron_77', 'Old_Perch_12'],
  );
  masks('mongosh changeUserPassword with single quotes', "> db.changeUserPassword('etlWriter', 'Gq5pXn2Lr8Vt')", ['Gq5pXn2Lr8Vt']);
  keeps(
    'a redacted or prompted password, and prose after identified by',
    "MySQL audit: CREATE USER 'u2'@'%' IDENTIFIED BY <secret>; mongosh: db.changeUserPassword('etlWriter', passwordPrompt()); the caller was identified by support replace the cable",
    ['<secret>', "db.changeUserPassword('etlWriter', passwordPrompt())", 'identified by support replace the cable'],
  );
});

describe('red-team 58: newline-delimited JSON held in a string', () => {
  masks(
    'an Elasticsearch _bulk body in an audit request.body',
    {
      'event.action': 'access_granted',
      'request.body':
        '{"index":{"_index":"members","_id":"7731"}}\n{"full_name":"Priya Raman","ssn":"457-55-5462","password":"Cobalt!Fern-88"}\n',
    },
    ['Priya Raman', '457-55-5462', 'Cobalt!Fern-88'],
  );
  keeps(
    'a _bulk body of ids and counts, and a code snippet that is no NDJSON',
    {
      'request.body': '{"index":{"_index":"metrics","_id":"9921"}}\n{"host_count":42,"region":"eu-west-1"}\n',
      snippet: '{ if (x) { return 1; }\n}',
    },
    ['9921', 'host_count', 'eu-west-1', 'return 1;'],
  );
});

describe('red-team 58: rows without column names in load rejects', () => {
  masks(
    'an accented surname beside a given name in a pipe row with an e-mail',
    { raw_line: '55120|Jose|Muñoz|jmunoz@correo.example|Valencia|2291' },
    ['Muñoz'],
  );
  masks(
    'the name before the e-mail and a published sample SSN in a proven reject row',
    'Caused by: BadRecordException: Malformed record: 2207,Priya,Raman,praman@mail.example,219-09-9999,1979-11-04',
    ['Priya', 'Raman', '219-09-9999', '1979-11-04'],
  );
  keeps("a sample SSN in a row nothing else proves a person's", 'Malformed record: 2208,widget,blue,219-09-9999,in_stock', [
    '219-09-9999',
    'widget',
  ]);
});

describe('red-team 58: SQL statements of database audit trails', () => {
  masks(
    "a bare name column in an INSERT whose columns name a person's contact",
    "LOG:  statement: INSERT INTO signups (name, email, phone) VALUES ('Tobias Wendt', 'tw@mail.example', '+49 30 901820'), ('Ines Albrecht', 'ia@mail.example', NULL)",
    ['Tobias Wendt', 'Ines Albrecht'],
  );
  keeps(
    "a name column in a product INSERT, and Oracle's positional binds",
    {
      a: "INSERT INTO products (name, sku, price) VALUES ('Widget Pro', 'WP-100', 19.99)",
      b: 'INSERT INTO employees (employee_id, first_name, last_name, email) VALUES (:1, :2, :3, :4)',
    },
    ["'Widget Pro'", '(:1, :2, :3, :4)'],
  );
  masks(
    "Oracle unified audit SQL_BINDS of a person's row",
    { SQL_BINDS: ' #1(4):4410 #2(5):Priya #3(5):Raman #4(19):praman@mail.example #5(10):1979-11-04' },
    ['Priya', 'Raman', 'praman@mail.example'],
  );
  keeps('SQL_BINDS of ids, amounts and codes', { SQL_BINDS: ' #1(4):4410 #2(6):199.00 #3(3):EUR #4(7):PENDING #5(2):12' }, [
    '4410',
    '199.00',
    'PENDING',
  ]);
});

describe('red-team 58: Redis MONITOR writes named by their key or hash field', () => {
  masks(
    'a SET under a token key and an HSET password field',
    {
      a: '1714555200.120044 [0 10.1.2.3:50122] "SET" "token:u-8812" "q8ZtR2vLx9" "EX" "600"',
      b: '1714555201.330101 [0 10.1.2.3:50122] "HSET" "acct:8812" "visits" "17" "password" "Marl1n-Sky!9"',
    },
    ['q8ZtR2vLx9', 'Marl1n-Sky!9'],
  );
  keeps(
    'writes under cache, user and counter keys',
    '1714555202.000101 [0 10.1.2.3:50122] "SET" "cache:home:v3" "rendered-2024-05-01" "HSET" "user:8812" "visits" "17"',
    ['rendered-2024-05-01', '"visits" "17"'],
  );
});

describe("red-team 58: a database client's host flag glued to the address", () => {
  masks('mysql and psql host flags in a shell line and an EXECVE argument', 'a4="-h192.0.2.77" ; psql -h198.51.100.201 -U audit shop', [
    '192.0.2.77',
    '198.51.100.201',
  ]);
  keeps('versions and other glued words stay', 'build v1.2.3.4 tag ah10.2.3.4 release-h1.2.3.4', [
    'v1.2.3.4',
    'ah10.2.3.4',
    'release-h1.2.3.4',
  ]);
});

describe('red-team 58: a name in capitals as a JSON member quoted in a log line', () => {
  masks(
    'an applicant in a dead-letter record, and a surname with an apostrophe',
    'WARN DlqWriter: {"applicant":"DOROTHY MCALLISTER","ref":"A-1120"} {"party":"SEAN O\'NEILL","ref":"A-1121"}',
    ['DOROTHY MCALLISTER', "SEAN O'NEILL"],
  );
  keeps(
    'members in capitals that name a product, a team or a state',
    'cfg {"applicant":"HOME LOAN","subject":"DISK FULL","party":"RETAIL BANKING"} note: OK I\'m fine, TV O\'CLOCK',
    ['HOME LOAN', 'DISK FULL', 'RETAIL BANKING', "O'CLOCK"],
  );
});
