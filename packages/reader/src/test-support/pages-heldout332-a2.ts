import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file a2: a Product Hunt-style launch page (Next.js markup with hashed style classes and data-test
 * attributes, the product header with tagline, Visit and Upvote buttons, the gallery, the launch tags, the "Launch day" rank
 * badge, the maker's first comment, which is the body, other people's comments, the "Makers" rail, "Trending launches" and the
 * footer).
 */
const pTitle = 'Shiftnote';
const pMaker = [
  'Hey hunters! 👋',
  j(
    'I’m Ines, one of the two makers of Shiftnote. We built it because my co-founder Tobiah spent six years managing restaurant',
    'kitchens, and every single one ran its schedule on a whiteboard, a paper sign-up sheet and a group chat with eighty people in it.',
  ),
  j(
    'Shiftnote is a scheduling app for hourly teams that treats swaps, sick calls and last-minute coverage as the normal case rather',
    'than the exception. Managers publish a week in a few minutes, and staff trade shifts among themselves inside rules the manager',
    'sets once.',
  ),
  'What it does today:',
  '📅 Drag-and-drop weekly schedules with labour cost shown as you build them',
  '🔁 Shift swaps that are approved automatically when both people are qualified and nobody goes into overtime',
  '🤒 A “call out” button that texts the right replacements in order of who has the fewest hours that week',
  '⏱️ Clock-in from a shared tablet or a phone, with geofencing you can switch off',
  '📤 Payroll export to the four systems our pilot customers actually used',
  j(
    'We spent the last nine months with fourteen cafés, two hotels and a climbing gym. The number we watch most is how many shifts',
    'are covered without the manager touching anything, and across the pilot it went from about a third to a little over four in five.',
  ),
  j(
    'It’s free for teams up to fifteen people, forever. Above that it’s $3 per active employee per month, and for launch week we’re',
    'giving every team that signs up from this page three months of the paid plan at no cost.',
  ),
  j(
    'We would love your honest feedback, especially from anyone who has ever been on the wrong end of a 6 a.m. “can anyone cover?”',
    'message. Tobiah and I will be here answering questions all day, and we read every comment, including the grumpy ones.',
  ),
];
const pComments: Array<[string, string, string]> = [
  ['Kasia Lindqvist', 'Congrats on the launch! Does the auto-approve respect minor labour laws for under-18 staff?', '4h ago'],
  ['Oyelaran Bishop', 'The call-out ordering by fewest hours is such a thoughtful detail. Upvoted.', '3h ago'],
  ['Tobiah Renner', 'Yes, you can tag staff as minors and Shiftnote blocks swaps that would break the rules for your state.', '3h ago'],
];
const pTopics = ['Productivity', 'Hiring', 'Task Management'];
const pTrending = ['Loomwright: turn meeting notes into tickets', 'Pantry Pal: a fridge inventory you actually update', 'Quillsync for Figma'];
const pNav = ['Launches', 'Products', 'News', 'Forums', 'Advertise'];
const pFoot = ['About', 'Newsletter', 'Careers', 'Apps', 'FAQs', 'Terms', 'Privacy and cookies', 'Product Hunt API'];
const comment = (name: string, text: string, age: string, maker: boolean): string => `<div class="styles_comment__Q2mNp" data-test="comment">
<div class="flex flex-row gap-3"><a href="/@${name.toLowerCase().replace(/ /g, '')}"><img class="rounded-full" width="32" height="32" alt="${name}"></a>
<div class="flex flex-col"><div class="flex items-center gap-2"><a class="text-14 font-semibold text-dark-gray" href="#">${name}</a>
${maker ? '<span class="styles_makerBadge__zP1ae">Maker</span>' : ''}</div>
<div class="styles_commentBody__Vd8Kl text-16 text-dark-gray" data-test="comment-body">${text}</div>
<div class="flex gap-4 text-12 text-light-gray"><button class="styles_action__p2y">Upvote</button><button class="styles_action__p2y">Reply</button>
<button class="styles_action__p2y">Share</button><span>${age}</span></div></div></div></div>`;
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>Shiftnote - Scheduling that survives sick days | Product Hunt</title>
<meta name="description" content="Shiftnote is a scheduling app for hourly teams that treats swaps and sick calls as the normal case."/>
<meta property="og:title" content="Shiftnote - Scheduling that survives sick days"/><meta property="og:site_name" content="Product Hunt"/>
<link rel="preload" href="/_next/static/css/4f1c2a9e7b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1c2a9e7b.css"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":["WebApplication","Product"],"name":"Shiftnote",
"applicationCategory":"BusinessApplication","aggregateRating":{"@type":"AggregateRating","ratingValue":4.9,"ratingCount":37}}</script></head>
<body><div id="__next"><div class="styles_layout__bU7dj">
<header class="styles_header__Xk2Jq" data-test="header"><a href="/" aria-label="Product Hunt" class="styles_logo__a9B1c">Product Hunt</a>
<nav class="styles_nav__L0pQ1"><ul class="flex gap-6">${links(pNav, 'text-14 font-medium')}</ul></nav>
<a href="/login" class="styles_signIn__Ym3rE">Sign in</a></header>
<main class="styles_container__hN8s9 layoutContainer"><div class="styles_productHeader__gT1xz" data-test="post-header">
<img class="styles_thumbnail__dkf2" src="https://ph-files.imgix.net/shiftnote-logo.png" alt="Shiftnote" width="72" height="72"/>
<div class="flex flex-col"><h1 class="text-24 font-semibold text-dark-gray" data-test="post-name">${pTitle}</h1>
<h2 class="text-18 font-light text-light-gray" data-test="post-tagline">Scheduling that survives sick days</h2></div>
<div class="styles_buttons__r8Wn"><a class="styles_visit__pX1f" href="https://shiftnote.example?ref=producthunt" target="_blank">Visit</a>
<button class="styles_upvoteButton__mVb9Z" data-test="vote-button">Upvote • 612</button></div></div>
<div class="styles_badges__w3R"><span class="styles_rank__d7Y">#2 Product of the Day</span><span>Launched in</span>${links(pTopics, 'styles_topic__9kz')}
</div>
<div class="styles_gallery__pQ9a" data-test="gallery"><img src="https://ph-files.imgix.net/shiftnote-1.png" alt="Shiftnote week view"/>
<img src="https://ph-files.imgix.net/shiftnote-2.png" alt="Shiftnote swap screen"/></div>
<section class="styles_discussion__K4jL" data-test="discussion"><div class="flex justify-between"><h2 class="text-16 font-semibold">Discussion</h2>
<span class="text-14 text-light-gray">38 comments</span></div>
<form class="styles_commentForm__z"><textarea placeholder="What do you think?"></textarea><button type="submit">Comment</button></form>
<div class="styles_makerComment__A1" data-test="maker-comment">
<div class="flex flex-row gap-3"><img class="rounded-full" width="32" height="32" alt="Ines Navarro"/><div class="flex flex-col">
<div class="flex items-center gap-2"><a class="text-14 font-semibold" href="/@inesnavarro">Ines Navarro</a>
<span class="styles_makerBadge__zP1ae">Maker</span><span class="text-12 text-light-gray">📌</span></div>
<div class="styles_commentBody__Vd8Kl text-16 text-dark-gray" data-test="comment-body">
${ps(pMaker.slice(0, 4))}
<ul>${pMaker
  .slice(4, 9)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(pMaker.slice(9))}
