import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: RFC 4519 (uid), OpenLDAP slapd / 389 Directory Server access-log layouts (`conn= op= BIND
// dn="…"`), Keycloak LDAP federation warnings; RFC 4648 base32 and the set-up pages of Google
// Authenticator, Microsoft Authenticator and Keycloak (TOTP key in groups of four). Logins and
// seeds here are made up (seeds: random base32), none taken from the corpora.

describe('directory_user_uid', () => {
  detectorCases(
    'directory_user_uid',
    [
      ['conn=4410 op=0 BIND dn="uid=mbeauchamp,ou=people,dc=example,dc=net" method=128', 'mbeauchamp'],
      ['[02/Mar/2025:11:02:13 +0100] conn=7 op=1 BIND dn="uid=t.okonkwo,ou=Users,dc=uni,dc=example" err=49', 't.okonkwo'],
      ['WARN User with DN uid=ppelletier,ou=staff,dc=acme,dc=example not found in LDAP', 'ppelletier'],
      ['sync ADD uid=gvarga,ou=employees,o=example attrs={cn=[…]}', 'gvarga'],
    ],
    [
      // An LDIF record's own dn line names the entry (round 9 keeps it).
      'dn: uid=hbrandt,ou=People,dc=example,dc=org\nchangetype: modify',
      // Service binds, and a uid outside a people container.
      'BIND dn="uid=admin,ou=system" method=128',
      'BIND dn="uid=svc_ldapsync,ou=people,dc=example,dc=com"',
      'BIND dn="uid=jenkins,ou=services,dc=example,dc=com"',
      // auditd and URLs.
      'type=SYSCALL uid=1004 auid=1004 ses=3',
      'https://app.example.com/reset?uid=55120&token=abc',
    ],
  );
});

describe('otp_seed_groups', () => {
  detectorCases(
    'otp_seed_groups',
    [
      ['Secret key: mzxw 6ytb oi4t qmrq', 'mzxw 6ytb oi4t qmrq'],
      ['can not scan? enter the setup key rk7q hwdz xc2m pfnb by hand', 'rk7q hwdz xc2m pfnb'],
      ['Unable to scan? Enter key NB2H I4DT HJXS 63LM in your app', 'NB2H I4DT HJXS 63LM'],
      ['seed was wqfz tkvh bnxr cdlp gsmj trwx (do not share)', 'wqfz tkvh bnxr cdlp gsmj trwx'],
    ],
    [
      // Prose of four-letter words after a key word.
      'the key that will open this door from here',
      'secret: this code will help them',
      // Hex and decimal groups (0, 1, 8, 9 are no base32 digits), and no key word.
      'key fingerprint 2001 0db8 85a3 0042',
      'mzxw 6ytb oi4t qmrq',
      // Three groups only.
      'key: mzxw 6ytb oi4t',
    ],
  );
});
