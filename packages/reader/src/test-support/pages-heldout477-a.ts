import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout477-kit.js';

/**
 * Held-out batch 477, file a: an Upwork-style freelancer profile (Nuxt, air3 design system) and a Fiverr-style gig page
 * (React, server-rendered) with its package box and reviews.
 */
const uTitle = 'Marisol Quenneville';
const uBody = [
  'Bookkeeper for small online shops | Xero & QuickBooks certified',
  j(
    'I keep the books for independent online shops that have outgrown a spreadsheet but are not ready for a full-time accountant.',
    'Over the last seven years I have worked with 40 sellers of candles, ceramics, bike parts and vintage clothes, most of them',
    'selling on two or three channels at once.',
  ),
  j(
    'Each month I reconcile your bank and card accounts, match payouts from your shop platform to the orders behind them, record',
    'fees and refunds properly and send you a short report you can actually read. At year end I hand your accountant a clean file.',
  ),
  'What I can do for you:',
  'Monthly bookkeeping and bank reconciliation',
  'Clean-up of past years that were never reconciled',
  'Sales tax reports for sellers registered in several states',
  'Setting up Xero or QuickBooks Online from scratch',
  j(
    'I reply to messages within one working day and keep the same hours every week, so you always know when I am available.',
    'Please message me before you send an offer so we can agree what your books need.',
  ),
  'Employment history',
  'Senior Bookkeeper | Larchmont Ledger Co.',
  'March 2019 - Present',
  'Junior Accountant | Pellow & Daine',
  'June 2016 - February 2019',
];
const uCats = ['Development & IT', 'Design & Creative', 'Sales & Marketing', 'Writing & Translation', 'Admin & Customer Support', 'Finance & Accounting'];
const uFoot = ['About us', 'Feedback', 'Trust, safety & security', 'Help & support', 'Terms of service', 'Privacy policy', 'Accessibility', 'Desktop app'];
const uSkills = ['Bookkeeping', 'Xero', 'QuickBooks Online', 'Bank Reconciliation', 'Sales Tax', 'Shopify'];
const uHtml = `<!DOCTYPE html>
<html lang="en" data-n-head-ssr><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marisol Q. - Bookkeeper for small online shops | Xero &amp; QuickBooks certified - Upwork Freelancer from Halvern, United States</title>
<meta data-n-head="ssr" name="description" content="Marisol Q. is a freelance Bookkeeper based in Halvern, United States.">
<meta data-n-head="ssr" property="og:type" content="profile"><link rel="canonical" href="https://www.upwork.com/freelancers/~01a7c3e9d2f4b6">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","name":"Marisol Q.","jobTitle":"Bookkeeper"}</script>
<link rel="stylesheet" href="https://assets.static-upwork.com/assets/Brontes/4f1a2c/brontes.css">
<script>window.__NUXT__=(function(a,b){return {layout:"profile",data:[{profile:{id:a,rate:b}}]}}("~01a7c3e9d2f4b6",45));</script></head>
<body class="air3-body"><div id="__nuxt"><div id="__layout"><div class="layout">
<a href="#main" class="air3-skip-link">Skip to content</a>
<header class="nav-header air3-nav"><div class="nav-container"><a href="/" class="nav-logo" aria-label="Upwork home"><svg role="img"></svg></a>
<nav class="nav-left" aria-label="Main navigation"><ul class="nav-menu"><li class="nav-item"><button class="nav-dropdown-toggle">Find talent</button></li>
<li class="nav-item"><button class="nav-dropdown-toggle">Find work</button></li><li class="nav-item"><a href="/resources/why-upwork">Why Upwork</a></li>
<li class="nav-item"><a href="/enterprise">Enterprise</a></li></ul></nav>
<div class="nav-right"><form class="nav-search" role="search"><input type="search" class="air3-input" placeholder="Search"></form>
<a href="/ab/account-security/login" class="nav-item">Log in</a><a href="/nx/signup/" class="air3-btn air3-btn-primary">Sign up</a></div></div>
<nav class="nav-categories" aria-label="Categories"><ul>${links(uCats, 'nav-cat')}</ul></nav></header>
<main id="main" class="profile-page"><div class="air3-card-section air3-card">
<div class="identity-section d-flex"><img class="air3-avatar" src="https://www.upwork.com/profile-portraits/c1a.jpg" alt="Marisol Q.">
<div class="identity-content"><h1 class="mb-0" itemprop="name">${uTitle}</h1>
<div class="location"><span class="text-light-on-inverse">Halvern, United States</span> <span class="local-time">3:12 pm local time</span></div>
<div class="badges"><span class="air3-badge badge-top-rated-plus">Top Rated Plus</span></div></div>
<div class="profile-actions"><button class="air3-btn air3-btn-primary">Hire</button><button class="air3-btn air3-btn-secondary">Invite to job</button>
<button class="air3-btn air3-btn-circle" aria-label="Save"><svg></svg></button></div></div>
<div class="row"><aside class="col-4 profile-sidebar"><section class="stats"><div class="stat"><h4>$18K+</h4><p>Total earnings</p></div>
<div class="stat"><h4>112</h4><p>Total jobs</p></div><div class="stat"><h4>2,840</h4><p>Total hours</p></div></section>
<section><h4>Hours per week</h4><p>More than 30 hrs/week</p><p>No contract-to-hire preference set</p></section>
<section><h4>Languages</h4><ul class="list-unstyled"><li>English: Native or Bilingual</li><li>French: Conversational</li></ul></section>
<section><h4>Verifications</h4><p>ID: Verified</p></section></aside>
<section class="col-8 profile-overview"><div class="title-row d-flex"><h2 class="h4">${esc(at(uBody, 0))}</h2><h3 class="rate h4">$45.00/hr</h3></div>
<div class="job-success"><span class="air3-progress">98% Job Success</span></div>
<div class="air3-line-clamp-wrapper clamp"><span class="text-pre-line break">${ps(uBody.slice(1, 3))}
<p>${at(uBody, 3)}</p><ul>${lis(uBody.slice(4, 8))}</ul>${ps([at(uBody, 8)])}</span></div>
<button class="air3-truncation-btn">less</button>
<section class="skills"><h3>Skills</h3><ul class="air3-token-container">${lis(uSkills, 'air3-token')}</ul></section>
<section class="work-history"><h2>Work history</h2><div class="air3-tabs"><button>Completed jobs (108)</button><button>In progress (4)</button></div>
<div class="assignment"><h4>Monthly books for a ceramics studio</h4><div class="rating">5.00</div><span>Sep 2025 - Oct 2026</span>
<p class="feedback">"Marisol found two years of double-counted payouts in her first week. Worth every cent."</p></div>
<nav class="air3-pagination"><a href="#">Previous</a><a href="#" aria-current="page">1</a><a href="#">2</a><a href="#">Next</a></nav></section>
<section class="employment"><h2>${at(uBody, 9)}</h2><div class="employment-item"><h4>${at(uBody, 10)}</h4><p>${at(uBody, 11)}</p></div>
<div class="employment-item"><h4>${at(uBody, 12)}</h4><p>${at(uBody, 13)}</p></div></section></section></div></div></main>
<footer class="footer-visitor air3-footer"><ul class="footer-links">${links(uFoot)}</ul><p>Follow us</p>
<p class="copyright">© 2015 - 2026 Upwork® Global Inc.</p></footer></div></div></div>
<script src="https://assets.static-upwork.com/assets/Brontes/4f1a2c/app.js" defer></script></body></html>`;
const upworkProfile: TestPage = {
  name: 'heldout477-upwork-profile',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [at(uBody, 9), at(uBody, 10), at(uBody, 12)],
  body: texts(uBody.filter((_, i) => ![9, 10, 12].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Find talent', 'Find work', 'Why Upwork', 'Enterprise', 'Log in', 'Sign up', ...uCats, 'Halvern, United States',
    '3:12 pm local time', 'Top Rated Plus', 'Hire', 'Invite to job', '$18K+', 'Total earnings', '112', 'Total jobs', '2,840', 'Total hours',
    'Hours per week', 'More than 30 hrs/week', 'No contract-to-hire preference set', 'Languages', 'English: Native or Bilingual',
    'French: Conversational', 'Verifications', 'ID: Verified', '$45.00/hr', '98% Job Success', 'less', 'Skills', 'Shopify', 'Work history',
    'Completed jobs (108)', 'In progress (4)', 'Monthly books for a ceramics studio', '5.00', 'Sep 2025 - Oct 2026',
    '"Marisol found two years of double-counted payouts in her first week. Worth every cent."', 'Previous', '1', '2', 'Next', ...uFoot, 'Follow us',
    '© 2015 - 2026 Upwork® Global Inc.',
  ],
};

const fTitle = 'I will design a hand-drawn logo for your bakery or coffee shop';
const fBody = [
  'About this gig',
  j(
    'Your sign, your cups and your paper bags are the first thing a customer remembers. I draw logos by hand, with ink and a brush,',
    'then turn them into clean vector files you can print on anything from a sticker to a shop front.',
  ),
  j(
    'I have drawn marks for more than 300 small food businesses: bakeries, roasters, ice cream carts and a very small bagel stand.',
    'Every logo starts with a short questionnaire about your shop, your neighbourhood and the feeling you want people to have when',
    'they walk in.',
  ),
  'What you get:',
  'Hand-drawn concepts, scanned and traced by hand (no auto-trace)',
  'Vector files (AI, EPS, SVG, PDF) and transparent PNGs',
  'A one-page guide with your colours and fonts',
  'Full commercial rights once the order is complete',
  j(
    'Please do not place an order before messaging me with a short description of your shop. I take a limited number of orders',
    'each week so that every client gets my full attention.',
  ),
  'Logo style: Hand-drawn, Vintage, Emblem',
  'File format: AI, EPS, PDF, PNG, SVG',
  'FAQ',
  'Can you redraw my existing logo?',
  'Yes. Send me the old logo and tell me what you like and dislike about it, and I will keep what works.',
  'Do you print the logo for me?',
  'No, but I send print-ready files and can recommend a printer near you if you ask.',
];
const fNav = ['Graphics & Design', 'Programming & Tech', 'Digital Marketing', 'Video & Animation', 'Writing & Translation', 'Music & Audio', 'Business'];
const fCrumbs = ['Graphics & Design', 'Logo Design'];
const fFoot = ['Categories', 'For Clients', 'For Freelancers', 'Business Solutions', 'Company', 'Privacy Policy', 'Terms of Service', 'Sitemap'];
const fHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Hand-drawn bakery and coffee shop logo by Tamsin_inkworks | Fiverr</title>
<meta name="description" content="Tamsin_inkworks will design a hand-drawn logo for your bakery or coffee shop for $85.">
<meta property="og:image" content="https://fiverr-res.cloudinary.com/images/t_main1/gigs/4471/original/bakery.jpg">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${fTitle}",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"612"},"offers":{"@type":"Offer","price":"85","priceCurrency":"USD"}}</script>
<style>.gig-page-wrapper{display:grid;grid-template-columns:1fr 410px}.sticky-wrapper{position:sticky;top:170px}</style>
<script>window.initialData={"GigPage":{"gigId":4471,"sellerName":"tamsin_inkworks","packages":3}}</script></head>
<body class="logged-out-homepage"><div id="Header"><header class="header-package"><div class="header-row-wrapper">
<a href="/" class="site-logo" aria-label="Fiverr logo"><svg></svg></a><form class="search-form" role="search">
<input type="search" placeholder="What service are you looking for today?"><button class="submit-button">Search</button></form>
<nav class="fiverr-nav"><ul><li><a href="/pro">Fiverr Pro</a></li><li><a href="/resources/guides">Explore</a></li><li>English</li>
<li><a href="/start_selling">Become a Seller</a></li><li><a href="/login">Sign in</a></li><li><a href="/join" class="nav-link-join">Join</a></li></ul></nav>
</div>
<nav class="categories-menu-package"><ul>${links(fNav, 'menu-item')}</ul></nav></header></div>
<div id="__ZONE__main"><div class="gig-page-wrapper"><div class="main">
<nav class="breadcrumbs" aria-label="breadcrumbs"><ul>${links(fCrumbs)}</ul></nav>
<div class="gig-overview"><h1 class="text-display-3">${fTitle}</h1>
<div class="seller-overview">
<img class="profile-pict" src="https://fiverr-res.cloudinary.com/t_profile_thumb/attachments/profile/tamsin.jpg" alt="tamsin_inkworks">
<div class="seller-info"><a class="seller-link" href="/tamsin_inkworks">Tamsin Orlow</a><span class="level">Top Rated Seller</span>
<div class="rating"><strong class="rating-score">4.9</strong><span class="ratings-count">(612)</span></div>
<span class="orders-in-queue">3 orders in queue</span></div></div></div>
<div class="gig-gallery-component"><div class="slider"><img src="https://fiverr-res.cloudinary.com/images/gigs/4471/bakery1.jpg" alt="Bakery logo sample">
</div></div>
<div class="gig-description"><h2 class="section-title">${at(fBody, 0)}</h2><div class="description-content">${ps(fBody.slice(1, 3))}
<p><strong>${at(fBody, 3)}</strong></p><ul>${lis(fBody.slice(4, 8))}</ul>${ps([at(fBody, 8)])}</div>
<ul class="metadata"><li class="metadata-attribute"><p>${at(fBody, 9)}</p></li><li class="metadata-attribute"><p>${at(fBody, 10)}</p></li></ul></div>
<div class="seller-card"><h2>About the seller</h2><p class="seller-name">Tamsin Orlow</p><p>Illustrator and sign painter</p>
<button class="contact-seller">Contact me</button><ul class="user-stats"><li>From <strong>Canada</strong></li><li>Member since <strong>Apr 2019</strong></li>
<li>Avg. response time <strong>2 hours</strong></li></ul></div>
<div class="faq-collapsable"><h2>${at(fBody, 11)}</h2><div class="faq"><p class="question">${at(fBody, 12)}</p><div class="answer"><p>${at(fBody, 13)}</p>
</div></div>
<div class="faq"><p class="question">${at(fBody, 14)}</p><div class="answer"><p>${at(fBody, 15)}</p></div></div></div>
<div class="reviews-package"><h2>Reviews</h2><div class="review-item"><div class="reviewer-details"><p class="username">bluebirdcafe</p>
<p class="country">United Kingdom</p></div><div class="rating-score">5</div><time>2 weeks ago</time>
<p class="review-description">She got the feeling of our little corner cafe exactly right. The cups look lovely.</p>
<div class="helpful-thumbs"><span>Helpful?</span><button>Yes</button><button>No</button></div></div>
<button class="see-more-button">See more reviews</button></div></div>
<aside class="sidebar"><div class="sticky-wrapper"><div class="packages-tabs"><label class="package-tab">Basic</label>
<label class="package-tab">Standard</label>
<label class="package-tab">Premium</label><div class="package-content"><h3><b class="title">Corner shop</b><span class="price">$85</span></h3>
<p>Two hand-drawn concepts, vector files and a logo transparency</p><div class="additional-info"><span class="delivery">5-day delivery</span>
<span class="revisions">3 Revisions</span></div><button class="co-white">Continue</button><a class="btn-compare" href="#packages">Compare packages</a></div>
</div>
<div class="contact-seller-wrapper"><button>Contact me</button></div></div></aside></div>
<section class="more-from-seller"><h2>More services by Tamsin_inkworks</h2><ul>${links(['I will paint a vintage sign for your shop window'])}</ul></section>
</div>
<footer class="site-footer"><ul class="footer-sections">${links(fFoot)}</ul><p class="legal">© Fiverr International Ltd. 2026</p></footer>
<script src="https://npm-assets.fiverrcdn.com/gig_page_perseus/apps/gig_page/app.js"></script></body></html>`;
const fiverrGig: TestPage = {
  name: 'heldout477-fiverr-gig',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 0), at(fBody, 11)],
  body: texts(fBody.filter((_, i) => ![0, 9, 10, 11].includes(i))),
  bylines: ['Tamsin Orlow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Fiverr Pro', 'Explore', 'English', 'Become a Seller', 'Sign in', 'Join', ...fNav, 'Logo Design', 'Top Rated Seller', '4.9',
    '(612)', '3 orders in queue', at(fBody, 9), at(fBody, 10), 'About the seller', 'Illustrator and sign painter', 'Contact me', 'Canada', 'Member since',
    'Apr 2019', 'Avg. response time', '2 hours', 'Reviews', 'bluebirdcafe', 'United Kingdom', '5', '2 weeks ago',
    'She got the feeling of our little corner cafe exactly right. The cups look lovely.', 'Helpful?', 'See more reviews',
    'Basic', 'Standard', 'Premium', 'Corner shop', '$85', 'Two hand-drawn concepts, vector files and a logo transparency', '5-day delivery',
    '3 Revisions', 'Continue', 'Compare packages', 'More services by Tamsin_inkworks', 'I will paint a vintage sign for your shop window',
    ...fFoot, '© Fiverr International Ltd. 2026',
  ],
};

export const HELDOUT477_A: readonly TestPage[] = [upworkProfile, fiverrGig];
