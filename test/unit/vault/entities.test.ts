import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicy, policyFromText } from '../../../src/engine/index.js';
import { ConfigError } from '../../../src/core/errors.js';
import { prepareRun } from '../../../src/topology/prepare.js';
import { vaultEntities } from '../../../src/vault/entities.js';

// The recipient from the age specification's README example (public test material).
const SPEC_RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

function issuesOf(fn: () => unknown): ConfigError['issues'] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  return [];
}

describe('policy vault.entities', () => {
  it('is in the policy hash only when set: policies without it keep their hash', () => {
    const plain = policyFromText('actions: { default: token }\n');
    expect(plain.hash).toBe(defaultPolicy().hash);
    expect(Object.keys(plain.policy)).not.toContain('vault');
    const withVault = policyFromText('vault: { entities: [EMAIL] }\n');
    expect(withVault.policy.vault).toEqual({ entities: ['EMAIL'] });
    expect(withVault.hash).not.toBe(defaultPolicy().hash);
    expect(policyFromText('vault: { entities: [EMAIL, PERSON] }\n').hash).not.toBe(withVault.hash);
  });

  it('refuses an empty list, a lower-case type and unknown keys', () => {
    for (const bad of ['vault: { entities: [] }\n', 'vault: { entities: [email] }\n', 'vault: { entities: [EMAIL], types: [X] }\n'])
      expect(() => policyFromText(bad, 'policy.yaml'), bad).toThrow(ConfigError);
  });
});

describe('vaultEntities', () => {
  const policy = (text: string) => policyFromText(text).policy;

  it('takes the types from the policy', () => {
    expect(vaultEntities(policy('vault: { entities: [EMAIL, PERSON] }\n'), undefined, 'vault.entities')).toEqual({
      entities: ['EMAIL', 'PERSON'],
      deprecated: false,
    });
  });

  it('reads the older place as a deprecated alias when the policy names none', () => {
    expect(vaultEntities(defaultPolicy().policy, ['EMAIL'], 'vault.entities')).toEqual({ entities: ['EMAIL'], deprecated: true });
  });

  it('both the same (in any order): the policy, not deprecated; different: an error naming both', () => {
    const p = policy('vault: { entities: [EMAIL, PERSON] }\n');
    expect(vaultEntities(p, ['PERSON', 'EMAIL'], 'vault.entities').deprecated).toBe(false);
    const issues = issuesOf(() => vaultEntities(p, ['EMAIL'], 'vault.entities'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('vault.entities');
    expect(issues[0]?.message).toContain('[EMAIL, PERSON]');
  });

  it('neither: an error that says where to name them', () => {
    const issues = issuesOf(() => vaultEntities(defaultPolicy().policy, [], '--vault-entities'));
    expect(issues.map((i) => i.path)).toEqual(['--vault-entities']);
    expect(issues[0]?.message).toContain('vault: { entities:');
  });
});

describe('prepareRun resolves the vault types from the policy', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function setup(policyText: string | undefined, vaultExtra: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-prep-'));
    dirs.push(dir);
    const lines = [
      'key: { random_ok: true }',
      'sources: [{ id: fin, type: file, path: in.jsonl }]',
      'sinks: [{ id: out, type: stdout }]',
      'dead_letter: { type: file, encrypt: false }',
      `vault: { path: ${JSON.stringify(join(dir, 'v.jsonl'))}, recipients: [${SPEC_RECIPIENT}]${vaultExtra} }`,
    ];
    if (policyText !== undefined) {
      writeFileSync(join(dir, 'policy.yaml'), policyText);
      lines.push(`policy: ${JSON.stringify(join(dir, 'policy.yaml'))}`);
    }
    writeFileSync(join(dir, 'run.yaml'), `${lines.join('\n')}\n`);
    return join(dir, 'run.yaml');
  }

  it('policy only', () => {
    const run = prepareRun(setup('vault: { entities: [EMAIL] }\n', ''));
    expect(run.vault).toMatchObject({ entities: ['EMAIL'], deprecatedEntities: false, recipients: [SPEC_RECIPIENT] });
  });

  it('run config only (deprecated), and a contradiction is a config error at vault.entities', () => {
    expect(prepareRun(setup(undefined, ', entities: [PERSON]')).vault).toMatchObject({ entities: ['PERSON'], deprecatedEntities: true });
    const issues = issuesOf(() => prepareRun(setup('vault: { entities: [EMAIL] }\n', ', entities: [PERSON]')));
    expect(issues.map((i) => i.path)).toEqual(['vault.entities']);
  });

  it('a vault with no types anywhere is refused; no vault section: no vault, whatever the policy says', () => {
    expect(issuesOf(() => prepareRun(setup(undefined, ''))).map((i) => i.path)).toEqual(['vault.entities']);
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-prep-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'policy.yaml'), 'vault: { entities: [EMAIL] }\n');
    writeFileSync(
      join(dir, 'run.yaml'),
      `key: { random_ok: true }\npolicy: ${JSON.stringify(join(dir, 'policy.yaml'))}\nsources: [{ id: fin, type: file, path: in.jsonl }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }\n`,
    );
    expect(prepareRun(join(dir, 'run.yaml')).vault).toBeUndefined();
  });
});
