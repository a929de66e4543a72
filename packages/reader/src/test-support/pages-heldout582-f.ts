import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout582-kit.js';

/**
 * Held-out batch 582, file f: a day-trip page of a tour operator on Next.js (App Router, Tailwind) with a sticky booking card,
 * rating, fact chips and reviews, and a Discourse thread (crawler view) about a changed pickup point.
 */
const nTitle = 'Loch Tarran and the Black Isle Distillery';
const nLead = 'A full day among lochs and glens with a distillery tour and a lunch stop by the water.';
const nHigh = ['Cruise on Loch Tarran aboard the MV Sorcha', 'Guided tour and tasting at the Black Isle Distillery', 'Photo stop at the Falls of Craig'];
const nPlan: [string, string][] = [
  ['08:00', 'Depart Inverallan bus station, stance 3'],
  ['10:15', 'One-hour cruise from Tarran pier'],
  ['12:30', 'Lunch stop in Dalmore village (own expense)'],
  ['14:00', 'Distillery tour and tasting'],
  ['18:15', 'Return to Inverallan'],
];
const nMeet = j(
  'Meet your driver at stance 3 of Inverallan bus station fifteen minutes before departure. Look for the green Cairnline coach.',
  'There is no pickup from hotels on this trip.',
);
const nFacts = ['10 hours', 'Max 24 guests', 'English', 'Mobile ticket'];
const nRevs: [string, string, string][] = [
  ['Hannah', 'March 2026', 'Fantastic day, and the driver knew every story about the glen.'],
  ['Dev', 'February 2026', 'Cruise was cold but worth it. Bring a hat!'],
];
const nCls = 'text-base leading-7 text-slate-700';
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0388 __variable_a6e1b9"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/8e2a6b1f9c7d4e10.css"
data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-4f7c1a2b.js"/><script src="/_next/static/chunks/main-app-6d2a0b91.js"
async=""></script>
<title>${nTitle} | Cairnline Tours</title><meta name="description" content="${nLead}"/><link rel="canonical"
href="https://www.cairnlinetours.com/tours/loch-tarran-distillery"/>
<meta property="og:title" content="${nTitle}"/><meta name="next-size-adjust"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${nTitle}",
"offers":{"@type":"Offer","price":"64","priceCurrency":"GBP"}}</script>
</head><body class="min-h-screen bg-white font-sans antialiased"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="sticky top-0 z-40 border-b bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a class="text-xl font-bold text-emerald-800" href="/">Cairnline Tours</a><nav class="hidden gap-6 md:flex">
<a class="text-sm font-medium hover:text-emerald-700" href="/tours">All tours</a><a class="text-sm font-medium hover:text-emerald-700"
href="/private-hire">Private hire</a>
<a class="text-sm font-medium hover:text-emerald-700" href="/gift-cards">Gift cards</a><a class="text-sm font-medium hover:text-emerald-700"
href="/help">Help</a></nav>
<button type="button" aria-label="Open menu" class="md:hidden"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button></div></header>
<main id="main" class="mx-auto max-w-7xl px-4 py-8"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/tours">Day tours</a></li></ol></nav>
<div class="grid gap-10 lg:grid-cols-[1fr_360px]"><div><h1 class="text-3xl font-bold tracking-tight md:text-4xl">${nTitle}</h1>
<div class="mt-2 flex items-center gap-2 text-sm"><span class="font-semibold">4.8</span><span class="text-slate-500">(312 reviews)</span></div>
<div class="mt-6 overflow-hidden rounded-2xl"><img alt="Loch Tarran from the pier" loading="eager" width="1200" height="675" decoding="async"
style="color:transparent" srcSet="/_next/image?url=%2Fimg%2Ftarran.jpg&amp;w=1200&amp;q=75 1x"
src="/_next/image?url=%2Fimg%2Ftarran.jpg&amp;w=1200&amp;q=75"/></div>
<ul class="mt-6 flex flex-wrap gap-3">${nFacts.map((f) => `<li class="rounded-full bg-slate-100 px-3 py-1 text-sm">${f}</li>`).join('')}</ul>
<p class="mt-6 text-lg text-slate-700">${nLead}</p>
<section class="mt-10"><h2 class="text-2xl font-semibold">Highlights</h2><ul class="mt-4 list-disc space-y-2 pl-5">${lis(nHigh, nCls)}</ul></section>
<section class="mt-10"><h2 class="text-2xl font-semibold">Itinerary</h2><ol class="mt-4 border-l-2 border-emerald-600 pl-6">${nPlan
  .map(([t, s]) => `<li class="mb-6"><time class="block text-sm font-semibold text-emerald-700">${t}</time><p class="${nCls}">${s}</p></li>`)
  .join('')}</ol></section>
