import type { TextScan } from '../types.js';
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

/** A given name the lists know (SSA, a rare one too) of 3+ letters that is no stop, everyday or word-like word. */
export function listedGivenName(word: string): boolean {
  const key = foldName(word);
  return (
    key.length >= 3 && (nameKind(key) & (GIVEN | RARE)) !== 0 && !isNameStopWord(key) && !isEverydayWord(key) && !WORDLIKE_GIVEN.has(key)
  );
}

/** A word no stop list holds (a company's, a place's or a product's word). */
function noStopWord(word: string): boolean {
  const key = foldName(word);
  return !isNameStopWord(key) && !isEverydayWord(key);
}

/**
 * Whose a pet's microchip (or a licence, a tag) is registered to, surname first as a registry's
 * record writes it, in a clinic's chip-scan alert or a shelter's intake memo (leftovers of
 * red-team round 99: `chip registered to HALVORSEN, Ingeborg`, `Registrant: PETRAKIS, Anastasia`,
 * German `registriert auf SCHWERDTFEGER, Irmgard`, French `enregistrée au nom de`, Spanish
 * `registrado a nombre de`). One upper-case surname (a particle or a hyphen allowed), a comma,
 * then a given name the lists know: a rescue or a shelter (`HOPE RESCUE, Inc.`, `COUNTY ANIMAL
 * SERVICES, Intake`, `PAWS ALLIANCE, Foster Program`) stays.
 */
