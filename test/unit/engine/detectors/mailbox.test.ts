import { describe } from 'vitest';
import { detectorCases } from './support.js';

// RFC 5322 Appendix A.1 mailboxes and RFC 2047 §8 encoded words; look-alikes: a one-word role
// before an address, generics and Message-IDs in angle brackets, names without an address.
describe('mailbox_display_name', () => {
  detectorCases(
    'mailbox_display_name',
    [
      ['From: "Joe Q. Public" <john.q.public@example.com>', 'Joe Q. Public'],
      ['To: Mary Smith <mary@x.test>, jdoe@example.org', 'Mary Smith'],
      ['From: =?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>', 'Keith_Moore'],
      ['To: =?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>', 'Keld_J=F8rn_Simonsen'],
      ["Cc: Zoë O'Brien-Smith <zoe@example.ie>", "O'Brien-Smith"],
    ],
    [
      'Jenkins <ci@example.com> finished build 42',
      'Message-ID: <5678.21-Nov-1997@example.com>',
      'List<String> names = new ArrayList<>(); Map<K, V> m',
      'Dear Mary Smith, your order shipped',
      'Mary Smith <no address here>',
    ],
  );
});

// Fullwidth (U+FF20) and small (U+FE6B) commercial at; look-alikes: an at sign in prose, a handle.
describe('email_lookalike_at', () => {
  detectorCases(
    'email_lookalike_at',
    [
      ['alt address: olga.petrova＠example.org', 'olga.petrova＠example.org'],
      ['write to li.wei﹫example.cn today', 'li.wei﹫example.cn'],
    ],
    ['meet ＠ noon', 'handle ＠olga on the forum', 'version 1.2＠3.4'],
  );
});
