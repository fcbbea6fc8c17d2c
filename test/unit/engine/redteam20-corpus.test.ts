import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM20_CORPUS } from './fixtures/redteam20-corpus.js';

/**
 * Twentieth red-team round: records in Latin-script languages and countries no earlier round
 * used (Baltic, Slovak, Slovenian, Croatian, Serbian / Bosnian in Latin script, Albanian,
 * Icelandic, Irish, Maltese, Catalan, Basque, Galician, Luxembourgish, Turkish, Azerbaijani,
 * Uzbek, Vietnamese, Afrikaans, Zulu / Xhosa, Yoruba / Igbo / Hausa, Somali, Malagasy,
 * Kinyarwanda, Wolof, Quechua / Guaraní beside Spanish, Haitian Creole, Samoan / Tongan / Fijian,
 * Cebuano). Each case cites its public source in fixtures/redteam20-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.527 (112 planted),
 * adversarial 0.443 (88); look-alikes kept 0.971 (102) / 0.870 (23). Per family (recall / kept):
 * ids 0.500 / 0.982, contact 0.560 / 0.833, payments 0.509 / 1.000, people 0.367 / 0.917. (The
 * corpus as first written planted 323 values; it was cut to the brief's 200 by a mechanical rule
 * — a value planted twice counts once, then at most the first two values of each case — before
 * any fix; on all 323 the same engine scored 0.590 realistic / 0.449 adversarial.)
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twentieth round',
  'red-team corpus 20',
  REDTEAM20_CORPUS,
  {
    family: { ids: 0.5, contact: 0.56, people: 0.36, payments: 0.5 },
    slice: { realistic: { recall: 0.52, kept: 0.97 }, adversarial: { recall: 0.44, kept: 0.86 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twentieth round', REDTEAM20_CORPUS);
