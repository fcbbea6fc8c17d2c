import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM81_CORPUS } from './fixtures/redteam81-corpus.js';

/**
 * Eighty-first red-team round: retail lending origination and credit decisioning (ICE Encompass
 * Enhanced Field Change webhooks and audit-trail entries, Blend, nCino, MeridianLink CLF, Temenos
 * and Finastra origination logs, MISMO 3.4 PARTY XML; Experian / Equifax / TransUnion inquiry
 * payloads and reports, tri-merge headers, FICO decision logs, fraud alerts, OFAC screening,
 * Plaid payroll income, Argyle, Truework and The Work Number; Dealertrack and RouteOne / STAR
 * credit applications, Affirm / Klarna / Afterpay checkouts, eContracting and ELT title events;
 * underwriters' conditions, income notes, letters of explanation, gift letters, call notes,
 * processor e-mails and AI-assistant prompts; adverse-action and score disclosures, HMDA LAR rows
 * and edit reports, boarding files, RON sessions, DocuSign Connect events and closing
 * disclosures). Each case cites its public source in fixtures/redteam81-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.938 (177 planted),
 * adversarial 0.782 (101); look-alikes kept 0.950 (120) / 0.950 (60). Per family (recall / kept):
 * los_events 0.820 / 0.925, credit_pulls 0.900 / 0.909, auto_and_pos_finance 0.940 / 0.972,
 * underwriting_notes 0.846 / 0.960, decisions_and_reporting 0.895 / 1.000. (The corpus plants 278
 * values and 180 look-alikes in 66 cases.) The idempotence suite passed before any fix. These
 * are measured after two corrections of the corpus, before any fix: nine look-alikes of its
 * first draft were mislabelled, the README's policy masking them (a Klarna `session_id` and a
 * `sid=` query parameter, session ids; an Affirm `checkout_token`; a team `uw-queue@` mailbox; an
 * ABA routing number in a gift letter; the ZIP codes after a state code in three bureaus' P.O.
 * box addresses, now listed without the ZIP; a bureau's toll-free number, dropped); and twelve
 * loan numbers (`loanNumber`, `Loan #…`, `loanRef`, loan numbers in notes and subjects), which
 * the key rules mask as the borrower's account with the lender (keys.ts, red-team round 37), were
 * dropped as look-alikes. The first draft measured kept 0.886 / 0.909, the second 0.930 / 0.953.
 * After this round's fixes (an Encompass `fieldId` names the values beside it by the loan field
 * it stands for, structure/siblings.ts; a JSON document serialised into a quoted string of a log
 * line, `body="{\"…\"}"`, is read as JSON held in a string, engine.ts; TransUnion's
 * `<person><first>` / `<last>` and a `<street>`'s `<name>`, and a MISMO `LEGAL_ENTITY`'s
 * `FullName` kept as an organisation's, structure/config-text.ts; Equifax `socialNum[].number`;
 * a loan's parties as leads before a name, `borrower`, `applicant="…"`, `signer`, `donor`,
 * `seller`, and in lower case `borr`, `employer contact`; Spanish street types in lower case
 * after a house number, a lower-case US street line before its town, state and ZIP, and
 * `Overlook` / `Bluff` / `Trace` / `Run` / `Pointe` streets before a town, addresses.ts; an
 * account before its routing number in brackets, banking.ts; queue workers `….processor` /
 * `….scheduler` as system accounts; the `AM` / `PM` of a reply's attribution line no part of the
 * name after it, mailbox.ts; a system account's display name under a user's name, `userName:
 * "Encompass Admin"`, structure/types.ts): realistic 0.994, adversarial 0.881; kept 0.975 /
 * 0.966 (recall: los_events 0.918, credit_pulls 0.983, auto_and_pos_finance 1.000,
 * underwriting_notes 0.942, decisions_and_reporting 0.894).
 * After the leftover pass of stop 43 (measured again on left81-corpus.test.ts, written from other
 * sources first): a loan's party written surname first in lower case after its role (`borrower:
 * mcallister, florentyna`), lower-case-names.ts; a person named by a session event after a role
 * (`signer joined: …`, `witness added: …`, `recipient signed: …`), unlisted-names.ts; a party in
 * capitals after its label or on a Note's signature line (`Seller THEODORIC VANCLEEVE`, `TRUSTOR:
 * …`, `… -Borrower`), a party's label inside a run before a two-blank gap and no run across four
 * blanks or more (a form's columns side by side), two capitalised everyday words after a weak lead
 * no name (`Borrower Home Phone`), a bank's `, N.A.` / `, FSB` after a run, person-names.ts; an
 * account after `from` / `to account` with an amount on the line, banking.ts; a zero-led number
 * after a record's `#` / `No.` label no phone, pii.ts; a bureau request's `memberNumber` and an
 * employer's office (`employer.address`, `employer_address`, `company.address`) kept,
 * structure/types.ts; role and employer cells of header-less rows no names, structure/bare-cells.ts;
 * a lower-case street as a whole quoted value (`"5521 heronsgate dr"`) or a pipe row's cell,
 * residence-street.ts: realistic 1.000, adversarial 0.970; kept 1.000 / 1.000 (recall: los_events
 * 0.951, credit_pulls 1.000, auto_and_pos_finance 1.000, underwriting_notes 1.000,
 * decisions_and_reporting 1.000).
 * Known leaks left, by record shape: Encompass field history as header-less pipe rows (`guid|4000
 * ||Evander|…`, `guid|65||536904399|…`, the user `dkowalewski`): a bare field id in a cell names
 * nothing without its header, and a lone login cell beside a service account and a timestamp is no
 * login by its shape alone.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-first round',
  'red-team corpus 81',
  REDTEAM81_CORPUS,
  {
    family: {
      los_events: 0.95,
      credit_pulls: 1,
      auto_and_pos_finance: 1,
      underwriting_notes: 1,
      decisions_and_reporting: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.97, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-first round', REDTEAM81_CORPUS);
