import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file c: a long post on a gold buyer's blog on Ghost (Casper theme) with its tag, author byline, feature
 * image caption, callout card, member sign-up box and "read more" cards.
 */
const gTitle = 'Is it real gold? Seven checks to make before you sell';
const gDek = 'Most of what comes across our counter is genuine, but plated and filled pieces turn up every week. Here is how to sort your jewelry box at home.';
const gSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every autumn we see the same thing. Someone clears out a relative&rsquo;s dresser, finds a tangle of chains and rings and',
        'brings the lot in hoping for a windfall. Some of it is solid gold. Some of it is gold-filled, some is plated, and a surprising',
        'amount is brass that has been polished for fifty years. None of that is a scam; it is simply how costume and fine jewelry',
        'have always been sold side by side.',
      ),
      j(
        'You do not need a lab to get a good idea of what you have. The checks below take about ten minutes, cost nothing, and will',
        'tell you which pieces are worth taking to a buyer and which are worth keeping for sentimental reasons.',
      ),
    ],
  ],
  [
    '1. Look for a stamp',
    [
      j(
        'Almost all gold jewelry made for sale in North America and Europe carries a fineness mark. Look on the inside of ring',
        'shanks, on the small tag near a clasp and on the back of pendants. You may need a magnifier or the zoom on your phone camera.',
      ),
      j(
        'In karats you will see 10K, 14K, 18K or 22K. In millesimal marks the same alloys read 417, 585, 750 and 916. A stamp is a',
        'good sign, but it is only a claim made by whoever stamped it, so treat it as the start of your checks rather than the end.',
      ),
    ],
  ],
  [
    '2. Watch for the letters that change everything',
    [
      'Some stamps look like gold marks but mean something else entirely. These are the ones we see most often:',
      '<strong>GF</strong> or <strong>1/20 12K GF</strong>: gold-filled, a thick layer of gold bonded to a base metal core',
      '<strong>GP</strong>, <strong>GEP</strong> or <strong>HGE</strong>: gold-plated or electroplated, a very thin coat',
      '<strong>RGP</strong>: rolled gold plate, thinner than gold-filled but thicker than plating',
      '<strong>925</strong> with a yellow color: gold-plated sterling silver, known as vermeil',
      j(
        'Gold-filled pieces do have real gold in them, but usually only about five percent by weight, and most buyers pay for them',
        'by the pound rather than by the gram.',
      ),
    ],
  ],
  [
    '3. Try a magnet',
    [
      j(
        'Gold is not magnetic. Hold a strong magnet, such as a rare-earth fridge magnet, against each piece. If the piece jumps',
        'to the magnet, it has an iron or nickel core and is not solid gold.',
      ),
      j(
        'The test only works in one direction, though. Brass, copper, aluminum and many plated alloys are not magnetic either, so a',
        'piece that ignores the magnet has passed one test, not all of them. Clasps and springs often contain steel even on solid',
        'chains, so test the chain itself.',
      ),
    ],
  ],
  [
    '4. Check the wear points',
    [
      j(
        'Plating wears away where a piece rubs against skin and clothing. Turn rings over and look at the bottom of the band; look',
        'at the edges of clasps, the links nearest the clasp and the bail of a pendant. A different color showing through, often',
        'coppery pink or grey, means the gold is a surface layer.',
      ),
      j(
        'Solid gold can scratch and dent, but the metal under a scratch is the same color as the surface. Green or black marks left',
        'on your skin are another clue that a base metal is involved.',
      ),
    ],
  ],
  [
    '5. Feel the weight',
    [
      j(
        'Gold is heavy. A solid 14K chain feels noticeably denser than a plated one of the same length and thickness. If you have',
        'a piece you know is genuine, compare the two in your hands. A kitchen scale that reads to a tenth of a gram is useful',
        'later too, because it lets you check a buyer&rsquo;s weight against your own.',
      ),
    ],
  ],
  [
    '6. Skip the tests that damage your jewelry',
    [
      j(
        'You will find videos recommending that you bite a coin, scratch a piece on a ceramic tile or drop vinegar or bleach on it.',
        'Please do not. Biting and scratching leave marks that reduce resale value, and household chemicals can discolor gems and',
        'enamel without telling you anything reliable about the metal.',
      ),
      j(
        'Acid test kits sold online are the same kind we used behind the counter for years, but they need a scratch on a test stone',
        'and some practice to read. If you are not confident, leave it to the buyer.',
      ),
    ],
  ],
  [
    '7. Ask for a test in front of you',
    [
      j(
        'A reputable buyer will test your gold where you can see it and tell you the result before making an offer. At our stores we use',
        'an XRF analyzer, which reads the metal content in a few seconds without marking the piece. Ask what the machine says, ask',
        'what the weight is for each karat group, and ask what price per gram the offer is based on.',
      ),
      j(
        'If a buyer will only quote you a single lump sum for a mixed bag of jewelry, or takes the pieces into a back room, take them',
        'somewhere else. The numbers should be simple enough to check on your phone&rsquo;s calculator.',
      ),
    ],
  ],
  [
    'What about coins and bars?',
    [
      j(
        'Bullion coins such as eagles and maple leafs are struck to a known weight and purity, so they are easy to value. The risk',
        'with coins is counterfeits rather than plating. Compare the diameter and weight with the published specifications, and be',
        'wary of any coin that is the right size but light, or the right weight but slightly thick.',
      ),
      j(
        'Collectible coins may be worth more than their gold content, so ask a coin dealer before selling them as scrap. We are happy',
        'to tell you when a coin should go to a numismatist instead of our melt pile.',
      ),
    ],
  ],
];
const gCallout = j(
  'Bring your pieces in sorted into three bags: stamped, unstamped and anything you want to keep. It makes the appraisal quicker',
  'and you will never lose track of a ring your grandmother wore.',
);
const gClose = j(
  'Sorting your jewelry this way will not turn brass into gold, but it will make sure you know what you are selling and roughly',
  'what it should fetch before anyone puts a number in front of you.',
);
const gSecHtml = ([h, paras]: [string, string[]]): string => {
  const head = h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</h2>\n`;
  if (!h.startsWith('2.')) return head + ps(paras);
  return `${head}${ps(paras.slice(0, 1))}\n<ul>${lis(paras.slice(1, 5))}</ul>\n${ps(paras.slice(5))}`;
};
const gFig = `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://theassay.northgatebullion.com/content/images/2026/10/scale.jpg"
class="kg-image" alt="Rings on a jeweler's scale" loading="lazy" width="2000" height="1333">
<figcaption><span style="white-space: pre-wrap;">A jeweler&#39;s scale and loupe on the Northgate counter. Photo: Dana Whitcombe</span></figcaption></figure>`;
const gCall = `<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div>
<div class="kg-callout-text">${gCallout}</div></div>`;
const gNav = ['Home', 'Gold prices', 'Guides', 'Our stores', 'About'];
const gMore: [string, string, string, string][] = [
  ['Why your gold offer changes from one day to the next', 'Spot prices, spreads and the fix explained in plain English.', 'Sep 22, 2026', '5 min read'],
  ['Selling a class ring: what it is really worth', 'Most class rings are 10K, and the stone is usually synthetic.', 'Aug 30, 2026', '4 min read'],
  ['Dental gold: yes, we buy it, and here is how', 'Crowns and bridges can be 16K or higher once cleaned.', 'Jul 18, 2026', '3 min read'],
];
const gMoreHtml = gMore
  .map(
    ([
      t,
      ex,
      d,
      r,
    ]) => `<article class="post-card post tag-selling-gold"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6b3a1f2c9d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://theassay.northgatebullion.com/is-it-real-gold/"><meta property="og:site_name" content="The Assay by Northgate">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-14T09:00:00.000Z">
<meta property="article:tag" content="Selling Gold"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Assay by Northgate"},
"author":{"@type":"Person","name":"Dana Whitcombe"},"headline":"${gTitle}","datePublished":"2026-10-14T09:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://theassay.northgatebullion.com/"
data-key="3f8a0c1e9b7d5a2c4e6f8a0b1c" data-api="https://theassay.northgatebullion.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-selling-gold has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://theassay.northgatebullion.com">The Assay by Northgate</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-selling-gold">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/selling-gold/">Selling Gold</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/dana/" class="author-avatar"><img class="author-profile-image" src="/content/images/2026/01/dana.jpg" alt="Dana Whitcombe"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dana/">Dana Whitcombe</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-14">Oct 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas is-body">
${gSecHtml(gSecs[0] ?? ['', []])}
${gFig}
${gSecs.slice(1, 8).map(gSecHtml).join('\n')}
${gCall}
${gSecHtml(gSecs[8] ?? ['', []])}
${ps([gClose])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMoreHtml}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://theassay.northgatebullion.com">The Assay by Northgate</a> ©
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Sell your gold', 'Store hours'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=6b3a1f2c9d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout554-ghost-real-gold-checks',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([gDek, ...gSecs.slice(0, 8).flatMap(([, p]) => p), gCallout, ...(gSecs[8]?.[1] ?? []), gClose]),
  bylines: ['Dana Whitcombe', 'Oct 14, 2026', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Assay by Northgate', ...gNav.filter((t) => t !== 'About' && t !== 'Our stores'), 'Sign in', 'Subscribe', 'Selling Gold',
    "A jeweler's scale and loupe on the Northgate counter. Photo: Dana Whitcombe", 'Sign up for more like this.', 'Enter your email',
    ...gMore.flat(), 'The Assay by Northgate © 2026', 'Privacy', 'Sell your gold', 'Store hours', 'Powered by Ghost',
  ],
};

export const HELDOUT554_C: readonly TestPage[] = [ghost];
