import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout503-kit.js';

/**
 * Held-out batch 503, file e: a thread on an escape room players' forum running Discourse (the crawler view a saved page
 * gets), and a laser tag arena's location page on a franchise's Next.js site.
 */
const fTitle = 'Booking terms: is a 100% non-refundable deposit normal now?';
const fCat = 'UK venues';
type Post = { user: string; date: string; paras: string[]; likes: string };
const fPosts: Post[] = [
  {
    user: 'padlockpete',
    date: 'Mar 3, 2026, 7:41pm',
    paras: [
      j(
        'Booked a room in Leeds for six of us next month and only noticed after paying that the whole £150 is non-refundable and',
        'can’t be moved to another date, even with a week’s notice. Is this standard now? Most places we’ve played let you move once.',
      ),
      'Not naming the venue yet because I’ve emailed them and want to give them a chance to reply.',
    ],
    likes: '2 Likes',
  },
  {
    user: 'the_cipher_sisters',
    date: 'Mar 3, 2026, 8:15pm',
    paras: [
      j(
        'It’s become more common since the pandemic, mostly because of no-shows. A room slot that is cancelled two days before',
        'usually can’t be resold. That said, refusing to move a booking with a week’s notice seems harsh to me.',
      ),
      'We always read the booking terms before paying now. If they don’t allow at least one free move, we play somewhere else.',
    ],
    likes: '5 Likes',
  },
  {
    user: 'GM_Rowan',
    date: 'Mar 4, 2026, 9:02am',
    paras: [
      j(
        'Owner of a small venue here. Our terms are: full refund up to 7 days before, free move up to 48 hours before, nothing after',
        'that. We still make exceptions for illness almost every week. I’d be surprised if the venue doesn’t help if you ask nicely.',
      ),
    ],
    likes: '7 Likes',
  },
  {
    user: 'padlockpete',
    date: 'Mar 5, 2026, 6:30pm',
    paras: ['Update: they replied and moved us to May without charge. Thanks all.'],
    likes: '3 Likes',
  },
];
const fRel = [
  ['Which rooms are good for two players?', '14', '1.2k', 'Feb 2026'],
  ['Venues that allow under 12s', '9', '860', 'Jan 2026'],
  ['Clue systems: screens, walkie-talkies or actors?', '31', '2.4k', 'Dec 2025'],
];
const fPost = (
  p: Post,
  i: number,
): string => `<div id="post_${i + 1}" itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.escapeplayers.uk/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.escapeplayers.uk/t/booking-terms-deposit/2231">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${i + 3}T19:41:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0] ?? '0'}"><span class="post-likes">${p.likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Booking terms: is a 100% non-refundable deposit normal now? - UK venues - Escape Players UK</title>
<meta name="description" content="Booked a room in Leeds for six of us next month and only noticed after paying that the whole £150 is non-refundable">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8d6f">
<link rel="canonical" href="https://forum.escapeplayers.uk/t/booking-terms-deposit/2231"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/color_definitions_light_2_3_a1b2.css?__ws=forum.escapeplayers.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_a1b2.css?__ws=forum.escapeplayers.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Escape Players UK"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"padlockpete"}}</script>
</head><body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-logo">
<a href="https://forum.escapeplayers.uk">
<img src="https://forum.escapeplayers.uk/uploads/default/original/1X/logo.png" alt="Escape Players UK" id="site-logo"></a>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/booking-terms-deposit/2231">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/uk-venues/4" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">${fCat}</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-tags"><a href="/tag/booking" class="discourse-tag">booking</a><a href="/tag/refunds" class="discourse-tag">refunds</a></div></div>
${fPosts.map(fPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRel
  .map(
    (r) => `<tr class="topic-list-item">
