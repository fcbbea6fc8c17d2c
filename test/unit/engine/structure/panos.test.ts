import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// PAN-OS syslog field positions (PAN-OS Administrator's Guide, Syslog Field Descriptions): field 3
// serial number, 4 type, 13 source user, 14 destination user (TRAFFIC, THREAT).
const engine = testEngine();

describe('PAN-OS headerless CSV syslog', () => {
  it('masks the source user of a GlobalProtect log after its domain, and keeps the other fields', () => {
    const line =
      '1,2024/03/11 09:30:00,013201000123,GLOBALPROTECT,0,2561,2024/03/11 09:30:00,vsys1,gateway-auth,login,LDAP,tunnel,acme\\sven.larsen,NO,DESKTOP-SLARSEN,203.0.113.50';
    const out = engine.maskText(line).value;
    expect(out).not.toContain('sven.larsen');
    expect(out).toMatch(/,tunnel,acme\\<PERSON:\w+>,NO,DESKTOP-SLARSEN,/);
    expect(out).toContain('1,2024/03/11 09:30:00,013201000123,GLOBALPROTECT,');
  });

  it('masks source and destination users of a TRAFFIC log behind a syslog header', () => {
    const line =
      '<14>Mar 11 09:30:00 PA-VM 1,2024/03/11 09:30:00,013201000123,TRAFFIC,end,2561,2024/03/11 09:30:00,10.0.0.5,10.0.0.9,0.0.0.0,0.0.0.0,allow-smb,corp\\jdoe,corp\\asmith,smb,vsys1';
    const out = engine.maskText(line).value;
    expect(out).not.toContain('jdoe');
    expect(out).not.toContain('asmith');
    expect(out).toContain(',allow-smb,corp\\<PERSON:');
  });

  it('leaves a line whose third field is no firewall serial, and an empty user', () => {
    for (const kept of [
      '1,2024/03/11,abc,TRAFFIC,end,1,2,3,4,5,6,7,corp\\jdoe,x,y',
      '1,2024/03/11 09:30:00,013201000123,TRAFFIC,end,2561,2024/03/11 09:30:00,a,b,c,d,rule,,,smb',
    ]) {
      expect(engine.maskText(kept).findings.map((f) => f.detector)).not.toContain('structure:panos');
    }
  });
});
