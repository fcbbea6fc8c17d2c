import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM66_CORPUS } from './fixtures/redteam66-corpus.js';

/**
 * Sixty-sixth red-team round: the audit records of CI/CD, Kubernetes and the clouds' control
 * planes (Kubernetes API-server audit events with Secrets, ConfigMaps, Pod / Deployment `env` and
 * `kubectl exec` URIs, admission denials, Argo CD / Flux events; GitHub Actions / GitLab CI /
 * Jenkins / CircleCI / Buildkite job logs; GitHub / GitLab / Bitbucket audit events, push and
 * secret-scanning payloads, webhook deliveries; AWS CloudTrail, GCP Cloud Audit Logs, Azure
 * Activity Log and ARM deployments; Terraform, Helm, Ansible, Pulumi, docker, Packer and
 * cloud-init output). Each case cites its public source in fixtures/redteam66-corpus.ts. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.954 (111 planted),
 * adversarial 0.823 (113); look-alikes kept 0.947 (171) / 0.932 (89). Per family (recall / kept):
 * k8s_audit 0.953 / 0.962, ci_logs 0.872 / 0.977, scm_audit 0.769 / 0.940, cloud_control_plane
 * 0.930 / 0.912, iac_and_config 0.948 / 0.930. (The corpus plants 224 values and 260 look-alikes in
 * 92 cases.) The idempotence suite passed before any fix.
 * After this round's fixes (an audit event's `actor`, and its `user` beside an `actor`, as logins;
 * the CI variables GITHUB_ACTOR / GITLAB_USER_LOGIN / CIRCLE_USERNAME; a full name written as a login
 * after "by" / "por"; pipeline, token-user and platform accounts kept (`kubernetes-admin`,
 * `web-flow`, `gitlab-ci-token`, `…-pipeline`, `hr-admin-07`); a repository's `owner/name` under
 * `full_name` kept; AWS `ClientRequestToken` and a credential's `expiration` kept; a bootstrap
 * Secret's flags and times kept; base64 words decoding to a credential or a vendor token in text
 * that speaks of base64; cloud-config `chpasswd` list passwords; `pw` names; tool-table long flags
 * in argv arrays, `redis-server --requirepass`): realistic 0.990, adversarial 0.920; kept 0.982 /
 * 0.955 (recall: k8s_audit 0.976, ci_logs 0.936, scm_audit 0.903, cloud_control_plane 0.976,
 * iac_and_config 1.000).
 * Known leaks left, by record shape: header-less CSV rows of a GitHub audit-log export (logins in
 * bare cells); a login in parentheses after a Jenkins user's name; a token split by the runner's
 * line wrap (the second half); a malformed `github_pat_` value (not GitHub's documented length);
 * an AWS secret key glued to its key id by `/` in a comment; a double percent-encoded password
 * inside a URL-encoded exec command; a lower-case full name under GitLab's `author_name`; a
 * password quoted after French `mot de passe fourni`. Look-alikes still masked: the HMAC in
 * `X-Hub-Signature-256` (a `signature` name), role mailboxes (`grafana@example.com`,
 * `platform-team@…`: e-mails are masked), a host inside a masked `secretString`, Secret Manager's
 * `dataCrc32c` (masked by design beside the payload), a secret's name after `auth-secret=`, and
 * Pulumi's secret-signature value under a `password` object.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-sixth round',
  'red-team corpus 66',
  REDTEAM66_CORPUS,
  {
    family: {
      k8s_audit: 1,
      ci_logs: 0.957,
      scm_audit: 0.903,
      cloud_control_plane: 0.976,
      iac_and_config: 1,
    },
    slice: { realistic: { recall: 0.99, kept: 0.982 }, adversarial: { recall: 0.938, kept: 0.966 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-sixth round', REDTEAM66_CORPUS);
