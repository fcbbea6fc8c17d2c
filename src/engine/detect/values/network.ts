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
    'four octets 0–255 without leading zeros (parsed by node:net); not a version string (v1.2.3.4, "version 1.2.3.4", Chrome/126.0.0.0)',
  context: false,
  example: '203.0.113.42',
  requires: 'numeric',
  prefilter: (s) => s.text.indexOf('.') !== -1 && s.numeric,
  pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g,
  validate: (v, scan, start) => {
    if (!isIPv4(v)) return undefined;
    if (/^(?:0+\.)+0+$/.test(v)) return undefined;
    // Loopback (127.0.0.0/8, RFC 1122): the host itself, never a person's or a peer's address.
    if (v.startsWith('127.')) return undefined;
    const before = scan.lower().slice(Math.max(0, start - 12), start);
    if (/(?:version|ver|release)[\s:=]*$/.test(before) || /v$/.test(before)) return undefined;
    // product/version tokens of user agents and banners: Chrome/126.0.0.0, Apache/2.4.58.1
    if (/[a-z]\/$/.test(before)) return undefined;
    // The tail of an IPv6 address (::ffff:192.0.2.1, 64:ff9b::198.51.100.7): ipv6 masks it whole.
    if (scan.text.charCodeAt(start - 1) === 58 && IPV6_HEAD.test(scan.text.slice(Math.max(0, start - 40), start))) return undefined;
    return v;
  },
});

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
