import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 93, file d2: an Apple Support Community thread marked as solved, as a signed-out visitor saves it (the
 * Apple global nav, the community sub-header with "Sign in", breadcrumbs, the "Question marked as Solved" status, the
 * question card with level and points, "Posted on" dates, the "Helpful answer" box that repeats the start of the marked
 * reply with "View in context", "Me too" and "Helpful" buttons, reply cards with their own "Helpful answer" label and
 * screen-reader "User profile for user:" texts, the "Looks like no one’s replied in a while" notice, "Similar questions",
 * the welcome box, the community disclaimer and the Apple footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const apTitle = 'Photos on iPhone stuck on “Uploading to iCloud” for over a week';
type ApPost = { user: string; level: string; points: string; posted: string; helpful: string; body: string[]; marked?: boolean };
const apQuestion: ApPost = {
  user: 'harbourlights_72',
  level: 'Level 1',
  points: '(34 points)',
  posted: 'Posted on Feb 11, 2025 9:47 PM',
  helpful: '',
  body: paras(`
Since updating my iPhone 15 to the latest iOS, the Photos app has said “Uploading 1,206 items to iCloud” at the bottom of the library for
nine days. The number goes down by a few each night and then jumps back up. My iCloud storage has 140 GB free, the phone is on Wi-Fi and
charging every night, and Low Power Mode is off.

I have restarted the phone, signed out of iCloud and back in, and turned iCloud Photos off and on again, which took two days to
re-index. Nothing has changed. Photos taken on the iPhone do not appear on my Mac or on iCloud.com either. Is there something else I can
try before I contact support?`),
};
const apReplies: ApPost[] = [
  {
    user: 'Ruben Castellano',
    level: 'Level 9',
    points: '(61,874 points)',
    posted: 'Posted on Feb 12, 2025 6:05 AM',
    helpful: 'Helpful (6)',
    body: paras(`
A count that keeps going back up usually means one or more items are failing and being retried, and the rest of the queue waits behind
them. The most common culprits are a very long video, a damaged photo, or an item that was edited in a third-party app and saved in a format
Photos struggles with.

Open Photos, go to Albums and scroll down to Utilities. If you see an album called Unable to Upload, the items in it are the ones
blocking the queue. Try exporting them to Files, deleting them from the library, and then importing the exported copies again.`),
  },
  {
    user: 'harbourlights_72',
    level: 'Level 1',
    points: '(34 points)',
    posted: 'Posted on Feb 12, 2025 8:31 PM',
    helpful: '',
    body: paras(`
There was no Unable to Upload album, but I found something close. There is a 47 minute video of my daughter’s school concert, filmed in
4K, which shows a small cloud icon with an exclamation mark when I open it.`),
  },
  {
    user: 'Ruben Castellano',
    level: 'Level 9',
    points: '(61,874 points)',
    posted: 'Posted on Feb 13, 2025 7:19 AM',
    helpful: 'Helpful (14)',
    marked: true,
    body: paras(`
That is almost certainly the one. Very large videos can fail repeatedly if the upload is interrupted, for example when the phone locks and
drops off Wi-Fi to save power, and every retry starts again from the beginning.

Copy the video to your Mac or to a USB drive first so you have a safe copy. Then trim it in Photos into two or three parts using Duplicate
and trim, delete the original, and leave the phone unlocked on the charger with the Photos app open for an hour. The shorter parts upload in
one go and the rest of the queue should follow.`),
  },
  {
    user: 'harbourlights_72',
    level: 'Level 1',
    points: '(34 points)',
    posted: 'Posted on Feb 14, 2025 10:02 PM',
    helpful: '',
    body: paras(`
That fixed it. I split the concert into three clips, left the phone on the charger with Photos open, and by the morning the queue had cleared
completely. Everything is on my Mac now. Thank you very much for explaining why it was happening as well.`),
  },
];
const apGlobal = ['Apple', 'Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const apCrumbs = ['Apple Support Community', 'iPhone', 'iPhone 15'];
const apSimilar = [
  ['iCloud Photos not syncing to Mac after update', 'My Mac has stopped showing new photos from my iPhone since Monday.'],
  ['Shared album stuck uploading', 'A shared album with 300 photos has been uploading for three days.'],
  ['Video will not play: “An error occurred while loading”', 'Some older videos in my library will not play on my iPad.'],
];
const apFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const apDisclaimer =
  'This site contains user submitted content, comments and opinions and is for informational purposes only. Apple disclaims any and all liability for ' +
  'the acts, omissions and conduct of any third parties in connection with or related to your use of the site.';
const apIdle = 'Looks like no one’s replied in a while. To start the conversation again, simply ask a new question.';
const apWelcome = [
  'Welcome to Apple Support Community',
  'A forum where Apple customers help each other with their products. Get started with your Apple Account.',
];
const apAuthor = (p: ApPost, i: number): string => `<div class="author-info"><a class="author-avatar" href="/profile/${p.user.replace(/ /g, '')}">
<img src="https://discussions.apple.example/profile/avatar/${i}.png" alt=""><span class="visuallyhidden">User profile for user: ${p.user}</span></a>
<div class="author-details"><a class="author-name" href="/profile/${i}">${p.user}</a><div class="author-rank"><span class="author-level">${p.level}</span>
<span class="author-points">${p.points}</span></div></div></div>`;
const apBody = (ps: readonly string[]): string => `<div class="post-body js-post-body">${ps.map((x) => `<p>${x}</p>`).join('\n')}</div>`;
const apBadge = '<div class="post-badge post-badge--helpful"><span class="icon icon-checkmark"></span>Helpful answer</div>';
const apReply = (
  p: ApPost,
  i: number,
): string => `<li class="reply ${p.marked ? 'reply--helpful' : ''}" id="reply-${2561230 + i}"><article class="post post--reply"
aria-labelledby="reply-author-${i}">${p.marked ? apBadge : ''}
<header class="post-header" id="reply-author-${i}">${apAuthor(p, i + 1)}<p class="post-date"><span class="visuallyhidden">Reply</span>${p.posted}</p></header>
${apBody(p.body)}<footer class="post-footer"><div class="post-actions">${
  p.helpful
    ? `<button class="button button-secondary post-action"
disabled>${p.helpful}</button>`
    : ''
}
<a class="post-action" href="/login?reply=${i}">Reply</a><a class="post-action" href="/thread/255990412?answerId=${2561230 + i}#${2561230 + i}">
<span class="visuallyhidden">Link to this post</span></a></div></footer></article></li>`;
const apHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Photos on iPhone stuck on “Uploading to iCloud” for over a week - Apple Community</title>
<meta name="description" content="Since updating my iPhone 15 to the latest iOS, the Photos app has said Uploading 1,206 items to iCloud for nine days.">
<meta property="og:title" content="${apTitle}"><meta property="og:site_name" content="Apple Community"><meta property="og:type" content="website">
<link rel="canonical" href="https://discussions.apple.example/thread/255990412"><link rel="stylesheet"
href="https://www.apple.example/api-www/global-elements/global-header/v1/assets/globalheader.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${apTitle}","answerCount":4,
"dateCreated":"2025-02-11T21:47:00-08:00","author":{"@type":"Person","name":"harbourlights_72"},"acceptedAnswer":{"@type":"Answer","upvoteCount":14,
"author":{"@type":"Person","name":"Ruben Castellano"}}}}</script>
<script src="https://discussions.apple.example/assets/js/community.bundle.8c3e1.js" defer></script></head><body class="page-thread">
<div id="globalheader"><aside id="globalmessage-segment" lang="en-US" dir="ltr" class="globalmessage-segment"></aside><nav id="globalnav" lang="en-US" dir="ltr"
aria-label="Global" class="globalnav no-js" data-store-api="/[storefront]/shop/bag/status"><div class="globalnav-content"><ul class="globalnav-list">${links(
  apGlobal,
  'globalnav-item',
)}</ul><div class="globalnav-item globalnav-search"><a class="globalnav-link" aria-label="Search apple.com" href="/search"></a></div>
<div class="globalnav-item globalnav-bag"><a class="globalnav-link" aria-label="Shopping Bag" href="/shop/bag"></a></div></div></nav></div>
<header class="community-header"><div class="community-header-content"><a class="community-header-title" href="/">Apple Support Community</a>
<form class="community-search" role="search"><input type="search" placeholder="Search the Community" aria-label="Search the Community"></form>
<a class="community-header-link" href="/welcome">Browse</a><a class="button button-secondary" href="/login">Sign in</a></div></header>
<main id="main" class="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${apCrumbs
  .map(
    (c, i) => `<li class="breadcrumb-item"><a
href="/community/${i}">${c}</a></li>`,
  )
  .join('')}
