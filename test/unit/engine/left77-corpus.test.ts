import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT77_CORPUS } from './fixtures/left77-corpus.js';

/**
 * Leftovers of red-team round 77 (stop 42): the record shapes round 77 still leaked or over-masked
 * (legal practice management, courts and e-filing), written again from other sources
 * (fixtures/left77-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (46 cases, 51 planted values and 74 look-alikes; CI=true npx vitest run --project
 * unit test/unit/engine/left77-corpus.test.ts): realistic recall 0.500 (20 planted), adversarial
 * 0.581 (31); look-alikes kept 0.900 (40) / 1.000 (34). Per family (recall / kept): unlisted_names
 * 0.786 / 1.000, search_terms 0.273 / 1.000, lower_case_leads 0.385 / 1.000, wrapped_names 0.692 /
 * 1.000, lookalikes 1.000 / 0.846 (26). The look-alikes masked before any fix: courts' public
 * addresses under `venue` / `location` / `hearing_location` (`Royal Courts` of Justice read as a
 * person, `40 Foley Square` and `10007`, `M60 9DJ`). The idempotence suite passed before any fix.
 * After the fixes of stop 42 (the rules listed in redteam77-corpus.test.ts): realistic 0.750,
 * adversarial 0.935; kept 1.000 / 1.000 (recall: unlisted_names 0.857, search_terms 0.818,
 * lower_case_leads 0.923, wrapped_names 0.846; lookalikes kept 1.000).
 * Left: given names the lists lack under a person parent with no other sign (`Corentin Whitlow`,
 * `Ffion Aldergrove`: the names40 helper's); a surname-first pair whose given name no list knows
 * under `q=` (`Kowalczyk+Bronislawa`); a name in quotes after `searched`; a capitalised name after
 * `… will be` (`Signatory for the buyer will be Dragomir …`: `will be` leads anything); a
 * surname in capitals, a comma and the given name on the next line.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 77',
  'left77 corpus',
  LEFT77_CORPUS,
  {
    family: {
      unlisted_names: 0.857,
      search_terms: 0.818,
      lower_case_leads: 0.923,
      wrapped_names: 0.923,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.8, kept: 1 }, adversarial: { recall: 0.935, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 77', LEFT77_CORPUS);
