import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file b2: a Stripe blog-style product announcement (SiteHeader with its menus and "Contact sales" /
 * "Sign in", the blog's category bar, the post header with the authors' names and roles and the date, a data table of fees,
 * a "Sessions" promo box, the "Related articles" rail, the "Ready to get started?" band and the SiteFooter with its columns).
 */
const sTitle = 'Settlement reports now update every minute';
const s1 = [
  j(
    'Until today, businesses on Paylark could see a settlement report for each payout once the payout had left our systems. For',
    'most of them that meant waiting a day to learn exactly which charges, refunds and fees made up the money that arrived in',
    'their bank account.',
  ),
  j(
    'Starting this week, settlement reports update every minute. Each charge appears in the report of the payout it will belong',
    'to as soon as it is captured, along with the fee we will take and the currency conversion we expect to apply.',
  ),
];
const sH1 = 'Why finance teams asked for this';
const s2 = [
  j(
    'We interviewed 60 finance teams last year about the work they do at the end of each month. Almost all of them described',
    'the same chore: exporting charges, exporting payouts, and matching the two in a spreadsheet because the payout report arrived',
    'too late to close the books on time.',
  ),
  j(
    'With reports that fill in as the day goes on, that matching happens continuously. A controller can open the report for a',
    'payout that has not been sent yet and already see every line that will be in it.',
  ),
];
const sH2 = 'What is in a report';
const s3 = ['Every line in a settlement report now carries the following fields:'];
const sL = [
  'The charge, refund or dispute it came from, with your own order reference if you set one.',
  'The gross amount, the fee and the net amount, each in the settlement currency.',
  'A status of expected, confirmed or adjusted, so you can tell which figures may still change.',
];
const s4 = ['Reports are available in every country where we offer payouts. Timing differs by payout schedule:'];
const sTable = [
  'Daily',
  'Every minute until 18:00 local time',
  'Weekly',
  'Every minute until the payout day',
  'Manual',
  'Every minute until you request the payout',
];
const sH3 = 'Getting started';
const s5 = [
  j(
    'There is nothing to switch on. Open Reports in the dashboard and choose any upcoming payout, or call the settlement reports',
    'endpoint with the payout identifier. Existing scheduled exports will begin to include expected lines from April 1.',
  ),
  j(
    'We would like to hear how you use the new reports. Write to the finance products team from the feedback button in the',
    'dashboard, and tell us what you still reconcile by hand.',
  ),
];
const sNav = ['Products', 'Solutions', 'Developers', 'Resources', 'Pricing'];
const sCats = ['All posts', 'Product', 'Engineering', 'Company', 'Guides'];
const sRel = ['Faster refunds for card payments in Europe', 'A new home for your payout settings', 'How we built reconciliation into the ledger'];
const sCols = ['Payments', 'Billing', 'Connect', 'Invoicing', 'Documentation', 'API reference', 'API status', 'Jobs', 'Newsroom', 'Privacy & terms'];
const row = (a: string, b: string): string => `<tr class="Table__row"><td class="Table__cell">${a}</td><td class="Table__cell">${b}</td></tr>`;
const sHtml = `<!DOCTYPE html><html lang="en-US" class="flexbox"><head><meta charset="utf-8"><title>Paylark | Blog | ${sTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Settlement reports on Paylark now fill in as charges are
captured, so finance teams can reconcile before a payout is sent."><meta property="og:title" content="${sTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Paylark"><meta name="twitter:site" content="@paylark"><link rel="canonical"
href="https://paylark.example/blog/settlement-reports">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-03-11",
"author":[{"@type":"Person","name":"Ines Valcourt"},{"@type":"Person","name":"Oskar Lindqvist"}],"publisher":{"@type":"Organization","name":"Paylark"}}</script>
<link rel="stylesheet"
href="https://b.paylarkcdn.example/mkt/blog/v3/css/blog-post.css"><script>window.__PL_FLAGS__={"blogNav":true,"consent":"opt-out"};</script></head>
<body class="BlogPage BlogPostPage"><div class="SiteHeader SiteHeader--hasGradient" data-js-controller="SiteHeader"><div class="SiteHeader__container">
<a class="SiteHeader__logo" href="/" aria-label="Paylark">Paylark</a><nav class="SiteHeader__navContainer"><ul
class="SiteNav">${links(sNav, 'SiteNav__item')}</ul></nav>
<div class="SiteHeader__ctaNav"><a class="HoverArrow__button" href="/contact/sales">Contact sales</a><a class="HoverArrow__button"
href="/login">Sign in</a></div></div></div>
<div class="BlogNav"><div class="BlogNav__container"><a class="BlogNav__title" href="/blog">Blog</a><ul
class="BlogNav__categories">${links(sCats, 'BlogNav__category')}</ul>
<a class="BlogNav__subscribe" href="/blog/feed.rss">Subscribe</a></div></div>
<main class="BlogPost"><article class="BlogPost__article"><header class="BlogPostHeader"><div class="BlogPostHeader__category">
<a href="/blog/product">Product</a></div><h1 class="BlogPostHeader__title">${sTitle}</h1><div class="BlogPostHeader__meta">
<div class="BlogAuthors"><div class="BlogAuthor"><img class="BlogAuthor__avatar" src="/img/blog/authors/ines.jpg" alt=""><div class="BlogAuthor__text">
<span class="BlogAuthor__name">Ines Valcourt</span><span class="BlogAuthor__role">Product Manager, Finance Products</span></div></div>
<div class="BlogAuthor"><img class="BlogAuthor__avatar" src="/img/blog/authors/oskar.jpg" alt=""><div class="BlogAuthor__text">
<span class="BlogAuthor__name">Oskar Lindqvist</span><span class="BlogAuthor__role">Engineering Lead, Reporting</span></div></div></div>
<time class="BlogPostDate" datetime="2026-03-11">March 11, 2026</time></div></header>
<div class="BlogPostBody Copy"><section class="Copy__body">
${ps(s1, ' class="Copy__paragraph"')}
<h2 class="Copy__title" id="why">${sH1}</h2>
${ps(s2, ' class="Copy__paragraph"')}
<h2 class="Copy__title" id="contents">${sH2}</h2>
${ps(s3, ' class="Copy__paragraph"')}
<ul class="Copy__list">${lis(sL, 'Copy__listItem')}</ul>
${ps(s4, ' class="Copy__paragraph"')}
<div class="Table"><table class="Table__table"><thead><tr class="Table__row"><th class="Table__header">Payout schedule</th>
<th class="Table__header">Report updates</th></tr></thead><tbody>
${row(sTable[0]!, sTable[1]!)}${row(sTable[2]!, sTable[3]!)}${row(sTable[4]!, sTable[5]!)}</tbody></table></div>
<aside class="BlogPromo"><div class="BlogPromo__eyebrow">Paylark Sessions</div><p class="BlogPromo__text">Join us in San Aurelio on May 6–8 for our annual
conference for finance and payments leaders.</p><a class="BlogPromo__link" href="/sessions">Register now</a></aside>
<h2 class="Copy__title" id="getting-started">${sH3}</h2>
${ps(s5, ' class="Copy__paragraph"')}
</section></div></article>
<section class="BlogRelated"><h2 class="BlogRelated__title">Related articles</h2><ul
class="BlogRelated__list">${links(sRel, 'BlogRelated__item')}</ul></section>
<section class="CtaBand"><h2 class="CtaBand__title">Ready to get started?</h2><p class="CtaBand__body">Create an account and start accepting payments, no
contracts or banking details required. Or, contact us to design a custom package for your business.</p>
<a class="CtaBand__button" href="/register">Start now</a><a class="CtaBand__button" href="/contact/sales">Contact sales</a></section></main>
<footer class="SiteFooter"><div class="SiteFooter__container"><div class="SiteFooter__locale"><button
class="SiteFooter__localeButton">United States (English)</button></div>
<ul class="SiteFooter__links">${links(sCols, 'SiteFooter__link')}</ul><div class="SiteFooter__copyright">© 2026 Paylark, Inc.</div></div></footer>
<div class="CookieBanner" role="dialog" aria-live="polite"><p class="CookieBanner__text">We use cookies to improve your experience and for marketing.
Visit our Cookies Settings to learn more.</p><button class="CookieBanner__accept">Accept all</button><button class="CookieBanner__reject">Reject all</button>
<a class="CookieBanner__settings" href="/cookie-settings">Cookies Settings</a></div>
<script src="https://b.paylarkcdn.example/mkt/blog/v3/js/blog-post.js" defer></script></body></html>`;
export const stripe: TestPage = {
  name: 'heldout266-stripe-style-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...s1, ...s2, ...s3, ...sL, ...s4, ...sTable, ...s5]),
  bylines: ['Ines Valcourt', 'Oskar Lindqvist', 'March 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Contact sales', 'Sign in', 'Blog', ...sCats.filter((t) => t !== 'Product'), 'Subscribe', 'Product',
    'Product Manager, Finance Products', 'Engineering Lead, Reporting', 'Paylark Sessions',
    'Join us in San Aurelio on May 6–8 for our annual conference for finance and payments leaders.', 'Register now', 'Related articles', ...sRel,
    'Ready to get started?',
    'Create an account and start accepting payments, no contracts or banking details required. Or, contact us to design a custom package for your business.',
    'Start now', 'United States (English)', ...sCols, '© 2026 Paylark, Inc.',
    'We use cookies to improve your experience and for marketing. Visit our Cookies Settings to learn more.', 'Accept all', 'Reject all', 'Cookies Settings',
  ],
};
