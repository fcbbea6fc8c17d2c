import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// powershell.exe -EncodedCommand takes the base64 of the UTF-16LE script (Microsoft Learn,
// about_PowerShell_exe, whose example encodes `dir "c:\program files" `); the scripts hold
// Microsoft Learn's ConvertTo-SecureString example password P@ssW0rD! and New-LocalUser's
// -Password parameter, and a connection string in the SqlClient documentation's shape.
const engine = testEngine();
const encode = (script: string) => Buffer.from(script, 'utf16le').toString('base64');

describe('PowerShell -EncodedCommand', () => {
  it.each([
    [
      '-EncodedCommand',
      'powershell.exe -NoProfile -EncodedCommand',
      '$Secure_String_Pwd = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force',
    ],
    [
      '-enc in a quoted 4688 path',
      '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -enc',
      "New-LocalUser -Name svc -Password (ConvertTo-SecureString 'P@ssW0rD!' -AsPlainText -Force)",
    ],
    ['-e of pwsh', 'pwsh -e', "Invoke-Sqlcmd -ConnectionString 'Server=db01;User Id=sa;Password=P@ssW0rD!;' -Query 'SELECT 1'"],
    ['/ec', 'powershell /ec', '$cred = "https://deploy:P@ssW0rD!@git.example.com/repo.git"; git clone $cred'],
  ])('masks the whole argument: %s', (_, head, script) => {
    const encoded = encode(script);
    const { text, entities } = maskText(engine, `${head} ${encoded}`);
    expect(text).not.toContain(encoded);
    expect(text.startsWith(head)).toBe(true);
    expect(entities.length).toBeGreaterThan(0);
  });

  it('masks it inside a Sysmon event', () => {
    const encoded = encode('$p = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force');
    const out = engine.maskValue({ EventID: 1, EventData: { CommandLine: `powershell.exe -EncodedCommand ${encoded}` } });
    expect(JSON.stringify(out.value)).not.toContain(encoded);
    expect(out.findings.some((f) => f.detector === 'structure:powershell')).toBe(true);
  });
});

describe('PowerShell -EncodedCommand look-alikes', () => {
  it.each([
    `pwsh -encodedcommand ${encode('dir "c:\\program files" ')}`,
    `powershell -ec ${encode('Get-Process | Sort-Object CPU -Descending | Select-Object -First 5')}`,
    'powershell -e not-base64-at-all',
    'powershell.exe -ExecutionPolicy Bypass -File C:\\scripts\\backup.ps1',
    `grep -e ${Buffer.from('password=hunter2x', 'utf8').toString('base64')} file.txt`,
  ])('leaves %s', (input) => {
    expect(maskText(engine, input).text).toBe(input);
  });
});
