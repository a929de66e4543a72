import { links, type TestPage, texts } from './page-kit.js';
import { tripadvisorReview } from './pages-heldout51-e2.js';

/**
 * Held-out batch 51, file e: a G2 product profile at /products/<slug>/reviews as a signed-out visitor saves it in 2025 (the
 * top bar, breadcrumbs, the product head with vendor line, stars, review count and "Write a Review", the sticky tab bar, the
 * overview with "What is …?" and the vendor's product description, the details and seller boxes, the AI pros and cons
 * summary, the pricing teaser, the review list with reviewer cards, badges, question-and-answer review bodies and the
 * "Review collected by and hosted on G2.com." line, alternatives, the newsletter box, the footer and the JSON-LD Product).
 */
const g2Product = 'Ledgerline';
const g2Title = `${g2Product} Reviews & Product Details`;
const g2What = [
  'Ledgerline is month-end close software for finance teams of ten to two hundred people. It connects to the general ' +
    'ledger, bank feeds and payroll, turns the close checklist into tracked tasks, and reconciles accounts automatically so ' +
    'accountants spend their time on the exceptions rather than on matching lines.',
];
const g2Desc = [
  'Most mid-sized companies still close their books with a spreadsheet checklist, a shared drive full of reconciliations and ' +
    'a lot of email. Ledgerline replaces that with one workspace where every task has an owner, a due date and the evidence ' +
    'attached, so the controller can see at a glance what is finished, what is late and what is waiting for review.',
  'The reconciliation engine matches bank and card transactions against the ledger using rules your team writes in plain ' +
    'language, and learns from the matches you confirm. Anything it cannot match is grouped into a short queue with the ' +
    'likely reason, such as a timing difference or a duplicate payment.',
  'Ledgerline works with NetSuite, Sage Intacct, Microsoft Dynamics 365 Business Central, QuickBooks Online and Xero, and ' +
    'keeps a full audit trail of who changed what and when. Customers typically shorten their close by four to six days in ' +
    'the first quarter, and auditors can be given read-only access to the evidence without any extra exports.',
  'Every plan includes onboarding with a named implementation lead, who maps your existing checklist into Ledgerline and ' +
    'writes the first set of matching rules with your team. Most customers run their first close in the product within ' +
    'three weeks of signing.',
];
interface G2Review {
  who: string;
  role: string;
  size: string;
  when: string;
  title: string;
  like: string;
  dislike: string;
}
const g2Reviews: G2Review[] = [
  {
    who: 'Marisol T.',
    role: 'Finance Manager',
    size: 'Mid-Market (51-1000 emp.)',
    when: '11/21/2025',
    title: '“Finally a close process the whole team trusts”',
    like: 'Every reconciliation has its backup attached and the auditors loved it. We went from a nine-day close to five.',
    dislike: 'The rule builder takes a while to learn, and the mobile view is not much use for anything but approvals.',
  },
  {
    who: 'Owen B.',
    role: 'Senior Accountant',
    size: 'Small-Business (50 or fewer emp.)',
    when: '11/04/2025',
    title: '“Great matching engine, reporting could be better”',
    like: 'Bank matching is excellent once you have written a few rules. Support answered every ticket the same day.',
    dislike: 'Custom reports are limited and exporting to Excel loses some formatting.',
  },
];
const g2Top = ['Software', 'Services', 'G2 Deals', 'Write a Review', 'Log In'];
const g2Crumbs = ['Home', 'Financial Close Software', g2Product];
const g2Tabs = ['Overview', 'Pricing', 'Reviews', 'Features', 'Alternatives', 'Discussions'];
const g2Details = ['Product Website', 'ledgerline.example', 'Languages Supported', 'English, French, German, Spanish', 'Deployment', 'Cloud, SaaS'];
const g2Seller = ['Seller', 'Ledgerline Inc.', 'Year Founded', '2016', 'HQ Location', 'Austin, Texas', 'LinkedIn® Page', '212 employees on LinkedIn®'];
const g2Pros = ['Ease of Use (214)', 'Reconciliation (161)', 'Customer Support (148)', 'Time Saving (97)'];
const g2Cons = ['Learning Curve (58)', 'Limited Reporting (44)', 'Integration Issues (21)'];
const g2Plans = ['Starter', '$850 per month', 'Growth', '$1,900 per month', 'Enterprise', 'Contact Sales'];
const g2Alts = ['FloQast', 'BlackLine', 'Numeric', 'Trintech Adra'];
const g2Foot = [
  'About',
  'Careers',
  'Press',
  'Research',
  'Investor Relations',
  'G2 for Vendors',
  'Help Center',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
  'Cookie Settings',
];
const g2Review = (
  r: G2Review,
  i: number,
): string => `<div class="paper paper--white paper--box mb-2 position-relative border-bottom" id="survey-response-${11034220 + i}"
 itemprop="review" itemscope itemtype="http://schema.org/Review"><div class="elv-flex elv-gap-4"><div class="elv-w-1/4 reviewer-card">
<div class="elv-font-bold" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">${r.who}</span></div>
<div class="elv-text-sm">${r.role}</div><div class="elv-text-sm">${r.size}</div></div><div class="elv-w-3/4">
<div class="elv-flex elv-items-center"><div class="stars stars-10" aria-label="5 out of 5 stars"></div>
<div class="elv-text-sm elv-ml-2"><time itemprop="datePublished" datetime="2025-11-21">${r.when}</time></div></div>
<div class="elv-flex elv-gap-1 review-badges"><span class="tags--teal">Validated Reviewer</span><span class="tags--teal">Verified Current User</span>
<span class="tags--gray">Review source: Organic</span></div><h3 class="elv-text-lg elv-font-bold" itemprop="name">${r.title}</h3>
<div itemprop="reviewBody"><div class="elv-mb-4"><p class="elv-font-bold">What do you like best about ${g2Product}?</p>
<p class="formatted-text">${r.like}</p></div>
<div class="elv-mb-4"><p class="elv-font-bold">What do you dislike about ${g2Product}?</p><p class="formatted-text">${r.dislike}</p></div></div>
<div class="elv-text-xs elv-text-subtle">Review collected by and hosted on G2.com.</div><div class="review-actions"><button>Helpful?</button>
<button>Add a Comment</button><button>Share</button></div></div></div></div>`;
const g2Dl = (pairs: string[]): string =>
  `<dl class="elv-grid elv-grid-cols-2">${pairs
    .map((t, i) => (i % 2 === 0 ? `<dt class="elv-text-sm elv-font-bold">${t}</dt>` : `<dd>${t}</dd>`))
    .join('')}</dl>`;
