import { links, type TestPage, texts } from './page-kit.js';
import { adLabel, type HearstSite, hearstAd, hearstFooter, hearstHead, hearstHeader } from './pages-heldout203-b3.js';

/**
 * Held-out batch 203, file c2: a Good Housekeeping Institute product test on the Hearst template (the affiliate note at
 * the top of the body, the "GH Institute" badge, byline with the tester's title, product cards with a "Best Overall"
 * style label, the product name as a heading, price buttons, "Pros" and "Cons" lists and the "Read more" toggle, in-body
 * ad labels, the "How we tested" section, the author bio and the footer).
 */
const site: HearstSite = {
  name: 'Good Housekeeping',
  host: 'goodhousekeeping.com',
  nav: ['Home', 'Food & Recipes', 'Health', 'Beauty', 'Life', 'Holidays', 'Product Reviews'],
  subscribe: 'Subscribe',
  menuExtra: ['GH Seal', 'Institute Lab', 'Newsletter'],
};
const title = 'The 3 Best Electric Kettles of 2025, Tested by Kitchen Appliance Experts';
const disclosure = 'We earn a commission for products purchased through some links in this article.';
const p1 = [
  'A good electric kettle boils water faster than a stovetop and switches itself off when it is done. But the differences ' +
    'between models are bigger than you might expect, from how loud they are to how well they hold a set temperature for tea.',
  'In the Good Housekeeping Institute Kitchen Appliances Lab, we tested 22 kettles over six weeks, boiling more than 400 ' +
    'litres of water. These three stood out.',
];
const picks = [
  {
    label: 'Best Overall',
    name: 'Harlow Precision 1.7L Kettle',
    price: '$79 at Amazon',
    text:
      'The Harlow boiled a full kettle in just under four minutes, one of the fastest times we recorded, and held its water ' +
      'within two degrees of the set temperature for the full 30 minutes. Testers liked the clear markings inside the jug.',
    pros: ['Five preset temperatures', 'Quiet even at full boil'],
    cons: ['Lid hinge feels a little flimsy'],
  },
  {
    label: 'Best Value',
    name: 'Brightwell Classic Kettle',
    price: '$34 at Walmart',
    text:
      'There are no extras here, but the Brightwell is reliable, easy to fill through the spout and has a sturdy handle that ' +
      'stays cool. It was the cheapest kettle we tested to pass every one of our safety checks.',
    pros: ['Great price', 'Stays cool to the touch'],
    cons: ['No temperature control', 'Water window is hard to read'],
  },
  {
    label: 'Best for Tea Lovers',
    name: 'Kessa Gooseneck Pour-Over Kettle',
    price: '$112 at Target',
    text:
      'With a slim gooseneck spout, the Kessa makes it easy to pour slowly over loose-leaf tea or coffee grounds. Its keep-warm ' +
      'setting lasts an hour, the longest of any kettle in our test.',
    pros: ['Precise pour', 'Hour-long keep-warm'],
    cons: ['Only holds 0.9 litres'],
  },
];
const h1 = 'How we tested electric kettles';
const p2 = [
  'Each kettle was filled to its maximum and minimum lines and timed to a full boil three times. We measured noise with a ' +
    'decibel meter, checked how accurately temperature settings held, and asked a panel of testers to rate how easy each one ' +
    'was to fill, pour and clean.',
  'We also left every kettle to boil dry on purpose to make sure the automatic shut-off worked. All three of our picks ' + 'switched off within seconds.',
];
const h2 = 'What to look for in an electric kettle';
const list = [
  'Capacity: 1.7 litres suits most households, but a smaller kettle heats faster if you only make one cup at a time.',
  'Temperature control: useful for green and white teas, which taste bitter when brewed with boiling water.',
  'Materials: stainless steel and glass are easier to keep clean than plastic.',
];
const by = 'Nicole Ferraro';
const shopMore = ['The Best Toasters', 'The Best Air Fryers', 'The Best Blenders'];
const role = 'Kitchen Appliances Lab Director';
const bio = 'Nicole Ferraro has tested small kitchen appliances at the Good Housekeeping Institute since 2016.';
const p = (a: readonly string[]): string => a.map((t) => `<p class="body-text css-1r8m4mc emevuu60">${t}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="body-h2 css-10rhwp1 e19tsnb50">${t}</h2>`;
const card = (c: (typeof picks)[number], i: number): string => `<div class="product-embed css-1h8r4yt" data-embed="body-product" data-product-index="${i}">
<span class="product-label css-1bx1g0v">${c.label}</span><h3 class="product-name css-1vr0xmx">${c.name}</h3>
<img alt="${c.name}" src="https://hips.hearstapps.com/gh-kettle-${i}.jpg"><a class="product-buy-button css-1ae2wxg" rel="sponsored nofollow"
href="https://www.amazon.example/dp/${i}">${c.price}</a><div class="product-body">${p([c.text])}
<div class="pros-cons css-15pz6ve"><span class="pros-label">Pros</span><ul>${c.pros.map((t) => `<li>${t}</li>`).join('')}</ul>
<span class="cons-label">Cons</span><ul>${c.cons.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<button class="read-more css-1u2jk3h" aria-expanded="true">Read less</button></div>`;
const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":[{"@type":"Person","name":"${by}"}],
"datePublished":"2025-01-22T12:00:00Z","itemReviewed":[{"@type":"Product","name":"${picks[0]?.name}"}]}`;
const head = hearstHeader(site);
const foot = hearstFooter(site);
const html = `<!DOCTYPE html>
<html lang="en">${hearstHead(site, title, p1[0] ?? '', ld)}
<body class="css-0"><div id="__next">${head.html}
<main id="main-content" class="css-1j8x5a0"><div class="content-container css-10v6t9m">
<header class="content-header css-1d1a3s"><nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/home-products/">Product Reviews</a></nav>
<span class="gh-institute-badge css-8xpl4k">Tested by GH Institute</span><h1 class="css-1o9qhk3 e1h9rw200">${title}</h1>
<div class="byline-container"><address><span class="byline-name">By <a href="/author/nicole-ferraro/">${by}</a></span>
<span class="byline-title">${role}</span></address><time class="content-info-date" datetime="2025-01-22">Published: Jan 22, 2025</time></div></header>
<div class="article-body-content listicle-body-content css-1tpf8j" data-journey-content="true">
<p class="body-text css-disclosure"><em>${disclosure}</em></p>
${p(p1)}
${card(picks[0] as (typeof picks)[number], 0)}
${hearstAd(1)}
${picks
  .slice(1)
  .map((c, i) => card(c, i + 1))
  .join('\n')}
