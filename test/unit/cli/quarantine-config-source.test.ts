import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

/** `quarantine … -c run.yaml`: the run config's Kafka dead letter, refused when there is none to read. */

// The recipient from the age specification's README example (public test material).
const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const SOURCES = 'sources: [{ id: f, type: file, path: in.jsonl }]\nsinks: [{ id: o, type: stdout }]\n';

const config = (deadLetter: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'auditmask-qcfg-'));
  const path = join(dir, 'run.yaml');
  writeFileSync(path, `${SOURCES}dead_letter: ${deadLetter}\n`);
  return { dir, path };
};

describe('quarantine --config', () => {
  it('a config whose dead letter is a file is a usage error pointing at the file', async () => {
    const { path } = config(`{ type: file, path: dl.jsonl, recipients: [${RECIPIENT}] }`);
    const r = await runCli(['quarantine', 'list', '-c', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dead_letter.type');
    expect(r.stderr).toContain('give its file');
  });

  it('a templated Kafka topic without --topic is a usage error naming --topic', async () => {
    const { path } = config(`{ type: kafka, brokers: [127.0.0.1:1], topic: "audit.dlq.{source_topic}", recipients: [${RECIPIENT}] }`);
    const r = await runCli(['quarantine', 'list', '-c', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dead_letter\.topic: is a template .*--topic/);
  });

  it('a file and --config together are refused', async () => {
    const { dir, path } = config(`{ type: kafka, brokers: [127.0.0.1:1], topic: audit.dlq, recipients: [${RECIPIENT}] }`);
    const r = await runCli(['quarantine', 'list', join(dir, 'dl.jsonl'), '-c', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not both');
  });

  it('a SASL password in the config never prints in a usage error', async () => {
    const { path } = config(
      `{ type: kafka, brokers: [127.0.0.1:1], topic: "audit.dlq.{source_topic}", sasl: { mechanism: plain, username: u, password: hunter2-not-shown }, recipients: [${RECIPIENT}] }`,
    );
    const r = await runCli(['quarantine', 'list', '-c', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('hunter2');
  });
});
