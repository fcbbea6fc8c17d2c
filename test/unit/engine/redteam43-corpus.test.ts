import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM43_CORPUS } from './fixtures/redteam43-corpus.js';

/**
 * Forty-third red-team round: hiring and workforce records (applicant tracking webhooks and audit,
 * résumé parser output, interview and offer mails, background-check reports, E-Verify and Form
 * I-9, UK right-to-work and DBS, SIN / TFN onboarding, time clock punches, shift swaps, leave
 * requests, integration credentials). Each case cites its public source in
 * fixtures/redteam43-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.962 (132 planted),
 * adversarial 0.827 (116); look-alikes kept 0.936 (110) / 0.951 (62). Per family (recall / kept):
 * ats_recruiting 0.924 / 0.938, background_checks 0.940 / 0.973, work_eligibility 0.865 / 0.848,
 * time_attendance 0.852 / 1.000, integration_secrets 0.888 / 0.944. (The corpus plants 248
 * values and 172 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence
 * suite failed before any fix: in a pipe-delimited drug-screen line the second pass reads
 * `DOB=19910215|RESULT=NEGATIVE|MRO=Dr.` as one date of birth.
 * After this round's fixes (field names: iCIMS `addressstreet1` / `addresszip`, `i94`, EAD / I-766
 * / I-551 numbers, right-to-work `share_code`, DBS certificate numbers, `nbr` read as `number`
 * (`AlienNbr`, `I94Nbr`); `tfnDeclaration`, `ssn_trace(_id)` and `auth_chain` no longer flag
 * their members; `curl -u KEY:` with an empty password; two-word `*_KEY` vendor names and numbered
 * hex keys (`…-2`); pipe-delimited `KEY=value|KEY=value` lines; a form question's trailing note in
 * brackets; `raw` / `formatted` under a name member; I-94 numbers after an I-94 word in prose; a
 * chat reply with a digit to a bot's question for an identifier or a birth date):
 * realistic 0.985, adversarial 0.905; kept 0.964 / 0.952 (recall: ats_recruiting 0.962,
 * background_checks 0.980, work_eligibility 0.940, time_attendance 0.852, integration_secrets
 * 1.000). The idempotence suite passes.
 * Leftovers fixed (stop 34): a diagnosis, procedure or pregnancy outcome named in a leave, sick-day
 * or FMLA text beside a leave or absence word (HEALTH_CONDITION, `health_condition_in_leave`), and
 * `medical_reason` / `medical_condition` / `health_condition` fields: realistic 0.992, adversarial
 * 0.931; kept unchanged; time_attendance recall 0.971.
 * Leftovers fixed (stop 34, second pass): short generic members read by their value's shape
 * (structure/short-member-shapes.ts): a street line under a bare `addr` (a listen address, a host
 * and port, a socket path stay) and a birth date at least 14 years old under a bare `bd`:
 * adversarial 0.948, ats_recruiting 0.987; kept unchanged. A certificate's number member
 * (`certificate_number`, `certNo`) is read with its parent's name as a bare `number` is, and
 * `dbs check number` / `dbs update service number` are DBS numbers: realistic 1.000,
 * work_eligibility 0.955. A system's reply or notification mailbox with words joined by `-` or `_`
 * before it (`inmail-hit-reply@`, `jobs-noreply@`) is not a person's: adversarial kept 0.968.
 * An HL7 name (`Family^Given^Middle`) under a person's role in a pair (`DONOR=`, `PATIENT=`):
 * adversarial 0.957, background_checks 1.000.
 * Known leaks left, by record shape:
 * header-less CSV / semicolon rows (`"Nwosu, Chidi"`, an A-number
 * `A098765432` beside an EAD number, `Fitzgerald Moira`); a passport under a neutral `doc2`; a
 * hyphenated given name in prose (`Candidate Hye-jin Park`).
 * Look-alikes still masked: E-Verify case numbers and USCIS receipt numbers (IMMIGRATION_CASE_NUMBER
 * by design since round 35; this corpus keeps them as the system's case ids), an offer's salary
 * (COMPENSATION by design), a company office in an interview mail (`575 Market St`). (A city
 * under `homeAddress`, listed here before, is kept.)
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.966 → 0.974 (time_attendance 0.971 → 1.000).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-third round',
  'red-team corpus 43',
  REDTEAM43_CORPUS,
  {
    family: {
      ats_recruiting: 0.987,
      background_checks: 1,
      work_eligibility: 0.97,
      time_attendance: 1,
      integration_secrets: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.972 }, adversarial: { recall: 0.974, kept: 0.967 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-third round', REDTEAM43_CORPUS);
