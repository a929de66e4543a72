import { links, type TestPage } from './page-kit.js';
import { bodyOf, h2, h3, headingsOf, j, ol, p, render, ul, finish } from './pages-heldout611-kit.js';

/**
 * Held-out batch 611, file c: a probate article on a HubSpot CMS blog (HubSpot cookie banner, CTA inside the post, tags,
 * related posts, subscribe form) and a financial remedy guide on Webflow (navbar, "On this page" table of contents, callback
 * form with Webflow's hidden success and error messages).
 */
const hTitle = 'Do you need a solicitor to apply for probate?';
const hBlocks = [
  p(
    j(
      'No law says you must use a solicitor to apply for probate. Thousands of executors apply online through the government',
      'service every year, and for a simple estate that can be the right choice. The question is whether your estate is simple.',
    ),
  ),
  h2('When applying yourself usually works'),
  ul(
    'The will is clear and there is no dispute about it.',
    'The estate is below the inheritance tax threshold and no tax is due.',
    'There is one property, in England or Wales, and no business or farmland.',
  ),
  h2('When it is worth getting help'),
  p(
    j(
      'Estates with inheritance tax to pay, assets abroad, a family business or a beneficiary who cannot manage their own affairs',
      'take far longer, and the executor is personally liable for mistakes. If a relative may challenge the will, take advice',
      'before you distribute anything.',
    ),
  ),
  p(
    j(
      'You can also use us for only part of the work. Some executors ask us to prepare the inheritance tax account and the',
      'probate application, and then sell the house and pay the beneficiaries themselves.',
    ),
  ),
];
const hTags = ['Probate', 'Executors'];
const hRel = ['What does an executor actually do?', 'Inheritance tax: the residence nil-rate band', 'Selling a house during probate'];
const hHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8">
<title>Do you need a solicitor to apply for probate?</title><meta name="description" content="When you can apply for probate yourself, and when help
is worth paying for."><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="https://www.quillandhart.co.uk/hs-fs/hub/4471203/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Lamb"},"datePublished":"2025-02-18T09:30:00Z"}</script>
<script>var hsVars = {"portal_id":4471203,"app_hs_base_url":"https://app-eu1.hubspot.com","page_id":128840331904,"content_group_id":"probate"};</script>
</head><body><div class="body-wrapper hs-content-id-128840331904 hs-blog-post hs-blog-id-91133201451">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span
id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"><a href="/"
id="hs-link-site_logo"><img src="/hubfs/quill-hart-logo.svg" class="hs-image-widget" alt="Quill &amp; Hart Solicitors"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation
header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(
  ['Private Client', 'Property', 'Disputes', 'Insights', 'Contact'],
  'has-submenu menu-item hs-skip-lang-url-rewrite',
)}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/priya-lamb" rel="author">Priya Lamb</a><time datetime="2025-02-18 09:30:00"
class="blog-post__timestamp">Feb 18, 2025 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${render(hBlocks.slice(0, 3))}
<!--more-->
${render(hBlocks.slice(3))}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4b1e"><span class="hs-cta-node hs-cta-4b1e" id="hs-cta-4b1e"><a
href="https://cta-service-cms2.hubspot.com/ctas/v2/public/cs/c/?cta_guid=4b1e" class="cta_button" style="">Book a free 20-minute probate
call</a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g><path d="M0 0h512"/></g>
</svg>${hTags.map((t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (r) => `<article
class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="#"></a><div class="blog-related-posts__content"><h3
class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="#">${r}</a></h3></div></article>`,
  )
  .join('\n')}</div></section>
<section class="blog-subscribe"><h2>Get new articles by email</h2><div class="hbspt-form" id="hbspt-form-9d02"><form class="hs-form stacked"><div
class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-9d02"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-9d02" name="email" type="email" required></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit"
class="hs-button primary large" value="Subscribe"></div></div></form></div></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Quill &amp; Hart Solicitors LLP, 22 Chantry Row, Belstead BL1 9PE.
Authorised and regulated by the Solicitors Regulation Authority, SRA number 651902.</p><p>© 2025 Quill &amp; Hart Solicitors LLP</p></div></footer>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-ignore="true"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script async defer src="/hs/scriptloader/4471203.js"></script>
</body></html>`;
const hubspotProbate: TestPage = finish({
  name: 'heldout611-hubspot-probate',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: headingsOf(hBlocks),
  body: bodyOf(hBlocks),
  bylines: ['Priya Lamb', 'Feb 18, 2025 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Private Client', 'Property', 'Disputes', 'Insights', 'Contact', 'Book a free 20-minute probate call', ...hTags,
    'Related posts', ...hRel, 'Get new articles by email', 'Email',
    j('Quill & Hart Solicitors LLP, 22 Chantry Row, Belstead BL1 9PE.', 'Authorised and regulated by the Solicitors Regulation Authority, SRA number 651902.'),
    '© 2025 Quill & Hart Solicitors LLP',
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalised services to you.'),
    'Accept', 'Decline',
  ],
});

const fTitle = 'Divorce and money: how financial remedy orders work';
const fDek = 'A divorce ends the marriage. It does not, on its own, end your financial ties. This guide explains how the two are separated.';
const fBlocks = [
  h2('Why you need a financial order'),
  p(
    j(
      'Without a court order, either of you can make a claim against the other’s income, savings or pension in the future, even',
      'many years after the divorce. A financial order, made by consent or after a hearing, closes those claims for good.',
    ),
  ),
  p(
    j(
      'If you agree on how to divide things, we draft a consent order and send it to the court with a short form describing your',
      'finances. A judge reads it on paper, and most consent orders are approved without either of you attending court.',
    ),
  ),
  h2('What the court looks at'),
  p('When the court decides, or checks an agreement, it considers the factors in section 25 of the Matrimonial Causes Act 1973:'),
  ul(
    'the income, earning capacity and resources of each of you, now and in the foreseeable future',
    'the financial needs and responsibilities of each of you, and first of all the needs of any children under 18',
    'the standard of living during the marriage, your ages and the length of the marriage',
    'the contributions each of you made, including looking after the home and the family',
  ),
  p(
    j(
      'The starting point for assets built up during the marriage is often an equal split, but needs come first. In most',
      'families the money is not enough to meet two households’ needs, and the outcome follows the needs rather than a formula.',
    ),
  ),
  h2('The steps in a contested case'),
  ol(
    'Both of you complete Form E, a full statement of your finances, with documents.',
    'A first appointment, where the judge decides what further evidence is needed, such as a valuation of the home.',
    'A financial dispute resolution hearing, where the judge gives a view to help you settle.',
    'A final hearing, only if you still cannot agree.',
  ),
  p('A contested case usually takes 12 to 18 months. Around four in five settle before a final hearing.'),
  h2('Pensions'),
  p(
    j(
      'A pension is often the largest asset after the home, and sometimes the largest of all. The court can share a pension, so',
      'that part of it moves into a pension in the other person’s name, or offset it against other assets. A pension on',
      'divorce expert report is usually needed where the pensions are large or of different kinds.',
    ),
  ),
  h3('Mediation first'),
  p(
    j(
      'Before you apply to court, you must attend a mediation information and assessment meeting, unless an exemption applies,',
      'for example where there has been domestic abuse.',
    ),
  ),
];
const fNav = ['Divorce', 'Children', 'Finances', 'Our team', 'Fees'];
const fForm = ['Name', 'Phone number', 'Best time to call'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 10 2025 14:02:11 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.brackenfamilylaw.co.uk" data-wf-page="65d2c1a9e4f0a3b1c2d3e4f5"
data-wf-site="65d2c1a9e4f0a3b1c2d3e4a0" lang="en" data-wf-collection="65d2c1a9e4f0a3b1c2d3e4b7" data-wf-item-slug="financial-remedy-orders">
<head><meta charset="utf-8"><title>Financial remedy orders explained | Bracken Family Law</title><meta content="How the court divides money,
property and pensions on divorce." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/65d2c1a9e4f0a3b1c2d3e4a0/css/bracken.webflow.shared.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.website-files.com/65d2/bracken-logo.svg"
loading="lazy" alt="Bracken Family Law" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (n) => `<a
href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`,
  )
  .join('')}<a href="/contact" class="nav-button w-button">Book a
consultation</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-guide-hero"><div class="w-layout-blockcontainer container-guide w-container"><div class="guide-eyebrow">Guide</div>
<h1 class="heading-guide">${fTitle}</h1><p class="guide-intro">${fDek}</p><div class="guide-meta"><div class="text-block-meta">Reviewed by</div><div
class="text-block-meta">Ruth Okonedo, Partner</div><div class="text-block-meta">March 2025</div></div></div></section>
<section class="section-guide-body"><div class="w-layout-blockcontainer container-guide w-container"><div class="w-layout-grid grid-guide"><div
class="toc-wrapper"><div class="toc-sticky"><div class="toc-title">On this page</div>${headingsOf(fBlocks)
  .map(
    (h, i) => `<a href="#s${i}"
class="toc-link w-inline-block"><div>${h}</div></a>`,
  )
  .join('')}</div></div>
<div class="guide-rich-text w-richtext">
${render(fBlocks)}
</div></div></div></section>
<section class="section-callback"><div class="w-layout-blockcontainer container-guide w-container"><h2 class="heading-callback">Talk it through with a
specialist</h2><div class="w-form"><form id="wf-form-Callback" name="wf-form-Callback" data-name="Callback" method="get" class="callback-form"
aria-label="Callback">${fForm
  .map(
    (l, i) => `<label for="field-${i}" class="field-label">${l}</label><input class="text-field w-input" maxlength="256"
name="field-${i}" data-name="${l}" type="text" id="field-${i}">`,
  )
  .join('\n')}<input type="submit" data-wait="Please wait..." class="submit-button
w-button" value="Request a callback"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Callback success"><div>Thank you! Your
submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Callback failure"><div>Oops! Something went
wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container-footer w-container"><div class="footer-text">Bracken Family Law Ltd is
authorised and regulated by the Solicitors Regulation Authority (SRA number 8012277).</div><div class="footer-links"><a href="/privacy"
class="footer-link">Privacy</a><a href="/complaints" class="footer-link">Complaints</a></div><div class="footer-copyright">© 2025 Bracken Family Law</div>
</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65d2c1a9e4f0a3b1c2d3e4a0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65d2c1a9e4f0a3b1c2d3e4a0/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowDivorce: TestPage = finish({
  name: 'heldout611-webflow-financial-remedy',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: headingsOf(fBlocks),
  body: [fDek, ...bodyOf(fBlocks)],
  bylines: ['Reviewed by', 'Ruth Okonedo, Partner', 'March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a consultation', 'Guide', 'On this page', 'Talk it through with a specialist', ...fForm,
    'Bracken Family Law Ltd is authorised and regulated by the Solicitors Regulation Authority (SRA number 8012277).', 'Privacy', 'Complaints',
    '© 2025 Bracken Family Law',
  ],
});

export const HELDOUT611_C: readonly TestPage[] = [hubspotProbate, webflowDivorce];
