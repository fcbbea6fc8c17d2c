import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// Command forms from the Cisco IOS Security Command Reference (enable secret, username, key-string,
// crypto isakmp key, snmp-server community, tacacs-server key, ntp authentication-key, wpa-psk),
// Cisco ASA syslog 111010 ("executed '…'"), Junos `display set` and curly-brace configuration with
// `## SECRET-DATA`, FortiOS `set … ENC …`, the FreeRADIUS users file (`Cleartext-Password :=`).
const engine = testEngine();
const mask = (s: string) => maskText(engine, s).text;

describe('network device configuration credentials', () => {
  it.each([
    [
      'Cisco type 7 user password',
      'username netadmin privilege 15 password 7 0822455D0A16',
      '0822455D0A16',
      'username netadmin privilege 15 password 7 ',
    ],
    [
      'enable secret with a type 9 hash',
      'enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM',
      '$9$nhEmQVczB7dqsO',
      'enable secret 9 ',
    ],
    ['key chain key-string', ' key-string 7 070C285F4D06485744', '070C285F4D06485744', 'key-string 7 '],
    ['ISAKMP pre-shared key', 'crypto isakmp key Vpn-Sh4red-K3y! address 203.0.113.9', 'Vpn-Sh4red-K3y!', ' address '],
    ['SNMP community', 'snmp-server community comaccess RO', 'comaccess', ' RO'],
    ['TACACS host key', 'tacacs-server host 192.0.2.50 key T4cacs+Key2024', 'T4cacs+Key2024', 'tacacs-server host '],
    ['NTP authentication key', 'ntp authentication-key 1 md5 N7pS3cr3tKey 7', 'N7pS3cr3tKey', 'ntp authentication-key 1 md5 '],
    ['wireless PSK in a diff', '+   wpa-psk ascii 0 W1r3l3ss-Gu3st-Pass', 'W1r3l3ss-Gu3st-Pass', 'wpa-psk ascii 0 '],
    ['PPP CHAP password', ' ppp chap password 7 1511021F0725', '1511021F0725', 'ppp chap password 7 '],
    ['BGP neighbor password', ' neighbor 192.0.2.9 password 7 045802150C2E', '045802150C2E', ' neighbor '],
    ['a vty block password line', 'line vty 0 4\n password 7 13061E010803\n login', '13061E010803', 'line vty 0 4'],
    [
      'ASA 111010 executed command',
      "%ASA-5-111010: User 'admin', running 'CLI' from IP 10.0.0.5, executed 'ikev1 pre-shared-key Gr3yh0und-Tunnel-77'",
      'Gr3yh0und-Tunnel-77',
      "executed 'ikev1 pre-shared-key ",
    ],
    [
      'Junos set secret',
      'set system radius-server 192.0.2.60 secret "$9$dRbYgaZjqf5FDiHmf5QcrevMLx"',
      '$9$dRbYgaZjqf5FDiHmf5QcrevMLx',
      'set system radius-server',
    ],
    [
      'Junos set pre-shared-key',
      'set security ike policy P pre-shared-key ascii-text "$9$H.fz9A0hSe36SevLVwg.P5TF/9"',
      '$9$H.fz9A0hSe36',
      'ascii-text "',
    ],
    ['Junos curly key', 'md5 1 key "$9$LhM7dsaJikPfgoJDk.fn6"; ## SECRET-DATA', '$9$LhM7dsaJikPfgoJDk.fn6', '## SECRET-DATA'],
    [
      'SNMPv3 auth passphrase',
      'snmp-server user monitor RO-GROUP v3 auth sha Auth-Pass-2024 priv aes 128 Priv-Pass-2024',
      'Auth-Pass-2024',
      'snmp-server user monitor RO-GROUP v3 auth sha ',
    ],
    [
      'SNMPv3 priv passphrase',
      'snmp-server user monitor RO-GROUP v3 auth sha Auth-Pass-2024 priv aes 128 Priv-Pass-2024',
      'Priv-Pass-2024',
      ' priv aes 128 ',
    ],
    [
      'Junos SNMPv3 authentication-password',
      'set snmp v3 usm local-engine user nms authentication-sha authentication-password "$9$Hk5FCtO1IcSn/Ct0IhcvMX7-"',
      '$9$Hk5FCtO1IcSn',
      'authentication-password "',
    ],
    [
      'FortiOS ENC value',
      '        set psksecret ENC Wx7Yz2Ab4Cd6Ef8Gh0Ij1Kl3Mn5Op7Qr9St==',
      'Wx7Yz2Ab4Cd6Ef8Gh0Ij1Kl3Mn5Op7Qr9St==',
      'set psksecret ENC ',
    ],
    [
      'FreeRADIUS check item',
      '"alice.w" Cleartext-Password := "W0nderl4nd!Rabbit"',
      'W0nderl4nd!Rabbit',
      '"alice.w" Cleartext-Password := "<SECRET:',
    ],
    ['Go short declaration', 'dbPassword := "Gr33n-Kettle-42"', 'Gr33n-Kettle-42', 'dbPassword := "<SECRET:'],
  ])('%s', (_, line, secret, kept) => {
    const out = mask(line);
    expect(out).not.toContain(secret);
    expect(out).toContain(kept);
  });

  it.each([
    ['the password-encryption service', 'service password-encryption'],
    ['a key chain and its key number', 'key chain OSPF-KEYS\n key 1\n  accept-lifetime infinite'],
    ['SNMP location and traps', 'snmp-server location Building 4, Rack 12\nsnmp-server enable traps'],
    ['login and transport lines', 'line vty 0 4\n transport input ssh\n login local'],
    ['a Go declaration under a name that says nothing', 'retries := "3"'],
    ['an SNMPv3 user without passphrases and a masked pre-shared key', 'snmp-server user monitor RO-GROUP v3\n ikev1 pre-shared-key *****'],
    ['prose about a community', 'The community secret santa list is up.'],
    ['prose that enables a password reset', 'To enable password reset for all users, open Settings.'],
    ['a login error', 'Error: username or password is incorrect'],
    ['an indented heading of prose', 'Steps:\n  Password reset\n  Key rotation'],
    ['a Junos line with a quoted message about passwords', 'set system login message "Authorized use only. Password changes monthly";'],
  ])('%s stays', (_, line) => {
    expect(mask(line)).toBe(line);
  });
});

describe('OpenLDAP slapd.conf rootpw', () => {
  it('masks the value of a rootpw directive, clear or hashed, and of olcRootPW', () => {
    const out = mask('suffix "dc=example,dc=com"\nrootpw Sl4pdR00t!\nrootpw   {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\nolcRootPW: s3cr3t-olc');
    for (const raw of ['Sl4pdR00t!', 'W6ph5Mm5Pz8GgiULbPgzG37mj9g', 's3cr3t-olc']) expect(out).not.toContain(raw);
    expect(out).toContain('suffix "dc=example,dc=com"\nrootpw <SECRET:');
  });

  it('reads rootpw as a directive only at a line start and never takes its separator as the value', () => {
    expect(mask('the rootpw is not set')).toBe('the rootpw is not set');
    expect(mask('rootpw = s3cr3t')).toMatch(/^rootpw = <SECRET:[a-z]+>$/);
  });
});
