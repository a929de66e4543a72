import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout626-kit.js';

/** Held-out batch 626, file e2: a toy shop's journal post on Webflow (CMS collection template) about choosing a first jigsaw. */
const wTitle = 'Choosing a first jigsaw: a guide by age';
const wIntro = [
  j(
    'We sell more jigsaws in January than in any other month, and most of them are bought for children who have never done one.',
    'The piece count on the box is only half the story. Here is what we look at when a parent asks us to help.',
  ),
];
const wHeads = ['Two to three years', 'Four to five years', 'Six and up'];
const wAges = [
  [
    j(
      'Start with chunky wooden puzzles of four to twelve pieces, where each piece is a whole object: a cow, a tractor, a hen.',
      'Children this age match shapes long before they can match edges.',
    ),
  ],
  [
    j(
      'Move on to cardboard jigsaws of 20 to 48 large pieces. Pick a picture with big blocks of different colour, so the sky',
      'and the grass sort themselves; a busy cartoon scene is much harder than its piece count suggests.',
    ),
  ],
  ['From six, most children can manage 60 to 100 pieces with a grown-up nearby. Things that help:'],
];
const wHelps = [
  'doing the edge first, and saying so out loud;',
  'a tray or board so the puzzle can be left half-done overnight;',
  'a poster of the picture, not just the box lid.',
];
const wEnd = [j('Whatever the age, stop while it is still fun. A jigsaw abandoned at 80 pieces will come out again; one that ended in tears', 'will not.')];
const wNav = ['Shop', 'Journal', 'Visit', 'About'];
const wRelated = ['Board games for two players', 'Rainy-day boxes under £20', 'Our favourite wooden puzzles'];
const wFoot = ['Kettle & Kite, 3 Cornmarket, Wellbury', 'Open every day, 10am to 5pm', 'Delivery & Returns', 'Privacy'];
const amp = (s: string): string => s.replace(/&/g, '&amp;');
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Mar 03 2026 09:14:55 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.kettleandkite.example" data-wf-page="65f1c2a9b3" data-wf-site="65e0a1f7c4" lang="en" data-wf-collection="65f1c2a9b4"
data-wf-item-slug="choosing-a-first-jigsaw"><head><meta charset="utf-8"/><title>${wTitle} | Kettle &amp; Kite</title>
<meta content="${wIntro[0]?.slice(0, 120)}" name="description"/><meta content="${wTitle}" property="og:title"/><meta content="summary_large_image"
name="twitter:card"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/65e0a1f7c4/css/kettle-and-kite.webflow.3c9a1e.css" rel="stylesheet" type="text/css"/>
<link href="https://fonts.googleapis.com" rel="preconnect"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js"
type="text/javascript"></script>
<script type="text/javascript">WebFont.load({  google: {    families: ["Fraunces:regular,600","Inter:regular,500"]  }});</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script><link href="https://cdn.prod.website-files.com/65e0a1f7c4/favicon.png" rel="shortcut icon"
type="image/x-icon"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person","name":"Tova
Grell"},
"datePublished":"2026-03-03"}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar
w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65e0a1f7c4/logo.svg" loading="lazy"
alt=""
class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Journal' ? ' w--current' : ''}">${t}</a>`)
  .join('')}<a href="/cart" class="nav-link cart-link w-inline-block"><div>Basket</div><div class="cart-count">0</div></a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="blog-hero"><div class="container"><a href="/journal" class="back-link w-inline-block"><div>← Journal</div></a><div
class="blog-category">Guides</div>
<h1 class="blog-title">${wTitle}</h1><div class="blog-meta"><div class="author-name">Words by Tova Grell</div><div class="meta-dot">·</div>
<div class="post-date">March 3, 2026</div></div><img src="https://cdn.prod.website-files.com/65e0a1f7d2/65f1c3_jigsaw-table.jpg" loading="lazy" alt=""
sizes="(max-width: 991px) 100vw, 940px" srcset="https://cdn.prod.website-files.com/65e0a1f7d2/65f1c3_jigsaw-table-p-500.jpg 500w"
class="blog-hero-image"/></div></section>
<section class="blog-content-section"><div class="container-narrow"><div class="rich-text w-richtext">
${ps(wIntro)}
<h2>${wHeads[0]}</h2>
${ps(wAges[0] ?? [])}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65e0a1f7d2/65f1c4_chunky.jpg"
loading="lazy"
alt="Wooden farm puzzle with six pieces"/></div><figcaption>Chunky pieces with a knob on each are easiest for small fingers.</figcaption></figure>
<h2>${wHeads[1]}</h2>
${ps(wAges[1] ?? [])}
<h2>${wHeads[2]}</h2>
${ps(wAges[2] ?? [])}
<ul role="list">${lis(wHelps)}</ul>
${ps(wEnd)}
</div><div class="share-row"><div class="share-label">Share</div><a href="https://www.facebook.com/sharer/sharer.php?u=" class="share-link w-inline-block">
<div>Facebook</div></a><a href="https://pinterest.com/pin/create/button/?url=" class="share-link w-inline-block"><div>Pinterest</div></a></div></div></section>
<section class="related-section"><div class="container"><h2 class="related-heading">More from the journal</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">${wRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.length}" class="related-card w-inline-block">
<img src="https://cdn.prod.website-files.com/65e0a1f7d2/card.jpg" loading="lazy" alt="" class="related-card-image"/><div class="related-card-title">${t}</div>
<div class="related-card-link">Read more</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="newsletter-section"><div class="container"><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"
class="newsletter-form" data-wf-page-id="65f1c2a9b3" data-wf-element-id="a1b2c3d4"><label for="email" class="field-label">Join the Kite Club</label>
<p class="newsletter-text">New toys, shop events and one good idea for a rainy day, once a month.</p><input class="text-field w-input" maxlength="256"
name="email"
data-name="Email" placeholder="Your email" type="email" id="email" required=""/><input type="submit" data-wait="Please wait..." class="submit-button w-button"
value="Subscribe"/></form><div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission
has been
received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the
form.</div>
</div></div></div></section>
<footer class="footer"><div class="container"><div class="footer-grid">${wFoot
  .map((t, i) =>
    i < 2 ? `<div class="footer-text">${amp(t)}</div>` : `<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="footer-link">${amp(t)}</a>`,
  )
  .join('')}</div>
<div class="footer-copyright">© 2026 Kettle &amp; Kite Toys Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0a1f7c4" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65e0a1f7c4/js/webflow.4b1a2c.js" type="text/javascript"></script></body></html>`;
const webflowPost: TestPage = {
  name: 'heldout626-webflow-first-jigsaw',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wIntro, ...(wAges[0] ?? []), ...(wAges[1] ?? []), ...(wAges[2] ?? []), ...wHelps, ...wEnd]),
  bylines: ['Words by Tova Grell', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Basket', '0', '← Journal', 'Guides', '·', 'Chunky pieces with a knob on each are easiest for small fingers.', 'Share', 'Facebook', 'Pinterest',
    'More from the journal', ...wRelated, 'Read more', 'Join the Kite Club', 'New toys, shop events and one good idea for a rainy day, once a month.', ...wFoot,
    '© 2026 Kettle & Kite Toys Ltd',
  ],
};

export const HELDOUT626_E2: readonly TestPage[] = [webflowPost];
