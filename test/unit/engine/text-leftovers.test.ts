import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 13–16 that are not one detector's: a phone under a French phone
 * field that libphonenumber calls invalid, public values a user would not want masked.
 */
const engine = testEngine();
const masked = (record: unknown) => JSON.stringify(engine.maskValue(structuredClone(record)).value);

describe('a phone under `portable` (French customer files, round 15)', () => {
  it('masks the value whatever libphonenumber says of it (ARCEP fiction range 06 39 98)', () => {
    const out = masked({ fiche_client: { nom: 'x', portable: '06 39 98 12 34' } });
    expect(out).not.toContain('06 39 98 12 34');
    expect(out).toContain('<PHONE:');
  });
  it('leaves names that only contain the word', () => {
    const out = masked({ is_portable: 'yes', portable_device: 'scanner-7', device: { portable_mode: 'on' } });
    expect(out).toContain('"is_portable":"yes"');
    expect(out).toContain('"portable_device":"scanner-7"');
  });
});

describe("Zoom's public dial-in numbers (round 14)", () => {
  const meeting = {
    id: 85746065,
    password: 'Qx7pZ2',
    settings: { global_dial_in_numbers: [{ country: 'US', number: '+1 6465588656', type: 'toll' }], contact_phone: '+1 415 555 0142' },
  };
  it('keeps global_dial_in_numbers and still masks the meeting password and other phones', () => {
    const out = masked(meeting);
    expect(out).toContain('+1 6465588656');
    expect(out).not.toContain('Qx7pZ2');
    expect(out).not.toContain('+1 415 555 0142');
  });
  it('keeps them in the JSON-text walk too', () => {
    const out = engine.maskJsonText(JSON.stringify(meeting))?.render('{}') ?? '';
    expect(out).toContain('+1 6465588656');
    expect(out).not.toContain('Qx7pZ2');
  });
});

describe('property and estate names are not people (round 16)', () => {
  it('keeps `Sunset Palms` under PropertyName and still masks the tenant', () => {
    const out = masked({ tenant: { FirstName: 'Hiroshi', Lease: { PropertyName: 'Sunset Palms', Unit: 'C 214' } } });
    expect(out).toContain('Sunset Palms');
    expect(out).not.toContain('Hiroshi');
  });
  it('keeps other estate names in text', () => {
    for (const kept of ['Lease signed at Willow Acres', 'moved to Harbor Towers unit 5']) {
      expect(engine.maskText(kept).value).toBe(kept);
    }
  });
});

describe("a value typed after psql's -W (round 13)", () => {
  it('masks the word after -W / --password, which take none (psql(1))', () => {
    for (const [line, secret] of [
      ['psql -U app -W Tr0ub4dor -h db01', 'Tr0ub4dor'],
      ['$ pg_dump --password hunter2pw -U x orders', 'hunter2pw'],
    ] as const) {
      expect(engine.maskText(line).value).not.toContain(secret);
    }
  });
  it('leaves -W at the end or before another flag', () => {
    for (const line of ['psql -h db -U app -d orders -W', 'pg_dump --password -U x -Fc orders'])
      expect(engine.maskText(line).value).toBe(line);
  });
  it("reads a CSV row's quoted cell as a command line (Defender advanced-hunting export)", () => {
    const csv =
      'Timestamp,DeviceName,ProcessCommandLine\n2026-11-30T11:02:00Z,wks-0142,"psql -U app -W Tr0ub4dor -h db01"\n2026-11-30T11:03:00Z,wks-0143,"mysql -u root -pS3cretPw -e ""show databases"""\n';
    const out = engine.maskText(csv).value;
    expect(out).not.toContain('Tr0ub4dor');
    expect(out).not.toContain('S3cretPw');
    expect(out).toContain('wks-0143,"mysql -u root -p<SECRET:');
  });
  it('leaves quoted cells that hold no command', () => {
    const csv = 'id,title,note\n1,"quarterly report - final","ok -- see -W flag docs"\n';
    expect(engine.maskText(csv).value).toBe(csv);
  });
});

