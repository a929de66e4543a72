import { type TestPage, texts } from './page-kit.js';
import { framer } from './pages-heldout285-d2.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file d: an invoicing start-up's Webflow CMS blog post (w-nav navbar, blog hero with category pill, author
 * block and reading time bound from the collection, w-richtext body with a figure, a table embed and a quote, a w-form
 * newsletter with its success and failure messages, a w-dyn-list of related posts, the footer and the Webflow badge) and,
 * from file d2, a design studio's post on a Framer site.
 */
const fTitle = 'Net-30 or net-15? What happened when we shortened our payment terms';
const fH = ['Why we tried it', 'The numbers after six months', 'What we would do differently'];
const fIntro = [
  j(
    'For our first three years, every invoice Tallyroot sent to its own customers carried the same terms: payment due thirty days',
    'after the invoice date. Last spring we moved new customers to fifteen days. Plenty of our users have asked whether it was worth',
    'it, so here is what the data says.',
  ),
];
const fS1 = [
  j(
    'Our median customer was paying on day 34, which meant that most invoices were a little late even by our generous standard. We',
    'suspected that the thirty-day window simply told people that our invoice could wait until the end of the month.',
  ),
  j(
    'We kept existing customers on their old terms, changed the default for anyone who signed up after 1 April, and left every other',
    'part of our billing process exactly as it was.',
  ),
];
const fS2 = ['We compared invoices issued to the two groups between April and September:'];
const fTable: string[][] = [
  ['Median days to payment', '34', '17'],
  ['Paid on or before due date', '41%', '58%'],
  ['Paid more than 30 days late', '6.2%', '5.9%'],
  ['Churned within six months', '3.1%', '3.4%'],
];
const fS2b = [
  j(
    'Customers on shorter terms paid roughly twice as fast, and the share paying on time went up noticeably. The slow payers stayed',
    'slow: almost exactly the same proportion were more than a month late in both groups. Churn rose slightly, but not by enough to',
    'be sure it was related.',
  ),
];
const fQuote = 'The terms changed when most people paid, not whether they paid.';
const fS3 = ['If we ran the experiment again, we would change three things:'];
const fList = [
  'Send the first reminder three days before the due date rather than on it.',
  'Offer a small early-payment discount to the slowest tenth of customers instead of shorter terms.',
  'Run the test for a full year so that the end-of-year budget rush is included.',
];
const fEnd = [
  j(
    'For most small businesses, our advice is the same as it was before the test: pick the shortest terms your customers will accept',
    'without argument, and put as much effort into the reminder schedule as into the terms themselves.',
  ),
];
const fNav = ['Product', 'Pricing', 'Stories', 'Blog', 'Log in', 'Start free trial'];
const fRelated = ['How to write a late-payment reminder that works', 'Invoicing in multiple currencies without the headache', 'Our 2025 year in review'];
const fFoot = ['Security', 'Status', 'Careers', 'Legal', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.tallyroot.example" data-wf-page="65e0c1d2a3b4c5d6e7f80912" data-wf-site="65e0c1d2a3b4c5d6e7f80900" lang="en"
data-wf-collection="65e0c1d2a3b4c5d6e7f80931" data-wf-item-slug="net-30-or-net-15"><head><meta charset="utf-8"><title>${fTitle} | Tallyroot Blog</title>
<meta content="We moved new customers from 30-day to 15-day payment terms. Here is what the data says." name="description">
<meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65e0c1d2/css/tallyroot.webflow.shared.a1b2c3.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);
</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"Priya Castellane"},"datePublished":"2026-03-10"}</script></head>
<body><div class="page-wrapper"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="/images/tallyroot-logo.svg" loading="lazy" alt="Tallyroot"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('\n')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-blog-hero"><div class="padding-global"><div class="container-medium"><div class="blog-hero-component">
<a href="/blog/category/finance" class="category-pill w-inline-block"><div class="text-size-small">Finance</div></a>
<h1 class="heading-style-h2">${fTitle}</h1><div class="blog-author-wrapper"><img src="/images/priya.jpg" loading="lazy" alt="" class="blog-author-image">
<div class="blog-author-text"><div class="text-weight-semibold">Priya Castellane</div><div class="blog-date-wrapper">
<div class="text-size-small">March 10, 2026</div>
<div class="text-size-small">·</div><div class="text-size-small">5 min read</div></div></div></div></div></div></div></section>
<section class="section-blog-content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext">
${fIntro.map((x) => `<p>${x}</p>`).join('')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="/images/payment-curve.png" loading="lazy" alt="Payment curve chart">
</div>
<figcaption>Days to payment for invoices issued April–September, by payment terms.</figcaption></figure>
<h2>${fH[0]}</h2>${fS1.map((x) => `<p>${x}</p>`).join('\n')}
<h2>${fH[1]}</h2>${fS2.map((x) => `<p>${x}</p>`).join('')}
<div class="w-embed"><table class="results-table"><thead><tr><th>Measure</th><th>Net-30</th><th>Net-15</th></tr></thead><tbody>
${fTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${fS2b.map((x) => `<p>${x}</p>`).join('')}<blockquote>${fQuote}</blockquote>
<h2>${fH[2]}</h2>${fS3.map((x) => `<p>${x}</p>`).join('')}<ol role="list">${lis(fList)}</ol>${fEnd.map((x) => `<p>${x}</p>`).join('')}
</div><div class="blog-share-row"><div class="text-size-small">Share this post</div><a href="#" class="share-link w-inline-block">LinkedIn</a>
<a href="#" class="share-link w-inline-block">Copy link</a></div></div></div></section>
<section class="section-newsletter"><div class="padding-global"><div class="container-medium"><div class="newsletter-component"><h2 class="heading-style-h3">Get
paid faster, every month</h2><p class="text-size-medium">One practical email on cash flow each month. Unsubscribe any time.</p>
<div class="newsletter-form-block w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form">
<input class="form-input w-input" maxlength="256"
name="email" placeholder="you@company.com" type="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div></div></section>
<section class="section-related"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">Keep reading</h2>
<div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">${fRelated
  .map(
    (t) =>
      `<div role="listitem" class="w-dyn-item"><a href="/blog/${t.length}" class="related-card w-inline-block"><h3 class="heading-style-h5">${t}</h3></a>
</div>`,
  )
  .join('\n')}</div></div></div></div></section></main>
<footer class="footer"><div class="padding-global">
<div class="footer-links">${fFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}
</div><div class="footer-credit">© 2026 Tallyroot Ltd. All rights reserved.</div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65e0c1d2/js/webflow.a1b2c3.js" type="text/javascript"></script>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img src="/badge-icon.svg" alt="" style="margin-right: 4px;">Made in Webflow</a>
</body></html>`;
const webflow: TestPage = {
  name: 'heldout285-webflow-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fIntro, ...fS1, ...fS2, ...fTable.flat(), ...fS2b, fQuote, ...fS3, ...fList, ...fEnd]),
  bylines: ['Priya Castellane', 'March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Finance', '5 min read', 'Days to payment for invoices issued April–September, by payment terms.', 'Share this post', 'LinkedIn', 'Copy link',
    'Get paid faster, every month', 'One practical email on cash flow each month. Unsubscribe any time.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Keep reading', ...fRelated, ...fFoot, '© 2026 Tallyroot Ltd. All rights reserved.',
    'Made in Webflow',
  ],
};

export const HELDOUT285_D: readonly TestPage[] = [webflow, framer];
