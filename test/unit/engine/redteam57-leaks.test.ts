import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 57 (EDR / XDR detections, SIEM events, Windows / Sysmon, auditd, e-mail and
 * identity alerts): the shapes that leaked, each fixed by a general rule, with positives other
 * than the corpus values and look-alikes that must stay. Values: command syntax from the tools'
 * manuals (PuTTY, sh(1), cmd.exe, auditd), Microsoft 365 sample-tenant style names, plausible
 * passwords; look-alikes are logins that are no names, well-known folders and `|` in a query.
 */

const { masks, keeps } = leakCases();

describe('red-team 57: a command run through a shell as one quoted word', () => {
  masks(
    'cmd.exe /c with a quoted sqlcmd line',
    { ProcessCommandLine: 'cmd.exe /c "sqlcmd -S db02 -U report -P Lilac#Meadow#71 -i q.sql"' },
    ['Lilac#Meadow#71'],
  );
  masks(
    'sh -c with a chain that logs in to a registry',
    { cmdline: "sh -c 'cd /srv && docker login -u builder -p Harbor_Night_65 quay.io && docker push app'" },
    ['Harbor_Night_65'],
  );
  masks('bash -lc with a mysql password glued to -p', 'bash -lc "mysqldump -uops -pSlate.River.19 crm > /tmp/crm.sql"', ['Slate.River.19']);
  masks(
    'cmd /c and a quoted program path with a space',
    { c: 'cmd /c "C:\\Tools\\PuTTY\\pscp.exe" -pw Coral-Tide-44 a.txt ops@srv:/tmp' },
    ['Coral-Tide-44'],
  );
  keeps(
    'shell scripts and cmd lines without a credential',
    { a: 'sh -c "ls -la /var/log && tail -n 50 syslog"', b: 'cmd.exe /c "echo started > C:\\logs\\run.txt"' },
    ['ls -la /var/log && tail -n 50 syslog', 'echo started'],
  );
});

describe('red-team 57: PuTTY tools take a password after -pw', () => {
  masks('plink with -pw', { CommandLine: '"C:\\Program Files\\PuTTY\\plink.exe" -batch -pw Birch!Lantern9 admin@198.51.100.20 "df -h"' }, [
    'Birch!Lantern9',
  ]);
  masks('psftp with -pw', 'psftp -pw Quill-Harbor-36 -b batch.txt backup@files.example.net', ['Quill-Harbor-36']);
  keeps('plink with a key file', { CommandLine: 'plink -ssh -i /etc/keys/ops.ppk ops@198.51.100.20 uptime' }, [
    '/etc/keys/ops.ppk',
    'uptime',
  ]);
});

describe('red-team 57: auditd hex arguments that are whole commands, and USER_CMD', () => {
  masks(
    'an EXECVE argv of one hex argument holding a mysqladmin password',
    'type=EXECVE msg=audit(1717500000.100:9001): argc=1 a0=6D7973716C61646D696E202D75726F6F74202D704F70616C2E57696E7465722E353820737461747573',
    ['6D7973716C61646D696E202D75726F6F74202D704F70616C2E57696E7465722E353820737461747573'],
  );
  masks(
    'a USER_CMD record whose cmd= is a docker login -p, in hex',
    'type=USER_CMD msg=audit(1717500001.200:9002): pid=811 uid=1000 auid=1000 ses=3 msg=\'cwd="/srv" cmd=646F636B6572206C6F67696E202D75206465706C6F79202D7020416D6265722D466A6F72642D323320676863722E696F terminal=pts/1 res=success\'',
    ['646F636B6572206C6F67696E202D75206465706C6F79202D7020416D6265722D466A6F72642D323320676863722E696F'],
  );
  keeps(
    'hex commands without a credential',
    'type=USER_CMD msg=audit(1717500002.300:9003): pid=812 uid=0 msg=\'cwd="/root" cmd=73797374656D63746C2072657374617274206E67696E78 terminal=pts/1 res=success\'\ntype=EXECVE msg=audit(1717500003.400:9004): argc=1 a0=6C73202D6C61202F7661722F6C6F67',
    ['73797374656D63746C2072657374617274206E67696E78', '6C73202D6C61202F7661722F6C6F67'],
  );
});

