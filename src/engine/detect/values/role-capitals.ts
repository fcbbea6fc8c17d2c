import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

/**
 * A member's, an enrollee's or a patient's name in capitals after the role word in capitals, as
 * Part D appeal and IRE case notes, X12 834 eligibility notes and claim-system comments write them
 * (`ENROLLEE ALFONSO BARRENECHEA-WATTS.`, `BENEFICIARY AUGUSTINA PENHALIGON-REES`, `SUBSCRIBER
 * LEOCADIA BRAITHWAITE TERMED`; red-team round 92 and its leftovers). Capitals carry no case cue,
 * so the first word must be a given name of the lists (no word-like one: `MAY`, `GRACE` before
 * `PERIOD`), the second a name-shaped word that is no stop or everyday word (`PATIENT CARE PLAN`,
 * `MEMBER SERVICES`, `SUBSCRIBER ID` stay), and a third word counts only when it is a surname of
 * the lists (`… BRAITHWAITE TERMED` ends before `TERMED`).
 */
const ROLE_CAPITALS =
  /\b(?:ENROLLEE|BENEFICIARY|SUBSCRIBER|PATIENT|CLAIMANT|INSURED|CARDHOLDER|POLICYHOLDER|MEMBER|DEPENDENT|ANNUITANT)(?::? |: )([A-Z]{2,20} [A-Z]{2,}(?:['’-][A-Z]{2,})*(?: [A-Z]{2,}(?:['’-][A-Z]{2,})*)?)(?![\w'’-])/dg;

function isNameWord(word: string): boolean {
  const folded = foldName(word);
  return !isNameStopWord(folded) && !isEverydayWord(folded);
}

function roleCapitalsName(v: string): string | undefined {
  const words = v.split(' ');
  const given = foldName(words[0]!);
  if ((nameKind(given) & (GIVEN | RARE)) === 0 || WORDLIKE_GIVEN.has(given) || !isNameWord(words[0]!)) return undefined;
  for (const part of words[1]!.split(/['’-]/)) if (part.length < 2 || !isNameWord(part)) return undefined;
  if (words.length === 3 && ((nameKind(foldName(words[2]!)) & SURNAME) === 0 || !isNameWord(words[2]!))) return undefined;
  return v;
}

export const personNameRoleCapitals = regexDetector({
  id: 'person_name_role_capitals',
  entity: 'PERSON',
  description: 'A name in capitals after a member or patient role word in capitals (`ENROLLEE ALFONSO BARRENECHEA-WATTS`)',
  validation:
    'after ENROLLEE, BENEFICIARY, SUBSCRIBER, PATIENT, CLAIMANT, INSURED, CARDHOLDER, POLICYHOLDER, MEMBER, DEPENDENT or ANNUITANT in capitals: a given name of the lists, a name-shaped word (no stop or everyday word), and a third word only when a surname of the lists',
  context: false,
  example: 'ENROLLEE ALFONSO BARRENECHEA-WATTS. Rep faxed the AOR',
  keywords: [
    'enrollee ',
    'beneficiary ',
    'subscriber ',
    'patient ',
    'claimant ',
    'insured ',
    'cardholder ',
    'policyholder ',
    'member ',
    'dependent ',
    'annuitant ',
    'enrollee:',
    'beneficiary:',
    'subscriber:',
    'patient:',
    'claimant:',
    'insured:',
    'cardholder:',
    'policyholder:',
    'member:',
    'dependent:',
    'annuitant:',
  ],
  // The role word in capitals: a text that says `patient` in lower case only skips the pattern.
  prefilter: (s) => /[A-Z]{6}/.test(s.text),
  pattern: ROLE_CAPITALS,
  group: 1,
  shrinkWords: 1,
  validate: roleCapitalsName,
});
