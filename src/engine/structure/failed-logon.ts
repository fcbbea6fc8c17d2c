import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * A Windows failed logon (Security event 4625, and 4771 / 4776 of Kerberos and NTLM) whose
 * status says the user name does not exist (SubStatus / Status `0xC0000064`, Microsoft Learn
 * "4625(F): An account failed to log on"): TargetUserName then names no account, and the common
 * reason is a password typed into the user-name box. In such an event the name is masked as
 * SECRET (detector `structure:failed_logon`); the same event with another status (a wrong
 * password, 0xC000006A) keeps its user name. Read in event XML (`<Data
 * Name="TargetUserName">…</Data>`) and in key=value forwarders (`TargetUserName=…`).
 */
export const FAILED_LOGON_KEYWORDS = ['0xc0000064'];

const TARGET_USER = /(?:Name="TargetUserName">([^<]{1,256})<\/Data>|\bTargetUserName[=:] ?"?([^\s"<,;]{1,256}))/dg;

export function failedLogonSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  TARGET_USER.lastIndex = 0;
  for (let m = TARGET_USER.exec(text); m !== null; m = TARGET_USER.exec(text)) {
    const range = m.indices![1] ?? m.indices![2];
    if (range === undefined) continue;
    const value = text.slice(range[0], range[1]);
    if (value === '-' || value.endsWith('$')) continue; // no name, or a computer account
    pushSpan(ctx, text, range[0], range[1], 'SECRET', 'structure:failed_logon');
  }
}
