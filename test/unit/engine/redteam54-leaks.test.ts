import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the fifty-fourth red-team round found (fixtures/redteam54-corpus.ts:
 * marketing data platforms and e-mail / messaging service providers), each closed where it
 * happens, with the look-alike beside it that must stay. The values here differ from the corpus':
 * SHA-256 digests built by Meta's normalisation from other plausible addresses, libphonenumber
 * example ranges, plausible names and keys built to the vendors' layouts.
 */
const { masks, keeps } = leakCases();

const EMAIL_DIGEST = '8316b6ef6b97b1f5a8f9751dd963572edd781bbc4240b8f325694ace17b0a13f'; // sha256('m.novak@example.cz')
const PHONE_DIGEST = 'f417a9109171fe54f0433ef3af126615f06e2dacb615f11ffb59a4f7cdfd4c10'; // sha256('+420601123456')

describe('hashed identifiers for ad matching (a digest of an e-mail or a phone is personal)', () => {
  masks(
    'Conversions API user_data lists of digests',
    { data: [{ event_name: 'Lead', event_id: 'evt-20931', user_data: { em: [EMAIL_DIGEST], ph: [PHONE_DIGEST, '420601123456'] } }] },
    [EMAIL_DIGEST, PHONE_DIGEST, '420601123456'],
  );
  keeps(
    'the event around them',
    {
      data: [{ event_name: 'Lead', event_id: 'evt-20931', user_data: { em: [EMAIL_DIGEST] }, custom_data: { content_ids: ['sku-4471'] } }],
    },
    ['evt-20931', 'sku-4471'],
  );
  masks('a pixel query with digests', `GET /tr?id=998877&ev=Purchase&em=${EMAIL_DIGEST}&ph=${PHONE_DIGEST} HTTP/1.1`, [
    EMAIL_DIGEST,
    PHONE_DIGEST,
  ]);
  keeps('the same short names as lists outside a pixel parent', { style: { em: ['1.25'] }, pool: { ph: ['7.4'] } }, ['1.25', '7.4']);
});

describe('nested form field names (PHP / Rails / Mailchimp webhooks)', () => {
  masks(
    'a Mailchimp webhook body logged decoded',
    'webhook type=subscribe&data[merges][FNAME]=Ondrej&data[merges][LNAME]=Svoboda&data[list_id]=b7c6e5d4f3',
    ['Ondrej', 'Svoboda'],
  );
  masks(
    'the same body percent-encoded',
    'webhook type=profile&data%5Bmerges%5D%5BLNAME%5D=Svoboda&data%5Bmerges%5D%5BPHONE%5D=%2B420601123456&data%5Blist_id%5D=b7c6e5d4f3',
    ['Svoboda', '%2B420601123456'],
  );
  keeps(
    'ids and filters under subscripts',
    'POST /orders items[0][sku]=HX-220&data%5Blist_id%5D=b7c6e5d4f3&filter[status]=open&page[size]=50',
    ['HX-220', 'b7c6e5d4f3', 'open', '50'],
  );
  masks(
    'a Rails contact form as members',
    { 'contact[last_name]': 'Horvath', 'contact[email]': 'e.horvath@example.hu', 'contact[topic]': 'billing' },
    ['Horvath', 'e.horvath@example.hu'],
  );
  keeps('its topic', { 'contact[last_name]': 'Horvath', 'contact[topic]': 'billing', 'items[1][qty]': '2' }, ['billing']);
});

