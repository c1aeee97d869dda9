// The thread that writes a batch's texts to <out>/texts/ (see text-writer.ts).
import { workerData } from 'node:worker_threads';
import { writeTexts, type TextJob } from './text-writer.js';

writeTexts(workerData as TextJob);
