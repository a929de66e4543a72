import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file c: a damp and timber surveyor's service page on Webflow (w-nav navbar, rich text, an FAQ accordion
 * of w-dropdown items, a quote form section and the footer), and a surveying practice's blog post on HubSpot CMS (theme header,
 * author and timestamp, tags, a CTA, the blog subscribe form, related posts and the HubSpot cookie banner).
 */
const wTitle = 'What happens during a damp and timber survey';
const wIntro = [
  j(
    'A damp and timber survey is a focused inspection of the parts of a building where water and rot do their damage: walls, floors,',
    'roof timbers and the junctions between them. It usually takes between one and three hours, depending on the size of the house.',
  ),
  'Here is what our surveyor does on the day, and what you receive afterwards.',
];
const wSteps = [
  '<strong>Outside first.</strong> Ground levels, gutters, downpipes, pointing, render and air bricks are checked all the way round.',
  '<strong>Inside, room by room.</strong> Walls are mapped with a moisture meter and any salts, staining or mould are recorded.',
  '<strong>Under the floors.</strong> Where a hatch can be lifted, joists and sleeper walls are probed for decay and beetle activity.',
  '<strong>In the roof space.</strong> Rafters, purlins and the underside of the roof covering are inspected with a torch.',
];
const wReport = j(
  'Within three working days you receive a written report with photographs, a plan of each affected area, the cause of each',
  'problem and our recommended remedy. Where treatment is needed, a separate fixed quotation is attached; you are under no',
  'obligation to use us for the work.',
);
const wFaq = [
  ['Do I need to be at home?', 'Not necessarily. We need access to every room and, ideally, to lift one or two floor hatches, so someone must let us in.'],
  ['Will you damage anything?', 'No. If drilled samples are needed we ask first, and the holes are filled the same day.'],
  ['Can you survey a house I am buying?', 'Yes, with the seller’s permission. Many of our surveys are for buyers whose mortgage surveyor has flagged damp.'],
];
const wH = ['On the day', 'Your report', 'Questions we are often asked', ...wFaq.map((f) => at(f, 0))];
const wNav = ['Surveys', 'Treatments', 'Our work', 'About', 'Contact'];
const wFoot = ['Privacy', 'Terms', 'Complaints'];
const wFaqItem = (f: readonly string[], n: number): string => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown">
<div class="faq-question w-dropdown-toggle" id="w-dropdown-toggle-${n}" aria-controls="w-dropdown-list-${n}" aria-haspopup="menu" aria-expanded="false"
role="button" tabindex="0">
<h3 class="faq-heading">${at(f, 0)}</h3><div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 3v10M3 8h10"/></svg></div>
</div>
<nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${n}" aria-labelledby="w-dropdown-toggle-${n}"><p class="faq-text">${at(f, 1)}</p></nav></div>`;
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Feb 10 2026 11:42:07 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.tidemarksurveys.co.uk" data-wf-page="65c4b0e2a1f3" data-wf-site="65c4b0e2a1d0" lang="en"><head><meta charset="utf-8">
<title>Damp and Timber Surveys | Tidemark Surveys</title><meta
content="What our surveyor checks during a damp and timber survey, and what your report includes."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65c4b0e2a1d0/css/tidemark.webflow.shared.4f1e2c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);
</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img
src="https://cdn.prod.website-files.com/65c4b0e2a1d0/logo.svg"
loading="lazy" alt="Tidemark Surveys" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a survey</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-small"><div class="container w-container"><h1 class="heading-xl">${wTitle}</h1></div></section>
<section class="section"><div class="container narrow w-container"><div class="rich-text w-richtext">
${ps(wIntro)}
<h2>${at(wH, 0)}</h2><ol role="list">${lis(wSteps)}</ol>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65c4b0e2a1d0/joist-probe.jpg"
loading="lazy" alt="Surveyor probing a floor joist"></div><figcaption>Probing a suspended timber floor for soft, decayed wood.</figcaption></figure>
<h2>${at(wH, 1)}</h2><p>${wReport}</p></div>
<div class="faq-wrapper"><h2 class="heading-m">${at(wH, 2)}</h2>${wFaq.map((f, i) => wFaqItem(f, i)).join('\n')}</div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="heading-l white">Ready to book?</h2>
<div class="w-form"><form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote" method="get"><label for="Name">Your name</label>
<input class="text-field w-input" maxlength="256" name="Name" data-name="Name" type="text" id="Name"><label for="Postcode">Postcode</label>
<input class="text-field w-input" maxlength="256" name="Postcode" data-name="Postcode" type="text" id="Postcode">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Request a call back"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Quote success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Quote failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div>Tidemark Surveys Ltd, 22 Quay Street, Portlow PL9 3RT</div>
<div class="footer-links">${wFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="copyright">© 2026 Tidemark Surveys Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c4b0e2a1d0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65c4b0e2a1d0/js/webflow.4b2e1d.js" type="text/javascript"></script></body></html>`;
const tidemark: TestPage = {
  name: 'heldout601-webflow-damp-timber-survey',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wSteps, wReport, ...wFaq.map((f) => at(f, 1))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'Surveys'), 'Book a survey', 'Probing a suspended timber floor for soft, decayed wood.', 'Ready to book?', 'Your name',
    'Postcode',
    'Tidemark Surveys Ltd, 22 Quay Street, Portlow PL9 3RT', ...wFoot, '© 2026 Tidemark Surveys Ltd. All rights reserved.',
  ],
};

