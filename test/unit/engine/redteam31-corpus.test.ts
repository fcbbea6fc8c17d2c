import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM31_CORPUS } from './fixtures/redteam31-corpus.js';

/**
 * Thirty-first red-team round: documents and files — file names and object keys, cloud drive audit
 * events, document metadata (EXIF / XMP / PDF Info / Office properties / Tika), e-signature audit
 * trails and document AI / OCR extraction. Each case cites its public source in
 * fixtures/redteam31-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.738 (141 planted),
 * adversarial 0.667 (114); look-alikes kept 0.935 (93) / 1.000 (51). Per family (recall / kept):
 * file_names 0.295 / 0.971, cloud_drive 0.673 / 0.955, doc_metadata 0.794 / 1.000, esign 0.927 /
 * 1.000, idp_extraction 0.802 / 0.895. (The corpus plants 255 values, more than the brief's 200; it
 * was not cut. The first measurement, 0.709 / 0.658, had three machine-readable zones written with
 * wrong check digits, which no real document carries; they were rebuilt by the ICAO 9303 rule
 * before any engine change.) The idempotence suite passed before any fix.
 * After this round's fixes (structure/file-names.ts: strings holding a document / image file name
 * glued by `_`, `%20` or a letter-digit `-` are also read in a same-length view with blanks there,
 * and a person's name beside a personal-document word in such a name is masked with its copies in
 * the path; key rules `PDF:Author`, `last author`, `artist`, `surnames`, camera body serials, MRZ
 * fields, shared-link keys `rlkey` / `resourcekey` / `shared_link_id`; lat_long_dms for exiftool
 * `deg` and `°` positions; Box / Egnyte / Dropbox shared-link path tokens and DocuSign `slt`;
 * `created_by` / `modified_by` / `owned_by` / `signer` as person parents): realistic 0.915,
 * adversarial 0.807; kept 0.935 / 1.000 (recall: file_names 0.773, cloud_drive 0.909,
 * doc_metadata 0.941, esign 0.951, idp_extraction 0.815).
 * Stop 32 (leaks32c.test.ts): ids in a personal document's file name proven by their own check
 * without their keyword (PESEL, personnummer, an Aadhaar written 4-4-4 with blanks, an SSN 3-2-4
 * where the name says W-2 / W-9 / tax, the SSA samples included; a BSN glued to `bsn`); names in
 * file names read back over blanks to a path separator or glued by letter-letter hyphens; Entra
 * guest UPNs (`…#EXT#@…`) as e-mails; a TD1 first MRZ line alone; `né(e) le`; a whole value
 * `First O'Surname` (the name gate now sees an apostrophe surname); a document-extraction field's
 * `Confidence` / `ValueType` kept; a seller's `VendorTaxId` kept: realistic 0.965, adversarial
 * 0.868; kept 0.957 / 1.000 (recall: file_names 0.955, cloud_drive 0.945, doc_metadata 0.941,
 * esign 0.976, idp_extraction 0.852).
 * Stop 33 (leaks33h.test.ts): Mindee-style short names read beside each other (`sn` / `gn` as
 * name parts, a document's `no` beside a `gn`); an identity parser's `type: "Document Id"` names
 * its `mentionText`; quoted captions as key=value pairs (`"ID NO"="…"`) and the `id no` key; a
 * person's folder under a folder of people or of one kind of personal document (`applicants/`,
 * `Visa/`, `Dossiers/`, `Kadry/`…: structure/file-names.ts personFolders); the numbered fields
 * of an EU driving licence read by OCR (structure/licence-fields.ts): realistic 0.979,
 * adversarial 0.947; kept 0.957 / 1.000 (recall: file_names 0.977, cloud_drive 1.000,
 * idp_extraction 0.938).
 * Known leaks left, by record shape: a name after a document word in an Acrobat Sign agreement
 * name without an extension (`Kira sözleşmesi - <name>`); a driving licence number
 * in a file name; exiftool's `Serial Number` text tag (certificate serials share the name); a
 * Windows user folder in `HyperlinkBase`; document AI fields under neutral or typed names
 * (Azure `Member.Name.valueString` in upper case, French `prénoms:` with a
 * comma between given names and `n° carte:`, a Mindee `address` in upper case); a receipt's cardholder in upper case in OCR text. Look-alikes still
 * masked: a service account e-mail (`…@…iam.gserviceaccount.com`, masked as EMAIL by design), the
 * city `Lyon` beside an IP in a geo block, W-2 wages `37160.56` (COMPENSATION under its field name,
 * by design), a vendor's public address.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-first round',
  'red-team corpus 31',
  REDTEAM31_CORPUS,
  {
    family: { file_names: 0.977, cloud_drive: 1, doc_metadata: 0.97, esign: 0.975, idp_extraction: 0.95 },
    slice: { realistic: { recall: 0.985, kept: 0.978 }, adversarial: { recall: 0.956, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-first round', REDTEAM31_CORPUS);
