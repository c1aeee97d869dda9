// One size of the reconciliation benchmark in a process of its own: vite-node bench/reconcile-one.ts <claims>
import { measureReconcile } from './reconcile.js';

process.stdout.write(JSON.stringify(measureReconcile(Number(process.argv[2]), 3)) + '\n');
