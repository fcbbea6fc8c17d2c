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
      review_platform_audit: 0.8,
      collections_custodians: 0.897,
      legal_holds: 0.88,
      productions_privilege: 0.706,
      ediscovery_ai: 0.785,
    },
    slice: { realistic: { recall: 0.873, kept: 0.992 }, adversarial: { recall: 0.736, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-sixth round', REDTEAM96_CORPUS);