<td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position" content="1">
<span class="link-top-line"><a itemprop="url" href="/t/${r[1]}" class="title raw-link raw-topic-link">${r[0]}</a></span></td>
<td class="replies"><span class="posts" title="posts">${r[1]}</span></td><td class="views"><span class="views" title="views">${r[2]}</span></td>
<td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout503-discourse-deposit-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...fPosts.map((p) => p.user), ...fPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    fCat, 'booking', 'refunds', ...fPosts.map((p) => p.likes), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRel.flat(), 'Home', 'Categories',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const nTitle = 'Laser Tag in Norwich';
const nDek = 'Two floors of fog, lights and cover at Riverside Leisure Park. Games for everyone aged 6 and up.';
const nH1 = 'Opening hours';
const nHours = [
  ['Monday to Thursday', '3pm to 9pm'],
  ['Friday', '3pm to 10pm'],
  ['Saturday', '10am to 10pm'],
  ['Sunday', '10am to 7pm'],
];
const nHoursNote = 'During Norfolk school holidays we open at 10am every day.';
const nH2 = 'Game modes';
const nModes: readonly (readonly [string, string])[] = [
  ['Team Battle', 'Two or three teams score points by tagging opponents and capturing the base beacons. Our most popular mode.'],
  ['Solo Survivor', 'Every player for themselves. You have five lives; the last player standing wins.'],
  ['Zombie Outbreak', 'One player starts as the zombie. Anyone they tag joins the horde. Great for parties.'],
];
const nH3 = 'Prices';
const nPrices = ['One game (15 minutes): £8.50', 'Two games: £14', 'Three games: £19', 'Family ticket, 4 players, 2 games each: £48'];
const nPricesNote = j(
  'Games run every 20 minutes and can hold up to 24 players. Groups of 10 or more should book ahead, and private arena hire',
  'is available for groups of 16 or more.',
);
const nNav = ['Locations', 'Laser Tag', 'Parties', 'Corporate', 'Gift Cards'];
const nOther = ['Ipswich', 'Peterborough', 'Cambridge', 'Colchester'];
const nFoot = ['About Photon Arena', 'Careers', 'Franchise with us', 'Privacy', 'Cookie policy', 'Terms'];
const nJson = JSON.stringify({ props: { pageProps: { location: { slug: 'norwich', name: 'Norwich', phone: '01603 555 812' } } }, page: '/locations/[slug]' });
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>Laser Tag Norwich | Photon Arena</title>
<meta name="description" content="Laser tag in Norwich at Riverside Leisure Park. Book games and parties online."><meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/css/9a1b2c3d4e5f.css" as="style"><link rel="stylesheet" href="/_next/static/css/9a1b2c3d4e5f.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EntertainmentBusiness","name":"Photon Arena Norwich",
"address":{"@type":"PostalAddress","streetAddress":"Riverside Leisure Park","addressLocality":"Norwich","postalCode":"NR1 1WX"}}</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3f1c.js" defer=""></script><script src="/_next/static/chunks/framework-8a2d.js" defer=""></script>
<script src="/_next/static/chunks/pages/locations/%5Bslug%5D-5e1d.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
<header class="sticky top-0 z-40 bg-slate-950/90 backdrop-blur"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2"><img alt="Photon Arena" src="/_next/image?url=%2Flogo.svg&amp;w=128&amp;q=75" width="128" height="32"></a>
<nav class="hidden gap-6 md:flex">${nNav
  .map((n) => `<a class="text-sm font-semibold text-white hover:text-lime-400" href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a>`)
  .join('')}</nav><a class="rounded-full bg-lime-400 px-5 py-2 text-sm font-bold text-slate-950" href="/locations/norwich/book">Book now</a>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6"></svg></button></div></header>
