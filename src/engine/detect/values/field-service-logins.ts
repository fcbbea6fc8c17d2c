/**
 * A technician's or a note's author's login in a field-service record (red-team round 97): a
 * mobile app's sync line (`note_added wo=00001081 author=jbellweather`), a dispatch board's
 * `tech=rpalacios`, an LLM dispatch assistant's suggestion (`suggest tech kpatel for both`).
 * `tech=` names a technology elsewhere (`tech=lte`) and `author` a commit's or a post's writer, so
 * only in a text that holds a field-service record's own words (a work order, a job, an
 * appointment, a dispatch, a visit) and only a lower-case login of one or two parts: a system
 * account (`svc-dispatch`), an everyday word (`tech support`) and a placeholder (`tbd`) stay.
 */
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isSystemAccount } from './login-names.js';

/** A field-service record's own words: a work order's or a job's number, an appointment, a dispatch. */
const FIELD_SERVICE_TEXT =
  /\b(?:wo[-=# ]\s?\d|work ?orders?\b|wo_?(?:no|number|id)\b|jobs?[-=# :]|j-\d{3}|appointments?\b|appt\b|dispatch|service ?call|unassigned|truck ?stock|on ?site\b)/i;
/**
 * A technician's employee number (`tech=t0291` of a photo upload, red-team round 71): a letter
 * and digits, an id the field-service records keep, no login.
 */
const EMPLOYEE_NUMBER = /^[a-z]\d+$/;

/** Words written after `tech` that name no one (a kind of tech, a status, a placeholder). */
const NO_ONE = new Set(
  'none na nil tbd unassigned auto pending support team visit visits notes note needed required assigned arrived arrives arriving onsite lead debt stack crew ops check dispatch dispatched schedule scheduled available assist says said called left will'.split(
    ' ',
  ),
);

export const fieldTechLogin = regexDetector({
  id: 'field_tech_login',
  entity: 'USERNAME',
  description: "A technician's or a note author's login in a field-service record (`wo=… author=jbellweather`, `suggest tech kpatel`)",
  validation:
    'after tech= / technician= / author= / dispatcher=, or `tech` / `technician` in prose, a lower-case login of one or two parts (4 characters or more, 5 in prose), in a text with a work order, a job number, an appointment or a dispatch; not a system account, an everyday word, a placeholder or a letter and digits (an employee number)',
  context: false,
  example: 'mobile-sync note_added wo=00001081 author=jbellweather',
  keywords: ['tech=', 'technician=', 'author=', 'dispatcher=', 'tech ', 'technician '],
  prefilter: (s) => s.text.length >= 16 && FIELD_SERVICE_TEXT.test(s.text),
  pattern:
    /(?:(?<![\w.-])(?:tech|technician|author|dispatcher)=["']?|(?<![\w-])tech(?:nician)? (?=[a-z]{5}))([a-z][a-z0-9]{0,30}(?:[._-][a-z0-9]{2,30})?)(?![\w@./\\-])/dg,
  group: 1,
  // The record's words again (the prefilter's gate, for a caller that runs `find` alone).
  validate: (v, scan) =>
    v.length < 4 ||
    EMPLOYEE_NUMBER.test(v) ||
    isSystemAccount(v) ||
    isEverydayWord(v) ||
    NO_ONE.has(v) ||
    !FIELD_SERVICE_TEXT.test(scan.text)
      ? undefined
      : v,
});
