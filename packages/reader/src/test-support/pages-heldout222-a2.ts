import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 222, file a2: a What to Expect community thread in a birth-month group (site header and nav, the group
 * header with "Join", the thread's opening post with its author and time, "Bookmark Discussion", the reply sort control,
 * replies with "Like" / "Reply" / "Report" and like counts, one reply quoting the opening post, an in-feed ad, the
 * "Recent in this group" rail, the app promo and footer).
 */
const wtTitle = 'Anyone else’s 13 month old suddenly refusing the crib?';
const wtOp = [
  'Posting this at 11pm from the floor of the nursery. My daughter has slept in her crib since 4 months with basically no fuss. ' +
    'About a week ago she started screaming the second her back touches the mattress. She falls asleep fine nursing, then wakes ' +
    'up the moment I lay her down.',
  'Nothing has changed that I can think of. No new teeth that I can see, no illness, same bedtime routine. Is this a regression ' +
    'thing or am I missing something? Would love to hear what worked for anyone who has been through it.',
];
const wtReplies = [
  {
    user: 'mama_of_two_oaks',
    time: 'Oct 1, 2025 at 6:02 AM',
    likes: '12',
    quote: false,
    text: [
      'We had exactly this at 12 to 13 months. For us it was separation anxiety peaking at the same time she was learning to ' +
        'stand. She would stand up in the crib and then not know how to get down, and scream.',
      'We practised sitting down from standing during the day, a lot, and it passed in about ten days.',
    ],
  },
  {
    user: 'Jessamyn R',
    time: 'Oct 1, 2025 at 7:45 AM',
    likes: '5',
    quote: false,
    text: [
      'Molars! Ours never showed anything on the outside for weeks. Check way at the back of the gums, they can be swollen ' +
        'long before anything breaks through.',
    ],
  },
  {
    user: 'kayleighm_24',
    time: 'Oct 1, 2025 at 8:30 AM',
    likes: '2',
    quote: true,
    text: [
      'Oh my gosh, she has been standing for about two weeks. I never thought about her not knowing how to get back down. ' +
        'Going to try this today, thank you.',
    ],
  },
  {
    user: 'NorthShoreDad',
    time: 'Oct 1, 2025 at 12:17 PM',
    likes: '8',
    quote: false,
    text: [
      'Another vote for practising the sit down. We also moved the last nap a bit earlier because she was overtired by ' +
        'bedtime, and that helped more than I expected.',
      'Hang in there. The floor-of-the-nursery phase does end.',
    ],
  },
  {
    user: 'becca.loves.tea',
    time: 'Oct 2, 2025 at 9:51 PM',
    likes: '1',
    quote: false,
    text: ['Update request! Did the standing thing help? Mine is 12 months and I can feel it coming.'],
  },
  {
    user: 'kayleighm_24',
    time: 'Oct 3, 2025 at 8:05 PM',
    likes: '9',
    quote: false,
    text: [
      'Update: we spent two days doing the sit-down game on the couch and in the crib with the lights on, making a big silly ' +
        'fuss every time she got it right. Last night she stood up, looked at me, and plopped herself back down. Asleep in ten ' +
        'minutes and she only woke once.',
      'Thank you all so much. I really thought I had broken her sleep for good.',
    ],
  },
];
const wtNav = ['Getting Pregnant', 'Pregnancy', 'Baby', 'Toddler', 'Health', 'Community', 'Tools', 'Baby Products'];
const wtRecent = [
  'Switching from formula to whole milk, how fast?',
  'First birthday party: worth it?',
  'Daycare sickness is relentless',
  'Walking shoes recommendations',
  'How many words is your LO saying?',
];
const wtFoot = [
  'About Us',
  'Editorial Policy',
  'Medical Review Board',
  'Community Guidelines',
  'Advertise With Us',
  'Contact Us',
  'Privacy Policy',
  'Terms of Use',
  'Your Privacy Choices',
];
const wtDisclaimer =
  'The educational health content on What To Expect is reviewed by our medical review board for accuracy. Community posts are ' +
  'not reviewed and are not a substitute for advice from your doctor.';
const ps2 = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const reply = (r: (typeof wtReplies)[number], i: number): string => `<li class="discussion-reply" id="reply-${8811230 + i}" data-reply-id="${8811230 + i}">
<div class="discussion-reply__header"><a class="user-avatar" href="/user/${r.user.replace(/[^a-z0-9]/gi, '')}"><img
src="https://images.wte.example/avatars/${i}.jpg" alt=""></a>
<div class="discussion-reply__meta"><a class="discussion-reply__username" href="/user/${i}">${r.user}</a>
<span class="discussion-reply__date">${r.time}</span></div></div>
${
  r.quote
    ? `<blockquote class="discussion-reply__quote"><span class="quote-author">mama_of_two_oaks wrote:</span> She would stand up in the crib and
