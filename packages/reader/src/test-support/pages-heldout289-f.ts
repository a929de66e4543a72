import { links, ps, type TestPage, texts } from './page-kit.js';
import { bitesize } from './pages-heldout289-f2.js';
import { j } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file f: a discussion thread in an Open edX-style MOOC (the discussions micro-frontend: the course
 * header with the learning tabs, the discussions navigation bar, the posts list of the topic in the left pane, the thread with
 * its post, author labels with Staff / Community TA badges and relative times, responses with an endorsed one, comments under
 * a response, the Like / Follow / more actions buttons, the "Add response" button and the footer) and, from file f2, a BBC
 * Bitesize-style revision topic summary.
 */
const title = 'Why did my soil pH test give two different results?';
const post = [
  j(
    'I did the home pH test from Unit 3 on two samples from the same vegetable bed, taken about a metre apart. One came out at',
    '6.2 and the other at 7.1. I followed the instructions exactly: dried the soil overnight, mixed one part soil with two parts',
    'distilled water, waited thirty minutes and used the same strip from the same pack.',
  ),
  j(
    'Is a difference of almost one whole unit normal within a single bed, or did I do something wrong? I want to decide whether',
    'to add lime, and the two results point in opposite directions.',
  ),
];
const r1 = [
  j(
    'Good question, and a difference like this is more common than most people expect. Soil is not uniform even over short',
    'distances. A spot where compost or wood ash was tipped in a previous year, or where rainwater collects, can easily be',
    'half a unit or more away from the rest of the bed.',
  ),
  j(
    'That is why the guidance in Lesson 3.4 suggests taking eight to ten small samples across the bed, mixing them in a bucket',
    'and testing the mixture. You get one number that represents the bed as a whole, which is what matters for a decision about',
    'liming.',
  ),
  'I would also repeat the test on the mixed sample with a fresh strip, since strips can fade if the pack has been opened for a while.',
];
const r1c = [
  'Thank you, that makes sense. There was a compost heap in one corner until last spring, so that may explain the 7.1.',
  j(
    'Very likely. Well-rotted compost is often close to neutral. Let us know what the mixed sample gives you; it would make a',
    'good example for the Unit 3 wrap-up.',
  ),
];
const r2 = [
  j(
    'I had the same thing happen and found my distilled water was not really neutral. It had been sitting open on a shelf and',
    'had absorbed carbon dioxide from the air, which made it slightly acidic. Testing the water on its own first showed the',
    'problem straight away.',
  ),
];
const r3 = [
  j(
    'One more thing to check is how long you waited before reading the strip. The colour keeps changing for a minute or two,',
    'so reading one strip at once and the other a little later can shift the result by a few tenths.',
  ),
];
const tabs = ['Course', 'Progress', 'Dates', 'Discussion', 'Notes'];
const navs = ['My posts', 'All posts', 'Topics', 'Learners'];
const others = [
  'Compost smells of ammonia - too much green material?',
  'Unit 3 quiz, question 4 wording',
  'Clay soil: is gypsum worth it?',
  'Share your soil texture jar photos here',
];
const foot = ['About', 'Blog', 'Help Center', 'Contact', 'Terms of Service & Honor Code', 'Privacy Policy', 'Accessibility Policy'];
const label = (name: string, role: string, time: string, iso: string): string => `<div class="d-flex flex-wrap align-items-center">
<span class="align-items-center author-name d-flex flex-wrap mr-1.5" role="heading" aria-level="2"><a class="text-gray-700 font-weight-500"
href="/u/${name.toLowerCase().replace(/ /g, '_')}">${name}</a></span>${
  role === ''
    ? ''
    : `<span class="badge badge-${role === 'Staff' ? 'primary' : 'success'}
