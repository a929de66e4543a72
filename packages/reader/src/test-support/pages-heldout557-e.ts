import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file e: a help-centre article on comparing installer quotes on a Next.js marketplace (Tailwind classes,
 * a category sidebar, an "On this page" list, a helpfulness widget, __NEXT_DATA__) and a short co-op notice on Hugo (PaperMod).
 */
const nTitle = 'How to compare solar and battery quotes';
const nDek = 'Three quotes for the same roof can look nothing alike. Here is how to line them up.';
const nBody = [
  j(
    'When you request quotes through Roofwise, up to three vetted installers can contact you. Each will survey your home and send',
    'a quote in their own format. This article explains which figures to compare and which to treat with care.',
  ),
  'Compare the system, not the headline price',
  j(
    'Write down the total panel output in kWp, the battery\u2019s usable capacity in kWh and the inverter size for each quote. A',
    'cheaper quote with a smaller system is not a saving.',
  ),
  'Check the generation estimate',
  j(
    'Certified installers must give a generation estimate worked out the same way. If one quote claims far more output than the',
    'others for a similar system, ask how shading was assessed.',
  ),
  'What should be included',
  'scaffolding and its removal',
  'the network operator application',
  'certification and registration of the system',
  'a workmanship warranty of at least two years',
  j('If an item is missing, ask the installer to add it or confirm in writing that it is included.'),
];
const nCats = ['Getting started', 'Comparing quotes', 'Finance and grants', 'After installation', 'For installers'];
const nOn = [at(nBody, 1), at(nBody, 3), at(nBody, 5)];
const nData = JSON.stringify({
  props: { pageProps: { article: { slug: 'compare-quotes', title: nTitle, category: 'Comparing quotes' } } },
  page: '/help/[slug]',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Roofwise Help Centre</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://roofwise.co.uk/help/compare-quotes"/>
<meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/4c2a1e9b7f.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/4c2a1e9b7f.css"
data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5a1b.js" defer=""></script><script src="/_next/static/chunks/pages/help/%5Bslug%5D-9e0d.js" defer=""></script></head>
<body><div id="__next"><a href="#content" class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a class="flex items-center gap-2 font-semibold text-slate-900" href="/"><svg class="h-6 w-6" aria-hidden="true"></svg><span>Roofwise</span></a>
<nav class="hidden gap-6 text-sm md:flex"><a class="text-slate-600 hover:text-slate-900" href="/quotes">Get quotes</a>
<a class="text-slate-600 hover:text-slate-900"
href="/installers">Find an installer</a><a class="font-medium text-slate-900" href="/help">Help Centre</a></nav>
<form class="relative hidden lg:block" role="search"><label class="sr-only" for="help-search">Search help articles</label><input id="help-search" type="search"
placeholder="Search help articles" class="w-64 rounded-md border border-slate-300 py-1.5 pl-8 text-sm"/></form></div></header>
<div class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-10 lg:grid-cols-[220px_1fr_200px]"><aside class="hidden lg:block">
<p class="mb-3 text-xs font-semibold
uppercase tracking-wide text-slate-500">Categories</p><ul class="space-y-2 text-sm">${links(nCats, 'text-slate-700')}</ul></aside>
<main id="content" class="min-w-0"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/help">Help Centre</a>
</li>
<li aria-hidden="true">/</li><li><a href="/help/comparing-quotes">Comparing quotes</a></li></ol></nav>
<article class="prose prose-slate max-w-none"><h1 class="text-3xl font-bold tracking-tight">${nTitle}</h1><p class="lead">${nDek}</p>
<p class="not-prose text-sm text-slate-500">Updated 3 weeks ago</p>
${ps([at(nBody, 0)])}<h2 id="system">${at(nBody, 1)}</h2>${ps([at(nBody, 2)])}<h2 id="estimate">${at(nBody, 3)}</h2>${ps([at(nBody, 4)])}
<h2 id="included">${at(nBody, 5)}</h2><ul>${lis(nBody.slice(6, 10))}</ul>${ps([at(nBody, 10)])}
<div class="not-prose rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm"><p class="font-medium">Tip</p>
<p>You can upload your quotes to your Roofwise account
and we will put them side by side for you.</p></div></article>
<div class="mt-12 flex items-center gap-4 border-t border-slate-200 pt-6"><p class="text-sm font-medium">Was this article helpful?</p><button type="button"
class="rounded-md border px-3 py-1 text-sm">Yes</button><button type="button" class="rounded-md border px-3 py-1 text-sm">No</button></div>
<div class="mt-8"><h2 class="text-lg font-semibold">Related articles</h2>
<ul class="mt-3 space-y-2 text-sm">${links(['What a site survey involves', 'Understanding payment stages'])}
</ul></div></main><aside class="hidden lg:block"><div class="sticky top-24">
<p class="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">On this page</p>
<ul class="space-y-2 text-sm">${nOn
  .map(
    (o, i) => `<li>
<a class="text-slate-600 hover:text-slate-900" href="#${['system', 'estimate', 'included'][i]}">${o}</a></li>`,
  )
  .join('')}
</ul></div></aside></div>
<footer class="border-t border-slate-200 bg-slate-50">
<div class="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-slate-500 md:flex-row md:justify-between">
<p>© 2027 Roofwise Ltd. Roofwise is a comparison service and does not install systems.</p>
<ul class="flex gap-4">${links(['Privacy', 'Terms', 'Contact support'])}</ul>
</div></footer></div><script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextQuotes: TestPage = finish({
  name: 'heldout557-nextjs-compare-quotes',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nOn,
  body: texts([
    nDek,
    ...nBody.filter((_, i) => ![1, 3, 5].includes(i)),
    'Tip',
    'You can upload your quotes to your Roofwise account and we will put them side by side for you.',
  ]),
  bylines: ['Updated 3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Roofwise', 'Get quotes', 'Find an installer', 'Help Centre', 'Search help articles', 'Categories', ...nCats, '/',
    'Was this article helpful?',
    'Yes', 'No', 'Related articles', 'What a site survey involves', 'Understanding payment stages', 'On this page',
    '© 2027 Roofwise Ltd. Roofwise is a comparison service and does not install systems.', 'Privacy', 'Terms', 'Contact support',
  ],
});

const uTitle = 'Heat pump group buy closes on 30 June';
const uDek = 'Last call for members who want a place in this year\u2019s scheme.';
const uBody = [
  j(
    'Forty-one households have signed up for the co-op\u2019s group buy so far. The installer, chosen by members in March, has agreed',
    'a fixed price for each of three system sizes, about 15% below what members were quoted on their own.',
  ),
  j(
    'To join, you need to be a member (£10 a year) and to book a survey before 30 June. Surveys run through July and installs start',
    'in September. If the survey shows your home needs insulation first, you can leave the scheme without paying anything.',
  ),
  'Questions? Come to the drop-in at the Fenbridge library on Saturday 14 June, 10 am to noon.',
];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1,
shrink-to-fit=no"><meta name="robots" content="index, follow"><title>${uTitle} | Fenbridge Energy Co-op</title><meta name="description" content="${uDek}">
<meta name="author" content="Fenbridge Energy Co-op"><link rel="canonical" href="https://fenbridge.coop/posts/group-buy-closes/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<meta name="generator" content="Hugo 0.125.4"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}",
"datePublished":"2027-06-02T00:00:00Z"}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://fenbridge.coop/" accesskey="h" title="Fenbridge Energy Co-op (Alt + H)">Fenbridge Energy Co-op</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18">
</svg></button>
</div></div><ul id="menu"><li><a href="https://fenbridge.coop/about/" title="About"><span>About</span></a></li><li>
<a href="https://fenbridge.coop/posts/" title="News">
<span>News</span></a></li><li><a href="https://fenbridge.coop/join/" title="Join"><span>Join</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://fenbridge.coop/">Home</a>&nbsp;»&nbsp;<a
href="https://fenbridge.coop/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${uTitle}</h1><div class="post-description">${uDek}</div>
<div class="post-meta"><span title='2027-06-02 00:00:00 +0000 UTC'>June 2, 2027</span>&nbsp;·&nbsp;1 min&nbsp;·&nbsp;Fenbridge Energy Co-op</div></header>
<div class="post-content">${ps(uBody)}</div><footer class="post-footer"><ul class="post-tags"><li>
<a href="https://fenbridge.coop/tags/heat-pumps/">Heat Pumps</a></li>
<li><a href="https://fenbridge.coop/tags/group-buy/">Group Buy</a></li></ul><nav class="paginav"><a class="next" href="https://fenbridge.coop/posts/agm-2027/">
<span class="title">Next »</span><br><span>AGM 2027: minutes and results</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://fenbridge.coop/">Fenbridge Energy Co-op</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
</span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugoGroupBuy: TestPage = finish({
  name: 'heldout557-hugo-coop-group-buy',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([uDek, ...uBody]),
  bylines: ['June 2, 2027 · 1 min · Fenbridge Energy Co-op'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenbridge Energy Co-op', 'About', 'News', 'Join', 'Home', '»', 'Posts', 'Heat Pumps', 'Group Buy', 'Next »', 'AGM 2027: minutes and results',
    '© 2027 Fenbridge Energy Co-op', '·', 'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT557_E: readonly TestPage[] = [nextQuotes, hugoGroupBuy];
