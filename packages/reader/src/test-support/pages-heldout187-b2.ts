import { lines, paras } from './pages-heldout187-kit.js';

/** Held-out batch 187, file b2: the article texts and furniture lists of the RFC and WHATWG pages of file b. */

export const rfcAbstract = paras(`
This document defines the Retry-Budget HTTP response header field. A server uses it to tell clients how many automatic
retries of failed requests it is prepared to absorb over a stated interval, so that clients can spread their retries
instead of repeating them all at once after an outage.
`);
export const rfcBoiler = paras(`
This is an Internet Standards Track document.

This document is a product of the Internet Engineering Task Force (IETF). It represents the consensus of the IETF
community. It has received public review and has been approved for publication by the Internet Engineering Steering
Group (IESG). Further information on Internet Standards is available in Section 2 of RFC 7841.

Information about the current status of this document, any errata, and how to provide feedback on it may be obtained at
https://www.rfc-editor.org/info/rfc9793.

Copyright (c) 2025 IETF Trust and the persons identified as the document authors. All rights reserved.

This document is subject to BCP 78 and the IETF Trust's Legal Provisions Relating to IETF Documents
(https://trustee.ietf.org/license-info) in effect on the date of publication of this document. Please review these
documents carefully, as they describe your rights and restrictions with respect to this document.
`);
export const rfcH = [
  '1. Introduction',
  '1.1. Conventions and Definitions',
  '2. The Retry-Budget Field',
  '3. Client Behavior',
  '4. Security Considerations',
  '5. IANA Considerations',
  '6. Normative References',
];
export const rfcIntro = paras(`
When a service fails, its clients often retry. A single retry is harmless, but many clients retrying on fixed timers can
turn a short outage into a long one: the recovering server is met by a wave of repeated requests that is larger than its
normal load. Operators have described this pattern for years, and client libraries have answered it with exponential
backoff and jitter. Those techniques help, but each client chooses its limits without knowing anything about the server.

This document lets the server share that knowledge. The Retry-Budget field states how many retries the server expects to
accept from one client over an interval. A client that honors the field keeps its retries within that budget and gives
up, or reports failure to its user, once the budget is spent.
`);
export const rfcConv = paras(`
The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", "RECOMMENDED", "NOT
RECOMMENDED", "MAY", and "OPTIONAL" in this document are to be interpreted as described in BCP 14 when, and only when,
they appear in all capitals, as shown here.

This document uses the Augmented Backus-Naur Form (ABNF) notation and the Structured Field types defined in RFC 9651.
`);
export const rfcField = paras(`
Retry-Budget is a Dictionary Structured Field. Its members are:
`);
export const rfcFieldList = paras(`
"n": an Integer giving the number of retries the client may send within the interval. It MUST be zero or greater.

"w": an Integer giving the length of the interval in seconds. It MUST be greater than zero.

"scope": an optional Token naming what the budget covers. The value "origin" means all requests to the origin; the
value "path" means requests whose target has the same path. When absent, "origin" applies.
`);
export const rfcField2 = paras(`
For example, the following field allows three retries per minute across the origin:

A server MAY send the field on any response, but it is most useful on responses with status codes 429, 502, 503 and 504.
Recipients MUST ignore members they do not understand.
`);
export const rfcClient = paras(`
A client that receives a valid Retry-Budget field SHOULD count the retries it sends to the covered requests and SHOULD
NOT send more than "n" of them in any interval of "w" seconds. A newer field replaces an older one for the same scope.

The budget limits retries only. It does not permit a client to send a retry sooner than a Retry-After field allows, and
a client that already applies a stricter local limit SHOULD keep doing so.

Clients SHOULD discard a stored budget after ten times its interval has passed without a new field being received.
`);
export const rfcSecurity = paras(`
An attacker able to inject response header fields could send a budget of zero and stop a client from retrying. Such an
attacker can usually do more harm by altering the response itself, so this does not add a new class of attack.
Clients MAY treat budgets received over unauthenticated connections as advisory only.
`);
export const rfcIana = paras(`
IANA has registered the following entry in the "Hypertext Transfer Protocol (HTTP) Field Name Registry":
`);
export const rfcIanaList = ['Field Name: Retry-Budget', 'Status: permanent', 'Structured Type: Dictionary', 'Reference: RFC 9793'];
export const rfcRefs = lines(`
[RFC2119] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.
[RFC9110] Fielding, R., Ed., Nottingham, M., Ed., and J. Reschke, Ed., "HTTP Semantics", STD 97, RFC 9110, June 2022.
[RFC9651] Nottingham, M. and P-H. Kamp, "Structured Field Values for HTTP", RFC 9651, September 2024.
`);
export const rfcNav = lines(`
Datatracker
Groups
Documents
Meetings
Other
User
Sign in
`);
export const rfcSide = lines(`
RFC - Proposed Standard
Info
Contents
Prefs
Document
Type
Report errata
Was draft-okonkwo-httpapi-retry-budget (httpapi WG)
Select version
Compare versions
Authors
Email authors
RFC stream
Other formats
Additional resources
Mailing list discussion
Show sidebar by default
Tab to show by default
HTMLization configuration
HTMLize the plaintext
Plaintextify the HTML
Maximum font size
Page dependencies
Inline
Reference
Citation links
Go to reference section
Go to linked document
Report a datatracker bug
`);

