import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 66: CI/CD, Kubernetes and cloud control-plane audit records. Values differ from
 * the corpus's; each rule carries look-alikes that must stay.
 */
const engine = testEngine();

function maskedValue(input: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}
function maskedText(input: string): string {
  return engine.maskText(input).value;
}

describe('audit actors and their targets', () => {
  it('masks the acting and the target login of an audit event; bots, actions and repositories stay', () => {
    const out = maskedValue({
      action: 'team.add_member',
      actor: 'lpetrova-eng',
      user: 'hkimura-dev',
      team: 'contoso/platform',
      repo: 'contoso/web-portal',
    });
    expect(out).not.toContain('lpetrova-eng');
    expect(out).not.toContain('hkimura-dev');
    for (const kept of ['team.add_member', 'contoso/platform', 'contoso/web-portal']) expect(out).toContain(kept);
    expect(maskedValue({ action: 'workflows.completed_workflow_run', actor: 'github-actions[bot]' })).toContain('github-actions[bot]');
    expect(maskedValue({ action: 'git.clone', actor: 'octocat' })).toContain('octocat');
  });

  it('reads an actor object by its members, and a user without an actor as before', () => {
    const out = maskedValue({ actor: { type: 'User', id: '00u1abcdefGHIJKLMN7', displayName: 'Sarah Mitchell' } });
    expect(out).toContain('"type":"User"');
    expect(out).not.toContain('Sarah Mitchell');
    expect(maskedValue({ user: 'hkimura-dev', level: 'info' })).toContain('hkimura-dev');
  });

  it('masks the CI variables that name who started a job; bots and ids stay', () => {
    const out = maskedText('GITLAB_USER_LOGIN=rvasquez\nGITHUB_ACTOR=dependabot[bot]\nGITHUB_ACTOR_ID=41898282\nCIRCLE_USERNAME: tbrennan');
    expect(out).not.toContain('rvasquez');
    expect(out).not.toContain('tbrennan');
    expect(out).toContain('dependabot[bot]');
    expect(out).toContain('41898282');
  });

  it('keeps pipeline, token and platform accounts', () => {
    for (const login of [
      'kubernetes-admin',
      'web-flow',
      'release-pipeline',
      'ci-deployer',
      'gitlab-ci-token',
      'usr_auditor_017',
      'it-admin-2',
    ])
      expect(maskedValue({ userIdentity: { userName: login } }), login).toContain(login);
    expect(maskedValue({ userIdentity: { userName: 'mhorvat' } })).not.toContain('mhorvat');
  });

  it('masks a full name written as a login after "by" in a note', () => {
    expect(maskedText('token revoked by johanna.lorenz yesterday')).not.toContain('johanna.lorenz');
    expect(maskedText('variable añadida por miguel.torres ayer')).not.toContain('miguel.torres');
    for (const kept of ['signed by release.bot', 'served by index.html', 'sorted by created.at']) expect(maskedText(kept), kept).toBe(kept);
  });
});

describe('repositories, request tokens and credential times', () => {
  it("keeps a repository's owner/name under full_name", () => {
    const out = maskedValue({ repository: { full_name: 'contoso/web-portal' }, sender: { login: 'dnakashima' } });
    expect(out).toContain('contoso/web-portal');
    expect(out).not.toContain('dnakashima');
    expect(maskedValue({ full_name: 'Daniela Nakashima' })).not.toContain('Daniela Nakashima');
  });

  it('keeps an idempotency ClientRequestToken and a credential expiration', () => {
    const out = maskedValue({
      requestParameters: { clientRequestToken: 'd3b07384-d9a0-4c7f-8e1b-5f2a6c9e0b11' },
      responseElements: {
        credentials: {
          accessKeyId: 'ASIAZ3Q7EXAMPLEKEY12',
          secretAccessKey: 'Xq7vB2mN9pL4kR8sT1wY6zC3dF5gH0jK2lM4nP7q',
          expiration: 'Jun 2, 2025 4:05:06 PM',
        },
      },
    });
    expect(out).toContain('d3b07384-d9a0-4c7f-8e1b-5f2a6c9e0b11');
    expect(out).toContain('Jun 2, 2025 4:05:06 PM');
    expect(out).not.toContain('Xq7vB2mN9pL4kR8sT1wY6zC3dF5gH0jK2lM4nP7q');
  });

  it("keeps a bootstrap token Secret's flags and expiration, masks its secret", () => {
    const out = maskedValue({
      kind: 'Secret',
      type: 'bootstrap.kubernetes.io/token',
      stringData: {
        'token-id': 'q4r8zt',
        'token-secret': '9c2e7a1f5b3d8e40',
        expiration: '2026-01-15T08:30:00Z',
        'usage-bootstrap-signing': 'true',
      },
    });
    expect(out).not.toContain('9c2e7a1f5b3d8e40');
    expect(out).toContain('2026-01-15T08:30:00Z');
    expect(out).toContain('"usage-bootstrap-signing":"true"');
  });
});

describe('passwords in CI and infrastructure output', () => {
  it('masks `pw` names and redis-server --requirepass; descriptive names stay', () => {
    expect(maskedValue({ smtp_pw: 'Quartz-Meadow-19' })).not.toContain('Quartz-Meadow-19');
    expect(maskedValue({ pw_changed_at: '2024-05-01T10:00:00Z' })).toContain('2024-05-01T10:00:00Z');
    const argv = maskedValue({ Entrypoint: ['redis-server', '--requirepass', 'Velvet-Anchor-88', '--port', '6380'] });
    expect(argv).not.toContain('Velvet-Anchor-88');
    expect(argv).toContain('6380');
  });

  it("masks a cloud-config chpasswd list's passwords; users, RANDOM and other blocks stay", () => {
    const out = maskedValue({
      userData:
        '#cloud-config\nchpasswd:\n  expire: true\n  list: |\n    admin:Zebra-Lantern-42\n    backup:RANDOM\nruncmd:\n  - echo done',
    });
    expect(out).not.toContain('Zebra-Lantern-42');
    for (const kept of ['admin:', 'backup:RANDOM', 'list: |', 'expire: true']) expect(out).toContain(kept);
    const other = 'write_files:\n  list: |\n    host:db01.example.internal\n    port:5432';
    expect(maskedValue({ userData: other })).toContain('host:db01.example.internal');
  });

  it('masks a base64 word that decodes to a credential where the text speaks of base64', () => {
    const out = maskedText(
      '+ echo "$SLACK_TOKEN" | base64\neG94Yi0yMDQ4MDAwMTExLTQwOTYwMDAyMjItQWJDZEVmR2hJaktsTW5PcFFyU3RVdld4\n+ echo "$BASIC" | base64 -w0\nc3ZjLWNpOkhhcmJvdXItTGFtcC03Nw==',
    );
    expect(out).not.toContain('eG94Yi0yMDQ4MDAwMTExLTQwOTYwMDAyMjItQWJDZEVmR2hJaktsTW5PcFFyU3RVdld4');
    expect(out).not.toContain('c3ZjLWNpOkhhcmJvdXItTGFtcC03Nw==');
    const kept = 'cache key (base64): aGVsbG8gd29ybGQgYnVpbGQgY2FjaGUgdjI= integrity sha512 in base64 ok';
    expect(maskedText(kept)).toBe(kept);
  });
});
