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
 * Fixes of stop 47: a new detector form_name_block (a name filled in on a form's name block whose
 * title states the parts' order: DD-214, NGB-22, VA 21P-530EZ, the US Standard Certificate of
 * Death, burial-transit permits; form-name-blocks.ts); `nom` / `nome` / `nombre` beside the key of
 * the name's other half in the same line (`prenom`, `cognome`, `apellidos`: bare-name-pair.ts); a
 * rank alone under an address-line key kept (`LT COL`, `SGT`, `CPL` of an inscription: types.ts
 * keptUnderKey); a funeral home's, crematory's or cemetery's office after its name kept
 * (addresses.ts DEATH_CARE_OFFICE_BEFORE); memorial products' head nouns (`Urn`, `Lantern`,
 * `Keepsake`) in the organisation words and `forever`, `lawn` as stop words (`Forever Rose Urn`,
 * `Forest Lawn Memorial Park` stay); the condolence leads `thinking of`, `praying for`, `prayers
 * for`, `condolences to` and the Italian and Portuguese notice leads and kin words (`scomparsa di`,
 * `ricordo di`, `memoria di`, `moglie`, `marito`, `figlio`, `figlia`, `filho`, `filha`, `viúva`:
 * person-names.ts, weak); lower-case leads `signed by`, `attested by`, `grandkids`,
 * `grandchildren` (lower-case-names.ts); `informações`, `informaciones`, `per info`, `per
 * informazioni` as phone words (pii.ts).
 * After the fixes: realistic 0.756, adversarial 0.730; kept 0.975 / 0.984 (recall: given_names
 * 0.765, caps_blocks 1.000, lower_names 0.632, flat_rows 0.125, foreign_forms 0.857; lookalikes
 * kept 0.971).
 * Known leaks left: a given name in parentheses after `I` (`My brother and I (Evangelina)`) and a
 * signature after `- ` with a possessive (`- Anastasia (Gwendolyn's daughter)`); `Auntie Philippa`
 * (a capitalised kin word reads as part of the run); lower-case names with no lead or a lead the
 * lists cannot back (`eligibility: thorvald e brannigan`, a note opening `gallowglass, henrietta`,
 * `re: marchetti-odum, evangeline`, `aunt rosalba & cosimo delacourt`, `signed by ottoline
 * farquharson` whose given name no list knows); the login after `reviewed by`; header-less rows
 * (decision: rows38 keeps ids and lower-case cells of header-less rows; a nine-digit SSN and a
 * compact date beside two lower-case words are no evidence a fix could read without masking
 * inventory rows such as `PLT-04417|sunrise garden|…`); `Sus hijos, Íñigo y …` and a Madrid
 * number after `Tanatorio:` (no phone word; a funeral parlour's line); the second copy of a Korean
 * name after a bank account. Look-alikes still masked: an `In-Reply-To` member's `<CAF…@…>`
 * (decision: the e-mail detector sees the value, not the member's name, and a person's address
 * alone in brackets stays one), the hymn `Precious Lord, Take My Hand` (`Precious` is a given name).
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
      given_names: 0.764,
      caps_blocks: 1,
      lower_names: 0.631,
      flat_rows: 0.5,
      foreign_forms: 0.857,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.822, kept: 0.975 }, adversarial: { recall: 0.729, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 101', LEFT101_CORPUS);
