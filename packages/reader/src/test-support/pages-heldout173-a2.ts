import { links, type TestPage, texts } from './page-kit.js';
import { lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file a2: a Shopify Engineering blog post (shopify.engineering as the Remix app serves it: the
 * cookie banner, the header with the topic nav and "Careers", the category label, title, excerpt, author and date line,
 * the share links, the post with a table and a figure caption, the closing career promo paragraph the blog adds to posts,
 * the author bio box, "Related articles" cards, the newsletter box and the Shopify footer).
 */
const shTitle = 'Cutting CI boot time in our monolith by loading less';
const shDek = 'How we found out that most test runs were loading code they never touched, and what we changed to stop it.';
const shP1 = [
  'Our largest Rails application has more than 40,000 test files, split across hundreds of parallel CI workers. Last autumn ' +
    'we noticed that each worker spent longer starting up than running its share of the tests. On a typical branch a worker ' +
    'needed 74 seconds to boot and about 55 seconds to run its tests. We were paying for a lot of waiting.',
];
const shH1 = 'Where the time went';
const shP2 = [
  'We added a simple profiler to the boot sequence that recorded how long each initializer and each eager-loaded file took. ' +
    'The results were not subtle. Almost half of the boot time went into loading the code of components that the worker’s ' +
    'tests never called, because the test environment still eager-loaded the whole application.',
  'The second biggest cost was fixtures. Every worker loaded the same 1,900 fixture files into its database before running ' +
    'a single test, even though most workers needed a few dozen.',
];
const shH2 = 'What we changed';
const shList = [
  'We turned off eager loading in the test environment and let the autoloader fetch constants the first time a test uses them.',
  'We added a CI-only check that eager-loads everything once per build, so load-order bugs are still caught, just not on every worker.',
  'We made fixtures lazy: a worker now loads only the fixture sets that its tests declare, using the component boundaries we already had.',
  'We cached the compiled bootsnap data between builds on the same base commit.',
];
const shH3 = 'Results';
const shP3 = ['After four weeks of rollout, the numbers for a typical branch build looked like this:'];
const shTable = [
  ['Boot time per worker', '74 s', '29 s'],
  ['Test time per worker', '55 s', '53 s'],
  ['Median build time', '21 min', '14 min'],
];
const shCaption = 'Boot time per worker across the rollout, with the date lazy fixtures shipped marked.';
const shP4 = [
  'The gains came with some risk. Lazy loading can hide a missing require until a rarely used code path runs in production. ' +
    'The once-per-build eager load catches most of these, and in the three months since rollout it has found eleven, all before ' +
    'merge.',
  'The bigger lesson for us was cultural. Nobody had looked at boot time in years because every worker was slow in the same ' +
    'way. Once we put the number on the CI dashboard next to test time, teams started finding their own slow initializers and ' +
    'fixing them without being asked.',
];
const shPromo =
  'If building systems from the ground up to solve real-world problems interests you, our Engineering blog has stories about ' +
  'other challenges we have encountered. Visit our Engineering career page to find out about our open positions.';
const shBio = 'Maelle Rousseau is a Staff Developer on the Developer Infrastructure team, where she works on CI for the core monolith.';
const shNav = ['Development', 'Infrastructure', 'Data Science & Engineering', 'Mobile', 'Security', 'Culture'];
const shShare = ['Share on X', 'Share on LinkedIn', 'Share on Facebook', 'Copy link'];
const shRelated = [
  ['Development', 'Making flaky tests visible without failing the build'],
  ['Infrastructure', 'How we shard the test database for thousands of workers'],
  ['Culture', 'What a year of developer surveys told us'],
];
const shNews = ['Subscribe to our newsletter', 'Get the latest engineering stories in your inbox.', 'Email address', 'Subscribe'];
const shFoot = ['About Shopify', 'Investors', 'Press and Media', 'Partners', 'Developers', 'Privacy Policy', 'Terms of Service', 'Sitemap'];
const shCookie = [
  'We use cookies and similar technologies to personalize your experience and measure how our site is used.',
  'Accept',
  'Decline',
  'Manage preferences',
];
const html = `<!DOCTYPE html><html lang="en" dir="ltr" class="js"><head><meta charset="utf-8"><title>${shTitle} - Shopify Engineering</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${shDek}">
<meta property="og:title" content="${shTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Shopify">
<meta property="article:published_time" content="2025-03-04T14:00:00Z"><link rel="canonical" href="https://shopify.engineering/ci-boot-time-loading-less">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${shTitle}","datePublished":"2025-03-04",
"author":[{"@type":"Person","name":"Maelle Rousseau"}],"publisher":{"@type":"Organization","name":"Shopify"}}</script>
<link rel="stylesheet" href="https://cdn.shopify.com/static/shopify-engineering/build/_assets/tailwind-6F4WQ2LS.css">
<script>window.__remixContext = {"url":"/ci-boot-time-loading-less","state":{"loaderData":{"root":{"locale":"en"}}}};</script></head>
<body class="bg-white"><div id="__remix">
<div id="cookie-banner" class="fixed bottom-0 z-50 w-full bg-black text-white" role="dialog" aria-label="Cookie consent" data-component-name="cookie-banner">
<p class="text-body-sm">${shCookie[0]}</p><div class="flex gap-4"><button data-component-name="accept">${shCookie[1]}</button>
<button data-component-name="decline">${shCookie[2]}</button><a href="/privacy/preferences">${shCookie[3]}</a></div></div>
<a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="sticky top-0 z-40 bg-white border-b" data-component-name="header"><div class="container flex items-center justify-between h-16">
<a href="/" class="flex items-center gap-2" aria-label="Shopify Engineering home"><svg class="h-8" aria-hidden="true"></svg>
<span class="font-bold text-lg">Engineering</span></a>
<nav aria-label="Topics" class="hidden md:block"><ul class="flex gap-6 text-body-sm">${links(shNav, 'topic-link')}</ul></nav>
<a href="https://www.shopify.com/careers" class="button-secondary" data-component-name="careers">Careers</a></div></header>
<main id="main"><article class="container max-w-3xl mx-auto pt-12" data-component-name="article">
<header class="mb-8"><a href="/topics/development" class="text-eyebrow uppercase tracking-wider text-shade-50">Development</a>
<h1 class="richtext text-t2 font-bold mt-2">${shTitle}</h1><p class="text-body-lg text-shade-70 mt-4">${shDek}</p>
<div class="flex items-center gap-3 mt-6 text-body-sm"><img src="https://cdn.shopify.com/s/files/authors/maelle.jpg" alt="" class="w-10 h-10 rounded-full">
<div><p class="font-bold">by Maelle Rousseau</p><p class="text-shade-50"><time datetime="2025-03-04">Mar 4, 2025</time> • 6 minute read</p></div></div>
<ul class="flex gap-3 mt-4" aria-label="Share">${shShare
  .map(
    (t) => `<li><a class="share-link" href="#share" aria-label="${t}">
<span class="sr-only">${t}</span></a></li>`,
  )
  .join('')}</ul>
</header>
<div class="richtext article--body">
${pc(shP1, 'text-body-md')}
<h2 id="where-the-time-went">${shH1}</h2>
${pc(shP2, 'text-body-md')}
<h2 id="what-we-changed">${shH2}</h2>
<ul>${lis(shList)}</ul>
<h2 id="results">${shH3}</h2>
${pc(shP3, 'text-body-md')}
<table><thead><tr><th>Metric</th><th>Before</th><th>After</th></tr></thead><tbody>
${shTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<figure><img src="https://cdn.shopify.com/s/files/engineering/boot-time-chart.png" alt="Line chart of boot time per worker" loading="lazy">
<figcaption>${shCaption}</figcaption></figure>
${pc(shP4, 'text-body-md')}
<p><em>${shPromo}</em></p>
</div>
<aside class="author-bio flex gap-4 border-t pt-8 mt-12" aria-label="About the author"><img src="https://cdn.shopify.com/s/files/authors/maelle.jpg" alt="">
<p class="text-body-sm">${shBio}</p></aside></article>
<section class="container mt-16" aria-labelledby="related"><h2 id="related" class="text-t5 font-bold">Related articles</h2>
<div class="grid md:grid-cols-3 gap-8">
${shRelated
  .map(
    ([c, t]) => `<div class="card"><span class="text-eyebrow">${c}</span><h3 class="text-t7"><a href="/r">${t}</a></h3>
</div>`,
  )
  .join('\n')}</div></section>
<section class="newsletter bg-lime-10 mt-16 py-12" data-component-name="newsletter"><h2 class="text-t5">${shNews[0]}</h2><p>${shNews[1]}</p>
<form action="/api/newsletter" method="post"><label for="nl-email">${shNews[2]}</label><input id="nl-email" type="email" name="email">
<button type="submit">${shNews[3]}</button></form></section></main>
<footer class="bg-black text-white mt-16 py-12"><ul class="flex flex-wrap gap-6">${links(shFoot, 'footer-link')}</ul>
<p class="text-body-xs mt-8">© 2025 Shopify Inc.</p></footer></div>
<script src="https://cdn.shopify.com/static/shopify-engineering/build/entry.client-3QZJ4N7Z.js" type="module"></script></body></html>`;
export const shopifyPost: TestPage = {
  html,
  name: 'heldout173-shopify-engineering-blog',
  kind: 'blog',
  // the excerpt under the title is body (a dek); table data cells are body; the closing italic career promo the blog adds
  // to every post, the figure caption and the author bio box are furniture
  title: shTitle,
  headings: [shH1, shH2, shH3],
  body: texts([shDek, ...shP1, ...shP2, ...shList, ...shP3, ...shTable.flat(), ...shP4]),
  bylines: ['by Maelle Rousseau', 'Mar 4, 2025', '6 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...shCookie, 'Skip to content', 'Engineering', ...shNav, 'Careers', ...shShare, shCaption, shPromo, shBio, 'Related articles',
    ...shRelated.map((r) => r[1] as string), ...shNews, ...shFoot, '© 2025 Shopify Inc.',
  ],
};
