import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// PostgreSQL docs, "The Password File": hostname:port:database:username:password, `*` matching
// anything, `\:` and `\\` escapes, `#` comments; the postgres image's documented password
// `mysecretpassword`.
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;

describe('.pgpass lines', () => {
  it('masks the password of every line of a password file printed by an agent, and keeps the rest', () => {
    const out = engine.maskValue({
      cmd: 'cat ~/.pgpass',
      stdout: '# prod\nlocalhost:5432:mydb:postgres:mysecretpassword\ndb.example.com:*:*:report_ro:R3p0rt-ro-2024\n',
    }).value as { stdout: string };
    expect(out.stdout).not.toContain('mysecretpassword');
    expect(out.stdout).not.toContain('R3p0rt-ro-2024');
    expect(out.stdout).toMatch(/^# prod\nlocalhost:5432:mydb:postgres:<SECRET:\w+>\ndb\.example\.com:\*:\*:report_ro:<SECRET:\w+>\n$/);
  });

  it('reads escaped colons in fields and a password that holds colons and blanks', () => {
    const out = text('db\\:primary:6432:app:svc_app:pa:ss w\\\\rd');
    expect(out).toMatch(/^db\\:primary:6432:app:svc_app:<SECRET:\w+>$/);
  });

  it('lines with only `*` ports count when the text names .pgpass', () => {
    expect(text('$ cat ~/.pgpass\n*:*:*:replicator:Repl1c@te-2024')).not.toContain('Repl1c@te-2024');
    expect(engine.maskText('*:*:*:replicator:Repl1c@te-2024').findings.map((f) => f.detector)).not.toContain('structure:pgpass');
  });

  it('leaves text that is not a password file: times, IPv6, a line among others, a placeholder', () => {
    for (const kept of [
      '2024-05-02 09:30:00:123 worker:1 done',
      'fe80:1:2:3::1 is up',
      'connecting\nlocalhost:5432:mydb:postgres:mysecretpassword\nthen more text here',
      'localhost:5432:mydb:postgres:${PGPASSWORD}',
      '10:22:33:44:55',
    ]) {
      expect(engine.maskText(kept).findings.map((f) => f.detector)).not.toContain('structure:pgpass');
    }
  });
});