</ol></nav><div class="thread-layout"><div class="thread-content"><section class="thread-question" aria-labelledby="thread-title">
<div class="thread-status"><span class="thread-status-badge thread-status-badge--solved"><span class="icon icon-checkmark"></span>Question marked as
Solved</span></div>
<h1 class="thread-title" id="thread-title">${apTitle}</h1><article class="post post--question"><header class="post-header">${apAuthor(apQuestion, 0)}</header>
${apBody(apQuestion.body)}<footer class="post-footer"><p class="post-date">${apQuestion.posted}</p><div class="post-actions">
<button class="button button-secondary post-action" disabled>Me too (27)</button><button class="button button-secondary post-action" disabled>I have this
question too</button>
</div></footer></article></section>
<section class="helpful-answer-summary" aria-labelledby="helpful-answer-heading"><h2 id="helpful-answer-heading" class="helpful-answer-heading">
<span class="icon icon-checkmark"></span>Helpful answer</h2><div class="helpful-answer-author"><span class="visuallyhidden">Answered by</span>Ruben
Castellano</div>
<p class="helpful-answer-excerpt">That is almost certainly the one. Very large videos can fail repeatedly if the upload is interrupted, for example when the
phone
locks and drops off Wi-Fi to save power …</p><p class="helpful-answer-date">Posted on Feb 13, 2025 7:19 AM</p><a class="more" href="#reply-2561232">View in
context</a>
</section><section class="thread-replies" aria-labelledby="replies-heading"><h2 id="replies-heading" class="thread-replies-heading">Replies (4)</h2>
<div class="replies-sort"><label for="sort">Sort by:</label><select id="sort"><option>Oldest first</option><option>Newest first</option>
<option>Most helpful</option></select></div><ol class="replies-list">${apReplies.map(apReply).join('\n')}</ol></section>
<div class="thread-idle-notice" role="status"><p>${apIdle.replace('ask a new question', '<a href="/new-question">ask a new question</a>')}</p></div></div>
<aside class="thread-sidebar"><section class="sidebar-card welcome"><h2>${apWelcome[0]}</h2><p>${apWelcome[1]}</p><a class="button" href="/login">Sign in</a>
<a class="more" href="/welcome/about">Learn more</a></section><section class="sidebar-card similar" aria-labelledby="similar-heading"><h2 id="similar-heading">
Similar questions</h2><ul>${apSimilar
  .map(
    ([t, e]) => `<li class="similar-item"><h3><a href="/thread/${t!.length}">${t}</a></h3><p
class="similar-excerpt">${e}</p></li>`,
  )
  .join('\n')}
