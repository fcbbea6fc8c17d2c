import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM16_CORPUS } from './fixtures/redteam16-corpus.js';

/**
 * Sixteenth red-team round: records of people platforms (ATS webhooks, background checks,
 * education, trust & safety and moderation, gaming support, identity exports, CRM exports, donor
 * records, tenant screening). Each case cites its public source in fixtures/redteam16-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.929 (141 planted),
 * adversarial 0.870 (69); look-alikes kept 0.943 (106) / 1.000 (42). Per family (recall / kept):
 * ids 0.900 / 1.000, contact 0.904 / 0.931, people 0.912 / 0.973, accounts 0.933 / 0.970.
 * After this round's fixes (LinkedIn profile vanity names; field names candidate / applicant /
 * student / guardian / parent / donor / tenant / honoree name, STUDENT_FIRST / LAST, phone1,
 * telephone2, emailaddress2, governmentid; AWS CLI shorthand `Name=…,Value=…` pairs): realistic
 * 0.979, adversarial 0.913; kept unchanged 0.943 / 1.000 (recall: ids 0.920, contact 1.000,
 * people 0.930, accounts 0.967).
 * Then the text-level leftovers (person_name_sentence_intro: `this is` / `I am` before a
 * lower-case given name at a sentence start; a stop-listed given name right after `my real name
 * is`; residence_street: a lower-case street after `my home at`; a headerless Firebase Auth CSV
 * row's hash and salt; estate words such as `Palms` are no name words): realistic 0.986,
 * adversarial 0.957; kept 0.953 / 1.000 (recall / kept: people 0.982 / 0.973, accounts 1.000 /
 * 0.970, contact 1.000 / 0.948). An SSN split over key-named fields (`ssn_first5` + `ssn_last4`,
 * `ssn_area` / `ssn_group` / `ssn_serial`) was already masked field by field.
 * Then (on another branch, merged with the above) the record walk: a name in parts under a name
 * or person parent, `name: {first, middle, last}`, key:name_part; Pipedrive `current` /
 * `previous` as change-data rows with `email: [{value}]` as a contact; a form field's label
 * `{text: "SSN (rest)", value}` naming its value (recall on its own: ids 0.980, people 0.947).
 * Stop 30: a Clever `state_id` (and OneRoster `identifier`) beside a person's field or id
 * (structure/bare-name-columns.ts, PERSON_IDS_BESIDE): realistic 1.000; ids 1.000. An `auth`
 * member naming a method (Moodle `manual`, `nologin`, `ldap`…) and an id under an EMAIL name ending
 * in `_id` without an `@` (Clerk `primary_email_address_id`) are kept (structure/types.ts
 * keptUnderKey): kept 0.972 / 1.000 (contact 0.983).
 * Known leaks left: none by record shape.
 * Look-alikes still masked: public head-office streets (Salesforce Tower, Valve, Greenhouse: no
 * signal in the text tells a company's street from a person's).
 * Stop 37 (logins and account SIDs are personal data, masked): a person's login `mbrennan` under `username` moved from look-alikes to
 * planted values.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixteenth round',
  'red-team corpus 16',
  REDTEAM16_CORPUS,
  {
    family: { ids: 1, contact: 1, people: 1, accounts: 1 },
    slice: { realistic: { recall: 1, kept: 0.98 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixteenth round', REDTEAM16_CORPUS);
