import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout573-kit.js';

/**
 * Held-out batch 573, file f: a boatyard's lay-up checklist on Hugo (Ananke theme) with a table of contents aside, and a
 * marina group's blog post on HubSpot CMS with a CTA, tags, related posts and the HubSpot cookie banner.
 */
const hTitle = 'Laying up ashore: what we need from you before lift-out';
const hBody = [
  j(
    'Lift-out week at Hallows Creek runs from 18 to 29 October. To keep the hoist moving, please have your boat ready before',
    'your booked slot. Boats that are not ready go to the back of the queue.',
  ),
  'Before the day',
  'Remove the sails, sprayhood and bimini, and stow or take home the loose gear on deck.',
  'Tell us the position of any log or echo sounder transducers so the slings avoid them.',
  'Pay any outstanding berth or storage account; we cannot lift a boat on an account that is overdue.',
  'On the day',
  j(
    'Bring the boat to the hoist dock at the time on your booking, with fenders and lines ready on both sides. One of the crew',
    'must stay until the boat is chocked, to check the position of the props and to take away the keys.',
  ),
  'After lift-out',
  j(
    'Winterise the engine within a week, or ask us to do it (from £145). Leave a hatch or vent open for air, and check the',
    'covers after every gale. The yard is open for owners from 8am to dusk every day except Christmas Day.',
  ),
];
const hHeads = [1, 5, 7];
const hNav = ['Services', 'Storage', 'Notes', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Hallows Creek Boatyard</title><meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description"
content="Lift-out week checklist.">
<meta name="generator" content="Hugo 0.124.1"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://hallowscreek.co.uk/notes/laying-up-ashore/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="notes">
<meta property="article:published_time" content="2027-09-20T08:00:00+01:00"><meta itemprop="wordCount" content="246"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/yard-winter.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Hallows Creek Boatyard</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://www.facebook.com/hallowscreekyard" target="_blank" rel="noopener"
class="ananke-social-link link-transition facebook link
dib z-999 pt3 pt0-l mr1" title="follow on Facebook - Opens in a new window" aria-label="follow on Facebook - Opens in a new window"><span
class="icon"></span></a></div></div>
</div></nav><div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Notes</aside><div id="sharing" class="mt3 ananke-socials"></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Joe Pardew</strong></p>
<time class="f6 mv4 dib tracked" datetime="2027-09-20T08:00:00+01:00">September 20, 2027</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps([hBody[0] ?? ''])}
<h2 id="before-the-day">${hBody[1]}</h2><ul>${lis(hBody.slice(2, 5))}</ul><h2 id="on-the-day">${hBody[5]}</h2>${ps([hBody[6] ?? ''])}
<h2 id="after-lift-out">${hBody[7]}</h2>${ps([hBody[8] ?? ''])}
<ul class="pa0"><li class="list di"><a href="/tags/lift-out/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">lift-out</a></li>
<li class="list di"><a href="/tags/winter/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">winter</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div><aside class="w-30-l mt6-l"><div
class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">What's in this note</p><nav id="TableOfContents"><ul>${hHeads.map((i) => `<li><a href="#x">${hBody[i]}</a></li>`).join('')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
<li class="mb2"><a href="/notes/antifouling-rules/">Antifouling rules in the yard</a></li><li class="mb2"><a
href="/notes/spring-launch/">Booking a spring launch</a></li>
</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://hallowscreek.co.uk/">&copy; Hallows Creek Boatyard 2027
</a><div></div></div></footer>
</body></html>`;
const hugo: TestPage = {
  name: 'heldout573-hugo-ananke-lay-up',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: hBody.filter((_, i) => !hHeads.includes(i)),
  bylines: ['By Joe Pardew', 'September 20, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hallows Creek Boatyard', ...hNav.filter((t) => t !== 'Storage'), 'winter', "What's in this note", 'Related', 'Antifouling rules in the yard',
    'Booking a spring launch', '© Hallows Creek Boatyard 2027',
  ],
};

const uTitle = 'Three questions to ask before you sign an annual berth contract';
const uBody = [
  j(
    'An annual berth is the biggest bill most boat owners pay each year, yet few of us read the contract until something goes wrong.',
    'Before you sign for 2027, it is worth asking the marina office three questions.',
  ),
  '1. What happens if I sell the boat?',
  j(
    'Most contracts do not let you pass the berth to the buyer, and many do not refund the unused months. At Northwater marinas',
    'we refund the balance less a £75 fee if we can relet the berth, and we give the buyer first refusal.',
  ),
  '2. Is electricity metered or included?',
  j(
    'Shore power used to be a few pounds a month. With a heater or dehumidifier running all winter, it can now add several hundred',
    'pounds a year. Ask whether the meter is read by the office or by you, and how often you will be billed.',
  ),
  '3. What does the insurance clause ask for?',
  j(
    'Nearly every marina asks for third-party cover of at least £3 million and for a copy of the certificate each year. Check that',
    'your policy covers the boat while she is lifted and stored ashore, which some cheaper policies leave out.',
  ),
];
const uHeads = [1, 3, 5];
const uNav = ['Our marinas', 'Berthing', 'Boat sales', 'Events', 'Blog'];
const uRel = ['Winter afloat or ashore? The costs compared', 'What your berth fee pays for'];
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${uTitle}</title>
<link rel="shortcut icon" href="https://www.northwatermarinas.co.uk/hubfs/favicon.png"><meta name="description"
content="Before you sign for 2027, ask the marina office three questions.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet"
href="/hs-fs/hubfs/hub_generated/template_assets/1/142857/1707421/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","author":{"@type":"Person",
"name":"Priya Lennox"},
"datePublished":"2027-01-12T09:00:00Z"}</script><meta property="og:type" content="article"><link rel="canonical"
href="https://www.northwatermarinas.co.uk/blog/annual-berth-contract">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; hsVars['portal_id'] = 4410873; hsVars['page_id'] = 61209332145;</script></head>
<body><div class="body-wrapper hs-content-id-61209332145 hs-blog-post hs-blog-id-52004127711">
<div data-global-resource-path="Northwater_Theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo"><img src="https://www.northwatermarinas.co.uk/hubfs/nw-logo.svg" class="hs-image-widget"
alt="Northwater Marinas"
width="180" height="48"></a></span></div></div><div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop">
<nav class="menu menu--desktop" aria-label="Main menu"><ul
class="menu__wrapper no-list">${links(uNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="term" placeholder="Search"></form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/priya-lennox">Priya Lennox</a>
<time datetime="2027-01-12 09:00:00" class="blog-post__timestamp">Jan 12, 2027 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([uBody[0] ?? ''])}<!--more-->
${uBody
  .slice(1)
  .map((t, i) => (uHeads.includes(i + 1) ? `<h2>${t}</h2>` : `<p>${t}</p>`))
  .join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8e1f"><span class="hs-cta-node hs-cta-8e1f" id="hs-cta-8e1f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4410873/8e1f"
class="cta_button">Download our 2027 berth guide</a></span></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252.118V48C0"></path></svg>
<a class="blog-post__tag-link" href="/blog/tag/berthing">Berthing</a><a class="blog-post__tag-link" href="/blog/tag/advice">Advice</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>${uRel
  .map(
    (t) => `<article class="blog-related-posts__post"
