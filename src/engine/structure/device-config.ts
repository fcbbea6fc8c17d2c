import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Network device configurations and the logs that echo them (a `show running-config` saved by a
 * backup job, an Oxidized / RANCID diff, an ASA 111010 "executed '…'" syslog, a Junos commit), where
 * a credential follows a command word, not a `key=value` separator. The value after these
 * commands is masked as SECRET (detector `structure:device_config`); the command, the names and
 * the rest of the line stay. Cisco's type 7 and Junos' `$9$` encodings are reversible, so the
 * encoded form is as secret as the clear one; type 5 / 8 / 9 hashes can be cracked offline.
 *
 * Cisco IOS / IOS XE / NX-OS / ASA (Cisco IOS Security Command Reference):
 * - `enable secret|password [level N] [0|5|7|8|9] VALUE`,
 *   `username NAME [privilege N] [algorithm-type T] secret|password [TYPE] VALUE`;
 * - `ppp chap password [7] VALUE`, `ppp pap sent-username NAME password [7] VALUE`;
 * - `key-string [7] VALUE` (key chains), `crypto isakmp key [0|6] VALUE address …`,
 *   `[ikev1|ikev2 local-authentication|remote-authentication] pre-shared-key [local|remote] VALUE`;
 * - `snmp-server community VALUE`, `snmp-server user NAME GROUP v3 auth ALG AUTH priv ALG PRIV`,
 *   `tacacs-server|radius-server [host H …] key [7] VALUE`,
 *   `ntp authentication-key N md5 VALUE`, `wpa-psk ascii|hex [0|7] VALUE`,
 *   `ip ospf authentication-key VALUE`, `ip ospf message-digest-key N md5 VALUE`,
 *   `neighbor ADDR password [7] VALUE` (BGP);
 * - inside a block, a line that is only `password|key [7] VALUE` (`line vty`, `tacacs server X`).
 * Junos (`show configuration` and `| display set`): `set … secret|pre-shared-key ascii-text|…
 * "VALUE"`, and in the curly-brace form a quoted value after `encrypted-password`, `secret`,
 * `authentication-key`, `key`, `ascii-text`, `hexadecimal` or `community` on a line ending in `;`
 * (Junos marks such lines `## SECRET-DATA`).
 * FortiOS (`show full-configuration`): `set NAME ENC VALUE`, a secret FortiOS stores encrypted with
 * a key common to its firmware (`set passwd ENC …`, `set psksecret ENC …`).
 * OpenLDAP slapd.conf: `rootpw VALUE` (the rootdn's password, clear or `{SSHA}` hashed).
 * FreeRADIUS `users` files and Go code: `Cleartext-Password := "VALUE"`, `password := "VALUE"`,
 * where the name is one the key rules call sensitive.
 */

/** Words of the keyword pass that gate deviceConfigSpans: one occurs in every line it reads. */
export const DEVICE_CONFIG_KEYWORDS: readonly string[] = [
  'password',
  'passwd',
  'secret',
  'key-string',
  'community',
  'pre-shared-key',
  'wpa-psk',
  'authentication-key',
  'tacacs',
  'radius',
  'isakmp',
  'message-digest-key',
  'snmp-server',
  'rootpw',
  ':=',
];

/** What may stand before a command: the line's indentation and a diff or prompt mark, then Junos / FortiOS `set`. */
const LINE_HEAD = String.raw`^[ \t]*[+\-!]?[ \t]*(?:set[ \t]+)?`;
/** After the command: an optional type digit or encoding word, then the value, quoted or bare. */
const VALUE = String.raw`[ \t]+(?:[0-9][ \t]+)?(?:(?:ascii-text|hexadecimal|ENC)[ \t]+)?(?:"([^"\r\n]{1,256})"|([^\s'"]{1,256}))`;

/**
 * Commands spelled with English words (`username … password`, `enable secret`, `neighbor …
 * password`): read only where a command starts, at the start of a line or inside quotes (an ASA
 * "executed '…'" syslog), so prose (`enable password reset`, `username or password is wrong`) is not.
 */
const WORD_COMMAND = new RegExp(
  String.raw`(?:${LINE_HEAD}|['"])(?:username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d+)?(?:[ \t]+(?:algorithm-type|role|view)[ \t]+\S+)?[ \t]+(?:password|secret)|enable[ \t]+(?:password|secret)(?:[ \t]+level[ \t]+\d+)?|neighbor[ \t]+\S+[ \t]+password|rootpw(?=[ \t]+[^\s=:]))${VALUE}`,
  'dgi',
);
/** Commands no prose spells: read after any blank or quote (a command inside a longer log line). */
const DEVICE_COMMAND = new RegExp(
  String.raw`(?:${LINE_HEAD}|[\s'"])(?:ppp[ \t]+(?:chap[ \t]+password|pap[ \t]+sent-username[ \t]+\S+[ \t]+password)|key-string|crypto[ \t]+isakmp[ \t]+key|(?:ikev[12][ \t]+(?:(?:local|remote)-authentication[ \t]+)?)?pre-shared-key(?:[ \t]+(?:local|remote|address[ \t]+\S+|hostname[ \t]+\S+))?|(?:snmp-server|snmp)[ \t]+community|(?:tacacs|radius)-server(?:[ \t]+(?!key\b|secret\b)\S+){0,6}[ \t]+(?:key|secret)|ntp[ \t]+authentication-key[ \t]+\d+[ \t]+(?:md5|sha1|sha256)|wpa-psk[ \t]+(?:ascii|hex)|ip[ \t]+ospf[ \t]+(?:authentication-key|message-digest-key[ \t]+\d+[ \t]+md5))${VALUE}`,
  'dgi',
);

/**
 * A block line that is only a credential: ` password 7 …` under `line vty`, ` key 7 …` under
 * `tacacs server X`. Block lines are indented; a value of letters only needs its type digit
 * (` password 7 cisco`), so an indented `Password reset` line of prose stays.
 */
const BLOCK_CREDENTIAL = /^[+\-!]?[ \t]+(?:password|key)[ \t]+(?:([0-9])[ \t]+)?(?:"([^"\r\n]{1,256})"|([^\s'"]{1,256}))[ \t]*$/di;

