import type { BuildOptions } from 'esbuild';

/** The options esbuild bundles the app with (scripts/bundle-options.js). */
export function bundleOptions(
  root: string,
  version: string,
  buildId: string,
  releaseDate?: string,
): BuildOptions;
