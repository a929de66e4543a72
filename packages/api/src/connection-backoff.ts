import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Retry-After, held per connection. A connection whose request was refused (429 + Retry-After)
 * and that sends its next job request sooner on the same keep-alive connection is not served
 * until that time has passed; the request then goes through admission again. The refusal itself
 * is immediate, and a client that honours Retry-After never waits. Under a closed-loop overload
 * (every connection retries at once) this keeps refusals to one per connection per Retry-After,
 * so turning the excess away does not take the CPU the workers need.
 */
export interface ConnectionBackoff {
  /** The connection (absent under `app.request()`) was told to retry after `ms`. */
  refused(socket: Socket | undefined, ms: number): void;
  /** The request listener, with job requests on a waiting connection started when the wait ends. */
  wrap(listener: Listener): Listener;
}

/** `held(req)`: which requests wait (job routes; never `/health`). */
export function createConnectionBackoff(held: (req: IncomingMessage) => boolean): ConnectionBackoff {
  const until = new WeakMap<Socket, number>();
  return {
    refused(socket, ms) {
      if (socket !== undefined) until.set(socket, performance.now() + ms);
    },
    wrap(listener) {
      return (req, res) => {
        const socket = req.socket;
        const end = until.get(socket);
        if (end === undefined || !held(req)) return listener(req, res);
        until.delete(socket);
        const wait = end - performance.now();
        if (wait <= 0) return listener(req, res);
        setTimeout(() => {
          if (!socket.destroyed) listener(req, res);
        }, wait).unref();
      };
    },
  };
}
