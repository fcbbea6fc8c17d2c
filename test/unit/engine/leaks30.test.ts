import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 13–20 closed in stop 30: the record walk's sibling readings and the
 * name and street readers. JSON shapes are checked on both walks, the parsed value (maskValue) and
 * the record's text (maskJsonText), which must agree. Values differ from the corpus values; each
 * group has look-alikes that must stay.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const jsonText = (v: unknown) => engine.maskJsonText(JSON.stringify(v))!.render('{}');
/** Both walks of a JSON record, one after the other. */
const both = (v: unknown) => `${value(v)}\n${jsonText(v)}`;

function expectRecord(input: unknown, secrets: readonly string[], kept: readonly string[]): void {
  const out = both(input);
  for (const s of secrets) expect(out, JSON.stringify(input)).not.toContain(s);
  for (const k of kept) expect(out, JSON.stringify(input)).toContain(k);
}

describe('a vendor named only in a sibling member (structure/vendor-label.ts)', () => {
  it.each([
    [
      'Twilio auth token under value',
      { label: 'Twilio (staging)', value: '5e0b71c9a2d84f36b1e7c0a9d3f6284b' },
      ['5e0b71c9a2d84f36b1e7c0a9d3f6284b'],
    ],
    [
      'Mailgun signing key under key, provider beside',
      { provider: 'Mailgun', key: '9d41b7c2e6a05f38d1c4b9e72a6f3d08-2b7e91c4-6a3f0d85' },
      ['9d41b7c2e6a05f38d1c4b9e72a6f3d08'],
    ],
    [
      'an AWS tag pair naming Twilio',
      { Tags: [{ Key: 'twilio_auth', Value: 'c7a93e10f42b6d85e9a1f07c3b58d24e' }] },
      ['c7a93e10f42b6d85e9a1f07c3b58d24e'],
    ],
    [
      'a service member in a settings list',
      { settings: [{ service: 'Mailgun EU', value: '1f8c3a7e5b9d2f40c6e8a1b3d5f7092c-4e6a8c0b-9d1f3b5a' }] },
      ['1f8c3a7e5b9d2f40c6e8a1b3d5f7092c'],
    ],
  ])('%s', (_, input, secrets) => expectRecord(input, secrets, []));

  it.each([
    ['the label names an id, not a key', { label: 'Twilio message id', value: '5e0b71c9a2d84f36b1e7c0a9d3f6284b' }],
    ['a trace id beside a vendor', { label: 'Datadog trace', value: '5e0b71c9a2d84f36b1e7c0a9d3f6284b' }],
    ['no vendor word in the label', { label: 'Build checksum', value: '5e0b71c9a2d84f36b1e7c0a9d3f6284b' }],
    ['the vendor word under a member that is no label', { comment: 'Twilio', value: '5e0b71c9a2d84f36b1e7c0a9d3f6284b' }],
    ['a vendor label beside an id member', { name: 'Twilio', id: '5e0b71c9a2d84f36b1e7c0a9d3f6284b' }],
    ['a vendor label beside a sentence', { label: 'Twilio', value: 'Twilio status page says all systems normal' }],
  ])('keeps %s', (_, input) => {
    const out = both(input);
    for (const v of Object.values(input)) expect(out).toContain(v);
  });

  it('reads the vendor word in text as before (no change without a sibling)', () => {
    expect(text('twilio auth 5e0b71c9a2d84f36b1e7c0a9d3f6284b')).not.toContain('5e0b71c9a2d84f36b1e7c0a9d3f6284b');
    expect(text('5e0b71c9a2d84f36b1e7c0a9d3f6284b')).toContain('5e0b71c9a2d84f36b1e7c0a9d3f6284b');
  });
});

