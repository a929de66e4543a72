import { links, ps, type TestPage, texts } from './page-kit.js';
import { furn, j } from './pages-heldout609-kit.js';

/**
 * Held-out batch 609, file c: a laser-versus-rotary engraving article on a Webflow blog (CMS collection template with a
 * rich-text block, author card and related posts), and a workshop story on Ghost (Casper) with a members sign-up box.
 */
const fTitle = 'Laser or Rotary: Which Engraving Method Is Right for Your Award?';
const fDek = 'Both machines put letters on metal. They do it in very different ways, and the difference shows up on the shelf.';
const fSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'How rotary engraving works',
    [
      j(
        'A rotary engraver drags a spinning carbide or diamond cutter through the surface, removing material and leaving a groove you can',
        'feel with a fingernail. On brass and stainless steel that groove catches the light, and it can be filled with black or coloured',
        'paint so the letters stand out from across a room.',
      ),
      j(
        'Because the cutter physically touches the part, rotary work is slower and needs the piece clamped flat or held in a rotary',
        'chuck. Fine script fonts lose some detail, since the cutter has a width of its own.',
      ),
    ],
  ],
  [
    'How laser engraving works',
    [
      j(
        'A laser marks by heat. On anodised aluminium it bleaches the dye to bright silver; on coated steel it fuses a marking compound',
        'into the surface; on wood and acrylic it burns or vaporises a shallow layer. Nothing touches the part, so curved and delicate',
        'items are easy, and a logo with hairline detail comes out exactly as drawn.',
      ),
      'What a laser cannot do is cut a deep groove into bare brass or gold-plated metal. The mark is on the surface, not in it.',
    ],
  ],
  [
    'Which one should you choose?',
    [
      j(
        'For traditional cups, perpetual shields and anything that will be handled and polished for decades, we still recommend rotary.',
        'For logos, photographs, glass, wood and the colourful aluminium plates on modern resin trophies, laser is the better tool and',
        'usually the cheaper one.',
      ),
      'If you are not sure, send us the item or a photo of it and we will tell you which machine it will go on, and why.',
    ],
  ],
];
const fRelated = ['How to Word a Retirement Plaque', 'Why Some Brass Goes Brown', 'A Visit to Our Laser Room'];
const fNav = ['Shop', 'Custom Awards', 'Engraving', 'Journal', 'About'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 09:14:22 GMT+0000 -->
<html data-wf-domain="www.harrowgateawards.com" data-wf-page="65b2f0c1a9e4" data-wf-site="65b2f0c1a9d1" data-wf-collection="65b2f0c1aa02"
data-wf-item-slug="laser-or-rotary">
<head><meta charset="utf-8"><title>${fTitle} | Harrowgate Awards</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65b2f0c1a9d1/css/harrowgate.webflow.shared.4b2c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":{"@type":"Person","name":"Tomasz
Rell"}}</script></head>
<body class="body-blog"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><div class="brand-text">Harrowgate Awards</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/contact" class="button nav-button w-button">Get a Quote</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<div class="section blog-hero"><div class="container-narrow"><a href="/journal" class="back-link">← Back to Journal</a><div class="category-tag">Guides</div>
<h1 class="blog-title">${fTitle}</h1><p class="blog-summary">${fDek}</p>
<div class="author-row"><img src="https://cdn.prod.website-files.com/65b2f0c1a9d1/tomasz.jpg" loading="lazy" alt="" class="author-avatar"><div>
<div class="author-name">Tomasz Rell</div><div class="post-date">February 10, 2026</div></div><div class="read-time">5 min read</div></div></div></div>
<div class="section blog-body"><div class="container-narrow"><img src="https://cdn.prod.website-files.com/65b2f0c1a9d1/rotary.jpg" loading="lazy"
alt="Rotary cutter" class="blog-main-image">
<div class="rich-text-blog w-richtext">
${fSecs.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65b2f0c1a9d1/side-by-side.jpg"
loading="lazy" alt=""></div>
<figcaption>Left: rotary-cut brass. Right: laser-marked anodised aluminium.</figcaption></figure></div>
<div class="share-row"><div class="share-label">Share this article</div><a href="https://twitter.com/intent/tweet" class="share-link w-inline-block">X</a>
<a href="https://www.facebook.com/sharer/sharer.php" class="share-link w-inline-block">Facebook</a><a href="https://www.linkedin.com/shareArticle"
class="share-link w-inline-block">LinkedIn</a></div>
</div></div>
<div class="section related"><div class="container"><h2 class="related-heading">More from the Journal</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${fRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.toLowerCase().replace(/ /g, '-')}" class="related-card
w-inline-block"><h3 class="related-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section footer"><div class="container footer-grid"><div><div class="footer-brand">Harrowgate Awards</div>
<p class="footer-text">Trophies, medals and engraving for clubs, schools and companies since 1994.</p></div>
<div class="footer-links">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copy">© 2026 Harrowgate Awards Ltd.</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2f0c1a9d1" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65b2f0c1a9d1/js/webflow.js" type="text/javascript"></script></body></html>`;
const fHeads = fSecs.map(([h]) => h);
const fBody = texts([fDek, ...fSecs.flatMap(([, p]) => p)]);
const webflow: TestPage = {
  name: 'heldout609-webflow-laser-rotary',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: fBody,
  bylines: ['Tomasz Rell', 'February 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([fTitle, ...fHeads, ...fBody], [
    'Harrowgate Awards', ...fNav, 'Get a Quote',
    '← Back to Journal', 'Guides', '5 min read', 'Left: rotary-cut brass. Right: laser-marked anodised aluminium.',
    'Share this article', 'X', 'Facebook', 'LinkedIn', 'More from the Journal', ...fRelated,
    'Trophies, medals and engraving for clubs, schools and companies since 1994.', '© 2026 Harrowgate Awards Ltd.',
  ]),
};

const hTitle = '412 Medals in Nine Days: Engraving for the Lowfield Marathon';
const hParas = [
  j(
    'When the Lowfield Marathon committee rang us in September, they wanted something no one had asked us for before: every finisher',
    'medal engraved with the runner\u2019s name and finishing time, posted within a fortnight of the race.',
  ),
  j(
    'The medals themselves were easy. We had the zinc alloy blanks cast in advance with the race logo on the front and a plain',
    'polished back. The hard part was the data. Times came from the chip timing company as a spreadsheet on the Monday after the race,',
    'and names were typed by runners themselves at registration, with all the spelling that implies.',
  ),
  j(
    'Dorota spent the first day cleaning the list: fixing capital letters, checking accents, and ringing eleven runners whose names',
    'were obviously a cat walking across the keyboard. Then we built a template in the laser software that pulled each row from the',
    'spreadsheet, so nobody had to type a single name by hand.',
  ),
  j(
    'We ran the medals in jigs of 24. Each jig took just under eleven minutes, and the laser ran two shifts a day. The slowest job of',
    'the whole project turned out to be packing: each medal had to be matched to its envelope, and we checked every one against the',
    'list before it went in.',
  ),
  j(
    'The last batch went to the post office on day nine. Three medals came back with wrong times, all traced to the timing file,',
    'and we re-engraved them free the same afternoon.',
  ),
  'Would we do it again? Yes, but next time we are asking for the spreadsheet on the Sunday night.',
];
const hQuote = '\u201cThe laser never gets tired. People do. Build the process around the people.\u201d';
const hTags = ['Workshop', 'Medals'];
const hMore = ['Re-engraving an 80-Year-Old Cup', 'What Anodised Aluminium Is, and Why We Like It', 'Our New Fibre Laser'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.pellingengraving.com/assets/built/screen.css?v=9a1c2b">
<link rel="canonical" href="https://journal.pellingengraving.com/412-medals-in-nine-days/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Pelling Workshop Journal"><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<meta property="article:published_time" content="2026-10-21T07:30:00.000Z"><meta property="article:tag" content="Workshop">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Pelling Workshop
Journal"},
"author":{"@type":"Person","name":"Sam Pelling"},"headline":"${hTitle}","datePublished":"2026-10-21T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.pellingengraving.com/" data-key="a1c2e3" data-api="https://journal.pellingengraving.com/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-workshop tag-medals is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://journal.pellingengraving.com">
The Pelling Workshop Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20"
height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="https://journal.pellingengraving.com/">Home</a></li><li class="nav-shop"><a href="https://pellingengraving.com/">Shop</a></li>
<li class="nav-about"><a href="https://journal.pellingengraving.com/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-workshop tag-medals">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/workshop/">Workshop</a></span></div><h1 class="article-title">${hTitle}</h1>
<section class="article-byline"><div class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sam/" class="author-avatar"><img class="author-profile-image" src="/content/images/sam.jpg" alt="Sam Pelling"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/sam/">Sam Pelling</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-21">Oct 21, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></div></section>
<figure class="article-image"><img src="/content/images/2026/10/medal-jigs.jpg" alt="Medals in laser jigs"><figcaption>Finisher medals waiting in their
jigs.</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(hParas.slice(0, 3))}
<blockquote class="kg-blockquote-alt">${hQuote}</blockquote>
${ps(hParas.slice(3))}
</section>
<section class="article-comments gh-canvas"><div class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>
${hMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"></a><div
class="post-card-content">
<a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.pellingengraving.com">The Pelling Workshop
Journal</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact the workshop'])}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.pellingengraving.com/assets/built/casper.js?v=9a1c2b"></script></body></html>`;
const hBody = texts([...hParas.slice(0, 3), hQuote, ...hParas.slice(3)]);
const ghost: TestPage = {
  name: 'heldout609-ghost-casper-marathon-medals',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: hBody,
  bylines: ['Sam Pelling', 'Oct 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([hTitle, ...hBody], [
    'The Pelling Workshop Journal', 'Home', 'Shop', 'About', 'Sign in', 'Subscribe', ...hTags.slice(0, 1), '•', '3 min read',
    'Finisher medals waiting in their jigs.', 'Sign up for more like this.', 'Enter your email', 'Read more', ...hMore, '© 2026', 'Sign up',
    'Contact the workshop', 'Powered by Ghost',
  ]),
};

export const HELDOUT609_C: readonly TestPage[] = [webflow, ghost];
