import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the fifty-first red-team round found (fixtures/redteam51-corpus.ts: SaaS
 * and cloud audit logs), each closed where it happens, with the look-alike beside it that must
 * stay. The values here differ from the corpus': Kubernetes docs' other Secret examples, plausible
 * passwords and names, other GCP project and service-account names.
 */
const { masks, keeps } = leakCases();

describe('Kubernetes Secrets: every data value and every one-token stringData value, whatever its key', () => {
  masks(
    'a Secret in an audit requestObject, data values under neutral keys',
    {
      kind: 'Event',
      requestObject: {
        kind: 'Secret',
        apiVersion: 'v1',
        metadata: { name: 'ldap-bind' },
        type: 'Opaque',
        data: { user: 'Y249cmVhZGVy', dn: 'b3U9cGVvcGxl' },
      },
    },
    ['Y249cmVhZGVy', 'b3U9cGVvcGxl'],
  );
  masks(
    'stringData values in plain text',
    { responseObject: { kind: 'Secret', metadata: { name: 'smtp' }, stringData: { relay: 'p4ss-W0rd-relay', note: 'k8s-bot' } } },
    ['p4ss-W0rd-relay', 'k8s-bot'],
  );
  masks(
    'a Secret as escaped JSON in the last-applied-configuration annotation',
    {
      metadata: {
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration':
            '{"apiVersion":"v1","data":{"token":"c2VydmljZS10b2tlbg==","host":"ZGIuaW50ZXJuYWw="},"kind":"Secret","metadata":{"name":"app"},"type":"Opaque"}\n',
        },
      },
    },
    ['ZGIuaW50ZXJuYWw='],
  );
  keeps(
    'the Secret metadata, its type and its key names',
    {
      kind: 'Secret',
      apiVersion: 'v1',
      metadata: { name: 'ldap-bind', namespace: 'auth' },
      type: 'Opaque',
      data: { user: 'Y249cmVhZGVy' },
    },
    ['ldap-bind', 'auth', 'Opaque', '"user"'],
  );
  masks(
    'the items of a SecretList (a list response recorded at RequestResponse)',
    {
      responseObject: {
        kind: 'SecretList',
        apiVersion: 'v1',
        items: [
          { metadata: { name: 'pg' }, type: 'Opaque', data: { pguser: 'cmVwb3J0ZXI=', pgpass: 'cjNwMHJ0LXB3' } },
          { metadata: { name: 'tls' }, type: 'kubernetes.io/tls', data: { 'tls.key': 'LS0tLS1CRUdJTiBFQw==' } },
        ],
      },
    },
    ['cmVwb3J0ZXI=', 'cjNwMHJ0LXB3', 'LS0tLS1CRUdJTiBFQw=='],
  );
  keeps(
    'the hosts of a stringData document (a config file, a docker config), read by their content',
    {
      kind: 'Secret',
      stringData: {
        'app.yaml': 'endpoint: "https://billing.internal.example/api"\nretries: 3\npassword: Gr4nite-Peak',
        '.dockerconfigjson': '{"auths":{"quay.example.org":{"auth":"Ym90OnMzY3IzdC10b2tlbg=="}}}',
      },
    },
    ['https://billing.internal.example/api', 'quay.example.org'],
  );
  masks(
    'the secrets inside those documents, by their names',
    {
      kind: 'Secret',
      stringData: {
        'app.yaml': 'endpoint: "https://billing.internal.example/api"\nretries: 3\npassword: Gr4nite-Peak',
        '.dockerconfigjson': '{"auths":{"quay.example.org":{"auth":"Ym90OnMzY3IzdC10b2tlbg=="}}}',
      },
    },
    ['Gr4nite-Peak', 'Ym90OnMzY3IzdC10b2tlbg=='],
  );
  keeps(
    'the item metadata and types of a SecretList',
    {
      kind: 'SecretList',
      items: [{ metadata: { name: 'pg-creds' }, type: 'kubernetes.io/basic-auth', data: { username: 'cmVwb3J0ZXI=' } }],
    },
    ['pg-creds', 'kubernetes.io/basic-auth'],
  );
  keeps(
    'a ConfigMap data value (no Secret)',
    { kind: 'ConfigMap', metadata: { name: 'flags' }, data: { MODE: 'blue-green', REPLICAS: '3' } },
    ['blue-green'],
  );
  keeps('a data member of an object of another kind', { kind: 'SecretProviderClass', data: { objectName: 'db-pass-ref' } }, [
    'db-pass-ref',
  ]);
});

