import type { Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns, detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isLoginShaped, isSystemAccount } from './login-names.js';
import { foldName, nameKind, SURNAME } from './person-names.js';
import { isNameStopWord } from './person-name-stop.js';

/**
 * Records of connected devices and fleets (red-team round 76): the FMCSA ELD output file, the
 * Mosquitto broker's connection log, LoRaWAN root and session keys written in text, tokens in
 * the path of a live-tracking share link, and Wi-Fi networks named after a household.
 */

/**
 * A Wi-Fi network's name (SSID) that names a household (`Abernathy-Family-5G`, `Ellery-Home-5G`,
 * `Pemberton-Loft`): a surname of the US Census list (4 letters or more, no stop word and no
 * everyday English word), then, joined by `-`, `_`, `.` or a blank, a word for a home or a family
 * (`home`, `house`, `family`, `loft`, `haus`, `casa`, `maison`, `thuis`…) and at most a network
 * word or a band (`wifi`, `wlan`, `net`, `guest`, `5g`, `2.4ghz`, `ext`, a number). A company's,
 * a site's or a generic network (`Contoso-Staff`, `Plant-IoT-2G`, `ACME-GUEST`, `HomeNet-5G`,
 * `eduroam`, `home-2g`) stays, as it always has (red-team rounds 8, 14, 25, 41): only a family's
 * name makes a network's name personal (red-team round 76).
 */
const DWELLING_WORDS = new Set(
  'home house family familie famille familia famiglia loft flat cottage residence haus heim zuhause casa maison thuis hjem hem koti dom domek lar'.split(
    ' ',
  ),
);
const NETWORK_WORD = /^(?:wi-?fi|wlan|lan|net|network|guest|ext|extender|mesh|iot|[25](?:\.4)?g(?:hz)?|\d{1,4})$/;
export function isHouseholdNetworkName(ssid: string): boolean {
  if (ssid.length < 6 || ssid.length > 32) return false;
  const parts = ssid.toLowerCase().split(/[-_. ]+/);
  if (parts.length < 2 || parts.length > 4) return false;
  let dwelling = false;
  for (const part of parts.slice(1)) {
    if (DWELLING_WORDS.has(part)) dwelling = true;
    else if (!NETWORK_WORD.test(part)) return false;
  }
  if (!dwelling) return false;
  const first = foldName(parts[0]!);
  if (first.length < 4 || !/^[a-z]+$/.test(first) || isNameStopWord(first) || isEverydayWord(first)) return false;
  return (nameKind(first) & SURNAME) !== 0;
}

/**
 * The network an ESP-IDF Wi-Fi station joined, as its driver logs it (`I (1532) wifi:connected
 * with Ellery-Home-5G, aid = 1, channel 6, BW20, bssid = …`): masked as PERSON when it names a
 * household (isHouseholdNetworkName); any other network name stays.
 */
export const espWifiConnectedNetwork = regexDetector({
  id: 'esp_wifi_connected_network',
  entity: 'PERSON',
  description: 'Wi-Fi networks named after a household in ESP-IDF `wifi:connected with …, aid =` log lines',
  validation: 'the SSID between `wifi:connected with ` and `, aid`; its first part a Census surname (4+ letters, no stop or everyday word)',
  context: false,
  example: 'I (1532) wifi:connected with Ellery-Home-5G, aid = 1, channel 6',
  keywords: ['wifi:connected with'],
  prefilter: (s) => s.text.indexOf(', aid', 1) !== -1,
  pattern: /wifi:connected with ([^,\n]{1,32}), aid/dg,
  group: 1,
  validate: (v) => (isHouseholdNetworkName(v) ? v : undefined),
});

/**
 * The header segment and user list of an ELD output file, as 49 CFR 395 Appendix A §4.8.2.1
 * defines it (the comma-separated file an electronic logging device hands to a roadside
 * inspector, which carriers' compliance tools keep and attach to tickets). After the line `ELD
 * File Header Segment:` the first line is the driver's `last name, first name, ELD username,
 * licence issuing state, licence number, line check value`, the second the co-driver's `last
 * name, first name, ELD username, …`; after `User List:` each line is `order number, account
 * type (D or S), last name, first name, line check value`. The names are masked as PERSON, the
 * usernames as USERNAME and the licence number as DRIVER_LICENSE; the CMV, carrier and event
 * lines (power unit numbers, USDOT numbers, odometers) stay, and a VIN is the vin detector's.
 */
