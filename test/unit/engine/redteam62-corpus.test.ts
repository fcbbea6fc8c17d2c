import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM62_CORPUS } from './fixtures/redteam62-corpus.js';

/**
 * Sixty-second red-team round: the moderation, safety and activity records of social, dating and
 * community platforms (Discord / Reddit / Twitch / YouTube mod logs and AutoMod events, classifier
 * results with the offending text, appeals, law-enforcement and NCMEC request logs, DSA / NetzDG
 * notices; dating-app ID and photo verification, user reports, romance-scam detections, check-ins;
 * creator payouts, tax forms and subscriber exports; Discourse / phpBB staff logs and account
 * recovery tickets; WhatsApp / Telegram / Discord / Slack chat exports). Each case cites its public
 * source in fixtures/redteam62-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.934 (121 planted),
 * adversarial 0.891 (119); look-alikes kept 0.981 (106) / 1.000 (49). Per family (recall / kept):
 * mod_reports 0.926 / 0.959, dating_safety 0.851 / 1.000, creator_payouts 0.959 / 1.000,
 * forum_staff_logs 0.913 / 1.000, chat_exports 0.909 / 1.000. (The corpus plants 240 values and
 * 155 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-second round',
  'red-team corpus 62',
  REDTEAM62_CORPUS,
  {
    family: {
      mod_reports: 0.925,
      dating_safety: 0.851,
      creator_payouts: 0.959,
      forum_staff_logs: 0.913,
      chat_exports: 0.909,
    },
    slice: { realistic: { recall: 0.933, kept: 0.981 }, adversarial: { recall: 0.89, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-second round', REDTEAM62_CORPUS);
