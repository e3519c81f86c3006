// The smallest observable value: what the screens subscribe to (a Preact hook reads it with
// get() and re-renders on subscribe()).

export interface Observable<T> {
  get(): T;
  /** Called on every change; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void;
}

export interface Writable<T> extends Observable<T> {
  set(value: T): void;
  update(change: (value: T) => T): void;
}

export function writable<T>(initial: T): Writable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    for (const listener of listeners) listener(value);
  };
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    update: (change) => set(change(value)),
  };
}