${hearstAd(2)}
${hd(h1)}
${p(p2)}
${hd(h2)}
<ul class="body-ul css-qg5sbd">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<div class="author-bio css-7hx7bj"><img alt="Headshot of ${by}" src="https://hips.hearstapps.com/nf.jpg"><p>${bio}</p></div></div>
<aside class="css-13c3m2a"><h2>Shop More Tested Products</h2><ul>${links(shopMore, 'css-3mn0ro')}</ul></aside>
</main>${foot.html}</div><script src="https://www.goodhousekeeping.com/_assets/client.js" async></script></body></html>`;

export const ghPage: TestPage = {
  name: 'heldout203-good-housekeeping-news',
  kind: 'news',
  html,
  title,
  // the product names (h3 of the product cards) are the section headings of a product test
  headings: [...picks.map((c) => c.name), h1, h2],
  body: texts([...p1, ...picks.flatMap((c) => [c.text, ...c.pros, ...c.cons]), ...p2, ...list]),
  bylines: [`By ${by}`, role, 'Published: Jan 22, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      ...head.furniture, 'Tested by GH Institute', disclosure, ...picks.flatMap((c) => [c.label, c.price]), 'Pros', 'Cons', 'Read less',
      adLabel, bio, 'Shop More Tested Products', ...shopMore, ...foot.furniture,
    ]),
  ],
};
