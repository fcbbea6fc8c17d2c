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
 * After this round's fixes (every `data` value and one-token `stringData` value of a Kubernetes
 * Secret, and the `data` of each item of a SecretList, whatever its key, evidence `structure:kubernetes_secret`; argv words of an
 * exec request's `command=` parameters, and the words of a `sh -c` line in one of them, read with
 * the command-line tool table; `with password X`
 * in prose; `…@…gserviceaccount.com` no person's e-mail on the value and the key paths;
 * `authorizationInfo` no credential): realistic 1.000, adversarial 0.992; kept 1.000 / 1.000
 * (recall: idp_signin 1.000, saas_audit 0.986, scm_audit 1.000, cloud_control_plane 1.000,
 * kubernetes_audit 1.000).
 * Known leaks left, by record shape: a person's name as a whole file name without a document word
 * and without `_` / `-` (`\\fs01\pst$\Johanna Lorenz.pst` of a mailbox export: the file-name
 * reader opens only on glued names and document extensions, `.pst` is none); a shell line of an
 * exec request with a non-ASCII escape in it is not read (its encoded form does not map back one
 * character to one); not planted but seen while probing: IAM user names and user ARNs that hold a
 * person's login (`userName: alice.wong`, `arn:aws:iam::…:user/alice.wong`) stay, as usernames do
 * by design. Look-alikes still masked: none in this corpus.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-first round',
  'red-team corpus 51',
  REDTEAM51_CORPUS,
  {
    family: { idp_signin: 1, saas_audit: 1, scm_audit: 1, cloud_control_plane: 1, kubernetes_audit: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-first round', REDTEAM51_CORPUS);
