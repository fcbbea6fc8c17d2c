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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-second round',
  'red-team corpus 22',
  REDTEAM22_CORPUS,
  {
    family: { ids: 0.797, contact: 0.857, people: 0.789, payments: 0.836, health: 0.794 },
    slice: { realistic: { recall: 0.856, kept: 0.947 }, adversarial: { recall: 0.755, kept: 0.906 } },
  },
  present,
);

corpusFloorsSuite(
  'red-team corpus, twenty-second round, every value as first written',
  'red-team corpus 22 (uncut)',
  REDTEAM22_CORPUS_FULL,
  {
    family: { ids: 0.804, contact: 0.888, people: 0.813, payments: 0.823, health: 0.805 },
    slice: { realistic: { recall: 0.868, kept: 0.943 }, adversarial: { recall: 0.759, kept: 0.859 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-second round', REDTEAM22_CORPUS_FULL);