font-weight-500 mr-1.5">${role}</span>`
}<span title="${iso}" class="font-family-inter align-content-center post-summary-timestamp">${time}</span></div>`;
const actions = (likes: string): string => `<div class="d-flex align-items-center actions-row"><button class="btn-icon btn-icon-primary btn-icon-sm like-button"
aria-label="Like"><span class="pgn__icon"></span></button><span class="text-gray-700 likes-count">${likes}</span>
<button class="btn-icon btn-icon-primary btn-icon-sm" aria-label="More actions"><span class="pgn__icon"></span></button></div>`;
const html = `<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Discussion | SOIL101x: Soil Science for Gardeners | Meadowlark Online</title>
<link rel="icon" href="https://learning.meadowlark.example/favicon.ico"><link href="https://learning.meadowlark.example/discussions/app.8c1e.css"
rel="stylesheet">
<script>window.config = {"LMS_BASE_URL":"https://courses.meadowlark.example","SITE_NAME":"Meadowlark Online","ENABLE_FEEDBACK":false};</script>
<script type="application/json" id="discussions-thread-state">{"threadId":"65c1f0a2","courseId":"course-v1:MeadowlarkX+SOIL101x+2026_T1",
"type":"question"}</script></head>
<body><div id="root"><div class="d-flex flex-column vh-100"><a class="sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<header class="learning-header"><div class="container-xl py-2 d-flex align-items-center"><a href="/" class="logo"><img class="d-block" alt="Meadowlark Online"
src="/logo.svg"></a><div class="flex-grow-1 course-title-lockup"><span class="d-block small m-0">MeadowlarkX SOIL101x</span>
<span class="d-block m-0 font-weight-bold course-title">Soil Science for Gardeners</span></div>
<div class="dropdown"><button class="btn btn-tertiary dropdown-toggle" aria-label="User Options">noor_h</button></div></div></header>
<nav class="tab-nav" aria-label="Course Material"><div class="container-xl"><ul class="nav nav-underline-tabs">${links(tabs, 'nav-item')}</ul></div></nav>
<main id="main-content" class="container-fluid d-flex flex-column p-0 w-100"><div class="d-flex flex-row header-action-bar bg-white">
<div class="nav-bar-container"><nav class="nav nav-button-group"><ul>${links(navs, 'nav-link')}</ul></nav></div>
<div class="search-input-container"><input class="form-control" placeholder="Search all posts" aria-label="Search all posts"></div>
<button class="btn btn-brand btn-sm">Add a post</button></div>
<div class="d-flex flex-row discussion-content"><div class="posts-list"><div class="topic-header px-4 py-2 font-weight-bold">Unit 3: Soil Chemistry</div>
<div class="list-group list-group-flush"><div class="list-group-item post-summary-card active">${title}</div>
${others.map((o) => `<div class="list-group-item post-summary-card"><a href="/p/${o.length}">${o}</a></div>`).join('\n')}</div></div>
<div class="discussion-main d-flex flex-column w-100 bg-light-400">
<div class="discussion-post p-0 mb-4 mt-4 mx-4 card"><div class="d-flex flex-column w-100 p-4" data-testid="post-${'65c1f0a2'}">
<div class="d-flex justify-content-between"><div class="align-items-center d-flex flex-row"><div class="avatar"></div><div class="d-flex flex-column">
<h1 class="h5 mb-0 font-weight-bold text-primary-500 font-style">${title}</h1>
${label('Noor Haddad', '', '3 days ago', '2026-03-14T18:22:05Z')}</div></div><span class="badge badge-info">Question</span></div>
<div class="d-flex mt-14px text-break font-style text-primary-500"><div class="html-loader">${ps(post)}</div></div>
<div class="mb-3 mt-3 font-style"><span class="text-gray-500">Related to </span><a href="/topics/unit-3">Unit 3: Soil Chemistry</a></div>
${actions('7')}<div class="d-flex"><button class="btn btn-outline-primary btn-sm">Follow</button></div></div></div>
<div class="comments-count mx-4 mt-2 font-weight-500">3 responses</div>
<div class="discussion-comments d-flex flex-column card border-0 mx-4"><div class="py-2 px-4 bg-success-100 endorsed-response">
<span class="font-weight-500 text-success-700">Endorsed by Abena Rusk, 2 days ago</span></div>
<div class="comment-1 px-4 pb-2 pt-4" data-testid="comment-a1">${label('Tomasz Lind', 'Community TA', '2 days ago', '2026-03-15T09:10:41Z')}
<div class="comment-body text-break">${ps(r1)}</div>${actions('12')}
<div class="d-flex flex-column mt-2 replies"><div class="reply pl-4" data-testid="reply-c1">${label('Noor Haddad', '', '2 days ago', '2026-03-15T11:02:17Z')}
<div class="comment-body text-break">${ps([r1c[0] ?? ''])}</div></div>
<div class="reply pl-4" data-testid="reply-c2">${label('Abena Rusk', 'Staff', '1 day ago', '2026-03-16T08:45:00Z')}
<div class="comment-body text-break">${ps([r1c[1] ?? ''])}</div></div>
<button class="btn btn-link btn-sm">Add comment</button></div></div>
<div class="comment-2 px-4 pb-2 pt-4" data-testid="comment-a2">${label('Jesper Holm', '', '2 days ago', '2026-03-15T13:30:12Z')}
<div class="comment-body text-break">${ps(r2)}</div>${actions('4')}</div>
<div class="comment-3 px-4 pb-2 pt-4" data-testid="comment-a3">${label('Lucía Ferrand', '', '20 hours ago', '2026-03-16T22:04:51Z')}
<div class="comment-body text-break">${ps(r3)}</div>${actions('2')}</div></div>
<div class="mx-4 my-3"><button class="btn btn-primary btn-block">Add response</button></div></div></div></main>
<footer class="footer d-flex border-top py-3 px-4"><div class="container-fluid d-flex"><ul>${links(foot, 'footer-item')}</ul>
<p class="copyright small">© 2026 Meadowlark Online. All rights reserved.</p></div></footer></div></div>
<script src="https://learning.meadowlark.example/discussions/app.8c1e.js"></script></body></html>`;

const mooc: TestPage = {
  name: 'heldout289-meadowlark-openedx-discussion-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...post, ...r1, ...r1c, ...r2, ...r3]),
  bylines: [
    'Noor Haddad',
    '3 days ago',
    'Endorsed by Abena Rusk, 2 days ago',
    'Tomasz Lind',
    '2 days ago',
    'Abena Rusk',
    '1 day ago',
    'Jesper Holm',
    'Lucía Ferrand',
    '20 hours ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'MeadowlarkX SOIL101x', 'Soil Science for Gardeners', 'noor_h', ...tabs, ...navs, 'Add a post', 'Unit 3: Soil Chemistry',
    ...others, 'Question', 'Related to', 'Follow', '3 responses', 'Community TA', 'Staff', 'Add comment', 'Add response', ...foot,
    '© 2026 Meadowlark Online. All rights reserved.',
  ],
};

export const HELDOUT289_F: readonly TestPage[] = [mooc, bitesize];
