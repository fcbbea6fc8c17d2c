import type { Span, TextScan, ValueDetector } from '../types.js';
import { afterNameDetector } from './after-name.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, WORDLIKE_GIVEN } from './person-names.js';

/**
 * Policy-service messages and case mail (leftovers of red-team round 83): an annuity's or a life
 * policy's contract number in a policyholder's lower-case message, the writer's name after an
 * inline closing at the message's end, and a case e-mail's subject naming the life `SURNAME, Given`.
 */

/**
 * A contract number right after `contract` (with `no.`, `number` or `#` between, or nothing): two
 * letters in either case, maybe a dash, then 8–12 digits (`contract va5520188014`, `Contract #
 * FA-88201944`), as policyholders and service notes write an annuity's number. A contract's name,
 * a version (`contract v2`) or a count stays.
 */
export const annuityContractAfterName = afterNameDetector({
  id: 'annuity_contract_after_name',
  entity: 'INSURANCE_POLICY_NUMBER',
  description: "An annuity's or a life policy's contract number right after `contract` in prose",
  validation:
    'right after contract (then maybe no. / number / #, `:`): two letters, maybe a dash, then 8–12 digits; no letter, digit or dash after',
  context: true,
  example: 'surrender on contract fa8820194471',
  keywords: ['contract'],
  prefilter: (s) => s.hasDigit,
  names: ['contract', 'Contract', 'CONTRACT'],
  pattern: /contract(?:[ \t]{1,2}(?:no\.?|number|#))?[ \t]{0,2}[:#]?[ \t]{0,2}([A-Za-z]{2}-?\d{8,12})(?![\w-])/diy,
  validate: (v) => (/^(?:[a-z]{2}|[A-Z]{2})/.test(v) ? v : undefined),
});

/** A closing and a comma, then two lower-case words at the end of the text (`thanks, agatha haverford`). */
const INLINE_SIGN_OFF =
  /(?:^|[\s.,!])(?:thanks|thank you|thx|regards|best regards|kind regards|cheers|sincerely)[ \t]*,[ \t]*([a-z][a-z'’]{2,20})[ \t]+([a-z][a-z'’-]{2,24})[ \t]*[.!]?[ \t]*$/;
/** How far before the text's end the closing may start. */
const SIGN_OFF_TAIL = 72;

/**
 * The writer's name after an inline closing at a message's very end, in lower case, as a secure
 * message or a chat typed on one line writes it (`… mail the check to my home. thanks, wilhelmina
 * strathcona`): the first word a given name the lists know (no everyday or word-like one), the
 * second a name's shape (no everyday or stop word; the lists need not know it). Signatures on
 * their own line are person_name_signature's.
 */
export const personNameInlineSignOff: ValueDetector = {
  ...detectorFields({
    id: 'person_name_inline_sign_off',
    entity: 'PERSON',
    description: "A writer's lower-case name after an inline closing (`thanks, …`) at a message's end",
    validation:
      "at the text's end, after thanks / regards / cheers / sincerely and a comma: two lower-case words, the first a known given name (US SSA list) that is not everyday English or word-like, the second no everyday or stop word",
    context: true,
    example: 'please mail the check. thanks, wilhelmina strathcona',
    keywords: ['thank', 'thx', 'regards', 'cheers', 'sincerely'],
    prefilter: (s: TextScan) => {
      const c = s.text.charCodeAt(s.text.length - 1);
      return (c >= 97 && c <= 122) || c === 46 || c === 33 || c === 32;
    },
  }),
  find: (scan: TextScan, out: Span[], priority: number) => {
    const text = scan.text;
    const from = Math.max(0, text.length - SIGN_OFF_TAIL);
    const m = INLINE_SIGN_OFF.exec(from === 0 ? text : text.slice(from));
    if (m === null) return;
    const given = foldName(m[1]!);
    const family = foldName(m[2]!);
    if ((nameKind(given) & (GIVEN | RARE)) === 0 || WORDLIKE_GIVEN.has(given) || isEverydayWord(given) || isNameStopWord(given)) return;
    if (isEverydayWord(family) || isNameStopWord(family) || isEverydayWord(family.replace(/s$/, ''))) return;
    const tail = m[0];
    const start = from + m.index + tail.lastIndexOf(m[1]!, tail.length - m[2]!.length - 1);
    const end = from + m.index + tail.lastIndexOf(m[2]!) + m[2]!.length;
    out.push({ start, end, entity: 'PERSON', detector: 'person_name_inline_sign_off', normalized: text.slice(start, end), priority });
  },
};

/** A subject line's `SURNAME, Given` (`Subject: FAC submission - GUNNARSDOTTIR, Halla - $5M UL`). */
const SUBJECT_INVERTED =
  /(?:^|[\s\-–:(])([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,24}(?:-[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{1,24})?), ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,20})(?![\p{L}\d])/gu;
const SUBJECT_LINE = /(?:^|\n)[ \t]*(?:Subject|SUBJECT|Betreff|Objet|Asunto)[ \t]*:[^\n]{0,200}/g;

/**
 * A life's or a client's name written `SURNAME, Given` in an e-mail's subject line, as case
 * systems of reinsurers, underwriters and claims teams title their mail (`Subject: Jumbo case -
 * VANTERPOOL, Ingeborg - $10M survivorship`): the surname in capitals (no everyday or stop word),
 * the given name one the lists know (no word-like one). Only on a `Subject:` line.
 */
export const personNameSubjectInverted: ValueDetector = {
  ...detectorFields({
    id: 'person_name_subject_inverted',
    entity: 'PERSON',
    description: "A person's `SURNAME, Given` on an e-mail's subject line",
    validation:
      'on a Subject: line: a word in capitals (no everyday or stop word), a comma and a blank, then a capitalised given name the lists know (US SSA list) that is not word-like',
    context: true,
    example: 'Subject: APS request - VANTERPOOL, Ingeborg',
    keywords: ['subject:', 'betreff:', 'objet:', 'asunto:', 'subject :'],
    prefilter: (s: TextScan) => s.text.indexOf(', ') !== -1,
  }),
  find: (scan: TextScan, out: Span[], priority: number) => {
    const text = scan.text;
    SUBJECT_LINE.lastIndex = 0;
    for (let line = SUBJECT_LINE.exec(text); line !== null; line = SUBJECT_LINE.exec(text)) {
      const subject = line[0];
      if (subject.indexOf(', ') < 0) continue;
      SUBJECT_INVERTED.lastIndex = 0;
      for (let m = SUBJECT_INVERTED.exec(subject); m !== null; m = SUBJECT_INVERTED.exec(subject)) {
        const surname = m[1]!;
        const given = foldName(m[2]!);
        if ((nameKind(given) & (GIVEN | RARE)) === 0 || WORDLIKE_GIVEN.has(given) || isEverydayWord(given) || isNameStopWord(given))
          continue;
        if (!surname.split('-').every((w) => !isEverydayWord(foldName(w)) && !isNameStopWord(foldName(w)))) continue;
        const start = line.index + m.index + m[0].indexOf(surname);
        const end = start + surname.length + 2 + m[2]!.length;
        out.push({ start, end, entity: 'PERSON', detector: 'person_name_subject_inverted', normalized: text.slice(start, end), priority });
      }
    }
  },
};

/**
 * A person's name as a slug after a people collection in a URL path (a policyholder portal's
 * `/v1/policyholders/cordelia-featherstonhaugh/claims`, a CRM's `/clients/ottoline-marsh`; leftovers
 * of red-team round 83): two or three lower-case words joined by `-`, the first a given name the
 * lists know (no everyday or word-like one), the others no everyday or stop word. A collection's
 * action or a plan (`/customers/enterprise-plan`, `/members/search`) stays.
 */
export const personSlugAfterCollection = regexDetector({
  id: 'person_slug_after_collection',
  entity: 'PERSON',
  description: "A person's name as a URL path slug after /policyholders/, /customers/, /clients/, /members/ and other people collections",
  validation:
    'the path segment after a people collection (policyholders, insureds, customers, clients, members, beneficiaries, annuitants, claimants, patients, people): two or three lower-case words joined by -, the first a known given name that is not everyday English or word-like, the others no everyday or stop word',
  context: false,
  example: 'GET /v1/policyholders/cordelia-featherstonhaugh/claims',
  keywords: [
    '/policyholder',
    '/insured',
    '/customer',
    '/client',
    '/member',
    '/beneficiar',
    '/annuitant',
    '/claimant',
    '/patient',
    '/people/',
  ],
  prefilter: (s) => s.text.indexOf('-') !== -1,
  pattern:
    /\/(?:policyholders?|insureds?|customers?|clients?|members?|beneficiar(?:y|ies)|annuitants?|claimants?|patients?|people)\/([a-z]{2,15}(?:-[a-z]{2,24}){1,2})(?=[/?#"'\s]|$)/dgi,
  group: 1,
  validate: (v) => {
    const words = v.split('-');
    const given = words[0]!;
    if (v !== v.toLowerCase() || (nameKind(given) & (GIVEN | RARE)) === 0 || WORDLIKE_GIVEN.has(given) || isEverydayWord(given))
      return undefined;
    return words.slice(1).every((w) => !isEverydayWord(w) && !isNameStopWord(w)) ? v : undefined;
  },
});
