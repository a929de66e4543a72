import { type TestPage, texts } from './page-kit.js';
import { hubspotPost } from './pages-heldout137-e2.js';

/**
 * Held-out batch 137, file e: a Webflow CMS blog post on a SaaS company's site (the w-nav navbar with "Log in" and "Start free
 * trial" and its empty overlay, the post hero with breadcrumb, category, author card, date and read time, the w-richtext body
 * with a captioned figure, a sticky sidebar with a script-filled table of contents and share links, a CTA block under the
 * text, the "More from the blog" w-dyn-list, a w-form newsletter with its hidden success and error messages, the footer and
 * the Finsweet cookie banner) and, from file e2, a HubSpot CMS company blog post.
 */
const wfTitle = 'How to write payment terms that get you paid on time';
const wfP1 = [
  'Late payment is rarely about customers who cannot pay. Far more often, the invoice sits in someone’s inbox because it was unclear, went to ' +
    'the wrong person, or did not say when the money was due. Good payment terms fix most of that before the invoice is even sent.',
  'Here is how we recommend small businesses write them, based on what we see across the 40,000 invoices our customers send every month.',
];
const wfH1 = 'Agree the terms before the work starts';
const wfP2 = [
  'The best time to talk about payment is when the customer is keen to get started. Put your terms in the quote or proposal and ask for them ' +
    'to be accepted in writing, even if that is only a reply to an email. An invoice is a bad place to announce new terms for the first time.',
];
const wfH2 = 'Use a date, not a number of days';
const wfP3 = [
  '“Net 30” means different things to different people. Some count from the invoice date, some from when they received it, and some from the ' +
    'end of the month. Writing “Payment due by 14 November 2025” removes the argument.',
  'In our data, invoices showing a specific due date were paid an average of six days sooner than invoices showing only “Net 30”.',
];
const wfCaption = 'Invoices with a specific due date were paid six days sooner on average. Tallyware data, January to June 2025.';
const wfH3 = 'Make paying easy';
const wfP4 = ['Every extra step between reading the invoice and paying it costs you time. At a minimum, your invoice should include:'];
const wfList = [
  'your bank details, printed in full, not in an attachment;',
  'a payment link for card payments, if you accept them;',
  'the invoice number and the reference you want the customer to use;',
  'the name and email of the person to contact with questions.',
];
const wfH4 = 'Be clear about what happens if payment is late';
const wfP5 = [
  'You do not have to be aggressive. A single sentence saying that invoices unpaid after the due date may be charged interest is enough to show ' +
    'you take it seriously. In the UK, businesses have a statutory right to charge interest on late commercial payments whether or not it is ' +
    'in your terms, but saying so upfront changes behaviour.',
];
const wfQuote = 'The customers who pay late are rarely the ones who argue about terms. They are the ones who never read them.';
const wfH5 = 'Send reminders before the due date, not just after';
const wfP6 = [
  'A polite reminder three days before the due date gets more invoices paid on time than any number of chasers afterwards. It catches the ' +
    'invoice that went to the wrong inbox while there is still time to fix it. Most invoicing tools, including ours, can send these ' +
    'automatically.',
];
const wfH6 = 'A template you can copy';
const wfP7 = ['Here is a version of the wording many of our customers use. Adjust it to suit your business:'];
const wfTemplate =
  'Payment is due within 14 days of the invoice date, by 14 November 2025. Please pay by bank transfer to the account shown, quoting the ' +
  'invoice number. Late payments may be charged interest at 8% above the Bank of England base rate.';
