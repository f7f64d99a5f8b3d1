import type { Plugin } from 'esbuild';

export const modulePatches: Plugin[];
