import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 21–23 closed after stop 30: an id's type in a sibling member
 * (both walks), ids after a generic field label, CJK names after `我是` / `入职：` and before a
 * bracketed id and 님, and role columns of tables beside a person's id column. Values differ from
 * the corpus values; each group has look-alikes that must stay.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const jsonText = (v: unknown) => engine.maskJsonText(JSON.stringify(v))!.render('{}');
/** Both walks of a JSON record, one after the other. */
const both = (v: unknown) => `${value(v)}\n${jsonText(v)}`;

function expectRecord(input: unknown, secrets: readonly string[], kept: readonly string[]): void {
  const out = both(input);
  for (const s of secrets) expect(out, JSON.stringify(input)).not.toContain(s);
  for (const k of kept) expect(out, JSON.stringify(input)).toContain(k);
}

function expectText(input: string, secrets: readonly string[], kept: readonly string[]): void {
  const out = text(input);
  for (const s of secrets) expect(out, input).not.toContain(s);
  for (const k of kept) expect(out, input).toContain(k);
}

describe('an id named by a type member beside it (structure/siblings.ts)', () => {
  it('reads a ZUS typ_identyfikatora code as the id it names', () => {
    expectRecord({ ubezpieczony: { nazwisko: 'Nowak', typ_identyfikatora: 'P', identyfikator: '02070803628' } }, ['02070803628'], ['"P"']);
    expectRecord({ osoba: { typIdentyfikatora: 'p', identyfikator: '90090515836' } }, ['90090515836'], []);
    expectRecord({ typ_identyfikatora: '2', identyfikator: 'AB1234567' }, ['AB1234567'], []);
  });

  it('reads identifierType / type beside an identifier', () => {
    expectRecord({ identifierType: 'passport', identifier: 'K7329104' }, ['K7329104'], ['passport']);
    expectRecord({ type: 'SSN', identifier: '123-45-6789' }, ['123-45-6789'], []);
  });

  it('keeps identifiers whose type names nothing sensitive', () => {
    expectRecord({ type: 'category', identifier: 'shoes-42' }, [], ['shoes-42']);
    expectRecord({ identifierType: 'sku', identifier: 'SKU-88123' }, [], ['SKU-88123']);
    expectRecord({ typ_identyfikatora: 'X', identyfikator: 'ZLEC-2024-0042' }, [], ['ZLEC-2024-0042']);
    expectRecord({ typ_dokumentu: 'P', numer: 'FV/2024/11' }, [], ['FV/2024/11']);
  });
});

describe('ids after a generic field label (detect/values/gated.ts label)', () => {
  it('finds a teudat zehut after tz = in SQL and forms', () => {
    expectText("statement: UPDATE members SET status = 'x' WHERE tz = '000000018'", ['000000018'], ['tz =']);
    expectText('form: tz: 123456782, city: Haifa', ['123456782'], ['Haifa']);
  });

  it('keeps a time zone, a wrong check digit and a number far from tz', () => {
    expectText("SELECT * FROM t WHERE tz = '123456789'", [], ['123456789']);
    expectText("SET tz = 'UTC'; order 000000018 shipped", [], ['000000018']);
    expectText('tzdata 2024a build 000000018', [], ['000000018']);
  });

  it('finds a My Number after a bare 番号 label', () => {
    expectText('給与支払報告,氏名=山田太郎,番号=6214 9832 0257,支払金額=4100000', ['6214 9832 0257'], ['支払金額=4100000']);
    expectText('番号：621498320257', ['621498320257'], []);
  });

  it('keeps 12 digits after other numbers (会員番号, 注文番号) and a wrong check digit', () => {
    expectText('会員番号=6214-9832-0257', [], ['6214-9832-0257']);
    expectText('番号=6214-9832-0258', [], ['6214-9832-0258']);
  });
});

