import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM74_CORPUS } from './fixtures/redteam74-corpus.js';

/**
 * Seventy-fourth red-team round: HR case management, workplace investigations and whistleblowing
 * hotlines (ServiceNow HRSD ER cases, involved parties and audit rows, Workday / SuccessFactors
 * workers, HR Acuity / Case IQ / i-Sight exports; interview notes, evidence logs, e-mail excerpts,
 * disciplinary and appeal letters; NAVEX EthicsPoint, Convercent, Whispli, EQS Integrity Line and
 * Speeki intake reports, follow-ups and portal logs in several EU languages; FMLA / ADA
 * interactive-process notes, absence events, fit notes, occupational-health referrals; PIPs,
 * separation agreements, severance bank details, exit interviews, references and income
 * withholding orders). Each case cites its public source in fixtures/redteam74-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.940 (101 planted),
 * adversarial 0.773 (84); look-alikes kept 0.947 (95) / 0.979 (49). Per family (recall / kept):
 * er_cases 0.833 / 0.935, investigations 0.870 / 0.888, hotlines 0.825 / 1.000,
 * accommodations_and_leave 0.882 / 0.962, performance_and_exits 0.921 / 1.000. (The corpus plants
 * 185 values and 144 look-alikes in 43 cases.) The idempotence suite passed before any fix.
 * After this round's fixes (ServiceNow `sys_created_by` / `sys_updated_by` as a login and
 * EthicsPoint `reportKey` as a credential; passwords after the Polish, Czech, Swedish, Danish,
 * Finnish and Hungarian nouns in call notes; capitalised names after investigation and hotline
 * roles, `note-taker`, `shift lead`, `naam`, `Mitarbeiter`; lower-case names after case parties
 * and EU-language roles, `union rep`, `empleada`, `jefe`, `werknemer`, `anmelder`, and after
 * `madame` / `monsieur` / `frau` / `herr`, with a second surname; `Employee Relations Inquiry`
 * kept; names in investigation and occupational-health file names, `interview_…`,
 * `whatsapp_export_…`, `…_Zuweisung_…`): realistic 0.980, adversarial 0.880; kept 0.957 / 0.979
 * (recall: er_cases 0.928, investigations 0.967, hotlines 0.900, accommodations_and_leave 0.941,
 * performance_and_exits 0.947).
 * After the leftover pass of stop 42 (left74-corpus.test.ts measures the same shapes from other
 * sources; the rules: case parties' labels in the languages of EU hotlines read by
 * person_name_unlisted_lower with a title or a name's mark, titles between a role and the name,
 * a surname on the next line; hotline_report_key and hotline_key_path_segment; `home` / `privat`
 * / `zuhause` / `thuis` as phone words; Qualtrics `QID…_TEXT` answers; a bare `name="…"` in a
 * key=value line about one person; role mailboxes and HR routing / integration accounts kept; a
 * company's office postcode after its name and legal form): realistic 0.990, adversarial 1.000;
 * kept 0.989 / 0.980 (recall: er_cases 0.976, investigations 1.000, hotlines 1.000,
 * accommodations_and_leave 1.000, performance_and_exits 1.000).
 * Known leaks left, by record shape: a Dutch BSN under a SuccessFactors custom field
 * (`customString4`) with no word that names it (nine digits that pass the eleven test under a
 * field that says nothing are as often a position or a cost centre's number).
 * Look-alikes still masked: a head-office street and ZIP after a company name without a legal form
 * (`Contoso Manufacturing, 1 Microsoft Way, …`), and `Facilities` as a custodian in a header-less
 * evidence row.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-fourth round',
  'red-team corpus 74',
  REDTEAM74_CORPUS,
  {
    family: {
      er_cases: 0.976,
      investigations: 1,
      hotlines: 1,
      accommodations_and_leave: 1,
      performance_and_exits: 1,
    },
    slice: { realistic: { recall: 0.99, kept: 0.989 }, adversarial: { recall: 1, kept: 0.979 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-fourth round', REDTEAM74_CORPUS);
