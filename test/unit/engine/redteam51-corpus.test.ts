import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM51_CORPUS } from './fixtures/redteam51-corpus.js';

/**
 * Fifty-first red-team round: SaaS and cloud audit logs, round two (identity-provider sign-in and
 * directory-audit events, SCIM, Microsoft 365 / Slack / Zoom / Atlassian / Box / Dropbox /
 * Salesforce / Zendesk audit exports, GitHub / GitLab audit events, CloudTrail, GCP Cloud Audit
 * Logs, Azure Activity Log and Key Vault, Kubernetes audit events). Each case cites its public
 * source in fixtures/redteam51-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Decision: a corporate user's e-mail or UPN is personal data (planted as a secret); a service
 * principal's address (`…@…iam.gserviceaccount.com`, `system:serviceaccount:…`) is a look-alike.
 * Before any fix for this round (the held-out estimate): realistic recall 0.993 (134 planted),
 * adversarial 0.958 (119); look-alikes kept 0.978 (136) / 0.985 (68). Per family (recall / kept):
 * idp_signin 1.000 / 1.000, saas_audit 0.972 / 1.000, scm_audit 1.000 / 1.000,
 * cloud_control_plane 1.000 / 0.926, kubernetes_audit 0.852 / 1.000. (The corpus plants 253 values
 * and 204 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite
 * passed before any fix. Misses: a Kubernetes Secret's `data` value under a neutral key
 * (`username: YWRtaW4=`, also inside the kubectl last-applied-configuration annotation) and a
 * `stringData` value under a neutral key; a password glued to `-p` in a pods/exec requestURI
 * (`command=-pmy-secret-pw`); a person's name as a UNC file name (`\\fs01\pst$\<name>.pst`); a
 * password after `with password` in prose. Look-alikes masked: GCP service-account addresses
 * (`…@…iam.gserviceaccount.com`, three cases) read as e-mails; GCP `authorizationInfo[].resource`
 * and `.permission` (`resourcemanager.projects.setIamPolicy`) read as secrets.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-first round',
  'red-team corpus 51',
  REDTEAM51_CORPUS,
  {
    family: { idp_signin: 1, saas_audit: 0.971, scm_audit: 1, cloud_control_plane: 1, kubernetes_audit: 0.851 },
    slice: { realistic: { recall: 0.992, kept: 0.977 }, adversarial: { recall: 0.957, kept: 0.985 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-first round', REDTEAM51_CORPUS);
