import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Marketplace buyer and seller support, disputes and returns (red-team round 91). Values differ
 * from the round's corpus: names, logins and ids made up here in the layouts carriers, Amazon,
 * eBay, Adyen and support desks print; look-alikes (carriers' and places' names, order and case
 * numbers, seller ids, plain words after `buyer`, companies) stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('pod_signer_capitals', () => {
  detectorCases(
    'pod_signer_capitals',
    [
      ['Delivered 11/28 09:14, signed by K MORROWBY.', 'K MORROWBY'],
      ['Signed for by: T.ABERCROMBIE-HALE', 'T.ABERCROMBIE-HALE'],
      ['SIGNED FOR BY R. VANTERPOOL at front desk', 'R. VANTERPOOL'],
      ['POD: signed by J QUARTERMAINE HOLT', 'J QUARTERMAINE HOLT'],
    ],
    [
      // A carrier's or a place's name, no initial; an initial without a surname; lower case.
      'signed by DHL EXPRESS',
      'Signed for by: FRONT DOOR',
      'signed by A 12',
      'signed by j smith',
      'Package signed by UPSN driver',
    ],
  );
});

describe('marketplace_buyer_login', () => {
  detectorCases(
    'marketplace_buyer_login',
    [
      ['msg from buyer lukas.brennholt re item 1140022871', 'lukas.brennholt'],
      ['Buyer: tessa_quayle88 opened an INR case', 'tessa_quayle88'],
      ['outbid by bidder oakhaven77 at 19:02', 'oakhaven77'],
      ['buyer id marco.delvecchio5 left negative feedback', 'marco.delvecchio5'],
    ],
    [
      // Plain words, a hyphenated word, an order number, a system account.
      'buyer e-mail bounced twice',
      'buyer remorse return, no defect',
      'buyer 114-3941689-8772232 refunded',
      'buyer svc-returns-bot closed the case',
      'buyer protection v2.1 applies',
    ],
  );
});

