import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 106's rules for coworking spaces, visitor management and building access: a
 * URL-encoded MAC in a captive portal's query, a Slack mailto link's label, a Brivo export's
 * `26-bit FC-CN`, a Dutch `Pasnummer`, a plate after `immatriculé` / `kenteken`, a coworking
 * member's door credentials and emergency contact under their names, a PACS operator's login,
 * building devices' MACs under their names, RADIUS `NAS-*` attributes, German and Dutch visitor
 * and host labels, a front desk's `to see` and the words of plans and sites. Values differ from
 * the corpus's: other made-up names, numbers of the 555-01XX fiction range, documentation MACs.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}
function maskedJsonText(value: unknown): string {
  return engine.maskJsonText(JSON.stringify(value))!.render('{}');
}
function bothWalks(value: unknown): string[] {
  return [maskedValue(value), maskedJsonText(value)];
}

describe('url_encoded_mac', () => {
  it("masks a client's MAC URL-encoded in a captive portal's query", () => {
    const out = masked('GET /guest/s/lobby/?id=3c%3A22%3Afb%3A10%3A4e%3A7a&t=1746090000 302');
    expect(out).not.toContain('3c%3A22%3Afb%3A10%3A4e%3A7a');
    expect(out).toContain('<MAC_ADDRESS:');
    expect(masked('redirect=https://portal.example/ok?client=B8%3A27%3AEB%3A01%3A02%3A03')).not.toContain('B8%3A27%3AEB%3A01%3A02%3A03');
  });
  it("keeps an access point's or a gateway's MAC under its parameter, and runs that are no MAC", () => {
    for (const text of [
      'GET /guest/s/lobby/?ap=00%3A00%3A5e%3A00%3A53%3A2a&ssid=Guest 302',
      'GET /login?gw=00%3A00%3A5e%3A00%3A53%3A2b 302',
      'GET /x?ts=12%3A30%3A00 200',
      'GET /x?id=00%3A00%3A00%3A00%3A00%3A00 200',
      'GET /x?id=aa%3Abb%3Acc%3Add%3Aee%3Aff%3A11 200',
    ])
      expect(masked(text)).toBe(text);
  });
});

describe('mailto_link_label_name', () => {
  it("masks a person's name as a Slack mailto link's label, in any case", () => {
    for (const label of ['benedetta orsini', 'Benedetta Orsini-Vale', "Aoife O'Connell"]) {
      const out = masked(`visitor <mailto:b.orsini@example.it|${label}> is waiting`);
      expect(out).not.toContain(label);
    }
  });
  it("keeps a team's or a desk's label and a label with a digit", () => {
    for (const label of ['Front Desk', 'Facilities Team', 'IT Help', 'Floor 3 Reception']) {
      expect(masked(`ask <mailto:desk@example.com|${label}> for a badge`)).toContain(`|${label}>`);
    }
  });
});

describe('access credentials', () => {
  it("masks a card number after a Wiegand format's bit count and facility code joined by a dash", () => {
    const out = masked('2025-04-28 07:01:12,Access Granted,North Lobby,26-bit 0042-51877,Riverside');
    expect(out).not.toContain('51877');
    expect(out).toContain('0042');
  });
  it('masks a Dutch pass number (Pasnummer)', () => {
    expect(masked('Pasnummer 58213 geweigerd bij de hoofdingang')).not.toContain('58213');
  });
  it("masks a coworking member's door credentials under their names, in both walks", () => {
    const record = { AccessPincode: '730615', AccessCardId: '04B7C2D1E95F81', KeyFobNumber: '0019924417', fob_number: '44120' };
    for (const out of bothWalks(record)) {
      for (const v of ['730615', '04B7C2D1E95F81', '0019924417', '44120']) expect(out).not.toContain(v);
    }
  });
  it("keeps an Indian address's pincode", () => {
    for (const out of bothWalks({ city: 'Pune', pincode: '411001' })) expect(out).toContain('411001');
  });
});

describe('plates after immatriculé and kenteken', () => {
  it('masks the plate', () => {
    expect(masked('Véhicule immatriculée FK-219-LM sur la place 12')).not.toContain('FK-219-LM');
    expect(masked('auto met kenteken 7-XKR-42 op P2')).not.toContain('7-XKR-42');
  });
  it('keeps lower-case prose after the participle', () => {
    const text = 'voiture immatriculée en 2021 au nom de la société';
    expect(masked(text)).toBe(text);
  });
});

describe('people and logins under their names', () => {
  it('masks an emergency contact written out in one field', () => {
    for (const out of bothWalks({ properties: { emergency_contact: 'Obiageli Nwosu 415-555-0121' } })) {
      expect(out).not.toContain('Obiageli Nwosu');
      expect(out).not.toContain('415-555-0121');
    }
  });
  it("masks a PACS operator's login, keeps a service account there", () => {
    for (const out of bothWalks({ action: 'credential.issue', operator: 'tmcallister' })) expect(out).not.toContain('tmcallister');
    for (const out of bothWalks({ action: 'credential.issue', operator: 'svc-provisioning' })) expect(out).toContain('svc-provisioning');
  });
  it('masks a host after a German or Dutch label', () => {
    expect(masked('Gastgeberin: Friedlinde Oberholzer, 4. OG')).not.toContain('Friedlinde Oberholzer');
    expect(masked('status=vermist bezoeker Jeroen Dijkstra')).not.toContain('Jeroen Dijkstra');
  });
  it("masks a lower-case host after a front desk's `to see`", () => {
    expect(masked('walk-in signed in to see margaret whitfield at 10:02')).not.toContain('margaret whitfield');
    const text = 'we need to see the logs first';
    expect(masked(text)).toBe(text);
  });
});

describe('look-alikes of buildings and networks', () => {
  it("keeps a building device's MAC under its name, masks a client's and a Wi-Fi scan's BSSID", () => {
    const record = { ap_mac: '00:00:5e:00:53:3c', readerMac: '00:00:5e:00:53:3d', bssid: '00:00:5e:00:53:3e', mac: 'b8:27:eb:33:44:55' };
    for (const out of bothWalks(record)) {
      expect(out).toContain('00:00:5e:00:53:3c');
      expect(out).toContain('00:00:5e:00:53:3d');
      // The network a phone sees tells where its person is (red-team round 8's OwnTracks payload).
      expect(out).not.toContain('00:00:5e:00:53:3e');
      expect(out).not.toContain('b8:27:eb:33:44:55');
    }
  });
  it("keeps a RADIUS NAS attribute's value, masks a SIN under nas", () => {
    for (const out of bothWalks({ 'NAS-Identifier': 'ap-lobby-west', 'NAS-Port-Id': 'wlan0' })) {
      expect(out).toContain('ap-lobby-west');
      expect(out).toContain('wlan0');
    }
    for (const out of bothWalks({ nas: '130 692 544' })) expect(out).not.toContain('130 692 544');
  });
  it("keeps a coworking space's plans and sites", () => {
    for (const out of bothWalks({ plan: 'Day Pass Members', site: 'Austin Domain Campus', product: 'Day Pass + Locker' })) {
      expect(out).toContain('Day Pass Members');
      expect(out).toContain('Austin Domain Campus');
      expect(out).toContain('Day Pass + Locker');
    }
  });
});
