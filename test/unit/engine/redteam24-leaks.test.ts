import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './detectors/support.js';

// Red-team round 24 (values as people type them in chats, tickets, e-mails, voice transcripts and
// AI prompts: spelled out, spaced, disguised): the detectors and words its fixes added. Values
// differ from the corpus's: other test cards (Stripe, Adyen, Braintree lists), NANP 555-01xx and
// Ofcom drama numbers, RFC 4226-style codes, plausible names and addresses. Look-alikes: the
// same words in prose, counts and versions, dates and paths, numbers that fail their check.

describe('spelled and disguised e-mail addresses', () => {
  detectorCases(
    'email_spelled',
    [
      ['contacto: pedro punto sanz arroba hotmail punto es', 'pedro punto sanz arroba hotmail punto es'],
      ['mail: theo.blanc arobase free point fr', 'theo.blanc arobase free point fr'],
      ['schreib an h.weber (at) gmx punkt de', 'h.weber (at) gmx punkt de'],
      ['reach me at sam_lee @ example.org tomorrow', 'sam_lee @ example.org'],
      ['my email address is bwayne at gmail, thanks', 'bwayne at gmail'],
      ['anna.berg at outlook dot com is the one', 'anna.berg at outlook dot com'],
    ],
    [
      'look at the dot com bubble of 2000',
      'the meeting is at google dot com headquarters',
      'we arrived at home at noon',
      'the build at gmail-api is broken',
      'user@example.com wrote',
    ],
  );
});

describe('street lines after shipping and delivery phrases, and in Spanish, French and German', () => {
  detectorCases(
    'residence_street',
    [
      ['please ship it to 48 cedar ln apt 2b thanks', '48 cedar ln apt 2b'],
      ['leave them at 9 harbour rd by the door', '9 harbour rd'],
      ['ship to nora quinn, 31 birch ave', '31 birch ave'],
      ['bitte liefern an lindenweg 7a, danke', 'lindenweg 7a'],
      ['livrez au 3 bis rue victor hugo svp', '3 bis rue victor hugo'],
    ],
    [
      'ship it to 3 regions by friday',
      'send them to 5 ways to drive growth',
      'deliver to 40 stores via the main road',
      'address: 10.0.0.1 port 8080',
    ],
  );
  it('masks a Spanish street after `vivo en` (street_address reads lower-case Spanish streets since stop 47)', () => {
    const out = engine.maskText('vivo en avenida de la paz 12, 4º');
    expect(out.value).not.toContain('avenida de la paz 12');
    expect(out.findings.some((f) => f.entity === 'ADDRESS')).toBe(true);
  });
  it('a number named as an order after an address line is no postcode', () => {
    const out = engine.maskText('address: 9 park ave, mumbai\ninvoice 400001').value;
    expect(out).toContain('400001');
    expect(out).not.toContain('9 park ave');
  });
});

describe('names in lower case after introductions and labels', () => {
  detectorCases(
    'person_name_intro_other',
    [
      ['hola, me llamo rodrigo paredes', 'rodrigo paredes'],
      ["bonjour, je m'appelle lucas moreau", 'lucas moreau'],
      ['Mein Name ist felix wagner', 'felix wagner'],
      ['name: emily carter\nphone: n/a', 'emily carter'],
      ['leave it with reception, recipient olivia turner', 'olivia turner'],
      ['please ship it to ethan ward, 12 lake rd', 'ethan ward'],
    ],
    ['name: nginx\nimage: nginx:1.25', 'name: build artifacts', 'recipient list updated today', 'we ship to germany and france'],
  );
  detectorCases(
    'person_name_sentence_intro',
    [
      ['hallo hier ist lena krause, es geht um die rechnung', 'lena krause'],
      ['hey its nathan brooks again', 'nathan brooks'],
    ],
    ["its value is fine. It's okay", "c'est la vie"],
  );
});

describe('codes read back in chats, recovery and backup codes', () => {
  detectorCases(
    'one_time_code',
    [
      ['the code they sent me is 530917 i think', '530917'],
      ['Ihr Bestätigungscode: 118254', '118254'],
      ['mi código de verificación es 660512', '660512'],
    ],
    ['the code is in PR 4512', 'error code 5031 again'],
  );
  detectorCases(
    'recovery_code',
    [
      ['my backup codes are 7301 4482 and 9915 0267', '9915 0267'],
      ['recovery codes:\na81c4-77f0e\nb2290-c1d4a', 'b2290-c1d4a'],
    ],
    ['backup completed 2026-04-12 in 4821 ms', 'recovery took 12345-67890 steps', 'backup job 20260412 ok'],
  );
});

describe('numbers read out in groups, cards with odd separators, dotted SSNs', () => {
  detectorCases(
    'spoken_digits',
    [
      ['ok so it is six five zero, five five five, oh one three two', 'six five zero, five five five, oh one three two'],
      ['itin nine zero zero, seven one, two two three three', 'nine zero zero, seven one, two two three three'],
      ['the code is four one seven, two nine three', 'four one seven, two nine three'],
    ],
    ['scores were three, four, five, six, seven, eight', 'order number is one two three four five six seven'],
  );
  detectorCases(
    'card_odd_separators',
    [
      ['its 5105 slash 1051 slash 0510 slash 5100', '5105 slash 1051 slash 0510 slash 5100'],
      ['card 4012 8888 / 8888 1881 exp 10/29', '4012 8888 / 8888 1881'],
      ['amex 3714_496353_98431', '3714_496353_98431'],
    ],
    ['/var/log/2026/04/12/1234', 'dates 2026/04/12 12/04/2026', 'file_2026_04_12_0001.log', 'card 4111 1111 / 1111 1112'],
  );
  detectorCases(
    'us_ssn_dotted',
    [
      ['ssn: 536.90.4399 on file', '536.90.4399'],
      ['social is 401/12/7766', '401/12/7766'],
    ],
    ['version 123.45.6789', 'ssn 000.12.3456', 'build 536.90.4399'],
  );
});

describe('passwords and phones as people shorten them', () => {
  detectorCases('secret_assignment', [['staging login admin pw: Gr33n-Valley! ok', 'Gr33n-Valley!']], ['pwr 12 watts']);
  it('a German password sentence with "lautet"', () => {
    expect(engine.maskText('Das Passwort lautet Fichte#2020 ab morgen').value).not.toContain('Fichte#2020');
  });
  it('a UK mobile after "reach her on"', () => {
    expect(engine.maskText('you can reach her on 07700 900123 after six').value).not.toContain('07700 900123');
  });
  it('"reach us" before a count stays', () => {
    expect(engine.maskText('it took 3 days to reach us, 12 items').value).toContain('12 items');
  });
});
