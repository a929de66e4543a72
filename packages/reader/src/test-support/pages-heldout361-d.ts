import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextjs } from './pages-heldout361-d2.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file d: a relocation company's guide on the HubSpot CMS blog (hs_cos_wrapper modules, header and
 * footer global partials, post meta, CTA button, table, tags, subscribe form, related posts, HubSpot cookie banner) and,
 * from file d2, a citizenship test study page built with Next.js (CSS-module class names, __NEXT_DATA__, a quiz widget).
 */
const hTitle = 'Moving to Norvald with children: a twelve-week relocation plan';
const hIntro = [
  j(
    'Relocating with a family is not one move but several at once: a new job, new schools, a new doctor and, for the children, a',
    'new language in the playground. The families who settle fastest are not the ones with the biggest budgets but the ones who',
    'start early and do things in the right order.',
  ),
  'This plan is based on the moves our consultants have managed for more than 400 families coming to Norvald over the last five years.',
];
const hH = ['Start with schools, not housing', 'Your twelve-week timeline', 'Registering after you arrive', 'The first month'];
const hSchool = [
  j(
    'In Norvald, the public school your child attends is decided by your registered address. If you sign a lease first and look',
    'at schools afterwards, you may find the catchment school is full or teaches only in Norvaldic. Shortlist schools first, then',
    'search for homes inside their catchments.',
  ),
  j(
    'International schools in Haldby and Vesterlund usually have waiting lists for the autumn term by February. If you are moving',
    'in the summer, contact admissions as soon as the job offer is signed.',
  ),
];
const hRows: [string, string][] = [
  ['12 weeks before', 'Shortlist schools and request places; check passports are valid for at least a year'],
  ['8 weeks before', 'Apply for residence permits for every family member; book a temporary apartment'],
  ['6 weeks before', 'Get vaccination records and school reports translated; get quotes from two removal firms'],
  ['2 weeks before', 'Close or redirect utilities at home; pack a first-week box with documents and bedding'],
];
const hReg = ['Within eight days of arriving, every family member must register at the local population office. Bring:'];
const hRegList = [
  'passports and residence permit decisions for everyone',
  'your signed lease or a letter from your landlord',
  'birth certificates for the children, with certified translations',
  'your marriage certificate, if you are married',
];
const hEnd = [
  j(
    'Registration gives you an identity number, and almost everything else depends on it: opening a bank account, signing up with',
    'a family doctor, getting a mobile contract and receiving child benefit. It usually arrives by post within ten working days.',
  ),
  j(
    'Expect the first month to be tiring. Keep weekends free, let the children see their old friends on video calls and accept',
    'that the paperwork will take longer than you planned. By the second month, most families tell us, the new routine starts to feel normal.',
  ),
];
const hNav = ['Services', 'Destinations', 'For Employers', 'Guides', 'About', 'Get a Quote'];
const hTags = ['Family relocation', 'Moving to Norvald', 'Schools'];
const hRelated = ['Renting in Haldby: what landlords will ask for', 'Bringing your pets to Norvald', 'How long does a work permit take?'];
const hFoot = ['Privacy Policy', 'Cookie Settings', 'Terms of Business', 'Careers'];
const cw = (name: string, type: string, inner: string): string => `<div id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.fjordline-relocation.example/hubfs/favicon.png"><meta name="description" content="A week-by-week plan for
families.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.fjordline-relocation.example/guides/moving-to-norvald-with-children">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${hTitle}","author":{"@type":"Person","name":"Sigrun Haldane"}}</script>
<script>var hsVars = {"render_id":"8d2e","ticks":1772450000,"page_id":1620558412,"content_group_id":4410,
"portal_id":2299104,"app_hs_base_url":"https://app.hubspot.example"}</script>
<link rel="stylesheet" href="https://www.fjordline-relocation.example/hubfs/hub_generated/template_assets/1/main.min.css"></head>
<body><div class="body-wrapper   hs-content-id-1620558412 hs-blog-post hs-blog-id-4410"><div
data-global-resource-path="fjordline/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
${cw('site_logo', 'logo', '<a href="/" id="hs-link-site_logo"><img src="/hubfs/logo.svg" alt="Fjordline Relocation" width="180"></a>')}</div>
<div class="header__menu">${cw(
  'navigation-primary',
  'menu',
  `<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav>`,
)}</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-header blog-header--post">
<div class="content-wrapper"><p class="blog-header__kicker"><a href="/guides">Relocation Guides</a></p></div></div><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/guides/author/sigrun-haldane" rel="author">Sigrun Haldane</a>
<time datetime="2026-03-02 09:30:00" class="blog-post__timestamp">March 2, 2026</time><span class="blog-post__read-time">8 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<!--more--><h2>${hH[0]}</h2>
${ps(hSchool)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-9a1c"><span class="hs-cta-node hs-cta-9a1c" id="hs-cta-9a1c"><a
href="https://cta-redirect.hubspot.example/cta/redirect/2299104/9a1c" class="cta_button" id="cta_button_2299104_9a1c">Download our free school comparison
sheet</a>
</span></span><!-- end HubSpot Call-to-Action Code --></p>
<h2>${hH[1]}</h2>
<table style="border-collapse: collapse; width: 100%;"><thead><tr><th>When</th><th>What to do</th></tr></thead><tbody>
${hRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<h2>${hH[2]}</h2>
${ps(hReg)}
<ul>${lis(hRegList)}</ul>
${ps(hEnd.slice(0, 1))}
<h2>${hH[3]}</h2>
${ps(hEnd.slice(1))}
</span></div>
<div class="blog-post__tags"><svg aria-hidden="true" width="14" height="14"></svg><span>Topics:</span> ${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/guides/tag/${t.length}" rel="tag">${t}</a>`)
  .join(', ')}</div></article>
<aside class="blog-sidebar">${cw(
  'module_subscribe',
  'module',
  `<div class="blog-subscribe"><h3>Subscribe to our guides</h3><form
id="hsForm_7c4f" class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label
for="email-7c4f"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-7c4f" name="email" type="email"></div>
<div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large" value="Subscribe"></div></form></div>`,
)}</aside>
<section class="blog-related-posts"><h2>Related guides</h2><div class="blog-related-posts__list">${hRelated
  .map((t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/guides/${t.length}">${t}</a></h3></article>`)
  .join('\n')}</div></section></div></div></main>
<div data-global-resource-path="fjordline/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${cw('footer_contact', 'rich_text', '<p>Fjordline Relocation AS · Strandkaien 8 · 5013 Haldby</p>')}
${cw('footer_menu', 'simple_menu', `<ul class="hs-menu-wrapper">${links(hFoot, 'hs-menu-item')}</ul>`)}
<p class="footer__copyright">© 2026 Fjordline Relocation AS</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-region="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.192/embed.js"></script>
<script>hbspt.cta.load(2299104, '9a1c', {"useNewLoader":"true"});</script>
<script id="hs-script-loader" async defer src="/hs/scriptloader/2299104.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout361-hubspot-blog-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hSchool, ...hRows.flat(), ...hReg, ...hRegList, ...hEnd]),
  bylines: ['Sigrun Haldane', 'March 2, 2026', '8 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Relocation Guides', 'Download our free school comparison sheet', 'Topics:', ...hTags, 'Subscribe to our guides', 'Email',
    'Related guides', ...hRelated, 'Fjordline Relocation AS · Strandkaien 8 · 5013 Haldby', ...hFoot, '© 2026 Fjordline Relocation AS',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT361_D: readonly TestPage[] = [hubspot, nextjs];
