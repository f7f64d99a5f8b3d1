import { join } from 'node:path';
import envPaths from 'env-paths';

/** Where stepwise keeps its files: the user's config and cache folders, or STEPWISE_CONFIG_DIR for both. */
export function appPaths(env: NodeJS.ProcessEnv = process.env): { config: string; cache: string } {
  const override = env.STEPWISE_CONFIG_DIR;
  if (override) return { config: override, cache: join(override, 'cache') };
  const paths = envPaths('stepwise', { suffix: '' });
  return { config: paths.config, cache: paths.cache };
}
