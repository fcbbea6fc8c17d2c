import { isCompanyName } from '../../structure/company-name.js';
import { SIG_NON_ASCII, SIG_UPPER } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, nameKind } from './person-names.js';

/**
 * The party of a payment named in a bank's operator, support or teller note, in the languages of
 * the European desks that write them (leftovers of red-team round 69), where no gazetteer knows
 * the name (`Gudrun Achenbach-Ries`, `reinhold zappenfeld`) and the case may be lost:
 *
 * - after a party label and a colon, optionally with the document it comes from in between
 *   (`Kontoinhaber laut Auftrag: Gudrun Achenbach-Ries,`, `kunde: reinhold zappenfeld |`,
 *   `cliente: remedios alcántara ruiz |`, `rekeninghouder: …`, `titulaire : …`): German, Spanish,
 *   Portuguese, Italian, Dutch and French words for the customer, the account holder, the payee
 *   and the payer;
 * - after a naming phrase (`au nom de Benoît Lagarrigue`, `a nombre de …`, `intestato a …`,
 *   `zugunsten von …`);
 * - in quotes after a phrase that says whose name it was (`naam was "cornelis van der brugge"`,
 *   `niet van "…"`, `le bénéficiaire "…"`, `ten name van "…"`: a capitalised name after `t.n.v.`
 *   is payee_name_nl's);
 * - in a Confirmation-of-Payee event's pairs (`name_entered="sam okonedo"`, `suggested="…"`,
 *   `returned_name="…"`) in a text that holds the CoP answer (`match`).
 *
 * The name: two to five words of letters (`-`, `'`, an initial, the particles `van der`, `de la`),
 * capitalised or in capitals; in lower case only up to the cell's or the clause's end (`|`, `,`,
 * `;`, `(`, the line's end) or in quotes. None of its words may be a stop word (months, places,
 * products: person-name-stop.ts) or one of the desks' status words (`neu`, `unbekannt`,
 * `desconocido`, `inconnu`, `onbekend`, `verified`…); a company (a legal form) stays.
 */
const LABEL =
  "cust|kunde|kundin|kontoinhaber(?:in)?|zahlungsempf[äa]nger(?:in)?|empf[äa]nger(?:in)?|auftraggeber(?:in)?|beg[üu]nstigte[rn]?|cliente|titular|benefici[aá]rio|ordenante|klant|rekeninghouder|begunstigde|opdrachtgever|titulaire|b[ée]n[ée]ficiaire|donneur d'ordre|intestatario|ordinante";
const SOURCE = '(?: (?:laut|lt\\.|gem\\.|gem[äa](?:ss|ß)|seg[úu]n|selon|volgens|secondo|per) [\\p{L}.-]{2,20}(?: [\\p{L}.-]{2,20})?)?';
const PHRASE = 'au nom de|a nombre de|intestato a|zugunsten von|im namen von';
const QUOTE_PHRASE =
  'ten name van|t\\.n\\.v\\.|naam was|naam is|niet van|nom [ée]tait|nombre era|nome era|name war|le b[ée]n[ée]ficiaire|la b[ée]n[ée]ficiaire|le titulaire|la titulaire|el titular|la titular|il beneficiario|der empf[äa]nger|die empf[äa]ngerin';
const COP_KEY = 'name_entered|entered_name|suggested|suggested_name|returned_name|matched_name|actual_name';