export const whTitle = '8.11 Animation frames';
export const whH = ['8.11.1 The callback map', '8.11.2 Running the callbacks'];
export const whIntro = paras(`
Some objects include the <code>AnimationFrameProvider</code> interface mixin. It lets script ask the user agent to run
a function just before the next time the rendering of the document is updated, which is the right moment to change
styles or draw to a canvas for a smooth animation.
`);
export const whDomintro = paras(`
Schedules <var>callback</var> to be run during the next update of the rendering. Returns a handle that can be passed to
<code>cancelAnimationFrame()</code>.

Cancels the callback registered with <var>handle</var>, if it has not yet run. Unknown handles are ignored.
`);
export const whMap = paras(`
Each target object has a <dfn>map of animation frame callbacks</dfn>, an ordered map that is initially empty, and an
<dfn>animation frame callback identifier</dfn>, a number that is initially zero.

The <code>requestAnimationFrame(<var>callback</var>)</code> method steps are:
`);
export const whMapSteps = paras(`
If this is not supported, then throw a "NotSupportedError" DOMException.

Let <var>target</var> be this's relevant global object.

Increment <var>target</var>'s animation frame callback identifier by one, and let <var>handle</var> be the result.

Set <var>target</var>'s map of animation frame callbacks[<var>handle</var>] to <var>callback</var>.

Return <var>handle</var>.
`);
export const whCancel = paras(`
The <code>cancelAnimationFrame(<var>handle</var>)</code> method steps are to remove the entry for <var>handle</var> from
the map of animation frame callbacks of this's relevant global object, if there is one.

Because the identifiers are only ever incremented, a page that registers callbacks in a loop will not see an identifier
reused while it is running. Authors should not rely on any particular numbering beyond that.
`);
export const whNote = paras(`
Callbacks registered while other callbacks are running are not run in the same update; they wait for the next one. This
keeps an animation that schedules its next frame from its own callback from running forever within one frame.
`);
export const whRun = paras(`
To <dfn>run the animation frame callbacks</dfn> for a target <var>target</var> with a timestamp <var>now</var>:
`);
export const whRunSteps = paras(`
Let <var>callbackHandles</var> be the result of getting the keys of <var>target</var>'s map of animation frame
callbacks.

For each <var>handle</var> in <var>callbackHandles</var>, if <var>handle</var> still exists in the map: let
<var>callback</var> be the value for <var>handle</var>, remove that entry, and invoke <var>callback</var> with
« <var>now</var> ». If this throws an exception, report it.
`);
export const whRun2 = paras(`
The timestamp passed to every callback in one run is the same, even if earlier callbacks took a long time. Animations
that compute their position from the timestamp therefore stay in step with each other.

User agents may skip updating the rendering of documents that are hidden or throttled, and in that case the callbacks
are not run until the document is rendered again. Pages that need to keep time while hidden should use timers instead.
`);
export const whMdn = lines(`
MDN
Window/requestAnimationFrame
Support in all current engines.
Firefox
Safari
Chrome
Opera
Edge
Edge (Legacy)
Internet Explorer
Firefox Android
Safari iOS
Chrome Android
WebView Android
Samsung Internet
Opera Android
`);
