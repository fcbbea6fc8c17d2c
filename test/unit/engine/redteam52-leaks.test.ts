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
