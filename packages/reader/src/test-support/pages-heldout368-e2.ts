import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file e2: a Discourse forum thread of a MOOC's learner community (d-header, topic title with category
 * and tags, topic map, posts with avatars, usernames, dates, like and reply buttons, a quoted reply, the timeline, suggested
 * topics, and the signup banner).
 */
const dTitle = 'Week 3 quiz: why is the half-life answer 5730 and not 5700?';
const dPosts: [string, string, string, string[]][] = [
  [
    'jonas_feld',
    'Jonas Feldmann',
    'Mar 4',
    [
      j(
        'In question 4 of the Week 3 quiz we are told that a sample has lost half of its carbon-14 and asked how old it is.',
        'I answered 5700 years because that is the rounded value the lecturer used on the slides, and the quiz marked it wrong.',
      ),
      'Is the quiz expecting an exact value? The lecture never said which figure to use, so I am a bit confused.',
    ],
  ],
  [
    'amara.n',
    'Amara Nwosu',
    'Mar 4',
    [
      j(
        'The numeric questions in this course accept answers within one percent of the key, and 5700 is just outside that',
        'for 5730. The course reference sheet in the Resources tab gives 5730 years, so that is the value the key uses.',
      ),
      'I agree the slides should say so, though. It caught me out too in the practice quiz.',
    ],
  ],
  [
    'dr_elsbeth_m',
    'Elsbeth Mardell',
    'Mar 5',
    [
      j(
        'Thanks for flagging this, Jonas, and thanks Amara for the clear answer. You are both right: the slides round to 5700',
        'for mental arithmetic, and the quiz uses the reference value.',
      ),
      'I have made two changes today:',
      'Since the question was ambiguous, everyone who answered between 5650 and 5750 will have the mark restored by Friday.',
    ],
  ],
  ['jonas_feld', 'Jonas Feldmann', 'Mar 5', ['That is very fair, thank you. The reference sheet was exactly what I was missing.']],
];
const dChanges = [
  'Slide 14 now says “about 5700 years (use 5730 in calculations)”.',
  'Question 4 now states the half-life in the question text, so nobody has to guess.',
];
const dQuote = 'The course reference sheet in the Resources tab gives 5730 years';
const dSide = ['Topics', 'My Posts', 'More', 'All categories', 'Tags'];
const dSuggested = ['Week 3 reading list: link to the tree-ring paper is broken', 'Study group for the final project (Europe time zones)'];
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Week 3: Dating the Past - Archaeological Science Online Community</title>
<meta name="description" content="In question 4 of the Week 3 quiz we are told that a sample has lost half of its carbon-14">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 7c1e2a">
<link rel="canonical" href="https://community.arcsci.example/t/week-3-quiz/4188">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"jonas_feld"},"datePublished":"2026-03-04T10:12:44Z"}</script>
<script defer src="https://community.arcsci.example/assets/discourse.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler category-week-3"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="title"><a href="/"><img src="https://community.arcsci.example/uploads/logo.png" alt="Archaeological Science Online Community" id="site-logo">
</a></div>
<div class="panel"><a href="/signup" class="btn btn-primary sign-up-button">Sign Up</a><a href="/login" class="btn login-button">Log In</a></div></div>
</div></header></div>
<div id="main-outlet" class="wrap" role="main"><div class="sidebar-wrapper"><ul class="sidebar-sections">${links(dSide, 'sidebar-section-link')}</ul></div>
<div id="topic-title"><h1 data-topic-id="4188"><a href="/t/week-3-quiz/4188" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-category__name">Course Help</span> <span class="badge-category__name">Week 3: Dating the Past</span>
<div class="list-tags"><a href="/tag/quizzes" class="discourse-tag">quizzes</a> <a href="/tag/radiocarbon" class="discourse-tag">radiocarbon</a></div>
</div></div>
<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">Mar 4</span></li><li><h4>last reply</h4>
<span class="relative-date">Mar 5</span></li><li><span class="number">3</span><h4>replies</h4></li><li><span class="number">187</span><h4>views</h4></li>
</ul></section></div>
<div class="post-stream">${dPosts
  .map(
    (
      [u, name, date, paras],
      i,
    ) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}"
role="region" class="boxed onscreen-post" data-post-id="${31000 + i}"><div class="row"><div class="topic-avatar"><img alt="" width="48" height="48"
src="https://community.arcsci.example/user_avatar/${u}/48.png" class="avatar"></div><div class="topic-body clearfix"><div role="heading" aria-level="2"
class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${u}">${u}</a></span><span class="second full-name">
<a href="/u/${u}">${name}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/4188/${i + 1}">
<span class="relative-date">${date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  i === 3
    ? `<aside class="quote no-group" data-username="amara.n" data-post="2"><div class="title">amara.n:</div><blockquote><p>${dQuote}</p>
</blockquote></aside>\n`
    : ''
}${paras.map((p, k) => `<p>${p}</p>${i === 2 && k === 1 ? `\n<ol>${dChanges.map((c) => `<li>${c}</li>`).join('')}</ol>` : ''}`).join('\n')}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn toggle-like" title="like this post">
<span class="reactions-counter">${i + 2}</span></button><button class="btn reply" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`,
  )
  .join('\n')}</div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th>
<th>Views</th><th>Activity</th></tr></thead><tbody>${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title">${t}</a></td>
<td class="posts">${i + 4}</td><td class="views">${i + 90}</td><td class="activity">Feb 2${i}</td></tr>`,
  )
  .join('')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in Week 3: Dating the Past or view latest topics.</h3></div></div>
<div class="signup-cta alert alert-info"><h3>Join the conversation</h3>
<p>Sign up to ask questions, follow the course threads and get notified of replies.</p></div>
<footer class="noscript-footer-nav"><a href="/">Home</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a>
<a href="/tos">Terms of Service</a>
<a href="/privacy">Privacy Policy</a><p>Powered by Discourse, best viewed with JavaScript enabled</p></footer></body></html>`;
export const discourse: TestPage = {
  name: 'heldout368-discourse-mooc-forum-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([
    ...dPosts.slice(0, 2).flatMap(([, , , p]) => p),
    ...(dPosts[2]?.[3].slice(0, 2) ?? []),
    ...dChanges,
    ...(dPosts[2]?.[3].slice(2) ?? []),
    dQuote,
    ...(dPosts[3]?.[3] ?? []),
  ]),
  bylines: ['jonas_feld', 'Jonas Feldmann', 'Mar 4', 'amara.n', 'Amara Nwosu', 'dr_elsbeth_m', 'Elsbeth Mardell', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dSide, 'Course Help', 'Week 3: Dating the Past', 'quizzes', 'radiocarbon', 'Categories', 'created', 'last reply',
    'replies', '187', 'views', 'Reply', 'amara.n:', 'Suggested Topics', 'Topic',
    'Replies', 'Views', 'Activity', ...dSuggested, 'Feb 20', 'Want to read more? Browse other topics in Week 3: Dating the Past or view latest topics.',
    'Join the conversation', 'Sign up to ask questions, follow the course threads and get notified of replies.', 'Home', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
