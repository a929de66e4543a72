import { links, type TestPage, texts } from './page-kit.js';
import { learnDocs } from './pages-heldout110-e2.js';
import { lis, paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file e: a SaaS company's blog post on HubSpot CMS with an inline "Download the free PDF checklist"
 * CTA box and a webinar promo inside the post body (the HubSpot menu, the "Start free trial" button, the top banner, the
 * topic tag, author and date, the social share links, the "Subscribe to the blog" form, "Related articles", the hidden
 * HubSpot cookie banner and the footer) and, from file e2, a Microsoft Learn documentation page.
 */
const title = 'Month-End Close for Small Businesses: A 7-Step Routine That Takes Under a Day';
const p1 = paras(`
If your books only get reconciled when your accountant asks for them in March, you are not alone. In a survey of 600 Ledgerly
customers last year, fewer than a third closed their books every month. The rest caught up once a quarter, or once a year.

A monthly close doesn't need to be a big project. With a simple routine, most small businesses can finish it in a few hours.`);
const h1 = 'Why close every month?';
const p2 = paras(`
A monthly close gives you numbers you can trust while they are still useful. It catches a duplicate payment or a missing
invoice while you still remember what it was, and it turns tax season into a formality instead of a scramble.`);
const h2 = 'The 7-step routine';
const steps = [
  '<strong>Record every sale and expense.</strong> Make sure all invoices, bills and receipts from the month are in your books.',
  '<strong>Reconcile bank and card accounts.</strong> Match every transaction to your statement, and investigate anything that doesn’t match.',
  '<strong>Review unpaid invoices.</strong> Follow up on anything more than 30 days overdue.',
  '<strong>Review unpaid bills.</strong> Check that nothing is late and nothing has been paid twice.',
  '<strong>Record payroll and owner draws.</strong> Payroll often posts as one lump sum, so split it into wages, taxes and benefits.',
  '<strong>Check inventory, if you carry it.</strong> A quick count of your top-selling items is better than none.',
  '<strong>Run your reports.</strong> Compare the profit and loss statement to last month and the same month last year.',
];
const p3 = paras(`
The order matters. Reconciling before you review invoices and bills means you're working from numbers that already match the
bank, so you won't chase payments that have actually arrived.`);
const h3 = 'How long should it take?';
const p4 = paras(`
The first close is the slowest, especially if you're catching up on several months. After that, most of our customers with
fewer than 200 transactions a month tell us it takes two to four hours. Block the time on your calendar for the first week of
each month and treat it like a meeting you can't move.

If it regularly takes longer than a day, that's a sign something upstream needs fixing: too many manual entries, receipts that
arrive late, or accounts nobody has reconciled in a while.`);
const h4 = 'When to bring in help';
const p5 = paras(`
If your business has grown to the point where you have inventory in several places, employees in more than one state or revenue
that is recognised over time, a bookkeeper can save you far more than they cost. Many will take over the close for a fixed
monthly fee and hand you the reports when they're done.`);
const cta = [
  'Free download',
  'The Month-End Close Checklist',
  'All seven steps on one printable page, with a space to tick off each account.',
  'Download the free PDF checklist',
];
const webinar = ['Live webinar · December 10', 'Closing the year without the panic: a live walkthrough with Ledgerly’s head of accounting', 'Save my seat'];
const menu = ['Product', 'Pricing', 'Resources', 'Blog', 'Log in'];
const related = ['How to Reconcile a Bank Account in 5 Steps', 'Cash vs. Accrual Accounting: Which Should You Use?', 'A Simple Guide to Sales Tax Nexus'];
const foot = ['About', 'Careers', 'Security', 'Help Center', 'Privacy', 'Terms', '© 2026 Ledgerly, Inc.'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="A 7-step month-end close routine for small businesses.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}"><meta name="twitter:card"
content="summary_large_image">
<meta name="generator" content="HubSpot"><link rel="canonical" href="https://www.ledgerly.example/blog/month-end-close-small-business">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","author":{"@type":"Person",
"name":"Priya Castellanos"},
"datePublished":"2026-11-12"}</script>
<link rel="stylesheet" href="https://www.ledgerly.example/hs-fs/hub/4471029/hub_generated/template_assets/blog-post.min.css">
<script>var hsVars={"ticks":1763400000000,"page_id":183770041,"content_group_id":93120411,"portal_id":4471029,
"app_hs_base_url":"https://app.hubspot.com"};</script>
</head><body><div class="body-wrapper hs-content-id-183770041 hs-blog-post hs-blog-id-93120411">
<div data-global-resource-path="ledgerly-theme/templates/partials/header.html"><div
class="top-banner"><p>New: Ledgerly Payroll is now available in all 50 states.
<a href="/payroll">Learn more</a></p></div><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__logo"><a href="/"><img alt="Ledgerly" src="/hubfs/logo.svg"></a></div><nav class="header__menu" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(menu, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<a class="button header__cta" href="/signup">Start free trial</a></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><a class="blog-post__tag-link" href="/blog/tag/bookkeeping">Bookkeeping</a>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${title}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/priya-castellanos" class="blog-post__author-name">Priya Castellanos</a>
<time datetime="2026-11-12 15:00:00" class="blog-post__timestamp">Nov 12, 2026 10:00:00 AM</time></div>
<div class="blog-post__social-sharing"><a href="#" aria-label="Share on LinkedIn">LinkedIn</a><a href="#" aria-label="Share on Facebook">Facebook</a></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(p1)}
<!--more--><h2>${h1}</h2>
${ps(p2)}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-143988" style="max-width:100%;" data-hubspot-wrapper-cta-id="143988">
<div class="cta-box"><p class="cta-box__eyebrow">${cta[0]}</p><h3 class="cta-box__title">${cta[1]}</h3><p class="cta-box__text">${cta[2]}</p>
<a href="https://www.ledgerly.example/hs/cta/wi/redirect?encryptedPayload=AVxigLK" target="_blank" rel="noopener" class="cta-box__button">${cta[3]}</a>
</div></div>
<h2>${h2}</h2>
<ol>${lis(steps)}</ol>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
<div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="151207"><a href="https://www.ledgerly.example/webinars/year-end"
class="hs-inline-web-interactive-151207" data-hubspot-cta-id="151207"><div class="webinar-promo"><p class="webinar-promo__date">${webinar[0]}</p>
<p class="webinar-promo__title">${webinar[1]}</p><span class="webinar-promo__button">${webinar[2]}</span></div></a></div>
<h2>${h4}</h2>
${ps(p5)}
</span></div>
<div class="blog-post__tags"><span>Topics:</span> <a class="blog-post__tag-link" href="/blog/tag/month-end-close">Month-End Close</a>,
<a class="blog-post__tag-link" href="/blog/tag/small-business">Small Business</a></div>
</article>
<section class="blog-subscribe"><h2>Subscribe to the Ledgerly blog</h2><p>Practical bookkeeping advice, twice a month.</p>
<form class="hs-form" data-form-id="b1e0"><label for="email-b1e0"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-b1e0" type="email"><input type="submit" value="Subscribe"></form></section>
<section class="blog-related-posts"><h2>Related Articles</h2>${related
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title">
<a href="#">${t}</a></h3></div>`,
  )
  .join('')}</section></div></div></main>
<footer class="footer"><ul class="footer__menu">${links(foot.slice(0, 6))}</ul><p class="footer__copyright">${foot[6]}</p></footer></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" data-hs-not-dismissable="false" style="display:none">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<a id="hs-eu-confirmation-button" role="button">Accept</a><a id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script src="https://js.hs-scripts.com/4471029.js"
id="hs-script-loader" async defer>
</script></body></html>`;
const hubspotCta: TestPage = {
  html,
  name: 'heldout110-hubspot-blog-pdf-cta-webinar',
  kind: 'blog',
  // the "Download the free PDF checklist" CTA box and the webinar promo sit inside the post body but are promotions:
  // all their texts are furniture (the CTA's h3 title is not a heading); the top banner and hidden cookie banner are furniture
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...p2, ...steps, ...p3, ...p4, ...p5]),
  bylines: ['Priya Castellanos', 'Nov 12, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: Ledgerly Payroll is now available in all 50 states. Learn more', 'Skip to content', ...menu, 'Start free trial', 'Bookkeeping', 'LinkedIn',
    'Facebook', ...cta, ...webinar, 'Topics:', 'Month-End Close', 'Small Business', 'Subscribe to the Ledgerly blog',
    'Practical bookkeeping advice, twice a month.',
    'Email*', 'Related Articles', ...related, ...foot,
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT110_E: readonly TestPage[] = [hubspotCta, learnDocs];
