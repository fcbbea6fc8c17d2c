import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT63B_CORPUS } from './fixtures/left63b-corpus.js';

/**
 * Second leftover pass of red-team round 63 (stop 41): the HR / payroll record shapes round 63
 * still leaked after stop 38, written again from other sources (fixtures/left63b-corpus.ts cites
 * each case's), so a fix is measured on records it was not written for. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (58 cases, 70 planted values and 90 look-alikes; CI=true npx vitest run --project
 * unit test/unit/engine/left63b-corpus.test.ts): realistic recall 0.667 (12 planted), adversarial
 * 0.448 (58); look-alikes kept 0.759 (29) / 0.984 (61). Per family (recall / kept): label_names
 * 0.583 / 1.000, mail_signatures 0.200 / 0.917, headerless_rows 0.313 / 1.000, sibling_ids 0.500 /
 * 1.000, contact_phones 0.714 / 1.000, lookalikes - / 0.794. The look-alikes masked before any fix:
 * four vendors' head-office addresses (their ZIP codes, and two street lines), five mail
 * Message-IDs read as e-mails. The idempotence suite passes.
 * After the fixes of stop 41 (see redteam63-corpus.test.ts for the rules): realistic 0.833,
 * adversarial 1.000; kept 0.862 / 1.000 (recall: label_names 1.000, mail_signatures 1.000,
 * headerless_rows 1.000, sibling_ids 0.667, contact_phones 1.000). Left: a TFN under Employment
 * Hero's `{task: "Tax file number declaration", data}` (`data` holds objects of every kind beside
 * a name; as a value member it would mask them whole, and the label's `declaration` keeps the key
 * rules from reading it); a SIN under Rippling's `{name, response}` (beside a name, `response` and
 * `input` are an AI tool call's result and arguments: `{name: "send_email", input}` of round 59;
 * they answer a label member only: `{step, response}`, `{item, input}`).
 * Look-alikes still masked: four vendors' head-office addresses under a company's or a supplier's
 * object or after a company's name in a footer (ZIP codes, and two
 * street lines): an address is kept by its field's name only (registered office, head office),
 * and no rule reads the object's or the line's company name yet.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'second leftovers of red-team round 63',
  'left63b corpus',
  LEFT63B_CORPUS,
  {
    family: {
      label_names: 1,
      mail_signatures: 1,
      headerless_rows: 1,
      sibling_ids: 0.666,
      contact_phones: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.833, kept: 0.896 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('second leftovers of red-team round 63', LEFT63B_CORPUS);
