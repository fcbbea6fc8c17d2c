import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT98_CORPUS } from './fixtures/left98-corpus.js';

/**
 * Leftovers of red-team round 98 (stop 46): the record shapes of churches, associations and
 * membership organisations that round 98 still leaked or over-masked, written again from other
 * vendors' records, other languages and other records of the same shape (fixtures/left98-corpus.ts
 * cites each case's source), so a fix is measured on records it was not written for. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (41 cases, 99 planted, 149 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left98-corpus.test.ts): realistic recall 0.808 (26 planted), adversarial 0.616
 * (73); look-alikes kept 0.880 (50) / 0.929 (99). Per family (recall / kept): custom_fields 0.500 /
 * 1.000, lower_prose 0.286 / 0.943, labels 0.864 / 0.950, rows_ids 1.000 / 0.750, lookalikes kept
 * 0.909 (33). The two walks agreed on every case; the idempotence suite passed.
 * Leaks before any fix: birth dates under custom-field ids no name explains (Pipedrive's 40-hex
 * keys, Planning Center `FieldDatum.value`, Rock `AttributeValue.Value` / `ValueAsDateTime`,
 * Zendesk `custom_fields[].value`, Jira `customfield_NNNNN`, a Typeform `date` answer, Breeze
 * `details`, Salesforce `Field_17__c`) and a name under `customfield_NNNNN`; lower-case names in
 * prose: given names alone after `thank you,`, `su esposo`, `ihr mann`, `her hubby`, `pray for`,
 * `drove`, names after `hna.` and `frau`, after a date with no lead word, after `for … is` and
 * `to`, `surname, given` after `for`, given names no list holds (`zephyrine`, `caedmon`); lower-case
 * streets with a USPS suffix (`trace`, `hollow`); a single given name after French `Prénom :`.
 * The look-alikes masked before any fix: `Harvest Fair` after `served at the` and `Natal
 * Solidário` after `campanha` (persons), `chemo` (a health condition), nine-digit person ids first
 * in pipe rows (SSNs), learner ids under `learner_id` / `learnerId` (student ids), `Winter Camp` /
 * `Camp Joy` in event and team names, `Carol Sing` and `Faith Walk` in fund names (persons),
 * `(leer)` after `Vorname:`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 98',
  'left98 corpus',
  LEFT98_CORPUS,
  {
    family: {
      custom_fields: 0.5,
      lower_prose: 0.285,
      labels: 0.863,
      rows_ids: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.807, kept: 0.88 }, adversarial: { recall: 0.616, kept: 0.929 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 98', LEFT98_CORPUS);
