// The options esbuild bundles the app with: one place, for the build and for the test that checks
// the notices name every package the bundle holds.
import { join } from 'node:path';

/** @returns {import('esbuild').BuildOptions} */
export function bundleOptions(root, version, buildId, releaseDate = 'unreleased') {
  return {
    entryPoints: {
      stepwise: join(root, 'source', 'cli', 'main.ts'),
      // Large guides are parsed in a worker thread with limits (adapters/parse-in-worker.ts).
      'parse-worker': join(root, 'source', 'adapters', 'parse-worker-main.ts'),
    },
    outdir: join(root, 'dist'),
    outExtension: { '.js': '.mjs' },
    // Code that only some runs need loads only then: each `import()` in the source starts a chunk
    // (the full-screen app with Ink, React and Yoga; the code that saves; each command).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    // An ES module: Ink's layout engine (Yoga) loads its WebAssembly with a top-level await.
    format: 'esm',
    target: 'node22',
    // Node 22 has these (V8 12); lowered to new RegExp(), string-width's Unicode-property patterns
    // would be compiled at start-up instead of when first used.
    supported: { 'regexp-set-notation': true, 'regexp-unicode-property-escapes': true },
    minify: true,
    // Licence texts are collected into THIRD-PARTY-NOTICES instead; comments only cost start-up.
    legalComments: 'none',
    jsx: 'automatic',
    // Bundled CommonJS modules (React) call require() for Node's own modules.
    banner: {
      js: `// stepwise build ${buildId}\nimport { createRequire as __stepwiseRequire } from 'node:module';\nconst require = __stepwiseRequire(import.meta.url);`,
    },
    define: {
      STEPWISE_VERSION: JSON.stringify(version),
      STEPWISE_RELEASE_DATE: JSON.stringify(releaseDate),
      STEPWISE_BUILD: JSON.stringify(buildId),
      'process.env.NODE_ENV': '"production"',
      // Yoga (Ink's layout engine) would fetch() its embedded WebAssembly from a data: URL, which
      // loads Node's whole HTTP client at start-up; without fetch it decodes the same bytes itself.
      fetch: 'undefined',
    },
    plugins: [
      {
        // Ink imports its React DevTools bridge only when DEV=true and react-devtools-core is
        // installed; bundled, that import would load at start-up. Left outside, it never loads.
        name: 'ink-devtools-outside',
        setup(builder) {
          builder.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
            /[\\/]ink[\\/]build$/.test(args.resolveDir)
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
    logLevel: 'warning',
  };
}
