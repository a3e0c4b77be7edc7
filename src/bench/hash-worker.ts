/**
 * The hashing thread of the generator: replays the simulated history and writes each
 * movement's hash (chartdesk's `movementHash`, in seq order) into a shared ring that the
 * writing thread reads. Not part of the kiosk.
 */
import { workerData } from 'node:worker_threads';
import { GENESIS_HASH, movementHash } from '../db/hash-chain.js';
import { CONTROL, RING_SLOTS, movementRow, type HashJob } from './gen-movements.js';
import { simulateHistory } from './history-sim.js';
import { layoutFor } from './layout.js';

const job = workerData as HashJob;
const ctrl = new Int32Array(job.control);
const bytes = Buffer.from(job.ring);
let prev = GENESIS_HASH;
let produced = 0;
try {
  simulateHistory(job.size, layoutFor(job.size), job.loanHours, job.now, (m) => {
    // Wait while the ring is full.
    for (;;) {
      const consumed = Atomics.load(ctrl, CONTROL.consumed);
      if (produced - consumed < RING_SLOTS) break;
      Atomics.wait(ctrl, CONTROL.consumed, consumed, 1000);
    }
    const hash = movementHash(movementRow(m, prev));
    bytes.write(hash, (produced % RING_SLOTS) * 64, 64, 'latin1');
    prev = hash;
    produced += 1;
    if ((produced & 0x7f) === 0) {
      Atomics.store(ctrl, CONTROL.produced, produced);
      Atomics.notify(ctrl, CONTROL.produced);
    }
  });
  Atomics.store(ctrl, CONTROL.produced, produced);
  Atomics.notify(ctrl, CONTROL.produced);
} catch {
  Atomics.store(ctrl, CONTROL.failed, 1);
  Atomics.notify(ctrl, CONTROL.produced);
}