const wfNav = ['Product', 'Pricing', 'Customers', 'Resources', 'Blog'];
const wfAuthorRole = 'Head of Customer Success';
const wfShare = ['Share this post', 'LinkedIn', 'X', 'Facebook', 'Copy link'];
const wfCta = ['Send your first invoice in five minutes', 'Tallyware is free for your first ten invoices. No card needed.', 'Try it free'];
const wfMore = [
  ['Cash flow', 'What to do when a customer disputes an invoice', '5 min read'],
  ['Getting started', 'Sole trader or limited company? The invoicing differences', '6 min read'],
  ['Cash flow', 'The real cost of a 60-day payment term', '4 min read'],
] as const;
const wfNews = [
  'The cash flow letter',
  'Practical advice for small businesses, once a fortnight.',
  'Thank you! You’re on the list.',
  'Oops! Something went wrong while submitting the form.',
];
const wfFoot = [
  ['Product', 'Invoicing', 'Payments', 'Expenses', 'Integrations'],
  ['Company', 'About', 'Careers', 'Press', 'Contact'],
  ['Resources', 'Blog', 'Help centre', 'Invoice templates'],
  ['Legal', 'Privacy', 'Terms', 'Cookie settings'],
];
const wfCopy = '© 2025 Tallyware Ltd. All rights reserved.';
const wfCookie =
  'By clicking “Accept”, you agree to the storing of cookies on your device to improve site navigation, analyse site usage and support our ' +
  'marketing. See our Privacy Policy for more information.';
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const wfHtml = `<!DOCTYPE html><!-- Last Published: Thu Oct 02 2025 09:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.tallyware.example" data-wf-page="66f1c0a2b3d4e5f6a7b8c9d0" data-wf-site="65a0b1c2d3e4f5a6b7c8d9e0" lang="en"
data-wf-collection="65a0b1c2d3e4f5a6b7c8da11" data-wf-item-slug="payment-terms-that-get-you-paid"><head><meta charset="utf-8">
<title>${wfTitle} | Tallyware</title><meta content="Clear payment terms fix most late payment before the invoice is sent." name="description">
<meta content="${wfTitle}" property="og:title"><meta property="og:type" content="website"><meta content="summary_large_image" name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65a0b1c2d3e4f5a6b7c8d9e0/css/tallyware.webflow.shared.4f1e2d3c.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wfTitle}",
"author":{"@type":"Person","name":"Saoirse Kavanagh"},
"datePublished":"Oct 02, 2025"}</script><script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js"
fs-cc-mode="opt-in"></script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="nav-brand w-nav-brand"><img src="https://cdn.prod.website-files.example/65a0/logo-tallyware.svg"
loading="lazy"
alt="Tallyware" class="nav-logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wfNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Blog' ? ' w--current' : ''}">${t}</a>`).join('\n')}
<div class="nav-buttons"><a href="https://app.tallyware.example/login" class="nav-link w-nav-link">Log in</a>
<a href="https://app.tallyware.example/signup" class="button-primary w-button">Start free trial</a></div></nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div>
<div class="w-nav-overlay" data-wf-ignore="" id="w-nav-overlay-0"></div></div>
<div class="section blog-hero"><div class="container-small"><div class="breadcrumbs"><a href="/blog" class="breadcrumb-link">Blog</a><div
class="breadcrumb-divider">/</div>
<a href="/blog-categories/cash-flow" class="breadcrumb-link">Cash flow</a></div><div class="blog-category-tag">Cash flow</div>
<h1 class="blog-title">${wfTitle}</h1><div class="blog-meta"><div class="author-card"><img src="https://cdn.prod.website-files.example/65a0/saoirse.jpg"
loading="lazy"
alt="" class="author-avatar"><div><div class="author-name">Saoirse Kavanagh</div><div class="author-role">${wfAuthorRole}</div></div></div>
<div class="blog-meta-right"><div class="blog-date">October 2, 2025</div><div class="meta-dot">•</div><div class="read-time">7 min
read</div></div></div></div></div>
<div class="section blog-body"><div class="container blog-grid"><div class="blog-content-wrapper"><div id="blog-content" class="blog-rich-text w-richtext">
${ps(wfP1)}
<h2>${wfH1}</h2>
${ps(wfP2)}
<h2>${wfH2}</h2>
${ps(wfP3)}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.example/65a0/due-date-chart.png"
loading="lazy" alt="Bar chart of days to payment by invoice wording"></div><figcaption>${wfCaption}</figcaption></figure>
<h2>${wfH3}</h2>
${ps(wfP4)}
<ul role="list">${wfList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${wfH4}</h2>
${ps(wfP5)}
<blockquote>${wfQuote}</blockquote>
<h2>${wfH5}</h2>
${ps(wfP6)}
<h2>${wfH6}</h2>
${ps(wfP7)}
<blockquote>${wfTemplate}</blockquote>
</div>
<div class="blog-cta"><div class="blog-cta-content"><h3 class="blog-cta-heading">${wfCta[0]}</h3><p class="blog-cta-text">${wfCta[1]}</p></div>
<a href="https://app.tallyware.example/signup?utm_source=blog" class="button-primary w-button">${wfCta[2]}</a></div></div>
<div class="blog-sidebar"><div class="sticky-sidebar"><div class="toc-wrapper"><div class="toc-heading">Table of contents</div><div class="toc-links"
fs-toc-element="table">
${[wfH1, wfH2, wfH3, wfH4, wfH5, wfH6].map((h, i) => `<a href="#toc-${i}" class="toc-link w-inline-block"><div>${h}</div></a>`).join('\n')}</div></div>
<div class="share-wrapper"><div class="share-heading">${wfShare[0]}</div><div class="share-links">
${wfShare
  .slice(1)
  .map(
    (t) => `<a href="#" class="share-link w-inline-block" aria-label="${t}"><img src="https://cdn.prod.website-files.example/65a0/${t.length}.svg"
loading="lazy" alt="">
<div class="share-label">${t}</div></a>`,
  )
  .join('\n')}</div></div></div></div></div></div>
<div class="section related-posts"><div class="container"><h2 class="section-heading">More from the blog</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${wfMore
  .map(
    ([c, t, r]) => `<div role="listitem" class="w-dyn-item"><a href="/blog/${t.toLowerCase().replace(/\W+/g, '-')}" class="blog-card w-inline-block">
<img src="https://cdn.prod.website-files.example/65a0/${r[0]}.jpg" loading="lazy" alt="" class="blog-card-image"><div class="blog-card-content">
<div class="blog-category-tag">${c}</div><h3 class="blog-card-title">${t}</h3><div class="read-time">${r}</div></div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section newsletter"><div class="container-small"><h2 class="newsletter-heading">${wfNews[0]}</h2><p class="newsletter-text">${wfNews[1]}</p>
<div class="newsletter-form w-form"><form id="email-form" name="email-form" data-name="Newsletter" method="get" class="newsletter-form-inner"
aria-label="Newsletter">
<input class="newsletter-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Your work email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Subscribe"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>${wfNews[2]}</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>${wfNews[3]}</div></div></div></div></div>
<footer class="footer"><div class="container"><div class="footer-grid">
${wfFoot
  .map(
    ([h, ...ls]) => `<div class="footer-column"><div class="footer-heading">${h}</div>
${ls.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('\n')}</div>`,
  )
  .join('\n')}</div><div class="footer-bottom"><div class="footer-copyright">${wfCopy}</div></div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">${wfCookie.replace(
  'Privacy Policy',
  '<a href="/privacy" class="fs-cc-banner_text-link">Privacy Policy</a>',
)}</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0b1c2d3e4f5a6b7c8d9e0" type="text/javascript"
crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.example/65a0b1c2d3e4f5a6b7c8d9e0/js/webflow.3c2b1a0f.js"
type="text/javascript"></script>
<script src="https://cdn.jsdelivr.example/npm/@finsweet/attributes-toc@1/toc.js" defer></script></body></html>`;
const webflow: TestPage = {
  html: wfHtml,
  name: 'heldout137-webflow-cms-blog',
  kind: 'blog',
  // the author name, date and read time are bylines; the breadcrumb, category tag, author role, caption, CTA block, the table
  // of contents (its links repeat the headings and are left out), share links, related cards, newsletter with its hidden
  // messages, footer and cookie banner are furniture; the footer's "Blog" and "About" repeat other furniture, listed once
  title: wfTitle,
  headings: [wfH1, wfH2, wfH3, wfH4, wfH5, wfH6],
  body: texts([...wfP1, ...wfP2, ...wfP3, ...wfP4, ...wfList, ...wfP5, wfQuote, ...wfP6, ...wfP7, wfTemplate]),
  bylines: ['Saoirse Kavanagh', 'October 2, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, 'Log in', 'Start free trial', 'Cash flow', wfAuthorRole, wfCaption, ...wfCta, 'Table of contents', ...wfShare, 'More from the blog',
    ...wfMore.flatMap(([, t, r]) => [t, r]), 'Getting started', ...wfNews, ...wfFoot.flat().filter((t) => !['Product', 'Blog', 'Resources'].includes(t)),
wfCopy,
    wfCookie, 'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT137_E: readonly TestPage[] = [webflow, hubspotPost];