describe("red-team 57: a person's home folder in a path", () => {
  masks(
    'Windows, macOS and Linux home folders named given.family',
    {
      files: [
        'C:\\Users\\patti.fernandez\\AppData\\Local\\Temp\\a.ps1',
        '/Users/grady.archie/Library/Preferences/x.plist',
        '/home/henrietta.mueller/.ssh/known_hosts',
      ],
    },
    ['patti.fernandez', 'grady.archie', 'henrietta.mueller'],
  );
  // A person's login as a home folder is masked since stop 38 (structure:home_folder; the login
  // policy of stop 37): `pgupta` moved from here to the masked values.
  keeps(
    'home folders of services and well-known profiles',
    {
      files: [
        'C:\\Users\\Public\\Documents\\a.txt',
        'C:\\Users\\Default\\NTUSER.DAT',
        '/home/ubuntu/app/run.sh',
        '/home/ec2-user/.bashrc',
        'C:\\Users\\svc_backup\\AppData\\x',
      ],
    },
    ['Public', 'Default', 'ubuntu', 'ec2-user', 'svc_backup'],
  );
  masks("the home folder of a person's login (stop 38)", { files: ['/home/pgupta/notes.txt'] }, ['pgupta']);
});

describe('red-team 57: a full name written as a login', () => {
  masks('a UserName member and a DOMAIN\\user member', { UserName: 'isaiah.langer', suser: 'CONTOSO\\lynne.robbins' }, [
    'isaiah.langer',
    'lynne.robbins',
  ]);
  masks(
    'after a user or account label in rendered events',
    'New Logon:\n\tAccount Name:\t\tjoni.sherman\n\tAccount Domain:\t\tCONTOSO\nUser: CONTOSO\\lee.gu',
    ['joni.sherman'],
  );
  masks('a LEEF usrName', 'LEEF:2.0|Vendor|VPN|1.0|AUTH|^|usrName=pradeep.gupta^src=203.0.113.90', ['pradeep.gupta']);
  keeps(
    // Stop 37: a person's login (`jdoe`) under UserName is masked now (see "leftovers, stop 37").
    'service logins, dotted settings and hosts',
    { AccountName: 'svc_sql', setting: 'max.depth', file: 'index.html', host: 'example.com', mode: 'grace.period' },
    ['svc_sql', 'max.depth', 'index.html', 'example.com', 'grace.period'],
  );
});

describe('red-team 57: pipe-delimited log lines and SES Message-IDs', () => {
  keeps(
    'a URL in a pipe-delimited line ends before the next field',
    'datetime=2024-05-21T10:00:00+0100|url=https://example.org/d?id=42&sig=ab12cd34ef56ab78|action=block|policy=Block Dangerous Files',
    ['Block Dangerous Files', 'action=block'],
  );
  keeps('a `|` inside a query value', 'GET https://example.org/search?q=red|blue&page=2 200', ['q=red|blue&page=2']);
  keeps('an Amazon SES Message-ID', { MsgId: '<0100018d2e3f4a5b-6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f-000000@email.amazonses.com>' }, [
    '0100018d2e3f4a5b-6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f-000000@email.amazonses.com',
  ]);
  masks('a person in angle brackets', 'To: <joni.sherman.2024@example.com>', ['joni.sherman.2024@example.com']);
});

