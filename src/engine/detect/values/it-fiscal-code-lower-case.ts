import { itFiscalCodeValid } from '../validators-ids.js';
import { regexDetector } from './helpers.js';

/**
 * Italian codici fiscali in lower or mixed case (`rssmra85t10a562s` typed into a form, or
 * `rssmRA85T10A562S`): the it_fiscal_code detector searches only the shared upper-case windows,
 * which do not reach a code without capitals or with four or more lower-case letters before its
 * first one. Searching every string with a digit for the code's shape cost 5–12% of the engine's
 * time (compare-engines), so this one runs where the text names the code (`codice fiscale`, `cf:`,
 * `c.f.`, `fiscal`), found by the shared keyword pass at no extra cost; the check letter decides.
 * A code in lower case under a field or column name (`codice_fiscale`, `cf`) is the key rules'.
 * The same pass reads a code written in its three spaced groups (`RSSMRA 85T10 A562S`, as on the
 * tessera sanitaria and in chats), in any case: one blank between the groups, the check letter
 * over the compacted code; also with the surname and name letters apart (`RCC MNL 83S18 D969H`).
 */
export const lowerCaseItFiscalCode = regexDetector({
  id: 'it_fiscal_code_lower_case',
  entity: 'IT_FISCAL_CODE',
  description: 'Italy codice fiscale in lower or mixed case, or in spaced groups',
  validation:
    'the it_fiscal_code checks (month letter, omocodia letters, check letter mod 26) after upper-casing; at least one lower-case letter or the three groups spaced (RSSMRA 85T10 A562S, RSS MRA 85T10 A562S); the text names the code (codice, fiscal, cf:, c.f.) or the ISEE means test',
  context: true,
  example: 'codice fiscale rssmra85t10a562s',
  // `isee`: the Italian means-test statement every grant and fee application sends with the
  // family's codes (`Allego ISEE per frrlcu05a01f205a`, red-team round 38).
  keywords: ['codice', 'fiscal', 'cod. fisc', 'c.f.', 'cf:', 'cf=', 'cf ', 'cf"', 'tax code', 'isee'],
  prefilter: (s) => s.text.length >= 16 && s.hasDigit,
  pattern:
    /(?<![\w-])[A-Za-z]{3} ?[A-Za-z]{3} ?[\dLMNP-Vlmnp-v]{2}[A-Za-z][\dLMNP-Vlmnp-v]{2} ?[A-Za-z][\dLMNP-Vlmnp-v]{3}[A-Za-z](?![\w])/g,
  validate: (v) => {
    const spaced = v.includes(' ');
    const code = spaced ? v.replace(/ /g, '') : v;
    // Spaced: both blanks, between the three groups, or a third between surname and name letters
    // (`RCC MNL 83S18 D969H`, red-team round 22); unspaced: some lower case (upper case is
    // it_fiscal_code's).
    if (spaced ? code.length !== v.length - 2 && (code.length !== v.length - 3 || v.charCodeAt(3) !== 32) : !/[a-z]/.test(v))
      return undefined;
    return itFiscalCodeValid(code) ? code.toUpperCase() : undefined;
  },
});
