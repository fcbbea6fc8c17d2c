/**
 * Commands whose output is a secret, and the tool result that follows them in an AI agent's
 * trace. An agent that runs `kubectl get secret db -o jsonpath='{.data.password}' | base64 -d`
 * gets the bare password back as its tool result (`{"type": "tool_result", "content": "…"}`,
 * `{"role": "tool", "content": "…"}`, `{"output": "…"}`): a short token that no detector can tell
 * from an id, but which the command before it says is a secret.
 *
 * The engine notes, per record, a string that runs such a command (`printsSecret`, behind the
 * keyword set SECRET_COMMAND_KEYWORDS of the keyword pass), and masks as SECRET the next string
 * held by an output member (`isOutputMember`: content, output, stdout, result, text, observation…)
 * when that string is one bare value (`isBareOutput`: one line, no blank, 4–512 characters).
 * Whatever the next output holds, the note is then cleared: an error message or a YAML dump is
 * read by the detectors as usual. Part of the `structure.command_lines` handlers.
 *
 * The same in one text (a terminal transcript, a CI log with `set -x`, a tool result that echoes
 * its command): a line that runs such a command followed by one bare line has that line masked
 * (`secretOutputLineSpans`).
 */

import { pushSpan, type SpanContext } from './types.js';
import type { TextScan } from '../detect/types.js';

/** Words without which `printsSecret` is false: searched in the detectors' keyword pass. */
export const SECRET_COMMAND_KEYWORDS: readonly string[] = [
  'get secret',
  'secretsmanager',
  'get-parameter',
  'secrets versions',
  'keyvault secret',
  'vault kv',
  'vault read',
  'op read',
  'op item get',
  'pass show',
  '-password',
  'bw get',
  'lpass show',
  'secret-tool',
  'keyring get',
  'doppler secrets',
  'config:get',
  'auth token',
  'auth:token',
  '-token',
  'configure get',
  'printenv',
  'echo $',
  'echo "$',
  'echo ${',
  '/run/secrets/',
  'serviceaccount/token',
  'base64 -d',
  'base64 --decode',
  'terraform output',
  'create token',
];

/**
 * Commands that print a secret value, from the tools' documentation: kubectl get secret
 * (kubernetes.io, "Managing Secrets using kubectl") and kubectl create token, AWS Secrets Manager
 * get-secret-value, SSM get-parameter(s) --with-decryption, ECR get-login-password, aws configure
 * get of a secret setting, gcloud secrets versions access and gcloud auth print-*-token, Azure
 * keyvault secret show and account get-access-token, Vault kv get / read, 1Password op read / item
 * get, pass / gopass show, macOS security find-*-password -w, Bitwarden bw get, LastPass lpass
 * show, secret-tool lookup, keyring get, Doppler secrets get, Heroku config:get and auth:token, gh
 * auth token, Docker / Kubernetes secret files (/run/secrets/…, the service-account token).
 */
const SECRET_COMMANDS =
  /\bkubectl\b[^\n;&]*?\b(?:get\s+secrets?\b|create\s+token\b)|\baws\s+(?:secretsmanager\s+get-secret-value|ssm\s+get-parameters?\b[^\n;&]*--with-decryption|ecr(?:-public)?\s+get-login-password|configure\s+get\s+\S*(?:secret|token|password))|\bgcloud\s+(?:secrets\s+versions\s+access|auth\s+(?:application-default\s+)?print-(?:access|identity)-token)|\baz\s+(?:keyvault\s+secret\s+show|account\s+get-access-token)|\bvault\s+(?:kv\s+get|read)\b|\bop\s+(?:read|item\s+get)\b|\b(?:go)?pass\s+show\b|\bsecurity\s+find-(?:generic|internet)-password\b[^\n;&]*\s-w\b|\bbw\s+get\s+(?:password|totp|item)\b|\blpass\s+show\b|\bsecret-tool\s+lookup\b|\bkeyring\s+get\b|\bdoppler\s+secrets\s+get\b|\bheroku\s+(?:config:get|auth:token)\b|\bgh\s+auth\s+token\b|\/run\/secrets\/|serviceaccount\/token\b/i;