const ELD_HEADER = 'eld file header segment:';
const ELD_USER_LIST = 'user list:';
/** A line of the file: up to its line break (a section heading ends with `:`). */
const LINE = /[^\r\n]*/y;
/** A name field: letters (any script), blanks, `'`, `-`, `.`; 1–40 characters. */
const NAME_FIELD = /^[\p{L}][\p{L}' .-]{0,39}$/u;
/** A licence number as the states print it: letters, digits, blanks or dashes, with a digit. */
const LICENCE_FIELD = /^(?=[^,]*\d)[A-Za-z0-9 -]{4,20}$/;
const STATE_FIELD = /^[A-Z]{2}$/;

function lineAt(text: string, at: number): { start: number; value: string } {
  LINE.lastIndex = at;
  return { start: at, value: LINE.exec(text)![0] };
}

/** The start of the line after the one at `at`, or -1. */
function nextLine(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  return lf < 0 ? -1 : lf + 1;
}

function fieldSpans(
  line: { start: number; value: string },
  entities: readonly (string | undefined)[],
  out: Span[],
  priority: number,
): void {
  let at = 0;
  const fields = line.value.split(',');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const entity = entities[i];
    const value = field.trim();
    const ok =
      entity !== undefined &&
      value.length > 0 &&
      value.charCodeAt(0) !== 60 && // a token of an earlier pass (`<PERSON:…>`)
      (entity === 'PERSON'
        ? NAME_FIELD.test(value)
        : entity === 'USERNAME'
          ? isLoginShaped(value) && !isSystemAccount(value)
          : LICENCE_FIELD.test(value));
    if (ok) {
      const start = line.start + at + field.indexOf(value);
      out.push({ start, end: start + value.length, entity, detector: 'eld_output_file', normalized: value, priority });
    }
    at += field.length + 1;
  }
}

export const eldOutputFile: ValueDetector = {
  ...detectorFields({
    id: 'eld_output_file',
    entity: 'PERSON',
    description: 'Drivers’ names, ELD usernames and licence numbers in an FMCSA ELD output file (header segment, user list)',
    validation:
      'after `ELD File Header Segment:`, the driver line (last name, first name, username, state, licence number) and the co-driver line; after `User List:`, lines of order number, D or S, last name, first name',
    context: false,
    example: 'ELD File Header Segment:\nSmith,John,jsmith,NY,712448391,6C',
    keywords: [ELD_HEADER],
    prefilter: (s) => s.text.length >= 40,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const lower = scan.lower();
    const header = lower.indexOf(ELD_HEADER);
    if (header < 0) return;
    const from = out.length;
    // The driver's line, then the co-driver's (empty fields when there is none).
    let at = nextLine(text, header);
    if (at > 0) {
      const driver = lineAt(text, at);
      const fields = driver.value.split(',');
      if (fields.length >= 5 && STATE_FIELD.test(fields[3]!.trim())) {
        fieldSpans(driver, ['PERSON', 'PERSON', 'USERNAME', undefined, 'DRIVER_LICENSE'], out, priority);
        at = nextLine(text, at);
        if (at > 0) {
          const coDriver = lineAt(text, at);
          if (coDriver.value.indexOf(',') > 0) fieldSpans(coDriver, ['PERSON', 'PERSON', 'USERNAME'], out, priority);
        }
      }
    }
    // The user list: `order,type,last,first,check` lines up to the next section heading.
    const list = lower.indexOf(ELD_USER_LIST, header);
    for (let line = list < 0 ? -1 : nextLine(text, list); line > 0; line = nextLine(text, line)) {
      const user = lineAt(text, line);
      const fields = user.value.split(',');
      if (fields.length < 4 || !/^\d{1,3}$/.test(fields[0]!) || !/^[DS]$/.test(fields[1]!)) break;
      fieldSpans(user, [undefined, undefined, 'PERSON', 'PERSON'], out, priority);
    }
    if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
  },
};
candidatePatterns.set(eldOutputFile, [/ELD File Header Segment:/gi]);

/**
 * The user name of an MQTT client in the Mosquitto broker's log (`New client connected from
 * 198.51.100.7:51234 as kitchen-plug-04 (p2, c1, k60, u'jdoe').`, mosquitto.conf(5)
 * `connection_messages`): a person's login is masked as USERNAME; a system or service account
 * (`u'homeassistant'`, `u'telegraf'`) stays, as do the client id and the protocol flags.
 */
export const mosquittoClientUser = regexDetector({
  id: 'mosquitto_client_user',
  entity: 'USERNAME',
  description: "MQTT user names in Mosquitto’s `New client connected … (p2, c1, k60, u'…')` log lines",
  validation: "the u'…' of the flags after `as <client id>` of a Mosquitto connection line; a login's shape, no system or service account",
  context: false,
  example: "New client connected from 192.0.2.7:51234 as plug-04 (p2, c1, k60, u'jdoe').",
  keywords: ['new client connected'],
  prefilter: (s) => s.text.indexOf("u'", 1) !== -1,
  pattern: / as \S{1,128} \(p\d, c\d, k\d{1,5}, u'([^'\s]{1,128})'\)/dg,
  group: 1,
  validate: (v) => (isLoginShaped(v) && !isSystemAccount(v) ? v : undefined),
});