const hTitle = 'Penetrating damp in cavity walls: what our surveyors look for';
const hBody = [
  j(
    'Cavity walls were meant to solve penetrating damp. The gap between the outer and inner leaf stops rain that soaks through the',
    'brickwork from reaching the plaster. Yet a good share of the damp we are asked to diagnose in post-war houses is exactly that:',
    'rain finding its way across the cavity.',
  ),
  'Bridged cavities',
  j(
    'The usual culprit is something that bridges the gap. Mortar droppings left on wall ties during building, rubble at the foot of',
    'the cavity and poorly fitted insulation can all carry water from the outer leaf to the inner one. The damp tends to show as',
    'isolated patches, often at the same height along a wall.',
  ),
  'Failed cavity tray over openings',
  j(
    'Above every window and door there should be a cavity tray that sends water back out through weep holes. Where trays were left',
    'out or have slipped, damp appears at the corners of the window head after heavy rain, and it often gets blamed on condensation.',
  ),
  'Retrofitted insulation',
  j(
    'Blown-fibre insulation injected into cavities on exposed elevations is a frequent cause. In a wall that faces driving rain the',
    'fibres can wick moisture inwards. We look for the telltale drill holes in the mortar joints and compare the damp pattern with',
    'the direction of the prevailing weather.',
  ),
  'How we confirm it',
  'A borescope inspection through a small hole in a mortar joint, to see into the cavity',
  'Moisture profiles taken at several heights to rule out rising damp',
  'A check of the outer leaf for cracked bricks, open joints and missing weep holes',
  j(
    'Most bridged cavities can be cleared by removing a few bricks at the affected spot. Failed insulation is a bigger job, and the',
    'report will say whether extraction is justified.',
  ),
];
const hList = hBody.slice(8, 11);
const hNav = ['Services', 'Sectors', 'Insights', 'About us', 'Contact'];
const hRel = ['Why we no longer recommend chemical injection by default', 'Five questions to ask before you tank a basement'];
const hFoot = ['Privacy notice', 'Cookie settings', 'Accessibility'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you.',
);
const hSpan = (inner: string): string => `<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Bridged cavities, missing cavity trays and retrofitted insulation: how penetrating damp gets through a cavity wall.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.hollinsandreeve.co.uk/insights/penetrating-damp-cavity-walls">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.hollinsandreeve.co.uk/hs-fs/hubfs/hub_generated/template_assets/1/15824302/1706541218000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Hana Okafor"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-158239120455 hs-blog-post hs-blog-id-15820011932"><div
data-global-resource-path="theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="container-fluid"><div class="row-fluid-wrapper">
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/hollins-reeve-logo.svg" alt="Hollins &amp; Reeve"
class="hs-image-widget"></a></span></span></div><div class="header__column"><div class="header__row-1"><div class="header__search header--element">
<form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label><input type="text"
id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div><div class="header__row-2"><div class="header--toggle
header__navigation--toggle"></div><div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.hollinsandreeve.co.uk/insights/author/hana-okafor">Hana Okafor</a>
<time datetime="2026-01-22 09:15:00" class="blog-post__timestamp">Jan 22, 2026 9:15:00 AM</time></div>
<div class="blog-post__body">${hSpan(`${ps(hBody.slice(0, 1))}
<h2>${at(hBody, 1)}</h2>${ps([at(hBody, 2)])}<h2>${at(hBody, 3)}</h2>${ps([at(hBody, 4)])}<h2>${at(hBody, 5)}</h2>${ps([at(hBody, 6)])}
<h2>${at(hBody, 7)}</h2><ul>${lis(hList)}</ul>${ps([at(hBody, 11)])}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5e1f0a2c"><span class="hs-cta-node hs-cta-5e1f0a2c" id="hs-cta-5e1f0a2c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/15824302/5e1f0a2c" class="cta_button">
Book a damp survey with one of our chartered surveyors</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>`)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252.1V48"></path></svg>
<a class="blog-post__tag-link" href="/insights/tag/damp">Damp</a>, <a class="blog-post__tag-link" href="/insights/tag/cavity-walls">Cavity walls</a></div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<div class="blog-related-posts__post">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/insights/${t.slice(0, 12).toLowerCase().replace(/ /g, '-')}">${t}</a>
</h3></div>`,
  )
  .join('')}
</div></section>
<div class="blog-subscribe"><h3>Subscribe to Insights</h3><div id="hs_form_target_blog_subscription" class="hs-form-frame"><form class="hs-form stacked"
novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-5e1f"><span>Email</span><span
class="hs-form-required">*</span></label>
<input id="email-5e1f" name="email" type="email" class="hs-input" required></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit"
class="hs-button primary large" value="Subscribe"></div></div></form></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper">
<p>Hollins &amp; Reeve Chartered Building Surveyors, 9 Abbey Walk, Castlebridge CB4 1NW</p>
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2026 Hollins &amp; Reeve LLP</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-hidden-print" role="region" aria-label="Cookie banner" data-hs-banner-style="BOTTOM_BANNER">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/15824302.js"></script></body></html>`;
const hollins: TestPage = {
  name: 'heldout601-hubspot-cavity-damp',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 1), at(hBody, 3), at(hBody, 5), at(hBody, 7)],
  body: hBody.filter((_, i) => ![1, 3, 5, 7].includes(i)),
  bylines: ['Hana Okafor', 'Jan 22, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, 'Book a damp survey with one of our chartered surveyors', 'Related posts', ...hRel,
    'Subscribe to Insights', 'Email', 'Hollins & Reeve Chartered Building Surveyors, 9 Abbey Walk, Castlebridge CB4 1NW', ...hFoot,
    '© 2026 Hollins & Reeve LLP', hCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT601_C: readonly TestPage[] = [tidemark, hollins];
