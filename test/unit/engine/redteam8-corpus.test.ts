import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM8_CORPUS } from './fixtures/redteam8-corpus.js';

/**
 * Eighth red-team round: recall per family and look-alikes kept for (a) healthcare records beyond
 * HL7 v2 / FHIR / X12 (DICOM headers and DICOMweb, C-CDA, NCPDP SCRIPT and D.0 claims, lab
 * results, EHR access logs, clinical notes, MBIs, implant serials, licences), (b) transcripts and
 * mail (WebVTT / SRT captions, IVR and voice-assistant logs, contact-centre transcripts, e-mail
 * signatures in seven languages, WhatsApp and Slack exports), (c) government, tax, education and
 * legal forms (W-2, 1099-NEC, W-9, EIN / ITIN, HMRC UTR, refunds, FERPA records, dockets,
 * unemployment claims, voter files, DMV lookups) and (d) IoT, automotive and smart home (MQTT,
 * wpa_supplicant, Home Assistant, SmartThings, telematics, OCPP / OCPI charging, smart meters,
 * BLE / Wi-Fi probes, doorbell face matches). Each case cites its public source in
 * fixtures/redteam8-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.723 (166 planted),
 * adversarial 0.372 (43); look-alikes kept 0.961 (102) / 1.000 (21). After this round's fixes
 * (record names of health, tax, education and device systems; EIN, UTR, MPAN and MRN after their
 * names): 0.843 / 0.535, kept unchanged. After the leaks9 fixes (DICOM by tag number in DICOMweb
 * JSON and dcmdump lines, C-CDA XML, numbers read out digit by digit, a spelled-out e-mail, ages
 * over 89, `M:` / "my number" phones, a sample SSN right after its name, XML values in a generic
 * child such as `<DateOfBirth><Date>`): 0.958 / 0.651, kept unchanged.
 * After leaks10 (mail bodies read decoded: quoted-printable soft breaks and `=XX` escapes after a
 * `Content-Transfer-Encoding: quoted-printable` header, a whole base64 / base64url body):
 * realistic 0.958, adversarial 0.721; mail_chat 0.977. Then the Cerner encounter number `fin` by
 * name and a meter serial after `/meters/` or `serial=` beside its supply point: realistic 0.970,
 * adversarial 0.744, kept unchanged. Then numbers under sensitive names in JSON escaped inside a
 * log string (an MQTT payload's `\"lat\":48.858093`): adversarial 0.791, iot 0.907. Then Tasmota
 * `Backlog` password commands: realistic 0.982, iot 0.953. Then a CSV column named only Address
 * beside City / State / ZIP: realistic 0.988, government 0.979.
 * After leaks12 (NCPDP D.0 AM01 / AM04 fields by field id; the (21) serial of a GS1 UDI and its
 * copies; a card read across two caption cues; a street before an NN-NNN postcode written in
 * letters of Latin Extended-A with a flat after a slash; eMA ids with separators and 7-byte RFID
 * UIDs in prose): realistic 0.994, adversarial 1.000, kept unchanged; healthcare, transcripts,
 * mail_chat and iot 1.000.
 * Known leaks left: a Canvas user's `name` in a JSON record (`user: {name, login_id}`: the record
 * walk reads a bare `name` by its parent only; JSON written into text is read with its siblings).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighth round',
  'red-team corpus 8',
  REDTEAM8_CORPUS,
  {
    family: {
      healthcare: 1,
      transcripts: 1,
      mail_chat: 1,
      government: 1,
      iot: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.97 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighth round', REDTEAM8_CORPUS);