/**
 * An SNMPv3 user (`snmp-server user NAME GROUP v3 auth sha AUTHPASS priv aes 128 PRIVPASS`): the
 * authentication and privacy passphrases.
 */
const SNMP_USER =
  /(?:^|[\s'"])snmp-server[ \t]+user[ \t]+\S+[ \t]+\S+(?:[ \t]+remote[ \t]+\S+(?:[ \t]+udp-port[ \t]+\d+)?)?[ \t]+v3(?:[ \t]+encrypted)?[ \t]+auth[ \t]+(?:md5|sha\S*(?:[ \t]+\d+)?)[ \t]+([^\s'"]{1,256})(?:[ \t]+priv[ \t]+(?:des|3des|aes(?:[ \t]+\d+)?)[ \t]+([^\s'"]{1,256}))?/dgi;

/** Junos: a quoted value after a credential word. */
const JUNOS_QUOTED =
  /(?:^|[ \t])(?:encrypted-password|authentication-password|privacy-password|secret|authentication-key|key|ascii-text|hexadecimal|community|simple-password)[ \t]+"([^"\r\n]{1,256})"/dgi;
/** A Junos configuration line: `set …`, or a statement ending in `;` (with Junos' `## SECRET-DATA`). */
const JUNOS_LINE = /^[ \t]*[+-]?[ \t]*set[ \t]|;[ \t]*(?:##[^\n]*)?$/i;

/** FortiOS `set NAME ENC VALUE`. */
const FORTIOS_ENC = /(?:^|\s)set[ \t]+[\w-]{1,64}[ \t]+ENC[ \t]+([^\s'"]{1,1024})/dg;

/** `Name := "value"` (FreeRADIUS check items, Go short variable declarations). */
const COLON_ASSIGN = /(?:^|[\s(])([A-Za-z_][\w-]{0,63})[ \t]*:=[ \t]*"([^"\r\n]{1,256})"/dg;

/** Words that follow a bare block `key` / `password` and are not a value (`key chain NAME`, `password encryption aes`). */
const NOT_A_VALUE = /^(?:chain|config-key|encryption|exchange|source|\d{1,4})$/i;
/** Words of a sentence where a command's value would stand (`username or password is wrong`). */
const SENTENCE_WORDS = new Set(
  'is was are be been or and for to the a an not no of in on incorrect invalid wrong reset required expired changed change must will has have should can cannot please field'.split(
    ' ',
  ),
);

/**
 * Parts of words one of which stands in every line the patterns read (`assw` in password, passwd
 * and FreeRADIUS `Cleartext-Password`; `ecret`, `key`, `ommunity`, `psk`, `snmp-server user`): only the lines holding
 * one are read, each once. Few and case-sensitive, so a text costs a few native searches.
 */
const LINE_ANCHORS: readonly string[] = ['assw', 'ecret', 'key', 'ommunity', 'psk', 'snmp-server user', 'rootpw'];

/**
 * A configuration command is a short line; a longer one is prose or a blob (a prompt's paragraph
 * that mentions a password), which is not read, so its cost stays that of the anchor search.
 */
const MAX_LINE = 512;

export function deviceConfigSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // One long line (a prompt's paragraph, a JSON blob) holds no configuration command.
  if (text.length > MAX_LINE && text.indexOf('\n') < 0) return;
  let lineStarts: Set<number> | undefined;
  for (const anchor of LINE_ANCHORS) {
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      const start = text.lastIndexOf('\n', at) + 1;
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      lineStarts ??= new Set<number>();
      if (end - start <= MAX_LINE && !lineStarts.has(start)) {
        lineStarts.add(start);
        lineSpans(text, start, end, ctx);
      }
      at = end;
    }
  }
}

