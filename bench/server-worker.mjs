// Worker threads do not inherit the TypeScript loader: register it, then load the server module
// the harness names (the platform's server unless a benchmark asks for another).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry ?? './server-worker.ts');
