import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/** Held-out batch 689, file d: a solar installer's newsletter post on battery sizing, on Ghost (Casper theme, members signup). */
const gTitle = 'How big a battery do you need with your solar panels?';
const gDek = 'Bigger is not always better. A simple way to size a home battery from your own meter readings.';
const gCallout = j(
  '<strong>Rule of thumb:</strong> for most homes with a 4 to 6 kWp array, a battery of about one and a half times your average',
  'evening use is the point where extra capacity stops paying for itself.',
);
const gBlocks: Block[] = [
  {
    p: [
      j(
        'Every week someone asks us whether they should add a 10 kWh or a 15 kWh battery to their quote. The honest answer is that it',
        'depends less on the size of your solar array than on when you use electricity, and that is something you can find out yourself.',
      ),
    ],
  },
  {
    h: 'Start with your evening use',
    p: [
      j(
        'A battery earns its keep by storing daytime solar and releasing it in the evening and overnight, when the panels are not',
        'producing. So the number that matters is how much you use between about 5 pm and 8 am.',
      ),
      j(
        'If you have a smart meter, your supplier&#39;s app will show half-hourly readings. Add up the evening and overnight readings for',
        'a typical week in spring and divide by seven. Most of our customers land somewhere between 5 and 9 kWh.',
      ),
    ],
  },
  {
    h: 'Then look at the summer surplus',
    p: [
      j(
        'There is no point buying storage you can never fill. A 4 kWp array on a south-facing roof typically has 8 to 12 kWh spare on',
        'a sunny June day, but only 1 or 2 kWh spare in December. Size for spring and autumn, not for midsummer.',
      ),
    ],
  },
  {
    h: 'When a bigger battery does make sense',
    ul: [
      'You are on a time-of-use tariff and want to fill the battery from the grid overnight at a cheap rate in winter.',
      'You plan to add a heat pump or an electric car within the next few years.',
      'You want backup power for a home office during power cuts, which needs a battery with an emergency power output.',
    ],
  },
  {
    h: 'A worked example',
    p: [
      j(
        'The Okonjo family in Ravensthorpe use 7 kWh a night on average and have a 5.2 kWp array. A 10 kWh battery covers their evenings',
        'from March to October and pays back in about eight years. A 15 kWh battery would cost £2,400 more and save them only £70 a',
        'year extra, so we recommended the smaller one.',
      ),
    ],
  },
];
const gNav = ['Home', 'Solar', 'Batteries', 'Heat pumps', 'About us'];
const gRead = [
  ['Export tariffs explained: what your spare solar is worth', 'Mar 3, 2026', '4 min read'],
  ['Do solar panels work on cloudy days?', 'Feb 17, 2026', '3 min read'],
  ['Cleaning your panels: when it is worth it', 'Feb 2, 2026', '2 min read'],
];
const gReadHtml = gRead
  .map(
    ([t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image"
src="/content/images/size/w600/2026/03/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Solar</span></div><h2 class="post-card-title">${t}</h2>
</header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-03-03">${d}</time><span class="post-card-meta-length">${r}</span>
</footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1c9a2b3d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://letters.sunhollowenergy.co.uk/battery-size/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Sunhollow Letters"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-17T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Sunhollow Letters"},
"author":{"@type":"Person","name":"Rhiannon Vale"},"headline":"${gTitle}","datePublished":"2026-03-17T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://letters.sunhollowenergy.co.uk/" data-key="3c2a1b" data-api="https://letters.sunhollowenergy.co.uk/ghost/api/content/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"></head>
<body class="post-template tag-batteries is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://letters.sunhollowenergy.co.uk">Sunhollow Letters</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, '')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-batteries tag-solar image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/batteries/">Batteries</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/rhiannon/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/10/rhiannon.jpg" alt="Rhiannon Vale"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rhiannon/">Rhiannon Vale</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-17">Mar 17, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/battery.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/03/battery.jpg" alt="Wall-mounted home battery next to an inverter"><figcaption><span
style="white-space: pre-wrap;">A 10 kWh battery in a customer&#39;s garage in Ravensthorpe.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${render(gBlocks.slice(0, 2))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${render(gBlocks.slice(2))}</section>
<section class="article-comments gh-canvas"><div class="gh-comments-wrap">
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://letters.sunhollowenergy.co.uk/" data-api="https://letters.sunhollowenergy.co.uk/ghost/api/content/" data-title=""
data-count="true" data-post-id="65f6c1" data-color-scheme="auto" crossorigin="anonymous"></script></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gReadHtml}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://letters.sunhollowenergy.co.uk">Sunhollow Letters</a>
&copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact">
<a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><button
class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=4f1c9a2b3d"></script><script>$(document).ready(function () { var $postContent = $(".post-full-content");
$postContent.fitVids(); });</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout689-ghost-battery-sizing',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: heads(gBlocks),
  body: [gDek, ...bodyOf(gBlocks.slice(0, 2)), ...bodyOf([{ p: [gCallout] }]), ...bodyOf(gBlocks.slice(2))],
  bylines: ['Rhiannon Vale', 'Mar 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Sunhollow Letters", ...gNav.filter((t) => t !== 'Solar' && t !== 'Home'), 'Sign in', 'Subscribe', '4 min read',
    "A 10 kWh battery in a customer's garage in Ravensthorpe.",
    ...gRead.flat().filter((t) => t !== '4 min read'), 'Sunhollow Letters © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT689_D: readonly TestPage[] = [ghost];