/**
 * A LoRaWAN root or session key written after its name in text: The Things Stack CLI's
 * `--root-keys.app-key.key <hex>` and `--session.keys.app-s-key.key`, ChirpStack's `app_key`,
 * an installer's note `appkey <hex>` (LoRaWAN 1.0 AppKey, 1.1 NwkKey, the ABP session keys AppSKey
 * and NwkSKey): 16 bytes as 32 hex digits. The JoinEUI / DevEUI / DevAddr beside them are a
 * device's ids and stay.
 */
export const lorawanKey = regexDetector({
  id: 'lorawan_key',
  entity: 'SECRET',
  description: 'LoRaWAN AppKey / NwkKey / AppSKey / NwkSKey values after their names in text',
  validation: 'app key, nwk key, app s key or nwk s key (any joining, `.key` after it), then 32 hex digits',
  context: false,
  example: 'appkey 875A09B6162F02C3F526F1A0D7AB27E0',
  keywords: [
    'appkey',
    'app-key',
    'app_key',
    'nwkkey',
    'nwk-key',
    'nwk_key',
    'appskey',
    'app-s-key',
    'app_s_key',
    'nwkskey',
    'nwk-s-key',
    'nwk_s_key',
  ],
  prefilter: (s) => s.text.length >= 38,
  pattern: /(?<![A-Za-z])(?:app|nwk)[-_]?(?:s[-_]?)?key(?:\.key)?["']?[ \t:=]{1,3}["']?([0-9A-Fa-f]{32})(?![0-9A-Za-z])/dgi,
  group: 1,
  validate: (v) => (/^(.)\1+$/.test(v) ? undefined : v),
});

/**
 * A token as the path segment after `/token/` of a live-tracking or share link (Garmin LiveTrack
 * `https://livetrack.garmin.com/session/<session>/token/<token>`): whoever holds the link follows
 * the person's position. 16–128 URL-safe characters with a letter and a digit; the session id
 * before it stays.
 */
export const pathSegmentToken = regexDetector({
  id: 'path_segment_token',
  entity: 'SECRET',
  description: 'Tokens in the path segment after /token/ of share and live-tracking links',
  validation: 'the segment after /token/: 16–128 URL-safe characters with a letter and a digit',
  context: false,
  example: 'https://livetrack.garmin.com/session/4d2c8e1a/token/0A1B2C3D4E5F60718293A4B5C6D7E8F9',
  keywords: ['/token/'],
  prefilter: (s) => s.hasDigit,
  pattern: /\/token\/([A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/dg,
  group: 1,
  validate: (v) => (/[0-9]/.test(v) && /[A-Za-z]/.test(v) ? v : undefined),
});

/**
 * Device keys in a header-less export (Azure IoT Hub device registry, Device Provisioning Service
 * enrollments, IoT Central devices, as CSV, pipe, semicolon or tab rows pasted in a ticket):
 * `thermo-0042,enabled,sas,<primary key>,<secondary key>,owner`. A symmetric key is 32 or 64 random
 * bytes in base64 (44 characters ending `=`, or 88 ending `==`), a whole cell; no header names it,
 * so the row must say it holds keys: an authentication type (`sas`, `symmetricKey`,
 * `SharedAccessKey`), a DTDL model id (`dtmi:`), or a second key beside it (a primary and a
 * secondary). A digest of the same length in a checksum list, without these, stays.
 */
const KEY_ROW_CUE = /(?:^|[|,;\t])[ \t]*(?:sas|symmetric[_ -]?key|shared[_ -]?access[_ -]?key|sharedaccesskey)[ \t]*(?:[|,;\t]|$)|dtmi:/i;
const KEY_CELL = /^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$/;

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const lf = text.indexOf('\n', end);
  return text.slice(from, lf < 0 ? text.length : lf);
}

/** Whether some `=` of the text stands before a cell separator, a blank, a line break or the end. */
function endsPaddedCell(text: string): boolean {
  for (let i = text.indexOf('='); i !== -1; i = text.indexOf('=', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (Number.isNaN(c) || c === 124 || c === 44 || c === 59 || c === 9 || c === 10 || c === 13 || c === 32) return true;
  }
  return false;
}

export const deviceKeyCell = regexDetector({
  id: 'device_key_cell',
  entity: 'SECRET',
  description: 'Symmetric device keys (32 or 64 bytes in base64) as cells of header-less device exports',
  validation:
    'a whole cell (between |, comma, ; or tab) of 43 base64 characters and `=` or 86 and `==`, with a capital, a small letter and a digit; its row holds sas / symmetricKey / SharedAccessKey as a cell, a dtmi: model id, or a second such key',
  context: true,
  example: 'thermo-0042,enabled,sas,<key>,<key>,owner',
  // A key cell ends in `=` before a separator, a blank, a line break or the text's end.
  prefilter: (s) => s.text.length >= 46 && endsPaddedCell(s.text),
  pattern: /(?<![^\n|,;\t])[A-Za-z0-9+/]{43}(?:=|[A-Za-z0-9+/]{43}==)(?=[ \t]*(?:[|,;\t\r\n]|$))/g,
  validate: (v, scan, start) => {
    if (!KEY_CELL.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v)) return undefined;
    const line = lineAround(scan.text, start, start + v.length);
    if (KEY_ROW_CUE.test(line)) return v;
    // A primary and a secondary key side by side.
    let keys = 0;
    for (const cell of line.split(/[|,;\t]/)) if (KEY_CELL.test(cell.trim())) keys++;
    return keys >= 2 ? v : undefined;
  },
});

/**
 * The code in the path of a share or invitation link (Tesla's vehicle-sharing invite
 * `https://www.tesla.com/_rs/1/<code>`, a digital-key app's `/share/<code>`, an invitation's
 * `/invite/<code>`): the link itself lets its holder join the vehicle, the lock or the account, as
 * a live-tracking `/token/` does (path_segment_token). The segment after `/share/`, `/invite/`,
 * `/invitation(s)/` or `/_rs/` (a version number between allowed): 20–128 URL-safe characters with
 * a capital, a small letter and a digit, so a slug (`/share/quarterly-report-2024`) stays.
 */
export const shareLinkCode = regexDetector({
  id: 'share_link_code',
  entity: 'SECRET',
  description: 'Codes in the path of share and invitation links (/share/, /invite/, /invitation/, /_rs/)',
  validation:
    'the path segment after /share/, /invite/, /invitation/, /invitations/ or /_rs/ (a 1–3 digit version segment between allowed): 20–128 URL-safe characters with a capital, a small letter and a digit',
  context: false,
  example: 'https://keys.example.com/share/k7QmX2vRk9LpT4wZ8sYc3NbFd1',
  keywords: ['/share/', '/invite/', '/invitation', '/_rs/'],
  prefilter: (s) => s.hasDigit,
  pattern: /\/(?:share|invite|invitations?|_rs)\/(?:\d{1,3}\/)?([A-Za-z0-9_-]{20,128})(?![A-Za-z0-9_-])/dg,
  group: 1,
  validate: (v) => (/[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) ? v : undefined),
});

/** A Wi-Fi network's own word or band (`WLAN`, `wifi`, `5G`, `2.4GHz`). */
const WIFI_WORD = /^(?:wi-?fi|wlan|[25](?:\.4)?g(?:hz)?)$/;

/** Providers', router makers' and public networks' names that start a default or public network's name. */
const NETWORK_VENDOR_WORDS = new Set(
  'vodafone telekom xfinity xfinitywifi comcast spectrum virgin virginmedia livebox freebox ziggo telstra optus rogers shaw telus fritz fritzbox netgear linksys tplink dlink asus huawei zte eero nest orbi starlink verizon fios plusnet talktalk swisscom sunrise proximus telenet movistar jazztel vodacom airtel jiofiber eduroam starbucks mcdonalds hotspot ubiquiti unifi mikrotik tenda belkin arris technicolor sagemcom'.split(
    ' ',
  ),
);

/**
 * Whether `ssid`, named in a customer's own words, reads as a household's network: a capitalised
 * first word of 4+ letters that is no stop word, no everyday word and no provider's or maker's
 * (NETWORK_VENDOR_WORDS), then, joined by `-` or `_`, only dwelling words and network words or
 * bands, one of them a dwelling word or a Wi-Fi word (`Aschauer_WLAN`, `Oosterhuis-Home`,
 * `Kettleby_5G`; not `Broker-01`, `Plant-IoT`). A provider's default (`Vodafone-5G`,
 * `NETGEAR42`), a public network (`eduroam`) or a site's (`Plant-IoT`) stays.
 */
function isNamedHouseholdNetwork(ssid: string): boolean {
  if (ssid.length < 6 || ssid.length > 32) return false;
  const parts = ssid.split(/[-_.]+/);
  if (parts.length < 2 || parts.length > 4) return false;
  const first = parts[0]!;
  if (!/^[A-Z][a-z]{3,}$/.test(first)) return false;
  let wireless = false;
  for (const part of parts.slice(1)) {
    const lower = part.toLowerCase();
    if (DWELLING_WORDS.has(lower) || WIFI_WORD.test(lower)) wireless = true;
    else if (!NETWORK_WORD.test(lower)) return false;
  }
  if (!wireless) return false;
  const key = foldName(first);
  return !isNameStopWord(key) && !isEverydayWord(key) && !NETWORK_VENDOR_WORDS.has(key);
}

/**
 * A household's Wi-Fi network named in a support chat or a ticket (`My network is Aschauer_WLAN`,
 * `my wifi is called Oosterhuis-Home`, `it was connected to Kettleby_5G before the router swap`):
 * after `my wifi / wi-fi / network / ssid is (called / named)`, or after `connected to` in a text that
 * speaks of Wi-Fi, a router or a network, a name isNamedHouseholdNetwork accepts is masked as
 * PERSON (a network named after a family, as under `ssid`; red-team round 76 and its leftovers).
 */
export const householdNetworkInProse = regexDetector({
  id: 'household_network_in_prose',
  entity: 'PERSON',
  description: 'Wi-Fi networks named after a household in support prose (my wifi is called …, connected to …)',
  validation:
    'after my wifi / wi-fi / network / ssid is (called / named), or connected to in a text that names Wi-Fi, a router or a network: a capitalised word of 4+ letters (no stop, everyday or provider word) joined by - or _ to dwelling or network words only',
  context: true,
  example: 'My wifi is called Oosterhuis-Home and it is 2.4 GHz',
  keywords: ['my wifi', 'my wi-fi', 'my network', 'my ssid', 'my home network', 'connected to'],
  prefilter: (s) => s.text.length >= 20,
  pattern:
    /(?:\b[Mm]y (?:home )?(?:[Ww]i-?[Ff]i|WIFI|[Nn]etwork|SSID|ssid)(?: name)? (?:is|was)(?: called| named)?|\bconnected to) ["'“]?([A-Z][A-Za-z]{3,}(?:[-_][A-Za-z0-9]{1,8}){1,3})(?![\w-])/dg,
  group: 1,
  validate: (v, scan, start) => {
    if (!isNamedHouseholdNetwork(v)) return undefined;
    const before = scan.text.slice(Math.max(0, start - 16), start);
    return before.includes('connected to') && !/wi-?fi|router|network|ssid|wlan/i.test(scan.text) ? undefined : v;
  },
});
