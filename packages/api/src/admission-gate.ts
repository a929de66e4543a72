import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface AdmissionGateOptions {
  /** The requests the gate applies to (POSTs to job routes; never /health). */
  readonly isJob: (req: IncomingMessage) => boolean;
  /** Whether a job would be refused now (the queue is full). */
  readonly full: () => boolean;
  /** Retry-After of a refusal, in seconds. */
  readonly retryAfterS: number;
  /**
   * Writes the refusal (429 QUEUE_FULL) straight to Node's response, without the app's
   * middleware chain; when absent (CORS configured), the app answers it.
   */
  readonly refuse?: Listener;
}

/**
 * Admission in front of the app, before a byte of the body is read. A job request that finds
 * the queue full is refused at once (`refuse`). A connection that was refused and sends its
 * next job request before its Retry-After has passed, on the same keep-alive connection, is
 * not served until then; the request then meets admission again. A client that honours
 * Retry-After never waits. Under a closed-loop overload (every connection retries at once)
 * this keeps refusals to one per connection per Retry-After, so turning the excess away does
 * not take the CPU the workers need.
 */
export interface AdmissionGate {
  /** The app refused a job on this connection (absent under `app.request()`). */
  refused(socket: Socket | undefined): void;
  /** The server's request listener, behind the gate. */
  wrap(listener: Listener): Listener;
}

export function createAdmissionGate(options: AdmissionGateOptions): AdmissionGate {
  const until = new WeakMap<Socket, number>();
  const waitMs = options.retryAfterS * 1000;
  const refused = (socket: Socket | undefined) => {
    if (socket !== undefined) until.set(socket, performance.now() + waitMs);
  };
  return {
    refused,
    wrap(listener) {
      const { refuse, full, isJob } = options;
      const admit: Listener = (req, res) => {
        if (refuse === undefined || !full()) return listener(req, res);
        refused(req.socket);
        refuse(req, res);
      };
      return (req, res) => {
        if (!isJob(req)) return listener(req, res);
        const socket = req.socket;
        const end = until.get(socket);
        if (end === undefined) return admit(req, res);
        until.delete(socket);
        const wait = end - performance.now();
        if (wait <= 0) return admit(req, res);
        setTimeout(() => {
          if (!socket.destroyed) admit(req, res);
        }, wait).unref();
      };
    },
  };
}
