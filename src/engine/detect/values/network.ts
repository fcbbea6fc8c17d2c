import { isIPv4, isIPv6 } from 'node:net';
import { regexDetector } from './helpers.js';
import { hasAtLeast } from './shared.js';

/**
 * IPv4 addresses, parsed. Four dotted numbers right after `v`, or after the word "version", are a
 * version string, not an address.
 */
export const ipv4 = regexDetector({
  id: 'ipv4',
  entity: 'IP_ADDRESS',
  description: 'IPv4 addresses',
  validation:
    'four octets 0–255 without leading zeros (parsed by node:net); not a version string (v1.2.3.4, "version 1.2.3.4", Chrome/126.0.0.0); also glued to a client\'s host flag (-h198.51.100.40)',
  context: false,
  example: '203.0.113.42',
  requires: 'numeric',
  prefilter: (s) => s.text.indexOf('.') !== -1 && s.numeric,
  // `(?<![\w.])\d…` written `\d(?<![\w.]\d)…` (the same matches): led by a digit rather than a
  // look-behind, the native search skips ahead to candidates (a 5 KB prompt: 3.2 → 1.1 µs).
  // A client's host flag glued to the address (`mysql -h198.51.100.40`, `psql -h203.0.113.5`: a
  // shell history or auditd EXECVE argument; red-team round 58) leads it as a blank would.
  pattern: /\d(?<![\w.]\d(?<!(?:^|[\s"'])-h\d))\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\w]|\.\d)/g,
  validate: (v, scan, start) => {
    if (!isIPv4(v)) return undefined;
    if (/^(?:0+\.)+0+$/.test(v)) return undefined;
    // Loopback (127.0.0.0/8, RFC 1122): the host itself, never a person's or a peer's address.
    if (v.startsWith('127.')) return undefined;
    const before = scan.lower().slice(Math.max(0, start - 12), start);
    if (/(?:version|ver|release)[\s:=]*$/.test(before) || /v$/.test(before)) return undefined;
    // product/version tokens of user agents and banners: Chrome/126.0.0.0, Apache/2.4.58.1
    if (/[a-z]\/$/.test(before)) return undefined;
    // An object identifier (`urn:oid:2.5.4.42`, X.520 givenName as a SAML attribute's name, RFC
    // 3061; red-team round 72): four dotted arcs after `oid:` name an attribute, not a host.
    if (/(?:^|[^a-z])oid[:=]$/.test(before)) return undefined;
    // The tail of an IPv6 address (::ffff:192.0.2.1, 64:ff9b::198.51.100.7): ipv6 masks it whole.
    if (scan.text.charCodeAt(start - 1) === 58 && IPV6_HEAD.test(scan.text.slice(Math.max(0, start - 40), start))) return undefined;
    if (scan.text.charCodeAt(start + v.length) === 47 && isPrivateRoute(v, scan.text, start + v.length + 1)) return undefined;
    return v;
  },
});

/**
 * A private network in CIDR notation (`10.192.122.3/32` in WireGuard's AllowedIPs, wg(8): the
 * addresses a peer routes, with CIDR masks; a VPC or pod CIDR `10.0.0.0/16`): an RFC 1918
 * (10/8, 172.16/12, 192.168/16) or RFC 6598 shared (100.64/10) address with a prefix length
 * 0–32 is a route inside an operator's network, which no outsider reaches. A public address
 * with a prefix (`203.0.113.5/32` of a security-group rule, someone's home address) stays masked.
 */
function isPrivateRoute(v: string, text: string, prefixAt: number): boolean {
  const d0 = text.charCodeAt(prefixAt) - 48;
  if (d0 < 0 || d0 > 9) return false;
  const d1 = text.charCodeAt(prefixAt + 1) - 48;
  const two = d1 >= 0 && d1 <= 9;
  if (two && (d0 * 10 + d1 > 32 || /[\w.]/.test(text.charAt(prefixAt + 2)))) return false;
  if (!two && /[\w.]/.test(text.charAt(prefixAt + 1))) return false;
  const [a, b] = v.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/** What precedes the IPv4 tail of an IPv6 address: hex groups and at least two colons. */
const IPV6_HEAD = /(?:^|[^\w:.])(?:[0-9A-Fa-f]{0,4}:){2,6}$/;
const IPV6_FULL = /[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}/;
/** Six groups and an IPv4 tail, without `::` (`2001:db8:1:2:3:4:192.0.2.33`): six colons. */
const IPV6_FULL_IPV4 = /[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){5}:\d{1,3}\./;

/** IPv6 addresses (with an optional zone and embedded IPv4), parsed. */
export const ipv6 = regexDetector({
  id: 'ipv6',
  entity: 'IP_ADDRESS',
  description: 'IPv6 addresses',
  validation: 'parsed by node:net; at least three groups or a :: compression with a group; an embedded IPv4 tail is part of the address',
  context: false,
  example: '2001:db8:85a3::8a2e:370:7334',
  // An address is compressed (`::`) or written in full: eight groups (seven colons) or six and an
  // IPv4 tail (six colons). Counting the colons (native indexOf, stops at the sixth) spares the
  // patterns' pass over times (`10:22:33`) and URLs (`https://`).
  prefilter: (s) => {
    const t = s.text;
    if (t.indexOf(':') === -1) return false;
    if (t.indexOf('::') !== -1) return true;
    return hasAtLeast(t, ':', 6) && (IPV6_FULL.test(t) || IPV6_FULL_IPV4.test(t));
  },
  // The embedded IPv4 form is tried first, so `2001:db8::192.0.2.1` is one address, not `…::192`.
  pattern: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[\w.]{1,16})?(?![\w:]|\.\d)/g,
  validate: (v, scan, start) => {
    if (v.length < 3 || !/[0-9A-Fa-f]/.test(v)) return undefined;
    // `64:ff9b::<EMAIL:…>`: the head of an address whose tail was masked on an earlier pass.
    if (v.endsWith(':') && scan.text.charCodeAt(start + v.length) === 60) return undefined;
    const bare = v.replace(/%.*$/, '');
    return isIPv6(bare) ? bare.toLowerCase() : undefined;
  },
});
