import type { TestPage } from './page-kit.js';
import { at, bodyOf, heads, j, lis, render, rowTexts, type Sec, trs } from './pages-heldout685-kit.js';

/**
 * Held-out batch 685, file c: a commercial bird proofing service page on Webflow (step cards, logo strip, enquiry form with
 * Webflow's hidden success and failure messages), and a commercial window cleaning blog post on HubSpot CMS with a table.
 */
const fTitle = 'Commercial Bird Proofing';
const fLead =
  'Netting, spikes and wire systems that keep pigeons and gulls off warehouses, shopfronts and rooftop plant, installed by our own rope-access team.';
const fSecs: Sec[] = [
  [
    'Why birds are more than a nuisance',
    [
      j(
        'Pigeon droppings are acidic and slippery. They stain cladding, block gutters and rooftop drains, and on a loading bay or',
        'fire escape they are a slip hazard your insurer will ask about. Nesting gulls defend their chicks from May to August and',
        'will dive at staff who go near them.',
      ),
    ],
  ],
  [
    'What we install',
    [
      [
        'Knotted polyethylene netting for canopies, light wells and loading bays',
        'Stainless steel spikes on ledges, signs and CCTV brackets',
        'Post-and-wire systems on parapets and ridges',
        'Solar panel mesh skirts to stop pigeons nesting underneath',
      ],
    ],
  ],
  ['Our process', []],
  ['1. Survey', ['We visit, photograph every roosting and nesting spot and send you a written proposal within five working days.']],
  [
    '2. Clean and sanitise',
    ['Fouling is removed and the area treated with a biocide before anything is fitted, so there is nothing left to attract birds back.'],
  ],
  ['3. Install and guarantee', ['Our installers are IPAF and IRATA trained. Netting carries a ten-year guarantee and we inspect it free at twelve months.']],
];
const fNav = ['Residential', 'Commercial', 'Bird Control', 'About', 'Contact'];
const fCard = (h: string, p: string): string => `<div class="step-card"><h3 class="heading-card">${h}</h3><p class="paragraph-small">${p}</p></div>`;
const fSteps = fSecs
  .slice(3)
  .map(([h, b]) => fCard(h, String(b[0])))
  .join('\n');
