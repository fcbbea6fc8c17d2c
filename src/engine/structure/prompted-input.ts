/**
 * A secret typed right after something asked for it, within one array of a record:
 *
 * - a terminal recording: an output chunk that ends in a password prompt (`[sudo] password for
 *   jdoe: `, `Password: `, `Enter passphrase for key '…': `), then input chunks up to the one that
 *   ends the line (sudo I/O logs `{type: "ttyin", data}`, asciinema `[time, "i", data]` events);
 *   output of only `*` or spaces between them (sudo's pwfeedback) keeps the prompt open;
 * - a computer-use / browser agent: a click or focus whose target names a password field
 *   (`{action: "left_click", selector: "#password"}`), then the next `type` / `fill` action's text;
 *   a `type` / `fill` whose own target names a password field is masked too.
 *
 * - a chat transcript: a bot's message that asks for an identifier or a birth date (`Please enter
 *   your social insurance number.`), then the person's next message when it is short and has a
 *   digit (`130 692 544`, `its 459599230`): masked whole as what the question names (red-team
 *   round 43).
 *
 * Each such input is masked whole as a secret, or as the entity its question names (engine.ts,
 * both walks). Only arrays under a member that may hold such a sequence (isPromptArrayMember) are
 * read, and in a record's text only when the text holds a password word or a question's word
 * (mayHoldPrompt).
 */

/** Members that may hold a recording's chunks or an agent's steps, as lower-case letters only. */
const PROMPT_ARRAYS = new Set([
  'events',
  'chunks',
  'stream',
  'frames',
  'io',
  'iolog',
  'records',
  'entries',
  'actions',
  'steps',
  'toolcalls',
  'tooluses',
  'calls',
  'commands',
  // Chat transcripts (red-team round 43): an HR or support bot asks for a number, the person types it.
  'messages',
  'conversation',
  'transcript',
  'turns',
]);

/** Whether member `member` may hold an array of terminal chunks or agent steps. */
export function isPromptArrayMember(member: string): boolean {
  return member.length <= 16 && PROMPT_ARRAYS.has(member.toLowerCase().replace(/[^a-z]/g, ''));
}

const PASSWORD_WORD = /pass(?:word|wd|phrase| phrase|code)/i;

/**
 * A bot's question that may ask for an identifier or a birth date: the words looked for first, in
 * the message and (as a gate) in a record's text. The key rules then say what the question names.
 */
const ASKED_FIELD_WORD =
  /social insurance|tax file|national insurance|social security|date of birth|birth ?date|passport|\b(?:ssn|sin|tfn|nino|dob)\b/i;
/** Roles of a chat message that asks, and of one that answers. */
const ASKER_ROLES = new Set(['assistant', 'bot', 'agent', 'model']);
const ANSWER_ROLES = new Set(['user', 'human', 'customer', 'employee', 'candidate']);
/** A question longer than this is prose, not a form's question; an answer longer than this is a message, not a value. */
const MAX_QUESTION = 240;
const MAX_ANSWER = 40;

/** Whether a record's text may hold a prompt, a password field or a bot's question for a number at all (read once per text). */
export function mayHoldPrompt(text: string): boolean {
  return PASSWORD_WORD.test(text) || ASKED_FIELD_WORD.test(text);
}

/**
 * A password prompt at the end of a chunk: the password word, an optional `for …` and `(…)`,
 * then a colon and nothing but spaces. `Password changed.` and `Last password change: …` are not.
 */
const PROMPT_TAIL = /(?:password|passwd|passphrase|pass phrase|passcode|\bPIN)(?: for [^\n:]{1,80})?(?: ?\([^\n)]{0,80}\))?\s*:\s*$/i;
const MAX_PROMPT_TAIL = 200;
/** Output that keeps a prompt open: a password's echo as stars, spaces, backspaces. */
const ECHO_ONLY = /^[*\s\b]*$/;
/** Input chunks read after one prompt at most (asciinema records one key per event). */
const MAX_INPUTS = 256;

/** Where a masked input stands: the element's index and the keys from the element down to it. */
export interface PromptedInput {
  element: number;
  path: readonly (string | number)[];
  /** The entity the question before it named (a chat answer); absent for a secret typed at a prompt. */
  entity?: string;
}

const OUTPUT_KINDS = new Set(['ttyout', 'stdout', 'output', 'out', 'o']);
const INPUT_KINDS = new Set(['ttyin', 'stdin', 'input', 'in', 'i']);
const DIRECTION_KEYS = ['type', 'event', 'stream', 'kind', 'direction'] as const;
const DATA_KEYS = ['data', 'text', 'buf', 'content', 'chunk'] as const;
const CLICKS = new Set(['left_click', 'click', 'double_click', 'triple_click', 'focus', 'tap']);
const TYPINGS = new Set(['type', 'fill', 'type_text', 'input_text', 'send_keys']);
const TYPED_KEYS = ['text', 'value', 'keys'] as const;
const ACTION_HOLDERS = ['input', 'args', 'arguments', 'params'] as const;
/** Target strings longer than this are text, not a field's name. */
const MAX_TARGET = 256;

type Step =
  | { kind: 'output'; text: string }
  | { kind: 'input'; path: (string | number)[]; text: string }
  | { kind: 'click'; password: boolean }
  | { kind: 'type'; path: (string | number)[]; password: boolean }
  | { kind: 'ask'; entity: string | null }
  | { kind: 'answer'; path: (string | number)[]; text: string }
  | null;

