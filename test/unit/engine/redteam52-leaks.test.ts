import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the fifty-second red-team round found (fixtures/redteam52-corpus.ts:
 * CPaaS message and call logs, carrier CDRs, porting and SIM / eSIM, SIP signalling, contact
 * centres), each closed where it happens, with the look-alike beside it that must stay. The values
 * here differ from the corpus': other IMEIs / ICCIDs / EIDs built with their check digits, other
 * libphonenumber and NANP 555-01xx numbers, 3GPP TS 35.208 test set 2 keys, plausible names.
 */
const { masks, keeps } = leakCases();

describe('telecom field names', () => {
  masks('a SIM PUK1 / PUK2', { iccid_last4: '4107', puk1: '73019384', puk2: '28840193' }, ['73019384', '28840193']);
  masks(
    'an operator key OPc beside the subscriber key',
    { imsi: '234150000000417', security: { ki: '0396EB317B6D1C36F19C1C84CD6FFD16', opc: '53C15671C60A4B731C55B4A441C0BDE2' } },
    ['0396EB317B6D1C36F19C1C84CD6FFD16', '53C15671C60A4B731C55B4A441C0BDE2'],
  );
  masks('a UK PAC and STAC under their names', { msisdn_ref: 'L-2291', pac: 'VFT552018', stac: '448120 KJP' }, ['VFT552018', '448120 KJP']);
  masks('an eSIM matching id', { profile: { matchingId: 'Q7B2-9XK4-PL0M-33RA', smdp: 'smdp.example.net' } }, ['Q7B2-9XK4-PL0M-33RA']);
  keeps('the SM-DP+ address beside it', { profile: { matchingId: 'Q7B2-9XK4-PL0M-33RA', smdp: 'smdp.example.net' } }, ['smdp.example.net']);
  masks('digits keyed into an IVR under dtmf', { steps: [{ prompt: 'enter_pin', dtmf: '6620' }] }, ['6620']);
  keeps('a trunk DTMF mode', { trunk: 'pstn-2', dtmf: 'rfc2833', codec: 'PCMU' }, ['rfc2833', 'pstn-2']);
  masks('a CNAM and a PBX caller id name', { cnam: 'HOLLOWAY PRIYA', caller_id_name: 'Brennan, Aoife' }, [
    'HOLLOWAY PRIYA',
    'Brennan, Aoife',
  ]);
  masks(
    'a PASSporT orig / dest telephone number',
    { payload: { orig: { tn: '16175550123' }, dest: { tn: ['16175550188'] }, attest: 'A' } },
    ['16175550123', '16175550188'],
  );
  keeps('a tn that is no number', { tn: 'acme-prod', region: 'eu-1' }, ['acme-prod']);
  masks('a contact centre fromAddr', { contactId: 7712004, fromAddr: '5035550162', skillName: 'Billing_EN' }, ['5035550162']);
  keeps('the skill beside it', { contactId: 7712004, fromAddr: '5035550162', skillName: 'Billing_EN' }, ['Billing_EN', '7712004']);
});

describe('telecom identifiers in text', () => {
  masks('an IMEI after a 5G PEI prefix', 'amf: ue registered pei=imei-353915104783297 guti=5g-guti-0010', ['353915104783297']);
  masks('an IMEISV after its prefix', 'smf: session for PEI[imeisv-3591111047832101] created', ['3591111047832101']);
  masks('a test-network SUPI of a private 5G core', '[amf] INFO: [imsi-999700000000417] Registration complete', ['999700000000417']);
  keeps('a test-network code without the prefix', 'build 999700000000417 done', ['999700000000417']);
  masks(
    'a decoder label spelled out',
    'GTPv2 Modify Bearer Request: IMSI (International Mobile Subscriber Identity number) : 262019876543210, MEI(Mobile Equipment Identity) : 3591111047832101',
    ['262019876543210', '3591111047832101'],
  );
  keeps('an IMEI-length id after a word that is no IMEI', 'build id-353915104783297 finished', ['353915104783297']);
});

