// Writes the GraphQL operations of the README's walkthrough into one .graphql file each, so
// @graphql-codegen can type them. The blocks are chosen exactly as the Rust walkthrough test
// (tests/tests/e2e/walkthrough.rs) chooses the ones it runs: every ```graphql block between the
// "## Walkthrough (GraphiQL)" heading and the next "## " heading, closed by a line "```".
//
//   node extract-operations.mjs <README.md> <outdir>
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [readmePath, outDir] = process.argv.slice(2);
if (!readmePath || !outDir) {
  console.error('usage: node extract-operations.mjs <README.md> <outdir>');
  process.exit(2);
}

const lines = readFileSync(readmePath, 'utf8').split('\n');
const start = lines.indexOf('## Walkthrough (GraphiQL)');
if (start < 0) {
  console.error(`${readmePath}: no "## Walkthrough (GraphiQL)" section`);
  process.exit(1);
}
let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
if (end < 0) end = lines.length;

mkdirSync(outDir, { recursive: true });
for (const old of readdirSync(outDir)) if (old.endsWith('.graphql')) rmSync(join(outDir, old));

// The README's operations are anonymous (one per block, as GraphiQL takes them), but
// codegen validates all documents together and names each operation's types after it, so an
// anonymous operation gets the name of its README line; a named one keeps its own.
function nameOperation(text, name) {
  const anonymous = /^(\s*)(?:(query|mutation|subscription)\s*)?(?=[{(])/;
  const match = text.match(anonymous);
  if (!match) return text;
  return text.replace(anonymous, `${match[1]}${match[2] ?? 'query'} ${name}`);
}

let count = 0;
for (let i = start + 1; i < end; i++) {
  if (!lines[i].trimStart().startsWith('```graphql')) continue;
  const close = lines.findIndex((line, j) => j > i && j < end && line.trim() === '```');
  if (close < 0) {
    console.error(`${readmePath}:${i + 1}: the block is not closed`);
    process.exit(1);
  }
  // Named by the README line the block starts on, so a compiler error points back to it.
  const line = String(i + 1).padStart(4, '0');
  const text = nameOperation(lines.slice(i + 1, close).join('\n'), `ReadmeLine${line}`);
  writeFileSync(join(outDir, `readme-line-${line}.graphql`), `# README.md line ${i + 1}\n${text}\n`);
  count++;
  i = close;
}
if (count === 0) {
  console.error(`${readmePath}: the walkthrough has no \`\`\`graphql block`);
  process.exit(1);
}
console.log(`${count} README operations written to ${outDir}`);
