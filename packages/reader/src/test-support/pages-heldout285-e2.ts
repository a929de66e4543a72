import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file e2: a freight software company's HubSpot CMS blog post (hs_cos_wrapper modules, the global header
 * partial with hs-menu-wrapper, blog-post meta with author link and time, hs-cta-wrapper call-to-action inside the body, topic
 * tags, blog subscription hs-form, related posts, the global footer and the HubSpot cookie banner).
 */
const hTitle = 'Five dock scheduling mistakes that cost warehouses hours every week';
const hIntro = [
  j(
    'Most warehouses we visit lose time at the dock, not in the aisles. Trucks arrive in clusters, doors sit empty for hours and then',
    'three carriers turn up at once. Having looked at scheduling data from more than two hundred sites, we keep seeing the same five',
    'mistakes.',
  ),
];
const hH = ['The five mistakes', 'Where to start'];
const hList = [
  '<strong>Booking by the hour, not by the load.</strong> A pallet of mixed cartons takes far longer to unload than a full truck of identical pallets.',
  '<strong>No buffer for late carriers.</strong> Schedules packed end to end collapse the moment one truck is twenty minutes late.',
  '<strong>Letting carriers book any door.</strong> Chilled loads end up at the far end of the building and forklifts cross the whole floor.',
  '<strong>Ignoring the afternoon peak.</strong> Many sites take the most bookings exactly when the pick team needs the most people.',
  '<strong>Measuring only on-time arrival.</strong> A truck that arrives on time but waits an hour for a door is not a success.',
];
const hS2 = [
  j(
    'You do not need to fix all five at once. The sites that improved fastest began by recording two numbers for every truck for a',
    'fortnight: when it arrived at the gate, and when unloading actually started. The gap between the two shows where the schedule',
    'is failing.',
  ),
  j(
    'With those figures in hand, most teams could see within days whether their problem was bunching, door allocation or staffing,',
    'and fix that one first. One distribution centre near Harwick cut its average wait from 52 minutes to 19 in a single quarter',
    'simply by blocking out the hour after lunch for outbound loads only.',
  ),
  j(
    'Whatever you change, change one thing at a time and keep recording the same two numbers. Dock schedules interact with picking,',
    'staffing and carrier habits in ways that are hard to predict, and a fortnight of clean data after each change is the only',
    'reliable way to know which adjustment made the difference.',
  ),
];
const hNav = ['Platform', 'Solutions', 'Resources', 'Company', 'Request a demo'];
const hTopics = ['Dock Scheduling', 'Warehouse Operations'];
const hRelated = ['How to run a yard audit in one afternoon', 'Carrier scorecards: what to measure and why', 'Cross-docking without the chaos'];
const hFoot = ['Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Careers'];
const w = (id: string, type: string, inner: string): string => `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_${type}"
style="" data-hs-cos-general-type="${type.split('_')[0]}" data-hs-cos-type="${type.split('_').slice(2).join('_')}">${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Having looked at scheduling data from more than two hundred sites, we keep seeing the same five mistakes.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<link rel="stylesheet" href="/hs-fs/hub/4471182/hub_generated/template_assets/1/83211/1709800000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Colm Aberdeen"},
"datePublished":"2026-03-05T14:00:00Z"}</script>
<script>var hsVars = {"render_id":"8f1c","ticks":1741183200000,"page_id":1661772210,"content_group_id":1640011221,"portal_id":4471182,
"app_hs_base_url":""};</script>
</head>
<body><div class="body-wrapper hs-content-id-1661772210 hs-blog-post hs-content-path-blog-five-dock-scheduling-mistakes
hs-blog-name-pelham-blog hs-blog-id-1640011221">
<div data-global-resource-path="pelham-2024/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper">
<div class="header__logo header__logo--main">${w(
  'site_logo',
  'widget_type_logo',
  `<a href="/" id="hs-link-site_logo">
<img src="/hubfs/pelham-logo.svg" alt="Pelham Freight Software"></a>`,
)}
</div><div class="header__menu header__menu--desktop">${w(
  'navigation-primary',
  'module_type_module',
  `<nav class="menu menu--desktop" aria-label="Main menu">
<div class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation">
<ul role="menu">${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></div></nav>`,
)}
</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><div class="blog-post__breadcrumb"><a href="/blog">Blog</a> / <a href="/blog/topic/dock-scheduling">Dock Scheduling</a></div>
<h1>${w('name', 'meta_field_type_text', hTitle)}</h1>
<div class="blog-post__meta"><a href="/blog/author/colm-aberdeen" rel="author">Colm Aberdeen</a>
<time datetime="2026-03-05 14:00:00" class="blog-post__timestamp">
Mar 5, 2026 2:00:00 PM</time></div>
<div class="blog-post__body">${w(
  'post_body',
  'meta_field_type_rich_text',
  `${hIntro.map((x) => `<p>${x}</p>`).join('')}
<!--more--><h2>${hH[0]}</h2><ol>${lis(hList)}</ol>
<p>${w(
    'widget_1741180000',
    'widget_type_cta',
    `<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8c2e1a">
<span class="hs-cta-node hs-cta-8c2e1a" id="hs-cta-8c2e1a">
<a href="https://cta-redirect.hubspot.example/cta/redirect/4471182/8c2e1a" class="cta_button">Download
the dock scheduling checklist</a></span></span><!-- end HubSpot Call-to-Action Code -->`,
  )}</p>
<h2>${hH[1]}</h2>${hS2.map((x) => `<p>${x}</p>`).join('\n')}`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>Topics: ${hTopics
  .map((t) => `<a class="blog-post__tag-link" href="/blog/topic/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`)
  .join(', ')}</div>
<div class="blog-post__social">Share: <a href="#" class="hs-social-share">LinkedIn</a> <a href="#" class="hs-social-share">Email</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="#">${t}</a></h3></div>`,
  )
  .join('\n')}</div></section>
<div class="blog-subscribe">${w(
  'blog_subscription',
  'widget_type_blog_subscribe',
  `<h3 class="form-title">Subscribe to the Pelham blog</h3>
<div id="hs_form_target_blog_subscription"><form class="hs-form stacked" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-4a1">Email<span class="hs-form-required">*</span></label><div class="input">
<input id="email-4a1" name="email" type="email" class="hs-input"></div>
</div><div class="hs_blog_frequency field hs-form-field"><label>Notification Frequency</label></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" value="Subscribe" class="hs-button primary large"></div></div></form></div>`,
)}</div></div></div></main>
<div data-global-resource-path="pelham-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2026 Pelham Freight Software, Inc.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="/hs/scriptloader/4471182.js" async defer id="hs-script-loader">
</script>
</body></html>`;
export const hubspot: TestPage = {
  name: 'heldout285-hubspot-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hList, ...hS2]),
  bylines: ['Colm Aberdeen', 'Mar 5, 2026 2:00:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Blog', ...hTopics, 'Download the dock scheduling checklist', 'Topics:', 'Share:', 'LinkedIn', 'Email', 'Related posts',
    ...hRelated, 'Subscribe to the Pelham blog', 'Notification Frequency', ...hFoot, '© 2026 Pelham Freight Software, Inc.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};
