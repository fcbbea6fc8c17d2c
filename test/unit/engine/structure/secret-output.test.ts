import { describe, expect, it } from 'vitest';
import { isBareOutput, isOutputMember, printsSecret } from '../../../../src/engine/structure/secret-output.js';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

// Commands from the tools' own documentation (kubernetes.io "Managing Secrets using kubectl" and
// "kubectl create token", AWS CLI reference for secretsmanager / ssm / ecr / configure, gcloud
// secrets and auth references, Azure CLI keyvault and account references, Vault CLI kv get / read,
// 1Password CLI op read, pass(1), security(1) on macOS, Bitwarden / LastPass CLIs, secret-tool(1),
// Doppler and Heroku CLIs, GitHub CLI gh auth token, Docker swarm secrets under /run/secrets, the
// Kubernetes service-account token file). Passwords: Kubernetes docs' 1f2d1e2e67df (the decoded
// db-user-pass of "Managing Secrets"), Redis' `foobared`, the `hunter2` of the bash.org meme.
const engine = testEngine();
const sensitive = (name: string) => /pass|secret|token|key/i.test(name);

const PRINTS_SECRET = [
  "kubectl get secret db-user-pass -o jsonpath='{.data.password}' | base64 --decode",
  'kubectl -n prod get secrets app-tls -o yaml',
  'kubectl create token build-robot --duration=10m',
  'aws secretsmanager get-secret-value --secret-id MyTestSecret --query SecretString --output text',
  'aws ssm get-parameter --name /prod/db/password --with-decryption --query Parameter.Value --output text',
  'aws ecr get-login-password --region us-west-2',
  'aws configure get aws_secret_access_key --profile dev',
  'gcloud secrets versions access latest --secret=db-password',
  'gcloud auth print-access-token',
  'gcloud auth application-default print-access-token',
  'az keyvault secret show --vault-name contoso-kv --name db-password --query value -o tsv',
  'az account get-access-token --resource https://management.azure.com',
  'vault kv get -field=password secret/app',
  'vault read -field=value secret/data/app',
  'op read "op://Private/GitHub/password"',
  'op item get GitHub --fields password',
  'pass show email/work',
  'gopass show -o websites/github.com',
  'security find-generic-password -s "ci-signing" -w',
  'bw get password github.com',
  'lpass show --password work/vpn',
  'secret-tool lookup service smtp username jane',
  'doppler secrets get DB_PASSWORD --plain',
  'heroku config:get DATABASE_URL -a myapp',
  'heroku auth:token',
  'gh auth token',
  'cat /run/secrets/db_password',
  'cat /var/run/secrets/kubernetes.io/serviceaccount/token',
  'printenv DB_PASSWORD',
  'echo $API_KEY',
  'echo "${GITHUB_TOKEN}"',
  'terraform output -raw db_password',
  'echo "$ENCODED_SECRET" | base64 -d',
];

const PRINTS_NO_SECRET = [
  'kubectl get pods -n prod',
  'kubectl describe deployment web',
  'aws secretsmanager list-secrets',
  'aws ssm get-parameter --name /prod/feature-flag',
  'gcloud secrets list',
  'az keyvault list',
  'vault status',
  'op signin',
  'printenv PATH',
  'echo $HOME',
  'echo hello world',
  'terraform output -raw instance_ip',
  'base64 -d logo.b64 > logo.png',
  'cat /etc/hosts',
  'the password show page was updated',
];

describe('commands that print a secret (structure/secret-output.ts)', () => {
  it.each(PRINTS_SECRET)('%s prints a secret', (command) => {
    expect(printsSecret(command, sensitive)).toBe(true);
  });

  it.each(PRINTS_NO_SECRET)('%s does not', (command) => {
    expect(printsSecret(command, sensitive)).toBe(false);
  });

  it('reads output members by name, in any case style, and one bare value as output', () => {
    for (const m of [
      'content',
      'output',
      'stdout',
      'result',
      'text',
      'observation',
      'tool_result',
      'toolOutput',
      'gen_ai.tool.call.result',
    ])
      expect(isOutputMember(m)).toBe(true);
    for (const m of ['command', 'input', 'arguments', 'name', 'id', 'tool_use_id', 'role', 'status']) expect(isOutputMember(m)).toBe(false);
    expect(isBareOutput('1f2d1e2e67df')).toBe(true);
    expect(isBareOutput('s3cr3t-v4ult\n')).toBe(true);
    expect(isBareOutput('abc')).toBe(false);
    expect(isBareOutput('Error from server (NotFound): secrets "db" not found')).toBe(false);
    expect(isBareOutput('user: admin\npassword: x')).toBe(false);
    expect(isBareOutput('x'.repeat(513))).toBe(false);
  });
});

const anthropic = (command: string, result: string) => ({
  messages: [
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'bash', input: { command } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', content: result }] },
  ],
});
const openai = (command: string, result: string) => ({
  messages: [
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'shell', arguments: JSON.stringify({ command }) } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: result },
  ],
});
const step = (command: string, result: string) => ({ step: 3, action: { tool: 'terminal', input: command }, observation: result });

