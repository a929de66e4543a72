import { links, type TestPage, texts } from './page-kit.js';
import { radio } from './pages-heldout276-e2.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file e: a webinar recap with timestamps on a HubSpot CMS blog (the invented "Tallyframe" product): the
 * HubSpot cookie banner, header menu, the blog post header with author avatar, date and reading time, the hs_cos_wrapper
 * post body with a timestamped agenda list, a table and a quote, an inline CTA button, tags, the subscribe form, related
 * posts and the footer; and, from file e2, a public-radio programme page with its transcript.
 */
const hbTitle = 'Webinar Recap: Closing the Books in Three Days Instead of Ten';
const hbIntro = [
  j(
    'Last Thursday more than 600 finance leaders joined our webinar with Cressida Mbeki, controller at Foxhollow Outdoor, and Arvid',
    'Sallis from our customer team. If you missed it, the full recording is below, and this recap pulls out the moments people asked',
    'about most in the chat, with timestamps so you can jump straight to them.',
  ),
];
const hbAgenda = [
  '[02:10] Why Foxhollow\u2019s close took ten working days in 2023',
  '[09:45] Moving bank reconciliations from month end to every morning',
  '[18:30] The accruals checklist Cressida shares with every new hire',
  '[27:05] Live Q&amp;A: intercompany eliminations, approvals and audit trails',
];
const hbMid = [
  j(
    'The biggest change, Cressida explained, was not software but sequence. Her team used to wait for every subledger to close before',
    'starting reconciliations. Now bank and card accounts are matched daily, so by the last day of the month nine-tenths of the',
    'matching is already done.',
  ),
  'Foxhollow shared how long each stage of the close took before and after the change:',
];
const hbTable = [
  ['Stage', 'Before', 'After'],
  ['Bank and card reconciliation', '4 days', 'half a day'],
  ['Accruals and prepayments', '3 days', '1 day'],
  ['Review and sign-off', '3 days', '1.5 days'],
];
const hbQuote = j(
  '“We stopped treating the close as an event and started treating it as a habit. The last three days are just the bits you',
  'genuinely cannot do earlier.”',
);
const hbEnd = [
  j(
    'In the Q&amp;A, the most common question was about audit. Cressida\u2019s answer: daily reconciliation made the auditors happier, not',
    'less happy, because every match now has a timestamp and an approver instead of a single spreadsheet signed off at the end.',
  ),
  j(
    'Arvid closed with a practical tip for teams starting out: pick your two highest-volume accounts and reconcile only those daily for',
    'one month. Once the team sees the month-end pile shrink, the rest follows. The slides and the close checklist Cressida walked',
    'through are linked below, and the recording will stay available on demand for anyone who registered.',
  ),
];
const hbRelated = ['Five Accruals Mistakes Auditors Always Find', 'How Foxhollow Outdoor Automated Card Reconciliation', 'The Month-End Close Checklist'];
const hbFoot = ['Product', 'Pricing', 'Customers', 'Careers', 'Legal'];
const hbHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hbTitle}</title>
<meta name="description" content="Highlights from our webinar with Foxhollow Outdoor on a three-day month-end close.">
<meta name="generator" content="HubSpot"><meta property="og:type" content="article"><link rel="stylesheet"
href="https://www.tallyframe.example/hubfs/hub_generated/template_assets/1/171045/1740000000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hbTitle}","datePublished":"2026-02-27"}</script>
<script>var hsVars = {"portal_id": 4419022, "app_hs_base_url": "https://app.hubspot.example", "page_id": 190331}</script></head>
<body><div class="body-wrapper hs-content-id-190331 hs-blog-post hs-blog-id-51207"><div data-global-resource-path="tallyframe/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<a href="/"><img src="/hubfs/logo.svg" alt="Tallyframe"></a></div><nav class="navigation-primary" aria-label="Main menu"><ul class="submenu level-1">${links(
  ['Product', 'Solutions', 'Resources', 'Pricing'],
  'menu-item hs-menu-depth-1',
)}</ul></nav><a class="button header__cta" href="/demo">Book a demo</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hbTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/priya-selwood" class="blog-post__author">Priya Selwood</a><time datetime="2026-02-27 09:00:00"
class="blog-post__timestamp">Feb 27, 2026</time><span class="blog-post__read-time">5 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>${hbIntro[0]}</p>
<div class="hs-embed-wrapper"><iframe src="https://play.vidyard.example/closing-the-books" title="Webinar recording"></iframe></div>
<h2>What we covered</h2>
<ul>${hbAgenda.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2>Reconcile daily, not monthly</h2>
<p>${hbMid[0]}</p><p>${hbMid[1]}</p>
<table><tbody>${hbTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<blockquote><p>${hbQuote}</p></blockquote>
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f1e"><span class="hs-cta-node hs-cta-7f1e" id="hs-cta-7f1e"><a
href="https://cta-redirect.hubspot.example/cta/redirect/4419022/7f1e" class="cta_button">Download the close checklist</a></span></span><!-- end HubSpot CTA -->
<h2>Questions from the audience</h2>
<p>${hbEnd[0]}</p><p>${hbEnd[1]}</p>
</span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Topics:</span> <a class="blog-post__tag-link" href="/blog/tag/webinars">Webinars</a>,
<a class="blog-post__tag-link" href="/blog/tag/month-end-close">Month-End Close</a></div></article>
<div class="blog-subscribe"><h3>Subscribe to the Tallyframe blog</h3><div class="hs-form" id="hs_form_target_subscribe"><form class="hs-form stacked"><label
for="email-sub">Email<span class="hs-form-required">*</span></label><input id="email-sub" type="email" class="hs-input"><input type="submit"
class="hs-button primary large" value="Subscribe"></form></div></div>
<section class="blog-related-posts"><h2>Related posts</h2>${hbRelated
  .map(
    (r) => `<div class="blog-related-posts__post"><h3
class="blog-related-posts__title"><a href="/blog/${r.length}">${r}</a></h3></div>`,
  )
  .join('\n')}</section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul>${links(hbFoot)}</ul><p class="footer__copyright">© 2026 Tallyframe Inc.</p>
</div></footer>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer to improve your experience.</p><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script src="https://js.hs-scripts.example/4419022.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout276-hubspot-webinar-recap-blog',
  kind: 'blog',
  html: hbHtml,
  title: hbTitle,
  headings: ['What we covered', 'Reconcile daily, not monthly', 'Questions from the audience'],
  body: texts([...hbIntro, ...hbAgenda, ...hbMid, ...hbTable.flat(), hbQuote, ...hbEnd]),
  bylines: ['Priya Selwood', 'Feb 27, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Solutions', 'Resources', 'Book a demo', 'Download the close checklist', 'Topics:', 'Webinars', 'Month-End Close',
    'Subscribe to the Tallyframe blog', 'Related posts', ...hbRelated, ...hbFoot, '© 2026 Tallyframe Inc.',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT276_E: readonly TestPage[] = [hubspot, radio];
