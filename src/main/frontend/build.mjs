// Builds the modeler page into target/classes/static/modeler/ (run by Maven in generate-resources,
// or by hand: npm ci && npm run build). The bpmnlint configuration is CI's own (.ci/.bpmnlintrc),
// packed at build time with bpmnlint's compile-config, as bpmnlint-pack-config does.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(root, process.env.MODELER_OUT || '../../../target/classes/static/modeler');
const lintrc = [path.resolve(root, '../../../.ci/.bpmnlintrc'), path.resolve(root, '.bpmnlintrc')].find(existsSync);

const compileConfig = require('bpmnlint/lib/support/compile-config');
const config = JSON.parse(await readFile(lintrc, 'utf8'));
await mkdir(path.join(root, 'build'), { recursive: true });
await writeFile(path.join(root, 'build', 'bpmnlint-config.js'), await compileConfig(config));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await build({
  entryPoints: { app: path.join(root, 'src/app.js'), gaya: path.join(root, 'src/gaya.css') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  chunkNames: 'bagian-[hash]',
  assetNames: 'aset/[name]-[hash]',
  loader: { '.woff': 'file', '.woff2': 'file', '.eot': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  legalComments: 'linked'
});
await copyFile(path.join(root, 'src/index.html'), path.join(out, 'index.html'));
console.log(`Modeler built into ${path.relative(process.cwd(), out)} (bpmnlint: ${path.relative(root, lintrc)})`);
