import { describe, expect, it } from 'vitest';
import type { Engine, Finding } from '../../../src/engine/index.js';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * The record-wide copies pass (src/engine/mask/record-copies.ts): a value masked on its context
 * in one member is masked wherever else it stands in the record (other members, member names,
 * JSON held in strings), with the same token. Every case runs through both walks: the record's
 * text (JSON records) and the decoded value (OTLP, Avro).
 */
const engine = testEngine();
const PASSWORD = 'Xq7#vR2!pL9@wM4$tK8&yN3z';

function both(e: Engine, record: unknown): { outputs: string[]; findings: Finding[][] } {
  const r = maskJsonString(e, JSON.stringify(record));
  const v = e.maskValue(structuredClone(record));
  return { outputs: [r.output ?? '', JSON.stringify(v.value)], findings: [r.findings, v.findings] };
}

function tokenOf(output: string, member: string): string {
  const m = new RegExp(`"${member}":"(<[A-Z_]+:[a-z]+>)"`).exec(output);
  expect(m, `${member} in ${output}`).not.toBeNull();
  return m![1]!;
}

describe('copies of a context-masked value across the record', () => {
  it('masks the Terraform random_password result that another resource holds as its password, with the same token', () => {
    const state = {
      resources: [
        { type: 'random_password', name: 'db', instances: [{ attributes: { id: 'none', length: 24, result: PASSWORD } }] },
        { type: 'aws_db_instance', name: 'main', instances: [{ attributes: { username: 'dbadmin', password: PASSWORD } }] },
      ],
    };
    const r = both(engine, state);
    for (const out of r.outputs) {
      expect(out).not.toContain(PASSWORD);
      expect(tokenOf(out, 'result')).toBe(tokenOf(out, 'password'));
      expect(out).toContain('"type":"random_password"');
    }
    for (const findings of r.findings) {
      expect(findings).toContainEqual({
        path: 'resources[0].instances[0].attributes.result',
        entity: 'SECRET',
        detector: 'copy:key',
        action: 'token',
      });
    }
  });

  it('masks copies in prose, in a member name and in JSON held in a string; evidence paths carry no raw value', () => {
    const record = {
      password: PASSWORD,
      note: `rotated to ${PASSWORD}.`,
      [PASSWORD]: 'seen',
      payload: JSON.stringify({ value: PASSWORD, other: 'kept as is' }),
    };
    const r = both(engine, record);
    for (const out of r.outputs) {
      expect(out).not.toContain(PASSWORD);
      expect(out).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
      expect(out).toContain('rotated to <SECRET:');
      expect(out).toContain('kept as is');
    }
    for (const findings of r.findings) {
      expect(JSON.stringify(findings)).not.toContain('Xq7');
      expect(findings.filter((f) => f.detector === 'copy:key').map((f) => f.path)).toHaveLength(3);
    }
  });

  it('follows a value called a secret by the name beside it (key=value in a log line) to another member', () => {
    const r = both(engine, { line: 'login user=jane password=Tr0ub4dor-and-3 ok', echo: 'Tr0ub4dor-and-3' });
    for (const out of r.outputs) {
      expect(out).not.toContain('Tr0ub4dor-and-3');
      expect(out).toMatch(/"echo":"<SECRET:[a-z]+>"/);
    }
  });

  it('the same record masked again (its strings now answered from the scan memo) masks the copy again', () => {
    const e = testEngine();
    const record = { line: 'login user=jane password=Tr0ub4dor-and-3 ok', echo: 'Tr0ub4dor-and-3' };
    for (let i = 0; i < 4; i++) {
      for (const out of both(e, record).outputs) expect(out, `round ${i}`).not.toContain('Tr0ub4dor-and-3');
    }
  });

  it('a copy masked in free text that holds JSON (maskText)', () => {
    const out = engine.maskText(JSON.stringify({ password: PASSWORD, result: PASSWORD }));
    expect(out.value).not.toContain(PASSWORD);
    expect(out.findings.map((f) => f.detector)).toContain('copy:key');
  });
});