<main id="main"><section class="relative overflow-hidden bg-slate-950 text-white"><div class="mx-auto max-w-7xl px-4 py-20">
<nav aria-label="Breadcrumb" class="mb-4 text-xs text-slate-400"><ol class="flex gap-2"><li><a href="/locations">Locations</a></li><li aria-hidden="true">/</li>
<li aria-current="page">Norwich</li></ol></nav><h1 class="text-5xl font-black tracking-tight">${nTitle}</h1>
<p class="mt-4 max-w-xl text-lg text-slate-300">${nDek}</p>
<div class="mt-6 flex gap-3"><a class="rounded-full bg-lime-400 px-6 py-3 font-bold text-slate-950" href="/locations/norwich/book">Book now</a>
<a class="rounded-full border border-white px-6 py-3 font-bold" href="/parties">Party packages</a></div></div></section>
<section class="mx-auto grid max-w-7xl gap-12 px-4 py-16 lg:grid-cols-3"><div class="lg:col-span-2 space-y-12"><div>
<h2 class="text-3xl font-bold">${nH2}</h2><div class="mt-6 grid gap-6 md:grid-cols-3">${nModes
  .map(
    (m) => `<div class="rounded-xl bg-slate-900 p-6 text-white">
<h3 class="text-xl font-bold text-lime-400">${m[0]}</h3><p class="mt-2 text-slate-300">${m[1]}</p></div>`,
  )
  .join('\n')}</div></div>
<div><h2 class="text-3xl font-bold">${nH3}</h2><ul class="mt-4 list-disc space-y-1 pl-6">${lis(nPrices)}</ul><p class="mt-4">${nPricesNote}</p></div></div>
<aside class="space-y-6"><div class="rounded-xl border border-slate-200 p-6"><h2 class="text-xl font-bold">${nH1}</h2>
<table class="mt-4 w-full text-sm"><tbody>${trs(nHours)}</tbody></table><p class="mt-3 text-sm text-slate-600">${nHoursNote}</p></div>
<div class="rounded-xl border border-slate-200 p-6"><h2 class="text-xl font-bold">Find us</h2>
<address class="not-italic">Unit 3, Riverside Leisure Park, Norwich NR1 1WX</address>
<a class="text-lime-700 underline" href="tel:01603555812">01603 555 812</a></div></aside></section>
<section class="bg-slate-100 py-12"><div class="mx-auto max-w-7xl px-4"><h2 class="text-2xl font-bold">What players say</h2>
<div class="mt-6 flex gap-6 overflow-x-auto"><figure class="min-w-[18rem] rounded-xl bg-white p-6">
<blockquote>“Brilliant arena, staff were great with the kids.”</blockquote>
<figcaption class="mt-2 text-sm text-slate-500">Google review, 5 stars</figcaption></figure></div></div></section>
<section class="mx-auto max-w-7xl px-4 py-12"><h2 class="text-2xl font-bold">Other locations near you</h2><ul class="mt-4 flex flex-wrap gap-4">
${links(nOther, 'rounded-full border px-4 py-1')}</ul></section></main>
<footer class="bg-slate-950 py-12 text-slate-400"><div class="mx-auto max-w-7xl px-4"><ul class="grid grid-cols-2 gap-2 md:grid-cols-6">${links(nFoot)}</ul>
<p class="mt-8 text-xs">© 2026 Photon Arena Leisure Ltd. Registered in England No. 11223344.</p></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div class="ot-sdk-row">
<div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2>
<div id="onetrust-policy-text">We use cookies to run our booking system, measure visits and show you relevant offers.</div></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${nJson}</script></body></html>`;
const nextArena: TestPage = {
  name: 'heldout503-nextjs-laser-tag',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH2, ...nModes.map((m) => m[0]), nH3, nH1],
  body: texts([nDek, ...nModes.map((m) => m[1]), ...nPrices, nPricesNote, ...rowTexts(nHours), nHoursNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Book now', 'Locations', 'Norwich', 'Party packages', 'Find us', 'Unit 3, Riverside Leisure Park, Norwich NR1 1WX',
    '01603 555 812', 'What players say', '“Brilliant arena, staff were great with the kids.”', 'Google review, 5 stars', 'Other locations near you',
    ...nOther, ...nFoot, '© 2026 Photon Arena Leisure Ltd. Registered in England No. 11223344.', 'We value your privacy',
    'We use cookies to run our booking system, measure visits and show you relevant offers.', 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT503_E: readonly TestPage[] = [discourseThread, nextArena].map(settle);