describe('CJK names after their leads (detect/values/native-names.ts)', () => {
  it('reads a name after 我是 whose first character is a common family name', () => {
    expectText('你好，我是王建国，明天的会议改到三点', ['王建国'], ['明天的会议']);
    expectText('我是陈静。请回电', ['陈静'], []);
  });

  it('keeps what follows 我是 when it is no name', () => {
    expectText('我是学生，想咨询一下', [], ['学生']);
    expectText('我是新来的，请多关照', [], ['新来的']);
  });

  it('reads a name after 入职： and keeps 入职 before a plain word', () => {
    expectText('新同事入职：周子涵，部门 研发', ['周子涵'], []);
    expectText('本周入职 培训安排在三楼', [], ['培训安排']);
  });

  it('reads a Korean name before a bracketed id and 님, keeps 고객(…)님', () => {
    expectText('[안내] 김하늘(850505-2******)님, 검진 대상자입니다', ['김하늘'], []);
    expectText('고객(VIP)님 안녕하세요', [], ['고객(VIP)님']);
  });
});

describe('a role column beside a person id column (structure/bare-name-columns.ts)', () => {
  it('reads Employee / customer as names beside a national id, in arrays of arrays and CSV', () => {
    expectRecord(
      {
        rows: [
          ['Employee', 'National ID', 'Country'],
          ['Anna Meier', '756.1234.5678.97', 'CH'],
          ['Sipho Dlamini', '8001015009087', 'ZA'],
        ],
      },
      ['Sipho Dlamini', 'Anna Meier'],
      ['Country', 'CH', 'ZA'],
    );
    expectText('export: customer,ssn,plan\nGrace Okafor,078-05-1120,gold', ['Grace Okafor'], ['gold']);
  });

  it('keeps a role column without a person id beside it', () => {
    expectRecord(
      {
        rows: [
          ['customer', 'plan', 'seats'],
          ['Acme Widgets', 'team', '12'],
        ],
      },
      [],
      ['Acme Widgets'],
    );
  });
});

describe('a CJK personal name under a display-name member (structure/bare-name-columns.ts)', () => {
  it('reads a Han or Hangul name under displayName / nickName, both walks', () => {
    expectRecord({ requestParameters: { UserName: 'chenjing', DisplayName: '陈静', Email: 'cj@example.cn' } }, ['陈静', 'chenjing'], []); // stop 37: an IAM user's login is masked
    expectRecord({ user: { nickName: '박서연', level: 3 } }, ['박서연'], []);
    expectRecord({ members: [{ display_name: '欧阳 娜娜' }] }, ['欧阳 娜娜'], []);
  });

  it('keeps display names of groups, roles and resources', () => {
    expectRecord(
      { displayName: 'Production VPC', nickName: '管理员', DisplayName: '运维组', nick: 'dev-bot', x: { displayName: '営業部' } },
      [],
      ['Production VPC', '管理员', '运维组', 'dev-bot', '営業部'],
    );
  });
});

describe('a bare name element beside a person element in XML text (structure/config-text.ts)', () => {
  it('reads <Nome> before <Cognome> and <Name> after <LastName>', () => {
    expectText(
      'sdi WARN file IT0999_FPR12.xml: <Anagrafica><Nome>Chiara</Nome><Cognome>Esposito</Cognome></Anagrafica>',
      ['Chiara', 'Esposito'],
      ['IT0999_FPR12.xml'],
    );
    expectText('<p><LastName>Holt</LastName><Name>Miriam</Name></p>', ['Miriam', 'Holt'], []);
  });

  it('keeps a bare name element beside no person element', () => {
    expectText('<Item><Name>Widget Pro</Name><Price>3.00</Price></Item>', [], ['Widget Pro']);
    expectText('<Queue><Name>billing</Name><Depth>4</Depth></Queue>', [], ['billing']);
  });
});

describe('a Korean mobile with blanks after a bare 번호는 (detect/values/pii.ts)', () => {
  it('reads it after 번호는 / 번호가 standing as a word', () => {
    expectText('번호는 010 2345 6789예요', ['010 2345 6789'], []);
    expectText('연락 주세요, 번호가 011 345 6789', ['011 345 6789'], []);
  });

  it('keeps an order number and other numbers after 번호', () => {
    expectText('주문번호는 010 2345 6789', [], ['010 2345 6789']);
    expectText('회원 번호는 1234 5678', [], ['1234 5678']);
  });
});

