import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { componentDefinition, registerPlaceholder, registerSink, secretString } from '../../../src/core/registry.js';
import { displayConfig, runConfigFromText } from '../../../src/config/run-config.js';
import type { ConfigError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/log/logger.js';
// Loading a config needs the component types registered (the CLI's topology does it in production).
import '../../../src/components/builtin.js';

// A type registered from "another module": the run config accepts it without any edit elsewhere.
registerSink({
  type: 'test_memory',
  description: 'test only',
  options: { capacity: z.number().int().default(10).describe('records kept'), token: secretString('a token').optional() },
  create: (config) => ({ id: config.id, start: async () => {}, stop: async () => {}, write: async () => {} }),
});

const base = 'sources: [{ id: in, type: file, path: x }]\ndead_letter: { type: file, encrypt: false }\n';

describe('component registry', () => {
  it('a registered type plugs into the run config schema with its defaults', () => {
    const c = runConfigFromText(`${base}sinks: [{ id: mem, type: test_memory, token: s3cr3t }]\n`);
    expect(c.sinks[0]).toMatchObject({ id: 'mem', type: 'test_memory', capacity: 10 });
    expect(displayConfig(c.sinks[0])).toEqual({ id: 'mem', type: 'test_memory', capacity: 10, token: '[secret]' });
    expect(JSON.stringify(c)).not.toContain('s3cr3t');
    const def = componentDefinition('sink', 'test_memory');
    expect(def?.create(c.sinks[0] as never, { logger: silentLogger }).id).toBe('mem');
  });

  it('refuses unknown keys of a registered type, with the line', () => {
    try {
      runConfigFromText(`${base}sinks:\n  - id: mem\n    type: test_memory\n    capacty: 3\n`, 'c.yaml');
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).issues).toEqual([expect.objectContaining({ path: 'sinks[0].capacty', line: 6 })]);
    }
  });

  it('names the known types when the type is unknown', () => {
    try {
      runConfigFromText(`${base}sinks: [{ id: mem, type: nope }]\n`);
      expect.unreachable();
    } catch (err) {
      const msg = (err as ConfigError).issues[0]?.message ?? '';
      for (const t of ['file', 'stdout', 'test_memory']) expect(msg).toContain(t);
    }
  });

  it('a placeholder never replaces a real registration, and a real one replaces a placeholder', () => {
    registerPlaceholder('sink', 'test_memory', 'late placeholder');
    expect(componentDefinition('sink', 'test_memory')?.placeholder).toBeUndefined();
    registerPlaceholder('sink', 'test_later', 'reserved');
    expect(() => componentDefinition('sink', 'test_later')?.create({ id: 'x', type: 'test_later' }, { logger: silentLogger })).toThrow(
      /not implemented/,
    );
    registerSink({
      type: 'test_later',
      description: 'now real',
      options: {},
      create: (c) => ({ id: c.id, start: async () => {}, stop: async () => {}, write: async () => {} }),
    });
    expect(componentDefinition('sink', 'test_later')?.placeholder).toBeUndefined();
  });

  it('refuses a type registered twice', () => {
    expect(() => registerSink({ type: 'test_memory', description: 'again', options: {}, create: () => ({}) as never })).toThrow(
      /registered twice/,
    );
  });
});