</div><div class="flex gap-4 text-12 text-light-gray"><button>Upvote (41)</button><button>Reply</button><button>Share</button>
<span>5h ago</span></div></div></div></div>
${pComments.map(([n, t, a]) => comment(n, t, a, n === 'Tobiah Renner')).join('\n')}
<button class="styles_loadMore__X">See more comments</button></section></main>
<aside class="styles_sidebar__Cq2"><section><h3 class="text-14 font-semibold">Makers</h3><ul><li>Ines Navarro</li><li>Tobiah Renner</li></ul></section>
<section><h3 class="text-14 font-semibold">Trending launches</h3><ul>${links(pTrending)}</ul></section>
<div class="styles_ad__f1"><span>Promoted</span><a href="https://ledgerbee.example">Ledgerbee: bookkeeping for studios</a></div></aside>
<footer class="styles_footer__Pw7"><ul class="flex flex-wrap gap-4">${links(pFoot)}</ul><p>© 2026 Product Hunt</p></footer></div></div>
<div class="styles_cookieBanner__Rq" role="dialog"><p>We use cookies to improve your experience on Product Hunt.</p><button>Accept</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"shiftnote","postId":771204}},"page":"/posts/[slug]"}</script>
</body></html>`;
export const productHunt: TestPage = {
  name: 'heldout332-producthunt-launch',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pMaker),
  bylines: ['Ines Navarro', '5h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Product Hunt', ...pNav, 'Sign in', 'Scheduling that survives sick days', 'Visit', 'Upvote • 612', '#2 Product of the Day', 'Launched in',
    ...pTopics, 'Discussion', '38 comments', 'Comment', 'Maker', 'Upvote (41)', 'Reply', 'Share', ...pComments.flatMap(([n, t, a]) => [n, t, a]),
    'See more comments', 'Makers', 'Trending launches', ...pTrending, 'Promoted', 'Ledgerbee: bookkeeping for studios', ...pFoot, '© 2026 Product Hunt',
    'We use cookies to improve your experience on Product Hunt.', 'Accept',
  ],
};
