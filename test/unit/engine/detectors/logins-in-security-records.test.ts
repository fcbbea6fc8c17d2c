import { describe, expect, it } from 'vitest';
import { leakCases } from '../../../helpers/leak-checks.js';
import { loginOfName } from '../../../../src/engine/detect/values/login-names.js';

/**
 * A person's login in EDR, SIEM and audit records where no user field names it (stop 38,
 * leftovers of red-team round 57): home folders, `DOMAIN\login` anywhere, Windows event XML
 * `<Data Name=…>`, a login beside the name it is made from, a masked login's copies, more login
 * fields, `curl -u` / `smbclient -U` users, auditd arguments in hex as members of their own.
 * Values: made-up logins and names (not the corpora's), public test secrets (Stripe docs, GitHub
 * docs, xkcd 936); look-alikes are service, shared and template accounts, hosts, groups, registry
 * keys, URLs, hashes and ids.
 */

const { masks, keeps } = leakCases();

describe('stop 38: a home folder named for a person login', () => {
  masks(
    'Windows, macOS, Linux and share homes under neutral names',
    {
      TargetFilename: 'C:\\Users\\qhollis\\Desktop\\payroll.xlsx',
      path: '/Users/wbarrett/Library/Preferences/x.plist',
      cwd: '/home/zferreira',
      share: '\\\\nas02\\home$\\yokafor\\docs',
    },
    ['qhollis', 'wbarrett', 'zferreira', 'yokafor'],
  );
  masks('sudo PWD and auditd cwd in a line', 'sudo[812]: ops : TTY=pts/2 ; PWD=/home/rvasquez/bin ; USER=root ; COMMAND=/bin/ls', [
    'rvasquez',
  ]);
  keeps(
    'shared, template, CI and agent homes, URLs and API paths',
    {
      a: 'C:\\Users\\Public\\Desktop\\x.lnk',
      b: 'C:\\Users\\Default\\AppData\\Local',
      c: '/home/runner/work/app/app/build.sh',
      d: 'C:\\Users\\username\\AppData\\Roaming',
      e: 'https://files.example.com/home/lmorgan/report.pdf',
      f: '/api/v2/users/tkhan/profile',
      g: '/home/dev/project/.env.example',
      h: '/Users/Shared/Installers',
    },
    ['Public', 'Default', '/home/runner/', 'username', 'lmorgan', 'tkhan', '/home/dev/', 'Shared'],
  );
});

describe('stop 38: a login after a Windows domain', () => {
  masks(
    'under names no user rule reads, and in command lines and prose',
    {
      User: 'FABRIKAM\\jortiz',
      Account: 'FABRIKAM\\LeeG',
      CommandLine: 'runas /user:FABRIKAM\\mkaplan cmd.exe',
      note: 'launched by FABRIKAM\\sdavies at 09:12',
    },
    ['jortiz', 'LeeG', 'mkaplan', 'sdavies'],
  );
  keeps(
    'built-in principals, registry keys, groups, services, machines and folders',
    {
      a: 'NT AUTHORITY\\SYSTEM',
      b: 'BUILTIN\\Users',
      c: 'NT SERVICE\\MSSQLSERVER',
      d: 'HKLM\\Software',
      e: 'FABRIKAM\\Marketing',
      f: 'FABRIKAM\\svc_sql',
      g: 'FABRIKAM\\WKS-0091$',
      h: 'SRC\\helpers.ts',
      i: 'IIS APPPOOL\\webapi',
      j: 'fabrikam\\kiosk-12',
    },
    ['SYSTEM', 'Users', 'MSSQLSERVER', 'Software', 'Marketing', 'svc_sql', 'WKS-0091$', 'helpers.ts', 'webapi', 'kiosk-12'],
  );
});

describe('stop 38: Windows event XML read by its Name attribute', () => {
  masks(
    'TargetUserName, SubjectUserName and Sysmon User',
    '<EventData><Data Name="SubjectUserName">hbrandt</Data><Data Name="TargetUserName">oquinn</Data><Data Name="User">FABRIKAM\\ptorres</Data></EventData>',
    ['hbrandt', 'oquinn', 'ptorres'],
  );
  keeps(
    'machine and system accounts, domains, workstations and statuses',
    '<EventData><Data Name="SubjectUserName">SRV-DB-02$</Data><Data Name="TargetUserName">svc_backup</Data><Data Name="TargetDomainName">FABRIKAM</Data><Data Name="WorkstationName">LAB-PC-4</Data><Data Name="Status">0xc000006a</Data><Data Name="User">NT AUTHORITY\\SYSTEM</Data></EventData>',
    ['SRV-DB-02$', 'svc_backup', 'FABRIKAM', 'LAB-PC-4', '0xc000006a', 'SYSTEM'],
  );
});