function lineSpans(text: string, start: number, end: number, ctx: SpanContext): void {
  const line = text.slice(start, end);
  const found = ctx.out.length;
  for (const command of [WORD_COMMAND, DEVICE_COMMAND]) {
    command.lastIndex = 0;
    for (let m = command.exec(line); m !== null; m = command.exec(line)) pushValue(text, start, m, 1, ctx);
  }
  if (ctx.out.length === found && line.indexOf('snmp-server') >= 0) {
    SNMP_USER.lastIndex = 0;
    for (let m = SNMP_USER.exec(line); m !== null; m = SNMP_USER.exec(line)) {
      pushValue(text, start, m, 1, ctx);
      if (m[2] !== undefined) pushValue(text, start, m, 2, ctx);
    }
  }
  if (ctx.out.length === found) {
    const m = BLOCK_CREDENTIAL.exec(line);
    const value = m === null ? '' : (m[2] ?? m[3]!);
    if (m !== null && !NOT_A_VALUE.test(value) && (m[1] !== undefined || !/^[A-Za-z]+$/.test(value))) pushValue(text, start, m, 2, ctx);
  }
  if (ctx.out.length === found && line.indexOf('"') >= 0 && JUNOS_LINE.test(line)) {
    JUNOS_QUOTED.lastIndex = 0;
    for (let m = JUNOS_QUOTED.exec(line); m !== null; m = JUNOS_QUOTED.exec(line)) pushValue(text, start, m, 1, ctx);
  }
  if (ctx.out.length === found && line.indexOf(' ENC ') >= 0) {
    FORTIOS_ENC.lastIndex = 0;
    for (let m = FORTIOS_ENC.exec(line); m !== null; m = FORTIOS_ENC.exec(line)) pushValue(text, start, m, 1, ctx);
  }
  if (line.indexOf(':=') >= 0) {
    COLON_ASSIGN.lastIndex = 0;
    for (let m = COLON_ASSIGN.exec(line); m !== null; m = COLON_ASSIGN.exec(line)) {
      const entity = ctx.classifyKey(m[1]!);
      const range = m.indices?.[2];
      if (entity === null || range === undefined || PLACEHOLDER_VALUE.test(m[2]!)) continue;
      pushSpan(ctx, text, start + range[0], start + range[1], entity, 'structure:device_config');
    }
  }
}

/**
 * The value of a match in the line at `lineStart`, as SECRET: group `first` when it matched (a
 * quoted value), else the next one (a bare value). A bare sentence word is not a value.
 */
function pushValue(text: string, lineStart: number, m: RegExpExecArray, first: number, ctx: SpanContext): void {
  const group = m[first] !== undefined ? first : first + 1;
  const value = m[group];
  const range = m.indices?.[group];
  if (value === undefined || range === undefined || PLACEHOLDER_VALUE.test(value)) return;
  if (group !== first && SENTENCE_WORDS.has(value.toLowerCase())) return;
  pushSpan(ctx, text, lineStart + range[0], lineStart + range[1], 'SECRET', 'structure:device_config');
}
