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
 * After this pass's fixes (stop 46): birth dates (a date at least 14 years old) and names under
 * custom fields that only an id names, in both walks (structure/form-answer-ids.ts
 * customFieldIdKind / customFieldBirthDate, engine.ts; Pipedrive's 40-hex keys, `customfield_N`,
 * `Field_N__c`, numeric profile-field ids; a bare `value` / `ValueAsDateTime` beside Rock's
 * `AttributeId`, a FieldDatum's `file` or under `custom_fields`, and a form's `date` answer beside
 * `type: "date"`: structure/bare-name-columns.ts); a given name after `hubby` and after Spanish,
 * Portuguese and German kin words behind a third person's possessive, and one no list holds before
 * the clause's verb (person_name_kin_given); a given name after thanks (person_name_thanks_given,
 * new); a dated log entry's name (person_name_lower_dated, new); `hna.` / `hermano` / `irmão`
 * (person_name_lower_fellowship); `surname, given` after `for` in a record
 * (person_name_lower_customer); `Prénom :` as a name label (person_name); subdivision suffixes
 * (`trace`, `hollow`, `bend`, `crossing`…) after `moved to`, `now at`, `mailed to`
 * (residence_street); event nouns (`Potluck`, `Fundraiser`, `Solidário`) are no names
 * (person-name-stop.ts). Realistic 1.000, adversarial 0.863; kept 0.880 / 0.939 (recall:
 * custom_fields 1.000, lower_prose 0.643, labels 1.000, rows_ids 1.000; kept: custom_fields 1.000,
 * lower_prose 0.943, labels 1.000, rows_ids 0.750, lookalikes 0.909).
 * Known leaks left: lower-case names whose given name no list holds and that no lead or kin word
 * opens (`ysolde marwick-penn` after a date, `perpetua can't`, `ulrike moved`, `pray for
 * zephyrine`, `little caedmon's`), after `to` in prose (`dropped lasagna to griselda …`, `drove
 * anneliese to`: `to` leads everything), after `for … is` (`the new cell for leocadio brightwater
 * is`), after `frau` with a given name no list holds (`frau hildegund obermaier-kaya`), and
 * `fitzwilliam, honoria` (neither word a listed given name nor surname).
 * Look-alikes still masked, by decision: a learner id under `learner_id` / `learnerId` (SCORM's
 * `cmi.learner_id` is a student id: keys.ts, round 38); nine-digit person ids first in a
 * header-less pipe row (the SSA's structure allows them, and payroll rows carry SSNs first);
 * `Winter Camp`, `Camp Joy`, `Carol Sing`, `Faith Walk`, `Harvest Fair` (`Camp`, `Sing`, `Walk`,
 * `Fair` are surnames: a stop word would unmask `Mr. Fair`); `chemo` (a treatment the policy
 * reads as health data); `(leer)` after `Vorname:` (a configuration line's value, as `Name:
 * Unknown` is).
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
      custom_fields: 1,
      lower_prose: 0.642,
      labels: 1,
      rows_ids: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.88 }, adversarial: { recall: 0.863, kept: 0.939 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 98', LEFT98_CORPUS);
