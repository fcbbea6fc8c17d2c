import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM79_CORPUS } from './fixtures/redteam79-corpus.js';

/**
 * Seventy-ninth red-team round: browser and computer-use agents, RPA and form automation
 * (Playwright trace events, test-runner code frames, HAR, chromedriver / Selenium / Puppeteer
 * debug logs, browser-use and Stagehand logs; Playwright MCP snapshots, AX trees, DOM excerpts,
 * scraped markdown and OCR; Anthropic / OpenAI computer-use calls, desktop agents, terminals and
 * clipboards; UiPath, Automation Anywhere, Power Automate, Zapier, Make, n8n and Selenium IDE;
 * Typeform, Jotform, Google Forms, Tally, HubSpot and survey answers). Each case cites its public
 * source in fixtures/redteam79-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.881 (118 planted),
 * adversarial 0.777 (94); look-alikes kept 0.981 (107) / 0.986 (69). Per family (recall / kept):
 * browser_agent_actions 0.795 / 0.952, page_snapshots 0.900 / 1.000, computer_use 0.844 / 1.000,
 * rpa_logs 0.833 / 0.976, form_submissions 0.811 / 1.000. (The corpus plants 212 values and 176
 * look-alikes in 65 cases.) The idempotence suite passed before any fix. These are measured after
 * one correction of the corpus, before any fix: two look-alikes of its first draft were
 * mislabelled, being masked by the README's policy (a CDP `sessionId`, which stays a secret by
 * stop 39's decision, and a clinic's `reception@` mailbox, not an automated sender's); with them,
 * kept was 0.972 / 0.971.
 * After this round's fixes (a quoted value typed into a named field: `type "…" into the full name
 * field`, `Set text "…" in CPR-nummer`, `Gebe „…“ in das Feld „Mobil“ ein`, structure/
 * typed-into-field.ts; a later name member naming a field when the first names nothing, Tally's
 * `{key, label, value}`; a Selenium IDE command's `target`; an HTML input named by its id,
 * autofill token (`cc-name`) or aria-label, and a bare `name="nombre"` holding a written name; a
 * sign-in body's `user` beside its `password`; a phone glued after `Phone Number:`, after an
 * escaped `\t` / `\n`, after Portuguese `liguem`; a name after `meu nome é`; a header-less row's
 * unlisted name pair right before a checked national id; the key names `cc-name`, `cc-csc`, `bday`,
 * `Rekeninghouder`, `Kontoinhaber`; kept: Playwright's `pw:api@N` step ids, RPA robot accounts
 * `bot_…` / `rpa_…` / `robot-…`): realistic 0.924, adversarial 0.872; kept 1.000 / 1.000
 * (recall: browser_agent_actions 0.872, page_snapshots 0.925, computer_use 0.875, rpa_logs 0.938,
 * form_submissions 0.887).
 * Known leaks left, by record shape: values without a label (browser-use `input_text {index,
 * text}` and its `Input … into index 12`, Microsoft Forms answers under question ids `r…`, Google
 * Forms answers under question ids, with a spaced Aadhaar; a bare typed date); a login inside
 * escaped JSON in a JS-quoted Puppeteer protocol line (`\"user\":…` beside `\"password\"`); a
 * Stagehand ObserveResult's `arguments` named only by its `description`; a CDP AX node's value
 * named by `name: {type: computedString, value}`; a UFO step's `Args.text` named by a sibling
 * `ControlText`; a street ending `Loop` (the word ends test and event loops too); Cypress
 * `- type` lines named by the `- get` before; a French unquoted `saisi le nom … dans le champ`;
 * OCR text splitting a lower-case name over two lines; `xdotool type` arguments; a name after
 * `for applicant` (read as a role word, it would mask `applicant Tracking System`); lower-case
 * names in a Make pipe row and after Polish `proszę o kontakt:`; Wufoo's `Field1=` / `Field2=`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-ninth round',
  'red-team corpus 79',
  REDTEAM79_CORPUS,
  {
    family: {
      browser_agent_actions: 0.871,
      page_snapshots: 0.925,
      computer_use: 0.875,
      rpa_logs: 0.937,
      form_submissions: 0.886,
    },
    slice: { realistic: { recall: 0.923, kept: 1 }, adversarial: { recall: 0.872, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-ninth round', REDTEAM79_CORPUS);
