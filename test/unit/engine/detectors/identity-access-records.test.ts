import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

/**
 * Red-team round 65: identity governance, privileged access and secrets-manager records. Values
 * differ from the corpus's (other names, logins, passwords, numbers); each rule carries look-alike
 * negatives (system accounts, ids, hashes, group names, type names) that must stay.
 */

function masked(record: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(record)).value);
}

describe('logins in identity and access paths', () => {
  detectorCases(
    'vault_auth_path_login',
    [
      ['"path":"auth/userpass/login/nadia.kowalczyk"', 'nadia.kowalczyk'],
      ['POST /v1/auth/ldap/login/bkimura HTTP/1.1', 'bkimura'],
      ['path=auth/userpass/users/tferreira operation=update', 'tferreira'],
    ],
    ['path=auth/userpass/login/admin', 'path=auth/approle/login', 'GET /oauth/users/12345', 'path=auth/userpass/users/svc_ci'],
  );
  detectorCases(
    'aws_arn_principal_login',
    [
      ['User: arn:aws:iam::210987654321:user/nadia.kowalczyk is not authorized', 'nadia.kowalczyk'],
      ['"arn":"arn:aws:sts::210987654321:assumed-role/PowerUser/b_kimura"', 'b_kimura'],
      ['arn:aws:iam::210987654321:user/engineering/tomas.ferreira', 'tomas.ferreira'],
    ],
    [
      'arn:aws:sts::210987654321:assumed-role/Deployer/botocore-session-1700000000',
      'arn:aws:iam::210987654321:user/terraform',
      'arn:aws:sts::210987654321:assumed-role/ci/i-0abc123def4567890',
      'arn:aws:iam::210987654321:role/ReadOnly',
      'arn:aws:iam::210987654321:user/deploy_bot',
    ],
  );
  detectorCases(
    'ad_cmdlet_identity_login',
    [
      ['Unlock-ADAccount -Identity bkimura', 'bkimura'],
      ["Set-ADAccountPassword -Identity 'nkowalczyk' -Reset -NewPassword $p", 'nkowalczyk'],
      ['Get-ADUser -Identity CORP\\tferreira -Properties *', 'tferreira'],
    ],
    [
      'Add-ADGroupMember -Identity "Domain Admins" -Members $u',
      'Get-ADUser -Identity krbtgt',
      'Set-ADUser -Identity svc_backup -Enabled $false',
    ],
  );
  detectorCases(
    'login_after_label',
    [
      ['Event: [Secret] Action: [View] By User: bkimura Item Name: [Router]', 'bkimura'],
      ['Action: [Edit] By User: tferreira Item Name: [Switch-04]', 'tferreira'],
    ],
    // A DN stays as round 57 keeps it (`dn: uid=ksato,ou=People,…`): the entry's name, not a mention.
    ['By User: system', 'dn: uid=nkowalczyk,ou=people,dc=example,dc=org', 'uid=1000 gid=1000 auid=1000'],
  );
  detectorCases(
    'directory_user_cn',
    [
      ['failed for "cn=nadia kowalczyk,ou=users,dc=corp,dc=example,dc=com"', 'nadia kowalczyk'],
      ['cn=tomas ferreira,cn=users,dc=corp,dc=example,dc=com', 'tomas ferreira'],
    ],
    ['CN=Domain Admins,CN=Users,DC=corp,DC=example,DC=com', 'cn=Administrator,cn=Users,dc=corp', 'cn=payroll readers,ou=groups,dc=corp'],
  );
});

describe('logins under IGA and PAM field names', () => {
  it('masks a requester, a central account, a requester user name and an audit actor name', () => {
    const out = masked({
      requestor: 'bkimura',
      CentralAccount: 'NKOWALCZYK',
      RequestorUserName: 'CORP\\tferreira',
      actor: { name: 'oskar.lindqvist' },
    });
    for (const v of ['bkimura', 'NKOWALCZYK', 'tferreira', 'oskar.lindqvist']) expect(out).not.toContain(v);
  });
  it('keeps system accounts, display names read as text, e-mails as e-mails, ids', () => {
    const out = masked({ requestor: 'System', requester: 'spadmin-svc', actor: { name: 'unknown' }, target: { name: 'Active Directory' } });
    for (const v of ['System', 'spadmin-svc', 'unknown', 'Active Directory']) expect(out).toContain(v);
    expect(masked({ requestor: '2c91808a77ff216301782327a50f09bf' })).toContain('2c91808a77ff216301782327a50f09bf');
  });
});

