import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM59_CORPUS } from './fixtures/redteam59-corpus.js';

/**
 * Fifty-ninth red-team round: what AI agents' tools send and return, as activity logs record them
 * (coding agents' shell results, file reads, edits and diffs; ops agents' SQL / CRM / browser /
 * e-mail / calendar / search results; framework traces). Each case cites its public source in
 * fixtures/redteam59-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.973 (150 planted),
 * adversarial 0.943 (106); look-alikes kept 0.947 (115) / 1.000 (59). Per family (recall / kept):
 * shell_env_dumps 1.000 / 0.977, config_file_reads 0.883 / 0.969, code_edits_diffs 1.000 / 0.900,
 * business_tool_results 0.972 / 0.972, framework_traces 0.946 / 1.000. (The corpus plants 256
 * values and 174 look-alikes, more than the brief's 200 / 100; it was not cut.) Leaks: WordPress
 * `define('LOGGED_IN_KEY' | 'NONCE_SALT', …)` salts, `"Jwt": {"Key": …}` in an appsettings.json
 * read, a Kubernetes `- name: REDIS_PASSWORD / value: …` env pair in YAML text, a web.config
 * `<add key="StorageAccountKey" value="…"/>`, an Indian street (`14 3rd Cross`), names after
 * `Welcome back,`, as a single surname after a `"Last name"` textbox, under `'name'` in a Python
 * repr and under `display` in fenced JSON. Look-alikes masked: env / secret-store references in
 * edits (`process.env.SENDGRID_API_KEY`, `os.environ["DJANGO_SECRET_KEY"]`, `${{ secrets.X }}`),
 * an Azure connection string's public parts (`core.windows.net`), a cluster's private API address
 * (`https://10.96.0.1:6443`), a `patient_id` (read as a medical record number).
 * After this round's fixes (reads of the environment or a secret store are placeholders, not values:
 * `process.env.X`, `os.environ["X"]`, `os.getenv("X")`, `ENV.fetch("X")`, `${{ secrets.X }}`; a YAML
 * `value:` named by the `- name:` line above it; a bare `key` member read with its parent's name
 * (`Jwt.Key`); field names `jwt key`, WordPress `logged in key` / `nonce salt`…, `storage account
 * key`; tags whose `key` / `name` attribute names their `value` attribute (web.config `<add>`,
 * Spring `<property>`, HTML `<input>`); form fields of accessibility snapshots (`- textbox "Last
 * name" [ref=…]: …`); a bare `name` in a Python repr beside a phone or a person field; `Welcome
 * back,` as a lead before a name; a connection string of `Name=value;` settings loses only its
 * secret settings): realistic 0.993, adversarial 0.990; kept 0.982 / 1.000 (recall: shell_env_dumps,
 * config_file_reads, code_edits_diffs and business_tool_results 1.000, framework_traces 0.964).
 * Known leaks left, by record shape: an Indian street address in a tool output line (`Address: 14
 * 3rd Cross, Indiranagar, Bengaluru 560038`: the street line has no street word we know); a name
 * under a `display` member of a requester in JSON inside a markdown code fence in a string.
 * Look-alikes still masked: a cluster's private API address (`https://10.96.0.1:6443`, IPs are
 * masked by policy), a `patient_id` under a health record (read as a medical record number, which
 * it may well be).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-ninth round',
  'red-team corpus 59',
  REDTEAM59_CORPUS,
  {
    family: {
      shell_env_dumps: 1,
      config_file_reads: 1,
      code_edits_diffs: 1,
      business_tool_results: 1,
      framework_traces: 0.982,
    },
    slice: { realistic: { recall: 0.993, kept: 0.982 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-ninth round', REDTEAM59_CORPUS);
