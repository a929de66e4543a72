import { links, type TestPage } from './page-kit.js';
import { type Block, flow, gold, j } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file d: an osteopathy practice's journal post on Ghost (Casper theme) with a feature image caption, a
 * callout card, the members sign-up box and read-more cards, and a physiotherapy chain's condition page on Next.js.
 */
const gTitle = 'Why your back aches after a day at the desk';
const gDek = 'It is not your posture that is wrong. It is staying in any one posture for too long.';
const gCallout = j(
  'Try the 30-30 rule: every 30 minutes, spend 30 seconds doing something different. Stand up, reach for the ceiling, or walk to the',
  'kettle the long way round.',
);
const gBlocks: Block[] = [
  j(
    'Most of the desk workers who come to see us with an aching lower back expect to be told to sit up straight. They are usually surprised',
    'when we do not. Research has struggled to link any single sitting posture with back pain, and people with perfect posture get sore backs',
    'too.',
  ),
  { h: 2, t: 'The problem is stillness' },
  j(
    'Your spine and the muscles around it are built to move. When you hold one position for an hour or more, the same tissues carry the same',
    'load the whole time, and the small discs between your vertebrae lose some of the movement that helps them stay healthy. The result is',
    'the familiar stiff, dull ache that builds through the afternoon and eases when you get up and walk about.',
  ),
  { h: 2, t: 'What helps' },
  j(
    'Changing position often matters more than finding the perfect chair. Slouching for ten minutes is fine, as long as you then sit',
    'differently, stand or move. A few simple habits make a real difference:',
  ),
  {
    ul: [
      'Put your water glass at the far end of the office so you have to get up to refill it.',
      'Take phone calls standing up.',
      'Set your screen at eye height so that you are not craning forward for hours.',
      'Walk for ten minutes at lunchtime, even in the rain.',
    ],
  },
  { h: 2, t: 'When to get it checked' },
  j(
    'If your back pain does not ease when you move, spreads down one leg below the knee, or keeps you awake at night, book an assessment with',
    'an osteopath or your GP. Most desk-related back ache is not serious, but it is worth ruling out other causes.',
  ),
];
const gNav = ['Home', 'Treatments', 'Our osteopaths', 'Journal', 'Book online'];
const gRead: [string, string, string][] = [
  ['Is cracking your knuckles bad for you?', 'Dec 2, 2025', '4 min read'],
  ['Gardening without the backache', 'Oct 21, 2025', '6 min read'],
  ['What happens at your first osteopathy appointment', 'Sep 8, 2025', '3 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://loamstreetosteopaths.co.uk/assets/built/screen.css?v=8a4c2e1f07">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://loamstreetosteopaths.co.uk/why-your-back-aches-desk/">
<meta property="og:site_name" content="Loam Street Osteopaths"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-09T08:30:00.000Z">
<meta property="article:tag" content="Posture"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Loam Street
Osteopaths"},"author":{"@type":"Person","name":"Tomasz Wren"},"headline":"${gTitle}","datePublished":"2026-01-09T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://loamstreetosteopaths.co.uk/"
data-key="3b9f0c2a1d8e7f6a5b4c3d2e1f" data-api="https://loamstreetosteopaths.co.uk/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content, .gh-post-upgrade-cta { display: flex; flex-direction: column; align-items: center; }</style>
<link rel="stylesheet" type="text/css" href="https://loamstreetosteopaths.co.uk/public/cards.min.css?v=8a4c2e1f07"></head>
<body class="post-template tag-posture is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://loamstreetosteopaths.co.uk">Loam Street Osteopaths</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
<path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-posture ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/posture/">Posture</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tomasz/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2024/05/tomasz.jpg" alt="Tomasz Wren"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomasz/">Tomasz Wren</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-09">Jan 9, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2026/01/desk.jpg 300w, /content/images/size/w2000/2026/01/desk.jpg 2000w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/01/desk.jpg" alt="A laptop on a desk beside a window">
<figcaption><span style="white-space: pre-wrap;">Photo by Ines Abernethy</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${flow(gBlocks.slice(0, 3), '')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text">${gCallout}</div></div>
${flow(gBlocks.slice(3))}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([t, d, r], i) => `<article class="post-card post tag-posture"><a class="post-card-image-link" href="/read-${i}/">
<img class="post-card-image" src="/content/images/size/w600/read-${i}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/read-${i}/"><header class="post-card-header"><h3 class="post-card-title">${t}</h3>
</header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025">${d}</time><span class="post-card-meta-length">${r}</span></footer></div>
</article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://loamstreetosteopaths.co.uk">Loam Street Osteopaths</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container">
<div class="pswp__item"></div></div>
<div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div></div>
<script src="https://loamstreetosteopaths.co.uk/assets/built/casper.js?v=8a4c2e1f07"></script></body></html>`;
const loam: TestPage = {
  name: 'heldout569-ghost-desk-back-ache',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gold(gBlocks).headings,
  body: [gDek, ...gold(gBlocks.slice(0, 3)).body, gCallout, ...gold(gBlocks.slice(3)).body],
  bylines: ['Tomasz Wren', 'Jan 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loam Street Osteopaths', ...gNav, 'Sign in', 'Subscribe', '5 min read', 'Photo by Ines Abernethy', 'Sign up for more like this.',
    'Enter your email', ...gRead.flat(), 'Loam Street Osteopaths © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const mTitle = 'Tennis elbow';
const mDek = 'Pain on the outside of the elbow that flares when you grip, lift or turn a handle.';
const mBlocks: Block[] = [
  { h: 2, t: 'What is tennis elbow?' },
  j(
    'Tennis elbow, or lateral elbow tendinopathy, is irritation of the tendon that attaches the forearm muscles to the bony point on the',
    'outside of your elbow. Despite the name, fewer than one in ten people who get it play tennis. It is far more common in people whose work',
    'or hobbies involve repeated gripping, such as plasterers, chefs and keen gardeners.',
  ),
  { h: 2, t: 'Symptoms' },
  {
    ul: [
      'Pain on the outside of the elbow, sometimes spreading down the forearm',
      'Pain when gripping, shaking hands or lifting a full kettle',
      'A weaker grip than on the other side',
      'Stiffness first thing in the morning',
    ],
  },
  { h: 2, t: 'How long does it last?' },
  j(
    'Left alone, tennis elbow often settles within a year, but it can come back. With a structured exercise programme most people notice a',
    'clear improvement within six to twelve weeks.',
  ),
  { h: 2, t: 'How physiotherapy helps' },
  j('Your physio will confirm the diagnosis, rule out problems in your neck, and look at the tasks that flare your pain. Treatment usually', 'includes:'),
  {
    ul: [
      'Exercises that load the tendon gradually, starting with holds and building up to slow lifting',
      'Advice on changing your grip and tools at work',
      'A forearm strap for short-term relief during heavy tasks',
      'Shockwave therapy if progress stalls after three months',
    ],
  },
  { h: 2, t: 'When to see a GP' },
  j(
    'See your GP, or call us straight away, if your elbow is hot, red and swollen, if you cannot move it after a fall, or if you have numbness',
    'or tingling in your hand.',
  ),
];
const mHeads = gold(mBlocks).headings;
const mNav = ['Conditions', 'Treatments', 'Locations', 'Pricing', 'For employers'];
const mCrumbs = ['Home', 'Conditions', 'Elbow'];
const mFootCols: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Press']],
  ['Help', ['FAQs', 'Insurance partners', 'Contact us']],
  ['Legal', ['Privacy policy', 'Terms', 'Cookie settings']],
];
const mNext = JSON.stringify({
  props: { pageProps: { condition: { slug: 'tennis-elbow', title: mTitle, summary: mDek, reviewer: 'Priya Okonjo-Hale' } }, __N_SSG: true },
  page: '/conditions/[region]/[slug]',
  query: { region: 'elbow', slug: 'tennis-elbow' },
  buildId: 'hV3kq9Tz0bYx1cR2sW4eL',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const mProse = ((): string => {
  let k = 0;
  return flow(mBlocks).replace(/<h2>/g, () => `<h2 id="s${k++}">`);
})();
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Tennis elbow: symptoms, recovery and physio treatment | Motion Lab Physio</title><meta name="description" content="${mDek}"/>
<link rel="canonical" href="https://www.motionlabphysio.co.uk/conditions/elbow/tennis-elbow"/>
<meta property="og:title" content="Tennis elbow | Motion Lab Physio"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","about":{"@type":"MedicalCondition","name":"Lateral elbow
tendinopathy"},"lastReviewed":"2026-03-03","reviewedBy":{"@type":"Person","name":"Priya Okonjo-Hale"}}</script>
<meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/4b1e6f2a9c0d3e58.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/4b1e6f2a9c0d3e58.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-2f0e1d3c4b5a6978.js" defer=""></script><script src="/_next/static/chunks/framework-ca706bf673a13738.js" defer="">
</script>
<script src="/_next/static/chunks/pages/conditions/%5Bregion%5D/%5Bslug%5D-8d2e4a1c7b9f0e36.js" defer=""></script></head>
<body><div id="__next">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">Skip
to content</a>
<div class="bg-teal-900 px-4 py-2 text-center text-sm text-white">New: evening appointments until 9pm at all London clinics</div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 lg:px-8">
<a class="flex items-center gap-2" href="/">
<img alt="Motion Lab Physio" loading="lazy" width="148" height="32" decoding="async" data-nimg="1" style="color:transparent"
src="/_next/static/media/logo.5c9e2a1b.svg"/>
</a>
<nav aria-label="Main" class="hidden lg:block"><ul class="flex items-center gap-8 text-sm font-medium text-slate-700">${mNav
  .map(
    (t) => `<li>
<a class="hover:text-teal-700" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="flex items-center gap-3"><a class="hidden text-sm font-medium text-slate-700 sm:block" href="tel:03300000418">0330 000 0418</a>
<a class="rounded-full bg-teal-600 px-5 py-2 text-sm font-semibold text-white hover:bg-teal-700" href="/book">Book now</a>
<button type="button" class="lg:hidden" aria-label="Open menu" aria-expanded="false">
<svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke="currentColor"></svg></button></div></div></header>
<main id="main" class="mx-auto max-w-7xl px-4 pb-24 pt-8 lg:px-8"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500">
<ol class="flex flex-wrap items-center gap-2">
${mCrumbs
  .map(
    (t) => `<li class="flex items-center gap-2"><a class="hover:underline" href="/${t.toLowerCase()}">${t}</a><span aria-hidden="true">/</span>
</li>`,
  )
  .join('')}<li aria-current="page" class="text-slate-900">${mTitle}</li></ol></nav>
<div class="grid gap-12 lg:grid-cols-[220px_minmax(0,1fr)_300px]"><aside class="hidden lg:block"><div class="sticky top-24">
<p class="mb-3 text-xs font-semibold uppercase tracking-wider text-slate-500">On this page</p>
<ul class="space-y-2 border-l border-slate-200 text-sm">${mHeads
  .map(
    (h, i) => `<li>
<a class="-ml-px block border-l-2 border-transparent pl-4 text-slate-600 hover:border-teal-600" href="#s${i}">${h}</a></li>`,
  )
  .join('')}</ul></div></aside>
<article class="min-w-0"><header class="mb-8"><p class="mb-2 text-sm font-semibold text-teal-700">Elbow conditions</p>
<h1 class="text-4xl font-bold tracking-tight text-slate-900">${mTitle}</h1>
<p class="mt-4 text-xl text-slate-600">${mDek}</p><div class="mt-6 flex items-center gap-3 text-sm text-slate-600">
<img alt="" loading="lazy" width="40" height="40" class="rounded-full" src="/_next/image?url=%2Fteam%2Fpriya.jpg&amp;w=96&amp;q=75"/>
<div><p>Medically reviewed by <a class="font-medium text-slate-900 underline" href="/team/priya-okonjo-hale">Priya Okonjo-Hale</a>, MCSP, Clinical Lead</p>
<p>Last reviewed: <time dateTime="2026-03-03">3 March 2026</time></p></div></div></header>
<div class="prose prose-slate max-w-none prose-headings:scroll-mt-24">${mProse}</div>
<div class="mt-12 rounded-xl border border-slate-200 p-6"><p class="font-semibold text-slate-900">Was this page helpful?</p><div class="mt-3 flex gap-3">
<button class="rounded-full border px-4 py-1 text-sm">Yes</button><button class="rounded-full border px-4 py-1 text-sm">No</button></div></div></article>
<aside class="space-y-6"><div class="rounded-2xl bg-teal-50 p-6"><h2 class="text-lg font-semibold text-slate-900">Book a physio near you</h2>
<p class="mt-2 text-sm text-slate-700">Appointments from £49 at 14 clinics. Most insurers accepted.</p><form class="mt-4" action="/locations">
<label for="postcode" class="sr-only">Postcode</label>
<input id="postcode" name="postcode" placeholder="Enter your postcode" class="w-full rounded-lg border px-3 py-2"/>
<button type="submit" class="mt-3 w-full rounded-full bg-teal-600 py-2 font-semibold text-white">Find a clinic</button></form></div>
<div class="rounded-2xl border border-slate-200 p-6"><h2 class="text-lg font-semibold text-slate-900">Related conditions</h2><ul class="mt-3 space-y-2 text-sm">
${['Golfer’s elbow', 'Wrist tendinopathy', 'Neck pain']
  .map(
    (t) => `<li>
<a class="text-teal-700 hover:underline" href="/conditions/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></div></aside></div>
</main>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-12 sm:grid-cols-3 lg:px-8">
${mFootCols
  .map(
    ([h, ls]) => `<div><h3 class="text-sm font-semibold text-slate-900">${h}</h3>
<ul class="mt-4 space-y-2 text-sm text-slate-600">${links(ls)}</ul></div>`,
  )
  .join('')}</div>
<p class="pb-8 text-center text-xs text-slate-500">© 2026 Motion Lab Physio Ltd. Registered in England and Wales.</p></footer></div>
<next-route-announcer>
<p aria-live="assertive" id="__next-route-announcer__" role="alert"
style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap;word-wrap:normal">
</p></next-route-announcer>
<script id="__NEXT_DATA__" type="application/json">${mNext}</script></body></html>`;
const motionLab: TestPage = {
  name: 'heldout569-nextjs-tennis-elbow',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [mDek, ...gold(mBlocks).body],
  bylines: ['Medically reviewed by Priya Okonjo-Hale, MCSP, Clinical Lead', 'Last reviewed: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'New: evening appointments until 9pm at all London clinics', ...mNav, '0330 000 0418', 'Book now', 'Home', 'On this page',
    'Elbow conditions', 'Was this page helpful?', 'Yes', 'No', 'Book a physio near you', 'Appointments from £49 at 14 clinics. Most insurers accepted.',
    'Postcode', 'Find a clinic', 'Related conditions', 'Golfer’s elbow', 'Wrist tendinopathy', 'Neck pain', ...mFootCols.flatMap(([h, ls]) => [h, ...ls]),
    '© 2026 Motion Lab Physio Ltd. Registered in England and Wales.',
  ],
};

export const HELDOUT569_D: readonly TestPage[] = [loam, motionLab];
