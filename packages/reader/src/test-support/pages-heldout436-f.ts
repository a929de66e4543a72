import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';
import { discourse } from './pages-heldout436-f2.js';

/**
 * Held-out batch 436, file f: a legal-tech company's blog post on HubSpot CMS (hs_cos_wrapper modules, blog meta with author,
 * date and reading time, a HubSpot CTA, tags, a social sharing module, an author bio, a subscribe form, related posts and the
 * HubSpot cookie banner) and, from file f2, a lawyers' forum thread on Discourse.
 */
const nTitle = 'How Small Firms Can Cut Intake Time in Half Without Losing the Human Touch';
const nH = ['Where intake time actually goes', 'Ask fewer questions, earlier', 'Automate the paperwork, not the conversation', 'A before-and-after look'];
const nIntro = paras(`
Ask a solo or small-firm lawyer where the week went and intake will be near the top of the list. Phone tag, repeated questions,
conflict checks run by hand and engagement letters retyped from an old template all add up. In our survey of 310 firms with
fewer than ten lawyers last year, the median firm spent 4.2 hours on intake for every new matter it opened.

The good news is that most of that time is not spent on the part clients value, which is talking to a lawyer who listens.
`);
const nWhere = paras(`
When we timed intake at twelve firms for a month, three tasks accounted for nearly seventy percent of it: collecting the same
contact and matter details more than once, running and documenting conflict checks, and preparing the engagement letter and
fee agreement. The first consultation itself was usually under forty minutes.
`);
const nAsk = paras(`
Firms that intake quickly ask a short set of screening questions before anyone schedules a call. That screen does not need to
be clever. It needs to answer whether the matter is one the firm handles, whether there is an obvious conflict, and how urgent it is.
`);
const nAskList = rows(`
What kind of matter is this, in one sentence?
Who are the other people or companies involved?
Is there a deadline, hearing date or court paper you have already received?
How did you hear about us?
`);
const nAuto = paras(`
Once a prospective client has been screened in, the details they gave should flow into the conflict check, the matter record
and the engagement letter without anyone typing them again. Electronic signature and online payment of the retainer remove
another day or two of waiting.

What should not be automated is the first conversation. Clients who feel rushed at intake are the ones who leave one-star
reviews, and they are right to. Use the time you save to make that call longer, not shorter.
`);
const nTable = [
  ['Screening and scheduling', '55 minutes', '15 minutes'],
  ['Conflict check', '40 minutes', '10 minutes'],
  ['Engagement letter and signature', '75 minutes', '20 minutes'],
  ['First consultation', '40 minutes', '45 minutes'],
];
const nClose = paras(`
The firms in our pilot cut total intake time from just over three and a half hours to about an hour and a half per matter, while
their first consultations actually got a little longer.
`);
const nTags = ['Practice Management', 'Client Intake', 'Small Firms'];
const nRelated = ['The Real Cost of a Missed Conflict Check', 'Engagement Letters That Clients Actually Read', 'Trust Accounting Basics for New Solos'];
const nNav = ['Product', 'Pricing', 'Customers', 'Resources', 'Blog'];
const nHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How Small Firms Can Cut Intake Time in Half | Clerkly Blog</title>
<meta name="description" content="Where intake time goes at small law firms, and how to cut it without rushing clients.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="generator" content="HubSpot"><link rel="amphtml" href="https://blog.clerkly.example/cut-intake-time?hs_amp=true">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How Small Firms Can Cut Intake Time in Half",
"author":{"@type":"Person","name":"Tessa Marlowe"},"datePublished":"2026-02-24"}</script>
<script>var hsVars = {"portal_id":2290114,"app_hs_base_url":"https://app.hubspot.com","cp_hs_base_url":"https://cp.hubspot.com","language":"en"};</script>
<link rel="stylesheet" href="https://blog.clerkly.example/hubfs/hub_generated/template_assets/1/clerkly-main.min.css">
</head><body><div class="body-wrapper hs-content-id-1620 hs-blog-post hs-blog-id-1190">
<div data-global-resource-path="clerkly-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<a href="https://www.clerkly.example"><img src="/hubfs/clerkly-logo.svg" alt="Clerkly"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(nNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__button"><a class="button" href="/demo">Book a Demo</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><div class="blog-post__tags">${nTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join('')}</div>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field">${nTitle}</span></h1>
<div class="blog-post__meta"><a href="/author/tessa-marlowe" class="blog-post__author">Tessa Marlowe</a><div class="blog-post__timestamp">Feb 24, 2026</div>
<div class="blog-post__read-time">7 min read</div></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(nIntro)}
<!--more-->
<h2>${nH[0]}</h2>
${ps(nWhere)}
<h2>${nH[1]}</h2>
${ps(nAsk)}
<ol>${lis(nAskList)}</ol>
<div class="hs-cta-embed hs-cta-simple-placeholder"><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f3a"><span class="hs-cta-node hs-cta-7f3a"><a
href="https://cta-redirect.hubspot.example/cta/redirect/2290114/7f3a" class="cta_button">Download the free intake question template</a></span></span></div>
<h2>${nH[2]}</h2>
${ps(nAuto)}
<h2>${nH[3]}</h2>
<div class="hs-table"><table><thead><tr><th>Intake step</th><th>Before</th><th>After</th></tr></thead><tbody>
${nTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>
${ps(nClose)}
</span></div>
<div class="social-sharing"><span class="social-sharing__label">Share this article</span><a class="social-sharing__link" href="#">LinkedIn</a>
<a class="social-sharing__link" href="#">Facebook</a><a class="social-sharing__link" href="#">X</a></div>
<div class="blog-post__author-bio"><div class="blog-post__author-name">Written by Tessa Marlowe</div>
<p>Tessa practiced family law for eight years before joining
Clerkly as head of customer research.</p></div></article>
<section class="blog-subscribe"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3>Subscribe to the Clerkly blog</h3>
<p>Practical ideas for running a better small firm, every other Tuesday.</p><form class="hs-form stacked" data-form-id="b91c">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-b91c"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-b91c" type="email" name="email"></div><div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></form>
</div></section>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${nRelated.map((t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="#">${t}</a></h3></article>`).join('\n')}</div>
</section>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper">
<p>Clerkly is practice software for small law firms. Clerkly is not a law firm and does not
provide legal advice.</p><p>© 2026 Clerkly, Inc.</p><ul>${links(['Security', 'Privacy', 'Terms', 'Status'])}</ul></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region"
aria-label="Cookie banner"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a><a id="hs-eu-decline-button"
role="button">Decline</a></div></div></div>
<script src="https://static.hsappstatic.example/content-cdn-no-cache/current/bundles/project.js"></script>
<script id="hs-script-loader" async defer src="//js.hs-scripts.example/2290114.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout436-hubspot-legal-tech-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nIntro, ...nWhere, ...nAsk, ...nAskList, ...nAuto, ...nTable.flat(), ...nClose]),
  bylines: ['Tessa Marlowe', 'Feb 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Book a Demo', ...nTags, '7 min read', 'Download the free intake question template', 'Share this article', 'LinkedIn',
    'Facebook', 'Written by Tessa Marlowe', 'Tessa practiced family law for eight years before joining Clerkly as head of customer research.',
    'Subscribe to the Clerkly blog', 'Practical ideas for running a better small firm, every other Tuesday.', 'Related posts', ...nRelated,
    'Clerkly is practice software for small law firms. Clerkly is not a law firm and does not provide legal advice.', '© 2026 Clerkly, Inc.',
    'Security', 'Privacy', 'Terms', 'Status', 'This website stores cookies on your computer. These cookies are used to improve your website experience.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT436_F: readonly TestPage[] = [hubspot, discourse];