describe('what the copies pass leaves alone', () => {
  it('a copy inside a longer word (a letter or digit right before or after)', () => {
    const r = both(engine, { password: 'hunter22hunter', code: 'xhunter22huntery', path: '/opt/hunter22hunter/bin' });
    for (const out of r.outputs) {
      expect(out).toContain('xhunter22huntery');
      expect(out).toContain('/opt/<SECRET:');
    }
  });

  it('values shorter than eight characters (ordinary words)', () => {
    const r = both(engine, { password: 'admin1', role: 'admin1' });
    for (const out of r.outputs) expect(out).toContain('"role":"admin1"');
  });

  it('a value that is itself a sensitive field name (a placeholder): its words elsewhere stay', () => {
    const r = both(engine, { password: 'password', msg: 'password reset', password_hint: 'x' });
    for (const out of r.outputs) {
      expect(out).toContain('"msg":"password reset"');
      expect(out).toContain('"password":"<SECRET:');
    }
  });

  it('plain free text is one string: only the in-string copies pass applies (the name before the value stays)', () => {
    const out = engine.maskText('mysql --user=myname --password=password mydb');
    expect(out.value).toMatch(/^mysql --user=myname --password=<SECRET:[a-z]+> mydb$/);
  });

  it('values masked under an ancestor name, not their own (a whole authorizationInfo subtree)', () => {
    const record = {
      authorizationInfo: [{ resource: 'instances/pg-main', permission: 'cloudsql.users.update', granted: true }],
      methodName: 'cloudsql.users.update',
      resourceName: 'projects/p/instances/pg-main/users/postgres',
    };
    for (const out of both(engine, record).outputs) {
      expect(out).toContain('"methodName":"cloudsql.users.update"');
      expect(out).toContain('"resourceName":"projects/p/instances/pg-main/users/postgres"');
    }
  });

  it('dates: a birth date and the same day elsewhere (an address period)', () => {
    const r = both(engine, { birthDate: '1974-12-25', address: { period: { start: '1974-12-25' } } });
    for (const out of r.outputs) expect(out).toContain('"start":"1974-12-25"');
  });

  it('a copy under an allowed path or name, or a keep path action', () => {
    const e = testEngine(`allow:\n  paths: [debug.raw, trace_note]\npaths:\n  - path: "audit.kept"\n    action: keep\n`);
    const record = { password: PASSWORD, debug: { raw: PASSWORD, other: PASSWORD }, trace_note: PASSWORD, audit: { kept: PASSWORD } };
    for (const out of both(e, record).outputs) {
      const parsed = JSON.parse(out) as Record<string, Record<string, string>>;
      expect(parsed.debug!.raw).toBe(PASSWORD);
      expect(parsed.trace_note).toBe(PASSWORD);
      expect(parsed.audit!.kept).toBe(PASSWORD);
      expect(parsed.debug!.other).toMatch(/^<SECRET:/);
    }
  });

  it('many kept values in one record (the lookup built once) keep their copies too', () => {
    // A bare allowed name keeps the member of that name in each object: 50 kept values (a loop
    // looks them up on the text walk, a Map on the value walk), then 80 (a Set on the text walk).
    const e = testEngine(`allow:\n  paths: [note]\n`);
    for (const length of [50, 80]) {
      const record = { password: PASSWORD, items: Array.from({ length }, () => ({ note: PASSWORD, other: PASSWORD })) };
      for (const out of both(e, record).outputs) {
        const parsed = JSON.parse(out) as { items: { note: string; other: string }[] };
        expect(parsed.items.map((i) => i.note)).toEqual(Array.from({ length }, () => PASSWORD));
        for (const item of parsed.items) expect(item.other).toMatch(/^<SECRET:/);
      }
    }
  });

  it('a record without a context-masked value gets no copy finding', () => {
    const r = both(engine, { user: 'jane@example.com', note: 'jane@example.com wrote twice' });
    for (const findings of r.findings) expect(findings.some((f) => f.detector.startsWith('copy:'))).toBe(false);
  });
});
