import { links, type TestPage, texts } from './page-kit.js';
import { reachPage } from './pages-heldout101-c2.js';

/**
 * Held-out batch 101, file c: a Business Insider story (the header with "Subscribe", "Newsletters" and "Log in", the
 * vertical nav, the category label, headline, summary bullets, the byline with the author's title and the timestamp, the
 * "Share", "Save" and "Read in app" buttons, the lead image with caption and source, the body with h2 sections, an inline
 * "Read next" card and ad slots, the hidden subscriber paywall text, the "Recommended" rail and the footer) and, from file
 * c2, a regional UK paper story on the Reach plc template.
 */
const biTitle = 'Companies are hiring part-time executives to save money. Here’s what the ‘fractional’ CFOs and CMOs say they earn.';
const biSummary = [
  'More small companies are hiring “fractional” executives who work a day or two a week.',
  'Five fractional leaders told Business Insider they bill between $6,000 and $18,000 a month per client.',
  'Most said they had to learn to turn work down to avoid burning out.',
];
const biP1 = [
  'When Dara Lindqvist left her job as finance chief of a 300-person software company last year, she assumed she would take a few ' +
    'months off and then look for another full-time role. Instead, within six weeks she had three clients, each paying her to act as ' +
    'their chief financial officer two days a month.',
  '“I was doing the part of the job I was good at, without the part where I sat in meetings about meetings,” Lindqvist told Business ' +
    'Insider. She now works with five companies and says she earns more than she did in her last salaried role.',
  'Lindqvist is part of a growing group of senior managers who sell their time to several companies at once. Freelance platforms say ' +
    'listings for fractional executive roles rose by about 40% in the past year, led by finance, marketing and operations jobs.',
];
const biH1 = 'What they charge';
const biP2 = [
  'Business Insider spoke to five fractional executives about their rates. Their pay has been verified with invoices or contracts.',
  'Most charge a monthly retainer rather than an hourly rate. A fractional chief marketing officer in Austin said she bills $9,500 a ' +
    'month for roughly one day a week with each client. A chief operating officer in Leeds, England, charges £7,000 a month for two days ' +
    'a week and caps himself at three clients.',
  'The highest rate among the five was $18,000 a month, charged by a former chief technology officer who advises startups on security ' +
    'audits ahead of fundraising rounds.',
];
const biH2 = 'The catch';
const biP3 = [
  'None of the five described the arrangement as easy. Several said the hardest part was that every client expects to feel like your ' + 'only client.',
  '“Slack doesn’t know you only work Tuesdays,” said Marcus Obi, a fractional CMO in Atlanta. He now includes response times in every ' +
    'contract and keeps one weekday free of client work.',
  'Lindqvist said she turned down four companies in the past six months. “The money is there if you say yes to everyone,” she said. ' +
    '“But then you’re just a full-time employee for five bosses.”',
];
const biNav = ['Business', 'Tech', 'Markets', 'Economy', 'Strategy', 'Retail', 'Politics', 'Personal Finance', 'Video', 'Reviews'];
const biCaption = 'Dara Lindqvist works with five companies as a part-time chief financial officer.';
const biSource = 'Courtesy of Dara Lindqvist';
const biReadNext = ['Read next', 'I became a fractional COO after being laid off. Here’s how I found my first 3 clients.'];
const biPaywall = ['This story is available exclusively to Business Insider subscribers.', 'Become an Insider and start reading now.', 'Have an account?'];
const biRec = [
  'Recommended',
  'The 4-day week is coming to finance teams, one pilot at a time',
  'Managers say they’re tired of being the middle layer',
  'Why job-hoppers are staying put in 2025',
];
const biFoot = [
  'Contact Us',
  'Masthead',
  'Sitemap',
  'Disclaimer',
  'Accessibility',
  'Commerce Policy',
  'Advertising Policies',
  'Jobs',
  'Reprints & Permissions',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
];
const biCopy =
  'Copyright © 2025 Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our ' +
  'Terms of Service and Privacy Policy.';