describe('eSIM activation codes and UK switching codes', () => {
  masks('the matching id of an LPA string under a neutral name', { qr: 'LPA:1$smdp.example.net$ZX81-QP42-LM07-TT9A' }, [
    'ZX81-QP42-LM07-TT9A',
  ]);
  keeps('the SM-DP+ host of it', { qr: 'LPA:1$smdp.example.net$ZX81-QP42-LM07-TT9A' }, ['smdp.example.net']);
  masks('an LPA string in prose', 'scan this: LPA:1$rsp.example.org$K0-3QW9-77PA-ZZ12 to install your plan', ['K0-3QW9-77PA-ZZ12']);
  masks('a PAC in an SMS', 'Your PAC is HMB902741 and is valid for 30 days.', ['HMB902741']);
  masks('a STAC in a care note', 'cust asked to leave, STAC issued: 218 550 XRT', ['218 550 XRT']);
  keeps('a reference of the same shape without the name', 'order ABC123456 shipped', ['ABC123456']);
  keeps('a PAC file', 'proxy PAC file at http://wpad.example/proxy.pac, build 4471', ['proxy.pac']);
});

describe('one-time codes in French and Dutch', () => {
  masks('a French sign-in code in two halves', 'Code de connexion : 552 091. Ne le partagez pas.', ['552 091']);
  masks('a Dutch verification code', 'Uw verificatiecode: 640218', ['640218']);
  keeps('a Dutch order number', 'Uw bestelnummer: 640218', ['640218']);
});

describe('account numbers read out in groups', () => {
  masks('an account number in groups in a chat', 'Agent: your account number is 4407 1929 55, and the PIN was reset', ['4407 1929 55']);
  masks('in a call transcript', 'the account number 31 77 20 90 14 please', ['31 77 20 90 14']);
  keeps('a grouped order number further on', 'account number is on the bill; order 4471 2209 18 shipped', ['4471 2209 18']);
  keeps('an amount after an account word', 'account balance 1 250 00 due', ['1 250 00']);
});

describe('SIP display names', () => {
  masks(
    'an upper-case CNAM in From and P-Asserted-Identity',
    'INVITE sip:+16175550100@pbx.example.com SIP/2.0\nFrom: "ABERNETHY COLM" <sip:+16175550129@198.51.100.4>;tag=8d1f\nP-Asserted-Identity: "ABERNETHY COLM" <tel:+16175550129>',
    ['ABERNETHY COLM'],
  );
  masks('a surname-first display name', 'f: "Nakashima, Eri" <sips:eri@example.jp>;tag=77', ['Nakashima, Eri']);
  keeps(
    'a carrier placeholder and a desk',
    'From: "WIRELESS CALLER" <sip:+16175550130@198.51.100.4>\nTo: "Front Desk" <sip:100@pbx.example.com>',
    ['WIRELESS CALLER', 'Front Desk'],
  );
  keeps('a company', 'From: "Contoso Ltd" <sip:main@contoso.example>', ['Contoso Ltd']);
});

