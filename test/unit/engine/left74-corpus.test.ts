import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT74_CORPUS } from './fixtures/left74-corpus.js';

/**
 * Leftovers of red-team round 74 (stop 42): the record shapes round 74 still leaked or over-masked
 * (HR case management, workplace investigations and whistleblowing hotlines), written again from
 * other sources (fixtures/left74-corpus.ts cites each case's), so a fix is measured on records it
 * was not written for. A planted value counts as found only if no raw copy of it remains anywhere
 * in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise
 * them, never lower them.
 * Before any fix (37 cases, 80 planted values and 84 look-alikes; CI=true npx vitest run --project
 * unit test/unit/engine/left74-corpus.test.ts): realistic recall 0.630 (27 planted), adversarial
 * 0.415 (53); look-alikes kept 0.718 (39) / 1.000 (45). Per family (recall / kept): role_names
 * 0.391 / 1.000, wrapped_names 0.500 / 1.000, field_answers 0.500 / 1.000, hotline_keys 0.308 /
 * 1.000, escaped_phones 0.778 / 1.000, lookalikes 0.636 / 0.560 (25). The look-alikes masked
 * before any fix: three integration accounts in a sys_audit CSV's user column, three role
 * mailboxes, head-office streets and postcodes (Unilever, SAP SE, Microsoft, Philips). The
 * idempotence suite passed before any fix.
 * After the fixes of stop 42 (the rules listed in redteam74-corpus.test.ts): realistic 0.926,
 * adversarial 0.906; kept 0.974 / 1.000 (recall: role_names 1.000, wrapped_names 1.000,
 * field_answers 0.583, hotline_keys 1.000, escaped_phones 1.000, lookalikes 0.818; lookalikes kept
 * 0.960).
 * Left: identifiers under HRIS custom fields that say nothing of them (a BSN under
 * `customString3`, a personnummer under `custom4012`, an Austrian VNR under a Workday
 * `Field_1`: no word names them, and a rule on the bare value would mask the position numbers and
 * cost centres such fields hold as often); a SurveyMonkey answer that is only a name with neither
 * word in the lists (`answers[].text` also holds every other answer); `Fahlström, Ingegerd` under
 * `displayName` (a display name names groups and apps too); names in header-less evidence rows
 * whose given name the lists lack. Look-alike still masked: `100 Victoria Embankment` (`Victoria`
 * read as a given name before a street word the person reader does not know).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 74',
  'left74 corpus',
  LEFT74_CORPUS,
  {
    family: {
      role_names: 1,
      wrapped_names: 1,
      field_answers: 0.583,
      hotline_keys: 1,
      escaped_phones: 1,
      lookalikes: 0.818,
    },
    slice: { realistic: { recall: 0.925, kept: 0.974 }, adversarial: { recall: 0.905, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 74', LEFT74_CORPUS);
