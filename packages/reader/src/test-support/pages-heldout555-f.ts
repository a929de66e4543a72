import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout555-kit.js';

/**
 * Held-out batch 555, file f: a Ghost (Casper) blog post from a skip firm's driver on what he finds in skips, with a members
 * sign-up box, and a HubSpot CMS blog post comparing skip hire and grab hire, with a CTA and a subscribe form.
 */
const gTitle = 'Five things I found in skips this year (and why they shouldn’t have been there)';
const gDek = 'Notes from the cab: a driver on the items that turn a routine collection into a problem.';
const gBody = [
  j(
    'I have driven a skip lorry for fourteen years, and every year I keep a list. Most of what people throw away is exactly what',
    'a skip is for: rubble, old carpet, broken furniture. But every so often something turns up that makes me stop the lift.',
  ),
  '1. A gas cylinder under the plasterboard',
  j(
    'Gas bottles go into the crusher at the transfer station and they explode. This one was half full. If you have a patio heater',
    'bottle, the supplier will take it back for free.',
  ),
  '2. A fridge, door still on',
  j(
    'Fridges contain refrigerant gases that have to be removed by a licensed site. We charge £45 to take one separately, which is',
    'less than the fine for mixing it in.',
  ),
  '3. Forty litres of paint',
  'Dried-out tins are fine. Liquid paint leaks through everything else in the skip and makes the whole load hazardous.',
  '4. A box of old photographs',
  j('Not dangerous, just sad. It came from a house clearance and the family had no idea it was in the loft. I rang the office and', 'we got it back to them.'),
  '5. An overfilled skip',
  j(
    'Not an item, but the most common problem of all. Waste above the rim can fall off on the road, and we are not allowed to',
    'carry it. If it is over the top, I will ask you to take some off before I lift.',
  ),
];
const gH = [1, 3, 5, 7, 9];
const gNav = ['Home', 'Notes from the cab', 'Guides', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1a2c9b3e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://blog.kestrelskips.co.uk/five-things-i-found-in-skips/"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kestrel Skips Blog"},
"author":{"@type":"Person","name":"Mick Toland"},"headline":"${gTitle}","datePublished":"2026-01-14T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.kestrelskips.co.uk/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style></head>
<body class="post-template has-sans-title has-serif-body"><div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.kestrelskips.co.uk">Kestrel Skips Blog</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-notes-from-the-cab">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/notes-from-the-cab/">Notes
from the cab</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/mick/"
class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2025/06/mick.jpg" alt="Mick Toland"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/mick/">Mick Toland</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-01-14">Jan
14, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/01/skip-lift.jpg" alt="A skip being lifted">
<figcaption><span style="white-space: pre-wrap;">The 7am lift on Dray Street.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([gBody[0] ?? ''])}
${gH.map((h) => `<h2 id="h${h}">${gBody[h]}</h2>\n<p>${gBody[h + 1]}</p>`).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Not sure if something can go in?
Ring the office on 01632 960 610 before you throw it.</div></div>
</section>
<section class="article-comments gh-canvas"><div data-ghost-comments="" class="gh-comments"></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-content-link" href="/what-size-skip/">
<header class="post-card-header"><h2 class="post-card-title">What size skip do I actually need?</h2></header>
<div class="post-card-excerpt">The short answer is usually one size bigger than you think.</div></a></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.kestrelskips.co.uk">Kestrel Skips Blog</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Kestrel Skips main site'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4f1a2c9b3e"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout555-ghost-skip-finds',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH.map((i) => gBody[i] ?? ''),
  body: [gDek, ...gBody.filter((_, i) => !gH.includes(i)), 'Not sure if something can go in? Ring the office on 01632 960 610 before you throw it.'],
  bylines: ['Mick Toland', 'Jan 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Skips Blog', ...gNav, 'Sign in', 'Subscribe', '• 3 min read', 'The 7am lift on Dray Street.', 'Sign up for more like this.',
    'Enter your email', 'What size skip do I actually need?', 'The short answer is usually one size bigger than you think.', 'Kestrel Skips Blog © 2026',
    'Sign up', 'Kestrel Skips main site', 'Powered by Ghost',
  ],
});