describe('Kubernetes exec requests: argv words in command= parameters', () => {
  masks(
    'a glued -p of psql-like tools (mysql) among command= words',
    '/api/v1/namespaces/db/pods/maria-0/exec?command=mariadb&command=-uadmin&command=-pTr0ub4dor&container=db',
    ['Tr0ub4dor'],
  );
  masks(
    "sshpass's -p with the password in the next command= word",
    '/api/v1/namespaces/ops/pods/jump-0/exec?command=sshpass&command=-p&command=Wint3rIsC0ming&command=ssh&command=bastion',
    ['Wint3rIsC0ming'],
  );
  keeps(
    'flags of other tools and a docker compose project name',
    '/api/v1/namespaces/ops/pods/tool-0/exec?command=docker&command=compose&command=-p&command=billing&command=ps',
    ['billing'],
  );
  masks(
    'a glued -p inside a shell line run with sh -c, percent-encoded after a cd',
    '/api/v1/namespaces/db/pods/maria-0/exec?command=%2Fbin%2Fsh&command=-c&command=cd+%2Fsrv+%26%26+mysql+-uops+-pL1ghthouse7+-e+%27show+tables%27',
    ['L1ghthouse7'],
  );
  keeps(
    'the rest of that shell line',
    '/api/v1/namespaces/db/pods/maria-0/exec?command=%2Fbin%2Fsh&command=-c&command=cd+%2Fsrv+%26%26+mysql+-uops+-pL1ghthouse7+-e+%27show+tables%27',
    ['cd+%2Fsrv+%26%26+mysql+-uops+', '+-e+%27show+tables%27'],
  );
  keeps(
    'a shell line without a secret flag',
    '/api/v1/namespaces/ops/pods/tool-0/exec?command=sh&command=-c&command=ls+-la+-p+%2Fvar%2Flog',
    ['ls+-la+-p+%2Fvar%2Flog'],
  );
  keeps('ls -p', '/api/v1/namespaces/ops/pods/tool-0/exec?command=ls&command=-la&command=-p&command=/tmp', ['-p&command=/tmp']);
});

describe('a password named after with / using in prose', () => {
  masks('with password and a value mixing letters and digits', 'Link shared by Omar with password Harbour-77!x, expires Friday', [
    'Harbour-77!x',
  ]);
  masks('using the passphrase, quoted', 'Vault unsealed using the passphrase "lantern" by ops', ['lantern']);
  keeps('with password protection', 'Folder shared with password protection enabled', ['protection enabled']);
  keeps('signed in with password and MFA', 'User signed in with password and MFA', ['password and MFA']);
});

describe('Google Cloud audit records', () => {
  keeps(
    'a service account under principalEmail and in an IAM binding member',
    {
      protoPayload: {
        authenticationInfo: { principalEmail: 'ci-runner@acme-build-42.iam.gserviceaccount.com' },
        request: { member: 'serviceAccount:1234567890-compute@developer.gserviceaccount.com' },
      },
    },
    ['ci-runner@acme-build-42.iam.gserviceaccount.com', '1234567890-compute@developer.gserviceaccount.com'],
  );
  masks(
    "a person's address beside it",
    { authenticationInfo: { principalEmail: 'ruth.bader@example.org' }, member: 'user:ruth.bader@example.org' },
    ['ruth.bader@example.org'],
  );
  masks('a look-alike domain that only starts with the service-account one', { email: 'ann@gserviceaccount.com.example.net' }, [
    'ann@gserviceaccount.com.example.net',
  ]);
  keeps(
    'authorizationInfo: the IAM check a call passed',
    { authorizationInfo: [{ resource: 'projects/acme-build-42/buckets/logs', permission: 'storage.buckets.update', granted: true }] },
    ['projects/acme-build-42/buckets/logs', 'storage.buckets.update'],
  );
  masks('an authorization header beside it', { authorization: 'Bearer ya29.a0AfB_byC8xQ-example-token-value-9f8e7d' }, [
    'ya29.a0AfB_byC8xQ-example-token-value-9f8e7d',
  ]);
});
