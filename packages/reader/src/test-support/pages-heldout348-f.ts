import { links, ps, type TestPage, texts } from './page-kit.js';
import { wixPage } from './pages-heldout348-f2.js';
import { lis, paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file f: a gardening magazine's "jobs for the month" article on a Nuxt 3 site (Vue `data-v-` scoped
 * attributes, `__NUXT_DATA__` payload: leaderboard ad, header with subscribe offer, breadcrumb, byline with avatar and dates,
 * share bar, hero image with credit, in-article "Read more" promos and an MPU ad, "Tagged" list, "Most popular" rail, magazine
 * subscription box, newsletter modal and Sourcepoint-style consent message) and, from file f2, a community garden's Wix page.
 */
const mTitle = 'What to do in the garden in March: 17 jobs for this month';
const mStand = 'The soil is warming and the days are lengthening. Here is our pick of the most useful jobs to tackle now.';
const mIntro = paras(`
March is the month the garden wakes up, but it is also a month of sharp frosts and sudden cold winds. Hold your nerve with tender
plants and concentrate on getting the ground ready, so that when April arrives you can sow and plant without a backlog.
`);
type Sec = readonly [heading: string, jobs: readonly string[]];
const mSecs: readonly Sec[] = [
  [
    'Flowers and borders',
    [
      'Cut back the old stems of perennials and ornamental grasses before new growth gets too far.',
      'Lift and divide overgrown clumps of hostas, asters and daylilies, replanting the young outer pieces.',
      'Finish pruning bush and shrub roses to an outward-facing bud, removing dead and crossing stems.',
      'Plant summer-flowering bulbs such as lilies, gladioli and crocosmia in pots or well-drained borders.',
      'Top-dress containers by replacing the top few centimetres of compost with fresh, adding slow-release fertiliser.',
      'Sow sweet peas outdoors in a sheltered spot, or plant out those raised in pots over winter.',
    ],
  ],
  [
    'Fruit and vegetables',
    [
      'Chit seed potatoes on a cool, light windowsill if you have not started already.',
      'Sow broad beans, peas, spinach and early carrots under cloches or fleece.',
      'Plant onion sets and shallots in well-drained soil, leaving just the tips showing.',
      'Feed fruit trees and bushes with a general fertiliser and mulch around the base.',
      'Cover rhubarb crowns with a forcing pot for an early crop of pale, tender stems.',
    ],
  ],
  [
    'Lawns',
    [
      'Give the lawn its first cut of the year on a dry day, with the blades set high.',
      'Rake out moss and thatch once the grass is growing strongly.',
      'Repair bare patches and broken edges by sowing grass seed over loosened, raked soil.',
    ],
  ],
  [
    'Greenhouse and indoors',
    [
      'Sow tomatoes, chillies and aubergines in a heated propagator.',
      'Ventilate on sunny days; temperatures under glass can soar even in March.',
      'Pot on overwintered cuttings of pelargoniums and fuchsias into fresh compost.',
    ],
  ],
];
const mEnd = paras(`
Ponds need attention too: remove any netting put on in autumn, clear out fallen leaves and divide congested marginal plants
before the frogs begin spawning in earnest.

Above all, keep an eye on the forecast. A fleece kept by the back door has saved more early blossom than any other tool in the
shed.
`);
const mNav = ['Gardening', 'How to', 'Plants', 'Garden design', 'Grow your own', 'Magazine'];
const mCrumbs = ['Home', 'Gardening', 'Monthly jobs'];
const mPopular = ['The best peat-free composts, tested', 'How to prune clematis: a simple guide', '10 plants for a shady north-facing wall'];
const mTags = ['Monthly jobs', 'Spring', 'Kitchen garden'];
const vp = (s: string): string => s.replace(/<(\w+)(?=[\s>])/g, '<$1 data-v-7c1e2a9b');
const jobs = (h: string, items: readonly string[]): string => `<h2 class="article-body__subheading" id="${h.toLowerCase().replace(/\W+/g, '-')}">${h}</h2>
<ul class="article-body__list">${lis(items)}</ul>`;
const mHtml = `<!DOCTYPE html><html lang="en-GB" data-capo=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mTitle} - Earth &amp; Trowel</title><link rel="stylesheet" href="/_nuxt/entry.4c2e9f1a.css"><link rel="modulepreload" as="script" crossorigin
href="/_nuxt/entry.8b1d40f2.js"><meta name="description" content="${mStand}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-26T07:00:00Z"><meta property="article:author" content="Gwen Halloway">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-02-26T07:00:00Z",
"dateModified":"2026-03-02T10:20:00Z","author":[{"@type":"Person","name":"Gwen Halloway"}],"publisher":{"@type":"Organization",
"name":"Earth & Trowel"}}</script>
<script src="https://securepubads.g.doubleclick.example/tag/js/gpt.js" async></script></head>
<body><div id="__nuxt"><div data-v-app class="layout-default">
${vp(`<div class="ad-slot ad-slot--leaderboard"><span class="ad-slot__label">Advertisement</span><div id="ad-top"></div></div>`)}
${vp(`<header class="site-header"><a class="site-header__logo" href="/" aria-label="Earth &amp; Trowel"></a><nav class="site-nav" aria-label="Main">
<ul class="site-nav__list">
${links(mNav, 'site-nav__item')}</ul></nav><a class="site-header__subscribe" href="/subscribe">Subscribe: 6 issues for £9.99</a>
<button class="site-header__search"
aria-label="Search">Search</button></header>`)}
<main class="page-article">${vp(`<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(mCrumbs, 'breadcrumb__item')}</ol></nav>`)}
<article class="article">${vp(`<header class="article-header"><h1 class="article-header__title">${mTitle}</h1>
<p class="article-header__standfirst">${mStand}</p>
<div class="byline"><img class="byline__avatar" src="/img/gwen.jpg" alt=""><div class="byline__text">
<span class="byline__author">By <a href="/author/gwen-halloway">Gwen
Halloway</a></span><span class="byline__role">Contributing editor</span><time class="byline__date" datetime="2026-02-26">Published: 26 February 2026</time>
<time class="byline__updated" datetime="2026-03-02">Updated: 2 March 2026</time></div></div>
<div class="share-bar"><span class="share-bar__label">Share this article</span><a class="share-bar__link" href="#">Facebook</a><a class="share-bar__link"
href="#">Pinterest</a><a class="share-bar__link" href="#">Email</a></div></header>`)}
${vp(`<figure class="article-hero"><img src="/img/march-border.jpg" alt="" width="1200" height="675">
<figcaption class="article-hero__caption">Cutting back ornamental
grasses in early March.<span class="article-hero__credit">Credit: Earth &amp; Trowel / Lenny Shah</span></figcaption></figure>`)}
<div class="article-body" data-v-3f2d8e1c>${ps(mIntro, ' class="article-body__p"')}
${jobs(mSecs[0]?.[0] ?? '', mSecs[0]?.[1] ?? [])}
<aside class="related-inline"><p><strong>Read more:</strong> <a href="/how-to/divide-perennials">How to divide perennials in five steps</a></p></aside>
${jobs(mSecs[1]?.[0] ?? '', mSecs[1]?.[1] ?? [])}
<div class="ad-slot ad-slot--mpu"><span class="ad-slot__label">Advertisement</span><div id="ad-mpu-1"></div></div>
${mSecs
  .slice(2)
  .map((s) => jobs(s[0], s[1]))
  .join('\n')}
${ps(mEnd, ' class="article-body__p"')}</div>
${vp(`<div class="article-tags"><span class="article-tags__label">Tagged:</span><ul>${links(mTags, 'tag')}</ul></div>`)}</article>
${vp(`<aside class="rail"><h3 class="rail__title">Most popular</h3><ol class="rail__list">${links(mPopular, 'rail__item')}</ol>
<div class="subscribe-box"><h3>Get the magazine</h3><p>Subscribe today and get your first six issues for £9.99, delivered to your door.</p><a href="/subscribe"
class="btn">Subscribe now</a></div></aside>`)}</main>
${vp(`<footer class="site-footer"><ul class="site-footer__links">${links(['About us', 'Contact', 'Advertise', 'Terms & conditions', 'Privacy notice'], '')}</ul>
<p class="site-footer__copyright">© Trowel Media Ltd 2026. Earth &amp; Trowel is a registered trade mark.</p></footer>`)}
${vp(`<div class="newsletter-modal" role="dialog" aria-modal="true"><h2>Never miss a job</h2><p>Get our monthly jobs list free by email.</p><input type="email"
placeholder="Your email"><button>Sign me up</button><button class="newsletter-modal__close">No thanks</button></div>`)}
</div></div>
<div id="sp_message_container_1012" class="sp-message-open"><div class="message-component message-column"><p class="message-component message-text">We and our
partners use cookies and similar technologies to store and access information on your device.</p><button class="message-component message-button
sp_choice_type_11" title="Accept all">Accept all</button>
<button class="message-component message-button sp_choice_type_12" title="Options">Options</button></div>
</div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[["ShallowReactive",1],{"data":2,"state":4},{"article-march-jobs":3},
{"slug":"march-jobs","title":"What to do in the garden in March"},{}]</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{gptNetwork:"21774"},app:{baseURL:"/",buildAssetsDir:"/_nuxt/"}}</script>
<script type="module" src="/_nuxt/entry.8b1d40f2.js" crossorigin></script></body></html>`;
const nuxtJobs: TestPage = {
  name: 'heldout348-nuxt-magazine-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s[0]),
  body: [mStand, ...texts(mIntro), ...mSecs.flatMap((s) => s[1]), ...texts(mEnd)],
  bylines: ['By Gwen Halloway', 'Published: 26 February 2026', 'Updated: 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', ...mNav, 'Subscribe: 6 issues for £9.99', 'Search', 'Home', 'Monthly jobs', 'Contributing editor', 'Share this article', 'Facebook',
    'Pinterest', 'Email', 'Cutting back ornamental grasses in early March.', 'Credit: Earth & Trowel / Lenny Shah',
    'Read more: How to divide perennials in five steps', 'Tagged:', 'Spring', 'Kitchen garden', 'Most popular', ...mPopular, 'Get the magazine',
    'Subscribe today and get your first six issues for £9.99, delivered to your door.', 'Subscribe now', 'About us', 'Contact', 'Advertise',
    'Terms & conditions', 'Privacy notice', '© Trowel Media Ltd 2026. Earth & Trowel is a registered trade mark.', 'Never miss a job',
    'Get our monthly jobs list free by email.', 'Sign me up', 'No thanks',
    'We and our partners use cookies and similar technologies to store and access information on your device.', 'Accept all', 'Options',
  ],
};

export const HELDOUT348_F: readonly TestPage[] = [nuxtJobs, wixPage];
