import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout263-kit.js';

/**
 * Held-out batch 263, file e: a Business Insider-style story (vertical label, key-points summary list, byline with the
 * author's title, timestamp, "Listen to this article" bar, share buttons, image source line, a data table, Advertisement
 * slots, an in-body "Read next" promo, newsletter box and the footer) and a HuffPost-style listing (section label, dek, byline
 * and timestamps, share bar, one h2 per item with its image caption, a "Related" box, the "Support HuffPost" box, "Go To
 * Homepage", trending rail and the footer).
 */
const bTitle = "I compared 4 cities' grocery prices for the same 12-item basket. The cheapest one surprised me.";
const bKey = [
  'The same basket of 12 groceries cost $54 in Port Ellery and $81 in Harrow Point.',
  'Store brands closed most of the gap in the priciest city.',
  'Eggs and coffee showed the widest swings between cities.',
];
const bH = ['How I built the basket', 'Where the money went', "What I'd do differently"];
const bP1 = [
  j(
    'I have moved three times in five years, and every time the first grocery run in a new city has felt like a small shock.',
    'So this spring, while visiting family, I decided to test it: the same 12 items, bought at the biggest supermarket chain in',
    'each of four mid-size cities, on the same weekend.',
  ),
  j(
    'I stuck to staples most households buy every week: a gallon of milk, a dozen large eggs, a loaf of sandwich bread, a pound',
    'of ground beef, bananas, a bag of rice, pasta, a jar of tomato sauce, cheddar, a 12-ounce bag of coffee, peanut butter and',
    'a carton of orange juice. I picked national brands where I could, then priced the store brand too.',
  ),
];
const bP2 = ['Here is what I paid, before tax, for national brands:'];
const bRows = [
  ['Port Ellery', '$54.12', '$41.30'],
  ['Galloway', '$61.87', '$47.05'],
  ['Stanmere', '$66.40', '$50.92'],
  ['Harrow Point', '$81.03', '$58.77'],
];
const bP3 = [
  j(
    'Harrow Point was the most expensive by far, which I expected given its housing costs. What surprised me was Port Ellery,',
    'a city I had assumed would be pricey because of its tourism. Its largest chain runs a discount format with fewer brands,',
    'and that showed.',
  ),
  j(
    'Eggs ranged from $2.89 to $5.49 a dozen, and the same bag of coffee was $4 more in Harrow Point than in Port Ellery.',
    'Bananas, on the other hand, were within a few cents everywhere.',
  ),
];
const bP4 = [
  j(
    'If I ran this again, I would add a second store in each city, since a single chain can make a city look cheaper or more',
    'expensive than it is. I would also price a few fresh items like chicken and lettuce, which swing more with the season.',
  ),
  j(
    'Still, the biggest lesson was simple: switching to store brands cut my basket by roughly a quarter in every city, which',
    'mattered more than which city I was standing in.',
  ),
];
const bCredit = "The author's grocery haul in Galloway. Courtesy of Noor Castellanos";
const bPromo = "Read next: I tracked every dollar I spent on food for a year. Here's what I learned.";
const bNav = ['Business', 'Tech', 'Markets', 'Economy', 'Lifestyle', 'Personal Finance', 'Careers', 'Reviews'];
const bFoot = ['Contact Us', 'Masthead', 'Advertising Policies', 'Terms of Service', 'Privacy Policy', 'Your Privacy Choices', 'Code of Ethics'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Grocery Prices in 4 Cities Compared: Same Basket - Business Insider</title>
<meta name="description" content="I bought the same 12 groceries in four cities.">
<meta property="og:site_name" content="Business Insider"><meta name="sailthru.tags" content="personal-finance,groceries">
<link rel="canonical" href="https://www.businessinsider.example/grocery-prices-compared-four-cities-same-basket-2026-5">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"author":{"@type":"Person","name":"Noor Castellanos"},"datePublished":"2026-05-19T09:02:00Z"}</script>
<script>window.insider = {"vertical":"personal-finance","postId":"6829a1f3","isPremium":false};</script></head>
<body class="vertical-personal-finance"><header class="site-header"><a class="logo" href="/" aria-label="Business Insider">Business Insider</a>
<nav class="header-nav"><ul>${links(bNav, 'nav-item')}</ul></nav><a class="subscribe-button" href="/subscription">Subscribe</a>
<a class="login" href="/login">Log in</a></header>
<div class="ad-wrapper"><span class="ad-label">Advertisement</span></div>
<main><article class="post-template"><div class="post-breadcrumbs"><a href="/personal-finance">Personal Finance</a></div>
<h1 class="post-headline">${bTitle}</h1>
<div class="byline-wrapper"><div class="byline-author"><a class="byline-link" href="/author/noor-castellanos">Noor Castellanos</a></div>
<div class="byline-title">Contributor</div><time class="byline-timestamp" data-timestamp="2026-05-19T09:02:00Z">May 19, 2026, 5:02 AM ET</time></div>
<div class="share-bar"><button class="share-button" data-type="facebook">Share</button><button class="share-button" data-type="save">Save</button></div>
<div class="audio-player"><button>Listen to this article</button></div>
<figure class="lead-image"><img src="https://i.insider.example/6829a1f3.jpg" alt="Groceries on a counter">
<figcaption class="image-source-caption"><span class="image-source">${bCredit}</span></figcaption></figure>
<section class="post-body-content" data-component-type="post-body">
<ul class="summary-list">${lis(bKey)}</ul>
${ps(bP1.slice(0, 1))}
<h2>${bH[0]}</h2>
${ps(bP1.slice(1))}
<div class="in-post-ad"><span class="ad-label">Advertisement</span></div>
<h2>${bH[1]}</h2>
${ps(bP2)}
<table class="post-table"><thead><tr><th>City</th><th>National brands</th><th>Store brands</th></tr></thead><tbody>
${bRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
${ps(bP3)}
<p class="read-next"><a href="/tracked-every-food-dollar-2026-1"><strong>${bPromo}</strong></a></p>
<h2>${bH[2]}</h2>
${ps(bP4)}
</section>
<div class="newsletter-box"><p class="newsletter-title">Sign up for our Money newsletter</p><p>Smart money stories, delivered every weekday.</p>
<button>Sign up</button></div></article></main>
<footer class="footer"><ul>${links(bFoot)}</ul><p>Copyright © 2026 Insider Inc. All rights reserved.</p>
<p>Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy.</p></footer></body></html>`;
const bi: TestPage = {
  name: 'heldout263-business-insider-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bKey, ...bP1, ...bP2, ...bRows.flat(), ...bP3, ...bP4]),
  bylines: ['Noor Castellanos', 'Contributor', 'May 19, 2026, 5:02 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Business Insider', ...bNav, 'Subscribe', 'Log in', 'Advertisement', 'Share', 'Save', 'Listen to this article', bCredit, bPromo,
    'Sign up for our Money newsletter', 'Smart money stories, delivered every weekday.', 'Sign up', ...bFoot,
    'Copyright © 2026 Insider Inc. All rights reserved.',
    'Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy.',
  ],
};

const uTitle = '7 Small Habits That Make A Tiny Apartment Feel Bigger, According To People Who Live In One';
const uDek = 'Forget the expensive renovations. These readers swear by free or nearly free changes.';
const uIntro = [
  j(
    'Living in a small space can mean tripping over shoes, losing the counter under the mail and feeling like the walls are',
    'closing in by February. We asked readers who live in apartments under 500 square feet what actually helps.',
  ),
  'Their answers were mostly about habits rather than furniture. Here are the seven that came up again and again.',
];
const uItems: [string, string][] = [
  [
    '1. Give every surface a job',
    j(
      'Tovah, who lives in a 380-square-foot studio, assigns each flat surface one purpose. "The counter is for',
      'cooking. The table is for eating. If mail lands on either, it goes in a basket by the door that night."',
    ),
  ],
  [
    '2. Do a five-minute reset before bed',
    j(
      'Several readers described a nightly sweep: dishes in the rack, blanket folded, shoes lined up. "Waking up to a',
      'clear room makes it feel twice the size," said Marcus from Lowell Heights.',
    ),
  ],
  [
    '3. Keep the floor as clear as possible',
    j('Visible floor makes a room read as larger. Readers moved laundry hampers into closets and swapped floor lamps', 'for wall-mounted ones.'),
  ],
  ['4. Use one color family for big items', 'Sofa, curtains and rug in related shades blend together, so the eye travels across the room without stopping.'],
  [
    '5. Let the light in',
    j(
      'Sheer curtains, a mirror across from the window and bulbs in the same warm tone came up repeatedly. One reader',
      'simply took down the blinds she never closed.',
    ),
  ],
  [
    '6. Follow a one-in, one-out rule',
    j('New sweater? An old one leaves. "It is the only reason my closet still shuts," wrote Inez, who shares a', 'one-bedroom with her sister.'),
  ],
  [
    '7. Put things away where you use them',
    j(
      'Keeping scissors by the mail basket or a cutting board next to the stove sounds small, but readers said it',
      'ended the habit of leaving things out "for later."',
    ),
  ],
];
const uOutro =
  'None of these cost much, and most take a few minutes a day. As one reader put it: "The apartment didn\'t get bigger. I just stopped filling it."';
const uCaps = ['A clear counter can make a small kitchen feel open.', 'Photo by Delia Marsh via Stocksy'];
const uNav = ['News', 'Politics', 'Entertainment', 'Life', 'Voices', 'Shopping', 'Video'];
const uRelated = ['The Best Storage Finds For Small Spaces', "I Lived In A 200-Square-Foot Apartment For 3 Years. Here's What I Learned."];
const uTrend = ['What Your Sleep Position Says About Your Back', 'The 5 Houseplants That Are Nearly Impossible To Kill'];
const uFoot = ['About Us', 'Advertise', 'About Our Ads', 'Contact Us', 'RSS', 'FAQ', 'Careers', 'User Agreement', 'Privacy Policy'];
const uSupport = 'Can you help us keep HuffPost free? Our journalism is free for everyone, and we rely on readers like you to keep it that way.';
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${uTitle} | HuffPost Life</title>
<meta name="description" content="${uDek}"><meta property="og:site_name" content="HuffPost">
<link rel="canonical" href="https://www.huffpost.example/entry/small-apartment-habits_l_6648c2e1e4b0d1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${uTitle}",
"author":[{"@type":"Person","name":"Rosalind Achebe"}],"datePublished":"2026-05-18T05:45:00-04:00"}</script>
<script>window.HP = window.HP || {}; HP.params = {"entryId":"6648c2e1e4b0d1","section":"life","isListicle":true};</script></head>
<body class="entry-page"><header class="masthead"><a class="masthead__logo" href="/">HuffPost</a><nav class="masthead__nav"><ul>${links(uNav)}</ul></nav>
<a class="masthead__support" href="/support">Support HuffPost</a></header>
<main class="entry"><div class="entry__header"><div class="entry-eyebrow"><a href="/life/home-living">Home &amp; Living</a></div>
<h1 class="headline">${uTitle}</h1><div class="dek">${uDek}</div>
<div class="entry__byline"><div class="entry__byline__author"><a href="/author/rosalind-achebe">Rosalind Achebe</a></div>
<div class="timestamp"><span class="timestamp__date--published">May 18, 2026, 05:45 AM EDT</span>
<span class="timestamp__date--modified">Updated May 18, 2026, 08:10 AM EDT</span></div></div>
<div class="share-bar"><a class="share-bar__facebook" href="#">Facebook</a><a class="share-bar__pinterest" href="#">Pinterest</a>
<a class="share-bar__email" href="#">Email</a></div></div>
<section class="entry__content-list js-entry-content">
${ps(uIntro, ' class="primary-cli cli cli-text"')}
${uItems
  .map(
    ([h, p], i) => `<h2 class="cli cli-subheader">${h}</h2>${
      i === 0
        ? `<figure class="cli cli-image"><img src="https://img.huffingtonpost.example/counter.jpg" alt="">
<figcaption class="cli-image__caption">${uCaps[0]} <span class="cli-image__credit">${uCaps[1]}</span></figcaption></figure>`
        : ''
    }
<p class="primary-cli cli cli-text">${p}</p>${i === 3 ? `<div class="cli cli-related-articles"><h3>Related</h3><ul>${links(uRelated)}</ul></div>` : ''}`,
  )
  .join('\n')}
<p class="primary-cli cli cli-text">${uOutro}</p></section>
<div class="support-huffpost"><p class="support-huffpost__text">${uSupport}</p><a class="support-huffpost__cta" href="/support">Support HuffPost</a></div>
<a class="go-to-homepage" href="/">Go To Homepage</a>
<aside class="trending"><h3 class="trending__title">Trending</h3><ul>${links(uTrend)}</ul><div class="advertisement">Advertisement</div></aside></main>
<footer class="footer"><ul>${links(uFoot)}</ul><p>©2026 BuzzFeed, Inc. All rights reserved.</p><p>Part of HuffPost Life.</p></footer></body></html>`;
const huffpost: TestPage = {
  name: 'heldout263-huffpost-listing-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uItems.map(([h]) => h),
  body: texts([uDek, ...uIntro, ...uItems.map(([, p]) => p), uOutro]),
  bylines: ['Rosalind Achebe', 'May 18, 2026, 05:45 AM EDT', 'Updated May 18, 2026, 08:10 AM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HuffPost', ...uNav, 'Support HuffPost', 'Home & Living', 'Facebook', 'Pinterest', 'Email', ...uCaps, 'Related', ...uRelated, uSupport,
    'Go To Homepage', 'Trending', ...uTrend, 'Advertisement', ...uFoot, '©2026 BuzzFeed, Inc. All rights reserved.', 'Part of HuffPost Life.',
  ],
};

export const HELDOUT263_E: readonly TestPage[] = [bi, huffpost];
