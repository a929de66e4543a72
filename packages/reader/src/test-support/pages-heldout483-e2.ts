import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file e2: a fleet driver-training company's blog post on HubSpot CMS (theme built on the Growth
 * boilerplate) with the HubSpot cookie banner, tag links, a CTA image, related posts and a subscribe form.
 */
const hTitle = 'Motorway lessons for new drivers: what we cover in three hours';
const hParas = [
  j(
    'Learners in Britain can now take lessons on motorways with an approved instructor in a dual-controlled car, but many still',
    'pass their test without ever having driven on one. For a new company driver whose first job may involve 200 miles a day,',
    'that gap matters.',
  ),
  j(
    'Our three-hour motorway module is the most requested course in our fleet programme. Here is what happens during it, so',
    'managers know what they are booking and drivers know what to expect.',
  ),
];
const hSecs = [
  {
    h: 'Hour one: joining and leaving',
    ps: [
      j(
        'We start on the M-road nearest the depot at a quiet time. The driver practises building speed on the slip road, finding',
        'a gap and merging without braking, then leaving at the next junction using the countdown markers.',
      ),
    ],
  },
  {
    h: 'Hour two: lanes, speed and space',
    ps: [
      j(
        'The middle hour covers lane discipline, overtaking and the two-second gap. We spend time on smart motorway stretches so',
        'drivers learn to read the overhead signs and know what a red X means.',
      ),
    ],
    list: [
      'Keep left unless overtaking',
      'Double the gap in rain, and more in spray from lorries',
      'Never stop in a live lane unless the traffic ahead has stopped',
    ],
  },
  {
    h: 'Hour three: breakdowns and fatigue',
    ps: [
      j(
        'Finally we cover what to do if the vehicle develops a fault: getting to an emergency area or the hard shoulder, leaving',
        'by the passenger door and waiting behind the barrier. We finish with a short talk on fatigue and the company’s rules on',
        'breaks, which we tailor for each fleet.',
      ),
    ],
  },
];
const hNav = ['Fleet Training', 'Driver Assessments', 'E-learning', 'About', 'Blog'];
const hRelated = [
  'Why your drivers need a refresher after five years',
  'Towing a trailer for work: the licence rules',
  'Reducing minor fleet damage by a third',
];
const hFoot = ['Privacy Notice', 'Terms', 'Modern Slavery Statement'];
const hBody = (): string =>
  `${ps(hParas)}
<!--more-->
${hSecs.map((s) => `<h2>${s.h}</h2>\n${ps(s.ps)}${s.list ? `\n<ul>${lis(s.list)}</ul>` : ''}`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-0f2e7c31-9a1b-4b8d-b1c3-3a6f4d2e1b90">
<span class="hs-cta-node hs-cta-0f2e7c31-9a1b-4b8d-b1c3-3a6f4d2e1b90" id="hs-cta-0f2e7c31-9a1b-4b8d-b1c3-3a6f4d2e1b90">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4410923/0f2e7c31-9a1b-4b8d-b1c3-3a6f4d2e1b90"><img class="hs-cta-img" id="hs-cta-img-0f2e7c31"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4410923/0f2e7c31-9a1b-4b8d-b1c3-3a6f4d2e1b90.png"
alt="Book a motorway module for your team"></a></span>
<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script><script type="text/javascript">hbspt.cta.load(4410923,
'0f2e7c31-9a1b-4b8d-b1c3-3a6f4d2e1b90', {"useNewLoader":"true","region":"na1"});</script>
</span><!-- end HubSpot Call-to-Action Code --></p>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="What happens in our three-hour motorway module for new company drivers."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="What happens in our three-hour motorway module for new company drivers."><meta property="og:title" content="${hTitle}">
<meta name="twitter:card" content="summary_large_image"><link rel="stylesheet"
href="https://www.northlinefleet.co.uk/hubfs/hub_generated/template_assets/1/9012345/main.min.css">
<style>#hs_cos_wrapper_widget_1701 .hs-button { background-color:#0b4f6c; }</style>
<link rel="canonical" href="https://www.northlinefleet.co.uk/blog/motorway-lessons-for-new-drivers"><meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="https://www.northlinefleet.co.uk/blog/rss.xml"><meta name="twitter:domain"
content="www.northlinefleet.co.uk">
<script src="https://www.northlinefleet.co.uk/hs/scriptloader/4410923.js" async defer id="hs-script-loader"></script></head>
<body><div class="body-wrapper   hs-content-id-158202449 hs-blog-post hs-blog-id-66120931">
<div data-global-resource-path="growth-child/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.northlinefleet.co.uk" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;">
<img src="https://www.northlinefleet.co.uk/hubfs/northline-logo.svg" class="hs-image-widget" height="40"
style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Northline Fleet Training" title="Northline Fleet Training"></a></span></div>
</div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation
header--element">
<nav aria-label="Main menu" class="menu menu--desktop">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>
</nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-header blog-header--post"><div
class="content-wrapper">
<div class="blog-header__inner"></div></div></div><div class="content-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.northlinefleet.co.uk/blog/author/tomas-vellacott">Tomas Vellacott</a>
<time datetime="2026-02-18 10:00:00" class="blog-post__timestamp">Feb 18, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hBody()}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer"><path
d="M497.94 225.94L286.06 14.06"></path></g></svg>
<a class="blog-post__tag-link" href="https://www.northlinefleet.co.uk/blog/tag/motorway-driving">Motorway Driving</a>,
<a class="blog-post__tag-link" href="https://www.northlinefleet.co.uk/blog/tag/new-drivers">New Drivers</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="#"><img class="blog-related-posts__image"
src="https://www.northlinefleet.co.uk/hubfs/r.jpg" loading="lazy" alt="${t}"></a>
<div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link" href="#">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></span></div></section></div></div></main>
<div data-global-resource-path="growth-child/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__subscribe"><h3>Subscribe to the Northline blog</h3><p>Fleet safety news and training tips every fortnight.</p>
<form class="hs-form" novalidate><label for="email-sub">Email<span class="hs-form-required">*</span></label><input id="email-sub" name="email" type="email"
class="hs-input">
<input type="submit" value="Subscribe" class="hs-button primary large"></form></div>
<nav aria-label="Footer menu"><ul class="menu__wrapper no-list">${links(hFoot, 'menu__item menu__item--depth-1')}</ul></nav>
<p class="footer__copyright">© 2026 Northline Fleet Training Ltd. Registered in England No. 08812345.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-processed="false">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on
your computer.
These cookies are used to collect information about how you interact with our website and allow us to remember you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script><script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script></body>
</html>`;
const hubspot: TestPage = {
  name: 'heldout483-hubspot-motorway-module',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([...hParas, ...hSecs.flatMap((s) => [...s.ps, ...(s.list ?? [])])]),
  bylines: ['Tomas Vellacott', 'Feb 18, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Motorway Driving', 'Related posts', ...hRelated, 'Subscribe to the Northline blog',
    'Fleet safety news and training tips every fortnight.', 'Email*', ...hFoot, '© 2026 Northline Fleet Training Ltd. Registered in England No. 08812345.',
    j(
      'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website',
      'and allow us to remember you.',
    ),
    'Accept', 'Decline',
  ],
};

export const HELDOUT483_E2: readonly TestPage[] = [hubspot];