aria-label="Blog post summary: ${t}"><a class="blog-related-posts__title-link" href="/blog/x"><h3>${t}</h3></a></article>`,
  )
  .join('\n')}</div></section>
<div class="blog-subscribe"><h2>Subscribe to the Northwater blog</h2><div class="hbspt-form"><form class="hs-form stacked"><div
class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-1"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-1" name="email" type="email" class="hs-input"></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="Northwater_Theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Northwater Marinas Ltd, 4 Dock Street,
Kerrick KR1 2AB. Registered in England and Wales No. 07713452.</p><p>© 2027 Northwater Marinas</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-shadow-container>
<div id="hs-eu-cookie-confirmation-inner"><div
id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website
experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script id="hs-script-loader" async defer
src="/hs/scriptloader/4410873.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout573-hubspot-berth-contract',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHeads.map((i) => uBody[i] ?? ''),
  body: uBody.filter((_, i) => !uHeads.includes(i)),
  bylines: ['Priya Lennox', 'Jan 12, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, 'Search', 'Download our 2027 berth guide', 'Advice', 'Related posts', ...uRel, 'Subscribe to the Northwater blog', 'Email*',
    'Northwater Marinas Ltd, 4 Dock Street, Kerrick KR1 2AB. Registered in England and Wales No. 07713452.', '© 2027 Northwater Marinas',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT573_F: readonly TestPage[] = [hugo, hubspot];
