import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM28_CORPUS } from './fixtures/redteam28-corpus.js';

/**
 * Twenty-eighth red-team round: English-language records of the Commonwealth and Ireland (UK,
 * Ireland, Canada, Australia, New Zealand, India, Singapore, Malaysia, South Africa, Nigeria,
 * Kenya, Ghana): payroll and tax exports, GP referrals and PDS lookups, KYC exports, payment
 * webhooks, bank notifications, M-Pesa SMS, support tickets, call notes and CRM rows. Each case
 * cites its public source in fixtures/redteam28-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.875 (160 planted),
 * adversarial 0.585 (82); look-alikes kept 0.897 (174) / 0.943 (53). Per family (recall / kept):
 * government 0.722 / 0.943, tax 0.767 / 0.818, health 0.698 / 0.956, banking 0.873 / 0.923,
 * contact 0.875 / 0.839. (The corpus plants 242 values, more than the brief's 200, and more
 * realistic than adversarial ones; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (field names: CHI, health card / PHN / NHI / IHI / ABHA / UAN columns,
 * British `licence number`, `father_name` / `member_name`, phone columns ending in `no` and Malay
 * `no_telefon`, `cell`, Ghana Post `digital_address`, RTI `Sur` / `Fore`; values: NZ NHI, the
 * Australian IHI by its 800360 prefix, Ontario health cards with their version code, Ghana Card
 * PINs, ABHA addresses, MyKad, individual KRA PINs, lower-case NRIC / FIN, CHI numbers after `chi`,
 * NI numbers dashed in pairs or after `my ni`, PANs glued to an underscore, SA ids after a bare
 * `ID`, Twilio `whatsapp:+` addresses, `best number`; names ended by a literal `\n` escape;
 * over-masking: bank codes kept under a bank-account object, an inbound e-mail's prose read as text
 * instead of masked whole, company forms inside a name run): realistic 0.975, adversarial 0.780;
 * kept 0.908 / 0.981 (recall: government 0.931, tax 0.867, health 0.943, banking 0.873, contact
 * 0.906).
 * After the leftovers pass of stop 31 (leaks31c: an account after a bare sort code / BSB / transit
 * code in a payment line, an NHS number as a URL's patient id, a national phone after a
 * preposition of contact (`on`, `ring me`, `reply from`), an Australian `3/41` unit and street
 * number, Bengaluru cross-road lines, a Kenyan id after `id no` in a Kenyan record, the holder
 * under `account_name` beside the account, a Centrelink CRN under `crn`; over-masking: a card's
 * bin / last4 / expiry under a SECRET `authorization`, a FHIR Patient's GP practice code, a tax
 * number named by a firm's role): realistic 0.994, adversarial 0.890; kept 0.931 / 0.981
 * (recall: government 0.944, tax 0.933, health 0.981, banking 0.982, contact 0.938).
 * After the leftover pass of stop 45 (left28-corpus.test.ts measures the same shapes from other
 * sources): members read by the id their value passes (`uid` holding a Verhoeff-valid Aadhaar,
 * `subject_ref` / `subjectIdentifier` / `reference` a valid SA id; structure/id-shape-members.ts)
 * and an SA id after a `subject=` / `ref:` label; a SIN or an NHS number after a person's flag
 * (`--employee`, `--patient`); header-less rows: an account by the bank code beside it (sort code,
 * BSB, an IFSC cell) or its own check (a compact NZ account), a compact IRD / SIN / TFN beside a
 * whole-cell name (which it proves), a mobile without its `+` (`2547…`) in a named row, a national
 * mobile in its own groups in any row (trunk regions NG, KE, GH, MY added), a labelled id cell
 * (`NI: …`, `PPSN …`) as a person's evidence; initials and a surname after an account holder's label
 * (`acct name T Nguyen`): realistic 1.000, adversarial 0.988; kept 0.937 / 0.981 (recall:
 * government 1.000, tax 1.000, health 0.981, banking 1.000, contact 1.000).
 * Known leaks left, by record shape: an NHS number under `ref` (ten digits that pass mod 11 are
 * one number in eleven: a generic `ref`, `pid` or `subject` holds order ids and process ids as
 * often, and no record word says clinical).
 * Look-alikes still masked: postcodes and PIN codes alone under postcode fields (the field rule),
 * an ABN under a bare `Abn` of a business record and a KRA PIN under `employer_pin` (`pin` is a
 * secret's name), pay and income columns (COMPENSATION), a SWIFT BIC under `bic`, an insurer's
 * policy number, a utility `account_no`, a head office's `Wellington House`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-eighth round',
  'red-team corpus 28',
  REDTEAM28_CORPUS,
  {
    family: { government: 1, tax: 1, banking: 1, health: 0.981, contact: 1 },
    slice: { realistic: { recall: 1, kept: 0.936 }, adversarial: { recall: 0.987, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-eighth round', REDTEAM28_CORPUS);
