import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file e2: a Slickdeals-style deal thread (top nav, forum breadcrumb, deal box with price, list price, store
 * and "See Deal" button, thumbs score, the original poster's deal details, "Frontpage" badge, "Community Notes", the replies as
 * posts with user names, reputation and post times, "Report", "Reply" and "Quote" links, "Popular Deals" rail, footer).
 */
const dTitle = 'Kestrel 6-Qt Enameled Cast Iron Dutch Oven (Various Colors) $59.99 + Free Shipping';
const dOp = [
  j(
    'Kestrel Home has their 6-quart enameled Dutch oven for $59.99 with free shipping when you sign in. Normally $99.99 and this is',
    'the lowest I have seen outside of last year’s Black Friday. All five colors are included; the sage green is going fast.',
  ),
  'Oven safe to 500°F, works on induction',
  'Lifetime warranty against chipping on the interior',
  'Weighs about 13 lb, so not for the faint of wrist',
  'Price history on the camel site shows it bouncing between $75 and $99 since spring.',
];
const dNotes = ['Price confirmed as of 11/24 at 9:10 AM ET. Some colors show backordered until December 9.'];
const dPosts: [string, string, string, string[]][] = [
  [
    'panfried_paul',
    'Nov 24, 2026 10:02 AM',
    '1,024 Reputation',
    [
      j('Bought the 5.5 qt from them two years ago and it still looks new. The enamel is thicker than the cheap ones from the big box', 'stores. Recommended.'),
      'One tip: do not heat it empty on high. I learned that the hard way with a cheaper one and the enamel crazed.',
    ],
  ],
  ['Marisol_K', 'Nov 24, 2026 10:47 AM', '88 Reputation', ['Is this the one with the brass knob or the plastic one? The plastic knob is only rated to 400°F.']],
  [
    'dealhunter_gus',
    'Nov 24, 2026 11:15 AM',
    '3,310 Reputation',
    [
      'Brass knob on all colors now, they switched last year. Check the photos on the listing, the knob is gold.',
      'Also, their price adjustment policy is 14 days, so if it drops further on Friday you can ask for the difference.',
    ],
  ],
];
const dNav = ['Deals', 'Coupons', 'Forums', 'Deal Alerts', 'Holiday Deals', 'Credit Cards'];
const dPop = ['Wireless Earbuds w/ ANC $19.99', '4-Pack LED Bulbs $6.49', 'Cordless Drill Kit $49 + FS'];
const dFoot = ['About Us', 'Contact', 'Help', 'Privacy Notice', 'Terms of Service', 'Do Not Sell or Share My Personal Information'];
const post = (p: [string, string, string, string[]], i: number): string => `<li class="commentsListItem" id="post${9410 + i}"><div class="postbit">
<div class="postbitHeader"><a class="commentUsername" href="/u/${p[0]}">${p[0]}</a><span class="userReputation">${p[2]}</span>
<time class="commentDate">${p[1]}</time></div><div class="post_message" id="post_message_${9410 + i}">${ps(p[3])}</div>
<div class="commentFooter"><a href="#">Reply</a><a href="#">Quote</a><a href="#">Report</a><span class="commentVotes">${12 - i * 4}
helpful</span></div></div></li>`;
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} | Slickdeals.net</title>
<meta name="description" content="Kestrel Home has their 6-quart enameled Dutch oven for $59.99 with free shipping.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kestrel 6-Qt Dutch Oven $59.99",
"author":{"@type":"Person","name":"cheapskate_cora"},"datePublished":"2026-11-24T09:05:00-05:00","interactionStatistic":{"userInteractionCount":3}}</script>
<script>window.SD={"threadId":17793310,"forumId":9,"isFrontpage":true};</script></head>
<body class="threadPage"><header id="header" class="slickdealsHeader"><a class="slickdealsHeader__logo" href="/">Slickdeals</a>
<nav class="slickdealsHeader__nav"><ul>${links(dNav, 'slickdealsHeader__navItem')}</ul></nav><a class="slickdealsHeader__signIn" href="/login">Sign
In</a></header>
<div id="mainContent" class="threadPage__content"><ul class="breadcrumbs">${links(['Forums', 'Hot Deals'], 'breadcrumbs__item')}</ul>
<div class="dealDetailsMainDealBox"><div class="dealDetailsMainDealBox__badges"><span class="badge badge--frontpage">Frontpage</span></div>
<h1 class="dealTitle">${dTitle}</h1><div class="dealPrice"><span class="dealPrice__price">$59.99</span><span class="dealPrice__list">$99.99</span>
<span class="dealPrice__store">Kestrel Home</span></div><a class="dealDetailsOutclickButton button" href="/click?t=17793310" rel="nofollow">See Deal</a>
<div class="dealScore"><span class="dealScore__value">+87</span><button aria-label="Thumbs up">Thumbs Up</button></div></div>
<div class="dealDetailsPoster"><span>Posted by</span> <a class="dealDetailsPoster__name" href="/u/cheapskate_cora">cheapskate_cora</a>
<time class="dealDetailsPoster__date">Nov 24, 2026 9:05 AM</time></div>
<section class="dealDetailsRawHtml" id="detailsDescription"><h2 class="dealDetailsHeader">Deal Details</h2><p>${dOp[0]}</p><ul>${dOp
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${dOp[4]}</p></section>
<section class="communityNotes"><h2 class="communityNotes__title">Community Notes</h2>${ps(dNotes)}</section>
<div class="affiliateDisclosure"><p>Slickdeals may be compensated by merchant partners when you click on links in this thread.</p></div>
<section id="commentsApp" class="comments"><h2 class="comments__header">3 Comments</h2><div class="comments__sort"><span>Sort by</span>
<button>Oldest</button><button>Most Helpful</button></div><ol class="commentsList">${dPosts.map(post).join('\n')}</ol>
<div class="comments__join"><p>Join the conversation!</p><a class="button" href="/register">Sign Up</a></div></section></div>
<aside class="popularDeals"><h3>Popular Deals</h3><ul>${links(dPop, 'popularDeals__item')}</ul><div class="adUnit"><span>Advertisement</span></div></aside>
<footer id="footer"><ul>${links(dFoot)}</ul><p>Copyright 1999-2026 Slickdeals, LLC. All Rights Reserved.</p></footer>
<script src="https://static.slickdealscdn.example/scripts/thread.min.js" defer></script></body></html>`;
export const slickdeals: TestPage = {
  name: 'heldout317-slickdeals-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: ['Deal Details', 'Community Notes'],
  body: texts([...dOp, ...dNotes, ...dPosts.flatMap((p) => p[3])]),
  bylines: ['cheapskate_cora', 'Nov 24, 2026 9:05 AM', ...dPosts.flatMap((p) => [p[0], p[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slickdeals', ...dNav, 'Sign In', 'Hot Deals', 'Frontpage', 'See Deal', '+87', 'Thumbs Up', 'Posted by',
    'Slickdeals may be compensated by merchant partners when you click on links in this thread.', '3 Comments', 'Sort by', 'Oldest', 'Most Helpful',
    ...dPosts.map((p) => p[2]), 'Reply', 'Quote', 'Report', '12 helpful', '8 helpful', '4 helpful', 'Join the conversation!', 'Sign Up',
    'Popular Deals', ...dPop, 'Advertisement', ...dFoot, 'Copyright 1999-2026 Slickdeals, LLC. All Rights Reserved.',
  ],
};