describe('a Thai name glued to its title (detect/values/native-names.ts)', () => {
  it('reads the given name and surname after นาย / นาง / นางสาว', () => {
    expectText('ผู้ป่วย นางสาวสุดา ใจดี อายุ 40 ปี', ['สุดา ใจดี'], ['อายุ 40']);
    expectText('ผู้ติดต่อ นายสมชาย รักไทย โทร', ['สมชาย รักไทย'], []);
  });

  it('keeps words that start with a title but are none', () => {
    expectText('นายจ้าง ต้องจ่ายเงินเดือน', [], ['นายจ้าง ต้องจ่ายเงินเดือน']);
    expectText('นางพยาบาล เวรดึก', [], ['นางพยาบาล เวรดึก']);
  });
});

describe('a card number after a literal \\t / \\n escape (detect/values/financial.ts)', () => {
  it('reads the card after the escape', () => {
    expectRecord({ log: 'rows=a\\tcard\\nX\\t4111111111111111\\nY\\t6011111111111117' }, ['4111111111111111', '6011111111111117'], []);
  });

  it('keeps a number that fails Luhn and a number after a letter', () => {
    expectRecord({ log: 'v\\t1234567890123456 id', ref: 'abc4111111111111111' }, [], ['1234567890123456', 'abc4111111111111111']);
  });
});

describe('a role column of a printed table, read by its cells (structure/text-tables.ts, csv.ts)', () => {
  it('reads person-shaped cells under customer / Who / Payee / Employee', () => {
    expectText(
      '┌─customer─────┬─plan─┐\n│ Grace Okafor │ gold │\n│ Wei Zhang    │ team │\n└──────────────┴──────┘',
      ['Grace Okafor', 'Wei Zhang'],
      ['gold'],
    );
    expectText('| Who | Task |\n|---|---|\n| Oliver Brandt | deploy |', ['Oliver Brandt'], ['deploy']);
    expectText(
      '<table><tr><td>Payee</td><td>Amount</td></tr><tr><td>Laura Fischer</td><td>12.00</td></tr></table>',
      ['Laura Fischer'],
      ['12.00'],
    );
    expectText('export: Employee,plan\nGrace Okafor,gold', ['Grace Okafor'], ['gold']);
  });

  it('keeps firms, teams and words under a role column', () => {
    expectText(
      '| customer | plan |\n|---|---|\n| Acme Widgets | gold |\n| Northwind Traders Ltd | team |\n| on-call | free |',
      [],
      ['Acme Widgets', 'Northwind Traders Ltd', 'on-call'],
    );
    expectText('export: Employee,plan\nSupport Team,free', [], ['Support Team']);
  });
});

describe('a DNI as a REST path segment (detect/values/national-ids.ts)', () => {
  it('reads a valid DNI that is a whole segment after a resource word', () => {
    expectText('GET /api/pacientes/12345678Z/citas 200', ['12345678Z'], ['/citas']);
    expectText('PUT /v1/empleados/87654321X?campo=iban 204', ['87654321X'], []);
  });

  it('keeps a wrong control letter, a file name and a segment after a version', () => {
    expectText('GET /api/pacientes/12345678A/citas', [], ['12345678A']);
    expectText('GET /files/12345678Z.pdf', [], ['12345678Z.pdf']);
    expectText('GET /v2/12345678Z/x', [], ['12345678Z']);
  });
});

describe('a GS1 barcode under its product member (structure/types.ts isProductCodeField)', () => {
  it('keeps a JAN / EAN that passes Luhn under JAN / ean / gtin, both walks', () => {
    expectRecord(
      { JAN: '4549995181098', ean: 4006381333931, GTIN_13: '4901234560048' },
      [],
      ['4549995181098', '4006381333931', '4901234560048'],
    );
  });

  it('masks a card under a barcode member and the same code under another member', () => {
    expectRecord({ barcode: '4242424242424242', gtin: '5555 5555 5555 4444' }, ['4242424242424242', '5555 5555 5555 4444'], []);
    expectRecord({ note: 'card 4549995181098' }, ['4549995181098'], []);
  });
});

