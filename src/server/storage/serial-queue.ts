// Runs tasks one at a time, in arrival order. The SQLite adapter uses one per connection:
// a connection has one transaction at a time, and a push's transaction spans awaits.
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.run(() => undefined);
  }
}
