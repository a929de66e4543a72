import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file d: a security integrator's blog post on HubSpot CMS (hs_cos_wrapper modules, CTA, topic tags,
 * related posts, subscribe form) and a commercial CCTV installation service page built in Webflow.
 */
const hTitle = 'Access Control for Small Offices: Fobs, Cards or Phones?';
const hBody = [
  j(
    'When a small office outgrows a single key for everyone, the next step is usually electronic access control. Staff get a',
    'credential, doors open for the right people at the right times, and you can remove someone’s access in seconds when they',
    'leave. The question we hear most is which credential to choose.',
  ),
  'Proximity fobs and cards',
  j(
    'Fobs and cards are cheap, familiar and quick at the door. Older 125 kHz proximity cards can be copied with a tool bought',
    'online for under £30, so for new systems we fit encrypted 13.56 MHz cards that cannot be cloned that way.',
  ),
  'Mobile credentials',
  j(
    'Phone-based access uses Bluetooth or NFC, so staff open the door with the phone they already carry. People lose phones far less',
    'often than fobs, and issuing a credential to a new starter is done by email. The catch is battery life: a flat phone is a',
    'locked-out employee, so keep a few spare cards at reception.',
  ),
  'Which should you choose?',
  'Under 15 staff and one door: encrypted fobs on a standalone controller',
  'Two or more doors, or staff who work odd hours: a cloud-managed system with both cards and phones',
  'Shared buildings: ask the landlord what the main entrance already uses before you buy anything',
  j(
    'Whatever you choose, think about fire exits and break-glass units at the design stage. Doors on escape routes must release',
    'when the fire alarm sounds, and it is much cheaper to wire that in from day one.',
  ),
];
const hNav = ['Services', 'Sectors', 'Case Studies', 'Blog', 'About Us'];
const hTopics = ['Access Control', 'Small Business'];
const hRelated = ['Door Entry Systems for Blocks of Flats', 'What Does a Security Maintenance Contract Cover?', 'Cloud vs On-Premise CCTV Recording'];
const hw = (type: string, name: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_${type}" style=""
data-hs-cos-general-type="${type === 'meta_field' ? 'meta_field' : 'widget'}" data-hs-cos-type="${type}">${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.ostrandsecurity.example/hubfs/favicon.png"><meta name="description"
content="Fobs, cards or phones: choosing access control credentials.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.ostrandsecurity.example/blog/access-control-small-offices">
<link rel="stylesheet" href="https://www.ostrandsecurity.example/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Callum Pryce"}}</script>
<script>var hsVars = {"render_id":"7c1e","ticks":1712,"page_id":1552,"content_group_id":88,"portal_id":4821,"app_hs_base_url":"https://app.hubspot.com"};
</script>
</head><body><div class="body-wrapper hs-content-id-1552 hs-blog-post hs-blog-id-88">
<div data-global-resource-path="ostrand-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo">${hw(
  'logo',
  'site_logo',
  `<a href="/" id="hs-link-site_logo" style="border-width:0px;border:0px;">
<img src="https://www.ostrandsecurity.example/hubfs/ostrand-logo.svg" class="hs-image-widget" alt="Ostrand Security Systems"></a>`,
)}</div>
<div class="header__menu">${hw(
  'menu',
  'navigation-primary',
  `<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav>`,
)}</div>
<div class="header__button">${hw(
  'cta',
  'header_cta',
  `<a class="cta_button" href="/cs/c/?cta_guid=1a2b"
cta_dest_link="/contact">Book a site survey</a>`,
)}</div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hw('text', 'name', hTitle)}</h1><div class="blog-post__meta">
<a href="/blog/author/callum-pryce" class="blog-post__author-link">Callum Pryce</a>
<time datetime="2026-05-06 09:30:00" class="blog-post__timestamp">May 6, 2026</time></div>
<div class="blog-post__body">${hw(
  'rich_text',
  'post_body',
  `${ps(hBody.slice(0, 1))}<!--more-->
<h2>${hBody[1]}</h2>${ps(hBody.slice(2, 3))}<h2>${hBody[3]}</h2>${ps(hBody.slice(4, 5))}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-1a9"><a
href="https://cta-service.example/web-interactives/public/v1/track/click?encryptedPayload=abc"
target="_blank" rel="noopener" crossorigin="anonymous"><img alt="Download our access control buyer's checklist"
src="https://no-cache.hubspot.com/cta/default/4821/interactive-1a9.png" style="height:100%;width:100%;object-fit:fill"></a></div>
<h2>${hBody[5]}</h2><ul>${lis(hBody.slice(6, 9))}</ul>${ps(hBody.slice(9))}`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"></g></svg>
${hTopics.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div>
<div class="blog-post__author"><div class="blog-post__author-info"><p class="blog-post__author-name">Written by Callum Pryce</p>
<p class="blog-post__author-bio">Callum leads system design at Ostrand and has specified access control for offices, surgeries and schools since 2011.</p>
</div></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map(
    (t, i) => `<div class="blog-related-posts__post"><div class="blog-related-posts__content"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/blog/r${i}">${t}</a></h3><a class="blog-related-posts__link" href="/blog/r${i}">Read more</a></div></div>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-subscribe">${hw(
  'form',
  'blog_subscribe',
  `<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to the Ostrand blog</h3>
<div id="hs_form_target_blog_subscribe"><form class="hs-form stacked hs-custom-form" novalidate><div
class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email" for="email-4821"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-4821" name="email"
required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div>`,
)}</div>
</div></div></main>
<div data-global-resource-path="ostrand-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hw('rich_text', 'footer_address', '<p>Ostrand Security Systems Ltd, 3 Ferris Court, Lanchester Park, LP4 2RJ</p><p>NSI Gold approved installer</p>')}
${hw('rich_text', 'footer_copyright', '<p>© 2026 Ostrand Security Systems Ltd. All rights reserved.</p>')}</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-won-t-animate="true"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalised services to you.</p><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.180/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/4821.js"></script></body></html>`;
const ostrand: TestPage = tidy({
  name: 'heldout556-hubspot-access-control-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: at(hBody, [1, 3, 5]),
  body: texts(but(hBody, [1, 3, 5])),
  bylines: ['Callum Pryce', 'May 6, 2026', 'Written by Callum Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book a site survey', ...hTopics,
    'Callum leads system design at Ostrand and has specified access control for offices, surgeries and schools since 2011.',
    'Related posts', ...hRelated, 'Read more', 'Subscribe to the Ostrand blog', 'Email*',
    'Ostrand Security Systems Ltd, 3 Ferris Court, Lanchester Park, LP4 2RJ',
    'NSI Gold approved installer', '© 2026 Ostrand Security Systems Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
});

const fTitle = 'Commercial CCTV Installation';
const fBody = [
  'HD and 4K camera systems for shops, warehouses and offices, designed, fitted and maintained by our own engineers.',
  'Built around what you need to see',
  j(
    'Every job starts with a site survey. We walk the building with you, mark where incidents actually happen and agree what each',
    'camera must show: a face at the till, a number plate at the gate, or just movement across a yard at night.',
  ),
  j('From there we choose the cameras and lenses, not the other way round. It usually means fewer cameras than you expected, each', 'one doing a clear job.'),
  'Retail',
  'Face-level cameras at entrances and tills, with footage you can hand straight to the police.',
  'Warehouses and yards',
  'Long-range and thermal cameras for perimeters, with alerts when someone crosses a line after hours.',
  'Offices',
  'Discreet dome cameras in reception and car parks, set up to respect staff privacy.',
  'Recording, remote viewing and GDPR',
  j(
    'Footage is stored on a recorder on site, in the cloud, or both. You can watch live or recorded video from your phone, and we',
    'set retention to 30 days by default so you are not holding footage longer than you need. We provide the signage and a short',
    'written policy for your records.',
  ),
];
const fNav = ['Home', 'CCTV', 'Intruder Alarms', 'Access Control', 'Projects', 'Contact'];
const fStats = [
  ['600+', 'sites installed'],
  ['4 hr', 'fault response'],
  ['12', 'engineers'],
];
const fFoot = ['Privacy', 'Cookies', 'LinkedIn'];
const fCard = (h: string, p: string): string =>
  `<div class="sector-card"><img src="https://cdn.prod.website-files.example/65a1/icon.svg" loading="lazy" alt="" class="sector-icon">
<h3 class="heading-s">${h}</h3><p class="paragraph-m">${p}</p></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 17 2026 11:20:04 GMT+0000 -->
<html data-wf-domain="www.northlightsecurity.example" data-wf-page="65a1f2c3d4e5f60718293a4b" data-wf-site="65a1f2c3d4e5f60718293a40" lang="en">
<head><meta charset="utf-8"><title>Commercial CCTV Installation | Northlight Security</title>
<meta content="HD and 4K CCTV for shops, warehouses and offices." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65a1/css/northlight.webflow.a1b2c3.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current" aria-label="home">
<img src="https://cdn.prod.website-files.example/65a1/northlight-logo.svg" loading="lazy" alt="Northlight Security" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="tel:01632960731" class="nav-button w-button">01632 960 731</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-service"><div class="container-l"><div class="hero-grid w-layout-grid"><div class="hero-copy"><div class="eyebrow">Services</div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-l">${fBody[0]}</p><div class="button-row"><a href="#quote"
class="button-primary w-button">Get a quote</a>
<a href="/projects" class="button-secondary w-button">See our projects</a></div></div><img src="https://cdn.prod.website-files.example/65a1/hero-cctv.webp"
loading="eager" sizes="(max-width: 991px) 100vw, 50vw" alt="Engineer fitting a dome camera" class="hero-image"></div>
<div class="stats-grid w-layout-grid">${fStats
  .map(
    ([n, l]) => `<div class="stat"><div class="stat-number">${n}</div><div
class="stat-label">${l}</div></div>`,
  )
  .join('')}</div>
</div></section>
<section class="section"><div class="container-m"><div class="rich-text w-richtext"><h2>${fBody[1]}</h2>${ps(fBody.slice(2, 4))}</div></div></section>
<section class="section bg-light"><div class="container-l"><h2 class="heading-l center">Who we work with</h2><div class="sector-grid w-layout-grid">
${fCard(fBody[4] ?? '', fBody[5] ?? '')}${fCard(fBody[6] ?? '', fBody[7] ?? '')}${fCard(fBody[8] ?? '', fBody[9] ?? '')}</div></div></section>
<section class="section"><div class="container-m"><div class="rich-text w-richtext"><h2>${fBody[10]}</h2>${ps(fBody.slice(11))}</div></div></section>
<section class="section logos"><div class="container-l"><div class="logos-title">Trusted by local businesses</div><div class="logo-row">
<img src="https://cdn.prod.website-files.example/65a1/l1.svg" alt="Harlow &amp; Finch"><img src="https://cdn.prod.website-files.example/65a1/l2.svg"
alt="Mereside Foods"></div>
</div></section>
<section id="quote" class="section cta-form"><div class="container-s"><h2 class="heading-l">Get a free CCTV survey</h2>
<p class="paragraph-m">Tell us about your site and we will call you back within one working day.</p><div class="form-block w-form">
<form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote" method="get" class="form" data-wf-page-id="65a1f2c3d4e5f60718293a4b"
data-wf-element-id="a1b2"><label for="Name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="Name" data-name="Name"
type="text" id="Name"><label for="Email" class="field-label">Email</label><input class="text-field w-input" maxlength="256" name="Email" type="email"
id="Email">
<label for="Site" class="field-label">Type of site</label><select id="Site" name="Site" class="select-field w-select"><option value="">Select one...</option>
<option value="Retail">Retail</option><option value="Warehouse">Warehouse</option></select><input type="submit" data-wait="Please wait..."
class="submit-button w-button"
value="Request survey"></form><div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Quote success">
<div>Thank you! Your submission has been received!</div></div><div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Quote failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container-l"><div class="footer-grid w-layout-grid"><div><div class="footer-brand">Northlight Security</div>
<p class="footer-text">Unit 9, Calloway Business Park, Hadley Moor HM2 4TX</p></div><div class="footer-links">${fFoot
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div></div><div class="footer-legal">© 2026 Northlight Security Ltd. NSI Silver approved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f2c3d4e5f60718293a40" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/65a1/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const northlight: TestPage = tidy({
  name: 'heldout556-webflow-commercial-cctv',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fBody[1] ?? '', 'Who we work with', ...at(fBody, [4, 6, 8, 10])],
  body: texts(but(fBody, [1, 4, 6, 8, 10])),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, '01632 960 731', 'Services', 'Get a quote', 'See our projects', ...fStats.flat(), 'Trusted by local businesses',
    'Get a free CCTV survey', 'Tell us about your site and we will call you back within one working day.', 'Name', 'Email', 'Type of site',
    'Northlight Security', 'Unit 9, Calloway Business Park, Hadley Moor HM2 4TX', ...fFoot, '© 2026 Northlight Security Ltd. NSI Silver approved.',
  ],
});

export const HELDOUT556_D: readonly TestPage[] = [ostrand, northlight];
