import { lines, paras } from './pages-heldout187-kit.js';

/** Held-out batch 187, file f2: the article texts and furniture lists of the Dart API and Swift Package Index pages of file f. */

export const dtTitle = 'Completer<T> abstract interface class';
export const dtDesc = paras(`
A way to produce <a href="../dart-async/Future-class.html">Future</a> objects and to complete them later with a value or an
error.

Most of the time, the simplest way to create a future is to use one of the <code>Future</code> constructors. A completer is
for the cases those constructors do not cover: usually when the result arrives through a callback-based API, and the code
that starts the work is not the code that learns how it ended.

Create a completer, hand out its <a href="../dart-async/Completer/future.html">future</a>, and call
<a href="../dart-async/Completer/complete.html">complete</a> or <a href="../dart-async/Completer/completeError.html">completeError</a>
exactly once when the outcome is known:

A completer can be completed only once. Completing it a second time throws a <code>StateError</code>, so code that may be
reached more than once should check <a href="../dart-async/Completer/isCompleted.html">isCompleted</a> first.

By default the future's listeners are notified asynchronously, in a later microtask, after <code>complete</code> returns.
The <code>Completer.sync</code> constructor notifies them immediately instead, which is faster but only safe when
completing is the last thing the calling code does.

If the future is completed with an error and nobody has listened to it yet, the error is reported as uncaught when the
current zone's error handler runs. Attach a listener to the future before completing it with an error, or make sure the
code that receives the future handles errors, to avoid surprising reports in tests.

A completer is also a convenient bridge when converting older code that takes success and failure callbacks. Wrap the
call in a function that returns the completer's future, and callers can then use <code>await</code> as with any other
asynchronous API.
`);
export const dtH = ['Constructors', 'Properties', 'Methods', 'Operators'];
export const dtMembers: [string, string, string][] = [
  ['Completer', '()', 'Creates a new completer whose future is completed asynchronously.'],
  ['Completer.sync', '()', 'Completes the future synchronously.'],
  ['future', '→ Future<T>', 'The future that is completed by this completer.'],
  ['hashCode', '→ int', 'The hash code for this object.'],
  ['isCompleted', '→ bool', 'Whether the future has been completed.'],
  ['runtimeType', '→ Type', 'A representation of the runtime type of the object.'],
  ['complete', '([FutureOr<T>? value]) → void', 'Completes future with the supplied value.'],
  ['completeError', '(Object error, [StackTrace? stackTrace]) → void', 'Complete future with an error.'],
  ['noSuchMethod', '(Invocation invocation) → dynamic', 'Invoked when a nonexistent method or property is accessed.'],
  ['toString', '() → String', 'A string representation of this object.'],
  ['operator ==', '(Object other) → bool', 'The equality operator.'],
];
export const dtChrome = lines(`
menu
dart
dart:async
Completer
dark_mode
light_mode
dart:async library
Completer class
Dart 3.7.0
`);
export const dtSideLib = lines(`
Classes
Completer
DeferredLibrary
EventSink
Future
FutureOr
MultiStreamController
Stream
StreamController
StreamSubscription
Timer
Zone
Exceptions / Errors
AsyncError
TimeoutException
`);
export const dtCookie = [
  'Google uses cookies to deliver its services, to personalize ads, and to analyze traffic. ' +
    'You can adjust your privacy controls anytime in your Google settings.',
  'Learn more.',
  'OK, got it',
];

export const spName = 'Driftwood';
export const spSummary = ['A small, dependency-free Swift library for parsing and formatting durations like "2h 15m".'];
export const spH = ['Installation', 'Usage', 'Formatting', 'Parsing rules', 'Contributing', 'License'];
export const spIntro = paras(`
Driftwood turns human-written durations into <code>Duration</code> values and back again. It handles the formats people
actually type into settings screens and command-line flags, such as <code>90s</code>, <code>1h30m</code>, <code>2 days</code>
and <code>1:05:00</code>, and it gives clear errors for the ones it cannot read.

It has no dependencies beyond the standard library, so it builds everywhere Swift does, including Linux, Windows and
embedded targets.

The formatter is locale-aware for unit names in English, German, French, Spanish and Swedish, and falls back to the short
international symbols elsewhere. Translations are plain string tables in the package resources, so adding a language does
not need any code changes.
`);
export const spInstall = paras(`
Add the package to the dependencies in your <code>Package.swift</code>:

Then add <code>"Driftwood"</code> to the dependencies of the targets that use it.
`);
export const spUsage = paras(`
Parsing returns a <code>Duration</code>, or throws a <code>DurationParseError</code> that says where parsing stopped and
why:

The error's <code>offset</code> property points at the first character that could not be read, which makes it easy to
underline the problem in a text field. Its <code>description</code> is written for end users and can be shown as it is.
`);
export const spFormat = paras(`
Formatting chooses the two largest non-zero units by default, which suits most user interfaces. Pass a style to get every
unit, a compact form without spaces, or a clock form:
`);
export const spRules = paras(`
Units are matched case-insensitively, and both short and long names are accepted: <code>s</code>, <code>sec</code> and
<code>seconds</code> all mean the same thing.

Components can appear in any order, but each unit may appear only once. <code>1h 1h</code> is an error, not two hours.

Fractions are allowed on the last component only, so <code>1.5h</code> works and <code>1.5h 10m</code> does not.

Negative durations must put the sign first: <code>-1h30m</code>.
`);
export const spContrib = paras(`
Bug reports and pull requests are welcome. Please run <code>swift test</code> before opening a pull request, and add a test
for any new format you want the parser to accept.
`);
export const spLicense = paras(`
Driftwood is available under the MIT license. See the LICENSE file for more information.
`);
export const spHead = lines(`
Swift Package Index
Add a Package
Blog
FAQ
Supporters
Search
The Swift Package Index is entirely funded by community sponsorship. Please consider supporting this project.
Home
Nadia Karlsson
by Nadia Karlsson
`);
export const spMeta = lines(`
MIT licensed
412 stars
In development for over 3 years, with 286 commits and 19 releases.
There is 1 open issue and 2 open pull requests. The last issue was closed 5 days ago and the last pull request was merged 12 days ago.
Written by Nadia Karlsson and 4 other contributors.
1 library
Has 84 tests.
Has documentation.
`);
export const spSide = lines(`
View on GitHub
Documentation
Package Collection
RSS
Use this Package
Compatibility
Swift Version Compatibility
Platform Compatibility
Full Build Results
Releases
Latest release
Default branch
Report an issue with this package
Keywords
duration
parsing
formatting
time
`);
export const spFoot = lines(`
Blog
GitHub
Privacy and Cookies
Uptime and System Status
Build System Monitor
Mastodon
The Swift Package Index is an open-source project entirely funded by community donations.
Swift is a trademark of Apple Inc. The Swift Package Index is not affiliated with Apple.
`);
