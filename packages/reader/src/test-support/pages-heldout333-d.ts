import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file d: a Revue-style issue archive page (profile header with the issue number and date, link items
 * with their source domains, "Did you enjoy this issue?" vote, the subscribe box, "In order to unsubscribe" footer and the
 * issue list) and a TinyLetter-style plain letter (a short letter whose main text is a few paragraphs, with the archive
 * sidebar and sign-up form).
 */
const rTitle = 'Harbour Type #42: grotesques, ledgers and a lost foundry';
const rIntro = j(
  'Welcome to issue 42. This fortnight’s links lean historical, mostly because I spent a wet weekend in the Fennick county record',
  'office and came out with more questions about type than I went in with. As always, the best finds came from readers.',
  'If you are new here, hello: every other Saturday I send five or six links about letters, with a line or two on why each is worth your time.',
);
const rItems: [string, string, string[]][] = [
  [
    'The foundry that vanished from the trade directories',
    'fennickhistory.example',
    [
      j(
        'A lovely piece of detective work on the Aldous Bros. foundry, which cast wood type for posters from 1871 until it disappears',
        'from every directory in 1903. The author traces its last order book to a solicitor’s attic.',
      ),
    ],
  ],
  [
    'Why ledger figures sit on the line',
    'numeralsociety.example',
    [
      j(
        'A short explainer on lining versus old-style figures, written for accountants rather than designers. The table comparing three',
        'clerks’ handwriting manuals is worth the click on its own.',
      ),
    ],
  ],
  [
    'Grotesques at the seaside',
    'letterwalks.example',
    [
      j(
        'Photographs of painted shop signs along the Pellmouth promenade, with notes on which ones were repainted by the same signwriter.',
        'I would happily read a whole book of this.',
      ),
      'Reader Hetty Ruskin sent in a picture of a sign on her own street that turns out to be the same hand.',
    ],
  ],
  [
    'Signwriters’ brushes, and why they are so long',
    'brushandmahl.example',
    [
      j(
        'A signwriter in Alderholt explains the long-haired lettering quill, the maulstick and why nobody paints a sign with the',
        'wrist. There is a slow-motion video of a single capital R that I have now watched more times than I would like to admit.',
      ),
    ],
  ],
  [
    'A specimen book, digitised page by page',
    'openarchive.example',
    [
      j(
        'The Marlow Library has scanned its copy of the 1888 Cresswell specimen book at full resolution. Fair warning: you will lose an',
        'afternoon to the ornaments section.',
      ),
    ],
  ],
];
const rOutro = j(
  'That’s it for this issue. Next time: the painted ghost signs of the Fennick canal warehouses, and a reader’s collection of',
  'railway luggage labels. If you find a foundry nobody has written about, you know where I am.',
);
const rIssues = ['#41: Street numbers and the people who paint them', '#40: The year in type, in eleven links', '#39: Stencils'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle} | Revue</title>
<meta name="description" content="Grotesques, ledgers and a lost foundry. Issue 42 of Harbour Type.">
<meta property="og:title" content="${rTitle}"><meta property="og:site_name" content="Revue"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" media="all" href="/assets/application-3b9c.css"><meta name="csrf-token" content="xY2f">
<script>window.Revue = {profile: "harbourtype", issue: 42};</script></head>
<body class="issues show"><div id="app"><div class="profile-header"><div class="container"><a href="/harbourtype" class="profile-avatar"><img
src="https://s3.revue.example/avatars/harbourtype.png" alt=""></a><div class="profile-info"><a href="/harbourtype" class="profile-name">Harbour Type</a>
<p class="profile-description">A fortnightly letter about lettering, signs and the history of printing.</p>
<p class="profile-meta">By Caspar Wendell</p></div>
<form class="revue-form subscribe-form" action="/profile/harbourtype/add_subscriber" method="post"><input type="email" name="member[email]"
placeholder="Your email address..." class="revue-form-field"><input type="submit" value="Subscribe" class="revue-form-submit"></form>
<p class="revue-form-footer">By subscribing, you agree with Revue’s <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a>
and understand that Harbour Type will receive your email address.</p></div></div>
<div class="container issue-container"><div class="issue-header"><p class="issue-date">Issue #42 · <time datetime="2026-02-28">February 28 · 2026</time></p>
<h1 class="issue-title">${rTitle}</h1><div class="share-buttons"><a href="https://twitter.example/intent/tweet" class="share-twitter">Tweet</a>
<a href="https://facebook.example/sharer" class="share-facebook">Share</a></div></div>
<div class="issue-content"><div class="revue-item revue-item-text"><div class="revue-p">${rIntro}</div></div>
${rItems
  .map(
    ([t, d, paras]) => `<div class="revue-item revue-item-link"><h2 class="item-header"><a href="https://${d}/${t.length}" class="item-link">${t}</a></h2>
<div class="item-link-domain">${d}</div>${paras.map((p) => `<div class="revue-p">${p}</div>`).join('\n')}</div>`,
  )
  .join('\n')}