describe('stop 38: a login beside the name it is made from, and its copies', () => {
  masks(
    'Name (login) and login (Name) in descriptions',
    { d: 'Ingrid Solberg (isolberg) on HR-LT-7 read 40 files.', e: 'rkumar (Ravi Kumar) was locked out.' },
    ['isolberg', 'rkumar'],
  );
  masks(
    'a masked login stands again in other members and in prose',
    { TargetUserName: 'dwhitfield', description: 'Account dwhitfield signed in from a new country.', Account: 'FABRIKAM\\dwhitfield' },
    ['dwhitfield'],
  );
  keeps(
    'a ticket, a product or a mode in parentheses; hosts and URLs holding the login',
    {
      a: 'Ingrid Solberg (INC-20931) was notified.',
      b: 'Microsoft Teams (desktop) crashed',
      c: 'Grace Liu (admin) approved',
      TargetUserName: 'dwhitfield',
      host: 'dwhitfield-lt.fabrikam.com',
      url: 'https://git.example.com/dwhitfield/tools',
    },
    ['INC-20931', 'desktop', '(admin)', 'dwhitfield-lt.fabrikam.com', 'https://git.example.com/dwhitfield/tools'],
  );
  it('reads a login as made from a name only by initials and name parts', () => {
    expect(loginOfName('isolberg', 'Ingrid', 'Solberg')).toBe(true);
    expect(loginOfName('ravik', 'Ravi', 'Kumar')).toBe(true);
    expect(loginOfName('solberg2', 'Ingrid', 'Solberg')).toBe(true);
    expect(loginOfName('desktop', 'Microsoft', 'Teams')).toBe(false);
    expect(loginOfName('admin', 'Grace', 'Liu')).toBe(false);
  });
});

describe('stop 38: more login fields of EDR and SIEM schemas', () => {
  masks(
    'UDM userid, processUser, process_username, effective username, auid',
    {
      principal: { user: { userid: 'bfarrell' } },
      processUser: 'cnakamura',
      process_username: ['FABRIKAM\\eglover'],
      actor_effective_username: 'tmwangi',
      'audit.auid': 'vkowal',
      'auditd.summary.actor.primary': 'nbergstrom',
    },
    ['bfarrell', 'cnakamura', 'eglover', 'tmwangi', 'vkowal', 'nbergstrom'],
  );
  keeps(
    'ids and system accounts under those names',
    {
      principal: { user: { userid: '00u9x8y7w6v5' } },
      processUser: 'root',
      'audit.auid': '4294967295',
      actor_effective_username: 'NT AUTHORITY\\SYSTEM',
    },
    ['00u9x8y7w6v5', 'root', '4294967295', 'SYSTEM'],
  );
});

describe('stop 38: the user of curl -u and smbclient -U', () => {
  masks(
    'a person login before the password',
    { c: 'curl -u jbaptiste:Lantern-Quay-62 https://repo.example.com', d: 'smbclient //nas/x -U afolau%Mosaic_Pine_83' },
    ['jbaptiste', 'Lantern-Quay-62', 'afolau', 'Mosaic_Pine_83'],
  );
  keeps(
    'service accounts and placeholders before the password',
    { c: 'curl -u svc_deploy:$TOKEN https://x.example.com', d: 'curl -u user:pass https://x.example.com' },
    ['svc_deploy', 'user:'],
  );
});

describe('stop 38: auditd arguments in hex as members of their own', () => {
  const hex = (s: string) => Buffer.from(s).toString('hex').toUpperCase();
  masks(
    'an env assignment, a token and a password flag',
    {
      execve: { a0: 'env', a1: hex('MYSQL_PWD=correcthorsebatterystaple'), a2: 'mysql' },
      data: { a1: hex('ghp_16C7e42F292c6912E7710c838347Ae178B4a') },
      raw: `argc=2 a0="psql" a1=${hex('--password=Tr0ub4dor&3')}`,
    },
    [hex('MYSQL_PWD=correcthorsebatterystaple'), hex('ghp_16C7e42F292c6912E7710c838347Ae178B4a'), hex('--password=Tr0ub4dor&3')],
  );
  keeps(
    'hashes, ids and hex of ordinary text',
    {
      sha256: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
      md5: '44D88612FEA8A8F36DE82E1278ABB02F',
      a1: hex('/usr/bin/python3'),
      id: '4C2D8E1F0A3B4C5D',
    },
    [
      'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
      '44D88612FEA8A8F36DE82E1278ABB02F',
      hex('/usr/bin/python3'),
      '4C2D8E1F0A3B4C5D',
    ],
  );
});
