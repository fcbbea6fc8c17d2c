import { regexDetector } from './helpers.js';

/**
 * India UPI virtual payment addresses (NPCI: `name@bank handle`, e.g. `rahul.sharma@okicici`,
 * `priyapatel@ybl`): an address of one person's bank account, with no top-level domain, so the
 * e-mail detector does not read it. Only the handles of the large UPI apps and banks are read
 * (Google Pay `ok…`, PhonePe `ybl` / `ibl` / `axl`, Paytm `paytm` / `pt…`, BHIM `upi`, Amazon Pay
 * `apl` / `yapl`, WhatsApp `wa…`, and banks' own), each a keyword of the shared pass: text
 * without one costs nothing here. Deep links carry it as `upi://pay?pa=…`.
 */
const HANDLES = [
  'okicici',
  'okhdfcbank',
  'oksbi',
  'okaxis',
  'ybl',
  'ibl',
  'axl',
  'paytm',
  'ptyes',
  'ptsbi',
  'pthdfc',
  'ptaxis',
  'upi',
  'apl',
  'yapl',
  'waicici',
  'wahdfcbank',
  'wasbi',
  'waaxis',
  'icici',
  'sbi',
  'hdfcbank',
  'axisbank',
  'kotak',
  'freecharge',
  'jupiteraxis',
  'idfcbank',
];

export const upiVirtualAddress = regexDetector({
  id: 'upi_vpa',
  entity: 'BANK_ACCOUNT',
  description: 'India UPI virtual payment addresses (name@okicici, name@ybl)',
  validation: 'a handle of a large UPI app or bank after `@`, with no domain after it; 2–256 name characters before',
  context: false,
  example: 'rahul.sharma@okicici',
  keywords: HANDLES.map((h) => `@${h}`),
  prefilter: (s) => s.text.indexOf('@') !== -1,
  pattern: new RegExp(`(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._-]{1,255}@(?:${HANDLES.join('|')})(?![\\w.-])`, 'gi'),
  validate: (v) => v.toLowerCase(),
});
