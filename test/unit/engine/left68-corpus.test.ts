import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT68_CORPUS } from './fixtures/left68-corpus.js';

/**
 * Leftovers of red-team round 68 (stop 39): the record shapes round 68 still leaked or over-masked
 * (collaboration content and its audit), written again from other sources (fixtures/left68-corpus.ts
 * cites each case's), so a fix is measured on records it was not written for. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (42 cases; CI=true npx vitest run --project unit test/unit/engine/left68-corpus.test.ts):
 * realistic recall 0.500 (16 planted), adversarial 0.250 (28); look-alikes kept 1.000 (46) / 1.000
 * (44). Per family (recall / kept): named_in_notes 0.733 / 1.000, lower_case_chat 0.000 / 1.000,
 * load_files 0.143 / 1.000, encoded 0.250 / 1.000, devices 0.500 / 1.000, lookalikes - / 1.000
 * (32). Two bot addresses (`notification-bot@…`, `facilities-bot@…`) were taken out of the
 * look-alikes before the first run: the policy masks every address but system ones.
 * After the fixes of stop 39 (person-names.ts PHRASE_LEADS and names in capitals after a caption
 * lead in a long run; lower-case-names.ts role leads with double-barrelled or unknown surnames and
 * person_name_email_spelled; residence-street.ts street_line_lower; file-names.ts lower-case names
 * in personal file names and glued custodian folders; mail-body.ts / engine.ts RFC 2047
 * encoded-words and base64 JSON envelopes read decoded; device-owner-names.ts
 * device_host_owner_name; mailbox.ts concordance_reversed_name): realistic 0.938, adversarial
 * 0.857; kept 1.000 / 1.000 (recall: named_in_notes 1.000, lower_case_chat 0.714, load_files
 * 1.000, encoded 0.750, devices 1.000). Left: lower-case names with no role word right before them
 * (`badge for anneliese okonkwo-barth` in a text without a digit, `contractor this week is lukas
 * hrdlicka`, `called user back - jovana petrovic -`), a lower-case street ending in `close` (a
 * verb of prose too), and a base64 Event Hubs body whose person stands under a bare `user` member
 * (a full name under `user` that no list knows is not read as a person's, decoded or not).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 68',
  'left68 corpus',
  LEFT68_CORPUS,
  {
    family: {
      named_in_notes: 1,
      lower_case_chat: 0.714,
      load_files: 1,
      encoded: 1,
      devices: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.937, kept: 1 }, adversarial: { recall: 0.892, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 68', LEFT68_CORPUS);
