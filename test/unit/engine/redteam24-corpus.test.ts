import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM24_CORPUS } from './fixtures/redteam24-corpus.js';

/**
 * Twenty-fourth red-team round: values as people type them in support chats, tickets, e-mails,
 * voice-to-text transcripts, AI-assistant prompts and agent scratchpads — spelled out, spaced,
 * disguised and split. Each case cites its public source in fixtures/redteam24-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.604 (111 planted),
 * adversarial 0.411 (90); look-alikes kept 0.964 (84) / 0.962 (26). Per family (recall / kept):
 * contact 0.609 / 0.974, payments 0.614 / 1.000, ids 0.613 / 0.923, credentials 0.439 / 1.000,
 * people 0.308 / 0.875.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-fourth round',
  'red-team corpus 24',
  REDTEAM24_CORPUS,
  {
    family: { contact: 0.608, payments: 0.613, ids: 0.612, credentials: 0.439, people: 0.307 },
    slice: { realistic: { recall: 0.603, kept: 0.964 }, adversarial: { recall: 0.411, kept: 0.961 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-fourth round', REDTEAM24_CORPUS);