export const personNameRegistrant = regexDetector({
  id: 'person_name_registrant',
  entity: 'PERSON',
  description:
    'A registrant written surname first (`SURNAME, Given`) after registered to / registrant / registriert auf (chip-scan alerts, intake memos)',
  validation:
    'after registered to, registrant(:), registriert auf, au nom de, a nombre de: one upper-case surname of 2+ letters (a particle or a hyphen allowed, no stop word), a comma, a capitalised given name the SSA list knows (no stop, everyday or word-like word; after a surname the Census list knows any capitalised word of 3+ letters that is no stop or everyday word), and at most one more capitalised word that is no stop word',
  context: true,
  example: 'chip registered to HALVORSEN, Ingeborg',
  keywords: ['registered to', 'registrant', 'registriert auf', 'au nom de', 'a nombre de'],
  prefilter: (s: TextScan) => s.text.includes(','),
  pattern:
    /(?:[Rr]egistered to|REGISTERED TO|[Rr]egistrant|REGISTRANT|[Rr]egistriert auf|au nom de|a nombre de)[ \t]*:?[ \t]+((?:(?:VAN|VON|DE|DEL|DA|DI|LE|LA|MC|MAC) )?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+, [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?![\wÀ-ÿ])/dg,
  group: 1,
  validate(v) {
    const [surname, rest] = v.split(', ') as [string, string];
    const surnameWord = surname.split(' ').pop()!;
    if (!noStopWord(surnameWord)) return undefined;
    const given = rest.split(/[ -]/);
    // A given name no list holds after a surname the Census list knows (`KOWALCZYK, Benedykta`).
    const surnameKnown = (nameKind(foldName(surnameWord)) & SURNAME) !== 0;
    if (!listedGivenName(given[0]!) && !(surnameKnown && given[0]!.length >= 3 && noStopWord(given[0]!))) return undefined;
    if (given.length > 1 && !noStopWord(given[1]!)) return undefined;
    return v;
  },
});

/** Upper-case labels of people on a fax, a requisition or a label that OCR reads (`OWNER :`, `CLIENT NAME :`). */
const OCR_PERSON_LABELS =
  'OWNER|OWNER NAME|CLIENT|CLIENT NAME|PET OWNER|RESPONSIBLE PARTY|VET|VETERINARIAN|DOCTOR|PRESCRIBER|PHYSICIAN|ORDERING VET|REQUESTED BY|TIERHALTER|EIGENAAR|PROPRIETAIRE|PROPRIÉTAIRE|PROPIETARIO|TUTOR';

/**
 * A person's name in upper case after an upper-case label of a faxed form or a requisition as OCR
 * text reads it, with doubled blanks between the words (leftovers of red-team round 99: `OWNER :
 * PRUDENCE  ABERNATHY-COLE`, `DOCTOR :  DR  CASIMIR  VANDERHOEK`): two or three upper-case words
 * of 2+ letters one or two blanks apart (three blanks or a line break end the name: `DR  …   DEA
 * …`), after an optional `DR`; one of them a name the lists know and none a stop word (`PATIENT :
 * BISCUIT` is not a person's label; `DRUG :  ACEPROMAZINE  MALEATE` neither).
 */
export const personNameOcrLabel = regexDetector({
  id: 'person_name_ocr_label',
  entity: 'PERSON',
  description:
    'Upper-case names with doubled blanks after an upper-case person label of OCR text (OWNER :, CLIENT NAME :, VET :  DR, DOCTOR :)',
  validation:
    'after OWNER, OWNER NAME, CLIENT, CLIENT NAME, PET OWNER, RESPONSIBLE PARTY, VET, VETERINARIAN, DOCTOR, PRESCRIBER, PHYSICIAN, ORDERING VET, REQUESTED BY, TIERHALTER, EIGENAAR, PROPRIÉTAIRE, PROPIETARIO, TUTOR and a colon (an optional DR): 2–3 upper-case words of 2+ letters one or two blanks apart, a doubled blank among them or right before them, one a given name or surname the lists know, none a stop word',
  context: true,
  example: 'OWNER :  PRUDENCE  ABERNATHY-COLE',
  keywords: [
    'owner',
    'client',
    'vet',
    'doctor',
    'prescriber',
    'physician',
    'requested by',
    'tierhalter',
    'eigenaar',
    'propri',
    'tutor',
    'responsible party',
  ],
  // Only OCR text with doubled blanks: single-spaced labels are person_name's.
  prefilter: (s: TextScan) => s.text.includes('  '),
  pattern: new RegExp(
    `(?<![A-Za-z])(?:${OCR_PERSON_LABELS})[ \\t]{0,3}:[ \\t]{1,3}(?:DR\\.?[ \\t]{1,2})?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: {1,2}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,2})(?![A-Za-zÀ-ÿ])`,
    'dg',
  ),
  group: 1,
  validate(v, scan, start) {
    // Doubled blanks in the name or between the label (or `DR`) and it: OCR's spacing.
    if (!v.includes('  ') && !scan.text.slice(Math.max(0, start - 8), start).includes('  ')) return undefined;
    const words = v.split(/ {1,2}/);
    let known = false;
    for (const w of words) {
      if (w.length < 2) return undefined;
      const key = foldName(w);
      if (isNameStopWord(key) || isEverydayWord(key)) return undefined;
      for (const part of key.split(/['’-]/)) if (part.length > 1 && (nameKind(part) & (GIVEN | RARE | SURNAME)) !== 0) known = true;
    }
    return known ? v : undefined;
  },
});

/**
 * The one person a client's note says to call, text or discuss with, by the given name alone, in
 * English, Spanish, German, French, Dutch and Portuguese (leftovers of red-team round 99: `Only
 * discuss lab results with Philippa`, `Text Bernadette only`, `ask for Ottilie`, `Llamar solo a
 * Genoveva`, `Befunde nur mit Hannelore besprechen`, `Appeler uniquement Apolline`, `Alleen
 * Wilhelmina bellen`, `Falar apenas com Conceição`). A capitalised given name the lists know that is
 * no stop, everyday or word-like word: a channel or a desk stays (`texts to Mobile only`, `Ask for
 * Pharmacy`, `with Reception first`, `Text Reminders only`, `nur mit Termin`).
 */
export const personNameContactGiven = regexDetector({
  id: 'person_name_contact_given',
  entity: 'PERSON',
  description:
    'A given name alone after a contact instruction of a client note (discuss … with, ask for, text / call … only; llamar solo a, nur mit, appeler uniquement, alleen … bellen, falar apenas com)',
  validation:
    'a capitalised given name the SSA list knows (no stop, everyday or word-like word) after discuss (up to three words) with, ask for, speak / talk with / to, text(s) / call(s) / phone (to) (then only), only with / to, llamar / hablar / contactar (solo) a / con, solo a / con, nur mit / an, appeler / contacter / joindre (uniquement / seulement), uniquement avec / à, alleen (met), falar / ligar / contactar (apenas / somente / só) com / para',
  context: true,
  example: 'Only discuss lab results with Philippa.',
  keywords: [
    'discuss',
    'ask for',
    'speak',
    'talk',
    'only',
    'solo',
    'solamente',
    'nur ',
    'uniquement',
    'seulement',
    'alleen',
    'apenas',
    'somente',
    'falar',
    'ligar',
  ],
  prefilter: () => true,
  pattern:
    /(?<![\p{L}])(?:discuss(?: [\p{Ll}]+){0,3} with|ask for|speak (?:to|with)|talk (?:to|with)|only (?:with|to)|(?:texts?|calls?|phone)(?: to)?(?= [\p{Lu}][\p{Ll}]+ only)|(?:llamar|hablar|contactar)(?: (?:solo|solamente|únicamente))? (?:a|con)|solo (?:a|con)|nur (?:mit|an)|(?:appeler|contacter|joindre)(?: (?:uniquement|seulement))?|uniquement (?:avec|à)|alleen(?: met)?|(?:falar|ligar|contactar|contatar)(?: (?:apenas|somente|só))? (?:com|para)) ([\p{Lu}][\p{Ll}]{2,})(?![\p{L}\d])/dgiu,
  group: 1,
  validate(v) {
    // The lead is matched case-insensitively; the name must be capitalised as written.
    if (v[0] === v[0]!.toLowerCase() || v.slice(1) !== v.slice(1).toLowerCase()) return undefined;
    return listedGivenName(v) ? v : undefined;
  },
});
