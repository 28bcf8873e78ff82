// Writes `<file>.gz` (gzip -9) and `<file>.br` (brotli, quality 11) next to every text or
// WebAssembly file of a built site, so a server can send them as they are (tools/serve.py,
// nginx `gzip_static`, …) instead of 1.8 MB of uncompressed WebAssembly. Node's own zlib: nothing
// to install. Deterministic (no timestamps in the output). Usage: node tools/compress.mjs <dir>
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = /\.(wasm|js|css|html|svg|webmanifest|json|txt)$/;
const dir = process.argv[2];
if (!dir) { console.error('usage: node tools/compress.mjs <dir>'); process.exit(2); }

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

for (const file of walk(dir)) {
  if (!COMPRESSIBLE.test(file)) continue;
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  // Only when it actually saves bytes (tiny files can grow).
  if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
  if (br.length < raw.length) writeFileSync(`${file}.br`, br);
}
