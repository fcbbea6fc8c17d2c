import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Stop 43's structure readers for round 86's leftover shapes (left86 corpus): login cells of SIEM
 * alert, TLN and l2tcsv rows (alert-rows.ts), e-mails cut by a wrap (wrapped-emails.ts), ServiceNow
 * encoded queries (encoded-query.ts) and OData / SCIM / Okta filter expressions in URLs
 * (filter-expressions.ts). Values differ from the corpora's: made-up logins, names and hosts,
 * RFC 5737 addresses.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}

describe('alert-rows: the login cell of header-less SIEM and timeline rows', () => {
  it.each([
    ['2025-10-02T11:03:09Z|Endpoint - Ransomware Note Written - Rule|critical|ebrightwell|WKS-0932|new', 'ebrightwell'],
    ['9931;Brute Force Against VPN Gateway;8;k.oduya;192.0.2.15;OPEN', 'k.oduya'],
    ['2025-10-02T11:03:09Z,Unusual Login Location,High,svandermeer,LAPTOP-2QX,open', 'svandermeer'],
    ['1759402989|FILE|WKS-ACC-07|mbeaumont-ross|MACB [1024] C:/Users/x/evil.ps1', 'mbeaumont-ross'],
    ['1759402989|REG|WKS-ACC-07|CORP\\fquartey|Run key added', 'fquartey'],
    [
      '10/02/2025,11:05:41,UTC,MACB,FILE,NTFS,Creation Time,lpenhallow,WKS-ACC-07,C:/Users/lpenhallow/x.lnk,-,2,-,-,-,filestat,-',
      'lpenhallow',
    ],
  ])('masks %j', (text, login) => {
    expect(masked(text)).not.toContain(login);
  });

  it.each([
    ['Brute Force - Rule|high|soc-tier2|enabled|2025-01-01', 'soc-tier2'],
    ['Phishing Triage - Rule|medium|ir_team|enabled|2025-01-01', 'ir_team'],
    ['2025-10-02T11:03:09Z|Suspicious Service Install - Rule|high|SYSTEM|WKS-0932|new', 'SYSTEM'],
    ['9932;Excessive Firewall Denies;3;admin;192.0.2.16;CLOSED', 'admin'],
    ['9933;Port Scan Detected;5;unassigned;192.0.2.17;OPEN', 'unassigned'],
    ['2025-10-02,Malware Detected On Host,medium,open,quarantined,done', 'open'],
    ['1759402989|EVT|SRV-DC-02|N/A|Security/4672;SeDebugPrivilege', 'N/A'],
    ['1759402989|EVT|SRV-DC-02|LOCAL SERVICE|System/7036', 'LOCAL SERVICE'],
    ['10/02/2025,11:05:41,UTC,.A..,LOG,WinPrefetch,Last Time Executed,-,WKS-ACC-07,PSEXEC.EXE was run,-,2,-,-,-,prefetch,-', 'PSEXEC.EXE'],
    ['a,b,high,mail.corp.local,e,f', 'mail.corp.local'],
    ['the risk is high,medium or low,depending,on,the,case', 'depending'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('wrapped-emails: an address cut by a wrap', () => {
  it.each([
    [
      '   Recipient                         Hits\n0  octavia.fennimore-blythe\n   @example.net                       14',
      'octavia.fennimore-blythe',
    ],
    ['2025-10-02 11:07:44 imap: auth ok for leopold.achterberg@exa\nmple.net from 192.0.2.44', 'leopold.achterberg'],
    [
      'DisplayName       Mail                           Id\n-----------       ----                           --\nRosalind Quaye    rosalind.quaye-mensah@fabr 1f2e3d4c\n                  ikam.example.com',
      'rosalind.quaye-mensah',
    ],
  ])('masks %j', (text, local) => {
    expect(masked(text)).not.toContain(local);
  });

  it.each([
    ['owner: team-a@example.com\n@example.org is the other domain', '@example.org'],
    ['Contact sec@example.com\nNext steps: rotate keys', 'Next steps'],
    ['decorator:\n@staticmethod\ndef run(self):', '@staticmethod'],
    ['root@web01 ~ # uptime\n 11:02:01 up 4 days', 'up 4 days'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('encoded-query and filter-expressions: directory look-ups in URLs', () => {
  it.each([
    ['https://x.service-now.com/sys_user.do?sysparm_query=name=Hildebrand+Osei-Tutu', 'Hildebrand+Osei-Tutu'],
    ['https://x.service-now.com/api/now/table/sys_user?sysparm_query=user_name=gkowalczyk^active=true', 'gkowalczyk'],
    ['/task_list.do?sysparm_query=opened_by.email=ymarchetti@example.org^state=1', 'ymarchetti@example.org'],
    ['https://graph.microsoft.com/v1.0/users?$filter=displayName%20eq%20%27Eulalia%20Brightmore%27', 'Eulalia%20Brightmore'],
    ['/api/v1/users?search=profile.email%20eq%20%22c.tamblyn%40example.org%22', 'c.tamblyn%40example.org'],
    ['/scim/v2/Users?filter=userName%20eq%20%22wfairhurst%22', 'wfairhurst'],
  ])('masks %j', (text, value) => {
    expect(masked(text)).not.toContain(value);
  });

  it.each([
    ['/sys_user_group_list.do?sysparm_query=name=Network+Operations', 'Network+Operations'],
    ['/cmdb_ci_list.do?sysparm_query=name=web-prod-01^operational_status=1', 'name=web-prod-01^operational_status=1'],
    ['/incident_list.do?sysparm_query=caller_id.name=Ferdinand+Achebe^active=true', '^active=true'],
    ['https://graph.microsoft.com/v1.0/groups?$filter=displayName%20eq%20%27Helpdesk%20Tier%201%27', 'Helpdesk%20Tier%201'],
    ['https://graph.microsoft.com/v1.0/applications?$filter=displayName%20eq%20%27Contoso%20HR%27', 'Contoso%20HR'],
    ['/api/v1/users?search=status%20eq%20%22SUSPENDED%22', 'SUSPENDED'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});
