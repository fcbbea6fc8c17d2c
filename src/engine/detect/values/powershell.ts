import { detectorFields, regexDetector } from './helpers.js';
import type { Span, TextScan, ValueDetector } from '../types.js';

/**
 * PowerShell's `ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force` (Microsoft Learn,
 * ConvertTo-SecureString example 3): the string literal is a password in clear, written to
 * Script Block Logging (event 4104) and transcripts. The literal after the cmdlet (optionally
 * after `-String`) is masked when `-AsPlainText` follows in the same statement.
 */
const PLAIN_TEXT_SECURE_STRING =
  /convertto-securestring[ \t]{1,4}(?:-string[ \t]{1,4})?(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})')(?=[^\r\n;|]{0,60}-asplaintext)/dgi;

export const powershellPlainTextSecureString = regexDetector({
  id: 'powershell_plaintext_securestring',
  entity: 'SECRET',
  description: 'Passwords in clear in PowerShell ConvertTo-SecureString … -AsPlainText',
  validation:
    'a quoted literal right after ConvertTo-SecureString (or its -String), with -AsPlainText later in the statement; $variables are not literals',
  context: false,
  example: '$pw = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force',
  keywords: ['convertto-securestring'],
  prefilter: () => true,
  pattern: PLAIN_TEXT_SECURE_STRING,
  group: [1, 2],
  validate: (v) => (v.startsWith('$') && /^\$[\w:]+$/.test(v) ? undefined : v),
});

/**
 * A password in a PowerShell here-string (about_Quoting_Rules: `@'` or `@"` ending its line, the
 * body, then `'@` / `"@` at the start of a line), as Script Block Logging (4104) records it:
 * - passed straight to `ConvertTo-SecureString [-String] @'…'@ -AsPlainText`;
 * - assigned to a variable (`$np = @'…'@`) that the same script passes to ConvertTo-SecureString
 *   with -AsPlainText (`ConvertTo-SecureString -AsPlainText $np.Trim() -Force`), or whose name
 *   says it is a password (`$password`, `$pw`, `$adminPwd`, `$secret`).
 * Other here-strings (JSON bodies, SQL queries, script templates) are kept. The body is masked
 * whole. Gated by the here-string opening with its line break, which prose and JSON lack.
 */
const HERE_STRING =
  /(?:(\$[\w:]{1,64})[ \t]*=[ \t]*|convertto-securestring[ \t]{1,4}(?:-string[ \t]{1,4})?)@(['"])\r?\n([^\r\n][\s\S]{0,400}?)\r?\n\2@/dgi;
const PASSWORD_VARIABLE = /pass|pwd|^\$pw|secret|cred/i;
/** The statement (one line) that holds `ConvertTo-SecureString`, `-AsPlainText` and `variable`. */
function securedInScript(text: string, variable: string, from: number): boolean {
  const lower = text.toLowerCase();
  const name = variable.toLowerCase();
  for (let at = lower.indexOf('convertto-securestring', from); at !== -1; at = lower.indexOf('convertto-securestring', at + 1)) {
    let lineEnd = lower.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = lower.length;
    let lineStart = lower.lastIndexOf('\n', at) + 1;
    const line = lower.slice(lineStart, lineEnd);
    lineStart = line.indexOf(name);
    if (line.includes('-asplaintext') && lineStart !== -1 && !/[\w:]/.test(line.charAt(lineStart + name.length))) return true;
  }
  return false;
}

function findHereStringPasswords(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  HERE_STRING.lastIndex = 0;
  for (let m = HERE_STRING.exec(text); m !== null; m = HERE_STRING.exec(text)) {
    const variable = m[1];
    const body = m[3]!;
    const [start, bodyEnd] = m.indices![3]!;
    const end = m.index + m[0].length;
    const secret =
      variable === undefined
        ? /^[^\r\n;|]{0,60}-asplaintext/i.test(text.slice(end, end + 80))
        : PASSWORD_VARIABLE.test(variable) || securedInScript(text, variable, end);
    if (!secret) continue;
    out.push({ start, end: bodyEnd, entity: 'SECRET', detector: 'powershell_here_string_password', normalized: body, priority });
  }
}

export const powershellHereStringPassword: ValueDetector = {
  ...detectorFields({
    id: 'powershell_here_string_password',
    entity: 'SECRET',
    description: "Passwords in PowerShell here-strings (@'…'@) passed to ConvertTo-SecureString -AsPlainText",
    validation:
      'a here-string after ConvertTo-SecureString with -AsPlainText in the statement, or assigned to a $variable that such a statement uses or whose name says password (pass, pwd, pw, secret, cred)',
    context: false,
    example: "$np = @'\nWinter2025#Reset\n'@\nConvertTo-SecureString -AsPlainText $np -Force",
    keywords: ["@'\n", '@"\n', "@'\r\n", '@"\r\n'],
    prefilter: () => true,
  }),
  find: findHereStringPasswords,
};
