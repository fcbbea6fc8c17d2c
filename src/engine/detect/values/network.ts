import { isIPv4, isIPv6 } from 'node:net';
import { regexDetector } from './helpers.js';

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
    const before = scan.lower().slice(Math.max(0, start - 12), start);
    if (/(?:version|ver|release)[\s:=]*$/.test(before) || /v$/.test(before)) return undefined;
    // product/version tokens of user agents and banners: Chrome/126.0.0.0, Apache/2.4.58.1
    if (/[a-z]\/$/.test(before)) return undefined;
    return v;
  },
});

const IPV6_FULL = /[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}/;

/** IPv6 addresses (with an optional zone and embedded IPv4), parsed. */
export const ipv6 = regexDetector({
  id: 'ipv6',
  entity: 'IP_ADDRESS',
  description: 'IPv6 addresses',
  validation: 'parsed by node:net; at least three groups or a :: compression with a group',
  context: false,
  example: '2001:db8:85a3::8a2e:370:7334',
  prefilter: (s) => s.text.indexOf(':') !== -1 && (s.text.indexOf('::') !== -1 || IPV6_FULL.test(s.text)),
  pattern: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[\w.]{1,16})?(?![\w:])/g,
  validate: (v) => {
    if (v.length < 3 || !/[0-9A-Fa-f]/.test(v)) return undefined;
    const bare = v.replace(/%.*$/, '');
    return isIPv6(bare) ? bare.toLowerCase() : undefined;
  },
});
