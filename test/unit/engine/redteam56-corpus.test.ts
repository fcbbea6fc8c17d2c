import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM56_CORPUS } from './fixtures/redteam56-corpus.js';

/**
 * Fifty-sixth red-team round: anti-money-laundering, sanctions screening and fraud case records
 * (transaction-monitoring alerts and cases, investigator notes, SAR narratives, CTR rows, 314(a)
 * matches, goAML XML as logged; sanctions / PEP screening requests, hits and dispositions; fraud
 * and device-risk events, account-takeover and chargeback-ring notes). Each case cites its public
 * source in fixtures/redteam56-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.923 (52 planted),
 * adversarial 0.935 (46); look-alikes kept 0.925 (40) / 0.928 (14). Per family (recall / kept):
 * aml_cases 0.961 / 0.933, sar_narratives 0.900 / 1.000, sanctions_screening 0.785 / 1.000,
 * fraud_risk 1.000 / 0.842. (A short round: the corpus plants 98 values and 54 look-alikes, fewer
 * than the brief's 150 / 70.) The idempotence suite passed before any fix.
 * After this round's fixes (a name in capitals with a middle initial, `GERALD T HOLLOWAY` as SAR
 * narratives write the subject and a spouse; a pair in capitals quoted after `party=`, `subject=`,
 * `subj=`, `counterparty=`, `benef=`, `beneficiary=` as after `name=`): realistic 0.961, adversarial
 * 0.956; kept 0.925 / 0.928 (recall: aml_cases 1.000, sar_narratives 0.966, sanctions_screening
 * 0.785, fraud_risk 1.000).
 * Known leaks left, by record shape: a World-Check-style case at the record's root (`name` beside
 * `entityType: INDIVIDUAL`, no person parent: a bare `name` is read as a person's only under a
 * person parent) and its birth date as `secondaryFields[{typeId: SFCT_2, dateTimeValue}]`; a SAR
 * draft's subject in lower case (`subject maria elena castillo`: `subject` is no lead, as it opens
 * every e-mail's subject line); a passport number split `75 4412309` after `passport` in chat.
 * Look-alikes still masked: a business's EIN under `tin` with `tin_type: EIN` (the value does not
 * say business; a sole proprietor's EIN is his own, so left), Sift's `$session_id` and Sardine's
 * `sessionKey` (session ids read as credentials), a ZIP code inside a masked billing address.
 * Fixed in stop 37 (lower-case names): the SAR draft's subject in lower case (`subject maria elena
 * castillo`: a known given name, middle name and surname must follow `subject`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-sixth round',
  'red-team corpus 56',
  REDTEAM56_CORPUS,
  {
    family: { aml_cases: 1, sar_narratives: 1, sanctions_screening: 0.856, fraud_risk: 1 },
    slice: { realistic: { recall: 0.98, kept: 0.925 }, adversarial: { recall: 0.978, kept: 0.928 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-sixth round', REDTEAM56_CORPUS);
