import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Security analysts' case work (red-team round 86): SIEM cases, phishing submissions, forensic
 * timelines, DLP incidents and intel records. Values differ from the round's corpus (logins,
 * names, passwords made up here); look-alikes (rule names, ids, hashes, host names, system
 * accounts, prose) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('login_on_username_line', () => {
  detectorCases(
    'login_on_username_line',
    [
      ['URL: https://portal.example.net/\nUsername: okaramanlis\nPassword: x\nApplication: Chrome', 'okaramanlis'],
      ['IP: 192.0.2.9\nUserName: tvelasquez-r\nComputer name: LAPTOP-01', 'tvelasquez-r'],
      ['country: PT\nusername: bquintela\nmachine: DESKTOP-7', 'bquintela'],
      ['Ссылка: https://mail.example.org/\nЛогин: vsokolova\nПароль: x', 'vsokolova'],
    ],
    [
      // A system account, an id, prose after the label and a label with nothing on its line stay.
      'Username: admin\nPassword: x',
      'Username: svc_backup',
      'Username: U024BE7LH',
      'Username: the name you sign in with',
      'Username:\nPassword:',
      'Enter your username: then press Next',
    ],
  );
});

describe('password_after_cyrillic_label', () => {
  detectorCases(
    'password_after_cyrillic_label',
    [
      ['Логин: vsokolova\nПароль: Brusnika_77x', 'Brusnika_77x'],
      ['пароль=Tayga2021!', 'Tayga2021!'],
    ],
    ['Пароль: ***', 'Пароль: ${DB_PASS}', 'сбросить пароль через портал'],
  );
});

describe('login_after_native_label', () => {
  detectorCases(
    'login_after_native_label',
    [
      ['Sein Benutzername lautet pkrausmann und das Konto ist gesperrt.', 'pkrausmann'],
      ['Benutzerkennung: ageiger2', 'ageiger2'],
      ['compte de M. Roussel (identifiant lroussel) désactivé', 'lroussel'],
      ['nombre de usuario: mcabrera', 'mcabrera'],
      ['gebruikersnaam = jvdberg', 'jvdberg'],
    ],
    [
      "l'identifiant est invalide",
      'el usuario no pudo entrar',
      'Benutzername lautet admin',
      '(identifiant de connexion)',
      'Benutzername und Kennwort eingeben',
    ],
  );
});

describe('login_after_sid_in_event_strings', () => {
  detectorCases(
    'login_after_sid_in_event_strings',
    [
      [
        "[4624 / 0x1210] Strings: ['S-1-0-0' '-' '-' '0x0' 'S-1-5-21-1004336348-1177238915-682003330-1187' 'hfolau' 'CONTOSO' '0x4f1a2b' '10']",
        'hfolau',
      ],
      ["[4688 / 0x1250] Strings: ['S-1-5-21-1004336348-1177238915-682003330-1190' 'rmabuza' 'CONTOSO' '0x22']", 'rmabuza'],
    ],
    [
      // A machine account, a well-known SID and a SID outside a strings list stay.
      "Strings: ['S-1-5-21-1004336348-1177238915-682003330-1105' 'WKS-ENG-07$' 'CONTOSO']",
      "Strings: ['S-1-5-18' 'SYSTEM' 'NT AUTHORITY']",
      "sid 'S-1-5-21-1004336348-1177238915-682003330-1187' 'release-2024'",
    ],
  );
});

describe('email_password_pair after `;`', () => {
  detectorCases(
    'email_password_pair',
    [
      ['combo hits:\nbeatriz.almeida@example.com;Cajueiro#88\n', 'Cajueiro#88'],
      ['oskar.lind@example.org;Fjallet2020', 'Fjallet2020'],
    ],
    [
      // An address list, a `;`-separated row's next cell and a date stay.
      'To: beatriz.almeida@example.com;oskar.lind@example.org',
      'beatriz.almeida@example.com;Lisbon2;PT',
      'beatriz.almeida@example.com;2024-05-01',
    ],
  );
});

describe('authorization with a bare scheme word ending its line', () => {
  it('keeps the next line (a memory offset) and masks a credential on the scheme line', () => {
    const text = 'grep -i bearer\n0x7ffc81a00c40 Authorization: Bearer 9f3kQ2mZ8vX1rT7wYb4n';
    const out = mask(text);
    expect(out).toContain('0x7ffc81a00c40');
    expect(out).not.toContain('9f3kQ2mZ8vX1rT7wYb4n');
  });
});

describe('bare `pass` before a chosen password', () => {
  it('masks `(pass Kapok!Lagoon-71)` and keeps `pass` before words', () => {
    expect(mask('offering vpn login x@example.net (pass Kapok!Lagoon-71)')).not.toContain('Kapok!Lagoon-71');
    expect(mask('all 14 checks pass Release build ok')).toBe('all 14 checks pass Release build ok');
    expect(mask('pass the salt please, build 2024.1')).toBe('pass the salt please, build 2024.1');
  });
});

