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
  keeps(
    'home folders of logins, services and well-known profiles',
    {
      files: [
        'C:\\Users\\Public\\Documents\\a.txt',
        'C:\\Users\\Default\\NTUSER.DAT',
        '/home/ubuntu/app/run.sh',
        '/home/ec2-user/.bashrc',
        'C:\\Users\\svc_backup\\AppData\\x',
        '/home/pgupta/notes.txt',
      ],
    },
    ['Public', 'Default', 'ubuntu', 'ec2-user', 'svc_backup', 'pgupta'],
  );
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
    'logins that are no full name, dotted settings and hosts',
    { UserName: 'jdoe', AccountName: 'svc_sql', setting: 'max.depth', file: 'index.html', host: 'example.com', mode: 'grace.period' },
    ['jdoe', 'svc_sql', 'max.depth', 'index.html', 'example.com', 'grace.period'],
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