describe('Digest authorization responses', () => {
  masks(
    'a response hash in a header written without blanks',
    'Authorization: Digest username="3004",realm="pbx.example.org",nonce="7c1e22ab",uri="sip:pbx.example.org",response="0f1e2d3c4b5a69788796a5b4c3d2e1f0",algorithm=MD5',
    ['0f1e2d3c4b5a69788796a5b4c3d2e1f0'],
  );
  keeps('a response field without Digest', 'api call done response=0f1e2d3c4b5a69788796a5b4c3d2e1f0 cache=hit', [
    '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  ]);
});

describe('leftovers, stop 36', () => {
  // A form body (application/x-www-form-urlencoded) logged whole: read decoded.
  masks(
    'an SMS webhook form body: the sender name and code in Body, the numbers',
    'POST /hooks/inbound body=SmsSid=SM1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3&From=%2B447700900412&To=%2B447700900999&Body=Hello+its+Kofi+Mensah%2C+my+code+is+302918&NumSegments=1',
    ['Kofi+Mensah', '302918', '%2B447700900412'],
  );
  keeps(
    'the message SID and segment count beside them',
    'POST /hooks/inbound body=SmsSid=SM1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3&From=%2B447700900412&To=%2B447700900999&Body=Hello+its+Kofi+Mensah%2C+my+code+is+302918&NumSegments=1',
    ['SM1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3', 'NumSegments=1'],
  );
  masks('a form body under a member', { level: 'debug', body: 'plan=gold&name=Harriet+Okonjo&pin=7719&state=TX' }, [
    'Harriet+Okonjo',
    '7719',
  ]);
  keeps('an escaped ampersand and the plan of a form body', 'form=signup&carrier=T%26M+Mobile&plan=gold+plus&name=Harriet+Okonjo', [
    'T%26M',
    'plan=gold+plus',
  ]);
  keeps('a form body of settings only', 'q=red+shoes&sort=price+asc&page=2&lang=en-GB', ['q=red+shoes', 'sort=price+asc']);
  keeps('an arithmetic expression with + and =', 'x=a+b&y=c+d&z=1', ['x=a+b&y=c+d&z=1']);
  masks('a code given by its sender in an SMS', 'Hi, this is Marta, my code is 771204', ['771204']);
  keeps('a line number after my code', 'the bug in my code is on line 2048', ['2048']);
  masks('an app PIN named with the app', 'Dear Mr Osei, your new PIN for the Harbour Wallet app is 4826', ['4826']);
  keeps('a ping count', 'ping for the host is 1234 ms', ['1234']);
  // Homer / HEP summaries: the user parts of a call's URIs.
  masks(
    'SIP URI user parts under Homer names',
    { method: 'INVITE', from_user: '447700900318', pid_user: '+447700900318', ruri_user: '442079460000' },
    ['447700900318'],
  );
  keeps('a SIP user part of letters', { method: 'REGISTER', from_user: 'alice', to_user: 'bob.smith', status: 200 }, [
    'alice',
    'bob.smith',
  ]);
  // TAP3 record types and a SIM's network codes are no phone names.
  masks(
    'a TAP3 mobile-terminated call: the subscriber ids by their own names',
    { mobileTerminatedCall: { basicServiceUsedList: [{ chargeableSubscriber: { imsi: '262019876543210', msisdn: '4915123450077' } }] } },
    ['262019876543210', '4915123450077'],
  );
  keeps(
    'the call time, duration and location area beside them',
    { mobileTerminatedCall: { callEventStartTimeStamp: '20240415093012', totalCallEventDuration: 311, locationArea: 5120 } },
    ['20240415093012', '311', '5120'],
  );
  keeps(
    "a line type lookup's network codes",
    { line_type_intelligence: { mobile_country_code: '234', mobile_network_code: '15', type: 'mobile' } },
    ['"234"', '"15"'],
  );
  masks("a CNAM lookup's caller name", { caller_name: { caller_name: 'DESMOND ACHTERBERG', caller_type: 'CONSUMER' } }, [
    'DESMOND ACHTERBERG',
  ]);
  keeps('the caller type beside it', { caller_name: { caller_name: 'DESMOND ACHTERBERG', caller_type: 'CONSUMER' } }, ['CONSUMER']);
  masks('an MSISDN as a search query field', "https://logs.example/app/discover#/?_a=(query:'msisdn:447700900461%20and%20status:failed')", [
    '447700900461',
  ]);
  keeps('a short msisdn field value', 'filter msisdn:1234 matched nothing', ['1234']);
  // A state code before a ZIP of another area is no address.
  keeps('a short code after MT (mobile terminated)', 'MT 60060 -> 447700900231 delivered', ['60060']);
  masks('a ZIP after its own state', 'ship to 410 Elm St, Helena, MT 59601', ['59601']);
  // Digest parameters written without blanks after their commas.
  const digest =
    'rx REGISTER / Authorization: Digest username="3105",realm="pbx-east",nonce="7c1e99a0",uri="sip:pbx.example.org",response="0f4c2e8a6b1d3f5a7c9e0b2d4f6a8c1e",algorithm=MD5';
  masks('the response hash of a Digest written without blanks', digest, ['0f4c2e8a6b1d3f5a7c9e0b2d4f6a8c1e']);
  keeps('its parameter names and nonce', digest, ['username=', 'nonce="7c1e99a0"']);
});

describe('leftovers, stop 36, second pass', () => {
  // A SIM vendor's output line: ICCID IMSI Ki OPc, space-separated, no names.
  const simLine = '8944772000012345671 310260123456789 00112233445566778899AABBCCDDEEFF 0F1E2D3C4B5A69788796A5B4C3D2E1F0 1234 99887766';
  masks("a SIM vendor line's IMSI, Ki and OPc after the ICCID", simLine, [
    '310260123456789',
    '00112233445566778899AABBCCDDEEFF',
    '0F1E2D3C4B5A69788796A5B4C3D2E1F0',
  ]);
  masks(
    'a vendor line with a Ki alone, tab-separated',
    { line: '8988211000000123458\t001010000000001\tA1B2C3D4E5F60718293A4B5C6D7E8F90' },
    ['001010000000001', 'A1B2C3D4E5F60718293A4B5C6D7E8F90'],
  );
  keeps(
    'an invalid ICCID before a number and a hash (no SIM line)',
    '8944772000012345672 310260123456789 00112233445566778899aabbccddeeff',
    ['310260123456789', '00112233445566778899aabbccddeeff'],
  );
  keeps('a build line with a hash after two numbers', 'build 1234567890 1700000000 d41d8cd98f00b204e9800998ecf8427e ok', [
    'd41d8cd98f00b204e9800998ecf8427e',
  ]);
  // A port-in form: `number` and `account` beside the carrier and PIN pairs.
  masks(
    "a port-in form's number and account beside carrier and pin",
    'INFO port.request form=pin=4412&losing_carrier=T-Mobile&number=3035550182&account=7781203345',
    ['3035550182', '7781203345'],
  );
  masks('the pairs in another order', { body: 'account=60412277&carrier=Verizon&pin=9031&number=2065550171' }, ['60412277', '2065550171']);
  keeps('a search form with number and account but no carrier or pin', 'GET /search?number=5125550194&page=2&account=287144911', [
    '5125550194',
    '287144911',
  ]);
  keeps('a carrier form without a pin', 'number=5125550194&carrier=Verizon&plan=basic', ['5125550194']);
  keeps('a short number beside carrier and pin (an order line)', 'number=12&carrier=UPS&pin=1&account=x', ['number=12']);
  // A calling number in a SIP proxy's or a STIR verifier's log line, without a field name.
  masks('a kamailio INVITE from <digits>', 'kamailio[904]: INFO: <script>: INVITE from 13125550168 to 18005550100 src 203.0.113.9:5060', [
    '13125550168',
  ]);
  masks("a verifier's orig claim", { msg: 'shaken verify attest=A orig=+12125550139 dest=[12125550100] status=valid' }, ['12125550139']);
  keeps('the CSeq number after an INVITE from an IP', 'INVITE from 203.0.113.9 cseq 1021 rejected', ['1021']);
  keeps('an orig= without attestation (a build origin count)', 'sync orig=1234567890123 copies=2', ['1234567890123']);
  keeps('the invite of an e-mail with a lower-case from', 'invite from 20240611123 sent', ['20240611123']);
});
