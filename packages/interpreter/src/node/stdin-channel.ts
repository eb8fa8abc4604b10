// Standard input passed from the main thread to a worker that runs a program: the worker asks
// for bytes (a message) and blocks on a shared buffer until the main thread has put them there.
// The buffer: int32 state (0 asked, 1 given), int32 length, then the bytes.

/** The most bytes one answer carries. */
const chunk = 64 * 1024;

/** A buffer for one run's input. */
export function stdinBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(8 + chunk);
}

/** The most bytes the main thread should fetch for a read of `max`. */
export function stdinWant(max: number): number {
  return Math.min(max, chunk);
}

/** Main thread: gives `bytes` (at most `max` of them; none at the end) and wakes the worker. */
export function giveStdin(shared: SharedArrayBuffer, bytes: Uint8Array, max: number): void {
  const control = new Int32Array(shared, 0, 2);
  const n = Math.min(bytes.length, max, chunk);
  new Uint8Array(shared, 8, n).set(bytes.subarray(0, n));
  Atomics.store(control, 1, n);
  Atomics.store(control, 0, 1);
  Atomics.notify(control, 0);
}

/** Worker: asks for input with `ask`, waits for it, and copies it into `buf`; 0 at the end. */
export function takeStdin(shared: SharedArrayBuffer, buf: Uint8Array, ask: () => void): number {
  const control = new Int32Array(shared, 0, 2);
  Atomics.store(control, 0, 0);
  ask();
  Atomics.wait(control, 0, 0);
  const n = Atomics.load(control, 1);
  buf.set(new Uint8Array(shared, 8, n));
  return n;
}