/** `printenv NAME`, `echo $NAME`, `echo "${NAME}"`, `terraform output -raw NAME`: the name. */
const NAMED_VALUE = /\b(?:printenv\s+|echo\s+"?\$\{?|terraform\s+output\s+(?:-raw\s+|-json\s+)?)([A-Za-z_][A-Za-z0-9_]{2,63})/g;

/** `… | base64 -d` of something the text calls a secret, password, token or credential. */
const DECODED_SECRET = /\bbase64\s+(?:-d|--decode|-D)\b/;
const SECRET_WORD = /secret|passw|token|credential/i;

/** Longer strings are scripts or transcripts, not one command whose output follows. */
const MAX_COMMAND = 2000;

/**
 * Whether `text` runs a command whose output is a secret value. `isSensitiveName` is the key
 * rules' verdict on a variable name (`printenv DB_PASSWORD` yes, `printenv PATH` no).
 */
export function printsSecret(text: string, isSensitiveName: (name: string) => boolean): boolean {
  if (text.length > MAX_COMMAND) return false;
  if (SECRET_COMMANDS.test(text)) return true;
  if (DECODED_SECRET.test(text) && SECRET_WORD.test(text)) return true;
  NAMED_VALUE.lastIndex = 0;
  for (let m = NAMED_VALUE.exec(text); m !== null; m = NAMED_VALUE.exec(text)) if (isSensitiveName(m[1]!)) return true;
  return false;
}

/** Member names (lower-case letters only) that hold a tool's output. */
const OUTPUT_MEMBERS = new Set(['content', 'output', 'stdout', 'result', 'text', 'observation', 'response']);

/**
 * Whether a member holds a tool's output: `content` (OpenAI tool messages, Anthropic
 * tool_result), `text` (content blocks, MCP results), `output` / `stdout` / `result` /
 * `observation` (agent frameworks' step records), and names ending in `result` or `output`
 * (`tool_result`, `toolOutput`, `gen_ai.tool.call.result`).
 */
export function isOutputMember(member: string): boolean {
  if (member.length > 40) return false;
  const folded = member.toLowerCase().replace(/[^a-z]/g, '');
  return OUTPUT_MEMBERS.has(folded) || folded.endsWith('result') || folded.endsWith('output');
}

/** One bare value: 4–512 characters, one line, no blank inside (a trailing line break aside). */
export function isBareOutput(s: string): boolean {
  const value = s.endsWith('\n') ? s.slice(0, s.endsWith('\r\n') ? -2 : -1) : s;
  return value.length >= 4 && value.length <= 512 && !/\s/.test(value);
}

/** The detector id of both readings (the engine's linking of members, and lines of one text). */
export const SECRET_OUTPUT_DETECTOR = 'structure:secret_output';

/** A shell prompt or `set -x` trace mark before a command line: `$ `, `# `, `+ `, `user@host:~$ `, `PS C:\> `. */
const PROMPT = /^\s*(?:[\w.-]+@[\w.-]+:[^\s$#]*[$#]\s+|PS [^>]*>\s*|[$#+>]\s+)/;

/**
 * Lines of `scan.text` that are the bare output of the line before, when that line runs a command
 * that prints a secret: SECRET spans. The output line may not itself be a prompt or a command.
 * Linear in the text; only asked for texts with a line break and a SECRET_COMMAND_KEYWORDS word.
 */
export function secretOutputLineSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const isSensitiveName = (name: string) => ctx.classifyKey(name) !== null;
  let start = 0;
  let previousPrints = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    if (previousPrints && isBareOutput(line) && !PROMPT.test(line)) {
      pushSpan(ctx, text, start, lineEnd, 'SECRET', SECRET_OUTPUT_DETECTOR);
      previousPrints = false;
    } else previousPrints = line.length <= MAX_COMMAND && printsSecret(line, isSensitiveName);
    start = end + 1;
  }
}