const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}[\\p{Ll}\\p{Lu}'’]*)*\\.?";
const PARTICLE = '(?:van|von|de|der|den|del|della|di|da|du|la|le|ter|ten|y|zu|dos|das|e)';
const CAP_NAME = `${CAP_WORD}(?: (?:${PARTICLE} ){0,2}${CAP_WORD}){1,4}`;
const LOW_WORD = "\\p{Ll}[\\p{Ll}'’]*(?:-\\p{Ll}+)*";
/** In lower case, up to the cell's or the clause's end. */
const LOW_NAME = `${LOW_WORD}(?: ${LOW_WORD}){1,4}(?=[ \\t]*(?:[|,;(]|\\r?\\n|$| - ))`;
const QUOTED = "\"([\\p{L}'’. -]{3,60})\"|«\\s?([\\p{L}'’. -]{3,60}?)\\s?»|„([\\p{L}'’. -]{3,60})“";

/**
 * A verb or a participle between a party label and its name (`Kundin heißt laut Ausweis …`,
 * `bénéficiaire déclaré …`, `beneficiario declarado …`; red-team round 73, left73).
 */
const QUALIFIER =
  '(?:hei(?:ß|ss)t|lautet|ist|est|es|è|is|d[ée]clar[ée]e?|declarad[oa]|dichiarat[oa]|declared|stated|angegeben(?:e[rn]?)?|genannt|opgegeven)';
/** The document a name was read from, one word after its preposition and an article (`laut Kontoauszug`, `selon le RIB`). */
const SOURCE_WORD =
  "(?:laut|lt\\.|gem\\.|gem[äa](?:ss|ß)|seg[úu]n|selon|volgens|secondo|per) (?:(?:le|la|l'|el|il|dem|der|de|het) )?[\\p{L}.-]{2,20}";

const BEFORE = '(?<![\\p{L}\\d_])';
/** The leads, in any case; each match ends where the name may start. */
const LABEL_LEAD = new RegExp(`${BEFORE}(?:${LABEL})${SOURCE}[ \\t]?:[ \\t]{0,2}`, 'giu');
const PHRASE_LEAD = new RegExp(`${BEFORE}(?:${PHRASE}) `, 'giu');
const QUOTE_LEAD = new RegExp(`${BEFORE}(?:${QUOTE_PHRASE})[ \\t]?:?[ \\t]?`, 'giu');
const COP_LEAD = new RegExp(`${BEFORE}(?:${COP_KEY})=`, 'giu');
/**
 * A label with a verb or a source and no colon (`Kunde heißt laut Pass`, `Kontoinhaber laut
 * Kontoauszug`, `bénéficiaire déclaré`): only a capitalised name or a quoted one may follow.
 */
const QUALIFIED_LEAD = new RegExp(`${BEFORE}(?:${LABEL})(?: ${QUALIFIER}(?: ${SOURCE_WORD})?| ${SOURCE_WORD}) `, 'giu');
/**
 * The name a name check received, quoted after `got` / `received` in a mismatch error (`name
 * mismatch: expected … got 'Park Min Ji'`; red-team round 73): read only in a text that says the
 * names did not match.
 */
const MISMATCH_LEAD = /(?<![\p{L}\d_])(?:got|received|returned|provided|submitted)[ \t]?:?[ \t]?(?=['"])/giu;
const MISMATCH_TEXT = /\bname\b[^\n]{0,40}\b(?:mismatch|does not match|did not match|not matching)\b|\bmismatch\b[^\n]{0,20}\bname\b/i;
const SINGLE_OR_DOUBLE_QUOTED_AT = /(?:'([\p{L}’. -]{3,60})'|"([\p{L}'’. -]{3,60})")/duy;
/** The name right at a lead's end, case-sensitive (`au nom de Benoît Lagarrigue bloqué` ends at the lower-case word). */
const ANY_NAME_AT = new RegExp(`(?:(${CAP_NAME})|(${LOW_NAME})|${QUOTED})`, 'dyu');
const CAP_NAME_AT = new RegExp(`(?:(${CAP_NAME})|${QUOTED})`, 'dyu');
const QUOTED_AT = new RegExp(`(?:${QUOTED})`, 'dyu');

/** Status and placeholder words of the desks' notes that a label may be followed by. */
const STATUS_WORDS = new Set(
  (
    'neu neue neuer alt alte unbekannt gesperrt privat firma nicht keine kein ja nein ok bestätigt bestatigt verifiziert angelegt geändert geandert ' +
    'nuevo nueva desconocido desconocida bloqueado verificado activo activa empresa ' +
    'nouveau nouvelle inconnu bloqué bloque vérifié verifie société societe entreprise ' +
    'nuovo nuova sconosciuto bloccato verificato azienda ' +
    'nieuw nieuwe onbekend geblokkeerd geverifieerd bedrijf ' +
    'new unknown blocked verified vip premium business gold standard test demo app web mobile online banking none null ' +
    // Institutions a payee label names as often as a person, without a legal form (`Empfänger:
    // Stadtwerke München`, `titulaire : Trésor Public`).
    'bank sparkasse volksbank raiffeisenbank stadtwerke finanzamt versicherung krankenkasse telekom verein stiftung gemeinde stadt amt ' +
    'banco caja seguros ayuntamiento hacienda banque assurance mairie trésor tresor public publique banca comune agenzia ' +
    'gemeente belastingdienst verzekering waterschap'
  ).split(' '),
);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'y',
  'zu',
  'dos',
  'das',
  'e',
]);
/** Words of an API's answer that a name check may echo instead of a name (`got 'Bad Request'`). */
const CHECK_NOISE = new Set(
  'bad request not found unauthorized forbidden error invalid unknown null none empty missing timeout undefined'.split(' '),
);
/** A word in capitals only (`HTTP`, `API`): a checked name's words in capitals come all together. */
const ACRONYM = /^\p{Lu}{2,5}$/u;
const LEGAL_FORM_END = / (?:BV|NV|KG|AG|SE|AB|OY|SPA|SRL|SARL|SAS|SL|SA|GMBH|LTD|INC|LLC|PLC)\.?$/i;

/**
 * Whether `value` reads as a person's name: 2 to 5 words, no stop or status word, no company. A
 * name a name check received (`checked`: quoted in a mismatch error) may hold a word that is a
 * place or a thing elsewhere (`Park Seo Yeon`).
 */
function isPartyName(value: string, checked = false): boolean {
  const words = value.trim().split(/\s+/);
  let named = 0;
  let everyday = 0;
  for (const w of words) {
    const bare = w.replace(/[.'’]/g, '').toLowerCase();
    if (bare.length === 0) return false;
    if (PARTICLES.has(bare)) continue;
    if (STATUS_WORDS.has(bare)) return false;
    if (checked) {
      if (CHECK_NOISE.has(bare)) return false;
      if (isEverydayWord(bare) || (bare.length > 1 && isNameStopWord(foldName(bare)))) everyday++;
      else if (ACRONYM.test(w)) return false;
    } else if (bare.length > 1 && isNameStopWord(foldName(bare))) return false;
    named++;
  }
  return (
    named >= 2 &&
    everyday < named &&
    words.length <= 6 &&
    value.replace(/[^\p{L}]/gu, '').length >= 5 &&
    !isCompanyName(value.trim()) &&
    !LEGAL_FORM_END.test(value.trim())
  );
}

const ID = 'person_name_payment_note';

/**
 * Whether the keyword pass saw only `cust` and every `cust` of the text runs on into a word
 * (`customer`, `custody`): `cust` is a label only before a colon, a blank or a tab (LABEL_LEAD,
 * QUALIFIED_LEAD), and the other leads' words are this detector's other keywords, so no lead can
 * match. Chats and prompts say `customer` everywhere: without this, each opened every lead's
 * whole-text search (stop 40: 73 µs a prompt record).
 */
function onlyProseCust(scan: TextScan): boolean {
  const hits = scan.keywordHits;
  if (hits === undefined || hits[CUST_KEYWORD] !== 1) return false;
  for (let j = 0; j < hits.length; j++) if (j !== CUST_KEYWORD && hits[j] === 1) return false;
  // The positions person_name_unlisted_lower reads too (TextScan.positionsInLower: one search). A
  // text without capitals or letters outside ASCII is its own lower-cased form: not lowered (a
  // 4.5 KB prompt's toLowerCase reads every character even when nothing changes).
  const lower = (scan.signature & (SIG_UPPER | SIG_NON_ASCII)) === 0 ? scan.text : scan.lower();
  for (const i of scan.positionsInLower('cust')) {
    const c = lower.charCodeAt(i + 4);
    if (c === 58 || c === 32 || c === 9) return false;
  }
  return true;
}

function findParties(scan: TextScan, out: Span[], priority: number): void {
  if (onlyProseCust(scan)) return;
  const text = scan.text;
  const match = scan.lower().indexOf('match') >= 0;
  const leads = match && text.indexOf('=') >= 0 ? LEADS_WITH_COP : LEADS;
  for (const [lead, name] of match && MISMATCH_TEXT.test(text) ? [...leads, MISMATCH] : leads) {
    lead.lastIndex = 0;
    for (let l = lead.exec(text); l !== null; l = lead.exec(text)) {
      name.lastIndex = l.index + l[0].length;
      const m = name.exec(text);
      if (m === null) continue;
      let range: [number, number] | undefined;
      for (let g = 1; g < m.length && range === undefined; g++) if (m[g] !== undefined) range = m.indices![g];
      if (range === undefined) continue;
      let [start, end] = range;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      while (start < end && text.charCodeAt(start) === 32) start++;
      const value = text.slice(start, end);
      if (!isPartyName(value, lead === MISMATCH_LEAD)) continue;
      out.push({ start, end, entity: 'PERSON', detector: ID, normalized: foldName(value.toLowerCase()).replace(/\s+/g, ' '), priority });
    }
  }
}

const LEADS: readonly (readonly [RegExp, RegExp])[] = [
  [LABEL_LEAD, ANY_NAME_AT],
  [QUALIFIED_LEAD, CAP_NAME_AT],
  [PHRASE_LEAD, CAP_NAME_AT],
  [QUOTE_LEAD, QUOTED_AT],
];
const MISMATCH: readonly [RegExp, RegExp] = [MISMATCH_LEAD, SINGLE_OR_DOUBLE_QUOTED_AT];
const LEADS_WITH_COP: readonly (readonly [RegExp, RegExp])[] = [...LEADS, [COP_LEAD, QUOTED_AT]];

export const personNamePaymentNote: ValueDetector = {
  ...detectorFields({
    id: ID,
    entity: 'PERSON',
    description:
      "A payment's party named in a bank's note after a party label (Kunde:, Kontoinhaber laut Auftrag:, cliente:, titulaire :, rekeninghouder:), a naming phrase (au nom de, a nombre de, intestato a), in quotes after naam was / ten name van / le bénéficiaire, or in a Confirmation-of-Payee pair (name_entered=, suggested=)",
    validation:
      "two to five words of letters (initials and particles allowed), capitalised or in capitals, in lower case only up to a | , ; ( or the line's end or in quotes; no stop word or status word (neu, unbekannt, desconocido, inconnu, verified…); a company stays; CoP pairs only in a text that says match",
    context: true,
    example: 'Kontoinhaber laut Auftrag: Gudrun Achenbach-Ries, IBAN …',
    keywords: [
      // A chat or alerting bot's short label (`cust: … | addr: …`; red-team round 73).
      'cust',
      'kunde',
      'kundin',
      'kontoinhaber',
      'empfänger',
      'empfanger',
      'auftraggeber',
      'begünstigt',
      'cliente',
      'titular',
      'beneficiario',
      'beneficiário',
      'ordenante',
      'klant',
      'rekeninghouder',
      'begunstigde',
      'opdrachtgever',
      'titulaire',
      'bénéficiaire',
      'beneficiaire',
      "donneur d'ordre",
      'intestatario',
      'ordinante',
      'au nom de',
      'a nombre de',
      'ten name van',
      't.n.v.',
      'intestato a',
      'zugunsten von',
      'im namen von',
      'naam was',
      'naam is',
      'niet van',
      'nom était',
      'nom etait',
      'nombre era',
      'nome era',
      'name war',
      'name_entered',
      'entered_name',
      'suggested',
      'returned_name',
      'matched_name',
      'actual_name',
      // A name check's error (`name mismatch: expected … got '…'`).
      'mismatch',
      'not match',
    ],
    prefilter: () => true,
  }),
  readsKeywordHits: true,
  find: findParties,
};
/** The index of `cust` in personNamePaymentNote's keywords (its keyword-hit slot). */
const CUST_KEYWORD = personNamePaymentNote.keywords!.indexOf('cust');

/**
 * A surname on the next line after a title and a given name (`rang Mrs Hannah\nGallagher-Lowe <…>`,
 * `spoke to Mr Barnaby\nQuillfeather-Hayes on …`): a note wrapped by its editor or its export,
 * where person_name reads the title and the given name on the first line only (leftovers of
 * red-team round 69). One capitalised word (or two joined by a hyphen) at the next line's start,
 * no stop word and no everyday word (`Mr Smith\nPlease call`).
 */
const TITLED_WRAP =
  /(?<![\p{L}\d])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle|Sr|Sra)\.?[ \t]\p{Lu}\p{Ll}+[ \t]*\r?\n[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])/dgu;

export const personNameTitleWrapped = regexDetector({
  id: 'person_name_title_wrapped',
  entity: 'PERSON',
  description: 'A surname on the line after a title and a given name (a wrapped note)',
  validation:
    "a title (Mr, Mrs, Ms, Dr, Herr, Frau, Mme…) and a capitalised given name at a line's end, then one capitalised word (hyphenated too) at the next line's start; no stop word or everyday word",
  context: true,
  example: 'spoke to Mr Barnaby\nQuillfeather-Hayes on the phone',
  keywords: ['mr ', 'mrs ', 'ms ', 'miss ', 'mx ', 'dr ', 'herr ', 'frau ', 'mme ', 'mlle ', 'sr ', 'sra ', 'mr. ', 'mrs. ', 'dr. '],
  prefilter: (s) => s.text.indexOf('\n', 1) !== -1,
  pattern: TITLED_WRAP,
  group: 1,
  validate: (v) => {
    const folded = foldName(v.toLowerCase());
    return v.split('-').some((w) => isNameStopWord(foldName(w.toLowerCase())) || isEverydayWord(w.toLowerCase())) || folded.length < 3
      ? undefined
      : v;
  },
});

/**
 * A participant's name in brackets after its role and study number (`Participant 610-0003
 * (Clarabelle\nWetherspoon, mobile …)`, `subject 201-0031 (Leontyne Macausland)`: monitoring
 * letters and CRA e-mails, wrapped by their editor; leftovers of red-team round 95). The role and
 * the number say the bracket holds who they are: two capitalised words (hyphenated too) split by
 * blanks or a line break, then `,` or `)`; no word a stop word or an everyday word (`(Screen
 * Failure)`, `(Early Termination)` stay), and one of them a hyphenated name or a name the lists know.
 */
const SUBJECT_ID_BRACKETED =
  /(?<![\p{L}\d])(?:[Pp]articipant|[Ss]ubject|[Pp]atient)[ \t]+(?:#[ \t]?)?[A-Z]{0,4}-?\d[\w-]{1,14}[ \t]+\((\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+|[ \t]*\r?\n[ \t]*)\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?=[,)])/dgu;

export const personNameBracketedAfterSubjectId = regexDetector({
  id: 'person_name_bracketed_after_subject_id',
  entity: 'PERSON',
  description: "A participant's name in brackets after its role and study number (Participant 610-0003 (Name Surname, …))",
  validation:
    'participant / subject / patient, a study number (digits, capitals and dashes), then ( and two capitalised words split by blanks or a line break, then , or ); no stop or everyday word, one word hyphenated or known to the name lists',
  context: true,
  example: 'Participant 610-0003 (Clarabelle Wetherspoon, mobile on file) moved',
  keywords: ['participant', 'subject', 'patient'],
  prefilter: (s) => s.text.indexOf('(') !== -1,
  pattern: SUBJECT_ID_BRACKETED,
  group: 1,
  validate: (v) => {
    const words = v.split(/\s+/);
    let known = false;
    for (const w of words) {
      if (w.includes('-')) known = true;
      for (const part of w.split('-')) {
        const key = foldName(part.toLowerCase());
        if (isNameStopWord(key) || isEverydayWord(key)) return undefined;
        if (nameKind(key) !== 0) known = true;
      }
    }
    return known ? v : undefined;
  },
});
