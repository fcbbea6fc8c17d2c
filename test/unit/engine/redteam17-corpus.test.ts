import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM17_CORPUS } from './fixtures/redteam17-corpus.js';

/**
 * Seventeenth red-team round: records written in non-Latin scripts, round two (e-commerce and
 * delivery orders, bank and wallet notifications, government and identity portals, messaging
 * exports, HR / clinic / school records; Bengali, Tamil, Telugu, Marathi, Urdu, Persian, Kazakh,
 * Serbian Cyrillic, Bulgarian, Georgian, Armenian, Amharic, Burmese, Khmer, Sinhala, Mongolian,
 * Nepali, traditional Chinese, plus new record shapes in Japanese, Chinese, Korean, Russian,
 * Arabic and Thai). Each case cites its public source in fixtures/redteam17-corpus.ts. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.450 (151 planted),
 * adversarial 0.286 (49); look-alikes kept 1.000 (92) / 1.000 (7). Per family (recall / kept):
 * ids 0.396 / 1.000 (91), contact 0.480 / 1.000 (50), people 0.324 / 1.000 (37), accounts
 * 0.455 / 1.000 (22).
 * After this round's fixes (field names in 17 more languages and order APIs' address members;
 * Indic, Thai, Myanmar, Khmer and Mongolian digits folded; keyword-gated KZ IIN, BG EGN / ЛНЧ,
 * JMBG, PK CNIC, IR code melli, BD NID, GE personal number, MN register number, a typed HKID with
 * blanks and a lower-case Taiwan id; Sheba IBANs; phone words in those languages with 18 more
 * regions tried after them; transfer recipients and senders after their words; chat-export
 * senders; Cyrillic home addresses with a flat; Japanese N-N-N addresses after a municipality; CJK
 * numeral mobiles; Devanagari number words; Korean and Russian accounts after their words; `fio`):
 * realistic 0.947, adversarial 0.633; kept unchanged 1.000 / 1.000 (recall: ids 0.868, contact
 * 0.840, people 0.892, accounts 0.909).
 * Known leaks left, by record shape: a Marathi flat address after `पत्ता:` in text; a Sber SMS
 * sender after `Перевод 5000р от`; a payee before the Marathi postposition `यांना पाठवले`; a PK
 * mobile in an Urdu SMS with no phone word; the `name` and `co` attributes of an Aadhaar e-KYC
 * `<Poi>` / `<Poa>` element; a PAN inside a DigiLocker URI (`in.gov.pan-PANCR-…`); a Telegram
 * export's `from` member; a Georgian name as a \u-escaped value of JSON written into a string
 * field; a name after `收件人写`; the Kazakh `ФИО / Full name:` line (a lead, then a second label)
 * with its romanisation and `тел 8771…`; a Korean RRN read out with `다시` for the hyphen; an IIN,
 * an INN in 4-4-4 groups and a bare SNILS in prose without their words; a Bengali-digit phone after
 * English `number`; a Thai Buddhist-era birth date with a month name in Thai digits; a
 * percent-encoded Cyrillic address in a query string; a Russian phone in compound number words; a
 * phone split over two messages; a Korean address and name on the lines after `받는 분:` / `주소:`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventeenth round',
  'red-team corpus 17',
  REDTEAM17_CORPUS,
  {
    family: { ids: 0.86, contact: 0.84, people: 0.89, accounts: 0.9 },
    slice: { realistic: { recall: 0.94, kept: 1 }, adversarial: { recall: 0.63, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventeenth round', REDTEAM17_CORPUS);
