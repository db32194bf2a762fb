// Adds up the vitest JSON reports of every layer into one closing line. A file that failed
// without a failing test — a beforeAll that threw, an import that broke — leaves its tests
// skipped: it counts as a failure of its own, or a broken suite would pass as "skipped".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const r = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const skip = r.numPendingTests + r.numTodoTests;
  const broken = r.testResults.filter(
    (t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'),
  );
  const name = path.basename(file, '.json');
  const brokenText = broken.length ? `, ${broken.length} files failed outside any test` : '';
  console.log(
    `${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skip} skipped${brokenText}`,
  );
  for (const t of broken) {
    console.log(`  ${path.relative(process.cwd(), t.name)}: ${(t.message ?? '').split('\n')[0]}`);
  }
  passed += r.numPassedTests;
  failed += r.numFailedTests + broken.length;
  skipped += skip;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
