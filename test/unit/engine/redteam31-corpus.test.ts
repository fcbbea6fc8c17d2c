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
 * Known leaks left, by record shape: an id glued to its keyword without a separator
 * (`BSN111222333`); ids in file names without their keyword (a PESEL, the SSA example SSN after
 * `W2_2025_`, a personnummer, an Aadhaar written 4-4-4, a driving licence number); names in file
 * names without a personal-document word or with blanks (`Jane Doe - drivers licence …`, an
 * applicant folder `applicants/Emily Tremblay/`, `Halvorsen, Ingrid` as a Windows folder, a folder
 * `Chloé Lefèvre` or `Lewandowski Wojciech` whose file holds only an id, a name after an Aadhaar
 * written with blanks in the file name); a SharePoint guest UPN (`…#EXT#@…`) and names in
 * `TargetUserOrGroupName` arrays and a Google Drive page title; exiftool's `Serial Number` text
 * tag; a Windows user folder in `HyperlinkBase`; a signer under DocuSign XML `UserName` and in an
 * Acrobat Sign agreement name; document AI fields under neutral or typed names (Document AI
 * `type: "Document Id"` + `mentionText`, Azure `Member.Name.valueString`, Mindee `sn` / `gn` /
 * `no`, a TD1 MRZ first line alone, key=value OCR pairs `"NAME"="…"`, `"ID NO"`, French `nom:` /
 * `prénoms:` / `né(e) le`, UK licence field numbers `2.` / `3.` / `5.` / `8.`, a Mindee `address`
 * in upper case); a receipt's
 * cardholder in upper case in OCR text. Look-alikes still masked: a service account e-mail
 * (`…@…iam.gserviceaccount.com`, masked as EMAIL by design), the city `Lyon` beside an IP in a
 * geo block, Textract confidence `98.95` and W-2 wages `37160.56` (masked with their field
 * objects), a vendor's public address, a company's Polish NIP under `VendorTaxId`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-first round',
  'red-team corpus 31',
  REDTEAM31_CORPUS,
  {
    family: { file_names: 0.772, cloud_drive: 0.909, doc_metadata: 0.941, esign: 0.95, idp_extraction: 0.814 },
    slice: { realistic: { recall: 0.914, kept: 0.935 }, adversarial: { recall: 0.807, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-first round', REDTEAM31_CORPUS);