describe("leftovers, stop 37: a person's login and a user SID are masked, system and service accounts stay", () => {
  masks(
    'logins under Windows, EDR and ECS user fields',
    {
      TargetUserName: 'tkowalczyk',
      SubjectUserName: 'RFischbach',
      SamAccountName: 'ajimenez',
      UserName: 'CORP\\hnakagawa',
      user: { name: 'bgallo' },
      'source.user.name': 'wlindqvist',
      actor: { login: 'pmarchetti-dev' },
      usrName: 'oadeyemi',
    },
    ['tkowalczyk', 'RFischbach', 'ajimenez', 'hnakagawa', 'bgallo', 'wlindqvist', 'pmarchetti-dev', 'oadeyemi'],
  );
  keeps(
    'the domain of DOMAIN\\user, and system, service, machine and bot accounts',
    {
      UserName: 'CORP\\hnakagawa',
      SubjectUserName: 'SYSTEM',
      TargetUserName: 'ANONYMOUS LOGON',
      AccountName: 'NT AUTHORITY\\NETWORK SERVICE',
      user_name: 'DWM-4',
      login: 'dependabot[bot]',
      username: 'svc-payroll',
      SamAccountName: 'FS02$',
      userName: 'ec2-user',
      logon_name: '-',
    },
    ['CORP\\\\', 'SYSTEM', 'ANONYMOUS LOGON', 'NETWORK SERVICE', 'DWM-4', 'dependabot[bot]', 'svc-payroll', 'FS02$', 'ec2-user', '"-"'],
  );
  keeps(
    'ids, e-mails and versions under those names are read as any text',
    { userName: 'U07QX2K9L', user_name: '4711', login: 'b-00441872', username: 'etl_writer' },
    ['U07QX2K9L', '4711', 'b-00441872', 'etl_writer'],
  );
  masks('an e-mail under a login field keeps its own token', { login: 'greta.lindqvist@example.org' }, ['greta.lindqvist@example.org']);
  masks(
    'logins after labels in sshd, PAM, sudo, auditd, LEEF and rendered Windows text',
    'sshd[811]: Failed password for invalid user qmorrell from 198.51.100.23 port 50122 ssh2\n' +
      'sshd[812]: Accepted publickey for tvasquez from 198.51.100.24 port 50123 ssh2\n' +
      'pam_unix(sshd:session): session opened for user lbertrand(uid=1012) by (uid=0)\n' +
      'sudo[4410]:  gmcallister : TTY=pts/2 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/systemctl restart app\n' +
      'type=USER_LOGIN msg=audit(1717500100.100:77): pid=1 uid=0 msg=\'op=login acct="pnowak" exe="/usr/sbin/sshd" res=failed\'\n' +
      'Account Name:\t\tzokafor\n',
    ['qmorrell', 'tvasquez', 'lbertrand', 'gmcallister', 'pnowak', 'zokafor'],
  );
  keeps(
    'system accounts after those labels, a chat speaker and an LDAP DN',
    'sshd[813]: Accepted publickey for root from 10.0.0.5 port 40000 ssh2\nsession opened for user nobody\nAccount Name:\t\tWKS-0142$\nUser: hello there\ndn: uid=ksato,ou=People,dc=example,dc=com',
    ['for root', 'user nobody', 'WKS-0142$', 'User: hello there', 'uid=ksato,ou=People'],
  );
  masks(
    'a user SID (RID 1000 or more) in text and in a field',
    { TargetSid: 'S-1-5-21-2718281828-3141592653-1618033988-1452', text: 'Security ID: S-1-5-21-2718281828-3141592653-1618033988-20731' },
    ['S-1-5-21-2718281828-3141592653-1618033988-1452', 'S-1-5-21-2718281828-3141592653-1618033988-20731'],
  );
  keeps(
    'well-known SIDs and built-in accounts and groups',
    'SubjectUserSid S-1-5-18, group S-1-5-32-544, admin S-1-5-21-2718281828-3141592653-1618033988-500, Domain Admins S-1-5-21-2718281828-3141592653-1618033988-512',
    ['S-1-5-18', 'S-1-5-32-544', 'S-1-5-21-2718281828-3141592653-1618033988-500', 'S-1-5-21-2718281828-3141592653-1618033988-512'],
  );
  keeps(
    'config files and command lines keep their users and storage accounts',
    'git config --global user.name deploybot\naz storage blob list --account-name qadata7 --auth-mode login\nDefaultEndpointsProtocol=https;AccountName=qadata7;EndpointSuffix=core.windows.net',
    ['user.name deploybot', 'qadata7'],
  );
});

describe('leftovers, stop 37: a dotted agent version is no IPv4 address', () => {
  keeps('a version under agentVersion / sensorVersion', { agentVersion: '24.1.4.3', sensorVersion: '7.11.18110.0' }, [
    '24.1.4.3',
    '7.11.18110.0',
  ]);
  masks('an address under such a name is still read', { agentVersion: 'unknown, reported by 203.0.113.77' }, ['203.0.113.77']);
});