<section class="mt-10"><h2 class="text-2xl font-semibold">Meeting point</h2>${ps([nMeet], ` class="mt-4 ${nCls}"`)}</section>
<section class="mt-12 border-t pt-8"><h2 class="text-2xl font-semibold">What travellers say</h2>${nRevs
  .map(
    ([n, d, t]) => `<figure class="mt-6 rounded-xl border p-4"><blockquote class="${nCls}">${t}</blockquote><figcaption class="mt-2 text-sm text-slate-500">
<span class="font-medium">${n}</span> · <span>${d}</span></figcaption></figure>`,
  )
  .join('')}<button class="mt-6 text-sm font-semibold text-emerald-700 underline">Show all 312 reviews</button></section></div>
<aside class="lg:sticky lg:top-24 lg:self-start"><div class="rounded-2xl border p-6 shadow-sm"><p class="text-sm text-slate-500">From</p>
<p class="text-3xl font-bold">£64<span class="text-base font-normal text-slate-500"> per adult</span></p><label for="date" class="mt-4 block text-sm
font-medium">Select date</label>
<input id="date" type="date" class="mt-1 w-full rounded-md border p-2"/><button class="mt-4 w-full rounded-lg bg-emerald-700 py-3 font-semibold
text-white">Book now</button>
<p class="mt-3 text-xs text-slate-500">Free cancellation up to 24 hours before</p></div></aside></div></main>
<footer class="mt-16 border-t bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10 text-sm
text-slate-600"><p>© 2026 Cairnline Tours Ltd. All rights reserved.</p>
<div class="mt-4 flex gap-4"><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/cookies">Cookies</a></div></div></footer>
<script src="/_next/static/chunks/webpack-4f7c1a2b.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/8e2a6b1f9c7d4e10.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"6:[\\"$\\",\\"h1\\",null,{\\"className\\":\\"text-3xl font-bold\\",\\"children\\":\\"${nTitle}\\"}]\\n"])</script>
</body></html>`;
const next: TestPage = {
  name: 'heldout582-nextjs-day-tour',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Highlights', 'Itinerary', 'Meeting point'],
  body: texts([nLead, ...nHigh, ...nPlan.flat(), nMeet]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cairnline Tours', 'All tours', 'Private hire', 'Gift cards', 'Help', 'Home', '/', 'Day tours', '4.8', '(312 reviews)', ...nFacts,
    'What travellers say', ...nRevs.flat(), '·', 'Show all 312 reviews', 'From', '£64', 'per adult', 'Select date', 'Book now',
    'Free cancellation up to 24 hours before', '© 2026 Cairnline Tours Ltd. All rights reserved.', 'Terms', 'Privacy', 'Cookies',
  ],
};

const fTitle = 'Pickup point changed two days before departure – is that allowed?';
const fPosts: [string, string, string[]][] = [
  [
    'brenda_on_tour',
    'March 3, 2026,  6:41pm',
    [
      j(
        'We are booked on a five-day tour to the Lakes with a company I won\u2019t name yet. Our tickets said pickup at Denby Cross',
        'at 07:45, which is a five-minute walk from home. Today a text arrived moving us to the retail park at Holm Lane, two',
        'miles away, at 07:15.',
      ),
      'Can they do that? There is no bus that early and a taxi will cost us £15 each way.',
    ],
  ],
  [
    'oldroutemaster',
    'March 3, 2026,  8:02pm',
    [
      j(
        'Have a look at their booking conditions. Most operators reserve the right to change pickup points, but the better ones',
        'say they will only move you to another point within a set distance, or give you the choice of a refund.',
      ),
      'Two miles and half an hour earlier sounds like a significant change to me. I would ring them and ask for a nearer stop.',
    ],
  ],
  [
    'brenda_on_tour',
    'March 4, 2026, 11:20am',
    [
      j(
        'Update: rang them this morning. Apparently Denby Cross is closed for roadworks that week. They have offered to send',
        'the feeder minibus to our door at no charge, so all sorted. Thanks for the push!',
      ),
    ],
  ],
];
const fRel: [string, string, string, string][] = [
  ['Feeder coaches – how do they work?', '7', '1.2k', 'Jan 2026'],
  ['Refund when the hotel was changed', '12', '2.4k', 'Nov 2025'],
];
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${fTitle} - Booking and refunds - Coach Holiday Forum</title>
<meta name="description" content="We are booked on a five-day tour to the Lakes with a company I won’t name yet."><meta name="generator"
content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.coachholidays.org.uk/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.coachholidays.org.uk/t/pickup-point-changed-two-days-before-departure-is-that-allowed/4412">
<link href="/stylesheets/desktop_4a6f1d1c.css?__ws=forum.coachholidays.org.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Coach Holiday Forum"><meta property="og:type" content="website"><meta property="article:published_time"
content="2026-03-03T18:41:09+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"brenda_on_tour"}}</script>
</head><body class="crawler "><header><a href="/"><img src="https://forum.coachholidays.org.uk/uploads/default/original/1X/logo.png" alt="Coach Holiday Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/pickup-point-changed-two-days-before-departure-is-that-allowed/4412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/booking-and-refunds/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #F7941D'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Booking and refunds</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-list-tags"><a href="/tag/pickup" class="discourse-tag">pickup</a> <a href="/tag/changes" class="discourse-tag">changes</a></div></div>
${fPosts
  .map(
    ([u, d, ps_], n) => `<div id='post_${n + 1}' itemprop='${n === 0 ? 'mainEntity' : 'comment'}'