describe('Vault audit-device auth objects', () => {
  const digest = 'hmac-sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
  it('keeps hmac-sha256 digests, policy names and the token type; masks a raw token and the login', () => {
    const out = masked({
      auth: {
        client_token: digest,
        accessor: digest,
        policies: ['default', 'billing-admin'],
        token_policies: ['billing-admin'],
        metadata: { username: 'nkowalczyk' },
        token_type: 'service',
        token_ttl: 2764800,
      },
      request: { client_token: 'hvs.Xq3Lk9Vw2Rt7Np4Zs8Bm1Cd6', path: 'kv/data/billing' },
    });
    expect(out).toContain(digest);
    for (const v of ['billing-admin', 'service', '2764800', 'kv/data/billing']) expect(out).toContain(v);
    for (const v of ['nkowalczyk', 'hvs.Xq3Lk9Vw2Rt7Np4Zs8Bm1Cd6']) expect(out).not.toContain(v);
  });
  it('masks a raw value under an auth object and a short hmac-like value', () => {
    const out = masked({ auth: { client_token: 's.Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7', accessor: 'hmac-sha256:1234' } });
    expect(out).not.toContain('s.Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7');
    expect(out).not.toContain('hmac-sha256:1234');
  });
});

describe('security questions label their answers', () => {
  it('masks the answer of an Okta-style question factor and of numbered recovery-form pairs', () => {
    expect(masked({ profile: { question: 'name_of_first_plush_toy', answer: 'Mr Wobbles' } })).not.toContain('Mr Wobbles');
    expect(masked({ q1: 'Où est née votre mère ?', a1: 'Carcassonne', q2: 'Nom de votre premier animal ?', a2: 'Pistache' })).not.toContain(
      'Carcassonne',
    );
    expect(masked({ question: 'What street did you grow up on?', answer: 'Juniper Row' })).not.toContain('Juniper Row');
    expect(engine.maskText('{"securityQuestion":"In what city were you born?","answer":"Tromsø"}').value).not.toContain('Tromsø');
  });
  it('keeps survey answers and other question objects', () => {
    expect(masked({ question: 'How satisfied are you with the new portal?', answer: 'Very satisfied' })).toContain('Very satisfied');
    expect(masked({ question: 'What is your favourite feature?', answer: 'dark mode' })).toContain('dark mode');
    expect(masked({ q1: 'Rate the onboarding', a1: '4' })).toContain('"a1":"4"');
  });
});

describe('passwords in privileged-session logs', () => {
  it('reads a command field and a keystroke log with its times', () => {
    expect(engine.maskText('session=ab12 user=ops cmd="mysql -uroot -pTeal-Otter-42 -h db02 sales"').value).not.toContain('Teal-Otter-42');
    expect(engine.maskText('host=db02 command=mysql -u app -pTeal-Otter-42 sales').value).not.toContain('Teal-Otter-42');
    expect(engine.maskText('[10:01:02] $ cd /srv\n[10:01:09] $ echo Teal-Otter-42 | sudo -S reboot').value).not.toContain('Teal-Otter-42');
  });
  it('keeps ordinary commands and fields', () => {
    const text = 'session=ab12 cmd="systemctl restart nginx" [10:01:02] $ ls -la';
    expect(engine.maskText(text).value).toBe(text);
  });
  it('reads a password sentence with a participle or a French account clause', () => {
    expect(engine.maskText('the password retrieved was Kestrel#2025 per change').value).not.toContain('Kestrel#2025');
    expect(engine.maskText('le mot de passe du compte sa_reporting est Hibou-77, à changer').value).not.toContain('Hibou-77');
    for (const text of ['the password used was wrong', 'password retrieved was expired', 'the password shared was rotated']) {
      expect(engine.maskText(text).value).toBe(text);
    }
  });
  it('masks a value under a `pw` name', () => {
    expect(masked({ admin_pw: 'Heron-Lake-19' })).not.toContain('Heron-Lake-19');
  });
});

describe('session numbers, factor types, recovery codes and mobiles', () => {
  it('keeps a numbered session id and an Okta factor type', () => {
    expect(masked({ session_id: 'PSM-2025-004417' })).toContain('PSM-2025-004417');
    expect(masked({ session_id: 'f3a9c1d27b8e4f60a1b2c3d4e5f6a7b8' })).not.toContain('f3a9c1d27b8e4f60a1b2c3d4e5f6a7b8');
    expect(masked({ factorType: 'token:hardware:yubikey' })).toContain('token:hardware:yubikey');
    expect(engine.maskText('token:Zq8Lm2Xv7Rt4').value).not.toContain('Zq8Lm2Xv7Rt4');
  });
  detectorCases(
    'recovery_code',
    [
      ['read back the recovery code QW3RT-Y7UIP-A5SDF-9GHJK-L2ZXC', 'QW3RT-Y7UIP-A5SDF-9GHJK-L2ZXC'],
      ['backup codes 518204 and 730915 were used', '730915'],
    ],
    ['backup codes regenerated at 10:41, 10 codes', 'ticket 518204 about backup'],
  );
  it('masks Dutch and Swedish mobiles written their own way, keeps other numbers', () => {
    expect(engine.maskText('stuur het naar 06-87654321 aub').value).not.toContain('87654321');
    expect(engine.maskText('ring 073-987 65 43 i kväll').value).not.toContain('987 65 43');
    for (const text of ['order 06 20240117 shipped', 'case 070-1241122 closed', 'Org.nr 556036-0793']) {
      expect(engine.maskText(text).value).toBe(text);
    }
  });
});