const g2Html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${g2Product} Reviews 2025: Details, Pricing, &amp; Features | G2</title>
<meta name="description" content="Filter 214 reviews by the users' company size, role or
 industry to find out how ${g2Product} works for a business like yours.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${g2Product}","description":"${g2What[0]!.slice(0, 120)}…",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.6,"reviewCount":214,"bestRating":5},"brand":{"@type":"Brand","name":"Ledgerline Inc."}}</script>
<style>.elv-hidden{display:none}</style></head>
<body class="products-reviews layout-ue" data-controller="tracking"><header class="site-header" role="banner">
<a class="g2-logo" href="/" aria-label="G2 home">G2</a>
<form class="site-header__search" role="search"><input type="search" placeholder="What are you looking for?" aria-label="Search"></form>
<nav><ul class="site-header__nav">${links(g2Top, 'site-header__item')}</ul></nav></header>
<main id="main-content"><nav aria-label="Breadcrumb" class="breadcrumbs"><ol>${g2Crumbs.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ol></nav>
<div class="product-head paper paper--white">
<img class="product-head__logo" alt="${g2Product} logo" src="https://images.g2crowd.com/uploads/product/image/ll.png">
<div class="product-head__info"><h1 class="product-head__title elv-text-2xl" itemprop="name">${g2Title.replace('&', '&amp;')}</h1>
<div class="product-head__vendor">By <a href="/sellers/ledgerline">Ledgerline Inc.</a></div><div class="product-head__rating">
<span class="stars stars-9" aria-label="4.6 out of 5 stars"></span><span class="elv-font-bold">4.6 out of 5</span> <a href="#reviews">(214)</a></div>
<span class="product-head__claimed">Claimed</span></div><div class="product-head__cta">
<a class="btn btn--primary" href="/products/ledgerline/take_survey">Write a Review</a>
<button class="btn btn--ghost">Save to My Lists</button></div></div>
<nav class="sticky-tabs" aria-label="Product sections"><ul>${links(g2Tabs, 'sticky-tabs__tab')}</ul></nav>
<section class="paper paper--white" id="overview"><h2 class="elv-text-xl">${g2Product} Overview</h2><h3 class="elv-text-lg">What is ${g2Product}?</h3>
${g2What.map((p) => `<p class="elv-text-default">${p}</p>`).join('\n')}
<div class="elv-mt-4"><h3 class="elv-text-lg">${g2Product} Details</h3>${g2Dl(g2Details)}
<h4 class="elv-text-base elv-font-bold">Product Description</h4><div class="show-more__content" data-show-more-target="content">
${g2Desc.map((p) => `<p>${p}</p>`).join('\n')}</div><button class="show-more__btn" data-action="show-more#toggle">Show Less</button></div>
<div class="elv-mt-4"><h3 class="elv-text-lg">Seller Details</h3>${g2Dl(g2Seller)}</div></section>
<section class="paper paper--white" id="pros-and-cons"><h2>${g2Product} Pros and Cons</h2><p class="elv-text-xs">Generated by G2 from real user reviews</p>
<div class="elv-grid elv-grid-cols-2"><div><h3>Pros</h3><ul>${links(g2Pros)}</ul></div><div><h3>Cons</h3><ul>${links(g2Cons)}</ul></div></div></section>
<section class="paper paper--white" id="pricing">
<h2>${g2Product} Pricing</h2>${g2Dl(g2Plans)}<a href="/products/ledgerline/pricing">See all pricing plans</a></section>
<section class="paper paper--white" id="reviews"><h2>${g2Product} Reviews (214)</h2><div class="reviews-filters"><input type="search"
 placeholder="Search reviews" aria-label="Search reviews"><button>Filter Reviews</button><span>Sort By:</span> <button>Most Helpful</button></div>
${g2Reviews.map(g2Review).join('\n')}<a class="btn btn--secondary" href="/products/ledgerline/reviews?page=2">See more reviews</a></section>
<section class="paper paper--white" id="alternatives"><h2>Top Rated ${g2Product} Alternatives</h2><ul>${links(g2Alts, 'alternative-card')}</ul></section></main>
<section class="newsletter"><h2>Get G2’s software buying guides in your inbox</h2><input type="email" placeholder="Work email"><button>Subscribe</button>
</section>
<footer class="site-footer"><ul>${links(g2Foot, 'site-footer__link')}</ul><p>© 2025 G2.com, Inc. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies to improve your experience on our site and for analytics and
 advertising.</p><button>Accept Cookies</button><button>Cookie Settings</button></div></body></html>`;
const g2: TestPage = {
  html: g2Html,
  name: 'heldout51-g2-product-reviews',
  kind: 'blog',
  // a product page listing many reviews: the product's own text is the body, the "What is Ledgerline?" summary and the
  // vendor's "Product Description" paragraphs; their labels ("What is Ledgerline?", "Ledgerline Details", "Product
  // Description") are the template's, not the text's own heads: furniture, as "Ledgerline Overview" is; the vendor line
  // ("Ledgerline Inc.", "By" in neither) and each reviewer's name and date are bylines; the reviews (titles, question
  // labels, answers, roles, company sizes, badges, actions), the pros and cons summary, details, seller box, pricing,
  // alternatives, breadcrumbs, tabs, header, newsletter, footer and cookie banner are furniture; the nav's "Software" and
  // the tab "Reviews" are words of the body or title ("close software", "Ledgerline Reviews"): left out
  title: g2Title,
  headings: [],
  body: [...texts(g2What), ...texts(g2Desc)],
  bylines: ['Ledgerline Inc.', ...g2Reviews.flatMap((r) => [r.who, r.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'G2', ...g2Top.slice(1), ...g2Crumbs.slice(0, 2), '4.6 out of 5', '(214)', 'Claimed', 'Save to My Lists', ...g2Tabs.filter((t) => t !== 'Reviews'),
    `${g2Product} Overview`,
    `What is ${g2Product}?`, `${g2Product} Details`, ...g2Details, 'Product Description', 'Show Less', 'Seller Details',
    ...g2Seller.filter((t) => t !== 'Ledgerline Inc.'), `${g2Product} Pros and Cons`, 'Generated by G2 from real user reviews', 'Pros', ...g2Pros, 'Cons',
    ...g2Cons, `${g2Product} Pricing`, ...g2Plans, 'See all pricing plans', `${g2Product} Reviews (214)`, 'Filter Reviews', 'Sort By:', 'Most Helpful',
    ...g2Reviews.flatMap((r) => [r.role, r.size, r.title, r.like, r.dislike]), 'Validated Reviewer', 'Verified Current User', 'Review source: Organic',
    `What do you like best about ${g2Product}?`, `What do you dislike about ${g2Product}?`, 'Review collected by and hosted on G2.com.', 'Helpful?',
    'Add a Comment', 'Share', 'See more reviews', `Top Rated ${g2Product} Alternatives`, ...g2Alts, 'Get G2’s software buying guides in your inbox',
    'Subscribe', ...g2Foot, '© 2025 G2.com, Inc. All Rights Reserved.',
    'We use cookies to improve your experience on our site and for analytics and advertising.',
    'Accept Cookies',
  ],
};

export const HELDOUT51_E: readonly TestPage[] = [g2, tripadvisorReview];