describe('CDP and messaging field names', () => {
  masks('a RudderStack source writeKey', { source: { name: 'web-prod', writeKey: '2Kx9RmTq7VbN4cLp8WzY3dFh6JsG1aEu' } }, [
    '2Kx9RmTq7VbN4cLp8WzY3dFh6JsG1aEu',
  ]);
  masks('a write key in a key=value line', 'segment init write_key=Fh6JsG1aEu2Kx9RmTq7VbN4cLp8WzY3d ok', [
    'Fh6JsG1aEu2Kx9RmTq7VbN4cLp8WzY3d',
  ]);
  keeps('the source name beside it', { source: { name: 'web-prod', writeKey: '2Kx9RmTq7VbN4cLp8WzY3dFh6JsG1aEu' } }, ['web-prod']);
  masks('a landline under its name', { contact: { Landline: '020 7946 0018', Mobile: '07700 900077' } }, ['020 7946 0018', '07700 900077']);
  keeps(
    'an e-mail subject line and campaign name',
    { email_subject: 'Back in stock: trail shoes', email_campaign: 'restock-alert-v3', email: 'k.dvorak@example.cz' },
    ['Back in stock: trail shoes', 'restock-alert-v3'],
  );
  masks('the e-mail beside them', { email_subject: 'Back in stock: trail shoes', email: 'k.dvorak@example.cz' }, ['k.dvorak@example.cz']);
});

describe('places beside a position, a postcode after a town in a note', () => {
  keeps(
    'the country, region and city of an ESP click geolocation',
    { event: 'clicked', geolocation: { country: 'PT', region: '11', city: 'Lisbon' } },
    ['Lisbon', '"PT"'],
  );
  masks('its coordinates beside them', { geolocation: { city: 'Lisbon', latitude: '38.72225', longitude: '-9.13933' } }, [
    '38.72225',
    '-9.13933',
  ]);
  masks('a UK postcode after `lives near` and a town', 'Rep note: decision maker, lives near Sheffield S10 2TN, prefers calls', [
    'S10 2TN',
  ]);
  masks('after `living in`', 'caller said she is living in Bath BA1 1LZ now', ['BA1 1LZ']);
  keeps('a count after `lives in`', 'the setting lives in 3 regions and 12 zones', ['3 regions', '12 zones']);
});

describe('Mailchimp merge fields and tracked-link tokens', () => {
  masks('FNAME beside LNAME', { merge_fields: { FNAME: 'Zuzana', LNAME: 'Kralova', PHONE: '+420 601 987 654' } }, ['Zuzana', 'Kralova']);
  keeps('an SAP change document FNAME (a field name) without LNAME', { TABNAME: 'KNA1', FNAME: 'ORT01', CHNGIND: 'U' }, ['ORT01']);
  masks(
    'per-recipient tokens of tracked links in a page URL and referrer',
    {
      context: {
        page: {
          url: 'https://www.example.org/event?utm_campaign=q3_webinar&mkt_tok=OTk5LUFCQy0xMjMAAAGRx2kQ4pL8vN3wY5t',
          referrer: 'https://www.example.org/?_hsenc=p2ANqtz-9Vb2Lm7Qx4Kd&_kx=Qm9vdHNfMjAyNA.Kp3r9T',
        },
      },
    },
    ['OTk5LUFCQy0xMjMAAAGRx2kQ4pL8vN3wY5t', 'p2ANqtz-9Vb2Lm7Qx4Kd', 'Qm9vdHNfMjAyNA.Kp3r9T'],
  );
  keeps(
    'the UTM parameters beside them',
    'GET /event?utm_campaign=q3_webinar&utm_medium=email&mkt_tok=OTk5LUFCQy0xMjMAAAGRx2kQ4pL8vN3wY5t HTTP/1.1',
    ['q3_webinar', 'utm_medium=email'],
  );
});

describe("a company's office after its name and legal form", () => {
  keeps('a supplier block', 'Supplier: Globex Ltd, 221 Baker Street, London. Terms: net 30', ['221 Baker Street']);
  keeps('a sub-processor with its brand in brackets', 'Processor: Initech Inc. (Mailer), 500 Oracle Parkway, Redwood City', [
    '500 Oracle Parkway',
  ]);
  masks('a customer after it', 'Supplier: Globex Ltd. Customer: Maria Lopez, 14 Hazel Close, Reading', ['14 Hazel Close']);
  masks('a home street after a person', 'Ship to: Jane Doe, 12 Elm Street, Springfield', ['12 Elm Street']);
});