itemscope itemtype='http://schema.org/${n === 0 ? 'DiscussionForumPosting' : 'Comment'}'
class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.coachholidays.org.uk/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.coachholidays.org.uk/t/pickup-point-changed-two-days-before-departure-is-that-allowed/4412">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-03-0${n < 2 ? 3 : 4}T18:41:09Z' class='post-time'>${d}</time>
<meta itemprop='dateModified' content='2026-03-03T18:41:09Z'><span itemprop='position'>${n + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(ps_)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${3 - n}" />
<span class='post-likes'>${3 - n} ${n === 2 ? 'Like' : 'Likes'}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'>
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item" id="topic-list-item-${r}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${r}'><span class="link-top-line"><a itemprop='url' href='/t/x/${r}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/booking-and-refunds/6' class='badge-wrapper bullet'><span class='badge-category-bg'
style='background-color: #F7941D'></span>
<span class='badge-category clear-badge'><span class='category-name'>Booking and refunds</span></span></a></div></td><td class="replies"><span class='posts'
title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/categories' itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/guidelines' itemprop="url">Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/tos' itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout582-discourse-pickup-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p[2])),
  bylines: ['brenda_on_tour', 'oldroutemaster', ...fPosts.map((p) => p[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Booking and refunds', 'pickup', 'changes', '1', '2', '3', '3 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...fRel.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT582_F: readonly TestPage[] = [next, discourse];
