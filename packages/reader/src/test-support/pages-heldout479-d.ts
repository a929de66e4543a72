import { links, type TestPage } from './page-kit.js';
import { type Block, bodies, heads, j, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file d: a planner's advice post on Ghost (Casper theme: tag, excerpt, byline with reading time,
 * callout card, comments, read-more cards, signup CTA) and a venue group's blog post on HubSpot CMS with a package table,
 * a CTA, tags, related posts and the HubSpot cookie banner.
 */
const gTitle = 'How to Write a Rain Plan You Will Actually Be Happy With';
const gDek = 'A wet-weather plan is not a consolation prize. Here is how we build one that couples end up loving just as much.';
const gBlocks: Block[] = [
  j(
    'Every outdoor wedding we plan gets a second floor plan, drawn at the same time as the first and costed in the same budget.',
    'The couples who end up using it are almost never disappointed, and the reason is simple: it was never an afterthought.',
  ),
  '## Decide on the trigger, and the deadline',
  j(
    'Agree with your venue and planner what forecast moves you indoors and when that call is made. We use a simple rule: if the',
    'chance of rain at ceremony time is above 40 per cent at 9am, we go to plan B. Nobody has to agonise on the morning.',
  ),
  '## Give the indoor space its own design',
  j(
    'Do not try to squeeze the garden ceremony into a room. Move the aisle, change the chair layout, bring the flowers with you',
    'and think about light: candles and uplighting do a lot of work on a grey afternoon.',
  ),
  '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div>' +
    '<div class="kg-callout-text">Ask your venue for photographs of real weddings that used the wet-weather room. Not styled shoots, real ones.</div></div>',
  '## Budget for it on day one',
  [
    'A marquee or stretch tent hold, usually refundable up to a week before',
    'Extra staff time to turn the room round',
    'Umbrellas for the photographs (clear ones photograph best)',
  ],
  j(
    'Finally, tell your guests there is a plan. A line on the website or in the invitation that says "come rain or shine, we have it',
    'covered" stops a lot of anxious messages in the week of the wedding.',
  ),
];
const gNav = ['Home', 'Real Weddings', 'Planning Advice', 'Work with us'];
const gMore = ['The Order of the Day, Hour by Hour', 'Why We Always Book a Second Photographer', 'Micro Weddings: What Changes and What Does Not'];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://notes.halloranevents.com/assets/built/screen.css?v=4f2c1a9d02">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://notes.halloranevents.com/rain-plan/">
<meta property="og:site_name" content="Halloran Events Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-12T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Halloran Events Notes"},
"author":{"@type":"Person","name":"Bridget Halloran"},"headline":"${gTitle}","datePublished":"2026-03-12T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://notes.halloranevents.com/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-planning-advice is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://notes.halloranevents.com">Halloran Events Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-planning-advice">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/planning-advice/">Planning Advice</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/bridget/" class="author-avatar"><img class="author-profile-image" src="/content/images/2025/bridget.jpg" alt="Bridget Halloran"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/bridget/">Bridget Halloran</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-12">Mar 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/03/marquee.jpg" alt="A marquee on a lawn in the rain"><figcaption>
<span style="white-space: pre-wrap;">A lawn ceremony moved under canvas, Stourhead Farm, 2025.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${render(gBlocks, {
  p: (t) => (t.startsWith('<div') ? t : `<p>${t}</p>`),
  h: (t) =>
    `<h2 id="${t
      .toLowerCase()
      .slice(0, 12)
      .replace(/[^a-z]+/g, '-')}">${t}</h2>`,
})}
</section>
<section class="article-comments gh-canvas">
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://notes.halloranevents.com/"
data-title="" data-count="true" data-post-id="65f0a2c1" crossorigin="anonymous"></script></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/p/">
<img class="post-card-image" src="/content/images/card.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Planning Advice</span></div>
<h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notes.halloranevents.com">Halloran Events Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://notes.halloranevents.com/assets/built/casper.js?v=4f2c1a9d02"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout479-ghost-rain-plan',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: heads(gBlocks),
  body: [gDek, ...bodies(gBlocks)],
  bylines: ['Bridget Halloran', 'Mar 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halloran Events Notes', ...gNav.filter((t) => t !== 'Real Weddings'), 'Sign in', 'Subscribe', '• 5 min read',
    'A lawn ceremony moved under canvas, Stourhead Farm, 2025.',
    'Sign up for more like this.', 'Enter your email', ...gMore, 'Halloran Events Notes © 2026', ...gFoot, 'Powered by Ghost',
  ],
};