const uTitle = 'Skip Hire or Grab Hire? How to Choose for Your Project';
const uBody = [
  j(
    'Every week customers ask us the same question: should I get a skip or a grab lorry? Both take away waste legally and both',
    'come with the right paperwork, but they suit very different jobs. Getting it wrong can mean paying for two skips, or paying',
    'for a grab when a mini skip would have done.',
  ),
  'When a skip makes sense',
  j(
    'A skip is best when waste is produced slowly, over days or weeks, such as during a renovation. You fill it at your own pace',
    'and we collect it when you are done. Skips also suit mixed waste like timber, plastics and packaging that a grab struggles to',
    'pick up cleanly.',
  ),
  'Jobs that run over more than a day',
  'Mixed, bulky waste such as furniture and carpet',
  'Sites with room on a driveway for the skip to sit',
  'When a grab lorry is better',
  j(
    'A grab lorry has a hydraulic arm with a bucket that can reach up to 6 metres over walls, hedges and front gardens. It loads',
    'loose heavy material such as soil, rubble and hardcore straight from a pile, and takes it away the same day.',
  ),
  j(
    'One grab load holds about 16 tonnes, the same as five or six builders skips. For a landscaping or groundworks job that',
    'digs out a lot of spoil in one go, a grab is almost always cheaper.',
  ),
  'Costs compared',
  j(
    'In the Northfold area an 8 yard skip costs around £295 for a two-week hire, while a grab load of soil or rubble costs',
    'between £290 and £340. Because the grab takes three times the weight, the cost per tonne is much lower for heavy waste.',
  ),
  'Permits and access',
  j(
    'A skip on the road needs a council permit. A grab lorry parks only while it loads, so you do not need a permit, but the',
    'driver needs a clear reach to the pile and the road must be wide enough for the stabiliser legs.',
  ),
];
const uH = [1, 6, 9, 11];
const uNav = ['Skip Hire', 'Grab Hire', 'Aggregates', 'Blog', 'Contact Us'];
const uHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${uTitle}</title><link rel="shortcut icon" href="https://www.northfoldwaste.co.uk/hubfs/favicon.png">
<meta name="description" content="Skip or grab lorry? How to choose for building, garden and groundworks jobs.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.northfoldwaste.co.uk/hs-fs/hub/4410287/hub_generated/template_assets/1/92810455/1706012345/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","author":{"@type":"Person",
"name":"Lauren Pike"}}</script>
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script>
<link rel="amphtml" href="https://www.northfoldwaste.co.uk/blog/skip-or-grab-hire?hs_amp=true"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-15502298810 hs-blog-post hs-blog-id-11840072631">
<div data-global-resource-path="northfold-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="https://www.northfoldwaste.co.uk/hubfs/logo.svg"
alt="Northfold Waste"></a></div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary"><ul
class="submenu level-1">${links(uNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__phone"><a href="tel:01632960902">01632 960 902</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/lauren-pike">Lauren Pike</a>
<time datetime="2026-02-26 09:00:00" class="blog-post__timestamp">February 26, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${uBody[0]}</p>
<!--more--><h2>${uBody[1]}</h2><p>${uBody[2]}</p><ul>${lis(uBody.slice(3, 6))}</ul>
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-185522"><a
href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=AVxigLK"
class="hs-inline-web-interactive-185522">Check skip prices for your postcode</a></div>
<h2>${uBody[6]}</h2><p>${uBody[7]}</p><p>${uBody[8]}</p>
<h2>${uBody[9]}</h2><p>${uBody[10]}</p><h2>${uBody[11]}</h2><p>${uBody[12]}</p></span></div>
<div class="blog-post__tags"><svg aria-hidden="true"></svg><a class="blog-post__tag-link" href="/blog/tag/skip-hire">Skip Hire</a>
<a class="blog-post__tag-link" href="/blog/tag/grab-hire">Grab Hire</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
<div class="blog-related-posts__post"><h3><a href="/blog/soil-disposal">How Much Does Soil Disposal Cost?</a></h3></div>
<div class="blog-related-posts__post"><h3><a href="/blog/skip-permits-explained">Skip Permits Explained</a></h3></div></div></section>
<div class="blog-subscribe"><h3>Subscribe to our blog</h3><div class="hs_cos_wrapper_type_form"><form class="hs-form stacked" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-b8a1" for="email-b8a1"><span>Email</span><span
class="hs-form-required">*</span></label>
<div class="input"><input id="email-b8a1" name="email" type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div></div></div></main>
<div data-global-resource-path="northfold-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Northfold Waste Management Ltd, Quarry Lane, Northfold NF2 7EH</p><ul>${links(['Privacy Policy', 'Cookie Policy', 'Terms'])}</ul>
<p>© 2026 Northfold Waste Management Ltd</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer.
These cookies are used to improve your website experience.</p><div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button"
role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js-eu1.hs-scripts.com/4410287.js"></script></body></html>`;
const hubspot: TestPage = page({
  name: 'heldout555-hubspot-skip-vs-grab',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uH.map((i) => uBody[i] ?? ''),
  body: uBody.filter((_, i) => !uH.includes(i)),
  bylines: ['Lauren Pike', 'February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, '01632 960 902', 'Check skip prices for your postcode', 'Related posts', 'How Much Does Soil Disposal Cost?',
    'Skip Permits Explained', 'Subscribe to our blog', 'Email', '*', 'Northfold Waste Management Ltd, Quarry Lane, Northfold NF2 7EH', 'Privacy Policy',
    'Cookie Policy', 'Terms', '© 2026 Northfold Waste Management Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT555_F: readonly TestPage[] = [ghost, hubspot];