describe('a percent-encoded CJK name under a bare name parameter (structure/url.ts)', () => {
  it('reads a Hangul or Han name under name / nickname', () => {
    expectText('GET /api/v1/member/search?name=%EA%B9%80%EB%AF%BC%EC%A4%80&page=2 HTTP/1.1', ['%EA%B9%80%EB%AF%BC%EC%A4%80'], ['page=2']);
    expectText('GET /u?nickname=%E7%8E%8B%E5%BB%BA%E5%9B%BD', ['%E7%8E%8B%E5%BB%BA%E5%9B%BD'], []);
  });

  it('keeps a place, a team and a search term under other names', () => {
    expectText('GET /s?name=%E6%9D%B1%E4%BA%AC%E3%82%BF%E3%83%AF%E3%83%BC', [], ['%E6%9D%B1%E4%BA%AC%E3%82%BF%E3%83%AF%E3%83%BC']);
    expectText('GET /s?name=%EC%9A%B4%EC%98%81%ED%8C%80', [], ['%EC%9A%B4%EC%98%81%ED%8C%80']);
    expectText('GET /s?q=%EA%B9%80%EB%AF%BC%EC%A4%80', [], ['%EA%B9%80%EB%AF%BC%EC%A4%80']);
  });
});

describe('an HTML cell with &nbsp; between the words of a name (structure/text-tables.ts)', () => {
  it('reads the name under a role column', () => {
    expectText(
      '<table><tr><th>Recipient</th><th>Amount</th></tr><tr><td>Helen&nbsp;Marsh</td><td>20.00</td></tr></table>',
      ['Helen&nbsp;Marsh'],
      ['20.00'],
    );
  });

  it('keeps a firm written with &nbsp;', () => {
    expectText(
      '<table><tr><th>Recipient</th><th>Amount</th></tr><tr><td>Acme&nbsp;Widgets</td><td>20.00</td></tr></table>',
      [],
      ['Acme&nbsp;Widgets'],
    );
  });
});

describe('a Polish NrRB member (detect/keys.ts)', () => {
  it('masks the account under NrRB, keeps other members', () => {
    expectRecord(
      { RachunekBankowy: { NrRB: '27114020040000300201355387', NazwaBanku: 'mBank' } },
      ['27114020040000300201355387'],
      ['mBank'],
    );
    expectRecord({ nrrb_status: 'verified' }, [], ['verified']);
  });
});

describe('an Excel-to-JSON A1 cell map (structure/columnar.ts)', () => {
  it('reads each cell under the name in row 1 of its column, both walks', () => {
    expectRecord(
      { sheet: 'Personal', cells: { A1: 'Name', B1: 'Steuer-ID', C1: 'Ort', A2: 'Jonas Weber', B2: '86 095 742 719', C2: 'Köln' } },
      ['Jonas Weber', '86 095 742 719'],
      ['Köln', 'Steuer-ID'],
    );
  });

  it('keeps a cell map whose header names nothing sensitive, and cells that are no A1 map', () => {
    expectRecord({ cells: { A1: 'Item', B1: 'Qty', A2: 'bolt', B2: '4' } }, [], ['bolt']);
    expectRecord({ cells: { a: 'Steuer-ID', b: 'free text' } }, [], ['free text']);
  });
});

describe('pipe-separated rows under the SELECT that printed them (structure/text-tables.ts)', () => {
  it('reads sqlite3 .mode list rows by the statement column list', () => {
    expectText('sqlite> select name, login, pass from accounts;\nAnna Berg|aberg|s3cr3t-Pw\nsqlite> .quit', ['s3cr3t-Pw', 'aberg'], []); // stop 37: a login column is masked
    expectText(
      'mysql> SELECT u.email, u.phone AS tel FROM users u;\nnora@example.org|+1 202 555 0147',
      ['nora@example.org', '+1 202 555 0147'],
      [],
    );
  });

  it('keeps rows under columns that name nothing sensitive, and rows after SELECT *', () => {
    expectText('sqlite> select id, status from jobs;\n1|ok\n2|fail', [], ['1|ok', '2|fail']);
    expectText('sqlite> select * from accounts;\nAnna|aberg|xyzzy42', [], ['xyzzy42']);
  });
});

describe('a Swish business number written in groups (detect/values/pii.ts)', () => {
  it('keeps the whole number after Swish, grouped or not', () => {
    expectText('Betalning Swish 123 012 34 56 mottagen', [], ['123 012 34 56']);
    expectText('Swish till 123 456 78 90 för ordern', [], ['123 456 78 90']);
  });

  it('masks a Swedish mobile after Swish', () => {
    expectText('Swish: 070-123 45 67', ['070-123 45 67'], []);
  });
});
