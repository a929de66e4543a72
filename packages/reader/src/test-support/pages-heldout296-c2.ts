import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file c2: a credit-card comparison listing built with Next.js (hashed CSS-module classes, __NEXT_DATA__,
 * a filter bar, sort menu, product cards with "Apply now" buttons, representative APR lines, "Sponsored" labels, a "How we
 * compare" box, FAQ accordion, author byline, footer and a consent dialog). The cards' descriptions and key features are the
 * listing's body and their names headings; their buttons, ratings, APR and legal lines are furniture.
 */
const cTitle = 'Best balance transfer credit cards for April 2026';
const cIntro = j(
  'A balance transfer card lets you move debt from another card and pay no interest on it for a set time. We compared 38',
  'cards on the length of the interest-free period, the transfer fee and what happens when the offer ends.',
);
const cH = ['Our top picks', 'How to choose a balance transfer card', 'Frequently asked questions'];
type Card = { name: string; blurb: string; feats: string[]; rep: string };
const cards: Card[] = [
  {
    name: 'Fenwick Bank Longest 0% Transfer Card',
    blurb: 'The longest interest-free period we found, for people who need the most time to clear a large balance.',
    feats: ['0% on balance transfers for 31 months', '3.49% transfer fee', 'No annual fee'],
    rep: 'Representative 24.9% APR (variable)',
  },
  {
    name: 'Corrigan Low Fee Transfer Card',
    blurb: 'A shorter offer, but one of the lowest transfer fees, which suits smaller balances you can clear within two years.',
    feats: ['0% on balance transfers for 22 months', '1.99% transfer fee', 'Free spending abroad'],
    rep: 'Representative 23.7% APR (variable)',
  },
  {
    name: 'Marlow Mutual Dual Card',
    blurb: 'Combines an interest-free transfer with 0% on new purchases, useful if you also have a planned expense coming up.',
    feats: ['0% on balance transfers for 18 months', '0% on purchases for 12 months', '2.9% transfer fee'],
    rep: 'Representative 26.4% APR (variable)',
  },
];
const cChoose = [
  j(
    'Work out how much you can repay each month and divide your balance by it. That tells you how many interest-free months you',
    'really need, so you can avoid paying a higher fee for a period you will not use.',
  ),
  j(
    'Make at least the minimum payment every month. Missing one can end the 0% offer early on most cards, and the remaining',
    'balance would then be charged at the standard rate.',
  ),
  'Transfers usually have to be made within 60 or 90 days of opening the account to get the offer.',
];
const cFaq = [
  [
    'Will a balance transfer affect my credit score?',
    j(
      'Applying triggers a hard search, which can lower your score slightly for a short time. Paying the debt down faster usually',
      'improves it over the following months.',
    ),
  ],
  ['Can I transfer a balance between two cards from the same bank?', 'Usually not. Most banks only accept transfers from other lenders.'],
];
const cNav = ['Credit cards', 'Loans', 'Mortgages', 'Savings', 'Energy', 'Insurance'];
const cFoot = ['About Tallyfind', 'How we make money', 'Editorial guidelines', 'Privacy policy', 'Cookie policy', 'Sitemap'];
const card = (c: Card, i: number): string => `<li class="ProductList_item__Rt4"><article class="ProductCard_card__8xQ" data-product-id="bt-${i}">
<div class="ProductCard_top__1pL">${i === 0 ? '<span class="ProductCard_badge__wz">Editor’s choice</span>' : ''}
<span class="ProductCard_sponsored__Lk">Sponsored</span><img class="ProductCard_image__Jv" src="/_next/image?url=%2Fcards%2F${i}.png&amp;w=256" alt="">
<h3 class="ProductCard_name__9Hs">${c.name}</h3><div class="Rating_root__Zx" aria-label="Rating">${(4.8 - i * 0.2).toFixed(1)} out of 5</div></div>
<p class="ProductCard_blurb__mA">${c.blurb}</p><ul class="ProductCard_features__Y0">${lis(c.feats, ' class="ProductCard_feature__c3"')}</ul>
<p class="ProductCard_rep__qe">${c.rep}</p><div class="ProductCard_actions__d2"><a class="Button_primary__v9" href="/go/bt-${i}" rel="sponsored">Apply now</a>
<button class="Button_ghost__n1">Check eligibility</button><label class="ProductCard_compare__Ul"><input type="checkbox"> Compare</label></div>
<details class="ProductCard_more__kk"><summary>Full details</summary><p>${c.name}: credit limit subject to status. T&amp;Cs apply.</p></details>
</article></li>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${cTitle} | Tallyfind</title>
<meta name="description" content="Compare 0% balance transfer credit cards by interest-free period and fee."><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/5c1a0e.css" as="style"><link rel="stylesheet" href="/_next/static/css/5c1a0e.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"${cTitle}","numberOfItems":3}</script>
<noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer></script></head>
<body><div id="__next"><div class="Layout_page__3hT"><header class="Header_root__gH2"><a class="Header_logo__q0" href="/">Tallyfind</a>
<nav class="Header_nav__Rf"><ul>${links(cNav, 'Header_item__x1')}</ul></nav><a class="Header_account__zz" href="/account">My account</a></header>
<main class="Layout_main__Kp9"><nav class="Breadcrumb_root__Tg" aria-label="Breadcrumb"><a href="/">Home</a><span>/</span>
<a href="/credit-cards">Credit cards</a><span>/</span><span>Balance transfer</span></nav>
<div class="Hero_root__sN"><h1 class="Hero_title__eC">${cTitle}</h1><div class="Byline_root__U8"><span class="Byline_by__d9">By Priya Anand-Hale</span>
<span class="Byline_reviewed__m5">Reviewed by Tomasz Brennick</span><time class="Byline_date__Ko" dateTime="2026-04-02">Updated 2 April 2026</time></div>
<p class="Hero_disclosure__vv">We may receive a commission if you apply through our links. This does not affect which cards we rank.</p></div>
<div class="Intro_root__Yh">${ps([cIntro])}</div>
<div class="FilterBar_root__Mm"><span class="FilterBar_label__Q1">Filter by</span><button class="Chip_root__t3">0% period</button>
<button class="Chip_root__t3">No fee</button><button class="Chip_root__t3">Dual cards</button><label class="Sort_label__B0" for="sort">Sort by</label>
<select id="sort" class="Sort_select__Hj"><option>Longest 0% period</option><option>Lowest fee</option></select>
<span class="FilterBar_count__P5">Showing 3 of 38 cards</span></div>
<section class="ProductList_root__Lq"><h2 class="ProductList_heading__Ds">${cH[0]}</h2><ol class="ProductList_list__Z3">
${cards.map(card).join('\n')}</ol><button class="ProductList_more__Uu">Show 35 more cards</button></section>
<aside class="HowWeCompare_root__n6"><h3>How we compare</h3><p>Our rankings are based on the length of the 0% offer, the fee and the APR.
Providers cannot pay to change their position.</p></aside>
<section class="Guide_root__Xb"><h2>${cH[1]}</h2>${ps(cChoose)}</section>
<section class="Faq_root__Dp"><h2>${cH[2]}</h2>
${cFaq.map(([q, a]) => `<details class="Faq_item__c0"><summary class="Faq_q__Lm">${q}</summary><div class="Faq_a__s7"><p>${a}</p></div></details>`).join('\n')}
</section></main>
<footer class="Footer_root__Ae"><ul>${links(cFoot)}</ul><p class="Footer_legal__Vb">Tallyfind Ltd is authorised and regulated by the
Financial Conduct Authority as a credit broker, not a lender.</p><p>© 2026 Tallyfind Ltd</p></footer>
<div class="ConsentDialog_root__Qw" role="dialog" aria-label="Cookie consent"><p>Tallyfind uses cookies to compare products for you and to
measure our advertising.</p><button>Accept cookies</button><button>Cookie settings</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"category":"balance-transfer","total":38}},"page":"/[category]/[slug]",
"buildId":"k2Jx9dQ","isFallback":false,"gssp":true}</script></body></html>`;

export const cardList: TestPage = {
  name: 'heldout296-nextjs-comparison-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [cH[0] ?? '', ...cards.map((c) => c.name), cH[1] ?? '', cH[2] ?? ''],
  body: texts([cIntro, ...cards.flatMap((c) => [c.blurb, ...c.feats]), ...cChoose, ...cFaq.flat()]),
  bylines: ['By Priya Anand-Hale', 'Reviewed by Tomasz Brennick', 'Updated 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tallyfind', ...cNav, 'My account', 'Home', 'Balance transfer', 'We may receive a commission if you apply through our links.', 'Filter by',
    '0% period', 'No fee', 'Dual cards', 'Sort by', 'Longest 0% period', 'Lowest fee', 'Showing 3 of 38 cards', 'Editor’s choice', 'Sponsored',
    ...cards.map((c) => c.rep), '4.8 out of 5', '4.6 out of 5', '4.4 out of 5', 'Apply now', 'Check eligibility', 'Compare',
    'Full details', 'credit limit subject to status. T&Cs apply.', 'Show 35 more cards', 'How we compare',
    'Our rankings are based on the length of the 0% offer, the fee and the APR.', ...cFoot,
    'Tallyfind Ltd is authorised and regulated by the Financial Conduct Authority as a credit broker, not a lender.', '© 2026 Tallyfind Ltd',
    'Tallyfind uses cookies to compare products for you and to measure our advertising.', 'Accept cookies', 'Cookie settings',
  ],
};