<div class="revue-item revue-item-text"><div class="revue-p">${rOutro}</div></div></div>
<div class="issue-footer"><div class="issue-vote"><p>Did you enjoy this issue?</p><a href="/harbourtype/issues/42/vote?v=yes" class="vote-yes">Yes</a>
<a href="/harbourtype/issues/42/vote?v=no" class="vote-no">No</a></div>
<p class="unsubscribe-note">In order to unsubscribe, click here. If you were forwarded this newsletter and you like it, you can subscribe here.</p>
<p class="powered-by"><a href="https://www.getrevue.example/?utm_source=issue">Powered by Revue</a></p></div>
<div class="profile-issues"><h3>More issues</h3><ul>${rIssues.map((x) => `<li><a href="/harbourtype/issues/${x.length}">${x}</a></li>`).join('\n')}</ul>
<a href="/harbourtype/archive" class="all-issues">View all issues</a></div></div></div>
<script src="/assets/application-3b9c.js"></script></body></html>`;
const revue: TestPage = {
  name: 'heldout333-revue-issue-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rItems.map(([t]) => t),
  body: texts([rIntro, ...rItems.flatMap(([, , p]) => p), rOutro]),
  bylines: ['By Caspar Wendell', 'February 28 · 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'A fortnightly letter about lettering, signs and the history of printing.',
    'By subscribing, you agree with Revue’s Terms of Service and Privacy Policy and understand that Harbour Type will receive your email address.',
    'Issue #42 ·', 'Tweet', 'Share', ...rItems.map(([, d]) => d), 'Did you enjoy this issue?', 'Yes',
    'In order to unsubscribe, click here. If you were forwarded this newsletter and you like it, you can subscribe here.', 'Powered by Revue',
    'More issues', ...rIssues, 'View all issues',
  ],
};

const tTitle = 'Letter from the allotment, no. 9';
const tBody = [
  'Dear all,',
  j(
    'The frost came back on Sunday night and took the early potatoes I had been foolish enough to plant in February. Mrs Abiodun on',
    'plot 14 warned me, kindly and more than once. I am writing this partly as a confession.',
  ),
  j(
    'Otherwise the plot is waking up. The broad beans that went in last November are a hand high and black with nothing worse than',
    'a little chocolate spot. The rhubarb under its upturned bucket has produced three pink stalks so tender I ate one raw, standing',
    'in the mud, which I do not recommend to anyone who minds sour things.',
  ),
  j(
    'The committee has at last agreed to the new water trough by the gate, after two years of minutes. It will be installed in April,',
    'which means no more carrying cans from the tap by the road. Somebody suggested we name it. I suggested we did not.',
  ),
  j(
    'Seed swap is on the twenty-first in the hut, from ten until the tea runs out. Bring what you saved last autumn in paper envelopes',
    'with the name and the year written on. I will bring the runner beans from my grandfather’s line, which are now on their',
    'fortieth year in this town and show no sign of tiring.',
  ),
  'Until next month,<br>\nWilf',
];
const tArchive = ['Letter from the allotment, no. 8', 'Letter from the allotment, no. 7', 'Letter from the allotment, no. 6'];
const tHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>TinyLetter: ${tTitle}</title>
<link rel="stylesheet" href="https://tinyletter.example/site/css/archive.css"><meta name="description" content="${tTitle}">
<script type="text/javascript">var TL = {user: 'wilfsplot', message: 1188392};</script></head>
<body class="archive message"><div id="container"><div id="header"><a href="/wilfsplot" class="tl-logo">Wilf’s Plot</a></div>
<div id="content"><div class="message-wrapper"><div class="message-heading"><div class="subject"><h1>${tTitle}</h1></div>
<div class="by-line">by Wilf Hardcastle</div><div class="date">March 1, 2026</div></div>
<div class="message-body">
${ps(tBody)}
</div><div class="message-nav"><a href="/wilfsplot/letters/no-8" class="prev">Previous letter</a></div></div>
<div id="sidebar"><div class="subscribe-box"><h3>Subscribe to Wilf’s Plot</h3>
<p>Monthly letters from a small allotment on the edge of Barrowden.</p>
<form action="https://tinyletter.example/wilfsplot" method="post"><input type="text" name="email" placeholder="you@example.com">
<input type="submit" value="Subscribe"></form></div>
<div class="archive-box"><h3>Archive</h3><ul>${tArchive.map((t) => `<li><a href="/wilfsplot/letters/${t.length}">${t}</a></li>`).join('\n')}</ul>
<a href="/wilfsplot/archive">See all letters</a></div></div></div>
<div id="footer"><a href="https://tinyletter.example">Powered by TinyLetter</a></div></div></body></html>`;
const tinyLetter: TestPage = {
  name: 'heldout333-tinyletter-letter-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['by Wilf Hardcastle', 'March 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wilf’s Plot', 'Previous letter', 'Subscribe to Wilf’s Plot', 'Monthly letters from a small allotment on the edge of Barrowden.', 'Subscribe',
    'Archive', ...tArchive, 'See all letters', 'Powered by TinyLetter',
  ],
};

export const HELDOUT333_D: readonly TestPage[] = [revue, tinyLetter];
