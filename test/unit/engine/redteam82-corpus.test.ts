import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM82_CORPUS } from './fixtures/redteam82-corpus.js';

/**
 * Eighty-second red-team round: wealth management, brokerage and retirement plans (Alpaca and
 * DriveWealth account opening, clearing-firm events, ACATS transfers and TOD designations; 401(k)
 * census, payroll and distribution records, QDRO notes, UK SIPP, Australian super, Canadian RRSP and
 * KiwiSaver records; Salesforce FSC, Wealthbox and Redtail records, e-mail archive captures and AI
 * notetaker summaries; FIX 4.4 orders and allocations, OMS audit, trade breaks, CAT CAIS records,
 * margin calls, wire and check requests; 1099-B / 1099-R / 5498 / K-1 / W-8BEN records, statements
 * and notices). Each case cites its public source in fixtures/redteam82-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.869 (168 planted),
 * adversarial 0.692 (130); look-alikes kept 0.951 (124) / 0.970 (67). Per family (recall / kept):
 * brokerage_accounts 0.906 / 0.971, retirement_plans 0.900 / 0.953, advisor_crm 0.916 / 0.861,
 * trading_ops 0.387 / 1.000, statements_tax 0.711 / 1.000. (The corpus plants 298 values and 191
 * look-alikes in 67 cases.) The idempotence suite passed before any fix. These are measured after
 * one correction of the corpus, before any fix: two look-alikes of its first draft were
 * mislabelled, being an adviser's name (`Dorian Feld (advisor)` in a notetaker's attendee list and
 * `Dorian Feld:` as a transcript's speaker label): a person's name is masked whoever holds it, so
 * both became planted values; with them, advisor_crm kept 0.811 and recall 0.914.
 * After this round's fixes (FIX 4.4 accounts: tags 1 and 79 and a 448 PartyID whose 452 role is a
 * customer's, and a 448 of a trader role as a login, detect/values/fix-protocol.ts; a custodian's
 * account layout `5KR-482913` / `4417-2290` after an account word in any case (`account`, `acct`,
 * `IRA`, `cuenta de valores`, `ira_acct=`), and in a header-less row that names a person, with nine
 * bare digits right beside the name as an SSN (structure/person-rows.ts); `Account number:
 * IRA-224-819407`; a mailing block in capitals (name line above a street and a `CITY ST ZIP`
 * line) and the full USPS street types `CIRCLE`, `COURT`, `PLACE`…; lower-case names after
 * `spouse`, `mother`, `ppt`, `participant`, `beneficiary`, `partner`…; the key names `approver`,
 * `fromAccount`, `ira_acct`; kept: Salesforce FSC's `FinServ__` fields no longer
 * read as a hospital FIN, a contact entry's `kind` / `id` / `principal`, `Client Meeting` /
 * `Client Review` / `Client Portal`): realistic 0.952, adversarial 0.807; kept 0.991 / 0.970
 * (recall: brokerage_accounts 0.984, retirement_plans 0.925, advisor_crm 0.966, trading_ops
 * 0.653, statements_tax 0.844).
 * After the leftover pass of stop 42 (test/unit/engine/left82-corpus.test.ts measures the same
 * shapes from other sources): an account title's owner in capitals before its registration type
 * (`account_title_name`, and as a row cell with the login after it), a header-less row's owner in
 * capitals between a custodian account and an SSN / ITIN or a registration type, NZ IRD numbers in
 * person rows (structure/person-rows.ts); a desk chat's initial + surname login after the line's
 * date and time (`chat_export_login`); an OMS event's `user` beside `eventType` and `modifiedBy` /
 * `changedBy` as logins; an account before its owner's name in brackets, an owner after `for`
 * before household / IRA, an account broken over a line after its dash (brokerage-notes.ts); a
 * mailing block's name broken over two lines in capitals; a quoted mail's wrapped name; `ph` right
 * before a phone; a lower-case PAN before `(pan)`; a lower-case street ending `way` / `run`…
 * before a unit; URL `bene=`, people searches (`query=` / `q=` / `search=` on an accounts,
 * households, clients… path) and a custodian account under `from=`; kept: firms after `& Co.` /
 * `& Associates`, KiwiSaver schemes, digits after an amount word (`loan amt 12000`): realistic
 * 0.994, adversarial 0.969; kept 1.000 / 1.000 (recall: brokerage_accounts 1.000,
 * retirement_plans 0.988, advisor_crm 0.983, trading_ops 0.959, statements_tax 0.978).
 * Known leaks left, by record shape: lower-case names the lists do not know (`gwyneira tallis`,
 * `anirudh venkataraman`) or after `and` (a lead word too common to search for); a lower-case
 * name surname first inside FIX tag 58 (`fenwick-hart odalys`); `payee="Whitcombe Ardley"` (a
 * payee is a firm as often: only a name the lists know is masked there).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-second round',
  'red-team corpus 82',
  REDTEAM82_CORPUS,
  {
    family: {
      brokerage_accounts: 1,
      retirement_plans: 0.987,
      advisor_crm: 0.983,
      trading_ops: 0.979,
      statements_tax: 0.977,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.969, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-second round', REDTEAM82_CORPUS);
