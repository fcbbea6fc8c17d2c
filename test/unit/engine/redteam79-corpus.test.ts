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
 * After the leftover pass of stop 41 (left79-corpus.test.ts measures it on other sources): a
 * written name answering a form question under an opaque id (Microsoft Forms `r…`, Wufoo `FieldN`,
 * Google Forms `textAnswers`, browser-use `input_text.text` and its `Input … into index N`:
 * structure/form-answer-ids.ts); a whole value printed as an Aadhaar (`in_aadhaar_printed_value`);
 * a CDP AXValue name `{type: computedString, value}` and a UFO `ControlText` labelling `Args`
 * (structure/siblings.ts); a selector naming the input typed into (`page.type('#password', …)`,
 * `setValue`, Cypress `.get(…).type(…)` and its `- get` / `- type` log lines), a keystroke
 * sign-in (`xdotool type … key Tab … type … key Return`, AutoHotkey `Send "…{Tab}…{Enter}"`),
 * French / Spanish unquoted `saisi … dans le champ « nom »`, Robot Framework `into text field
 * 'id=…'` (structure/typed-into-field.ts); the USPS street suffix `Loop` (not after `Event`,
 * `Render`, `Test`…) and `loop` as a name's stop word; `for applicant` / `for candidate` as
 * phrase leads; `proszę o kontakt:`, `Ansprechpartner:`, `contactpersoon:`, `właściciel:` as
 * labels of lower-case names; the key `nombre del titular`: realistic 0.983, adversarial 0.936;
 * kept 1.000 / 1.000 (recall: browser_agent_actions 0.949, page_snapshots 0.950, computer_use
 * 0.969, rpa_logs 0.979, form_submissions 0.962).
 * Known leaks left, by record shape: a login inside escaped JSON in a JS-quoted Puppeteer protocol
 * line (`\"user\":…` beside `\"password\"`: JSON escaped twice inside a JS string, which no reader
 * unescapes); a Stagehand ObserveResult's `arguments` named only by its `description` (a
 * description is prose elsewhere); a bare typed date between tabs; OCR text splitting a lower-case
 * name over two lines (the wrap41 helper's); a lower-case name in a Make pipe row without a known
 * given name; Wufoo's `Field1=` / `Field2=` first and last names each a single word (one word is
 * no written name: it would take cities and choices).
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
      browser_agent_actions: 0.974,
      page_snapshots: 1,
      computer_use: 0.968,
      rpa_logs: 0.979,
      form_submissions: 0.962,
    },
    slice: { realistic: { recall: 0.991, kept: 1 }, adversarial: { recall: 0.957, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-ninth round', REDTEAM79_CORPUS);
