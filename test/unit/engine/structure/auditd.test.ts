import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Linux audit EXECVE / PROCTITLE records (auditd writes an argument in hex when it holds a space,
 * a quote or a non-printable character; PROCTITLE holds the whole argv in hex, NUL-separated).
 */
const engine = testEngine();
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex').toUpperCase();

describe('auditd hex argv (structure:auditd)', () => {
  const positives: [what: string, line: string, hidden: string, entity: string][] = [
    [
      'sshpass -p with a passphrase that has spaces',
      `type=EXECVE msg=audit(1700000000.123:456): argc=5 a0="sshpass" a1="-p" a2=${hex('correct horse battery staple')} a3="ssh" a4="deploy@db"`,
      hex('correct horse battery staple'),
      'SECRET',
    ],
    [
      'PROCTITLE of mysql -pX',
      `type=PROCTITLE msg=audit(1700000002.002:458): proctitle=${hex('mysql\0-uroot\0-pmy-secret-pw\0appdb')}`,
      hex('mysql\0-uroot\0-pmy-secret-pw\0appdb'),
      'SECRET',
    ],
    [
      'curl -H "Authorization: Bearer …"',
      `type=EXECVE msg=audit(1700000001.001:457): argc=4 a0="curl" a1="-H" a2=${hex('Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543')} a3="https://api.example.com"`,
      hex('Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543'),
      'AUTH_CREDENTIAL',
    ],
    [
      'an environment assignment in a hex argument (env PGPASSWORD=…)',
      `type=EXECVE msg=audit(1.5:9): argc=3 a0="env" a1=${hex("PGPASSWORD=it's-a-secret")} a2="psql"`,
      hex("PGPASSWORD=it's-a-secret"),
      'SECRET',
    ],
  ];
  it.each(positives)('masks the hex argument: %s', (_what, line, hidden, entity) => {
    const out = engine.maskText(line);
    expect(out.value).not.toContain(hidden);
    expect(out.findings.some((f) => f.detector === 'structure:auditd' && f.entity === entity)).toBe(true);
    // The record's other fields stay readable, and masking again changes nothing.
    expect(out.value).toContain('msg=audit(');
    expect(engine.maskText(out.value).value).toBe(out.value);
  });

  it('masks the same secret with the same token in hex and in clear text', () => {
    const line = `type=EXECVE msg=audit(1.1:1): argc=3 a0="sshpass" a1="-p" a2=${hex('two words')}\n$ sshpass -p 'two words' ssh db`;
    const tokens = engine.maskText(line).value.match(/<SECRET:[a-z]+>/g);
    expect(tokens).toHaveLength(2);
    expect(tokens![0]).toBe(tokens![1]);
  });

  const negatives: [what: string, line: string][] = [
    ['an ordinary PROCTITLE', `type=PROCTITLE msg=audit(1.1:1): proctitle=${hex('/usr/bin/python3\0-m\0http.server\x008080')}`],
    ['an ordinary hex argument', `type=EXECVE msg=audit(1.2:2): argc=2 a0="echo" a1=${hex('hello world')}`],
    [
      'SYSCALL registers named a0… (not arguments)',
      'type=SYSCALL msg=audit(1.3:3): arch=c000003e syscall=59 success=yes a0=55d1c6f0a2b0 a1=ABCDEF012345 a2=0',
    ],
    ['hex of invalid UTF-8', `type=EXECVE msg=audit(1.4:4): argc=3 a0="mysql" a1="-p" a2=FFFE00C3`],
    ['odd-length hex', `type=PROCTITLE msg=audit(1.5:5): proctitle=6D7973716C002D7`],
    [
      'sshpass -p read from a file descriptor (-d 3)',
      `type=EXECVE msg=audit(1.6:6): argc=4 a0="sshpass" a1="-d" a2="3" a3=${hex('ssh db uptime')}`,
    ],
  ];
  it.each(negatives)('leaves %s alone', (_what, line) => {
    const out = engine.maskText(line);
    expect(out.findings).toEqual([]);
    expect(out.value).toBe(line);
  });
});