function masked(record: unknown): string {
  const out = maskJsonString(engine, JSON.stringify(record)).output;
  if (out === undefined) throw new Error('rejected');
  return out;
}

describe('the bare output of a command that prints a secret', () => {
  const SHAPES = { anthropic, openai, step };

  for (const [shape, build] of Object.entries(SHAPES)) {
    it(`${shape}: the bare password after kubectl get secret … | base64 --decode is masked as SECRET`, () => {
      const out = masked(build("kubectl get secret db-user-pass -o jsonpath='{.data.password}' | base64 --decode", '1f2d1e2e67df'));
      expect(out).not.toContain('1f2d1e2e67df');
      expect(out).toMatch(/<SECRET:[a-z]+>/);
      expect(out).toContain('"detector":"structure:secret_output"');
      expect(out).toContain('db-user-pass');
    });

    it(`${shape}: the same output after a command that prints no secret is kept`, () => {
      const out = masked(build('kubectl get pods -n prod -o name', 'web-7c9d8f6b5-x2k4p'));
      expect(out).toContain('web-7c9d8f6b5-x2k4p');
    });
  }

  it('an output that is not one bare value is read by the detectors as usual, and clears the note', () => {
    const record = openai('kubectl get secret db -o jsonpath={.data.password}', 'Error from server (NotFound): secrets "db" not found');
    const out = masked({ messages: [...record.messages, { role: 'assistant', content: 'abc123def456' }] });
    expect(out).toContain('Error from server (NotFound)');
    expect(out).toContain('abc123def456'); // the next output member is not linked to the command
  });

  it('printenv / echo of a variable the key rules call sensitive, not of any variable', () => {
    expect(masked(step('printenv DB_PASSWORD', 'hunter2-prod'))).not.toContain('hunter2-prod');
    expect(masked(step('echo $REDIS_PASSWORD', 'foobared'))).not.toContain('foobared');
    expect(masked(step('printenv HOSTNAME', 'web-7c9d8f6b5-x2k4p'))).toContain('web-7c9d8f6b5-x2k4p');
  });

  it('the note does not outlive its record; a repeated command is scanned again (never answered from the memo)', () => {
    const command = 'vault kv get -field=password secret/app';
    const first = maskJsonString(engine, JSON.stringify({ input: command })).output;
    expect(first).toBeDefined();
    expect(masked({ output: 's3cr3t-v4ult' })).toContain('s3cr3t-v4ult');
    for (let i = 0; i < 3; i++) expect(masked({ input: command, output: `s3cr3t-v4ult-${i}` })).not.toContain(`s3cr3t-v4ult-${i}`);
  });

  it('the value walk (decoded records: OTLP, Avro) links the two the same way', () => {
    const { value, findings } = engine.maskValue(anthropic('gcloud secrets versions access latest --secret=db-password', 'Zq8vT2mW9pL4'));
    expect(JSON.stringify(value)).not.toContain('Zq8vT2mW9pL4');
    expect(findings.map((f) => f.detector)).toContain('structure:secret_output');
  });

  it('off with structure.command_lines', () => {
    const off = testEngine('structure:\n  command_lines: false\n');
    const out = maskJsonString(off, JSON.stringify(step('vault kv get -field=password secret/app', 's3cr3t-v4ult'))).output;
    expect(out).toContain('s3cr3t-v4ult');
  });
});

describe('in one text: the bare line after a command line that prints a secret', () => {
  it('a terminal transcript and a set -x CI log: that line is masked, the rest stays', () => {
    const transcript =
      "$ kubectl get secret db-user-pass -o jsonpath='{.data.password}' | base64 --decode\n1f2d1e2e67df\n$ kubectl get pods\nweb-1   1/1   Running";
    const out = masked({ output: transcript });
    expect(out).not.toContain('1f2d1e2e67df');
    expect(out).toContain('web-1   1/1   Running');
    expect(out).toContain('structure:secret_output');
    const ci = masked({ log: '+ vault kv get -field=password secret/app\ns3cr3t-v4ult\n+ echo done\ndone' });
    expect(ci).not.toContain('s3cr3t-v4ult');
    expect(ci).toContain('\\ndone');
  });

  it('not after another command, not a line with blanks, and a transcript links no later member', () => {
    expect(masked({ log: '+ kubectl get pods\nweb-7c9d8f6b5-x2k4p' })).toContain('web-7c9d8f6b5-x2k4p');
    expect(masked({ log: '$ vault kv get secret/app\n====== Data ======\nKey Value' })).toContain('====== Data ======');
    const out = masked({ a: { output: '$ vault kv get -field=password secret/app\ns3cr3t-v4ult' }, b: { content: 'done-ok' } });
    expect(out).not.toContain('s3cr3t-v4ult');
    expect(out).toContain('done-ok');
  });
});
