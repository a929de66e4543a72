/**
 * Held-out batch 150, file b4: the member data (signatures, summary sentences, further docs and Parameters / Returns /
 * Throws notes) of the Javadoc class page in file b2.
 */
export type Member = { name: string; sig: string; summary: string; more: string; notes: [string, string][] };
export const members: Member[] = [
  {
    name: 'defaults',
    sig: '<span class="modifiers">public static</span>&nbsp;<span class="return-type">RetryPolicy</span>&nbsp;<span class="element-name">defaults</span>()',
    summary: 'Returns the policy used when a client is built without one.',
    more: ' It allows three attempts, waits 200 milliseconds before the second, doubles the delay each time, and retries status codes 502, 503 and 504.',
    notes: [['Returns:', 'the default policy']],
  },
  {
    name: 'maxAttempts',
    sig:
      '<span class="modifiers">public</span>&nbsp;<span class="return-type">RetryPolicy</span>&nbsp;<span class="element-name">maxAttempts</span>' +
      '<wbr><span class="parameters">(int&nbsp;attempts)</span>',
    summary: 'Returns a copy of this policy with a different limit on the total number of attempts.',
    more: ' The first attempt counts towards the limit, so a value of 1 turns retries off.',
    notes: [
      ['Parameters:', '<code>attempts</code> - the total number of attempts, including the first'],
      ['Returns:', 'a new policy'],
      ['Throws:', '<code>IllegalArgumentException</code> - if attempts is less than 1'],
    ],
  },
  {
    name: 'backoff',
    sig:
      '<span class="modifiers">public</span>&nbsp;<span class="return-type">RetryPolicy</span>&nbsp;<span class="element-name">backoff</span>' +
      '<wbr><span class="parameters">(Duration&nbsp;initial, double&nbsp;multiplier)</span>',
    summary: 'Returns a copy of this policy with a different delay before the second attempt and a different growth factor.',
    more: ' A multiplier of 1.0 keeps the delay constant. The delay never exceeds 30 seconds, however many attempts are allowed.',
    notes: [
      ['Parameters:', '<code>initial</code> - the delay before the second attempt'],
      ['Parameters:', '<code>multiplier</code> - the factor applied to the delay after each attempt, at least 1.0'],
      ['Returns:', 'a new policy'],
    ],
  },
  {
    name: 'shouldRetry',
    sig:
      '<span class="modifiers">public</span>&nbsp;<span class="return-type">boolean</span>&nbsp;<span class="element-name">shouldRetry</span>' +
      '<wbr><span class="parameters">(Request&nbsp;request, Response&nbsp;response, int&nbsp;attempt)</span>',
    summary: 'Tells whether a completed attempt should be followed by another one.',
    more: ' The client calls this after every failed attempt. Override it in tests to record decisions, but keep the result a pure function of its arguments.',
    notes: [
      ['Parameters:', '<code>response</code> - the response, or null if the attempt failed before one arrived'],
      ['Returns:', 'true if the request should be sent again'],
    ],
  },
];
