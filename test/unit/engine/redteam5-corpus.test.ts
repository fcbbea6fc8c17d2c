import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM5_CORPUS } from './fixtures/redteam5-corpus.js';

/**
 * Fifth red-team round: recall per entity family and look-alikes kept, in record shapes the first
 * four rounds did not use (Okta System Log debugData, GitHub Actions job logs and audit-log token
 * events, GitLab audit events, Google Workspace Reports, Entra sign-in rows, the Microsoft 365
 * unified audit log, GCP service-account keys and Secret Manager, Azure Activity Log bodies,
 * Cloudflare Logpush, Auth0 tenant logs, Slack Audit Logs, Salesforce event logs, Stripe / Twilio /
 * SendGrid webhooks, Terraform plan JSON, Helm values and Kubernetes Events, HAR, Postman,
 * OpenAI / Anthropic request logs with tool calls, MCP, LangChain / LangSmith); each case cites its
 * public source in fixtures/redteam5-corpus.ts. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them. No known leak is left: Twilio's
 * documented `+15558675310` (libphonenumber: no valid NANP number) is masked as a possible number,
 * and the bare password returned by a tool call that read a Kubernetes Secret is masked by the
 * command before it (structure/secret-output.ts). The Japanese mobile in national format under a CSV `phone` column is masked by the CSV handler
 * (structure/csv.ts).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifth round',
  'red-team corpus 5',
  REDTEAM5_CORPUS,
  {
    family: { passwords: 1, contact: 1, names: 1, national_ids: 1, api_keys: 1, payment: 1, lookalikes: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifth round', REDTEAM5_CORPUS);
