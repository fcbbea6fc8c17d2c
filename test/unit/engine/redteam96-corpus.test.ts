import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM96_CORPUS } from './fixtures/redteam96-corpus.js';

/**
 * Ninety-sixth red-team round: legal e-discovery and litigation support — Relativity audit records
 * (Details XML, login RequestOrigination) and document fields, Everlaw coding-history exports,
 * DISCO audit events, Reveal item metadata, PII-detection results, EDRM XML tags; Purview
 * eDiscovery audit records and Graph custodian / hold resources, Google Vault audit activities and
 * Drive export metadata, Nuix and Relativity Processing logs, FTK Imager logs, chain-of-custody
 * forms and custodian lists; hold exports, acknowledgements, reminders, escalations, questionnaires
 * and interview notes; privilege logs, Concordance DAT and Opticon OPT load files, redaction logs,
 * deposition transcripts, exhibit lists and production transmittals; TAR / CAL logs, generative
 * review results, LLM privilege calls, vendor invoices, time entries and matter intake. Each case
 * cites its public source in fixtures/redteam96-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not,
 * nor inside a base64 run the output still holds (this round's `present` decodes them). The floors
 * are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.873 (119 planted),
 * adversarial 0.736 (95); look-alikes kept 0.992 (137) / 0.983 (59). Per family (recall / kept):
 * review_platform_audit 0.800 / 1.000, collections_custodians 0.897 / 0.976, legal_holds 0.880 /
 * 0.969, productions_privilege 0.707 / 1.000, ediscovery_ai 0.785 / 1.000. (The corpus plants 214
 * values and 196 look-alikes in 72 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: a questionnaire answer listing devices (`Company iPhone 14
 * and my personal Pixel 7`, read as a phone beside a `Personal mobile number` question) and a
 * Purview search name `Globex - Custodian Search 3` (`Custodian Search` read as a name).
 * The main leak classes before any fix: names in lower case in free-text notes and comments
 * (`custodian eberhardt von lindqvist`, `cfo (gwendolyn …)`, `no ack from ms. henrike …`, `her
 * manager is desmond …`, `spoke w/ custodian r. …`, `assistant clementine …`, `email from ifeoluwa
 * …`, `of thomasina …`, `contact is emanuele …`, `reviewed by ezekiel …`, a search query's quoted
 * `"dmitri vasquez-holt"`); EDRM XML `Tag TagName="#From" / "#To" / "Custodian"` TagValue names
 * (upper and lower case); `Last, First` custodians and authors in a privilege log CSV, a
 * header-less pipe privilege row and a DAT row in lower case, after `custodian:` in lower case; a
 * custodian under Graph `displayName` of an ediscoveryCustodian; the third name of a list under
 * `custodians` and in a time-entry narrative; a person named as the subject of an aiR rationale
 * (`Wendeline Osterhaus sends Barnaby Oyekunle …`); reviewer logins under `reviewer=`,
 * `redactedBy`, in a pipe time entry's and a coding row's login column, a header-less CSV row's
 * last cell, inside base64 JSON lines; custodian folders `Last_First` in processing and OPT image
 * paths (also base64); a deponent's surname inside a transcript file name; a US driver licence
 * under a PII-detection `value` beside `entityType: US_DRIVER_LICENSE`; an SSA specimen SSN and a
 * street split by a line break in a transcript; a name URL-encoded in a query string (`name=…%20…`);
 * a Spanish name after `custodio D.`; a Dutch name after `van` in an exhibit description.
 * After this round's fixes (names in lower case after `custodian` / `custodio`, `reviewed by`,
 * `coded by`, `redacted by`, `manager is`, `contact is`, `assistant`, `cfo` / `ceo` / `coo`, `ms.` /
 * `mrs.` / `mr.` and a query's `from:` / `author:` / `participants:`, with particles and initials
 * (person_name_lower_legal), and surname first after `custodian:` (lower-case-names.ts); a display
 * name before an XML-escaped angle address (mailbox_display_name_escaped) and a lower-case
 * surname-first DAT cell (concordance_reversed_name_lower; detect/values/ediscovery-names.ts); a
 * markup value attribute read under the name its element gives it (`<Tag TagName="Custodian"
 * TagValue="…"/>`, `<add key="…" value="…"/>`: structure/markup-value-pairs.ts); `custodians` and a
 * custodian written surname first (keys.ts, structure/types.ts isAssigneeName, array indexes skipped
 * by isAssigneeField); `redactedBy` / `codedBy` / `taggedBy` and an initial-and-surname login under
 * `reviewer` (keys.ts, types.ts); the user column right after the date of a bare pipe row
 * (structure/dated-login-cells.ts); `Surname, Given (Esq.)` in a CSV cell and a padded pipe cell
 * (person-names.ts reversedPairSetting); a detection result's value named by its `entityType`
 * (structure/siblings.ts); a published sample SSN given as the answer to a question naming the SSN
 * (financial.ts); the look-alikes: a phone label's answer with fewer than six digits read as any
 * text (engine.ts) and `custodian`, `search` no name words (person-name-stop.ts)): realistic
 * 0.949, adversarial 0.905; kept 1.000 / 1.000 (recall: review_platform_audit 1.000,
 * collections_custodians 0.897, legal_holds 0.976, productions_privilege 0.829, ediscovery_ai
 * 0.928).
 * Known leaks left, by record shape: a custodian under Graph `displayName` of an
 * `ediscoveryCustodian` with a given name no list knows (`Ysolde …`; an `@odata.type` sibling rule
 * would be needed in both walks) and the same name as the second of a list joined by `and`; people
 * named as the subjects of an aiR rationale sentence (`Wendeline Osterhaus sends Barnaby Oyekunle
 * …`); a custodian folder `Lindqvist-Amadi_M` (surname and initial) in a processing path and one in
 * a base64 OPT file; a deponent's surname inside a transcript's file name
 * (`Depo_Whitbread-Adeyemi_2025-12-02`); a title-case name after Spanish `custodio D.`; a login of
 * an initial, a dot and a double surname as a header-less CSV row's last cell
 * (`j.achterberg-roux`); a URL-encoded name under a bare `name=` query parameter; lower-case names
 * after `email from … to` and `… of thomasina …`; the second lower-case name of an EDRM tag value
 * after `;`; a street split by a transcript's line break (`1140 Tamarack\n12:19 Boulevard`); a
 * Dutch name after the preposition `van` (`Arbeidsovereenkomst van Joost van Rijckevorsel`).
 * The leftover pass of stop 46 (left96-corpus.test.ts lists its rules: a Graph resource's
 * displayName by its `@odata.type`, custodian folders in paths and base64 OPT files, a dotted
 * login as a bare row's last cell, the other party of a found person in a list, a bare `name=` on
 * an acknowledgement link, lower-case names after `email from` / `laptop of`, a `;` list of people
 * in an EDRM tag, a street split by a transcript's line numbering, document kinds before `van`;
 * and the JSON-text walk reading `entityType` as the decoded-value walk does) brought this round
 * to realistic 0.975, adversarial 0.979; kept 1.000 / 1.000 (recall: review_platform_audit
 * 1.000, collections_custodians 0.974, legal_holds 1.000, productions_privilege 0.951,
 * ediscovery_ai 0.952). Known leaks left: the aiR rationale's two people (`Wendeline Osterhaus
 * sends Barnaby Oyekunle …`: no detector finds either, and two unknown capitalised pairs around a
 * verb are a company's too: a decision); a deponent's surname in a file name without an extension
 * (`Depo_Whitbread-Adeyemi_2025-12-02`); a title-case name after Spanish `D.` (`D.` also opens
 * Italian `D. Lgs.` citations: a decision); the lower-case name after a bare `of` (`card … of
 * thomasina achebe-lund`).
 */

/** A raw copy, JSON-escaped or not, also inside a base64 run the output still holds. */
function present(output: string, value: string): boolean {
  if (output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1))) return true;
  for (const run of output.match(/[A-Za-z0-9+/]{24,}={0,2}/g) ?? []) {
    if (Buffer.from(run, 'base64').toString('utf8').includes(value)) return true;
  }
  return false;
}

corpusFloorsSuite(
  'red-team corpus, ninety-sixth round',
  'red-team corpus 96',
  REDTEAM96_CORPUS,
  {
    family: {
      review_platform_audit: 1,
      collections_custodians: 0.974,
      legal_holds: 1,
      productions_privilege: 0.951,
      ediscovery_ai: 0.952,
    },
    slice: { realistic: { recall: 0.974, kept: 1 }, adversarial: { recall: 0.978, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-sixth round', REDTEAM96_CORPUS);
