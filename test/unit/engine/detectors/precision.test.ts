import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Everyday log lines with ids, hashes, versions, timestamps, ports, sizes and durations and no
// personal data or secret. Each must come out of the engine unchanged (no detector fires). Shapes
// taken from nginx/Envoy access logs, Kubernetes events, Java and Python stack traces, Git and
// package-manager output, OpenTelemetry and CloudTrail records.
const CLEAN_LINES = [
  'GET /api/v2/orders/8842193/items?page=2&limit=50 HTTP/1.1 200 5123 0.042 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"',
  'upstream_response_time=0.038 request_time=0.041 status=200 bytes_sent=5123 route=orders-v2 retries=0',
  'Pod payments-7d9f8b6c5d-x2k4z scheduled on node ip-10-0-12-34.ec2.internal (Successfully assigned default/payments-7d9f8b6c5d-x2k4z)',
  'Back-off restarting failed container api in pod api-5f7c9d8b6-qwert_default(3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b)',
  'at com.example.billing.InvoiceService.process(InvoiceService.java:214) ~[billing-2.14.3.jar:2.14.3]',
  'File "/usr/lib/python3.11/site-packages/urllib3/connectionpool.py", line 793, in urlopen',
  'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 Merge: 1a2b3c4 5d6e7f8 Author: ci-bot',
  'npm notice New minor version of npm available! 10.8.2 -> 10.9.0',
  'sha256:4e3c2b1a0f9e8d7c6b5a49382716f5e4d3c2b1a0f9e8d7c6b5a49382716f5e4d pulled image registry.example.com/api:1.42.0',
  'traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  'span 00f067aa0ba902b7 of trace 4bf92f3577b34da6a3ce929d0e0e4736 took 12.5ms',
  'Listening on 0.0.0.0:8080 (http) and :9090 (metrics); pid 48213; uptime 3d4h12m',
  'GC pause (G1 Evacuation Pause) 24M->12M(256M) 3.456ms',
  'Order ORD-2026-000123 shipped in 3 parcels, tracking 1Z999AA10123456784 expected 2026-11-05',
  'Invoice INV-20261102-0042 total 1,249.99 EUR due 2026-12-01; PO 4500012345',
  'Ticket JIRA-48213 moved to Done by svc-automation at 2026-11-02T09:14:03Z',
  'Build 2026.11.1+sha.9fceb02 passed 1,204 tests in 312.4s on runner-17',
  'eventID=7d3f1c9e-2b4a-4e8f-9c1d-5a6b7c8d9e0f eventName=DescribeInstances awsRegion=eu-west-1 readOnly=true',
  'Kafka partition 7 offset 1234567890 lag 42 consumer-group audit-masker generation 19',
  'disk /dev/nvme0n1p1 used 73% (146.2G of 200G), inodes 12%',
  'cron job nightly-report finished: 18412 rows exported, 0 errors, checksum 0x1f2e3d4c',
  'Temperature sensor 3 reading 21.375 C at rack B12, humidity 41.250%',
  'Retrying request 3/5 after 2000ms (status 503, x-request-id 550e8400-e29b-41d4-a716-446655440000)',
  'feature flag new_checkout enabled for 25% of users (bucket seed 918273645)',
  'SELECT count(*) FROM orders WHERE created_at > now() - interval 1 day',
  'k8s.pod.uid=8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d k8s.namespace.name=payments service.version=3.2.1',
  'The max_tokens setting is 4096 and the session timeout is 1800 seconds; token usage 1523 in / 211 out',
  'Password policy updated: minimum length 12, rotation every 90 days',
  'ETag "33a64df551425fcc55e4d42a148795d9f25f89d4" Cache-Control max-age=3600',
  'Release v4.18.2 (2026-10-30): fixes CVE-2026-12345 and CVE-2026-23456',
  // sudoers(5) log format: PWD is the working directory; Terraform plan placeholders.
  // Stop 37: a person's login before ` : TTY=` is masked; root's own sudo line stays.
  'Mar  3 10:14:01 web01 sudo:    root : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/id',
  'env OLDPWD=/srv/app PWD=~/deploy make release',
  '      + password = (sensitive value)\n      + kms_key_id = (known after apply)\n      + secret = (sensitive)',
];

describe('precision on everyday log lines', () => {
  for (const line of CLEAN_LINES) {
    it(`leaves ${JSON.stringify(line.slice(0, 60))}… unchanged`, () => {
      const out = engine.maskText(line);
      expect(out.findings.map((f) => `${f.detector}:${f.entity}`)).toEqual([]);
      expect(out.value).toBe(line);
    });
  }
});

// Short context keywords must be whole words: `lat` is not `latency`, `exp` not `expected`.
const SHORT_KEYWORD_LOOKALIKES = [
  'p99 latency 12.345, 45.678 ms over 5 minutes',
  'expected 12/15 checks to pass',
  'since 130 692 544 requests were served',
  'tiny 912701234 bytes',
  'idea 1234567893 rejected',
];

describe('short keywords are whole words', () => {
  for (const line of SHORT_KEYWORD_LOOKALIKES) {
    it(`leaves ${JSON.stringify(line)} unchanged`, () => {
      expect(engine.maskText(line).value).toBe(line);
    });
  }
});

// Whole values that are hexadecimal ids (span/trace ids, ObjectIds, digests) under neutral field
// names. These four were masked in part as CREDIT_CARD before hex ids became a benign shape: a
// run of digits inside them passed the issuer prefix and Luhn.
const HEX_IDS = [
  '380916218398443801e35e95',
  '631875630289a38f58511bd921441e2b',
  '4474162964236d19',
  '59553927232528b4094ec4afee5ae8f70c979dd9e56ad4d2b2847e28f2f74c76',
  '9FCEB02D0AE598E95DC970B74767F19372D61AF8',
];

describe('hexadecimal ids as whole values', () => {
  it('stay untouched under neutral names', () => {
    for (const id of HEX_IDS) {
      const out = engine.maskValue({ trace_id: id, ref: id, items: [id] });
      expect(out.findings, id).toEqual([]);
      expect(out.value).toEqual({ trace_id: id, ref: id, items: [id] });
    }
  });

  it('are still masked under a secret name, and numbers of the same lengths are still scanned', () => {
    const out = engine.maskValue({ api_key: HEX_IDS[1], card: '4111111111111111', note: '4111111111111111' });
    expect(out.findings.map((f) => `${f.path}:${f.entity}`)).toEqual(['api_key:SECRET', 'card:CREDIT_CARD', 'note:CREDIT_CARD']);
  });

  it('in free text, a card next to a hex word is still found', () => {
    expect(engine.maskText('charged 4111111111111111 ref 631875630289a38f').findings.map((f) => f.entity)).toEqual(['CREDIT_CARD']);
  });
});

// The look-alikes above keep their neighbours' secrets masked: a password under a lower-case or
// prefixed pwd name, a non-path value under PWD, a real value beside a Terraform placeholder.
describe('working directories and Terraform placeholders do not hide secrets', () => {
  it.each([
    ['PWD=hunter2x sudo -S true', 'hunter2x'],
    ['db_pwd=/weird/but/secret', '/weird/but/secret'],
    ['pwd: /not-a-cwd-lower-case', '/not-a-cwd-lower-case'],
    ['  + password = "thisIsKat11"\n  + secret = (sensitive value)', 'thisIsKat11'],
  ])('%s', (line, secret) => {
    expect(engine.maskText(line).value).not.toContain(secret);
  });
});
