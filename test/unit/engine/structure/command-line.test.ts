import { describe, expect, it } from 'vitest';
import { createEngine, policyFromText } from '../../../../src/engine/index.js';
import { COMMAND_LINE_TOOLS } from '../../../../src/engine/structure/command-line.js';
import { shellWords, textRange } from '../../../../src/engine/structure/shell-words.js';

const key = Buffer.alloc(32, 7);
const engine = createEngine({ key, keyId: 'k-test' });
const mask = (text: string) => engine.maskText(text);

describe('shell words', () => {
  it('removes quotes and escapes and keeps each character’s position in the text', () => {
    const text = `sshpass -p 'a b' x\\ y "q\\"r"`;
    const words = shellWords(text);
    expect(words.map((w) => w.value)).toEqual(['sshpass', '-p', 'a b', 'x y', 'q"r']);
    const quoted = words[2]!;
    const [start, end] = textRange(quoted, 0)!;
    expect(text.slice(start, end)).toBe('a b');
  });

  it('keeps backslashes inside double quotes unless they escape $ ` " \\ (POSIX)', () => {
    const words = shellWords('"C:\\Tools\\x" "a\\"b" "\\$HOME" "c\\\\d"');
    expect(words.map((w) => w.value)).toEqual(['C:\\Tools\\x', 'a"b', '$HOME', 'c\\d']);
  });

  it('reads a Windows command line with backslashes as path separators', () => {
    const words = shellWords('C:\\Tools\\x.exe \\\\srv\\share \\"q\\"', 0, undefined, true);
    expect(words.map((w) => w.value)).toEqual(['C:\\Tools\\x.exe', '\\\\srv\\share', '"q"']);
  });

  it('separates commands at pipes, ;, && and newlines', () => {
    const ops = shellWords('echo x | sudo -S ls; a && b\nc').flatMap((w) => (w.operator ? [w.operator] : []));
    expect(ops).toEqual(['|', ';', '&&', '\n']);
  });
});