const fShape = {
  h: (t: string) => `<h2>${t}</h2>`,
  p: (t: string) => `<p>${t}</p>`,
  ul: (items: readonly string[]) => `<ul role="list">${lis(items)}</ul>`,
};
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 11:02:45 GMT+0000 -->
<html data-wf-domain="www.corvidpest.co.uk" data-wf-page="65d1f0c2a4e7b9001c3a2f18" data-wf-site="65d1f0c2a4e7b9001c3a2e90" lang="en"><head><meta
charset="utf-8">
<title>Commercial Bird Proofing | Corvid Pest Management</title><meta
content="Bird netting, spikes and wire systems for commercial buildings in Dunmore." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65d1f0c2a4e7b9001c3a2e90/css/corvid-pest.webflow.shared.5a1e9b3c2.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Commercial Bird Proofing","provider":{"@type":"LocalBusiness",
"name":"Corvid Pest Management"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="container-nav w-container">
<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65d1f0c2a4e7b9001c3a2e90/corvid-logo.svg" loading="lazy"
alt="Corvid Pest Management"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(' ', '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="tel:01632960533" class="button-nav w-button">01632 960 533</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero-service"><div class="container w-container"><div class="eyebrow">Commercial services</div><h1 class="heading-xl">${fTitle}</h1>
<p class="paragraph-lead">${fLead}</p><a href="#enquiry" class="button w-button">Request a survey</a></div></section>
<section class="section"><div class="container w-container"><div class="rich-text w-richtext">
${render(fSecs.slice(0, 2), fShape)}
</div><h2 class="heading-l">${at(heads(fSecs), 2)}</h2><div class="w-layout-grid grid-steps">
${fSteps}
</div></div></section>
<section class="section-logos"><div class="container w-container"><div class="text-small-caps">Trusted by facilities teams at</div><div class="logo-row">
<img src="https://assets-global.website-files.com/65d1f0c2a4e7b9001c3a2e90/logo-harbour-retail.svg" alt="Harbour Retail Park"></div></div></section>
<section id="enquiry" class="section-form"><div class="container w-container"><h2 class="heading-l">Book a site survey</h2><div class="w-form">
<form id="email-form" name="email-form" data-name="Survey Form" method="get" class="form"><label for="name">Name</label><input
class="text-field w-input" maxlength="256"
name="name" type="text" id="name"><label for="email">Email address</label><input class="text-field w-input" name="email" type="email" id="email">
<label for="site">Site postcode</label><input class="text-field w-input" name="site" type="text" id="site"><input type="submit" data-wait="Please wait..."
class="button w-button" value="Send enquiry"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Survey Form success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Survey Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div
class="footer-text">Corvid Pest Management Ltd, 9 Ropewalk, Dunmore DN4 2HS</div>
<a href="/privacy" class="footer-link">Privacy</a><a href="/cookies" class="footer-link">Cookies</a></div><div
class="footer-copyright">© 2026 Corvid Pest Management Ltd.
Registered in England and Wales no. 10928374.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65d1f0c2a4e7b9001c3a2e90" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65d1f0c2a4e7b9001c3a2e90/js/webflow.8c3f1d2e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout685-webflow-bird-proofing',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: heads(fSecs),
  body: [fLead, ...bodyOf(fSecs)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Residential', 'Bird Control', 'Contact', '01632 960 533', 'Commercial services', 'Request a survey', 'Trusted by facilities teams at',
    'Book a site survey', 'Name', 'Email address', 'Site postcode', 'Corvid Pest Management Ltd, 9 Ropewalk, Dunmore DN4 2HS', 'Privacy', 'Cookies',
    '© 2026 Corvid Pest Management Ltd. Registered in England and Wales no. 10928374.',
  ],
};

const hTitle = 'How Often Should Office Windows Be Cleaned?';
const hRows = [
  ['Ground-floor shopfront on a high street', 'Weekly or fortnightly'],
  ['Office block in a town centre', 'Every 4 to 6 weeks outside, quarterly inside'],
  ['Business park unit', 'Every 8 weeks'],
  ['Building next to a main road or rail line', 'Every 4 weeks'],
  ['Coastal site', 'Every 4 weeks, with frames washed each visit'],
];
const hA: Sec[] = [
  [
    '',
    [
      j(
        'It is the question we are asked at almost every site survey, and the honest answer is that it depends on the building.',
        'A glass-fronted reception on a busy road needs far more attention than a business park unit backing onto fields.',
        'Here is how we work out a schedule with facilities managers.',
      ),
    ],
  ],
  [
    'What makes windows dirty faster',
    [
      [
        'Traffic: diesel soot builds up as a grey film within weeks',
        'Salt air: within a few miles of the coast, glass dulls quickly and frames corrode',
        'Trees: sap, pollen and bird droppings under a canopy',
        'Construction nearby: dust settles on every horizontal surface, including sills',
      ],
    ],
  ],
  ['Typical schedules', ['These are the starting points we suggest. Most clients adjust after the first quarter.']],
];
const hB: Sec[] = [
  [
    'Inside versus outside',
    [
      j(
        'Internal glass rarely needs cleaning as often as external glass, except at entrances and partitions where people touch',
        'it. Many of our contracts clean outside monthly and inside every third visit, which roughly halves the cost of a full',
        'service.',
      ),
    ],
  ],
  [
    'High-level glass',
    [
      j(
        'Above the fourth floor, cleaning usually means rope access or a mobile elevating work platform, and each visit needs a',
        'risk assessment and sometimes a road closure. Clients often clean high-level glass twice a year and the lower floors',
        'monthly. Ask us about combining it with gutter and cladding cleaning to share the access costs.',
      ),
    ],
  ],
];
const hNav = ['Services', 'Sectors', 'About us', 'Blog', 'Careers'];
const hRel = ['Water-fed poles or rope access: which does your building need?', 'A facilities manager’s guide to winter gutter checks'];
const hFoot = ['Privacy notice', 'Modern slavery statement', 'Accessibility'];
const hWrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_${type}" style="" data-hs-cos-general-type="${type}">${inner}</span>`;
const hShape = {
  h: (t: string) => `<h2>${t}</h2>`,
  p: (t: string) => `<p>${t}</p>`,
  ul: (items: readonly string[]) => `<ul>\n${lis(items)}\n</ul>`,
};
const hHtml = `<!doctype html>
<html lang="en-gb"><head><meta charset="utf-8"><title>How Often Should Office Windows Be Cleaned?</title>
<link rel="shortcut icon" href="https://www.paneworks.co.uk/hubfs/favicon.png"><meta name="description"
content="Cleaning schedules for office windows by building type.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.paneworks.co.uk/hubfs/hub_generated/template_assets/1/88012/1705412399/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Tomasz Weller"},
"datePublished":"2026-03-04T09:15:00Z"}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.paneworks.co.uk/blog/how-often-office-windows-cleaned">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en-gb';</script></head>
<body><div class="body-wrapper hs-content-id-98231774 hs-blog-post hs-blog-id-41200871">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="https://www.paneworks.co.uk/hubfs/paneworks-logo.svg"
alt="Paneworks Facilities"></a></div>
<div class="header__navigation"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link"
href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="header__button">${hWrap('header_button', 'widget', '<a class="button" href="/contact">Request a quote</a>')}</div></div>
</header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1>${hWrap('name', 'meta_field', hTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.paneworks.co.uk/blog/author/tomasz-weller">Tomasz Weller</a>
<div class="blog-post__timestamp">Mar 4, 2026 9:15:00 AM</div></div>
<div class="blog-post__body">${hWrap(
  'post_body',
  'meta_field',
  `${render(hA, hShape)}
