import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuarantineLine, sealedBytes, sealedQuarantineLine } from '../../../src/quarantine/file-format.js';
import { identityKeyIds, recipientKeyId, recipientProblem } from '../../../src/quarantine/keys.js';
import { openPayload, QuarantineSealer } from '../../../src/quarantine/seal.js';
import { sealedKafkaMessage } from '../../../src/sinks/kafka-dead-letter/sealed-message.js';
import type { RejectedRecord } from '../../../src/core/component.js';

// The recipient from the age specification's README example (public test material).
const SPEC_RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

describe('quarantine keys', () => {
  it('accepts age X25519 recipients', () => {
    expect(recipientProblem(SPEC_RECIPIENT)).toBeUndefined();
  });
  it('refuses look-alikes: a bad checksum, upper case, a secret key, an ssh key, a short one', () => {
    const flipped = `${SPEC_RECIPIENT.slice(0, -1)}${SPEC_RECIPIENT.endsWith('q') ? 'p' : 'q'}`;
    for (const bad of [
      flipped,
      SPEC_RECIPIENT.toUpperCase(),
      'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN',
      'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aq',
    ]) {
      expect(recipientProblem(bad), bad).toBeDefined();
    }
  });
  it('key ids are stable, differ between recipients, and match the identity that opens them', async () => {
    const id = await generateIdentity();
    const r = await identityToRecipient(id);
    expect(recipientKeyId(r)).toBe(recipientKeyId(r));
    expect(recipientKeyId(r)).toMatch(/^age-[0-9a-f]{12}$/);
    expect(recipientKeyId(r)).not.toBe(recipientKeyId(SPEC_RECIPIENT));
    expect(await identityKeyIds([id])).toEqual([recipientKeyId(r)]);
  });
});

describe('sealing', () => {
  let a: string;
  let b: string;
  let outsider: string;
  let sealer: QuarantineSealer;
  const rejected: RejectedRecord = {
    record: {
      value: Buffer.from('{"card":"4111 1111 1111 1111"}'),
      key: Buffer.from('user-42'),
      headers: { traceparent: '00-abc', bin: Buffer.from([0, 1, 2]) },
      origin: { kind: 'kafka', topic: 'audit.raw', partition: 3, offset: '1234' },
    },
    reason: 'invalid_json',
    message: 'not JSON',
  };
  beforeAll(async () => {
    a = await generateIdentity();
    b = await generateIdentity();
    outsider = await generateIdentity();
    sealer = new QuarantineSealer([await identityToRecipient(a), await identityToRecipient(b)]);
  });

  it('any one of several recipients opens a record (rotation); an outsider does not', async () => {
    const sealed = await sealer.seal({ value: rejected.record.value, key: rejected.record.key, headers: rejected.record.headers });
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('4111');
    for (const id of [a, b]) {
      const p = await openPayload(sealed, [id]);
      expect(p.value.toString()).toBe('{"card":"4111 1111 1111 1111"}');
      expect(p.key?.toString()).toBe('user-42');
      expect(p.headers).toEqual({ traceparent: '00-abc', bin: Buffer.from([0, 1, 2]) });
    }
    await expect(openPayload(sealed, [outsider])).rejects.toThrow();
  });

  it('a file line keeps triage in the clear and round-trips through the parser', async () => {
    const line = await sealedQuarantineLine(rejected, sealer, new Date('2026-01-02T03:04:05Z'));
    expect(line).not.toContain('4111');
    expect(line).not.toContain('user-42');
    const entry = parseQuarantineLine(line);
    expect(entry).toMatchObject({ time: '2026-01-02T03:04:05.000Z', reason: 'invalid_json', origin: rejected.record.origin });
    expect(entry.sealed?.keyIds).toEqual(sealer.keyIds);
    expect((await openPayload(sealedBytes(entry), [b])).value.toString()).toContain('4111');
  });

  it('a plaintext (encrypt: false) line is read as plain', () => {
    const entry = parseQuarantineLine(
      JSON.stringify({ reason: 'x', message: '', origin: {}, value_base64: Buffer.from('v').toString('base64') }),
    );
    expect(entry.sealed).toBeUndefined();
    expect(entry.plain?.value.toString()).toBe('v');
  });

  it('a Kafka dead-letter message: triage headers, no original key or headers in the clear, value sealed', async () => {
    const out = await sealedKafkaMessage(rejected, sealer);
    expect(out.message.key).toBeNull();
    const headers = out.message.headers as Record<string, string>;
    expect(headers['auditmask-reason']).toBe('invalid_json');
    expect(headers['auditmask-source-offset']).toBe('1234');
    expect(headers['auditmask-sealed']).toBe('age');
    expect(headers['auditmask-key-ids']).toBe(sealer.keyIds.join(','));
    expect(headers.traceparent).toBeUndefined();
    const p = await openPayload(out.message.value as Buffer, [a]);
    expect(p.value.toString()).toContain('4111');
    expect(p.key?.toString()).toBe('user-42');
  });
});