describe('an email / password pair (round 14: a Figma comment)', () => {
  it('masks the password after ` / `', () => {
    const out = engine.maskText('please use my test login ana.sousa@example.pt / Figma#Pass2024, thanks').value;
    expect(out).not.toContain('Figma#Pass2024');
    expect(out).toContain(', thanks');
  });
  it('leaves two addresses, a path and a word', () => {
    for (const kept of ['a@example.com / b2@example.com', 'docs at jane@example.com/docs/v2', 'owner ops@example.com / Team']) {
      const out = engine.maskText(kept);
      expect(out.findings.map((f) => f.detector)).not.toContain('email_password_pair');
    }
  });
});

describe('a Belgian national number in prose without its name (round 15)', () => {
  it('takes it after a number word or the country word; its check digits make the rest', () => {
    for (const line of [
      'mon numéro de sécu est le 295109912611193, et celui de mon conjoint belge 85073003328.',
      'my number is 85073003328',
    ]) {
      expect(engine.maskText(line).value).not.toContain('85073003328');
    }
  });
  it('leaves the same digits without a word, and a number word before digits failing mod 97', () => {
    for (const line of ['order 85073003328 shipped', 'ticket number 85073003329']) expect(engine.maskText(line).value).toBe(line);
  });
});

describe('a card number broken over two lines (round 13: a wrapped e-mail body in a DLP incident)', () => {
  it('joins the digit groups at a line end and the next line start after a card word', () => {
    for (const [text, parts] of [
      ['Buongiorno, la carta è 5555 5555\n5555 4444 e il codice', ['5555 5555', '5555 4444']],
      ['> my card is 4111 1111\n> 1111 1111 thanks', ['4111 1111\n> 1111 1111']],
      ['Kreditkarte: 4012 8888 8888\r\n1881, bitte', ['4012 8888 8888', '1881,']],
    ] as const) {
      const out = engine.maskText(text).value;
      for (const p of parts) expect(out).not.toContain(p);
    }
  });
  it('leaves numbers on two lines without a card word, or failing Luhn', () => {
    for (const text of ['totals\n5555 5555\n5555 4444', 'card total 5555 5555\n5555 4445', 'card 1234\n5678']) {
      expect(engine.maskText(text).value).toBe(text);
    }
  });
});

describe('an error message that echoes a value and names its field (round 14: BigQuery insertAll)', () => {
  it('masks the echoed value as the entity of the field it names', () => {
    for (const [text, value] of [
      ['Invalid date: 31/12/1969 for field birth_date', '31/12/1969'],
      ["ERROR 1292 (22007): Incorrect date value: '1969-12-31' for column 'birth_date' at row 1", '1969-12-31'],
      ["ERROR 1062 (23000): Duplicate entry '078-05-1120' for key 'users.ssn'", '078-05-1120'],
      // In lower case: written `Jane Q Roe` the name detector finds it first (a middle initial
      // without its period, red-team round 40), and this test is about the echo.
      ['invalid value "jane q roe" for field "full_name"', 'jane q roe'],
    ] as const) {
      const out = engine.maskText(text);
      expect(out.value).not.toContain(value);
      expect(out.findings.some((f) => f.detector === 'structure:error_echo')).toBe(true);
    }
  });
  it('gives the echo the token of the field it echoes, in one record', () => {
    const out = masked({ errors: [{ message: 'Invalid date: 31/12/1969 for field birth_date' }], row: { birth_date: '31/12/1969' } });
    const tokens = out.match(/<DATE_OF_BIRTH:[a-z]+>/g) ?? [];
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });
  it('leaves an echo under a name the key rules do not call sensitive', () => {
    for (const text of ['Invalid value: 7 for field retries', "Duplicate entry 'sku-1142' for key 'products.PRIMARY'"]) {
      expect(engine.maskText(text).value).toBe(text);
    }
  });
});