function objectOf(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Whether a string member of action `a` other than its action names a password field. */
function targetsPassword(a: Record<string, unknown>): boolean {
  for (const k in a) {
    const v = a[k];
    if (k !== 'action' && k !== 'type' && typeof v === 'string' && v.length <= MAX_TARGET && PASSWORD_WORD.test(v)) return true;
  }
  return false;
}

/**
 * A chat message `{role, content | text}`: a bot's question (with the entity the key rules read in
 * it, when it has an ASKED_FIELD_WORD) or a person's short reply; null for other messages.
 */
function chatStepOf(o: Record<string, unknown>, classify: (name: string) => string | null): Step {
  const role = o.role;
  if (typeof role !== 'string') return null;
  const key = typeof o.content === 'string' ? 'content' : typeof o.text === 'string' ? 'text' : null;
  if (key === null) return null;
  const text = o[key] as string;
  const lower = role.toLowerCase();
  if (ASKER_ROLES.has(lower)) {
    return { kind: 'ask', entity: text.length <= MAX_QUESTION && ASKED_FIELD_WORD.test(text) ? classify(text) : null };
  }
  // A long reply is still the reply: it closes the question (the message after it answers nothing).
  return ANSWER_ROLES.has(lower) ? { kind: 'answer', path: [key], text } : null;
}

/** What element `e` of a recording or an agent's steps is, or null. */
function stepOf(e: unknown, classify: (name: string) => string | null): Step {
  if (Array.isArray(e)) {
    // asciinema: [time, "o" | "i", data]
    if (e.length !== 3 || typeof e[0] !== 'number' || typeof e[2] !== 'string') return null;
    if (e[1] === 'o') return { kind: 'output', text: e[2] };
    return e[1] === 'i' ? { kind: 'input', path: [2], text: e[2] } : null;
  }
  const o = objectOf(e);
  if (o === undefined) return null;
  if (o.role !== undefined) return chatStepOf(o, classify);
  for (const dk of DIRECTION_KEYS) {
    const d = o[dk];
    if (typeof d !== 'string') continue;
    const output = OUTPUT_KINDS.has(d);
    if (!output && !INPUT_KINDS.has(d)) continue;
    for (const key of DATA_KEYS) {
      const text = o[key];
      if (typeof text === 'string') return output ? { kind: 'output', text } : { kind: 'input', path: [key], text };
    }
    return null;
  }
  let a: Record<string, unknown> | undefined = o;
  let via: string | null = null;
  if (typeof o.action !== 'string') {
    a = undefined;
    for (const h of ACTION_HOLDERS) {
      const inner = objectOf(o[h]);
      if (inner !== undefined && typeof inner.action === 'string') {
        a = inner;
        via = h;
        break;
      }
    }
  }
  const action = a === undefined ? o.type : a.action;
  if (typeof action !== 'string') return null;
  a ??= o;
  if (CLICKS.has(action)) return { kind: 'click', password: targetsPassword(a) };
  if (!TYPINGS.has(action)) return null;
  for (const key of TYPED_KEYS) {
    if (typeof a[key] === 'string') return { kind: 'type', path: via === null ? [key] : [via, key], password: targetsPassword(a) };
  }
  return null;
}

/** Whether input text ends a line (the Enter that submits a prompt). */
function endsLine(text: string): boolean {
  return text.includes('\r') || text.includes('\n');
}

/**
 * The inputs of array `items` typed into a password prompt or field, or given as the reply (with a
 * digit) to a bot's question for an identifier or a birth date; null when none. `classify` is the
 * key rules' reading of a question (`Please enter your social insurance number.` → CA_SIN).
 */
export function promptedInputs(items: readonly unknown[], classify: (name: string) => string | null): PromptedInput[] | null {
  let out: PromptedInput[] | null = null;
  let terminalOpen = 0;
  let fieldOpen = false;
  let asked: string | null = null;
  for (let i = 0; i < items.length; i++) {
    const step = stepOf(items[i], classify);
    if (step === null) continue;
    if (step.kind === 'ask') {
      asked = step.entity;
      continue;
    }
    if (step.kind === 'answer') {
      if (asked !== null && step.text.length <= MAX_ANSWER && /\d/.test(step.text)) {
        (out ??= []).push({ element: i, path: step.path, entity: asked });
      }
      asked = null;
      continue;
    }
    switch (step.kind) {
      case 'output':
        if (terminalOpen > 0 && ECHO_ONLY.test(step.text)) break;
        terminalOpen = PROMPT_TAIL.test(step.text.slice(-MAX_PROMPT_TAIL)) ? MAX_INPUTS : 0;
        break;
      case 'input':
        if (terminalOpen === 0) break;
        terminalOpen--;
        // A chunk of only the Enter carries nothing of the secret.
        if (/[^\r\n]/.test(step.text)) (out ??= []).push({ element: i, path: step.path });
        if (endsLine(step.text)) terminalOpen = 0;
        break;
      case 'click':
        fieldOpen = step.password;
        break;
      case 'type':
        if (fieldOpen || step.password) (out ??= []).push({ element: i, path: step.path });
        fieldOpen = false;
        break;
    }
  }
  return out;
}
