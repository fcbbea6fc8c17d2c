import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM22_CORPUS, REDTEAM22_CORPUS_FULL } from './fixtures/redteam22-corpus.js';

/**
 * Twenty-second red-team round: the documents of the large EU markets — e-invoices (Peppol BIS /
 * UBL, XRechnung, ZUGFeRD / Factur-X, FatturaPA, Facturae, KSeF), SEPA pain / camt messages and
 * instant-payment notifications, payroll and social-insurance records, eRezept / ordonnance /
 * appointment systems, tax portals, Meldebescheinigung and GDPR exports, CRM notes in German,
 * French, Italian, Spanish, Dutch, Polish, Portuguese, the Nordic languages, Czech, Romanian and
 * transliterated Greek. Each case cites its public source in fixtures/redteam22-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.856 (125 planted),
 * adversarial 0.755 (98); look-alikes kept 0.948 (96) / 0.907 (43). Per family (recall / kept):
 * payments 0.837 / 0.911, ids 0.797 / 0.940, people 0.789 / 0.933, health 0.794 / 1.000, contact
 * 0.857 / 0.923. (The corpus as first written planted 253 values and 163 look-alikes; it was cut
 * to the brief's size by a mechanical rule — at most the first four planted values and three
 * look-alikes of each case — before any run; on all of them the same engine scored 0.869
 * realistic / 0.759 adversarial, kept 0.943 / 0.860.)
 * After this round's fixes (field names of EU payroll, tax and payment records; the German
 * Rentenversicherungsnummer and eGK KVNR, rodné číslo, Polish NRB, lower-case henkilötunnus and a
 * spaced codice fiscale after their words; phone words of those languages and the EU / EFTA
 * numbering plans after any phone word; birth dates with spelled years and days, `geboren` after
 * the date; names after EU titles and initials; the party of Swish / Vipps / BLIK notifications;
 * French DSN rubriques read by rubrique; look-alikes kept: a file or order number in the sentence
 * after a phone, `contacto` no account word, `MobilePay:` no phone field, `Finanzamt …` no name):
 * realistic 0.984, adversarial 0.949; kept 0.958 / 0.977 (recall: payments 0.959, ids 0.973,
 * people 0.974, health 0.941, contact 1.000). All values as first written: realistic 0.979,
 * adversarial 0.954; kept 0.953 / 0.912.
 * After the leftovers pass (leaks30b: an id's type code in a sibling, ZUS `typ_identyfikatora: P`
 * naming `identyfikator` as a PESEL; a bare `<Nome>` element beside `<Cognome>`; a DNI that is a
 * whole REST path segment; Polish `NrRB`): realistic 0.992, adversarial 0.969, kept unchanged
 * (recall: ids 1.000, health 0.971). All values as first written: realistic 0.993, adversarial
 * 0.972.
 * After stop 31 (leaks31c: a national phone after `reply from` and other prepositions of
 * contact): adversarial 0.980 (recall: health 1.000); all values as first written: adversarial
 * 0.981.
 * Known leaks left, by record shape: a mobile under a bare `mobil` (a platform flag as often,
 * round 20); a camt remittance line in capitals holding the payer and street (`FRA LARS NIELSEN
 * VESTERBROGADE 33`: capitals name firms and places as often).
 * Look-alikes still masked: BICs under `BICFI` / `consumerBic` / `bic` and after `BIC`
 * (SWIFT_BIC is masked on purpose, rounds 10 and 15); a company's NIP under KSeF `Podmiot1.NIP`
 * (the whole-name rule `nip`); a postcode under `plz`; public head-office streets (Zalando,
 * Doctolib, Klarna: no signal tells a company's street from a person's).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-second round',
  'red-team corpus 22',
  REDTEAM22_CORPUS,
  {
    family: { ids: 1, contact: 1, people: 0.973, payments: 0.959, health: 1 },
    slice: { realistic: { recall: 1, kept: 0.968 }, adversarial: { recall: 0.979, kept: 0.976 } },
  },
  present,
);

corpusFloorsSuite(
  'red-team corpus, twenty-second round, every value as first written',
  'red-team corpus 22 (uncut)',
  REDTEAM22_CORPUS_FULL,
  {
    family: { ids: 1, contact: 1, people: 0.976, payments: 0.96, health: 1 },
    slice: { realistic: { recall: 1, kept: 0.962 }, adversarial: { recall: 0.981, kept: 0.912 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-second round', REDTEAM22_CORPUS_FULL);