describe('FastAPI / pydantic v2 422 bodies: `loc` names the field of `input` (structure/siblings.ts)', () => {
  const body = {
    detail: [
      { type: 'string_too_short', loc: ['body', 'customer', 'last_name'], msg: 'String should have at least 3 characters', input: 'Ng' },
      {
        type: 'date_from_datetime_inexact',
        loc: ['body', 'date_of_birth'],
        msg: 'Datetimes provided to dates should have zero time',
        input: '1984-11-02T08:15:00',
      },
      { type: 'value_error', loc: ['body', 'contacts', 2, 'phone'], msg: 'Value error, not a number', input: '0161 496 0752' },
      {
        type: 'string_pattern_mismatch',
        loc: ['body', 'tax_id'],
        msg: "String should match pattern '^\\d{9}$'",
        input: '48-1930275',
        ctx: { pattern: '^\\d{9}$' },
      },
      { type: 'int_parsing', loc: ['query', 'limit'], msg: 'Input should be a valid integer', input: 'twenty-five' },
      { type: 'missing', loc: ['body', 'email'], msg: 'Field required', input: { plan: 'team' } },
    ],
  };

  it('masks the echoed input of a sensitive field, on both walks', () => {
    expectRecord(
      body,
      ['1984-11-02T08:15:00', '0161 496 0752', '48-1930275'],
      ['string_too_short', 'date_from_datetime_inexact', 'twenty-five'],
    );
    expect(value(body)).toContain('"loc":["body","date_of_birth"]');
    expect(jsonText(body)).toContain('"loc":["body","date_of_birth"]');
    expect(value(body)).toContain('"msg":"Value error, not a number"');
  });

  it.each([
    ['a location that names no sensitive field', { loc: ['body', 'page_size'], input: 'Okonkwo-Baptiste 2' }],
    ['an input member without a location', { type: 'text', input: 'Okonkwo-Baptiste 2' }],
    ['a location given as a string, not a list', { loc: 'body.last_name', input: 'Okonkwo-Baptiste 2' }],
    ['a location whose last member is a number only', { loc: [0, 1], input: 'Okonkwo-Baptiste 2' }],
  ])('keeps %s', (_, input) => {
    expect(both(input)).toContain('Okonkwo-Baptiste 2');
  });
});

describe('Vietnamese letters in the person-name reader (detect/values/person-names.ts)', () => {
  it.each([
    ['My name is Bùi Quốc Việt and my order is late', 'Bùi Quốc Việt'],
    ['Customer Đỗ Mạnh Cường called twice', 'Đỗ Mạnh Cường'],
    ['Thanks Lê Văn Thịnh, see you Monday', 'Lê Văn Thịnh'],
    ['Dear Lê Hồng Nhung,', 'Lê Hồng'],
  ])('masks %j', (input, name) => {
    expect(text(input)).not.toContain(name);
  });

  it.each([
    'Hỏi đáp về Sản phẩm mới',
    'Cảm ơn bạn đã liên hệ với chúng tôi',
    'Giao hàng ở Hà Nội trong ngày',
    'Ở đây có Wi-Fi miễn phí',
    'Le Monde and An Post reported it',
  ])('keeps %j', (input) => {
    expect(text(input)).toBe(input);
  });
});