then not know how to get down, and scream.</blockquote>`
    : ''
}
<div class="discussion-reply__body">${ps2(r.text)}</div>
<div class="discussion-reply__actions"><button class="like-button" aria-pressed="false"><span class="like-button__label">Like</span>
<span class="like-button__count">${r.likes}</span></button><button class="reply-button">Reply</button>
<button class="report-button" aria-label="Report reply">Report</button></div></li>`;
const wtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Anyone else’s 13 month old suddenly refusing the crib? | September 2024 Babies | What to Expect</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow">
<meta property="og:title" content="${wtTitle}"><meta property="og:site_name" content="What to Expect">
<link rel="canonical"
href="https://community.whattoexpect.example/forums/september-2024-babies/topic/anyone-elses-13-month-old-suddenly-refusing-the-crib-118862.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${wtTitle}",
"author":{"@type":"Person","name":"kayleighm_24"},"datePublished":"2025-09-30T21:14:00-04:00","commentCount":6}</script>
<script>window.__WTE_STATE__={"page":"community-topic","groupId":"september-2024-babies"};</script>
<script async src="https://cdn.wte.example/static/js/community.4e1b9.js"></script></head>
<body class="community topic-page"><div id="__next">
<header class="site-header"><a class="site-header__logo" href="https://www.whattoexpect.example/">What to Expect</a>
<nav class="site-nav" aria-label="Primary"><ul>${links(wtNav, 'site-nav__item')}</ul></nav>
<div class="site-header__user"><a href="/login">Log In</a><a class="button button--primary" href="/signup">Sign Up</a></div></header>
<main class="community-main"><div class="group-header"><a class="group-header__name" href="/forums/september-2024-babies.html">September 2024 Babies</a>
<p class="group-header__members">41.2K members</p><button class="group-header__join">Join</button></div>
<div class="community-layout"><section class="discussion" aria-label="Discussion">
<article class="discussion-topic" data-topic-id="118862"><div class="discussion-topic__header">
<a class="user-avatar" href="/user/kayleighm24"><img src="https://images.wte.example/avatars/op.jpg" alt=""></a>
<div class="discussion-topic__meta"><a class="discussion-topic__username" href="/user/kayleighm24">kayleighm_24</a>
<span class="discussion-topic__date">Sep 30, 2025 at 9:14 PM</span></div></div>
<h1 class="discussion-topic__title">${wtTitle}</h1><div class="discussion-topic__body">${ps2(wtOp)}</div>
<div class="discussion-topic__actions"><button class="like-button"><span class="like-button__label">Like</span>
<span class="like-button__count">3</span></button><button class="bookmark-button">Bookmark Discussion</button>
<button class="report-button" aria-label="Report discussion">Report</button></div></article>
<div class="ad-unit ad-unit--infeed" data-slot="community-infeed-1"><span class="ad-unit__label">Advertisement</span></div>
<div class="discussion-replies"><div class="discussion-replies__header"><h2 class="discussion-replies__count">6 Comments</h2>
<label for="reply-sort">Sort by</label><select id="reply-sort"><option selected>Oldest First</option><option>Newest First</option></select></div>
<ul class="discussion-replies__list">${wtReplies.map(reply).join('\n')}</ul>
<form class="reply-form"><label for="reply-text">Write a reply</label><textarea id="reply-text" placeholder="Add a comment"></textarea>
<button type="submit">Post</button></form></div></section>
<aside class="community-sidebar"><div class="sidebar-module"><h3 class="sidebar-module__title">Recent in September 2024 Babies</h3>
<ul>${links(wtRecent, 'sidebar-module__item')}</ul></div>
<div class="ad-unit ad-unit--rail" data-slot="community-rail-1"><span class="ad-unit__label">Advertisement</span></div>
<div class="sidebar-module app-promo"><p class="app-promo__title">Join the conversation on the app</p>
<p>Get answers from parents with babies the same age as yours.</p><a class="button" href="/app">Get the App</a></div></aside></div></main>
<footer class="site-footer"><ul>${links(wtFoot)}</ul><p class="site-footer__disclaimer">${wtDisclaimer}</p>
<p class="site-footer__copyright">© 2025 Everyday Health Group. All rights reserved.</p></footer></div></body></html>`;
export const wteThread: TestPage = {
  html: wtHtml,
  name: 'heldout222-whattoexpect-forum',
  kind: 'forum',
  // the one quoted passage (with its "wrote:" label) is in neither list; the group name, member count and buttons are furniture
  title: wtTitle,
  headings: [],
  body: texts([...wtOp, ...wtReplies.flatMap((r) => r.text)]),
  bylines: [
    'kayleighm_24',
    'Sep 30, 2025 at 9:14 PM',
    ...wtReplies.filter((r) => r.user !== 'kayleighm_24').flatMap((r) => [r.user, r.time]),
    'Oct 1, 2025 at 8:30 AM',
    'Oct 3, 2025 at 8:05 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'What to Expect', ...wtNav, 'Log In', 'Sign Up', 'September 2024 Babies', '41.2K members', 'Join', 'Like', 'Reply', 'Bookmark Discussion', 'Report',
    'Advertisement', '6 Comments', 'Sort by', 'Oldest First', 'Newest First', 'Write a reply', 'Post', 'Recent in September 2024 Babies', ...wtRecent,
    'Join the conversation on the app', 'Get answers from parents with babies the same age as yours.', 'Get the App', ...wtFoot, wtDisclaimer,
    '© 2025 Everyday Health Group. All rights reserved.',
  ],
};
