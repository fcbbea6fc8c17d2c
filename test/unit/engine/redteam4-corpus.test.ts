import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM4_CORPUS } from './fixtures/redteam4-corpus.js';

/**
 * Fourth red-team round (issues 13, 14): recall per entity family and look-alikes kept, in record
 * shapes the first three rounds did not use (CloudTrail, Kubernetes audit, containers, proxies,
 * mail and SSH logs, PowerShell 4104, connection strings and JDBC URLs, Hibernate / Python /
 * Sentry traces, Rails / Django request logs, ISO 20022 / MT103, CSV in JSON, mail headers,
 * vCard / iCalendar, support chats in six languages, telematics, crypto withdrawals); each case
 * cites its public source in fixtures/redteam4-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fourth round (issues 13, 14)',
  'red-team corpus 4',
  REDTEAM4_CORPUS,
  {
    family: { passwords: 1, contact: 1, names: 1, national_ids: 1, api_keys: 1, payment: 1, lookalikes: 1 },
    slice: { realistic: { recall: 1, kept: 0.988 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fourth round', REDTEAM4_CORPUS);