describe('street words after the name: Baltic, Central European, Balkan, Turkish (eu_street_address)', () => {
  it.each([
    ['Estonian mnt, marks stripped', 'palun saatke arve aadressile Narva mnt 7, Tallinn', 'Narva mnt 7'],
    ['Estonian tn', 'Kuller tuleb Vabaduse tn 12 juurde', 'Vabaduse tn 12'],
    ['Latvian iela with a flat', 'Adrese: Tērbatas iela 14-3, Rīga', 'Tērbatas iela 14-3'],
    ['Lithuanian g.', 'Pristatymas: Pylimo g. 21, Vilnius', 'Pylimo g. 21'],
    ['Lithuanian pr.', 'biuras Konstitucijos pr. 7', 'Konstitucijos pr. 7'],
    ['Lithuanian gatvė', 'gyvenu Savanorių gatvė 40', 'Savanorių gatvė 40'],
    ['Hungarian utca', 'Szállítás: Király utca 26, Budapest', 'Király utca 26'],
    ['Hungarian út', 'lakcím Üllői út 45', 'Üllői út 45'],
    ['Slovene cesta', 'naslov Dunajska cesta 22, Ljubljana', 'Dunajska cesta 22'],
    ['Croatian ulica', 'Stanujem: Vlaška ulica 70', 'Vlaška ulica 70'],
    ['Turkish Cad. with No:', 'Teslimat: Bahariye Cad. No:44 Kadıköy', 'Bahariye Cad. No:44'],
    ['Turkish Sokak', 'adres Papatya Sokak No: 9', 'Papatya Sokak No: 9'],
    ['Polish ul. first', 'Dostawa: ul. Piotrkowska 104/6, Łódź', 'ul. Piotrkowska 104/6'],
    ['Albanian Rruga first', 'Adresa: Rruga e Durrësit 33, Tiranë', 'Rruga e Durrësit 33'],
  ])('masks %s', (_, input, street) => {
    expect(text(input)).not.toContain(street);
  });

  it.each([
    'see Fig g. 3 and e.g. 5 items',
    'Vitamin pr. 5 mg',
    'attn: Ticket tn 5 is closed',
    'Mi cesta 5 euros',
    'mounted at /mnt 10 times',
    'Plan al. 3 weeks',
    'TN 37201 is a ZIP in Nashville',
  ])('keeps %j', (input) => {
    expect(text(input)).toContain(input.includes('ZIP') ? 'TN' : input);
  });
});

describe('short name parts named only beside the other part (structure/bare-name-columns.ts)', () => {
  it.each([
    ['Afrikaans van beside voornaam', { voornaam: 'Johanna', van: 'Pretorius', geslag: 'V' }, ['Johanna', 'Pretorius']],
    ['Afrikaans naam and van', { naam: 'Willem', van: 'Steyn' }, ['Willem', 'Steyn']],
    ['Turkish ad beside soyad', { ad: 'Elif', soyad: 'Demirci' }, ['Elif', 'Demirci']],
    ['Finnish suku beside etunimi', { etunimi: 'Aino', suku: 'Korhonen' }, ['Aino', 'Korhonen']],
    ['Norwegian navn beside fornavn', { fornavn: 'Kari', navn: 'Haugen' }, ['Kari', 'Haugen']],
    ['French nom beside prénom (as before)', { prénom: 'Mathilde', nom: 'Garnier' }, ['Mathilde', 'Garnier']],
  ])('masks %s', (_, input, secrets) => expectRecord(input, secrets, []));

  it.each([
    ['a van alone', { van: 'Ford Transit', plate_region: 'WC' }, 'Ford Transit'],
    ['a van beside a bare name', { name: 'Sprinter', van: 'Mercedes' }, 'Mercedes'],
    ['an ad alone', { ad: 'Summer sale', campaign: 'c-12' }, 'Summer sale'],
    ['a van with digits beside voornaam', { voornaam: 'Johanna', van: 'VW-2018' }, 'VW-2018'],
    ['a navn of a device', { navn: 'printer-3', type: 'device' }, 'printer-3'],
  ])('keeps %s', (_, input, kept) => {
    expect(both(input)).toContain(kept);
  });
});

describe('school-roster ids named only beside the student (structure/bare-name-columns.ts)', () => {
  it.each([
    [
      'a Clever student state_id beside student_number and dob',
      {
        data: {
          id: '6a1f0c',
          name: { first: 'Tomás', last: 'Ibarra' },
          student_number: 'S-20917',
          state_id: '5520398174',
          dob: '9/2/2012',
        },
      },
      ['5520398174'],
    ],
    ['a state_id given as a number', { name: { first: 'Tomás', last: 'Ibarra' }, dob: '9/2/2012', state_id: 5520398174 }, ['5520398174']],
    [
      'a OneRoster user identifier beside given and family names',
      { sourcedId: 'usr-77', givenName: 'Priya', familyName: 'Raman', role: 'student', identifier: 'D-4471203' },
      ['D-4471203'],
    ],
  ])('masks %s', (_, input, secrets) => expectRecord(input, secrets, []));

  it.each([
    ['a state_id beside a place name', { state_id: '0601', name: 'California' }, '0601'],
    ['a workflow state', { workflow: { state_id: 3042, name: 'Review' } }, '3042'],
    ['a state code beside a first name', { first_name: 'Priya', state_id: 'TX' }, 'TX'],
    ['a document identifier', { identifier: 'doc-2231', title: 'Handbook' }, 'doc-2231'],
    ['an identifier beside a phone only', { identifier: 'ST-88120', phone: '+1 415 555 0134' }, 'ST-88120'],
  ])('keeps %s', (_, input, kept) => {
    expect(both(input)).toContain(kept);
  });
});

