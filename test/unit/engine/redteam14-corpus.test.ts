import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM14_CORPUS } from './fixtures/redteam14-corpus.js';

/**
 * Fourteenth red-team round: business SaaS audit logs, data-integration envelopes and
 * commerce / logistics. Each case cites its public source in fixtures/redteam14-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.896 (164 planted),
 * adversarial 0.851 (87); look-alikes kept 0.959 (97) / 0.938 (48). Per family (recall / kept):
 * collaboration 0.823 / 0.933, it_hr 0.964 / 1.000, integration 0.865 / 1.000, text_formats
 * 0.795 / 1.000, commerce 0.969 / 0.871. (Five look-alikes first written were dropped before
 * this measurement as mislabelled: four postal codes and a street of private ship-to addresses.
 * Two corpus errors were corrected after it: the Linear key was 41 characters, one over its
 * documented 40 (realistic pre-fix with it right: 0.902), and Shippo's `ShippoToken` auth scheme
 * word was dropped as a look-alike (a whole Authorization value is masked; commerce kept 0.900).)
 * After this round's fixes (names: Jamf `realname`, UPS `receivedBy`, `shipTo.name`, `street1`;
 * objects printed by Ruby inspect, Rust Debug, util.inspect, Python repr, PHP print_r / var_dump;
 * multipart/form-data fields; pairs inside a quoted value; `"key" : "value"`; a card with `+`
 * for blanks; a CSV header with `Order #`; door / gate codes; Twitch `oauth:`; `her number is`;
 * `password to Reykjavik#2024`; Go `%+v` structs): realistic 0.933, adversarial 0.954; kept 0.969 / 0.938
 * (recall / kept: collaboration 0.887 / 0.933, it_hr 1.000 / 1.000, integration 0.885 / 1.000,
 * text_formats 0.955 / 1.000, commerce 1.000 / 0.900).
 * Then the record walk (structure/person-record.ts: a bare `name` beside a person's contact under
 * a person or change-data row parent; structure/columnar.ts: wal2json cells under their column
 * names): realistic 0.957 (collaboration 0.903, integration 0.942).
 * Then an Extended JSON date (`"dob" : { "$date" : … }`) read as its member's value in a JSON
 * object written into a log line (structure/kv.ts): adversarial 0.966 (integration 0.962).
 * Then the text-level leftovers (a WebVTT cue's speaker `Name:` or `<v Name>`, also after a
 * literal `\n`, structure/captions.ts; an error message echoing a value for a named field,
 * structure/error-echo.ts; `email / password`; Zoom's `global_dial_in_numbers` allowed by
 * default): realistic 0.970, adversarial 0.977; kept 0.990 / 0.938 (recall / kept: collaboration
 * 0.935 / 0.978, integration 0.981 / 1.000).
 * Then (on another branch, merged with the above) a bare `name` in a person's object dump (Ruby
 * `#<User email: …, name: …>`: a person class or a contact member beside it,
 * structure/object-dumps.ts) and under `shipTo` / `billTo` / `consignee` / `deliverTo` in JSON
 * written into text (the key rules' `ship to name`, as the record walk reads it:
 * structure/person-parent.ts): text_formats 1.000.
 * Known leaks left, by record shape: a person's name in a shared file's name or path (Dropbox
 * `path.contextual`, Drive `doc_title`, SharePoint `SourceFileName` / `ObjectId`); an Airtable
 * `cellValuesByFieldId` name under a field id; an e-mail in a Confluent wire-format hex dump.
 * Look-alikes still masked: a Google resource calendar's address, EasyPost's own `from_address`
 * street (a shipper's `from_address` is as often a person's return address: no principled
 * signal), Stripe's test routing number (ABA_ROUTING is masked by policy), a card authorisation
 * code under `authCode` (read as `auth`: a 6-character code under that name is as often a
 * one-time login code; only the card fields beside it tell, which the record walk would read).
 * Stop 37 (logins and account SIDs are personal data, masked): a Windows user SID (`…-1104`) moved from look-alikes to
 * planted values.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fourteenth round',
  'red-team corpus 14',
  REDTEAM14_CORPUS,
  {
    family: { collaboration: 0.983, it_hr: 1, integration: 0.98, text_formats: 1, commerce: 1 },
    slice: { realistic: { recall: 0.993, kept: 0.989 }, adversarial: { recall: 0.988, kept: 0.937 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fourteenth round', REDTEAM14_CORPUS);
