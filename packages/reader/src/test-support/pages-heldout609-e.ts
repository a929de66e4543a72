import { links, type TestPage, texts } from './page-kit.js';
import { furn, j } from './pages-heldout609-kit.js';

/**
 * Held-out batch 609, file e: a Discourse thread (crawler view) on a hobby engravers' forum about fibre laser settings for
 * anodised plates, with related topics; and an engraving font guide on a Next.js (App Router, Tailwind) shop site with an
 * "On this page" rail.
 */
const tTitle = 'Fibre laser settings for black anodised award plates?';
const tPosts: readonly (readonly [string, string, readonly string[], string])[] = [
  [
    'rhys_k',
    'March 4, 2026,  8:11pm',
    [
      j(
        'Just moved from a CO2 to a 30 W fibre and I am struggling with the black anodised plates we use on resin trophies. At 80% power',
        'and 1000 mm/s the letters come out grey rather than bright silver, and a second pass starts to go brown.',
      ),
      'Anyone got settings that work for them? Lens is the stock 110 mm.',
    ],
    '',
  ],
  [
    'hollings_awards',
    'March 4, 2026,  9:02pm',
    [
      j(
        'Grey usually means you are not removing enough dye. Try lower speed rather than more power: we run 45% at 600 mm/s, 40 kHz,',
        '0.03 mm line spacing. One pass only. Brown means you are cooking the aluminium underneath.',
      ),
    ],
    '3 Likes',
  ],
  [
    'megan.t',
    'March 5, 2026,  7:40am',
    [
      j(
        'Also check your focus. Anodised plates from different suppliers vary in thickness by half a millimetre, which is enough to',
        'lose the crisp edge. I keep a feeler gauge next to the machine.',
      ),
    ],
    '2 Likes',
  ],
  ['rhys_k', 'March 5, 2026,  6:15pm', ['45% at 600 did it, thanks both. Bright silver first time. Focus was out by about 0.4 mm as well.'], '1 Like'],
];
const tRelated: readonly (readonly string[])[] = [
  ['Cleaning smoke stains off brass after laser marking', '6', '381', 'Jan 2026'],
  ['Best jig material for 24-up medal runs', '11', '902', 'Feb 2026'],
];
const tPostHtml = tPosts
  .map(([who, when, paras, likes], i) =>
    [
      `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/` +
        `${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"`,
      ` class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">`,
      `<a itemprop="url" rel="nofollow" href="https://forum.engraversbench.net/u/${who}"><span itemprop="name">${who}</span></a></span>`,
      `<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${4 + Math.floor(i / 2)}" class="post-time">${when}</time>`,
      `<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>`,
      `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">` +
        `<meta itemprop="interactionType" content="http://schema.org/LikeAction">`,
      `<span class="post-likes">${likes}</span></div></div>`,
    ].join('\n'),
  )
  .join('\n');
const tRelHtml = tRelated
  .map(
    ([t, r, v, a]) =>
      `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t?.toLowerCase().replace(/ /g, '-')}"` +
      ` class="title raw-link raw-topic-link">${t}</a></td>` +
      `<td class="replies"><span class="posts">${r}</span></td><td class="views"><span class="views">${v}</span></td><td class="activity">${a}</td></tr>`,
  )
  .join('\n');
const tFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const tHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${tTitle} - Machines &amp; Settings - Engravers' Bench</title><meta name="description" content="Just moved from a CO2 to a 30 W fibre and I am
struggling">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="canonical"
href="https://forum.engraversbench.net/t/fibre-laser-settings/1842">
<meta name="theme-color" media="all" content="#ffffff"><link href="/stylesheets/color_definitions_light_2_3_a1b2.css?__ws=forum.engraversbench.net"
media="all" rel="stylesheet">
<meta property="og:site_name" content="Engravers' Bench"><meta property="og:type" content="website"><meta property="og:title" content="${tTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${tTitle}",
"author":{"@type":"Person","name":"rhys_k"}}</script>
<link rel="preload" href="/assets/start-discourse-1a2b.js" as="script"></head>
<body class="crawler "><header><a href="/">Engravers' Bench</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/fibre-laser-settings/1842">${tTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/machines/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Machines &amp; Settings</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-tags"><a href="/tag/fiber-laser" class="discourse-tag" rel="tag">fiber-laser</a><a href="/tag/anodized" class="discourse-tag"
rel="tag">anodized</a></div></div>
${tPostHtml}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${tRelHtml}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(tFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const tBody = texts(tPosts.flatMap(([, , p]) => p));
const discourse: TestPage = {
  name: 'heldout609-discourse-fibre-laser-settings',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: furn(
    [],
    tPosts.flatMap(([who, when]) => [who, when]),
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([tTitle, ...tBody], texts([
    "Engravers' Bench", 'Machines &amp; Settings', 'fiber-laser', 'anodized', ...tPosts.map(([, , , l]) => l).filter((l) => l !== ''), 'Related topics',
    ...tRelated.flat(), ...tFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ])),
};

const nTitle = 'Engraving Font Guide';
const nDek = 'Seven lettering styles we cut every day, and what each one is good for.';
const nFontsH = 'Our house fonts';
const nFonts: readonly (readonly [string, string])[] = [
  ['Block', 'Plain capitals with even strokes. The clearest choice for small plates and long lists of names.'],
  ['Roman', 'Serif capitals and lower case, the traditional look for cups and shields.'],
  ['Script', 'Joined handwriting style for wedding gifts and glassware. Not recommended under 4 mm high.'],
  ['Old English', 'Blackletter for church plates and heritage plaques. Avoid all capitals, which are hard to read.'],
  ['Condensed', 'A narrow block style that fits long names on a single line.'],
];
const nSizeH = 'Choosing a size';
const nSize = j(
  'Letters under 3 mm high are hard to read once they have been handled for a few seasons. On a standard 60 mm trophy plate we',
  'recommend three lines at most, with the name in the largest size and the year underneath.',
);
const nMixH = 'Mixing fonts';
const nMix = 'Use one font for the name and, if you like, a second for the event. More than two fonts on one plate looks busy.';
const nToc = [nFontsH, nSizeH, nMixH];
const nNav = ['Trophies', 'Medals', 'Engraving', 'Corporate Gifts', 'Help'];
const nFoot = ['Delivery', 'Returns', 'Privacy', 'Terms'];
const nDl = nFonts.map(([n, d]) => `<dt class="font-semibold text-slate-900">${n}</dt><dd class="mb-4 text-slate-600">${d}</dd>`).join('\n');
const nHtml = `<!DOCTYPE html><html lang="en-AU" class="__variable_a64ecd __variable_3c557b"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="preload" as="font" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2"
crossorigin="" type="font/woff2">
<link rel="stylesheet" href="/_next/static/css/7e8d1c0a9b3f2e41.css" data-precedence="next"><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-4f1a.js">
<script src="/_next/static/chunks/main-app-a9c1.js" async=""></script><title>${nTitle} | Southern Cross Trophies</title>
<meta name="description" content="${nDek}"><link rel="canonical" href="https://southerncrosstrophies.com.au/help/engraving-fonts">
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Southern Cross Trophies"><meta name="next-size-adjust" content=""></head>
<body class="min-h-screen bg-white font-sans antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-4">Skip to main content</a>
<div class="bg-amber-500 px-4 py-2 text-center text-sm font-medium text-slate-900">Orders for Christmas must be approved by 12 December</div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between
px-4">
<a class="text-lg font-bold tracking-tight" href="/">Southern Cross Trophies</a><nav class="hidden gap-6 md:flex">
${nNav.map((t) => `<a class="text-sm text-slate-700 hover:text-slate-900" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav>
<div class="flex items-center gap-3"><button type="button" class="rounded-md p-2" aria-label="Open search"><svg class="h-5 w-5"></svg></button>
<a class="relative rounded-md p-2" href="/cart" aria-label="Cart, 0 items"><svg class="h-5 w-5"></svg></a></div></div></header>
<main id="main" class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-12 lg:grid-cols-[1fr_16rem]">
<article class="prose prose-slate max-w-none"><nav aria-label="Breadcrumb" class="not-prose mb-6 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/help">Help</a></li><li aria-hidden="true">/</li><li aria-current="page">Fonts</li></ol></nav>
<h1>${nTitle}</h1><p class="lead">${nDek}</p>
<h2 id="our-house-fonts">${nFontsH}</h2><dl class="not-prose">${nDl}</dl>
<h2 id="choosing-a-size">${nSizeH}</h2><p>${nSize}</p>
<h2 id="mixing-fonts">${nMixH}</h2><p>${nMix}</p>
<div class="not-prose mt-10 rounded-xl bg-slate-50 p-6"><p class="font-semibold">Still not sure?</p><p class="text-sm text-slate-600">Add a note to your
order and our
engravers will pick the best fit.</p><a class="mt-3 inline-block rounded-md bg-slate-900 px-4 py-2 text-sm text-white" href="/contact">Ask an
engraver</a></div></article>
<aside class="hidden lg:block"><div class="sticky top-24"><p class="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">On this page</p><ul
class="space-y-2 text-sm">
${nToc
  .map(
    (t) => `<li><a class="text-slate-600 hover:text-slate-900"
href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></div></aside></main>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10 text-sm text-slate-600"><ul class="flex
gap-6">${links(nFoot)}</ul>
<p class="mt-6">© 2026 Southern Cross Trophies Pty Ltd · ABN 41 602 118 930</p></div></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7e8d1c0a9b3f2e41.css\\",\\"style\\"]\\n"])</script></body></html>`;
const nHeads = [nFontsH, nSizeH, nMixH];
const nBody = [nDek, ...nFonts.flat(), nSize, nMix];
const nextjs: TestPage = {
  name: 'heldout609-nextjs-font-guide',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: nBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([nTitle, ...nHeads, ...nBody], [
    'Skip to main content', 'Orders for Christmas must be approved by 12 December', 'Southern Cross Trophies', ...nNav, 'Help', 'Fonts',
    'Still not sure?', 'Add a note to your order and our engravers will pick the best fit.', 'Ask an engraver', 'On this page', ...nFoot,
    '© 2026 Southern Cross Trophies Pty Ltd · ABN 41 602 118 930',
  ]),
};

export const HELDOUT609_E: readonly TestPage[] = [discourse, nextjs];
