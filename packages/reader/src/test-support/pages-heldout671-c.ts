import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout671-kit.js';

/**
 * Held-out batch 671, file c: a market garden's blog post on Webflow (CMS collection template, rich text block, related posts)
 * and a veg box newsletter post on Ghost (Casper theme, members signup box).
 */
const gTitle = 'Why we switched every bed to no-dig';
const gDek = 'Four seasons in, the weeds are fewer, the soil is darker and we spend our winters spreading compost instead of rotavating.';
const gBody = [
  j(
    'When we took on the two acres at Greenacre in 2022, the ground was compacted pasture and our first instinct was to plough it.',
    'A neighbour talked us out of it. Instead we laid cardboard over the grass, piled fifteen centimetres of compost on top and',
    'planted straight into it.',
  ),
  j(
    'The first year was slower than we hoped. Some beds were patchy where the cardboard had not rotted and the slugs loved the',
    'damp edges. By the second spring, though, the worms had pulled the compost down and we could push a fork in to the handle.',
  ),
  'What changed',
  'Weeding time fell from about ten hours a week in June to under three.',
  'We can plant a bed the same day we clear it, so most beds now grow three crops a year.',
  'The beds drain after heavy rain instead of standing in water.',
  'What it costs',
  j(
    'No-dig is not free. We buy in around forty tonnes of green-waste compost each winter, at roughly £28 a tonne delivered, and',
    'we make another eight tonnes ourselves. That is the biggest single cost on the farm after wages.',
  ),
  j(
    'We think it pays for itself. Less weeding means one fewer seasonal worker, and the extra crops go straight into the boxes:',
    'this year we packed an average of eleven items a week in the medium box, up from eight.',
  ),
  '"The soil does the digging for you. Our job is to feed it and keep it covered." – Ana Greaves, head grower',
  'What we are trying next',
  j(
    'This winter we are testing wood-chip paths between the beds and undersowing the brassicas with clover. We will report back',
    'in the spring, and if you want to see the beds for yourself, our open day is on the first Saturday of May.',
  ),
];
const gHeadIdx = [2, 6, 10];
const gNav = ['Veg boxes', 'The farm', 'Stories', 'Stockists', 'Log in'];
const gRel = ['Meet the growers: a day in the propagation tunnel', 'How we plan a year of boxes', 'The case for eating more kohlrabi'];
const gHtml = `<!DOCTYPE html><!-- Last Published: Tue Nov 03 2026 09:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.greenacreroots.co.uk" data-wf-page="65f0a1c2e3" data-wf-site="65f0a1c2e1" data-wf-collection="65f0a1c2e7"
data-wf-item-slug="why-we-switched-to-no-dig"><head><meta charset="utf-8"><title>${gTitle} | Greenacre Roots</title>
<meta content="${gDek}" name="description"><meta content="${gTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/65f0a1c2e1/css/greenacre-roots.webflow.shared.5d1e.css" rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&
c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${gTitle}","author":{"@type":"Person",
"name":"Tobias Lund"}}</script>
</head><body class="body"><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext h2{margin-top:2rem}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-collapse="medium" role="banner"><div class="navbar_container">
<a href="/" aria-current="page" class="navbar_logo-link w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0a1c2e1/logo.svg" loading="lazy"
alt="Greenacre Roots" class="navbar_logo"></a><nav role="navigation" class="navbar_menu w-nav-menu">
${gNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${t}</a>`).join('\n')}</nav>
<a href="/veg-boxes" class="button is-small w-button">Start a box</a><div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div></div>
</div>
<main class="main-wrapper"><header class="section_blog-post-header"><div class="padding-global"><div class="container-medium">
<div class="blog-post-header_breadcrumb"><a href="/stories" class="breadcrumb-link w-inline-block"><div>Stories</div></a><div class="breadcrumb-divider">/</div>
<a href="/stories-category/growing" class="breadcrumb-link w-inline-block"><div>Growing</div></a></div>
<h1 class="heading-style-h2">${gTitle}</h1><p class="text-size-medium">${gDek}</p><div class="blog-post-header_author-wrapper">
<img src="https://cdn.prod.website-files.com/65f0a1c2e7/tobias.jpg" loading="lazy" alt="" class="blog-post-header_author-image"><div>
<div class="text-weight-semibold">Tobias Lund</div><div class="blog-post-header_date-wrapper"><div class="text-size-small">3 Nov 2026</div>
<div class="text-size-small">•</div><div class="text-size-small">6 min read</div></div></div></div>
<div class="blog-post-header_image-wrapper"><img src="https://cdn.prod.website-files.com/65f0a1c2e7/beds.jpg" loading="eager"
alt="Compost-covered beds in March"
class="blog-post-header_image"></div></div></div></header>
<section class="section_blog-post-content"><div class="padding-global"><div class="container-small"><div class="padding-section-medium">
<div class="text-rich-text w-richtext">
${ps(gBody.slice(0, 2))}
<h2>${gBody[2]}</h2><ul role="list">${lis(gBody.slice(3, 6))}</ul>
<h2>${gBody[6]}</h2>${ps(gBody.slice(7, 9))}
<blockquote>${gBody[9]}</blockquote>
<h2>${gBody[10]}</h2>${ps([gBody[11] ?? ''])}
</div><div class="blog-post-content_share-wrapper"><div class="text-weight-semibold">Share this post</div><div class="blog-post-content_share">
<a href="#" class="blog-post-content_social-link w-inline-block" aria-label="Copy link"><div class="icon-embed-xsmall w-embed"><svg></svg></div></a>
<a href="https://www.facebook.com/sharer" class="blog-post-content_social-link w-inline-block" aria-label="Facebook"><div class="icon-embed-xsmall w-embed">
<svg></svg></div></a></div></div></div></div></div></section>
<section class="section_blog-related"><div class="padding-global"><div class="container-large"><div class="padding-section-large"><div class="margin-bottom">
<h2 class="heading-style-h3">More from the farm</h2></div><div class="blog-related_list-wrapper w-dyn-list"><div role="list"
class="blog-related_list w-dyn-items">
${gRel
  .map(
    (t) => `<div role="listitem" class="blog-related_item w-dyn-item"><a href="/stories/x" class="blog-related_item-link w-inline-block">
<div class="blog-related_category">Growing</div><h3 class="heading-style-h5">${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-small"><h2>Get a box of what we grow</h2>
<p class="text-size-medium">Weekly or fortnightly, delivered across the Wyre valley. Skip or cancel any time.</p>
<a href="/veg-boxes" class="button w-button">Choose your box</a></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="w-form"><form id="wf-form-Footer-Form" name="wf-form-Footer-Form" method="get"
class="footer_form"><div class="text-size-small">Join our newsletter for
box news and recipes.</div><input class="form_input w-input" maxlength="256" name="Footer-Email" placeholder="Enter your email" type="email">
<input type="submit" data-wait="Please wait..." class="button is-secondary is-small w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Footer Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Footer Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div><div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2026 Greenacre Roots CIC. All rights reserved.</div>
<div class="w-layout-grid footer_legal-list"><a href="/privacy" class="footer_legal-link">Privacy Policy</a><a href="/terms"
class="footer_legal-link">Terms of Sale</a>
</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1c2e1" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f0a1c2e1/js/webflow.schunk.36b8fb49.js" type="text/javascript"></script></body></html>`;
const greenacre: TestPage = {
  name: 'heldout671-webflow-no-dig',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeadIdx.map((i) => gBody[i] ?? ''),
  body: [gDek, ...gBody.filter((_, i) => !gHeadIdx.includes(i))],
  bylines: ['Tobias Lund', '3 Nov 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Start a box', 'Stories', 'Growing', '6 min read', 'Share this post', 'More from the farm', ...gRel,
    'Get a box of what we grow', 'Weekly or fortnightly, delivered across the Wyre valley. Skip or cancel any time.', 'Choose your box',
    'Join our newsletter for box news and recipes.', '© 2026 Greenacre Roots CIC. All rights reserved.', 'Privacy Policy', 'Terms of Sale',
  ],
};

const kTitle = 'The hungry gap is here';
const kDek = 'Why April boxes look the way they do, and what we are doing to fill them.';
const kBody = [
  'Dear box members,',
  j(
    'Every year around this time I write more or less the same letter, and every year a few of you write back to ask why a box in',
    'April has less in it than a box in January. The short answer is the hungry gap: the stored roots and cabbages of winter are',
    'running out, and the first spring crops are still a few weeks from ready.',
  ),
  j(
    'At Brackenhowe we have three ways of bridging it. We sow early salads and spinach in the tunnels in February, we keep back',
    'a store of potatoes, onions and squash in the barn, and we buy in from two growers further south whose seasons run a fortnight',
    'ahead of ours.',
  ),
  'This month in the box',
  'Tunnel salad leaves and spinach',
  'Stored potatoes, onions and the last of the Crown Prince squash',
  'Forced rhubarb from Eastmoor Farm',
  'Wild garlic, picked by us from the beck side',
  j(
    'From the second week of May things pick up quickly: radishes, spring onions, the first carrots and, if the weather holds,',
    'asparagus. Thank you, as ever, for sticking with us through the lean weeks. It is what makes a box scheme work.',
  ),
  'Hannah',
];
const kHeadIdx = [3];
const kNav = ['Home', 'Box letters', 'Recipes', 'About'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${kTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://letters.brackenhowe.farm/assets/built/screen.css?v=4a2b9c0d1e">
<meta name="description" content="${kDek}"><link rel="canonical" href="https://letters.brackenhowe.farm/the-hungry-gap-is-here/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Brackenhowe Box Letters"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-04-07T06:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brackenhowe Box Letters"},
"author":{"@type":"Person","name":"Hannah Corby"},"headline":"${kTitle}","datePublished":"2026-04-07T06:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.88"><link rel="alternate" type="application/rss+xml" title="Brackenhowe Box Letters"
href="https://letters.brackenhowe.farm/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.40/umd/portal.min.js" data-i18n="true" data-ghost="https://letters.brackenhowe.farm/"
data-key="8a9f2c" data-api="https://letters.brackenhowe.farm/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style>
<style>:root {--ghost-accent-color: #5b7f3a;}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://letters.brackenhowe.farm">Brackenhowe Box Letters</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${kNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/">${t}</a></li>`)
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-box-letters tag-spring">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/box-letters/">Box letters</a></span></div><h1 class="article-title">${kTitle}</h1><p class="article-excerpt">${kDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hannah/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/hannah.jpg" alt="Hannah Corby"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/hannah/">Hannah Corby</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-07">Apr 7, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/rhubarb.jpg 300w" src="/content/images/size/w2000/rhubarb.jpg"
alt="Forced rhubarb in crates"><figcaption><span style="white-space: pre-wrap;">Forced rhubarb from Eastmoor, grown in the dark.</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${ps(kBody.slice(0, 3))}
<h2 id="this-month-in-the-box">${kBody[3]}</h2><ul>${lis(kBody.slice(4, 8))}</ul>
${ps(kBody.slice(8, 10))}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/seed-order/">
<img class="post-card-image" src="/content/images/seed.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link"
href="/seed-order/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Box letters</span></div>
<h2 class="post-card-title">The seed order, and why it matters to you</h2></header><div class="post-card-excerpt">Every December we decide what will be in your
box next August.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-05">Jan 5, 2026</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://letters.brackenhowe.farm">Brackenhowe Box Letters</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://letters.brackenhowe.farm/assets/built/casper.js?v=4a2b9c0d1e"></script></body></html>`;
const brackenhowe: TestPage = {
  name: 'heldout671-ghost-hungry-gap',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeadIdx.map((i) => kBody[i] ?? ''),
  body: [kDek, ...kBody.filter((_, i) => !kHeadIdx.includes(i) && i !== 9)],
  bylines: ['Hannah Corby', 'Apr 7, 2026', 'Hannah'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackenhowe Box Letters', ...kNav, 'Sign in', 'Subscribe', '2 min read', 'Forced rhubarb from Eastmoor, grown in the dark.', 'Sign up for more like this.',
    'Enter your email', 'The seed order, and why it matters to you', 'Every December we decide what will be in your box next August.', 'Jan 5, 2026',
    '3 min read', 'Brackenhowe Box Letters © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT671_C: readonly TestPage[] = [greenacre, brackenhowe];
