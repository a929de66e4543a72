import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file d2: a long seasonal post on a bakery's Hugo site (Ananke theme: cover header repeating the title with
 * the description, share icons, reading time and word count, table of contents and related posts in the side column).
 */
const hTitle = 'Stollen week: nine days, 1,400 loaves';
const hDesc = 'How a small bakery makes its Christmas stollen, and a recipe for two loaves at home.';
const hOpen = [
  j(
    'Every year, on the last Monday of November, the bakery on Fenwick Street stops being a bakery for nine days and becomes a',
    'stollen factory. The bread still goes out in the mornings, but from ten o\u2019clock onwards every bench, every tin and most of',
    'the staff are given over to a single loaf.',
  ),
  j(
    'Last year we made 1,400 of them. This year the pre-orders passed that number in the second week, so we have borrowed a',
    'proving cabinet from the school kitchen across the road and asked our neighbours to forgive the smell of rum at seven in the morning.',
  ),
];
const hH1 = 'The fruit comes first';
const hFruit = [
  j(
    'Stollen is mostly fruit held together by dough, and the fruit has to be soaked. Ours goes into the tubs at the start of',
    'November: sultanas, currants, our own candied orange and lemon peel, chopped dried apricots, dark rum and a little orange',
    'juice. It is stirred once a day by whoever arrives first, which in practice means Tomasz.',
  ),
  j(
    'By the time we start baking, the fruit has drunk almost all the liquid and smells like a pub at Christmas. Soaked fruit',
    'stays moist in the oven and keeps the loaf soft for weeks; dry fruit steals water from the crumb and leaves it crumbly by',
    'the weekend.',
  ),
];
const hH2 = 'A day on the line';
const hDay = [
  j(
    'We mix the dough in batches of forty loaves: strong flour, milk, yeast, sugar, egg yolks, a lot of butter, lemon zest,',
    'mace and cardamom. Butter goes in late, once the dough has some strength, or it never comes together. The fruit and',
    'almonds are folded in by hand at the very end, because a machine crushes the sultanas and turns the dough grey.',
  ),
  j(
    'Each loaf is weighed to 750 grams, rolled around a log of marzipan and folded into the classic shape, a thick ridge',
    'along one side like a swaddled baby. The loaves prove for about an hour and bake for fifty minutes at 170°C.',
  ),
  j(
    'Then comes the part everyone wants to do. Straight from the oven each loaf is brushed with melted butter three times,',
    'rolled in caster sugar and left to cool, and the next morning dredged with icing sugar so thickly that the bench',
    'disappears. The butter seals the crust; the sugar keeps the air out. Done properly, a stollen keeps for six weeks.',
  ),
];
const hH3 = 'Why we wait before selling';
const hWait = [
  j(
    'Stollen improves for about a week after baking as the spice and the rum settle into the crumb. We wrap each loaf in',
    'greaseproof paper and foil and keep them in the cool store for at least five days before they go on the counter. The first',
    'loaves of the year are never for sale; they are for the staff, who are paid partly in stollen and do not complain.',
  ),
];
const hH4 = 'Stollen at home: two loaves';
const hRecipeIntro = j(
  'This is our recipe cut down to two loaves. Start the fruit at least two days ahead, a week if you can. You will need a',
  'stand mixer or a strong arm.',
);
const hH5 = 'Ingredients';
const hIngr = [
  '250g sultanas, 75g currants and 100g mixed candied peel, soaked in 75ml dark rum',
  '500g strong white bread flour',
  '150ml whole milk, warmed',
  '10g fast-action yeast',
  '60g caster sugar and two egg yolks',
  '200g soft unsalted butter, plus 75g melted for brushing',
  'Zest of one lemon, a pinch of mace and the seeds of six cardamom pods, ground',
  '75g flaked almonds, toasted',
  '200g marzipan',
  'Caster sugar and plenty of icing sugar to finish',
];
const hH6 = 'Method';
const hSteps = [
  'Mix the flour, milk, yeast, sugar, yolks, zest and spices into a dough and knead for eight minutes.',
  'Add the soft butter a spoonful at a time, kneading until each piece disappears. The dough will be soft and shiny.',
  'Drain the fruit and fold it in by hand with the almonds. Cover and leave for an hour in a warm place.',
  'Divide the dough in two, flatten each half into an oval and lay a 100g log of marzipan along the middle.',
  'Fold one long side over the marzipan, not quite to the edge, and press down to make the ridge.',
  'Prove for an hour, then bake at 170°C (150°C fan) for 45 to 50 minutes, until deep brown.',
  'Brush with melted butter three times while hot, roll in caster sugar, and cool overnight before dusting with icing sugar.',
];
const hClose = [
  j(
    'Wrap the loaves well and hide them for a week. If you cannot wait, we will understand: the shop is open until 23 December,',
    'and there will be a few spare loaves on the counter every morning for anyone who forgot to order.',
  ),
];
const hNav = ['About', 'Bread', 'Christmas orders', 'Posts'];
const hRel = ['Hot cross buns, the long way', 'Our first year on Fenwick Street'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Fenwick Street Bakery</title><meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="${hDesc}">
<meta name="generator" content="Hugo 0.136.5"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.d05fb5f317fcf33b3a52936399bdf6f47dc776516e1692e412ec7d76f4a5faa2.css">
<link rel="canonical" href="https://fenwickstreetbakery.co.uk/posts/stollen-week/"><meta property="og:title" content="${hTitle}">
<meta property="og:description" content="${hDesc}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2026-11-30T08:00:00+00:00"><meta itemprop="wordCount" content="1187"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('/images/stollen-bench.jpg');"><div class="bg-black-60">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Fenwick Street Bakery</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/ /g, '-')}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div>
<p class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">${hDesc}</p></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Posts</aside>
<div id="sharing" class="mt3 ananke-socials"><a href="mailto:?&amp;body=https%3A%2F%2Ffenwickstreetbakery.co.uk%2Fposts%2Fstollen-week%2F"
class="ananke-social-link email no-underline"
 title="Share on Email" aria-label="Share on Email" target="_blank" rel="nofollow noopener noreferrer"><span class="icon"><svg
viewBox="0 0 24 24"></svg></span></a>
<a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Ffenwickstreetbakery.co.uk%2Fposts%2Fstollen-week%2F"
class="ananke-social-link facebook no-underline"
 title="Share on Facebook" aria-label="Share on Facebook" target="_blank" rel="nofollow noopener noreferrer"><span class="icon"><svg
viewBox="0 0 24 24"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Ines Varga</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-11-30T08:00:00Z">November 30, 2026</time><span class="f6 mv4 dib tracked"> - 6 minutes read</span>
<span class="f6 mv4 dib tracked"> - 1187 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps(hOpen)}
<h2 id="the-fruit-comes-first">${hH1}</h2>
${ps(hFruit)}
<h2 id="a-day-on-the-line">${hH2}</h2>
${ps(hDay)}
<figure><img src="/images/stollen-dusting.jpg" alt="Loaves under icing sugar"><figcaption><p>Dusting day: about 60kg of icing sugar in a
morning.</p></figcaption></figure>
<h2 id="why-we-wait-before-selling">${hH3}</h2>
${ps(hWait)}
<h2 id="stollen-at-home-two-loaves">${hH4}</h2>
<p>${hRecipeIntro}</p>
<h3 id="ingredients">${hH5}</h3>
<ul>${lis(hIngr)}</ul>
<h3 id="method">${hH6}</h3>
<ol>${lis(hSteps)}</ol>
${ps(hClose)}
<ul class="pa0"><li class="list di"><a href="/tags/christmas/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">christmas</a></li>
<li class="list di"><a href="/tags/recipes/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">recipes</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this posts</p>
<nav id="TableOfContents"><ul><li><a href="#the-fruit-comes-first">${hH1}</a></li><li><a href="#a-day-on-the-line">${hH2}</a></li>
<li><a href="#why-we-wait-before-selling">${hH3}</a></li><li><a href="#stollen-at-home-two-loaves">${hH4}</a><ul><li><a href="#ingredients">${hH5}</a></li>
<li><a href="#method">${hH6}</a></li></ul></li></ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://fenwickstreetbakery.co.uk/">&copy;  Fenwick Street Bakery 2026 </a>
<div><div class="ananke-socials"><a href="https://instagram.com/fenwickstreetbakery" target="_blank" rel="noopener"
class="ananke-social-link instagram no-underline"
 title="follow on Instagram - Opens in a new window" aria-label="follow on Instagram - Opens in a new window"><span class="icon"><svg
viewBox="0 0 24 24"></svg></span></a></div></div>
</div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout502-hugo-ananke-stollen-week',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3, hH4, hH5, hH6],
  body: texts([hDesc, ...hOpen, ...hFruit, ...hDay, ...hWait, hRecipeIntro, ...hIngr, ...hSteps, ...hClose]),
  bylines: ['By Ines Varga', 'November 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenwick Street Bakery', 'Christmas orders', 'Posts', '- 6 minutes read', '- 1187 words', 'Dusting day: about 60kg of icing sugar in a morning.',
    'recipes', "What's in this posts", 'Related', ...hRel, '© Fenwick Street Bakery 2026',
  ],
};

export const HELDOUT502_D2: readonly TestPage[] = [hugo];
