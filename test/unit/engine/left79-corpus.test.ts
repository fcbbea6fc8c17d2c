import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT79_CORPUS } from './fixtures/left79-corpus.js';

/**
 * Leftovers of red-team round 79 (stop 41): the record shapes of browser and computer-use agents,
 * RPA and form automation that round 79 still leaked, written again from other tools and sources
 * (fixtures/left79-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (46 cases; CI=true npx vitest run --project unit test/unit/engine/left79-corpus.test.ts):
 * realistic recall 0.658 (38 planted), adversarial 0.378 (37); look-alikes kept 0.966 (58) / 1.000
 * (46). Per family (recall / kept): sibling_labels 0.667 / 1.000, form_answers 0.478 / 1.000,
 * typed_text 0.353 / 1.000, free_text_leads 0.571 / 1.000, lookalikes 1.000 / 0.935 (31). The
 * look-alikes masked before any fix: `12 Render Loop` (read as a name) and the id in `retry for
 * applicant ID 88120` (read as a postcode). Measured after one correction of the first draft: a
 * look-alike `Austin TX 78739` was mislabelled (a ZIP code in an address is masked by the policy;
 * `Austin TX` is kept instead). The idempotence suite passed before any fix.
 * After the fixes of stop 41 (the rules listed in redteam79-corpus.test.ts): realistic 0.789,
 * adversarial 0.649; kept 0.983 / 1.000 (recall: sibling_labels 0.810, form_answers 0.565,
 * typed_text 0.765, free_text_leads 0.786; lookalikes kept 0.968).
 * Left: a Google Forms answer `Lakshmipriya Venkatraman` whose words no name list holds and that
 * carries no name's mark (a written name under an opaque id needs one: `Standard Shipping` would
 * go too); Wufoo `Field1` / `Field2` and Gravity Forms `1.3` / `1.6` first and last names, a word
 * each (Gravity's `.3` / `.6` are a city and a country in an address field); form-encoded bodies
 * whose numeric or `FieldN` ids name nothing (Formstack, Wufoo webhooks, lower case and
 * percent-encoded); an Aadhaar inside JSON text after a prefix; pywinauto's `control.title`
 * naming `keys` one level up; Skyvern's `text` named only by its `reasoning` prose; bare typed
 * dates and a CPF between tabs; a phone typed by `pyautogui.write`; OCR splitting a lower-case
 * name over two lines (the wrap41 helper's); a lower-case Make row name without a known given
 * name; the CA SIN of a DevTools Recorder step named by `aria/…` selectors; the id in `retry for
 * applicant ID 88120`, read as a postcode.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 79',
  'left79 corpus',
  LEFT79_CORPUS,
  {
    family: {
      sibling_labels: 0.809,
      form_answers: 0.652,
      typed_text: 0.764,
      free_text_leads: 0.785,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.842, kept: 0.982 }, adversarial: { recall: 0.648, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 79', LEFT79_CORPUS);
