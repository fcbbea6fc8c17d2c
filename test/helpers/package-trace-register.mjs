import { register } from 'node:module';

register('./package-trace-hooks.mjs', import.meta.url);
