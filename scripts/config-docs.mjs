#!/usr/bin/env node
// Writes docs/configuration.md from the run config schema (run `npm run docs:config`; needs a build).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The component types register themselves on import (the config loader does not load them).
await import(join(root, 'dist', 'src', 'components', 'builtin.js'));
const { configReference } = await import(join(root, 'dist', 'src', 'config', 'config-reference.js'));
const out = join(root, 'docs', 'configuration.md');
writeFileSync(out, configReference());
console.log(`wrote ${out}`);
