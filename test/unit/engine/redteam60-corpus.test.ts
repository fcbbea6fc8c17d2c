import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM60_CORPUS } from './fixtures/redteam60-corpus.js';

/**
 * Sixtieth red-team round: whole audit and activity logs written in another language (German,
 * French, Spanish / Portuguese, Italian / Dutch / Polish / Nordic, Japanese): local field names,
 * prose and value formats. Each case cites its public source in fixtures/redteam60-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.968 (160 planted),
 * adversarial 0.819 (105); look-alikes kept 0.898 (89) / 0.952 (21). Per family (recall / kept):
 * german_dach 0.875 / 0.971, french_belgian 0.918 / 0.950, iberian_latam 0.919 / 0.783,
 * italian_dutch_polish_nordic 0.911 / 0.947, japanese 0.933 / 0.857. (The corpus plants 265
 * values, more than the brief's 200; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (form builders' field / value pairs in German, Spanish / Portuguese,
 * French and Dutch: `{feld, wert}`, `{campo, valor}`, `{champ, valeur}`, `{veld | label, waarde}`;
 * field names `ausweisnummer`, `identifikationsnummer`, `carte d'identité`, a bare `naissance` /
 * `nacimiento` / `Geburtstag`, `Mobiltelefon`, `Versicherter` / `Versicherungsnehmer`; call-back
 * requests in the third person as phone words (`llamen al`, `Rückruf`, `terugbellen`, `ligar
 * para`); street words in lower case in prose (`calle`, `rua`, `avenida`; Italian `via` after
 * `abita` / `residente in`); a name after a closing (`groetjes`, `Grüße`, `Saludos`,
 * `Pozdrawiam`), and closing words no longer read as names (`Viele Grüße`, `Saludos Cordiales`);
 * a Japanese full name in katakana after a Japanese label (`氏名: タカハシ ユウキ`, `フリガナ`); an
 * order number after a town no postcode (`Ordine n. 77812`, `encomenda nº`, `Auftrag`)):
 * realistic 0.994, adversarial 0.943; kept 0.899 / 1.000 (recall: german_dach 0.982,
 * french_belgian 0.980, iberian_latam 1.000, italian_dutch_polish_nordic 0.956, japanese 0.933).
 * Leftovers fixed (stop 37): a whole `pnr` names a personnummer (keptUnderKey masks only a valid
 * one there, and the URL, SQL and flag readers now apply it to national ids, so `pnr=QW7R2T`
 * booking locators stay); the words for "name" as query parameters (`nom`, `nimi`, `namn`,
 * `naam`, `navn`, a bare `name`) beside a person-field or personal-id parameter, and romanised
 * `shimei` / `onamae` for a percent-encoded CJK name; a whole value in the Norwegian 3-2-3 mobile
 * grouping (`mobil: 406 12 345`, valid as a NO mobile; `mobil` itself stays no phone name); beyond
 * the corpus: Italian / Polish identity-card field names and the Polish card number in prose
 * (pl_id_card, its check digit), Swedish / Norwegian / Dutch home-address field names, past-tense
 * "called from" words of notes (`ringde`, `ringede`, `ringte`, `soitti`, `belde`, `ligou`,
 * `chamou`, `chiamato dal`, `dzwonił`) and the birth words `nascita`, `urodzenia`, `född`,
 * `født`, `fødsels-`, `syntynyt`, `syntymä-`; a street type alone under `tipo_via` /
 * `tipo_logradouro` / `street_type` stays (keptUnderKey): realistic 1.000, adversarial 0.981;
 * kept 0.910 / 1.000 (recall: german_dach 0.982, french_belgian 1.000, iberian_latam 1.000,
 * italian_dutch_polish_nordic 1.000, japanese 0.967).
 * Known leaks left, by record shape: a given name in parentheses after a masked surname (`Herr
 * Müller (Thomas)`); a katakana name after a Latin `name=` in a log line (left: katakana writes
 * loanwords, `name: サービス アカウント`). Look-alikes still masked: a city's postcode
 * alone (`PLZ 10115 Berlin`, a delivery zone: the engine masks postcodes after `PLZ`); a
 * company's registered office (`1 place de la Défense, 92400 Courbevoie`, `Av. Paulista, 1578`,
 * a Tokyo government office `〒163-8001 …西新宿2-8-1`: no key rule keeps the value detectors off
 * a `siege_social` / `sede` member); a company's CNPJ and RFC (`16.727.230/0001-97`, `MAB-930714-8T4`:
 * this corpus keeps companies' numbers, while the catalog masks BR_CNPJ (asserted in
 * corpus.test.ts) and companies' 3-letter RFCs (mx_rfc) by design: a decision for the lead).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixtieth round',
  'red-team corpus 60',
  REDTEAM60_CORPUS,
  {
    family: {
      german_dach: 0.982,
      french_belgian: 1,
      iberian_latam: 1,
      italian_dutch_polish_nordic: 1,
      japanese: 0.966,
    },
    slice: { realistic: { recall: 1, kept: 0.91 }, adversarial: { recall: 0.98, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixtieth round', REDTEAM60_CORPUS);
