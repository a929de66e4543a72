import type { HttpBindings } from '@hono/node-server';

/**
 * Hono's environment of this app. `Bindings`: the Node request and response, present when
 * `@hono/node-server` serves the app and absent under `app.request()` (tests); `Variables`:
 * what middleware sets per request.
 */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** The request's id (`x-request-id`), set by `requestContext`. */
    requestId: string;
  };
}
