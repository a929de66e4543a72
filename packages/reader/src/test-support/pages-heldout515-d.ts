import { links, ps, type TestPage } from './page-kit.js';
import { gold, j, lis } from './pages-heldout515-kit.js';

/**
 * Held-out batch 515, file d: a short news post on a window cleaner's Ghost site (Casper theme, with the members
 * subscribe box), and a pest control franchise's town page on Next.js (App Router) with a reviews strip and a quote form.
 */
const gTitle = 'We’re switching to pure-water poles across every round';
const gBody = [
  j(
    'From 3 June, all three of our vans will clean with purified water and carbon-fibre poles instead of ladders, squeegees and',
    'soap. The water is filtered until there is nothing left in it to dry as a mark, so glass and frames stay clean for longer.',
  ),
  j(
    'For you, not much changes. We still come on the same day of the round and the price stays the same. You may notice that',
    'the windows are left wet: that is normal, and they will dry spot-free within the hour.',
  ),
  j(
    'The one thing we ask is that you leave side gates unlocked on your round day, because the hose reel needs to reach the back',
    'of the house. Thanks, as ever, for having us.',
  ),
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://www.sparkleround.example/assets/built/screen.css?v=b81a3c6d2f">
<meta name="description" content="From 3 June all our vans clean with purified water and poles.">
<link rel="canonical" href="https://www.sparkleround.example/pure-water-poles/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Sparkle Round"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-20T07:45:00.000Z"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Sparkle Round"},
"author":{"@type":"Person","name":"Callum Reedy"},"headline":"${gTitle}","datePublished":"2024-05-20T07:45:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://www.sparkleround.example/"
 data-key="9c2f0e1d" data-api="https://www.sparkleround.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta { display: flex; flex-direction: column; }</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://www.sparkleround.example">Sparkle Round</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="https://www.sparkleround.example/">Home</a></li><li class="nav-prices">
<a href="https://www.sparkleround.example/prices/">Prices</a></li>
<li class="nav-round-days"><a href="https://www.sparkleround.example/round-days/">Round days</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news">
<header class="article-header gh-canvas"><section class="article-tag"><a href="https://www.sparkleround.example/tag/news/">News</a></section>
<h1 class="article-title">${gTitle}</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/callum/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2024/01/callum.jpg" alt="Callum Reedy"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/callum/">Callum Reedy</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2024-05-20">May 20, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 1 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas">
${ps(gBody)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for round-day reminders</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post">
<a class="post-card-image-link" href="/gutter-clearing-dates/"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/gutter-clearing-dates/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">News</span></div>
<h2 class="post-card-title">Autumn gutter clearing dates are out</h2></header><div class="post-card-excerpt">Book a slot before the leaves come down.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2023-09-18">Sep 18, 2023</time>
<span class="post-card-meta-length">1 min read</span></footer></div></article>
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://www.sparkleround.example">Sparkle Round</a> &copy; 2024</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-contact"><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://www.sparkleround.example/assets/built/casper.js?v=b81a3c6d2f"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout515-ghost-casper-pure-water',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: gBody,
  bylines: ['Callum Reedy', 'May 20, 2024', 'Sep 18, 2023'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sparkle Round', 'Home', 'Prices', 'Round days', 'Sign in', 'Subscribe', 'News', '• 1 min read', 'Sign up for round-day reminders',
    'Enter your email', 'Autumn gutter clearing dates are out', 'Book a slot before the leaves come down.', '1 min read', 'Sparkle Round © 2024',
    'Contact', 'Powered by Ghost',
  ],
});

const nTitle = 'Pest Control in Marlow Heath';
const nLead = 'Local, BPCA-certified technicians covering Marlow Heath and the villages around it, with same-day visits for rats, mice and wasps.';
const nBody = [
  j(
    'Our Marlow Heath team is based at Station Road trading estate, so we are rarely more than 20 minutes from your door. We treat',
    'homes, cafés, farms and the business park, and we work with the district council on rodent problems around the river path.',
  ),
  'Pests we treat in Marlow Heath',
  'Rats and mice, including three-visit programmes and proofing',
  'Wasp and hornet nests from April to October',
  'Bed bugs, fleas and carpet beetles',
  'Moles on lawns and paddocks',
  'Squirrels in lofts',
  'Why rats are common here',
  j(
    'Marlow Heath sits between the River Lenn and a ring of arable farms. After the harvest in late summer, rats move from the',
    'fields towards gardens, compost heaps and outbuildings. Most of our rodent call-outs in the town come between September and',
    'December, and a good number start at a bird feeder.',
  ),
  'Nearby areas we cover',
  'Lenford, Upper Cray, Hollins Green, Ashby Wold and Cray Bridge.',
];
const nNav = ['Residential', 'Commercial', 'Pest Library', 'Locations', 'Pricing'];
const nCrumbs = ['Home', 'Locations', 'Buckinghamshire'];
const nReviews = ['“Rat problem in the shed sorted in two visits. Friendly and clear about what they were doing.”', '— Sue P., Lenford'];
const nFoot = ['About us', 'Careers', 'Franchise opportunities', 'Privacy policy', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { location: { slug: 'marlow-heath', town: 'Marlow Heath', phone: '01494 960 227' } } },
  page: '/locations/[slug]',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_a1b2c3"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/8e1b4a0f2d6c3e7a.css" data-precedence="next"/>