describe('SIEM cases, intel and forensic records', () => {
  it('masks a Splunk ES notable owner and reviewer by login beside the triage members; keeps unassigned and admin', () => {
    const out = maskRecord({ rule_name: 'Endpoint - Malware Detected - Rule', urgency: 'medium', owner: 'kdrummond', user: 'pnavarrete' });
    expect(out).not.toContain('kdrummond');
    expect(out).not.toContain('pnavarrete');
    expect(out).toContain('Endpoint - Malware Detected - Rule');
    const kept = maskRecord({ rule_id: 'B2C4@@notable@@77aa', urgency: 'low', owner: 'unassigned', user: 'admin' });
    expect(kept).toContain('unassigned');
    expect(kept).toContain('"admin"');
    // Without a case's member beside it, a bare `owner` is read as before.
    expect(maskRecord({ owner: 'platform-team', repo: 'infra' })).toContain('platform-team');
  });

  it('masks a MISP target-user and display name by their type; keeps indicators and categories', () => {
    const out = maskRecord({
      Attribute: [
        { type: 'target-user', category: 'Targeting data', value: 'gthorvaldsen', to_ids: false },
        { type: 'email-dst-display-name', category: 'Payload delivery', value: 'Gunnhild Thorvaldsen', to_ids: false },
        { type: 'sha1', category: 'Payload delivery', value: '3395856ce81f2b7382dee72602f798b642f14140', to_ids: true },
        { type: 'target-org', category: 'Targeting data', value: 'Finance', to_ids: false },
      ],
    });
    expect(out).not.toContain('gthorvaldsen');
    expect(out).not.toContain('Gunnhild Thorvaldsen');
    expect(out).toContain('3395856ce81f2b7382dee72602f798b642f14140');
    expect(out).toContain('Finance');
    expect(out).toContain('Targeting data');
  });

  it('masks a Sentinel Account entity and a Graph userAccount login; keeps a storage account name', () => {
    const sentinel = maskRecord({
      kind: 'Account',
      properties: { accountName: 'wokonjo', upnSuffix: 'fabrikam.example', ntDomain: 'FABRIKAM' },
    });
    expect(sentinel).not.toContain('wokonjo');
    expect(sentinel).toContain('fabrikam.example');
    const graph = maskRecord({ userAccount: { accountName: 'lbeaumont', userPrincipalName: 'lbeaumont@fabrikam.example' } });
    expect(graph).not.toContain('"lbeaumont"');
    expect(maskRecord({ AccountName: 'stlogsprod01', ServiceType: 'blob' })).toContain('stlogsprod01');
  });

  it("masks Chrome's saved login (`username_value`) and a phishing kit's `p` beside `u`; keeps a page number", () => {
    const out = maskRecord({ origin_url: 'https://shop.example.com/', username_value: 'dtremblay77', password_value: 'x' });
    expect(out).not.toContain('dtremblay77');
    expect(out).toContain('https://shop.example.com/');
    expect(maskRecord({ u: 'x@example.com', p: 'Magnolia&41' })).not.toContain('Magnolia&41');
    expect(maskRecord({ u: 'x', p: '3' })).toContain('"p":"3"');
    expect(maskRecord({ p: 'Magnolia&41', q: 'search' })).toContain('Magnolia&41');
  });

  it('reads a message under an `emails` list by its own members: subject and body stay readable as such', () => {
    const out = maskRecord({
      emails: [
        {
          sender: { email: 'x@bad.example' },
          recipient: { email: 'oyelaran.t@example.com' },
          subject: 'Payment advice 4471',
          messageDeliveryTime: { millis: 1717000000000 },
        },
      ],
    });
    expect(out).toContain('Payment advice 4471');
    expect(out).toContain('1717000000000');
    expect(out).not.toContain('oyelaran.t@example.com');
  });

  it('masks the login column of an event table (time, host and user columns); keeps system accounts and tables without them', () => {
    const spl = mask(
      '_time,user,src_ip,action\n2024-05-02T10:00:00Z,hmakinde,198.51.100.7,blocked\n2024-05-02T10:01:00Z,SYSTEM,198.51.100.8,allowed',
    );
    expect(spl).not.toContain('hmakinde');
    expect(spl).toContain('SYSTEM');
    const md = mask(
      '| Time (UTC) | Host | Account | Activity |\n| --- | --- | --- | --- |\n| 2024-05-02 10:00 | SRV-DB-02 | cfairweather | sqlcmd run |',
    );
    expect(md).not.toContain('cfairweather');
    expect(md).toContain('SRV-DB-02');
    // No time or host column: `user` and `account` hold other things.
    expect(mask('user,plan,seats\nacme-corp,enterprise,40')).toContain('acme-corp');
    expect(mask('account,region,cost\nprod-core,eu-west-1,1200')).toContain('prod-core');
  });

  it('masks a home folder after a plaso path-spec prefix; keeps shared folders', () => {
    const out = mask('2024-05-02,WEBHIST,TSK:/Users/nkaraoglu/AppData/Local/Google/Chrome/User Data/Default/History');
    expect(out).not.toContain('nkaraoglu');
    expect(mask('OS:/home/runner/work/app/log.txt')).toContain('runner');
    expect(mask('TSK:/Users/Public/Documents/x.pdf')).toContain('Public');
  });

  it('masks a lower-case name after `user` and `mgr` in a note; keeps words after them', () => {
    const out = mask('spoke to user dominic okereke about 198.51.100.3, his mgr valentina russo agreed');
    expect(out).not.toContain('dominic okereke');
    expect(out).not.toContain('valentina russo');
    expect(mask('user group policy applied on 4 hosts, mgr approval pending')).toBe(
      'user group policy applied on 4 hosts, mgr approval pending',
    );
  });

  it("masks a URL fragment that is an e-mail in base64 (a phishing kit's pre-fill); keeps anchors, routes and other base64", () => {
    const fragment = Buffer.from('okwuosa.n@example.org').toString('base64');
    const out = mask(`verdict: phishing, url https://files-share.example/open/view.html#${fragment}`);
    expect(out).not.toContain(fragment);
    expect(out).toContain('https://files-share.example/open/view.html#');
    expect(mask('https://docs.example.com/guide#installation-on-windows-2024')).toBe(
      'https://docs.example.com/guide#installation-on-windows-2024',
    );
    const other = `https://app.example.com/#${Buffer.from('{"tab":"billing","page":2}').toString('base64')}`;
    expect(mask(other)).toBe(other);
  });
});
