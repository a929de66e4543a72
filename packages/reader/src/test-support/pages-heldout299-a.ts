import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout299-kit.js';
import { tackleShop } from './pages-heldout299-a2.js';

/**
 * Held-out batch 299, file a: a Ravelry-style knitting pattern page (a product / data page: the pattern's attribute fields,
 * the buy box, project and queue counts, the photo carousel with its credit, the designer's other patterns, tags and the
 * footer) and, from file a2, a fishing report on a Shopify (Dawn) tackle shop's blog.
 */
const rTitle = 'Brackenridge Hap';
const rFields: [string, string][] = [
  ['Craft', 'Knitting'],
  ['Category', 'Neck / Torso → Shawl / Wrap'],
  ['Published', 'March 2026'],
  ['Yarn weight', 'Fingering (14 wpi)'],
  ['Gauge', '22 stitches and 40 rows = 4 inches in garter stitch, after blocking'],
  ['Needle size', 'US 5 - 3.75 mm'],
  ['Yardage', '620 - 840 yards (567 - 768 m)'],
  ['Sizes available', 'Small (Large)'],
  ['Languages', 'English'],
];
const rNotes1 = [
  j(
    'The Brackenridge Hap is a garter stitch triangle with a deep, scalloped lace border, inspired by the everyday shawls knitted in',
    'the hill farms of the north. It is worked from the top down with a simple increase spine, so you can knit until your yarn runs',
    'out and still finish with the full border.',
  ),
  j(
    'The body is restful, portable knitting; all the interest is saved for the edging, which is knitted sideways and joined to the live',
    'stitches as you go. There is no picking up and no long bind-off.',
  ),
];
const rH1 = 'Materials';
const rMat = [
  '3 (4) skeins of Fellside Fingering (100 g, 210 m), or about 620 (840) yards of any fingering-weight wool',
  '3.75 mm circular needle, 80 cm or longer',
  '4 stitch markers and a length of smooth waste yarn',
  'Blocking wires and pins (strongly recommended)',
];
const rH2 = 'Construction';
const rNotes2 = [
  j(
    'Cast on with a garter tab, then increase four stitches every right-side row along the two outer edges and the centre spine.',
    'The small size is worked to 96 ridges and the large to 124 ridges, but the shawl can be stopped at any even ridge count.',
  ),
  j(
    'The border is a twelve-row lace repeat worked back and forth across 17 stitches. At the end of every wrong-side row you knit the',
    'last border stitch together with one body stitch, so the border eats the body slowly while you work.',
  ),
];
const rH3 = 'Skills you will need';
const rSkills = [
  'Knitting, purling and basic increases (yarn over, knit front and back)',
  'Reading a lace chart; every chart row is also written out in full',
  'Joining a sideways border to live stitches',
];
const rNotes3 = [
  j(
    'Please check your gauge loosely: a hap is forgiving, but a tighter gauge will use less yarn and give a smaller shawl. The',
    'download includes a yardage table for each stage, so you can decide where to start the border.',
  ),
  j(
    'Thank you to my test knitters, who knitted eleven samples between them in nine different bases. Questions and photos of your',
    'finished shawls are always welcome in my group.',
  ),
];
const rNav = ['my notebook', 'patterns', 'yarns', 'people', 'forums', 'groups', 'events'];
const rCrumbs = ['Patterns', 'Hillside Knits', 'Brackenridge Hap'];
const rTabs = ['pattern', 'projects', 'yarn ideas', 'comments', 'threads', 'editors'];
const rMore = ['Whinfell Cowl', 'Low Moss Mitts', 'Tarnside Stole', 'Gill Beck Socks'];
const rTags = ['garter-ridges', 'lace-edging', 'triangular-shawl', 'top-down', 'one-piece'];
const rFoot = ['about us', 'advertising', 'api', 'help & support', 'privacy', 'terms of service', 'community guidelines'];
const rHtml = `<!DOCTYPE html>
<html lang="en" class="desktop"><head><meta charset="utf-8">
<title>Ravelry: Brackenridge Hap pattern by Morag Elphinstone</title>
<meta name="description" content="A garter stitch triangle with a deep, scalloped lace border, worked from the top down.">
<meta property="og:title" content="Brackenridge Hap pattern by Morag Elphinstone"><meta property="og:type" content="product">
<meta property="og:image" content="https://images4-f.ravelrycache.example/uploads/hillside/8812/brackenridge_medium2.jpg">
<link rel="canonical" href="https://www.ravelry.com/patterns/library/brackenridge-hap">
<link rel="stylesheet" href="/stylesheets/ravelry_legacy_v2_2026.css" media="screen">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Brackenridge Hap",
"brand":{"@type":"Brand","name":"Hillside Knits"},"offers":{"@type":"Offer","price":"7.00","priceCurrency":"USD"}}</script>
<script>var RavelryThing = {"user":null,"page":"patterns#show","pattern_id":1388204,"csrf":"d81f"};</script>
</head>
<body class="patterns show logged_out"><div id="page"><div id="navigation" class="navigation">
<a href="/" id="logo" class="logo"><span class="logo__text">Ravelry</span></a>
<ul id="main_nav" class="navigation__tabs">${links(rNav, 'navigation__tab')}</ul>
<div class="navigation__account"><a href="/account/login">sign in</a> <a href="/invitations/new">join now</a></div>
<form class="navigation__search" action="/search"><input type="search" name="q" placeholder="search patterns"></form></div>
<div id="content" class="content content--with_sidebar"><div class="breadcrumbs c-breadcrumbs" aria-label="breadcrumb">
${rCrumbs.map((c, i) => `<span class="c-breadcrumbs__item">${i < 2 ? `<a href="/patterns/${i}">${c}</a>` : c}</span>`).join(' › ')}</div>
<div class="core_item_content" id="pattern_page" data-pattern-id="1388204">
<div class="heading core_item_content__heading"><h2 class="c-h2-nowrap rsp_hidden">pattern</h2>
<h1 class="core_item_content__title">${rTitle}</h1>
<h3 class="core_item_content__author">by <a href="/designers/morag-elphinstone" class="designer">Morag Elphinstone</a></h3></div>
<ul class="core_item_tabs tabs">${rTabs.map((t, i) => `<li class="tab${i === 0 ? ' current' : ''}"><a href="#${i}">${t}</a></li>`).join('')}</ul>
<div class="photos core_item_content__photos"><div class="photo_carousel" data-photo-count="6">
<img src="https://images4-f.ravelrycache.example/uploads/hillside/8812/brackenridge_medium2.jpg" alt="Brackenridge Hap">
<div class="photo_carousel__caption">Sample in Fellside Fingering, colour Peat Smoke</div>
<div class="photo_carousel__credit">photo © Hillside Knits</div><div class="photo_carousel__count">1 of 6 photos</div></div></div>
<div class="core_item_content__stats"><ul class="stats"><li><a href="/projects/search#pattern=brackenridge-hap">1,214 projects</a></li>
<li>stashed 4,087 times</li><li>queued 2,950 times</li><li>favorited 6,331 times</li></ul>
<div class="rating"><span class="rating__stars">4.8</span> <span class="rating__count">average rating from 402 votes</span></div></div>
<div class="core_item_content__attributes"><div class="fields">
${rFields.map(([k, v]) => `<div class="field"><label>${k}</label>\n<div class="value">${v}</div></div>`).join('\n')}
</div></div>
<div class="core_item_content__purchase buy_box"><div class="buy_box__price">$7.00 USD</div>
<a class="buy_box__button button button--primary" href="/purchase/cart/add/1388204">buy it now</a>
<div class="buy_box__note">or add to cart with other Hillside Knits patterns</div>
<div class="buy_box__note">Buy 3 patterns, get the cheapest free with code HILLS3</div></div>
<div class="notes markdown core_item_content__notes" id="pattern_notes">
${ps(rNotes1)}
<h4>${rH1}</h4>
<ul>${lis(rMat)}</ul>
<h4>${rH2}</h4>
${ps(rNotes2)}
<h4>${rH3}</h4>
<ul>${lis(rSkills)}</ul>
${ps(rNotes3)}
</div>
<div class="core_item_content__tags"><span class="label">tags</span>
${rTags.map((t) => `<a class="tag" href="/patterns/search#tags=${t}">${t}</a>`).join(' ')}</div>
</div>
<div id="sidebar" class="sidebar"><div class="box"><h3 class="box__title">more from Hillside Knits</h3>
<ul class="related_patterns">${links(rMore, 'related_patterns__item')}</ul></div>
<div class="box box--ad"><div class="ad_label">advertisement</div><div id="div-gpt-ad-sidebar" class="ad_slot"></div></div></div></div>
<div id="footer" class="footer"><ul class="footer__links">${links(rFoot)}</ul>
<p class="footer__copyright">© 2026 Ravelry. All rights reserved. Pattern content belongs to its designer.</p></div>
<div class="cookie_notice c-cookie-banner" role="dialog"><p>We use cookies to keep you signed in and to understand how the site is used.</p>
<button class="button">OK, got it</button> <a href="/about/privacy">privacy details</a></div></div>
<script src="/javascripts/ravelry_pack_2026.js"></script><script>R.patterns.show.init({"id":1388204});</script></body></html>`;
const ravelry: TestPage = {
  name: 'heldout299-ravelry-pattern',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2, rH3],
  body: [...rFields.map(([, v]) => v), ...texts([...rNotes1, ...rMat, ...rNotes2, ...rSkills, ...rNotes3])],
  bylines: ['Morag Elphinstone'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ravelry', ...rNav, 'sign in', 'join now', 'Patterns', 'Hillside Knits', 'pattern', 'projects', 'yarn ideas', 'comments', 'threads', 'editors',
    'Sample in Fellside Fingering, colour Peat Smoke', 'photo © Hillside Knits', '1 of 6 photos', '1,214 projects', 'stashed 4,087 times',
    'queued 2,950 times', 'favorited 6,331 times', 'average rating from 402 votes', '$7.00 USD', 'buy it now',
    'or add to cart with other Hillside Knits patterns', 'Buy 3 patterns, get the cheapest free with code HILLS3', 'tags', ...rTags,
    'more from Hillside Knits', ...rMore, 'advertisement', ...rFoot, '© 2026 Ravelry. All rights reserved. Pattern content belongs to its designer.',
    'We use cookies to keep you signed in and to understand how the site is used.', 'OK, got it', 'privacy details',
  ],
};

export const HELDOUT299_A: readonly TestPage[] = [ravelry, tackleShop];
