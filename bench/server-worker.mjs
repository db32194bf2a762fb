// Worker threads do not inherit the TypeScript loader: register it, then load the server module
// the harness names (the platform's server unless a benchmark asks for another).
import { register } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

register();
// The thread's own time on a core (ns), for the harness's CPU per request: unlike req/s and p99
// it does not move with what else the core runs, such as the load generator.
parentPort?.on('message', (m) => {
  if (m !== 'cpu') return;
  const onCpuNs = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  parentPort?.postMessage({ onCpuNs });
});
await import(workerData.entry ?? './server-worker.ts');
