import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT101_CORPUS } from './fixtures/left101-corpus.js';

/**
 * Leftovers of red-team round 101 (stop 47): the record shapes of funeral homes, cemeteries,
 * veterans' burial offices and memorial services that round 101 still leaked or over-masked,
 * written again from other sources (fixtures/left101-corpus.ts cites each case's), so a fix is
 * measured on records it was not written for. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors
 * are what holds now; raise them, never lower them.
 * Before any fix (39 cases, 82 planted, 103 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left101-corpus.test.ts): realistic recall 0.578 (45 planted), adversarial 0.514
 * (37); look-alikes kept 0.900 (40) / 0.889 (63). Per family (recall / kept): given_names 0.647 /
 * 0.947, caps_blocks 0.600 / 1.000, lower_names 0.474 / 1.000, flat_rows 0.125 / 1.000,
 * foreign_forms 0.524 / 1.000, lookalikes kept 0.706 (34). The idempotence suite passed before
 * any fix, and the two walks agree on every object case.
 * Leaks before any fix: single given names after `I (…)`, `Praying for`, `Thinking of`, `Auntie`,
 * a signature after `- ` and a possessive `(Gwendolyn's daughter)`; names in capitals after a
 * form's numbered name title that states the order (`1. NAME (Last, First, Middle)`, `1. LAST NAME
 * - FIRST NAME - MIDDLE NAME`, `1. DECEASED VETERAN'S NAME (First, Middle Initial, Last)`, `1. NAME
 * OF DECEASED (Last, First, Middle)`); lower-case names after `signed by`, `attested by`, `aunt`,
 * `are … and …`, `& `, after `eligibility:` and `re:`, and a note opening `surname, given`; the
 * login after `reviewed by`; header-less lower-case pipe / tab rows (given, surname, a nine-digit
 * SSN, a compact birth date) and the first whole-name cell of a header-less CSV; the Italian
 * `scomparsa di` / `la moglie`, a Spanish `Sus hijos, Íñigo y …`, the second copy of a Korean name
 * after a bank account, a given name under `nombre=` / `nome=` and a surname under `nom=` in a
 * URL-encoded form body; BR, ES and IT fixed-line numbers after a name or `info` / `Tanatorio:`.
 * The look-alikes masked before any fix: ranks under a headstone inscription's `line2` (`SGT`,
 * `CPL`: an address line), an `In-Reply-To` message id (an e-mail address), cemeteries' public
 * business streets after their names (Green-Wood, Forest Lawn, Lake View, Arlington), `Forest
 * Lawn` and the product names `Forever Rose Urn`, `Amazing Grace Memorial Lantern` and the hymn
 * `Precious Lord, Take My Hand` (persons).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 101',
  'left101 corpus',
  LEFT101_CORPUS,
  {
    family: {
      given_names: 0.647,
      caps_blocks: 0.6,
      lower_names: 0.473,
      flat_rows: 0.125,
      foreign_forms: 0.523,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.577, kept: 0.9 }, adversarial: { recall: 0.513, kept: 0.888 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 101', LEFT101_CORPUS);