const biP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const biAd = (n: number): string => `<div class="in-post-sticky ad-wrapper" data-ad-slot="in-post-${n}"><div class="ad-callout">Advertisement</div>
<div class="ad" id="gpt-in-post-${n}"></div></div>`;
const biHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Fractional Executives Say What They Earn as Part-Time CFOs, CMOs - Business Insider</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${biSummary[0]}">
<meta property="og:title" content="${biTitle}"><meta property="og:site_name" content="Business Insider"><meta name="sailthru.author" content="Nadia Farrow">
<link rel="canonical" href="https://www.businessinsider.example/fractional-executives-cfo-cmo-pay-rates-2025-11">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${biTitle}",
"datePublished":"2025-11-12T10:05:01Z","author":[{"@type":"Person","name":"Nadia Farrow","jobTitle":"Senior Reporter"}],
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".content-lock-content"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"vertical":"careers","contentType":"premium"});</script></head>
<body class="post-page"><div id="site-container">
<header class="site-header"><div class="top-bar"><a class="logo" href="/" aria-label="Business Insider"></a>
<div class="top-bar-links"><a class="subscribe-btn" href="/subscription">Subscribe</a><a href="/newsletters">Newsletters</a>
<button class="search-btn" aria-label="Search"></button><a class="login-btn" href="/login">Log in</a></div></div>
<nav class="vertical-nav" aria-label="Verticals"><ul>${links(biNav, 'vertical-nav-item')}</ul></nav></header>
<main id="l-content"><article class="post-content" data-post-type="premium">
<section class="post-top"><div class="post-breadcrumbs"><a class="post-vertical" href="/careers">Careers</a></div>
<h1 class="post-headline">${biTitle}</h1>
<div class="byline-wrapper"><div class="byline-author"><a class="byline-link" href="/author/nadia-farrow">Nadia Farrow</a>
<span class="byline-author-title">Senior Reporter</span></div>
<div class="byline-timestamp" data-timestamp="2025-11-12T10:05:01Z">Nov 12, 2025, 5:05 AM ET</div>
<div class="share-wrapper"><button class="share-btn">Share</button><button class="save-btn">Save</button><a class="app-btn" href="#">Read in app</a></div></div>
<figure class="figure image-figure-image"><img src="https://i.insider.example/lindqvist.jpg" alt="Woman at desk">
<figcaption class="image-caption-source"><span class="image-caption">${biCaption}</span> <span class="image-source">${biSource}</span></figcaption></figure>
</section>
<section class="post-body"><ul class="summary-list">${biSummary.map((s) => `<li>${s}</li>`).join('')}</ul>
<div class="content-lock-content">
${biP(biP1)}
${biAd(1)}
<h2 class="slide-title-text">${biH1}</h2>
${biP(biP2)}
<div class="inline-read-next"><span class="read-next-label">${biReadNext[0]}</span><a href="/fractional-coo-first-clients-2025-10">${biReadNext[1]}</a></div>
<h2 class="slide-title-text">${biH2}</h2>
${biP(biP3)}
${biAd(2)}
</div><div class="paywall-prompt piano-template" hidden><p>${biPaywall[0]}</p><p>${biPaywall[1]}</p>
<p>${biPaywall[2]} <a href="/login">Log in</a></p></div></section></article>
<aside class="post-rail"><h2 class="rail-title">${biRec[0]}</h2><ul>${links(biRec.slice(1), 'rail-item')}</ul></aside></main>
<footer class="site-footer"><ul class="footer-links">${links(biFoot, 'footer-link')}</ul><p class="footer-copyright">${biCopy}</p>
<p class="footer-legal">Jump to <a href="#main-content">Main content</a> <a href="#">Search</a> <a href="#">Account</a></p></footer></div>
<script src="https://www.businessinsider.example/public/assets/js/post.bundle.js" async></script></body></html>`;
const biPage: TestPage = {
  html: biHtml,
  name: 'heldout101-businessinsider-news',
  kind: 'news',
  // the summary bullets are body; the "Read next" card inside the body and the hidden paywall prompt are furniture
  title: biTitle,
  headings: [biH1, biH2],
  body: texts([...biSummary, ...biP1, ...biP2, ...biP3]),
  bylines: ['Nadia Farrow', 'Senior Reporter', 'Nov 12, 2025, 5:05 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Newsletters', 'Log in', ...biNav, 'Careers', 'Share', 'Save', 'Read in app', biCaption, biSource, 'Advertisement', ...biReadNext,
    ...biPaywall, ...biRec, ...biFoot, biCopy, 'Jump to', 'Main content', 'Search', 'Account',
  ],
};
export const HELDOUT101_C: readonly TestPage[] = [biPage, reachPage];
