import { TextScan } from '../detect/types.js';
import { powershellPlainTextSecureString } from '../detect/values/powershell.js';
import { authorizationCredential, secretAssignment } from '../detect/values/secrets.js';
import { dbCredentials, urlCredentials } from '../detect/values/secrets-generic.js';
import { azureConnectionString } from '../detect/values/secrets-vendors.js';
import { commandLineSpans } from './command-line.js';
import { configTextSpans } from './config-text.js';
import { headerSpans } from './headers.js';
import { keyValueSpans } from './kv.js';
import type { SpanContext } from './types.js';

/**
 * `powershell.exe -EncodedCommand <base64>` (Microsoft Learn, about_PowerShell_exe: "Accepts a
 * Base64-encoded string version of a command", the string being UTF-16LE), as Sysmon event 1 and
 * Security event 4688 log its CommandLine. The script is in the log only as base64, which no
 * detector reads. PowerShell takes any unambiguous prefix of a parameter name, with `-` or `/`
 * (`-e`, `-ec`, `-enc`, `-EncodedCommand`).
 *
 * The argument is decoded and the script read by the handlers and detectors that find passwords
 * in scripts and command lines (ConvertTo-SecureString … -AsPlainText, -Password X, $password =
 * "…", connection strings, credential URLs, Authorization headers); when any finds something, the
 * whole base64 argument is masked with that finding's entity (detector `structure:powershell`) and
 * its normalized value, so the token is the one the same secret gets in clear text elsewhere.
 * A script with nothing found leaves the argument as it was.
 */

/** The keywords of the keyword pass that gate powershellEncodedSpans. */
export const POWERSHELL_KEYWORDS: readonly string[] = ['powershell', 'pwsh'];

const ENCODED_COMMAND =
  /(?<![\w-])[-/](?:e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand)[ \t]+["']?([A-Za-z0-9+/]{12,}={0,2})(?![\w+/=])/gi;

/** The largest base64 argument decoded (a script of about 48,000 characters). */
const MAX_ENCODED = 131_072;

/** Base64 → UTF-16LE text, or null when it does not decode to text (odd byte count, controls, invalid code units). */
function decodeUtf16(base64: string): string | null {
  if (base64.length % 4 !== 0) return null;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 2 !== 0) return null;
  const text = bytes.toString('utf16le');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) return null;
  }
  return text;
}

export function powershellEncodedSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  ENCODED_COMMAND.lastIndex = 0;
  for (let m = ENCODED_COMMAND.exec(text); m !== null; m = ENCODED_COMMAND.exec(text)) {
    const encoded = m[1]!;
    if (encoded.length > MAX_ENCODED) continue;
    const script = decodeUtf16(encoded);
    if (script === null) continue;
    const found = findInScript(script, ctx);
    if (found === undefined) continue;
    const start = m.index + m[0].length - encoded.length;
    ctx.out.push({ ...found, start, end: start + encoded.length, detector: 'structure:powershell', priority: ctx.priority });
  }
}

/** The first span the script readers find in `script`, or undefined. */
function findInScript(script: string, ctx: SpanContext): SpanContext['out'][number] | undefined {
  const found: SpanContext = { classifyKey: ctx.classifyKey, out: [], priority: ctx.priority };
  const scan = new TextScan(script);
  commandLineSpans(scan, found);
  keyValueSpans(scan, found);
  configTextSpans(scan, found, true);
  headerSpans(scan, found);
  for (const d of [
    powershellPlainTextSecureString,
    authorizationCredential,
    secretAssignment,
    dbCredentials,
    urlCredentials,
    azureConnectionString,
  ]) {
    if (found.out.length > 0) break;
    if (d.prefilter(scan)) d.find(scan, found.out, ctx.priority);
  }
  return found.out[0];
}
