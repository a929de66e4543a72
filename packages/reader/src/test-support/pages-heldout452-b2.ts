import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file b2: a developer's Atom feed opened in Firefox's built-in feed preview (subscribe.xhtml: the
 * feed intro text, the "Subscribe to this feed using" line with the handler menu, the "Always use" checkbox and the
 * "Subscribe Now" button, the feed title and subtitle, entries with their last-updated times and full HTML content, and
 * an enclosure block).
 */
const aTitle = 'Kettle & Compiler';
const aSub = 'Notes from Yusra Delacroix on building small tools, parsers and the occasional loaf of bread.';
const aEntries: [string, string, string[]][] = [
  [
    'Writing a tokenizer you can read a year later',
    'March 1, 2026, 8:14 PM',
    [
      j(
        'Every tokenizer I wrote before this year was a tangle of flags: inside a string, after a backslash, at the start of a line.',
        'They worked, but I could not read them six months later. This winter I rewrote the tokenizer for my config language as an',
        'explicit state machine, and the difference was large enough to write down.',
      ),
      'The rules I settled on are simple:',
      '<li>Each state is a named function that returns the next state.</li>',
      '<li>No state looks more than one character ahead.</li>',
      '<li>Errors carry the line and column where the current token began, not where the problem was noticed.</li>',
      j(
        'The last rule matters most. Users do not care where the tokenizer gave up; they care where the broken token starts. Moving the',
        'position into the token instead of the reader fixed a whole class of confusing error messages.',
      ),
      j(
        'The new version is about a hundred lines longer than the old one, and it is the first tokenizer I have written that a new',
        'contributor changed without asking me how it worked.',
      ),
    ],
  ],
  [
    'Sourdough and the build cache',
    'February 18, 2026, 7:02 AM',
    [
      j(
        'A sourdough starter and a build cache have more in common than I expected. Both are living state that you keep around because',
        'rebuilding from nothing is slow, and both go quietly bad if you never check on them.',
      ),
      j(
        'Last month our CI cache grew to forty gigabytes, and builds that should have taken two minutes took twelve while the runner',
        'downloaded it. The fix was the same as for a neglected starter: throw most of it away, keep a small healthy portion, and feed',
        'it on a schedule. We now key the cache by the lockfile hash and let anything older than a week expire.',
      ),
      j('Build times are back to two minutes, and I have started baking on Saturdays again, which I count as an unrelated but welcome', 'result.'),
    ],
  ],
  [
    'A tiny diff tool for config files',
    'February 3, 2026, 10:45 PM',
    [
      j(
        'I wanted to compare two config files that held the same settings in a different order. Line diffs were useless, because every',
        'moved key showed up as one deletion and one addition. So I wrote a small tool that parses both files, sorts the keys, and',
        'prints only the values that actually changed.',
      ),
      j(
        'It is about two hundred lines and handles nested tables and arrays. It does not try to be clever about comments, which it',
        'simply drops, and I have decided that is a feature.',
      ),
    ],
  ],
];
const aHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" id="feedHandler"><head>
<title>${aTitle.replace('&', '&amp;')}</title>
<meta http-equiv="Content-Security-Policy" content="default-src chrome:; img-src *; media-src *">
<link rel="stylesheet" href="chrome://browser/skin/feeds/subscribe.css" type="text/css" media="all">
<script type="application/javascript" src="chrome://browser/content/feeds/subscribe.js"></script>
</head>
<body onload="SubscribeHandler.writeContent();" onunload="SubscribeHandler.uninit();">
<div id="feedHeaderContainer">
<div id="feedHeader" dir="ltr" class="feedBackground">
<div id="feedIntroText">
<p id="feedSubscriptionInfo1">This is a “<strong>feed</strong>” of frequently changing content on this site.</p>
<p id="feedSubscriptionInfo2">You can subscribe to this feed to receive updates when this content changes.</p>
</div>
<div id="feedSubscribeLine"><label id="subscribeUsingDescription" for="handlersMenu">Subscribe to this feed using</label>
<select id="handlersMenu"><option id="liveBookmarksMenuItem" selected="true">Live Bookmarks</option><option>Choose Application…</option></select>
<input type="checkbox" id="alwaysUse" class="alwaysUse"><label for="alwaysUse">Always use Live Bookmarks to subscribe to feeds.</label>
<button id="subscribeButton">Subscribe Now</button></div>
</div>
<div id="feedHeaderContainerSpacer"></div>
</div>
<div id="feedBody">
<div id="feedTitle"><a id="feedTitleLink" href="https://kettleandcompiler.example/"><img id="feedTitleImage"
src="https://kettleandcompiler.example/icon.png" title="${aTitle.replace('&', '&amp;')}"></a>
<div id="feedTitleContainer"><h1 id="feedTitleText">${aTitle.replace('&', '&amp;')}</h1><h2 id="feedSubtitleText">${aSub}</h2></div></div>
<div id="feedContent">
${aEntries
  .map(
    ([t, d, paras], i) => `<div class="entry"><h3><a href="https://kettleandcompiler.example/${i}/"><span>${t}</span></a>
<div class="lastUpdated">${d}</div></h3>
<div xml:base="https://kettleandcompiler.example/" class="feedEntryContent">${paras
      .map((p) => (p.startsWith('<li>') ? p : `<p>${p}</p>`))
      .join('\n')
      .replace(/(<li>[^\n]*<\/li>\n?)+/, (m) => `<ul>${m}</ul>\n`)}</div>
${
  i === 1
    ? `<div class="enclosures">Media files<div class="enclosure"><img class="type-icon" src="moz-icon://.jpg?size=16">
starter-and-cache.jpg (image/jpeg, 212 KB)</div></div>`
    : ''
}
<div style="clear: both;"></div></div>`,
  )
  .join('\n')}
</div>
</div>
</body></html>`;
export const firefoxAtom: TestPage = {
  name: 'heldout452-firefox-atom-preview-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aEntries.map(([t]) => t),
  body: texts([aSub, ...aEntries.flatMap(([, , p]) => p)]),
  bylines: aEntries.map(([, d]) => d),
  furniture: [
    'This is a “feed” of frequently changing content on this site.',
    'You can subscribe to this feed to receive updates when this content changes.',
    'Subscribe to this feed using',
    'Live Bookmarks',
    'Choose Application…',
    'Always use Live Bookmarks to subscribe to feeds.',
    'Subscribe Now',
    'Media files',
    'starter-and-cache.jpg (image/jpeg, 212 KB)',
  ],
};
