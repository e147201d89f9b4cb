type Listener<T> = (value: T) => void;

/**
 * A small typed event channel for what happens once and is not state: a camera request, the
 * pointer's position. Listeners hear each value as it is sent; `latest` is the last one sent.
 */
export interface Channel<T> {
  send: (value: T) => void;
  /** Returns the unsubscribe. */
  listen: (listener: Listener<T>) => () => void;
  latest: () => T | undefined;
}

/**
 * `keepUnheard`: a value sent while nobody listens is handed to the first listener (a camera
 * request made before the map has drawn its first view is carried out then).
 */
export function createChannel<T>({ keepUnheard = false } = {}): Channel<T> {
  const listeners = new Set<Listener<T>>();
  let last: T | undefined;
  let unheard = false;
  return {
    send: (value) => {
      last = value;
      unheard = listeners.size === 0 && keepUnheard;
      for (const listener of listeners) listener(value);
    },
    listen: (listener) => {
      listeners.add(listener);
      if (unheard && last !== undefined) {
        unheard = false;
        listener(last);
      }
      return () => listeners.delete(listener);
    },
    latest: () => last,
  };
}
