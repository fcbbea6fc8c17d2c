/**
 * The learner's identity in a SCORM run-time trace (red-team round 80). A content package talks to
 * the LMS through `GetValue` / `SetValue` (SCORM 2004) or `LMSGetValue` / `LMSSetValue` (SCORM
 * 1.2), and debug logs of LMSs, players and API wrappers write each call with its result:
 * `LMSGetValue('cmi.core.student_id') returned '536904399'`, `GetValue(cmi.learner_name) returned
 * "Eskildsen, Thorvald"`, `SetValue("cmi.learner_id", "jdoe")`. The data model names the value
 * (`cmi.core.student_id` / `cmi.learner_id`: the learner's id at the LMS, a login, a student number
 * or, in old SIS-keyed LMSs, an SSN; `cmi.core.student_name` / `cmi.learner_name`: "Last, First"),
 * so the element name is the evidence; other elements (`cmi.core.lesson_status`,
 * `cmi.interactions.n.id`) are not read. A name may be wrapped over a line by a log viewer.
 */
import { regexDetector } from './helpers.js';

/** What ends the element name and comes before its value: a closing quote and `)`, then `returned`, `->`, `=`, `:` or `,`. */
const BETWEEN = `['"]?\\)?[ \\t]{0,4}(?:returned|->|=>|=|:|,)[ \\t]{0,4}`;

/** Values that say no learner (an unset element, a failed call). */
const NO_VALUE = /^(?:undefined|null|false|true|unknown)$/i;

export const scormLearnerId = regexDetector({
  id: 'scorm_learner_id',
  entity: 'STUDENT_ID',
  description: "A SCORM learner's id in a run-time trace (`LMSGetValue('cmi.core.student_id') returned '…'`, `GetValue(cmi.learner_id)`)",
  validation:
    'the value of cmi.core.student_id or cmi.learner_id after `returned`, `->`, `=`, `:` or `,` (quoted, or a run without blanks): 1–64 characters with a letter or digit, not undefined / null / false',
  context: true,
  example: "LMSGetValue('cmi.core.student_id') returned 'jdoe42'",
  keywords: ['cmi.core.student_id', 'cmi.learner_id'],
  prefilter: () => true,
  pattern: new RegExp(`cmi\\.(?:core\\.student_id|learner_id)${BETWEEN}(?:(['"])([^'"\\r\\n]{1,64})\\1|([^\\s'",)]{1,64}))`, 'dgi'),
  group: [2, 3],
  validate: (v) => (/[\p{L}\d]/u.test(v) && !NO_VALUE.test(v) ? v : undefined),
});

export const scormLearnerName = regexDetector({
  id: 'scorm_learner_name',
  entity: 'PERSON',
  description:
    "A SCORM learner's name in a run-time trace (`LMSGetValue('cmi.core.student_name') returned 'Last, First'`, `GetValue(cmi.learner_name)`)",
  validation:
    'the quoted value of cmi.core.student_name or cmi.learner_name after `returned`, `->`, `=`, `:` or `,`: 2–80 characters with a letter, maybe wrapped over one line break',
  context: true,
  example: "GetValue(cmi.learner_name) returned 'Eskildsen, Thorvald'",
  keywords: ['cmi.core.student_name', 'cmi.learner_name'],
  prefilter: () => true,
  pattern: new RegExp(
    `cmi\\.(?:core\\.student_name|learner_name)${BETWEEN}(['"])([^'"\\r\\n]{1,80}(?:\\r?\\n[^'"\\r\\n]{1,40})?)\\1`,
    'dgi',
  ),
  group: 2,
  validate: (v) => (/\p{L}/u.test(v) && v.trim().length >= 2 && !NO_VALUE.test(v.trim()) ? v : undefined),
});
