// Adds up the vitest JSON reports of every layer into one closing line.
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
  console.log(
    `${path.basename(file, '.json')}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skip} skipped`,
  );
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += skip;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
