#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the server needs no separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/pcmd.ts');