describe('a headerless Firebase Auth CSV export (round 16)', () => {
  it('masks the password hash and salt columns of each row', () => {
    const rows =
      'Ktb0bBkODTZAlpUkaE5OjGcOz8L3,grace@example.com,true,cXdlcnR5dWlvcGFzZGZnaGprbHp4Y3Zibm0xMjM0NTY3ODkw,c2FsdHlzYWx0,Grace Hopper,,,\n' +
      'Qm9vbGVhbkZsYWdzQWJjZDEyMzQ1,alan@example.org,false,aGFzaGhhc2hoYXNoaGFzaGhhc2g=,c2FsdDI=,Alan,,,\n';
    const out = engine.maskText(rows).value;
    for (const raw of ['cXdlcnR5dWlvcGFzZGZnaGprbHp4Y3Zibm0xMjM0NTY3ODkw', 'c2FsdHlzYWx0', 'aGFzaGhhc2hoYXNoaGFzaGhhc2g=', 'c2FsdDI=']) {
      expect(out).not.toContain(raw);
    }
    expect(out).toContain(',true,<SECRET:');
  });
  it('leaves rows of other shapes: no e-mail before the flag, or no base64 after it', () => {
    for (const row of ['Ktb0bBkODTZAlpUkaE5OjGcOz8L3,grace,true,cXdlcnR5dWlvcGFzZGZnaGprbA,x', 'job-20261130-aaaa,done,true,short,x']) {
      expect(engine.maskText(row).findings.map((f) => f.detector)).not.toContain('firebase_auth_export');
    }
  });
});

describe('a failed logon for a user name that does not exist (round 13: Windows 4625)', () => {
  const event = (name: string, subStatus: string) =>
    `<Event><System><EventID>4625</EventID></System><EventData><Data Name="TargetUserName">${name}</Data><Data Name="Status">0xc000006d</Data><Data Name="SubStatus">${subStatus}</Data></EventData></Event>`;
  it('masks TargetUserName when SubStatus is 0xC0000064, in XML and key=value', () => {
    expect(engine.maskText(event('Sommer2024!', '0xc0000064')).value).not.toContain('Sommer2024!');
    expect(engine.maskText('EventID=4625 TargetUserName=Herbst#2025 SubStatus=0xC0000064').value).not.toContain('Herbst#2025');
  });
  it('keeps the user name of a wrong-password failure and a computer account', () => {
    // A person's login there is a USERNAME since stop 38 (<Data Name="TargetUserName"> is read as
    // the field it names), not a password typed as a name: no SECRET.
    const wrongPassword = engine.maskText(event('jdoe', '0xc000006a'));
    expect(wrongPassword.findings.map((f) => f.entity)).toEqual(['USERNAME']);
    expect(engine.maskText('EventID=4625 TargetUserName=WKS01$ SubStatus=0xC0000064').value).toContain('WKS01$');
  });
});

describe("a Boundary credential library's id under `credentials` (round 13)", () => {
  const event = {
    credentials: [{ credential_source: { id: 'clvlt_A1b2C3d4E5' }, secret: { decoded: { username: 'app', password: 'Xy7#kLm2pQ' } } }],
  };
  it('keeps the id and masks the brokered credential, in both walks', () => {
    for (const out of [masked(event), engine.maskJsonText(JSON.stringify(event))?.render('{}') ?? '']) {
      expect(out).toContain('clvlt_A1b2C3d4E5');
      expect(out).not.toContain('Xy7#kLm2pQ');
    }
  });
  it('masks other values of that shape and the same id with a character more', () => {
    const out = masked({ password: 'clvlt_A1b2C3d4E5x', secret: 'abcde_A1b2C3d4E5' });
    expect(out).not.toContain('clvlt_A1b2C3d4E5x');
    expect(out).not.toContain('abcde_A1b2C3d4E5');
  });
});

describe('an SSN split over key-named fields of one object (round 16)', () => {
  it('masks every piece by its field name', () => {
    const out = masked({
      applicant: { ssn_first5: '07805', ssn_last4: '1120' },
      form: { ssn_area: '078', ssn_group: '05', ssn_serial: '1120' },
    });
    for (const piece of ['07805', '"1120"', '"078"', '"05"']) expect(out).not.toContain(piece);
  });
});