describe('marketplace support records', () => {
  it('masks signers, shoppers and reviewers under their field names; keeps an Amazon merchant token', () => {
    const out = maskRecord({
      deliveryDetails: { receivedByName: 'P.OYELOWO-KANE', signedByName: 'Priya Venkataramanan' },
      additionalData: { shopperName: 'Florentyna Ostrowska', pspReference: 'LX7Q2M9B4C8N1P3R' },
      review: { reviewerProfileName: 'Garrick Holloway-Teague', reviewId: 'R1ZK8W3Q0P5M2N' },
      FeedbackDetail: { CommentingUser: 'brindle_fox42', ItemID: '305512908877' },
      document: { uploadedBy: 'hnakagawa', uploadedAt: '2025-12-01T09:00:00Z' },
      merchantToken: 'A3QX7N2KZR8M4T',
    });
    for (const v of [
      'P.OYELOWO-KANE',
      'Priya Venkataramanan',
      'Florentyna Ostrowska',
      'Garrick Holloway-Teague',
      'brindle_fox42',
      'hnakagawa',
    ])
      expect(out).not.toContain(v);
    for (const v of ['LX7Q2M9B4C8N1P3R', 'R1ZK8W3Q0P5M2N', '305512908877', 'A3QX7N2KZR8M4T', '2025-12-01T09:00:00Z'])
      expect(out).toContain(v);
  });

  it('keeps a service account under uploadedBy, and a real token under merchantToken goes', () => {
    const out = maskRecord({ uploadedBy: 'svc-dispute-sync', merchantToken: 'mt_live_9f8e7d6c5b4a39281706f5e4' });
    expect(out).toContain('svc-dispute-sync');
    expect(out).not.toContain('mt_live_9f8e7d6c5b4a39281706f5e4');
  });

  it('keeps a merchant token label’s seller id in text; a password label still goes', () => {
    const out = mask('Merchant Token: A2KV9WQ3X7ZB1M\nPassword: Quill-Harbor-77');
    expect(out).toContain('A2KV9WQ3X7ZB1M');
    expect(out).not.toContain('Quill-Harbor-77');
  });

  it('reads names after support greetings, `Shipped to`, German holders, French `posté par` and Dutch `dhr.`', () => {
    const cases: [string, string][] = [
      ['Hola Jimena Etxeberria, tu reembolso está en camino.', 'Jimena Etxeberria'],
      ['Bonjour Gaëlle Kervella, votre colis est parti.', 'Gaëlle Kervella'],
      ['Shipped to Torvald Skjelbred, tracking attached.', 'Torvald Skjelbred'],
      ['Kontoinhaberin Waltraud Biedermann-Ost, IBAN geprüft', 'Waltraud Biedermann-Ost'],
      ['avis posté par Ysolde Carpentier-Naud hier', 'Ysolde Carpentier-Naud'],
      ['afgeleverd bij dhr. Gerrit Hoogeveen om 14:10', 'Gerrit Hoogeveen'],
      ['please loop in our dev lead Ludmila Zaitseva', 'Ludmila Zaitseva'],
    ];
    for (const [text, name] of cases) expect(mask(text), text).not.toContain(name);
  });

  it('keeps teams, departments, companies and places after those leads', () => {
    for (const text of [
      'Hallo Zusammen, bitte prüfen',
      'Bonjour Service Client, merci',
      'Shipped to New York via UPS Ground',
      'shipped to Warehouse B',
      'Maison Brocante SARL répond sous 24h',
      'Vendido por Calzados Ribera SL',
      'Inhaber Karte gesperrt',
    ]) {
      const out = mask(text);
      expect(out, text).toBe(text);
    }
  });

  it('reads a Spanish call-back promise as a phone context', () => {
    const out = mask('El repartidor te llamará al 622 11 44 70 antes de pasar.');
    expect(out).not.toContain('622 11 44 70');
    expect(mask('Pedido 404-1187733-2290114, llamar mañana')).toContain('404-1187733-2290114');
  });

  it('reads a street line in a ZPL label field; a number glued to other letters stays', () => {
    const out = mask('^XA^FO40,60^FDFROM: Cosima Wetherell^FS^FO40,100^FD4187 Bramblewood Ct^FS^BCN,100^FD1Z88X0W40312345678^FS^XZ');
    expect(out).not.toContain('4187 Bramblewood Ct');
    expect(out).toContain('1Z88X0W40312345678');
    expect(mask('build ABCD4187 Bramblewood Ct')).toContain('ABCD4187 Bramblewood Ct');
  });

  it('reads a Swedish street glued to its street word without a postcode', () => {
    for (const street of ['Drottninggatan 42', 'Björkvägen 7B', 'Klockargränd 3']) {
      expect(mask(`Skickat till Ylva Berglund, ${street}, Uppsala`)).not.toContain(street);
    }
    for (const text of ['Vägen 3 är stängd', 'version 3 of Storgatan docs', 'gatan 12 items']) expect(mask(text)).toBe(text);
  });

  it("reads a USPS tracking event's recipient beside FirmName / AuthorizedAgent; a bare name stays", () => {
    const out = maskRecord({
      TrackDetail: [
        { Event: 'Delivered, In/At Mailbox', EventCity: 'DULUTH', FirmName: '', Name: 'OSWALDO PRIETO-KANE', AuthorizedAgent: 'false' },
      ],
    });
    expect(out).not.toContain('OSWALDO PRIETO-KANE');
    expect(out).toContain('DULUTH');
    expect(maskRecord({ Name: 'Harbor Freight Returns', EventCity: 'DULUTH' })).toContain('Harbor Freight Returns');
  });

  it("reads an eBay message's Sender beside RecipientUserID as a login; eBay and bots stay", () => {
    const out = maskRecord({
      Message: { Sender: 'quillon.abara9', RecipientUserID: 'harbor-tools-us', Subject: 'Return', ItemID: '116640221903' },
    });
    expect(out).not.toContain('quillon.abara9');
    for (const v of ['harbor-tools-us', '116640221903']) expect(out).toContain(v);
    expect(maskRecord({ Sender: 'eBay', RecipientUserID: 'harbor-tools-us' })).toContain('eBay');
    expect(maskRecord({ sender: 'notify-bot', RecipientUserID: 'harbor-tools-us' })).toContain('notify-bot');
    expect(maskRecord({ sender: 'quillon.abara9', subject: 'no partner' })).toContain('quillon.abara9');
  });
});
