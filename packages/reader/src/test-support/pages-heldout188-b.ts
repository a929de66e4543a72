import { links, ps, type TestPage, texts } from './page-kit.js';
import { patreonPost } from './pages-heldout188-b2.js';

/**
 * Held-out batch 188, file b: a Best Buy product page for a coffee maker with its Questions & Answers thread (the shop header
 * with the "Menu" button, search, account, cart and the deals strip, the breadcrumb, the sku title with model and SKU, the rating
 * summary, the price block with its sr-only sentence, the fulfilment and protection-plan boxes, the Overview accordion with the
 * description and features, the collapsed Specifications accordion, the Q&A section with questions as h4 links, "Asked by" and
 * "Answered by" lines, owner and staff badges, helpful/unhelpful and report buttons, the footer and the feedback tab) and, from
 * file b2, a Patreon public post.
 */
const bbTitle = 'Halvorsen - QuietBrew 12-Cup Programmable Coffee Maker with Thermal Carafe - Matte Black';
const bbH1 = 'Description';
const bbP1 = [
  'Wake up to fresh coffee without waking up the house. The QuietBrew heats water in a sealed chamber, so it brews at a low hum ' +
    'instead of the usual gurgle, and the double-walled thermal carafe keeps twelve cups hot for up to four hours without a warming ' +
    'plate.',
];
const bbH2 = 'Features';
const bbList = [
  '24-hour programmable start, so a full pot is ready when your alarm goes off',
  'Bold setting slows the flow for a stronger cup from the same amount of grounds',
  'Pause-and-serve lets you pour a cup before the brew cycle finishes',
  'Removable 60-ounce water reservoir with a clear level window',
];
const bbH3 = 'Questions & Answers';
const bbThread = [
  {
    q: 'Is it really quieter than a normal drip coffee maker? I have a studio apartment and the old one wakes my partner.',
    asked: 'Asked by nightshiftnurse',
    ago: '1 year ago',
    answers: [
      {
        t:
          'Yes, noticeably. You hear a soft hum and a click when it finishes, that’s about it. Our old one sounded like a kettle ' +
          'boiling over and this is nothing like that.',
        by: 'Answered by Delphine R',
        ago: '1 year ago',
        badge: 'Owner',
        helpful: 'Helpful (31)',
      },
    ],
  },
  {
    q: 'Does the carafe keep coffee hot all morning? There is no hot plate that I can see.',
    asked: 'Asked by TomasK',
    ago: '10 months ago',
    answers: [
      {
        t:
          'It stays properly hot for about three hours and drinkable warm for another hour or two. Pre-warm the carafe with hot tap ' +
          'water first and it lasts longer.',
        by: 'Answered by Grant Whitfield',
        ago: '10 months ago',
        badge: 'Owner',
        helpful: 'Helpful (18)',
      },
      {
        t:
          'Hi Tomas, the QuietBrew uses a double-walled stainless steel carafe instead of a warming plate. Halvorsen rates it to keep ' +
          'coffee above 160°F for up to four hours.',
        by: 'Answered by BestBuyAnswers',
        ago: '10 months ago',
        badge: 'Best Buy Answer',
        helpful: 'Helpful (6)',
      },
    ],
  },
  {
    q: 'Can you use a permanent gold-tone filter or do you need paper filters?',
    asked: 'Asked by rosalind_b',
    ago: '7 months ago',
    answers: [
      {
        t:
          'A permanent filter comes in the box and fits the basket. I still use number 4 paper cones sometimes because cleanup is ' +
          'quicker, and both work fine.',
        by: 'Answered by Ifeoma',
        ago: '7 months ago',
        badge: 'Owner',
        helpful: 'Helpful (9)',
      },
    ],
  },
  {
    q: 'How hard is it to descale? The manual mentions a clean light.',
    asked: 'Asked by Mitch from Tulsa',
    ago: '3 months ago',
    answers: [
      {
        t:
          'Easy. When the clean light comes on you fill the reservoir with one part white vinegar to two parts water, hold the clean ' +
          'button for three seconds, then run two cycles of plain water. Ours asks for it about once a month with hard water.',
        by: 'Answered by Paulo Mendes',
        ago: '3 months ago',
        badge: 'Verified Purchaser',
        helpful: 'Helpful (4)',
      },
    ],
  },
];
const bbTop = ['Top Deals', 'Deal of the Day', 'Yes, Best Buy Sells That', 'My Best Buy Memberships', 'Credit Cards', 'Gift Cards', 'Gift Ideas'];
const bbAcct = ['Account', 'Recently Viewed', 'Order Status', 'Saved Items'];
const bbCrumbs = ['Best Buy', 'Appliances', 'Small Kitchen Appliances', 'Coffee, Tea & Espresso', 'Coffee Makers'];
const bbFootCols = ['Order & Purchases', 'Support & Services', 'Partnerships', 'Rewards & Membership', 'About Best Buy'];
const bbFootLinks = ['Check Order Status', 'Shipping, Delivery & Pickup', 'Returns & Exchanges', 'Visit our Support Center', 'Careers', 'Corporate News'];
const bbLegal = [
  'Accessibility',
  'Terms & Conditions',
  'Privacy',
  'Interest-Based Ads',
  'State Privacy Rights',
  'Do Not Sell or Share My Personal Information',
];
const bbAmp = (t: string): string => t.replace(/&/g, '&amp;');
const bbAnswer = (a: (typeof bbThread)[number]['answers'][number]): string => `<li class="answer-item"><div class="ugc-answer-body">
<p class="body-copy-lg">${a.t}</p></div><div class="ugc-author v-fw-medium body-copy-sm"><span class="author-name">${a.by}</span>
<span class="author-badge c-badge ${a.badge === 'Best Buy Answer' ? 'badge-blue' : 'badge-gray'}">${a.badge}</span>
<span class="submission-date">${a.ago}</span></div>
<div class="ugc-feedback"><button class="c-button-unstyled helpfulness-button" type="button">${a.helpful}</button>
<button class="c-button-unstyled helpfulness-button" type="button">Unhelpful (0)</button><button class="c-button-link report-button"
type="button">Report</button></div></li>`;
const bbQuestion = (
  q: (typeof bbThread)[number],
  i: number,
): string => `<li class="question-item" data-question-index="${i}"><div class="question-title-section">
<h4 class="heading-6 v-fw-medium question-title"><a href="/site/questions/halvorsen-quietbrew/6571204/question/${i}">${q.q}</a></h4>
<div class="ugc-author body-copy-sm"><span class="author-name">${q.asked}</span> <span class="submission-date">${q.ago}</span></div>
<span class="answer-count body-copy-sm">${q.answers.length === 1 ? '1 answer' : `${q.answers.length} answers`}</span></div>
<ul class="answers-list">${q.answers.map(bbAnswer).join('\n')}</ul><button class="c-button c-button-outline c-button-sm" type="button">Answer This
Question</button></li>`;
const bbHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${bbTitle} QB12MB - Best Buy</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Shop Halvorsen QuietBrew 12-Cup Programmable Coffee
Maker.">
<meta property="og:site_name" content="Best Buy"><meta property="og:type" content="product"><link rel="canonical"
href="https://www.bestbuy.example/site/6571204.p">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${bbTitle}","sku":"6571204","model":"QB12MB",
"brand":{"@type":"Brand","name":"Halvorsen"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"1318"},
"offers":{"@type":"Offer","priceCurrency":"USD","price":"79.99","availability":"http://schema.org/InStock"}}</script>
<script>window.__INITIAL_STATE__={"sku":"6571204","qna":{"totalQuestions":42}};</script>
<link rel="stylesheet" href="https://pisces.bbystatic.example/css/pdp-shell.8c1d.css"></head>
<body class="size-l"><div class="shop-header"><header class="header" role="banner"><a class="skip-to-content" href="#main-content">Skip to main content</a>
<div class="bottom-nav"><a class="logo" href="https://www.bestbuy.example/" aria-label="Best Buy"><img alt="Best Buy" src="/logo.svg"></a>
<button class="hamburger-menu-button" type="button"><span>Menu</span></button><form class="search-form" role="search"><label for="gh-search-input"
class="sr-only">Search Best Buy</label><input id="gh-search-input" placeholder="What can we help you find today?"><button class="header-search-button"
aria-label="submit search" type="submit"></button></form><ul class="account-menu">${links(bbAcct, 'account-menu-item')}</ul>
<a class="cart-link" href="/cart"><span class="cart-label">Cart</span></a></div><nav class="top-nav"
aria-label="Promotions"><ul>${links(bbTop, 'top-nav-item')}</ul>
</nav></header></div><main id="main-content" class="pdp-container"><nav class="c-breadcrumbs" aria-label="Breadcrumb"><ol class="c-breadcrumbs-list">
${bbCrumbs.map((t) => `<li class="c-breadcrumbs-list-item"><a href="/site/${t.length}">${bbAmp(t)}</a></li>`).join('')}</ol></nav>
<div class="shop-product-title"><div class="sku-title"><h1 class="heading-5 v-fw-regular">${bbTitle}</h1></div><div class="disclaimer">
<span class="product-data-label body-copy">Model:</span><span class="product-data-value body-copy">QB12MB</span>
<span class="product-data-label body-copy">SKU:</span><span class="product-data-value body-copy">6571204</span></div>
<div class="ugc-ratings-reviews"><p class="visually-hidden">Rating 4.6 out of 5 stars with 1318 reviews</p><span class="ugc-c-review-average">4.6</span>
<span class="c-reviews">(1,318 Reviews)</span><a class="ugc-qna-link" href="#questions-answers">42 Answered Questions</a></div></div>
<div class="pricing-price"><div class="priceView-hero-price priceView-customer-price"><span aria-hidden="true">$79.99</span>
<span class="sr-only">Your price for this item is $79.99</span></div><div class="pricing-price__savings">Save $20</div>
<div class="pricing-price__regular-price">Was $99.99</div><span class="price-expiration">The previous price was $99.99</span></div>
<div class="fulfillment-add-to-cart-button"><div class="fulfillment-fulfillment-summary"><div class="fulfillment-pickup"><strong>Pickup</strong>
<span>Ready within 1 hour</span></div><div class="fulfillment-shipping"><strong>Shipping</strong><span>Get it by Fri, Nov 21</span></div></div>
<button class="c-button c-button-primary add-to-cart-button" type="button">Add to Cart</button></div><div class="protection-plan">
<h3 class="heading-6">Protect your coffee maker</h3><label><input type="radio" name="pp">2-Year Protection $14.99</label>
<label><input type="radio" name="pp">3-Year Protection $19.99</label></div><div class="compare-save"><label><input type="checkbox">Compare</label>
<button class="c-button-unstyled save-for-later" type="button">Save</button></div>
<section class="shop-product-description"><button class="c-accordion-trigger" aria-expanded="true" type="button"><h2 class="heading-5">Overview</h2></button>
<div class="c-accordion-content"><h3 class="heading-6">${bbH1}</h3>${ps(bbP1, ' class="body-copy-lg"')}<h3 class="heading-6">${bbH2}</h3>
<ul class="features-list">${bbList.map((t) => `<li class="body-copy-lg">${t}</li>`).join('\n')}</ul></div></section>
<section class="shop-specifications"><button class="c-accordion-trigger" aria-expanded="false" type="button"><h2 class="heading-5">Specifications</h2></button>
<div class="c-accordion-content" hidden><ul class="spec-list"><li><div class="row-title">Capacity</div><div class="row-value">12 cups</div></li>
<li><div class="row-title">Color</div><div class="row-value">Matte Black</div></li></ul></div></section>
<section id="questions-answers" class="ugc-question-answers"><h3 class="heading-5 v-fw-medium">${bbAmp(bbH3)}</h3><span class="qna-count">42 Questions</span>
<button class="c-button c-button-secondary ask-a-question" type="button">Ask a Question</button><label for="qna-sort">Sort by</label>
<select id="qna-sort"><option>Most Helpful</option><option>Newest</option></select>
<ul class="questions-list">${bbThread.map(bbQuestion).join('\n')}</ul><a class="c-button c-button-outline" href="/site/questions/6571204">See All Questions</a>
</section></main>
<footer class="footer" role="contentinfo"><div class="footer-columns">${bbFootCols.map((t) => `<h3 class="footer-heading">${bbAmp(t)}</h3>`).join('')}
<ul>${links(bbFootLinks)}</ul></div><div class="legal-bar"><span>© 2025 Best Buy. All rights reserved.</span><ul>${links(bbLegal)}</ul></div></footer>
<button class="feedback-tab" type="button">Feedback</button>
<script src="https://pisces.bbystatic.example/js/pdp-bundle.41a0.js" defer></script></body></html>`;
const bestBuy: TestPage = {
  html: bbHtml,
  name: 'heldout188-bestbuy-qna-forum',
  kind: 'forum',
  // the product overview (description, features) and the Q&A thread are the text; each question (an h4 link) and answer is
  // body; "Asked by" and "Answered by" lines and their ages are bylines; badges, counts, helpful buttons, price, fulfilment,
  // specifications, header and footer are furniture
  title: bbTitle,
  headings: [bbH1, bbH2, bbH3],
  body: [...texts(bbP1), ...bbList, ...bbThread.flatMap((q) => [q.q, ...q.answers.map((a) => a.t)])],
  bylines: [...new Set(bbThread.flatMap((q) => [q.asked, q.ago, ...q.answers.flatMap((a) => [a.by, a.ago])]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search Best Buy', ...bbAcct, 'Cart', ...bbTop, ...bbCrumbs, 'Model:', 'QB12MB', 'SKU:', '6571204',
    'Rating 4.6 out of 5 stars with 1318 reviews', '(1,318 Reviews)', '42 Answered Questions', '$79.99', 'Your price for this item is $79.99', 'Save $20',
    'Was $99.99', 'The previous price was $99.99', 'Pickup', 'Ready within 1 hour', 'Shipping', 'Get it by Fri, Nov 21', 'Add to Cart',
    'Protect your coffee maker', '2-Year Protection $14.99', '3-Year Protection $19.99', 'Compare', 'Save', 'Overview', 'Specifications', 'Capacity',
    '12 cups', 'Color', 'Matte Black', '42 Questions', 'Ask a Question', 'Sort by', 'Most Helpful', 'Newest', '1 answer', '2 answers', 'Owner',
    'Best Buy Answer', 'Verified Purchaser', ...new Set(bbThread.flatMap((q) => q.answers.map((a) => a.helpful))), 'Unhelpful (0)', 'Report',
    'Answer This Question', 'See All Questions', ...bbFootCols, ...bbFootLinks, '© 2025 Best Buy. All rights reserved.', ...bbLegal, 'Feedback',
  ],
};

export const HELDOUT188_B: readonly TestPage[] = [bestBuy, patreonPost];