<div style="overflow-x:auto;max-width:100%;width:100%;"><table style="border-collapse:collapse;table-layout:fixed;width:100%;" border="1"><tbody>
<tr><td><strong>Building</strong></td><td><strong>Suggested frequency</strong></td></tr>
${trs(hRows)}
</tbody></table></div>
${render(hB, hShape)}
<p>${hWrap(
    'cta_guid',
    'cta',
    `<span class="hs-cta-wrapper" id="hs-cta-wrapper-5f2a"><a class="cta_button"
href="/cs/c/?cta_guid=5f2a">Book a free site survey</a></span>`,
  )}</p>`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 25 28" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="https://www.paneworks.co.uk/blog/tag/facilities-management">Facilities management</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2>${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><h3><a href="/blog/related">${t}</a></h3>
</div>`,
  )
  .join('')}
</section>
<div class="blog-comments"><div id="comments-listing" class="new-comments"></div><h3 class="form-title">Leave a comment</h3>
<form class="hs-form stacked"><label for="firstname-4d1e"><span>First Name</span><span class="hs-form-required">*</span></label>
<input id="firstname-4d1e" name="firstname" type="text"><label for="comment-4d1e"><span>Comment</span><span class="hs-form-required">*</span></label>
<textarea id="comment-4d1e" name="comment"></textarea><input type="submit" value="Submit Comment" class="hs-button primary large"></form></div>
</div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Paneworks Facilities Ltd · Harbridge and the South West</p><ul>${hFoot
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<p>© 2026 Paneworks Facilities Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-region="uk" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website
experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.123/js/index.js"></script><script src="/hs/scriptloader/41200871.js" async defer id="hs-script-loader">
</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout685-hubspot-office-windows',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...heads(hA), ...heads(hB)],
  body: [...bodyOf(hA), ...rowTexts(hRows), ...bodyOf(hB)],
  bylines: ['Tomasz Weller', 'Mar 4, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Request a quote', 'Book a free site survey', 'Facilities management', 'Related posts', ...hRel, 'Leave a comment',
    'First Name', 'Comment', 'Paneworks Facilities Ltd · Harbridge and the South West', ...hFoot, '© 2026 Paneworks Facilities Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT685_C: readonly TestPage[] = [webflow, hubspot];