describe('Thai dates of birth in Thai digits through the shared digit folding', () => {
  it('gives a date in Thai digits the token of its ASCII spelling', () => {
    const thai = text('เกิดวันที่ ๓ มีนาคม ๒๕๓๒ ที่เชียงใหม่');
    const ascii = text('เกิดวันที่ 3 มีนาคม 2532 ที่เชียงใหม่');
    expect(thai).not.toContain('๒๕๓๒');
    expect(thai).toBe(ascii);
  });
  it('keeps a meeting date in Thai digits', () => {
    expect(text('ประชุมวันที่ ๓ มีนาคม ๒๕๖๙')).toContain('๒๕๖๙');
  });
});

describe('over-masking left by rounds 16 (structure/types.ts keptUnderKey)', () => {
  it.each([
    ['a Moodle auth plugin', { id: 12, username: 'kpatel', auth: 'nologin', suspended: 1 }, 'nologin'],
    ['an auth method setting', { mongo: { auth: 'scram-sha-256', host: 'db1' } }, 'scram-sha-256'],
    [
      'a Clerk e-mail address object id',
      { primary_email_address_id: 'idn_3Fq8TzWk1mXo9LbV2cRd5eYh7Ja' },
      'idn_3Fq8TzWk1mXo9LbV2cRd5eYh7Ja',
    ],
  ])('keeps %s', (_, input, kept) => {
    expect(both(input)).toContain(kept);
  });

  it.each([
    ['a credential under auth', { auth: 'pk9Qe2-Lw7zX4rT0' }, 'pk9Qe2-Lw7zX4rT0'],
    ['an address under email_id', { email_id: 'kpatel@example.in' }, 'kpatel@example.in'],
  ])('masks %s', (_, input, secret) => expectRecord(input, [secret], []));
});

describe('Thai ชื่อ inside a longer field name (native-script-keys.ts, native-names.ts)', () => {
  it.each([
    ['a product name', { ชื่อสินค้า: 'กางเกงยีนส์ขายาว', ราคา: 590 }, 'กางเกงยีนส์ขายาว'],
    ['a shop name', { ชื่อร้าน: 'ครัวคุณยาย', สาขา: 'สีลม' }, 'ครัวคุณยาย'],
    ['a file name', { ชื่อไฟล์: 'รายงานประจำเดือน.pdf' }, 'รายงานประจำเดือน.pdf'],
  ])('keeps %s and its field name', (_, input, kept) => {
    const out = both(input);
    expect(out).toContain(kept);
    for (const k of Object.keys(input)) expect(out).toContain(k);
  });

  it.each([
    ['the bare field', { ชื่อ: 'วนิดา ศรีสุข' }, 'วนิดา'],
    ['a customer name field', { ชื่อลูกค้า: 'ประเสริฐ วงศ์ทอง' }, 'ประเสริฐ'],
    ['a full-name field', { 'ชื่อ-นามสกุล': 'อรุณี แก้วมณี' }, 'อรุณี'],
  ])('masks %s, keeping the field name', (_, input, secret) => {
    const out = both(input);
    expect(out).not.toContain(secret);
    for (const k of Object.keys(input)) expect(out).toContain(k);
  });

  it('reads the name after a longer label in text', () => {
    expect(text('ชื่อ-นามสกุล: อรุณี แก้วมณี')).not.toContain('อรุณี');
    expect(text('ชื่อสินค้า: กางเกงยีนส์')).toContain('กางเกงยีนส์');
  });
});
