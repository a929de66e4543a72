import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file e2: a The Student Room-style thread in the exam help forum, where the opening post and the
 * replies are the body (site header, forum breadcrumbs, thread tools, post headers with usernames, badges and times,
 * "Original post by" quotes, reply numbers, Quote / Reply / Report links, watch button, related discussions, sign-up
 * banner, footer).
 */
const rTitle = 'How do you actually revise for 11 GCSEs at once??';
const rOp = [
  j(
    'Mocks are in six weeks and I have eleven subjects. Every time I sit down I panic about the ones I am not doing and end up switching',
    'between three of them in one evening and learning nothing.',
  ),
  'How do people split their time? Do you do one subject a day or a bit of everything? Any timetable tips would help so much.',
];
const rR1 = [
  j(
    'Did 10 last year and got mostly 8s and 9s. What worked for me was blocks of 45 minutes, two or three subjects a day, and rotating',
    'so every subject came up at least twice a week. Put your weakest subjects earlier in the day when you are less tired.',
  ),
];
const rR2 = [
  'This. Also make the timetable realistic, I used to plan six hours a night and then feel guilty when I did two.',
  'Start with past papers for maths and sciences as soon as you can, they show you which topics to go back to.',
];
const rR3 = [
  j(
    'Teacher here (I lurk in this forum). Interleaving, switching between topics, is actually good for memory, so mixing subjects',
    'is not the problem. The problem is switching before you have finished anything. Give each block one clear goal, like "ten flashcards',
    'on bonding and one exam question", and stop when it is done.',
  ),
];
const rR5 = [
  j(
    'One more thing from me: build in a day off each week and one buffer evening for catching up. Timetables fail when a single bad',
    'night knocks everything back, and a buffer stops that from turning into a week of guilt.',
  ),
  'And sleep. Memories are consolidated overnight, so an all-nighter before a mock mostly undoes the work you did the week before.',
];
const rR4 = ['Thank you all, going to try the 45 minute blocks with one goal each and see how the first week goes.'];
const rCrumbs = ['Forums', 'Study Help', 'Exam Help'];
const rNav = ['Forums', 'Uni', 'Apprenticeships', 'GCSE', 'A-level', 'Careers', 'Advice'];
const rRelated = ['Revision timetable for mocks: how many hours?', 'Is it too late to start revising for GCSEs in March?', 'Best flashcard apps 2026'];
const rFoot = ['About us', 'Advertise with us', 'Jobs', 'Community guidelines', 'Privacy notice', 'Cookies', 'Terms and conditions', 'Contact us'];
type Post = readonly [id: number, who: string, badge: string, when: string, n: string, quote: string, paras: readonly string[]];
const posts: readonly Post[] = [
  [101, 'frostyfern', 'Badges: 8', '4 days ago', '', '', rOp],
  [102, 'Wren_Delacourt', 'Badges: 14', '4 days ago', 'Reply 1', '', rR1],
  [103, 'coffeeandcalc', 'Badges: 6', '3 days ago', 'Reply 2', 'Did 10 last year and got mostly 8s and 9s.', rR2],
  [104, 'MrQuillon', 'Badges: 20', '3 days ago', 'Reply 3', '', rR3],
  [105, 'MrQuillon', 'Badges: 20', '3 days ago', 'Reply 4', '', rR5],
  [106, 'frostyfern', 'Badges: 8', '2 days ago', 'Reply 5', '', rR4],
];
const post = ([id, who, badge, when, n, quote, paras]: Post): string => `<div class="post" id="post${id}" data-post-id="${id}">
<div class="post-header"><div class="post-header__user"><a class="username" href="/member/${who}">${who}</a><span class="user-badges">${badge}</span></div>
<div class="post-header__meta"><span class="post-time">${when}</span>${n === '' ? '<span class="thread-starter">Thread starter</span>' : ''}
${n === '' ? '' : `<a class="post-number" href="#post${id}">${n}</a>`}</div></div>
<div class="post-body">${
  quote === ''
    ? ''
    : `<div class="bbcode-quote"><div class="quote-attribution">Original post by Wren_Delacourt</div>
<div class="quote-content">${quote}</div></div>`
}${ps(paras)}</div>
<div class="post-footer"><a class="post-action" href="#">Quote</a><a class="post-action" href="#">Reply</a><a class="post-action report" href="#">Report</a>
</div></div>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle} - The Student Room</title>
<meta name="description" content="Mocks are in six weeks and I have eleven subjects.">
<link rel="canonical" href="https://www.thestudentroom.co.uk/showthread.php?t=7433109">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rTitle}",
"author":{"@type":"Person","name":"frostyfern"},"datePublished":"2026-03-10T19:02:00Z","interactionStatistic":{"@type":"InteractionCounter",
"userInteractionCount":5}}</script>
<script>window.TSR={threadId:7433109,forumId:1104,loggedIn:false};</script></head>
<body class="tsr-thread"><div id="app"><header class="tsr-header"><a class="tsr-logo" href="/">The Student Room</a><nav class="tsr-nav">
<ul>${links(rNav, 'tsr-nav__item')}</ul>
</nav><a class="tsr-header__login" href="/signin.php">Sign in</a><a class="tsr-header__join" href="/signup.php">Register</a></header>
<main class="thread-page"><nav class="breadcrumbs"><ol>${links(rCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="thread-header"><h1 class="thread-title">${rTitle}</h1><div class="thread-tools"><button class="watch-thread">Watch</button>
<span class="thread-stats">5 replies</span><span class="thread-views">612 views</span></div></div>
<div class="thread-posts">${posts.map(post).join('\n')}</div>
<div class="thread-pager"><span>Page 1 of 1</span></div>
<div class="quick-reply"><p class="quick-reply__prompt">Reply to thread</p><textarea placeholder="Write a reply…"></textarea></div>
<aside class="related-discussions"><h2>Related discussions</h2><ul>${links(rRelated)}</ul></aside></main>
<div class="signup-banner"><p>Get answers to your revision questions from students who have been there.</p><a class="btn" href="/signup.php">Join The Student
Room for free</a></div>
<footer class="tsr-footer"><ul>${links(rFoot)}</ul><p>The Student Room and The Uni Guide are trading names of The Student Room Group Ltd.</p>
<p>Register Number: 04666380 (England and Wales), VAT No. 806 8067 22</p></footer></div></body></html>`;
export const tsr: TestPage = {
  name: 'heldout349-thestudentroom-thread',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rOp, ...rR1, ...rR2, ...rR3, ...rR5, ...rR4]),
  bylines: ['frostyfern', 'Wren_Delacourt', 'coffeeandcalc', 'MrQuillon', '4 days ago', '3 days ago', '2 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Student Room', ...rNav, 'Sign in', 'Register', ...rCrumbs.slice(1), 'Watch', '5 replies', '612 views', 'Badges: 8', 'Badges: 14', 'Badges: 6',
    'Badges: 20', 'Thread starter', 'Reply 1', 'Reply 2', 'Reply 3', 'Reply 4', 'Reply 5', 'Original post by Wren_Delacourt', 'Quote', 'Reply',
    'Report', 'Page 1 of 1',
    'Reply to thread', 'Related discussions', ...rRelated, 'Get answers to your revision questions from students who have been there.',
    'Join The Student Room for free', ...rFoot, 'The Student Room and The Uni Guide are trading names of The Student Room Group Ltd.',
    'Register Number: 04666380 (England and Wales), VAT No. 806 8067 22',
  ],
};
