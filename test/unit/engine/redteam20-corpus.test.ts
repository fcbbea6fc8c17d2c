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
 * After this round's fixes (field names of those languages: surnames, phones, dates of birth,
 * addresses, ids and accounts, the bare word for "name" only whole; phone words and regions of
 * those countries; mobile-money SMS parties `to / à / kuri / kang NAME 0244…` behind the SMS's
 * balance / fee / ref words; month names and birth words; introductions `mwen rele`, `zovem se`,
 * `o lo'u igoa o`…; Nigeria BVN after its keyword): realistic 0.973, adversarial 0.659; kept
 * unchanged 0.971 / 0.870 (recall: ids 0.822, contact 0.880, payments 0.855, people 0.800).
 * Leftovers closed after (ids typed with other separators in prose, after their word and with
 * their check digit where they have one: EMŠO `010100-650000-6`, Latvian code with a space, PPS
 * `6433435 f`, Peru DNI with its check character, a dotted cédula, Rwanda NID in groups,
 * Azerbaijan FİN kod, Slovene davčna `SI 5022 3054`, Icelandic account `0159-26-007654` after
 * `reikning`, a NUBAN in groups after an account word; names decomposed (NFD) read as composed; a wallet SMS party typed in lower
 * case, `kang rowena bacalso, 0917…`; look-alikes kept: a name after a Vietnamese area word,
 * `Cumhuriyet Bayramı`, an EAN-13 after `Barkod`): realistic 0.973, adversarial 0.818; kept 0.971
 * / 1.000 (recall: ids 0.911, contact 0.880, payments 0.945, people 0.833).
 * Stop 30: street words after the name (Baltic `mnt`, `tn`, `iela`, `gatvė`, `g.`; Hungarian,
 * Slovene, Croatian, Turkish; Polish `ul.` and Albanian `Rruga` before it: eu_street_address) and
 * an Afrikaans `van` beside `voornaam` / `naam` (structure/bare-name-columns.ts, NAME_PARTNERS):
 * realistic 0.982, adversarial 0.830; kept 0.971 / 1.000 (recall: ids 0.933, contact 0.880).
 * Known leaks left, by record shape: company-or-person taxpayer numbers under their own names
 * (Albania NIPT under `nid`, Azerbaijan VÖEN under `voen`: rounds 10 and 17 keep company numbers
 * as look-alikes, so the names stay unmasked); numbers read as words in transcripts (Latvian, Icelandic, Vietnamese, Zulu, Bosnian)
 * and years spelled out (Catalan, Galician, Turkish), a Basque year-first date (`1987ko
 * azaroaren 3an`); ids split over two fields (Lithuanian asmens kodas, Slovene IBAN halves); an
 * employee's name after the Igbo label `Onye ọrụ:` in prose; a lower-case name in a chat without
 * a wallet SMS word (`(aminata sow)`) and the Wave number with dots beside it (`77.123.45.67`, read as an
 * IPv4 address, so masked but as IP_ADDRESS).
 * Look-alikes still masked: public company head-office streets (Bolt, Glovo: no signal tells a
 * company's street from a person's).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twentieth round',
  'red-team corpus 20',
  REDTEAM20_CORPUS,
  {
    family: { ids: 0.932, contact: 0.919, people: 0.866, payments: 0.963 },
    slice: { realistic: { recall: 0.982, kept: 0.98 }, adversarial: { recall: 0.863, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twentieth round', REDTEAM20_CORPUS);