const hTitle = 'What Is Actually Included in Our All-Inclusive Wedding Packages';
const hRows = [
  ['Primrose', 'Friday or Sunday', 'Up to 60', '£8,750'],
  ['Bluebell', 'Any day, October to March', 'Up to 90', '£11,400'],
  ['Foxglove', 'Any day, April to September', 'Up to 120', '£15,900'],
];
const hBlocks: Block[] = [
  j(
    'The question we hear most at open evenings is "what does all-inclusive really mean?" It is a fair question, so here is the',
    'honest answer for all three Stonebrook houses, with nothing hidden in the small print.',
  ),
  '## Everything in every package',
  [
    'Exclusive use of the house from 10am to midnight',
    'Ceremony room fee (the registrar\u2019s own fee is paid separately to the council)',
    'Arrival drinks, a three-course wedding breakfast, half a bottle of wine per guest and a toast',
    'An evening buffet for your day guests',
    'Our resident DJ until midnight',
  ],
  '## The three tiers',
  'The difference between the packages is mostly the size of the wedding and the time of year:',
  ...hRows.map((r) => r.join(' ')),
  '## What is not included',
  j(
    'Flowers beyond the table centres, photography, the cake and evening guests beyond your package number. Extra evening guests',
    'are £24 each. We are happy to recommend suppliers, but you are never tied to them.',
  ),
];
const hNav = ['Our Houses', 'Weddings', 'Packages', 'Open Evenings', 'Blog', 'Contact'];
const hTags = ['Packages', 'Pricing', 'Planning'];
const hRel = ['Open Evening Dates for Spring 2027', 'Choosing Between Our Three Houses'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="An honest breakdown of Stonebrook Estates wedding packages.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Georgia Penhale"},"datePublished":"2026-02-17"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1602233441 hs-blog-post hs-blog-id-1571188062">
<div data-global-resource-path="stonebrook-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo">
<img src="/hubfs/stonebrook-logo.svg" alt="Stonebrook Estates"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite">
<a class="menu__link" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/georgia-penhale">Georgia Penhale</a>
<time datetime="2026-02-17 10:00:00" class="blog-post__timestamp">Feb 17, 2026 10:00:00 AM</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">
${render(hBlocks.slice(0, 5))}
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="width: 100%; border-collapse: collapse;"><tbody>
<tr><td><strong>Package</strong></td><td><strong>Days</strong></td><td><strong>Day guests</strong></td><td><strong>From</strong></td></tr>
${hRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>
${render(hBlocks.slice(8))}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-8f1e"><span class="hs-cta-node hs-cta-8f1e" id="hs-cta-8f1e">
<a href="https://cta-redirect.hubspot.com/cta/redirect/7052064/8f1e" class="cta_button">Book your place at an open evening</a></span></span></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.118V48C0"></path></g></svg>${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}">${t}</a>`).join(',\n')}</div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<div class="blog-related-posts__post">
<a class="blog-related-posts__image-link" href="/blog/r"><img class="blog-related-posts__image" src="/hubfs/r.jpg" alt="${t}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/r">${t}</a></h3></div>
</div>`,
  )
  .join('\n')}</div></section>
</div></div></main>
<div data-global-resource-path="stonebrook-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Stonebrook Estates &middot; Wedding venues in Devon and Cornwall</p><p>&copy; 2026 Stonebrook Estates Ltd. Registered in England No. 08114421.</p></div>
</footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>
</div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/7052064.js">
</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout479-hubspot-packages-post',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: heads(hBlocks),
  body: bodies(hBlocks),
  bylines: ['Georgia Penhale', 'Feb 17, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => !['Weddings', 'Packages', 'Open Evenings'].includes(t)), 'Book your place at an open evening', 'Pricing',
    'Planning', 'Related posts', ...hRel, 'Stonebrook Estates · Wedding venues in Devon and Cornwall',
    '© 2026 Stonebrook Estates Ltd. Registered in England No. 08114421.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT479_D: readonly TestPage[] = [ghost, hubspot];