</ul></section></aside></div></main>
<footer id="globalfooter" lang="en-US" dir="ltr" role="contentinfo" class="globalfooter"><div class="globalfooter-content"><div class="community-disclaimer">
<p>${apDisclaimer}</p></div><section class="gf-legal"><div class="gf-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div><ul
class="gf-legal-links">
${links(apFoot, 'gf-legal-links-item')}</ul><div class="gf-legal-locale"><a href="/choose-country-region">United
States</a></div></section></div></footer></body></html>`;
export const appleSolved: TestPage = {
  html: apHtml,
  name: 'heldout93-apple-community-solved-thread',
  kind: 'forum',
  // the question and all four replies are body; the "Helpful answer" box's excerpt of the marked reply is in neither
  // list; user names and "Posted on" lines are bylines; the solved status, "Helpful answer" labels, levels, points,
  // "Me too" and "Helpful" counts, the idle notice, similar questions, welcome box, disclaimer and footer are furniture
  title: apTitle,
  headings: [],
  body: [...texts(apQuestion.body), ...apReplies.flatMap((r) => r.body)],
  bylines: ['harbourlights_72', 'Ruben Castellano', ...new Set([apQuestion.posted, ...apReplies.map((r) => r.posted)])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...apGlobal, 'Browse', 'Sign in', ...apCrumbs, 'Question marked as Solved', 'User profile for user: harbourlights_72',
    'User profile for user: Ruben Castellano', 'Level 1', '(34 points)', 'Level 9', '(61,874 points)', 'Me too (27)', 'I have this question too',
    'Helpful answer', 'View in context', 'Replies (4)', 'Sort by:', 'Oldest first', 'Newest first', 'Most helpful', 'Helpful (6)', 'Helpful (14)', 'Reply',
    'Link to this post', apIdle, ...apWelcome, 'Learn more', 'Similar questions', ...apSimilar.flat(), apDisclaimer,
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apFoot, 'United States',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
