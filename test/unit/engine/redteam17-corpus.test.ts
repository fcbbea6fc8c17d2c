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
 * After the fixes of its leftovers (a messaging export's sender beside its id on both walks; a
 * markup `name` beside a person field and S/O-D/O-W/O care-of lines; a PAN after DigiLocker's
 * PANCR doctype; an RRN read with 다시; a SNILS printed NNN-NNN-NNN NN, an INN in 4-4-4 groups, an
 * INN / SNILS named by the word after it, an IIN after Kazakh "my number"; a second label after a
 * lead, a romanisation in brackets, Sber's `Перевод 5000р от`, `받는 분:`, `收件人写`, a payee before
 * `यांना पाठवले`; PK / BD mobile shapes and a bare `тел`; Russian compound number words; Thai
 * Buddhist-era birth dates; Indian flat lines, Korean road-name addresses, an `address=` query
 * parameter): realistic 1.000, adversarial 0.959; kept unchanged 1.000 / 1.000 (recall: ids 1.000,
 * contact 0.960, people 1.000, accounts 1.000).
 * Known leaks left, by record shape: a phone split over two messages of one record (`мій номер 050
 * 123` / `45 67, дзвоніть…`): each half alone is no phone, and joining the texts of sibling
 * messages is a record-walk feature of its own.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventeenth round',
  'red-team corpus 17',
  REDTEAM17_CORPUS,
  {
    family: { ids: 1, contact: 0.96, people: 1, accounts: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.959, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventeenth round', REDTEAM17_CORPUS);