<script src="/_next/static/chunks/webpack-6a1f0e2c9b3d4a5e.js" async=""></script><script src="/_next/static/chunks/main-app-0b1c2d3e4f5a6b7c.js" async="">
</script>
<title>Pest Control Marlow Heath | Same-Day Visits | Shieldpoint</title><meta name="description" content="${nLead}"/>
<link rel="canonical" href="https://www.shieldpoint.example/locations/marlow-heath"/>
<meta property="og:title" content="Pest Control Marlow Heath | Shieldpoint"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PestControlService","name":"Shieldpoint Marlow Heath",
"areaServed":"Marlow Heath","telephone":"01494 960 227"}</script>
</head><body><div hidden=""><!--$--><!--/$--></div><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<div class="bg-emerald-900 text-white text-sm"><div class="mx-auto max-w-7xl px-4 py-2 flex justify-between"><p>Rated 4.9 from 2,300+ reviews</p>
<a href="tel:01494960227" class="font-semibold">01494 960 227</a></div></div>
<header class="sticky top-0 z-40 bg-white shadow-sm"><div class="mx-auto max-w-7xl px-4 flex h-16 items-center justify-between">
<a href="/" class="flex items-center gap-2"><img alt="Shieldpoint" width="150" height="32" src="/_next/static/media/logo.2f1a.svg"/></a>
<nav aria-label="Main" class="hidden lg:flex gap-8">${nNav
  .map(
    (t) => `<a class="text-sm font-medium hover:text-emerald-700"
 href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<a class="rounded-md bg-emerald-600 px-4 py-2 text-sm font-semibold text-white" href="#quote">Get a quote</a></div></header>
<main id="main"><nav aria-label="Breadcrumb" class="mx-auto max-w-7xl px-4 pt-6 text-xs text-gray-500">
<ol class="flex gap-2">${links(nCrumbs, "after:content-['/']")}
<li aria-current="page">Marlow Heath</li></ol></nav>
<section class="mx-auto max-w-7xl px-4 py-10 grid lg:grid-cols-3 gap-10"><div class="lg:col-span-2 prose prose-emerald max-w-none">
<h1 class="text-4xl font-bold tracking-tight">${nTitle}</h1><p class="lead text-lg text-gray-600">${nLead}</p>
${ps([nBody[0] ?? ''])}<h2>${nBody[1]}</h2><ul>${lis(nBody.slice(2, 7))}</ul><h2>${nBody[7]}</h2>${ps([nBody[8] ?? ''])}
<h2>${nBody[9]}</h2>${ps([nBody[10] ?? ''])}</div>
<aside id="quote" class="rounded-xl border border-gray-200 p-6 h-fit"><h2 class="text-xl font-semibold">Get a free quote</h2>
<form class="mt-4 space-y-3"><label class="block text-sm" for="q-name">Your name</label><input id="q-name" class="w-full rounded border p-2" name="name"/>
<label class="block text-sm" for="q-pc">Postcode</label><input id="q-pc" class="w-full rounded border p-2" name="postcode"/>
<label class="block text-sm" for="q-pest">What pest?</label><select id="q-pest" name="pest"><option>Rats or mice</option><option>Wasps</option>
<option>Insects</option></select>
<button type="submit" class="w-full rounded-md bg-emerald-600 py-2 font-semibold text-white">Request a call back</button></form>
<p class="mt-3 text-xs text-gray-500">We reply within 30 minutes, 8am to 8pm.</p></aside></section>
<section class="bg-gray-50 py-10"><div class="mx-auto max-w-7xl px-4"><h2 class="text-2xl font-semibold">What customers in Marlow Heath say</h2>
<figure class="mt-4"><blockquote class="text-lg">${nReviews[0]}</blockquote><figcaption class="text-sm text-gray-500">${nReviews[1]}</figcaption></figure>
</div></section></main>
<footer class="bg-emerald-950 text-emerald-100"><div class="mx-auto max-w-7xl px-4 py-10 grid gap-6 md:grid-cols-3"><div>
<p class="font-semibold">Shieldpoint Pest Control</p>
<p class="text-sm">Shieldpoint is a network of independently owned pest control businesses.</p></div><ul class="text-sm space-y-2">${links(nFoot)}</ul>
<p class="text-xs">© 2024 Shieldpoint Franchising Ltd</p></div></footer>
<script id="__NEXT_DATA__" type="application/json">${nData}</script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/8e1b4a0f2d6c3e7a.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
const nextjs: TestPage = gold({
  name: 'heldout515-nextjs-pest-town-page',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [nBody[1] ?? '', nBody[7] ?? '', nBody[9] ?? ''],
  body: [nLead, ...nBody.filter((_, i) => ![1, 7, 9].includes(i))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Rated 4.9 from 2,300+ reviews', '01494 960 227', ...nNav, 'Get a quote', ...nCrumbs, 'Get a free quote', 'Your name',
    'Postcode', 'What pest?', 'Request a call back', 'We reply within 30 minutes, 8am to 8pm.', 'What customers in Marlow Heath say', ...nReviews,
    'Shieldpoint Pest Control', 'Shieldpoint is a network of independently owned pest control businesses.', ...nFoot, '© 2024 Shieldpoint Franchising Ltd',
  ],
});

export const HELDOUT515_D: readonly TestPage[] = [ghost, nextjs];
