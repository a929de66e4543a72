import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout633-kit.js';

/** Held-out batch 633, file c: a long glass-gilding tutorial by a sign writer on Ghost (Casper theme), with a members footer CTA. */
const gTitle = 'Water Gilding on Glass: A Sign Writer’s Step-by-Step';
const gDek = 'Twenty years of mistakes so that you can skip most of them. Everything I use to lay a mirror-bright gold letter on a shop window.';
const gIntro = [
  j(
    'Glass gilding is the job that makes people stop on the pavement. A well-laid water gilded letter, seen from the street, looks',
    'like a sheet of polished metal set into the window. It is also the job most apprentices are frightened of, because the leaf is',
    'thinner than anything they have handled and the size is nothing more than warm water with a pinch of gelatine in it.',
  ),
  j(
    'This is the method I teach on our two-day course, written out in the order I actually do it. It assumes you can already letter',
    'with a brush and that you have a pattern drawn and reversed.',
  ),
];
const gSec: [string, string[]][] = [
  [
    'What you need',
    [
      '23.5 carat loose gold leaf, one book per square foot of lettering, plus a spare',
      'A gilder’s tip (a flat squirrel-hair brush) and a gilder’s cushion with a parchment screen',
      'Gelatine capsules, distilled water and a small pan or a cup warmer',
      'A soft flat mop for flooding the size, and a pad of pure cotton wool',
      'Whiting, a clean chamois and a single-edged razor blade in a holder',
      'Black japan or one-shot lettering enamel for backing up',
    ],
  ],
  [
    'Preparing the glass',
    [
      j(
        'Clean the inside of the window twice: once with whiting paste to take off grease and the film left by window cleaners, and once',
        'with plain water and a fresh chamois. Any grease left on the glass will show as a dull patch in the finished gold, and there is',
        'no way to polish it out afterwards.',
      ),
      j(
        'Tape your reversed pattern to the outside of the glass. Working from inside, you will be looking at it through the window, the',
        'right way round for the street. Mark the top and bottom of each line with a wax pencil on the inside if the letters are large.',
      ),
    ],
  ],
  [
    'Making the size',
    [
      j(
        'Dissolve one capsule of gelatine in about half a litre of distilled water that has just come off the boil. Do not let it boil',
        'again. The size should be barely sticky between your fingers; if you can feel it pull, it is too strong and the gold will dry',
        'cloudy.',
      ),
      j('Keep the size warm while you work. I use a mug on a candle warmer. Cold size gels on the brush and leaves streaks that show', 'through the leaf.'),
    ],
  ],
  [
    'Laying the leaf',
    [
      j(
        'Turn a leaf out onto the cushion, cut it to the width of the stroke plus a margin, and pick it up on the tip. Rub the tip across',
        'your cheek or forearm first: the tiny amount of grease is what holds the leaf.',
      ),
      j(
        'Flood an area of glass a little bigger than the piece of leaf with size, working from the top down so the water runs away from',
        'what you have already laid. Bring the tip to the glass and let the leaf jump off onto the wet surface. The size pulls it flat.',
        'Overlap each piece by a few millimetres.',
      ),
      j('Stand the glass as it is for at least an hour. In cold weather leave it overnight. Gold that is still damp will tear when you', 'burnish it.'),
    ],
  ],
  [
    'Burnishing and second layer',
    [
      j(
        'Once dry, rub the gold very lightly with a fresh pad of cotton wool, in small circles. The surface should brighten, and the',
        'loose skewings will come away. Hold a torch behind the glass and look for holidays, the small holes where the leaf did not',
        'touch.',
      ),
      j(
        'Most work benefits from a second layer. Flood over the first gold with hot size, which flows into the holes and brightens',
        'the first layer, and lay a second sheet straight over the top.',
      ),
    ],
  ],
  [
    'Backing up and cleaning off',
    [
      j(
        'Transfer the pattern again and paint the letter shapes over the gold in black japan, using the gold as your guide. This is the',
        'backing coat: it protects the leaf and defines the edges of the letters. Let it dry hard, ideally overnight.',
      ),
      j(
        'Then take away the surplus gold outside the letters with damp cotton wool, and tidy the edges with the razor. The backing coat',
        'acts as a stencil, so a clean, sharp edge depends on a clean, sharp backing stroke.',
      ),
    ],
  ],
  [
    'Common problems',
    [
      '<strong>Cloudy gold.</strong> The size is too strong, or the glass was not clean enough.',
      '<strong>Brown streaks.</strong> The size was too cold or was applied with a dirty brush.',
      '<strong>Tears when burnishing.</strong> The gold had not dried. Wait longer.',
      '<strong>Gold lifting at the edges years later.</strong> Condensation is getting behind the backing; seal the edges with varnish.',
    ],
  ],
];
const gCallout = j(
  'A note on outdoor work: water gilding always goes on the inside of the glass. If a client asks for gold on the outside, use',
  'oil gilding with transfer leaf instead.',
);
const gClose = [
  j(
    'It takes most people three or four windows before the gold comes off the tip where they want it to. Keep at it. The first',
    'letter that lands flat and dries bright is the moment you will remember.',
  ),
];
const gRead = ['Why we still use one-shot enamel', 'Pricing a shopfront: a worked example', 'Restoring a 1930s fascia in situ'];
const gNav = ['Home', 'Techniques', 'Projects', 'Courses', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Water Gilding on Glass: A Sign Writer’s Step-by-Step</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5c9b2a77c1">
<link rel="canonical" href="https://letterandleaf.co.uk/water-gilding-on-glass/">
<meta property="og:site_name" content="Letter &amp; Leaf"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-02-11T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Letter & Leaf"},
"author":{"@type":"Person","name":"Orla Penhaligon"},"headline":"Water Gilding on Glass: A Sign Writer’s Step-by-Step",
"datePublished":"2024-02-11T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://letterandleaf.co.uk/"
data-key="4f2c8a0b91d" data-api="https://letterandleaf.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-techniques tag-gilding has-serif-title has-sans-body is-head-left-logo has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://letterandleaf.co.uk">Letter &amp; Leaf</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-techniques tag-gilding">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/techniques/">Techniques</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/orla/" class="author-avatar" aria-label="Read more of Orla Penhaligon">
<img class="author-profile-image" src="/content/images/size/w100/2023/orla.jpg" alt="Orla Penhaligon"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/orla/">Orla Penhaligon</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-02-11">Feb 11, 2024</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 8 min read</span></div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w600/2024/02/gilding-window.jpg 600w" src="/content/images/size/w2000/2024/02/gilding-window.jpg"
alt="Gold lettering on a shop window"><figcaption><span style="white-space: pre-wrap;">Second layer going on at the Kettle &amp; Crumb, Tregarrow.</span>
</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${gSec
  .map(([h, items], i) =>
    i === 0 || i === 6 ? `<h2 id="s${i}">${h}</h2>\n<ul>${lis(items)}</ul>` : `<h2 id="s${i}">${h}</h2>\n${ps(items)}${i === 3 ? gCalloutHtml() : ''}`,
  )
  .join('\n')}
<hr>${ps(gClose)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/card.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Techniques</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-01-20">Jan 20, 2024</time>
<span class="post-card-meta-length">5 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://letterandleaf.co.uk">Letter &amp; Leaf</a> &copy; 2024</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Courses', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=5c9b2a77c1"></script></body></html>`;
function gCalloutHtml(): string {
  return `\n<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div>
</div>`;
}
const ghostGilding: TestPage = {
  name: 'heldout633-ghost-glass-gilding',
  kind: 'blog',
  html: gHtml,
  title: 'Water Gilding on Glass: A Sign Writer’s Step-by-Step',
  headings: gSec.map(([h]) => h),
  body: texts([gDek, ...gIntro, ...gSec.flatMap(([, items], i) => (i === 3 ? [...items, gCallout] : items)), ...gClose]),
  bylines: ['Orla Penhaligon', 'Feb 11, 2024', '• 8 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Letter & Leaf', ...gNav, 'Sign in', 'Subscribe', 'Second layer going on at the Kettle & Crumb, Tregarrow.', 'Sign up for more like this.',
    'Enter your email', ...gRead, 'Jan 20, 2024', '5 min read', 'Letter & Leaf © 2024', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT633_C: readonly TestPage[] = [ghostGilding];
