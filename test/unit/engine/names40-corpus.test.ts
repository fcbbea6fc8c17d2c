import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { NAMES40_CORPUS } from './fixtures/names40-corpus.js';

/**
 * People's names the given-name lists do not hold, or written in ways the name rules do not read
 * (stop 40): fixtures/names40-corpus.ts cites each case's source. A planted value counts as found
 * only if no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped
 * or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (77 cases; CI=true npx vitest run --project unit test/unit/engine/names40-corpus.test.ts):
 * realistic recall 0.564 (94 planted), adversarial 0.306 (36); look-alikes kept 0.979 (95) / 0.900
 * (60). Per family (recall / kept): lower_case 0.083 / 1.000, particles 0.700 / 0.939, split_lines
 * 0.286 / 0.944, foreign_leads 0.963 / 1.000, signoffs 0.500 / 0.826, echoes 0.118 / 0.955. The
 * idempotence suite passed before any fix.
 * After the fixes of stop 40 (unlisted-names.ts: person_name_unlisted_lower, lower-case names no
 * list holds after a person's label, an introducing phrase, a lower-case title or a role word,
 * with particles, inner apostrophes and hyphens; person_name_quoted_echo, names quoted in a name
 * check's or a name change's message; person-names.ts: a surname wrapped to the next line after a
 * lead, the line after `-- `, `Mac` / `Mc` as particles, `ibn` / `bin` patronyms and `al-`
 * articles, `Grüßen`, `sent by`, `iw`, `the subject`, `updated to`, `card holder` leads, Romanian
 * `ș` / `ț`, a lower-case given name alone after a closing, desks and teams that sign off kept;
 * mask/copies.ts and mask/record-copies.ts: a person's name followed into its other-case copies):
 * realistic 0.989, adversarial 0.833; kept 1.000 / 1.000 (recall: lower_case 0.958, particles
 * 1.000, split_lines 1.000, foreign_leads 1.000, signoffs 0.889, echoes 0.765).
 * Left: a Pacific name after a bare `neighbour` with no mark of a name (`losa tuilagi`: no list
 * holds either word, no accent, hyphen or particle; reading any two words after a bare role word
 * would mask `client portal login` and the like); a Filipino `Ma.` (María) abbreviation before the
 * name, which the full stop cuts from its run; a mononym in capitals after `passenger`; a
 * three-word Telugu name with no lead at a sentence start and its lower-case copy in short form.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  "people's names no list knows",
  'names40 corpus',
  NAMES40_CORPUS,
  {
    family: {
      lower_case: 0.958,
      particles: 1,
      split_lines: 1,
      foreign_leads: 1,
      signoffs: 0.888,
      echoes: 0.764,
    },
    slice: { realistic: { recall: 0.989, kept: 1 }, adversarial: { recall: 0.833, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite("people's names no list knows", NAMES40_CORPUS);
