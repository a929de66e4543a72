import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 140, file e2: an Apple Support Communities question thread as a signed-out visitor saves it: the Apple
 * global nav, the community local nav (search, "Sign in", "Ask the community"), breadcrumbs, the h1, the author line with
 * screen-reader "User profile for user:" text, level and points, "Posted on" dates, the question's "Me too" and "Reply"
 * buttons, the "Question marked as Best reply" box repeating the best reply with "View in context", the live-region
 * "Page content loaded" text, replies with "Helpful" counts, "Reply" and "more options" buttons, the "Similar questions"
 * rail with excerpts, the welcome box, the community disclaimer and the global footer.
 */
const apTitle = 'Albums appear twice in Photos after restoring iPhone from a backup';
type Ap = { user: string; level: string; points: string; date: string; paras: string[]; helpful?: string };
const apQuestion: Ap = {
  user: 'marguerite_o',
  level: 'Level 1',
  points: '(26 points)',
  date: 'Posted on Nov 2, 2025 7:41 AM',
  paras: [
    'I restored my iPhone from a computer backup last weekend after a repair. Everything came back, but in Photos every one of my albums now ' +
      'appears twice. Both copies have the same name and the same number of items. If I delete a photo from one album it disappears from the ' +
      'other as well, so they seem to be linked.',
    'I have 64 albums, so this makes the Albums tab very hard to use. I have already restarted the phone twice and signed out of my account ' +
      'and back in. How can I get rid of the duplicates without losing any photos?',
  ],
};
const apBest: Ap = {
  user: 'Delphine Achterberg',
  level: 'Level 9',
  points: '(61,874 points)',
  date: 'Posted on Nov 2, 2025 9:15 AM',
  helpful: 'Helpful (14)',
  paras: [
    'What you are seeing is usually the Photos library index rebuilding after a restore. The albums are not really duplicated: the phone ' +
      'is showing the album list from the backup and the list it is building from the synced library at the same time, and the two have ' +
      'not been merged yet.',
    'Leave the phone connected to power and Wi-Fi overnight with the screen locked. The indexing only runs in that state. In most cases the ' +
      'duplicates disappear within one or two nights. Do not delete either copy in the meantime, because deleting an album from one list ' +
      'removes it from both.',
    'If they are still there after three nights, turn off syncing for Photos in Settings, choose to keep the photos on the phone, wait a ' +
      'minute, and turn it back on.',
  ],
};
const apReplies: Ap[] = [
  {
    user: 'kwabena_t',
    level: 'Level 4',
    points: '(2,310 points)',
    date: 'Posted on Nov 2, 2025 11:02 AM',
    helpful: 'Helpful (2)',
    paras: ['Had the same after a restore in the summer. Two nights on the charger and it sorted itself out, exactly as described above.'],
  },
  {
    user: 'Ysolde Brannigan',
    level: 'Level 7',
    points: '(24,905 points)',
    date: 'Posted on Nov 3, 2025 8:20 PM',
    helpful: 'Helpful (1)',
    paras: [
      'One addition: check that Low Power Mode is off while it charges overnight. With Low Power Mode on, the library indexing is paused, so ' +
        'the duplicates can hang around for much longer than a couple of nights.',
    ],
  },
  {
    user: 'marguerite_o',
    level: 'Level 1',
    points: '(26 points)',
    date: 'Posted on Nov 4, 2025 6:58 AM',
    paras: [
      'Thank you both. I left it on the charger for two nights and this morning each album appears only once. I did not have to turn syncing ' +
        'off in the end.',
    ],
  },
];
const apExcerpt = 'What you are seeing is usually the Photos library index rebuilding after a restore.';
const apGlobal = ['Apple', 'Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const apCrumbs = ['Apple Support Community', 'iPhone', 'Photos on iPhone'];
const apSimilar = [
  ['Duplicate photos after moving to a new iPhone', 'After setting up my new phone every photo from 2019 shows up twice in the library.'],
  ['Shared album appears twice', 'One of my shared albums has an identical copy that I cannot delete.'],
  ['Photos stuck on Updating Library', 'It has said Updating Library for three days now.'],
];
const apWelcome = [
  'Welcome to Apple Support Community',
  'A place where Apple customers help one another with their products. Sign in with your Apple Account to take part.',
];
const apDisclaimer =
  'This site contains content, comments and opinions submitted by users and is for information only. Suggested answers may not suit every ' +
  'situation, and Apple does not guarantee the results of any solution posted in the community.';
const apFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map', 'Community Terms of Use'];
const apAuthor = (a: Ap): string => `<div class="author-info"><a class="author-avatar" href="/profile/${a.user}" aria-hidden="true" tabindex="-1"><img
src="https://discussions.apple.example/content/attachment/avatar/${a.user.length}.png" alt="" class="avatar"></a><div class="author-details"><a
class="author-name"
href="/profile/${a.user}"><span class="visuallyhidden">User profile for user: </span>${a.user}</a><div class="author-level"><span
class="level">${a.level}</span>
<span class="points">${a.points}</span></div></div></div>`;
const apReply = (a: Ap, i: number): string => `<article class="reply-post post" id="reply-${i}" data-post-id="26017${i}" aria-labelledby="reply-author-${i}">
<div class="post-header">${apAuthor(a)}</div><div class="post-body"><div class="post-content">${a.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="post-date"><time datetime="2025-11-02T09:15:00Z">${a.date}</time></div></div><div class="post-footer"><div class="post-actions">${
  a.helpful ? `<button class="button helpful-button" type="button" aria-pressed="false"><span class="helpful-label">${a.helpful}</span></button>` : ''
}<button class="button reply-button" type="button">Reply</button><button class="button icon more-options" type="button" aria-haspopup="true"><span
class="visuallyhidden">Thread reply - more options</span></button></div></div></article>`;
const apHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="js no-touch"><head><meta charset="utf-8"><title>${apTitle} - Apple Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="description"
content="${apQuestion.paras[0]?.slice(0, 150)}">
<meta property="og:site_name" content="Apple Community"><meta property="og:title" content="${apTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://discussions.apple.example/thread/256188442"><link rel="stylesheet"
href="https://www.apple.example/ac/globalnav/8/en_US/styles/ac-globalnav.built.css">
<link rel="stylesheet" href="https://discussions.apple.example/assets/community.2f91c0.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${apTitle}","answerCount":4,
"dateCreated":"2025-11-02T07:41:00Z","author":{"@type":"Person","name":"marguerite_o"},"acceptedAnswer":{"@type":"Answer","upvoteCount":14,
"author":{"@type":"Person","name":"Delphine Achterberg"},"url":"https://discussions.apple.example/thread/256188442?answerId=260170#260170"}}}</script>
<script src="https://www.apple.example/ac/globalnav/8/en_US/scripts/ac-globalnav.built.js" defer></script></head>
<body class="page-thread ac-gn-current-support"><div id="globalheader"><aside id="globalmessage-segment" class="globalmessage-segment" lang="en-US"
dir="ltr"></aside>
<nav id="globalnav" class="globalnav" aria-label="Global" data-analytics-region="global nav" lang="en-US" dir="ltr"><div class="globalnav-content"><ul
class="globalnav-list">
${apGlobal
  .map(
    (t, i) =>
      `<li class="globalnav-item${i === 0 ? ' globalnav-item-apple' : ''}"><a class="globalnav-link" href="https://www.apple.example/${i}"${
        i === 0 ? ' aria-label="Apple"' : ''
      }><span class="globalnav-link-text">${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="community-localnav" role="navigation" aria-label="Apple Support Community"><div class="localnav-wrapper"><a class="localnav-title" href="/">Apple
Support
Community</a><form class="localnav-search" role="search"><input type="search" aria-label="Search the Community" placeholder="Search the Community"></form><a
class="localnav-action" href="/signin">Sign in</a><a class="localnav-action button" href="/post/question">Ask the community</a></div></div>
<main id="main" class="main" role="main"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(apCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="thread-layout"><div class="thread-content"><section class="question-section" aria-labelledby="thread-title"><h1 id="thread-title"
class="thread-title
page-title">${apTitle}</h1><article class="question-post post" data-post-id="256188442"><div class="post-header">${apAuthor(apQuestion)}</div><div
class="post-body">
<div class="post-content">${apQuestion.paras.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="post-date"><time
datetime="2025-11-02T07:41:00Z">${apQuestion.date}</time>
</div></div><div class="post-footer"><div class="post-actions"><button class="button reply-button" type="button">Reply</button><button class="button
metoo-button"
type="button" aria-pressed="false"><span class="metoo-label">Me too (9)</span></button><button class="button icon more-options" type="button"><span
class="visuallyhidden">Question - more options</span></button></div></div></article></section>
<section class="best-reply-section" aria-labelledby="best-reply-heading"><div class="best-reply-header"><h2 id="best-reply-heading"
class="best-reply-title">Question
marked as Best reply</h2></div><div class="best-reply">${apAuthor(apBest)}<div class="post-date"><time
datetime="2025-11-02T09:15:00Z">${apBest.date}</time></div>
<div class="best-reply-excerpt"><p>${apExcerpt}</p></div><a class="view-in-context" href="#reply-0">View in context</a></div></section>
<section class="replies-section" aria-labelledby="replies-heading"><div class="visuallyhidden" aria-live="polite">Page content loaded</div><h2
id="replies-heading"
class="replies-title">4 replies</h2><div class="replies-sort"><span class="sort-label">Sort By:</span><button type="button"
class="sort-button">Best</button></div>
${[apBest, ...apReplies].map(apReply).join('\n')}
</section></div>
<aside class="thread-sidebar"><section class="welcome-box"><h2>${apWelcome[0]}</h2><p>${apWelcome[1]}</p><a class="button" href="/signin">Sign in</a></section>
<section class="similar-questions"><h2>Similar questions</h2><ul>${apSimilar
  .map(
    (s, i) =>
      `<li class="similar-question"><a href="/thread/25600${i}"><h3 class="similar-question-title">${s[0]}</h3><p
class="similar-question-excerpt">${s[1]}</p></a></li>`,
  )
  .join('\n')}</ul></section></aside></div></main>
<footer id="globalfooter" lang="en-US" dir="ltr" role="contentinfo" aria-labelledby="globalfooter-heading"><div class="ac-gf-content"><h2 class="visuallyhidden"
id="globalfooter-heading">Apple Footer</h2><section class="ac-gf-footnotes"><p>${apDisclaimer}</p></section><section class="ac-gf-footer"><div
class="ac-gf-footer-legal">
<div class="ac-gf-footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div><ul
class="ac-gf-footer-legal-links">${links(apFoot)}</ul></div>
<div class="ac-gf-footer-locale"><a class="ac-gf-footer-locale-link" href="/choose-country-region" title="Choose your country or region">United
States</a></div></section>
</div></footer><script src="https://discussions.apple.example/assets/community.9a0e11.js" defer></script></body></html>`;
export const appleCommunities: TestPage = {
  html: apHtml,
  name: 'heldout140-apple-support-communities-thread',
  kind: 'forum',
  // the question and all replies (the best reply in its place in the list) are body; the best-reply box's excerpt repeats a
  // post and is in neither list; user names and "Posted on" dates are bylines; "User profile for user:", levels, points,
  // "Me too", "Helpful" counts and buttons are furniture
  title: apTitle,
  headings: [],
  body: texts([...apQuestion.paras, ...apBest.paras, ...apReplies.flatMap((r) => r.paras)]),
  bylines: [
    'marguerite_o',
    'Delphine Achterberg',
    'kwabena_t',
    'Ysolde Brannigan',
    ...new Set([apQuestion.date, apBest.date, ...apReplies.map((r) => r.date)]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...apGlobal, 'Apple Support Community', 'Sign in', 'Ask the community', 'Photos on iPhone', 'User profile for user:', 'Level 1', '(26 points)', 'Level 9',
    '(61,874 points)', 'Level 4', '(2,310 points)', 'Level 7', '(24,905 points)', 'Helpful (1)', 'Reply', 'Me too (9)', 'Question marked as Best reply',
'View in context', 'Page content loaded', '4 replies',
    'Sort By:', 'Best', 'Helpful (14)', 'Helpful (2)', 'Question - more options', 'Thread reply - more options', ...apWelcome, 'Similar questions',
...apSimilar.flat(), 'Apple Footer', apDisclaimer,
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apFoot, 'United States',
  ],
};