describe('command lines (issue 13 item 3)', () => {
  // Positives: the secret must be gone, the command's shape kept.
  const positives: [line: string, secret: string, kept: string][] = [
    ['mysql -u root -phunter2 -h db.internal', 'hunter2', 'mysql -u root -p<SECRET:'],
    ['mysql -u root --password hunter2 mydb', 'hunter2', ' mydb'],
    ['mysqldump -uadmin -pS3cret! shop > dump.sql', 'S3cret!', 'shop > dump.sql'],
    ['sudo mysql -uroot -pRootPw1 -e "select 1"', 'RootPw1', '"select 1"'],
    ['redis-cli -h cache -a myredispass ping', 'myredispass', 'ping'],
    ["sshpass -p 'letmein' ssh deploy@build", 'letmein', 'ssh deploy@build'],
    ['sshpass -pletmein ssh deploy@build', 'letmein', 'ssh deploy@build'],
    ['curl -u admin:changeme https://api.example.com/', 'changeme', 'curl -u admin:'],
    ['curl --user "admin:change me" https://api.example.com/', 'change me', '--user "admin:'],
    ['wget --password=qwerty123 --user=bob http://files.example.com/a.zip', 'qwerty123', '--user=bob'],
    ['docker login -u ci -p dckr_pass123 registry.example.com', 'dckr_pass123', 'registry.example.com'],
    ['helm registry login --password s3cr3tpw registry.example.com', 's3cr3tpw', 'registry.example.com'],
    ['htpasswd -b /etc/nginx/.htpasswd alice wonderland1', 'wonderland1', '/etc/nginx/.htpasswd alice'],
    ['htpasswd -nb alice wonderland1', 'wonderland1', 'alice'],
    ['az login -u admin@contoso.com -p Azure#Pass1', 'Azure#Pass1', 'az login -u'],
    ['rabbitmqctl add_user admin guest123', 'guest123', 'add_user admin'],
    ['rabbitmqctl change_password admin n3wPass', 'n3wPass', 'change_password admin'],
    ['echo hunter2 | sudo -S apt-get update', 'hunter2', '| sudo -S apt-get update'],
    ['./server --db-password hunter2 --port 80', 'hunter2', '--port 80'],
    ['deploy --token abc123def --env prod', 'abc123def', '--env prod'],
    ['tool --api-key=k-777abc --verbose', 'k-777abc', '--verbose'],
    ['openssl rsa -in key.pem -passin pass:Sekr1t -out plain.pem', 'Sekr1t', '-out plain.pem'],
    ['keytool -list -keystore ks.jks -storepass changeit', 'changeit', '-keystore ks.jks'],
    ['sqlcmd -S db -U sa -P Str0ng!Pw -Q "select 1"', 'Str0ng!Pw', '-U sa'],
    ['ldapsearch -x -D cn=admin -w adminpw -b dc=example', 'adminpw', '-b dc=example'],
    ['until mysqladmin ping -uroot -proot --silent; do sleep 1; done', '-proot', '--silent'],
    // Windows Security event 4688 CommandLine (Microsoft Learn): a quoted program path with spaces
    // and backslashes; sqlcmd password from the Docker Hub mssql-server page.
    [
      '"C:\\Program Files\\Microsoft SQL Server\\Client SDK\\ODBC\\170\\Tools\\Binn\\SQLCMD.EXE" -S localhost -U SA -P "yourStrong(!)Password" -Q "SELECT @@VERSION"',
      'yourStrong(!)Password',
      '-Q "SELECT @@VERSION"',
    ],
    // net use / net user (Microsoft Learn): the password is a positional word, options start with /.
    ['C:\\Windows\\System32\\net.exe use Z: \\\\fs01\\finance /user:CONTOSO\\dadmin Pa$$w0rd /persistent:no', 'Pa$$w0rd', '/persistent:no'],
    ['NET USE \\\\fs01\\finance Pa$$w0rd /USER:CONTOSO\\dadmin', 'Pa$$w0rd', 'NET USE \\\\fs01\\finance '],
    // The user is a person's login, masked since stop 38 (domain_login); the domain stays.
    ['net use \\\\fs01\\IPC$ /user:CONTOSO\\dadmin Pa$$w0rd', 'Pa$$w0rd', '/user:CONTOSO\\'],
    ['net user alice Str0ngPass! /add', 'Str0ngPass!', 'net user alice '],
    // Event XML: the command is the text of a Data element.
    [
      '<EventData><Data Name="CommandLine">net use Z: \\\\fs01\\finance /user:CONTOSO\\dadmin Pa$$w0rd /persistent:no</Data></EventData>',
      'Pa$$w0rd',
      '<Data Name="CommandLine">net use Z: ',
    ],
    // Windows administration (Microsoft Learn schtasks / cmdkey / wmic / dsadd pages, Sysinternals
    // PsExec, PowerShell ConvertTo-SecureString), as process-creation events log it.
    [
      'schtasks /create /tn "Backup" /tr C:\\backup.cmd /sc daily /ru CONTOSO\\svc_backup /rp Sup3rS3cret!',
      'Sup3rS3cret!',
      '/ru CONTOSO\\svc_backup /rp ',
    ],
    ['SCHTASKS /Create /S srv01 /U CONTOSO\\admin /P Adm1nPw /TN test /TR notepad.exe', 'Adm1nPw', '/TN test'],
    ['cmdkey /add:server01 /user:mikedan /pass:Kleo', 'Kleo', '/user:mikedan /pass:'],
    ['wmic /node:srv01 /user:CONTOSO\\admin /password:"Wm1c Pass" process call create "cmd.exe /c whoami"', 'Wm1c Pass', 'process call'],
    ['dsadd user "CN=jdoe,CN=Users,DC=contoso,DC=com" -samid jdoe -pwd Pa55w0rd! -mustchpwd yes', 'Pa55w0rd!', '-mustchpwd yes'],
    ['psexec \\\\marklap -u administrator -p Ps3xecPw ipconfig', 'Ps3xecPw', ' ipconfig'],
    ['$pw = ConvertTo-SecureString "P@ssw0rd!" -AsPlainText -Force', 'P@ssw0rd!', '-AsPlainText -Force'],
    [
      '$cred = New-Object System.Management.Automation.PSCredential("admin", (ConvertTo-SecureString "Cr3dPw!" -AsPlainText -Force))',
      'Cr3dPw!',
      'PSCredential("admin", (ConvertTo-SecureString "',
    ],
    ["ConvertTo-SecureString -String 'Str1ngPw' -AsPlainText -Force", 'Str1ngPw', '-AsPlainText'],
    // sudo's log line (sudoers(5), "Log format"): the program glued to COMMAND=; mysql image password.
    [
      'Mar  3 10:14:01 web01 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/mysql -uroot -pmy-secret-pw -e SHOW\\x20DATABASES',
      'my-secret-pw',
      'COMMAND=/usr/bin/mysql -uroot -p',
    ],
  ];
  for (const [line, secret, kept] of positives) {
    it(`masks the secret of ${JSON.stringify(line)}`, () => {
      const out = mask(line);
      expect(out.value).not.toContain(secret);
      expect(out.value).toContain(kept);
      expect(out.findings.length).toBeGreaterThan(0);
    });
  }

  // Look-alikes: flags that share a letter with a password flag, prompts, and placeholders.
  const negatives: string[] = [
    'mysql -u root -p mydb',
    'mysql -u root -p',
    'docker run -p 8080:80 nginx',
    'docker login --password-stdin registry.example.com',
    'curl -u admin https://api.example.com/',
    'ssh -p 2222 deploy@host',
    'htpasswd -c /etc/nginx/.htpasswd alice',
    'psql -p 5432 -U app appdb',
    'deploy --token $DEPLOY_TOKEN --env prod',
    'deploy --token "${TOKEN}" --env prod',
    'grep --password-file x .',
    'git log -p -- src/',
    'echo hello | sudo tee /etc/motd',
    'The price is 5 - 3 = 2 -- not a command',
    // No password on the line, or `*` (prompt for it); a user name alone; other net subcommands.
    // (A person's login after `/user:DOMAIN\` is masked since stop 38: a service account here.)
    'net use Z: \\\\fs01\\finance /user:CONTOSO\\svc_filecopy /persistent:no',
    'net use Z: \\\\fs01\\finance * /user:CONTOSO\\svc_filecopy',
    'net use * /delete /y',
    'net user alice /delete',
    'net user alice * /add',
    'net share docs=C:\\Docs /grant:everyone,read',
    'Internet use policy -- see section 4',
    'schtasks /create /tn x /ru SYSTEM /rp * /sc onstart',
    'cmdkey /list',
    'ConvertTo-SecureString $encrypted',
    'robocopy C:\\src D:\\dst /mir /r:2 /p',
    'GET /api/p /rp test',
    // Stop 37 masks a person's login before ` : TTY=`; root's own sudo line has none.
    'sudo:    root : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/ls -la /root',
    '<Data Name="CommandLine">C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule</Data>',
  ];
  for (const line of negatives) {
    it(`leaves ${JSON.stringify(line)}`, () => {
      const out = mask(line);
      expect(out.findings.filter((f) => f.detector === 'structure:command_line')).toEqual([]);
      expect(out.value).toBe(line);
    });
  }

  it('reads past prompts and trace marks ($, +, Run)', () => {
    for (const line of ['$ redis-cli -a Pr0mptPw ping', '+ redis-cli -a Pr0mptPw ping', 'Run redis-cli -a Pr0mptPw ping']) {
      expect(mask(line).value).not.toContain('Pr0mptPw');
    }
  });

  it('reads past a label of up to three words when a tool of the table follows it', () => {
    // Docker Engine events (`docker events`, Action `exec_start: <cmd>`), CI step logs.
    for (const line of [
      'exec_start: mysql -uroot -pmy-secret-pw -e "show databases"',
      'Running: curl -u deploy:LabelPw77 https://ci.example.com/x',
      'Step 3: docker login -u ci -p LabelPw77 ghcr.io',
    ]) {
      const out = mask(line).value;
      expect(out).not.toMatch(/my-secret-pw|LabelPw77/);
      expect(out.split(' ')[0]).toBe(line.split(' ')[0]);
    }
    // A label followed by a word that is no tool of the table, or a tool without its secret flag.
    for (const line of ['note: ls -la /tmp', 'status: mysql -p is required', 'error: redis-cli failed: see logs']) {
      expect(mask(line).value).toBe(line);
    }
  });

  it('finds commands on any line of a longer text (CI log)', () => {
    const log = `Step 3/9 : RUN apt-get update\n${'x'.repeat(2000)}\n$ docker login -u ci -p Zq9PwLong registry.example.com\nLogin Succeeded`;
    const out = mask(log).value;
    expect(out).not.toContain('Zq9PwLong');
    expect(out).toContain('Login Succeeded');
  });

  it('is a table: every tool entry has tools and flags or a positional secret', () => {
    for (const entry of COMMAND_LINE_TOOLS) {
      expect(entry.tools.length).toBeGreaterThan(0);
      expect(entry.flags.length > 0 || entry.positional !== undefined || entry.tools.includes('chpasswd')).toBe(true);
    }
  });

  it('can be switched off with structure.command_lines', () => {
    const off = createEngine({ policy: policyFromText('structure: { command_lines: false }'), key, keyId: 'k-test' });
    expect(off.maskText('redis-cli -a myredispass ping').value).toBe('redis-cli -a myredispass ping');
  });

  it('is idempotent: masking the output again changes nothing', () => {
    for (const [line] of positives) {
      const once = mask(line).value;
      expect(mask(once).value).toBe(once);
    }
  });
});
