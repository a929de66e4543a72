import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file d2: a farm-equipment dealer's blog post on HubSpot CMS (header with menu and "Find a Location"
 * button, blog post header with author, date and reading time, tags, a HubSpot CTA inside the body, a blog subscribe form,
 * related posts, the HubSpot cookie banner and the footer).
 */
const hTitle = 'Five Planter Checks to Make Before You Head to the Field';
const hIntro = [
  j(
    'Every spring our service shop sees the same planter problems come through the door in the second week of planting, when every',
    'hour counts. Most of them could have been caught in an afternoon in the machine shed. Here are the five checks our technicians',
    'recommend, in the order they do them.',
  ),
  j(
    "Before you start, park the planter on level concrete, raise it on the lift assist and lock it up safely. Have the operator's",
    'manual and a notebook at hand, and write down every worn part as you find it so you can order them all at once.',
  ),
];
const hH = ['1. Seed meters', '2. Disc openers and seed tubes', '3. Gauge wheels and closing wheels', '4. Down-force and hydraulics', '5. Monitor and sensors'];
const hS = [
  [
    j(
      'Worn brushes, cracked seed discs and dirty vacuum seals are the most common causes of skips and doubles. Pull each meter,',
      'clean it, and run it on a meter test stand with the seed you will actually plant. A stand test takes about ten minutes per row.',
    ),
  ],
  [
    j(
      'Measure the diameter of your opener discs. On most planters a new disc is 15 inches; once it wears below 14.5 inches, the',
      'seed trench loses its V shape and seed placement suffers. Check seed tubes for worn or broken guards while you are there.',
    ),
  ],
  [
    j(
      'Gauge wheel arms should move freely without side play. Worn bushings let the wheel wander and change your planting depth. Look',
      'at closing wheels for wobble and make sure the spring settings match across every row.',
    ),
  ],
  [
    j(
      'Check hoses and fittings for leaks, and confirm that the down-force system holds pressure overnight. If you use hydraulic',
      'down-force, cycle it a few times to purge air before the first pass.',
    ),
  ],
  [
    j(
      'Update your display firmware before the season, not during it. Clean every seed sensor with a soft bottle brush and confirm each',
      'row reports to the monitor while the meters turn on the stand.',
    ),
    j(
      'If that sounds like a lot, it is. That is why our technicians offer a pre-season planter inspection at a flat rate, with a written',
      'report of every part that needs attention.',
    ),
  ],
];
const hMenu = ['New Equipment', 'Used Equipment', 'Parts', 'Service', 'Precision Ag', 'Blog'];
const hRelated = ['Is It Time to Replace Your Combine Header?', 'Getting the Most from Your Sprayer Nozzles', 'Spring Tractor Maintenance Checklist'];
const hFoot = ['Locations', 'Careers', 'Financing', 'Privacy Policy'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Our service technicians share the five planter checks to make before spring planting.">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="//7012345.fs1.hubspotusercontent-na1.example/hubfs/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Lyle Brandvold"},"datePublished":"2026-02-24"}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; hsVars['portal_id'] = 7012345;</script></head>
<body><div class="body-wrapper hs-content-id-11823 hs-blog-post hs-blog-id-5520"><div data-global-resource-path="theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><a href="/"><span class="header__logo-company-name">Brackenfield Tractor &amp; Equipment</span></a></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hMenu, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav></div><div class="header__button"><a class="button" href="/locations">Find a Location</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/lyle-brandvold" class="blog-post__author">Lyle Brandvold</a>
<time datetime="2026-02-24 14:00:00" class="blog-post__timestamp">Feb 24, 2026 8:00:00 AM</time>
<span class="blog-post__read-time">4 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hIntro)}
<!--more-->
${hH.map((h, i) => `<h2>${h}</h2>\n${ps(hS[i] ?? [])}`).join('\n')}
<span class="hs-cta-wrapper" id="hs-cta-wrapper-9a1c"><span class="hs-cta-node hs-cta-9a1c" id="hs-cta-9a1c">
<a href="https://cta-redirect.hubspot.example/cta/redirect/7012345/9a1c" class="cta_button" style="">Book Your Pre-Season Planter Inspection</a>
</span><script>hbspt.cta.load(7012345, '9a1c', {"useNewLoader":"true","region":"na1"});</script></span>
</span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Tags:</span> <a class="blog-post__tag-link" href="/blog/tag/planters">Planters</a>,
<a class="blog-post__tag-link" href="/blog/tag/service-tips">Service Tips</a></div></article>
<div class="blog-subscribe"><h3>Subscribe to the Brackenfield Blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked" data-form-id="b7d2"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${hRelated
  .map(
    (t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/${t.length}">${t}</a></h3>
</article>`,
  )
  .join('\n')}
</div></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Brackenfield Tractor &amp; Equipment. Seven locations across the Red River Valley.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/7012345.js"></script></body></html>`;
export const dealerBlog: TestPage = {
  name: 'heldout240-hubspot-dealer-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hS.flat()]),
  bylines: ['Lyle Brandvold', 'Feb 24, 2026 8:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brackenfield Tractor & Equipment', ...hMenu, 'Find a Location', '4 min read', 'Book Your Pre-Season Planter Inspection', 'Tags:',
    'Planters', 'Service Tips', 'Subscribe to the Brackenfield Blog', 'Email', 'Related posts', ...hRelated, ...hFoot,
    '© 2026 Brackenfield Tractor & Equipment. Seven locations across the Red River Valley.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};
