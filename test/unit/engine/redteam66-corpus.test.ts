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
      k8s_audit: 0.953,
      ci_logs: 0.872,
      scm_audit: 0.769,
      cloud_control_plane: 0.93,
      iac_and_config: 0.948,
    },
    slice: { realistic: { recall: 0.954, kept: 0.947 }, adversarial: { recall: 0.823, kept: 0.932 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-sixth round', REDTEAM66_CORPUS);
