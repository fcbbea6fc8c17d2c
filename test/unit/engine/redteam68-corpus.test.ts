import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM68_CORPUS } from './fixtures/redteam68-corpus.js';

/**
 * Sixty-eighth red-team round: collaboration content and its audit (Slack audit logs, exports and
 * DLP alerts, Teams Graph messages and Purview DLP; Microsoft 365 unified audit records and
 * eDiscovery exports; Google Workspace Reports API activities, Vault exports and Gmail log search;
 * Relativity / Everlaw / Logikcull audit and coding, legal holds, privilege logs, DAT / OPT load
 * files, deposition indexes; Zoom / Webex / Meet participant reports, Box / Dropbox / Egnyte events,
 * DocuSign / Adobe Sign envelope events). Each case cites its public source in
 * fixtures/redteam68-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.908 (142 planted),
 * adversarial 0.809 (131); look-alikes kept 0.969 (166) / 0.968 (94). Per family (recall / kept):
 * chat_platforms 0.867 / 1.000, m365_unified_audit 0.862 / 1.000, google_workspace 0.933 / 0.918,
 * ediscovery_legal 0.811 / 0.979, meetings_files 0.845 / 0.947. (The corpus plants 273 values and
 * 260 look-alikes in 85 cases, more than the brief's 200 / 100; it was not cut.) The idempotence
 * suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-eighth round',
  'red-team corpus 68',
  REDTEAM68_CORPUS,
  {
    family: {
      chat_platforms: 0.943,
      m365_unified_audit: 0.941,
      google_workspace: 0.933,
      ediscovery_legal: 0.849,
      meetings_files: 0.943,
    },
    slice: { realistic: { recall: 0.971, kept: 0.969 }, adversarial: { recall: 0.870, kept: 0.978 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-eighth round', REDTEAM68_CORPUS);
