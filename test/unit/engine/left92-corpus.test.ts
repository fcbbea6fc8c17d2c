import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT92_CORPUS } from './fixtures/left92-corpus.js';

/**
 * Leftovers of red-team round 92 (stop 45): the record shapes of pharmacy benefit managers,
 * specialty pharmacies, hubs and mail-order pharmacies that round 92 still leaked or over-masked,
 * written again from other sources (fixtures/left92-corpus.ts cites each case's), so a fix is
 * measured on records it was not written for. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not; a base64
 * case plants the encoded text itself. The floors are what holds now; raise them, never lower them.
 * Before any fix (34 cases, 53 planted, 89 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left92-corpus.test.ts): realistic recall 0.667 (33 planted), adversarial 0.650
 * (20); look-alikes kept 0.929 (56) / 0.970 (33). Per family (recall / kept): logins 0.467 / 1.000,
 * quoted_names 0.636 / 1.000, free_text_names 0.600 / 1.000, flat_rows 0.882 / 1.000, lookalikes
 * kept 0.828 (29). The look-alikes masked before any fix: the Amplitude event name `Price Check
 * Completed` (`Price Check` read as a name), the ZIPs and streets of three head offices in a
 * configuration's return addresses (Express Scripts, Prime Therapeutics, Accredo) and the BIN
 * 004336 in `101-A1=004336 104-A4=…` (read as an international phone). Leaks before any fix:
 * people's logins under `reviewer=`, `submittedBy`, `approvedBy=`, `Agent:`, `Assigned agent:`
 * and in chat prefixes `Customer (login):` / `Patient (login):` (seven); a `memberId` beside the
 * member's first and last names; `consignee="…"`; a name as `Surname, Given` in a tracking
 * link's `rcpt=`; names in capitals after `BENEFICIARY` and `SUBSCRIBER`; lower-case names after
 * `her husband`, `caregiver is his daughter`, `his wife` and `pt` (given names no list holds);
 * hub patient ids in header-less pipe rows. The idempotence suite passed before any fix.
 * After the fixes of stop 45 (the rules listed in redteam92-corpus.test.ts): realistic 0.818,
 * adversarial 0.950; kept 0.946 / 1.000 (recall: logins 0.867, quoted_names 1.000,
 * free_text_names 0.700, flat_rows 0.882; lookalikes kept 0.897).
 * Left: `Assigned agent:` (a two-word key no configuration line reads); a `memberId` beside the
 * member's first and last names (tried, taken back: TeamSnap's `member_id` of a team member
 * stands beside `first_name` / `last_name` in round 85); lower-case given names no
 * list knows after a kin word or `pt` (`her husband leofric`, `his wife ysolde`, `pt leofric
 * cadwallader-ng`: the names40 helper's lists); hub patient ids before the name cells of
 * header-less rows (rows38 keeps ids there); the streets and ZIPs of three head offices in a
 * configuration's return addresses (the engine cannot keep a key's value from the text
 * detectors; no legal form before the street).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 92',
  'left92 corpus',
  LEFT92_CORPUS,
  {
    family: {
      logins: 0.866,
      quoted_names: 1,
      free_text_names: 0.8,
      flat_rows: 0.882,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.848, kept: 0.946 }, adversarial: { recall: 0.95, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 92', LEFT92_CORPUS);
