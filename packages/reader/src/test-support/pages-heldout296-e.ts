import { links, ps, type TestPage, texts } from './page-kit.js';
import { pensionNews } from './pages-heldout296-e2.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file e: a Motley Fool-style stock article (Tailwind utility classes, ticker pills with prices,
 * "Key Points" box, author and date line, "Should you invest $1,000" premium pitch in the middle, "Motley" disclosure,
 * "Related Articles" and "Premium Investing Services" rails, footer) and, from file e2, a pension provider's news post on
 * Drupal.
 */
const mTitle = 'Is Corvane Software Stock a Buy After Its 30% Drop?';
const mKey = [
  'Corvane cut its full-year revenue forecast after two large customers delayed renewals.',
  'Subscription revenue still grew 19% last quarter, and customers renewed at a rate of 96%.',
  'At 6 times sales, the stock is cheaper than it has been since its listing in 2019.',
];
const mH = ['What went wrong', 'The business underneath is still growing', 'Is the stock a buy?'];
const mIntro = j(
  'Shares of Corvane Software (NASDAQ: CRVN) have fallen about 30% in the past month, after the payroll-software company told',
  'investors its revenue for the year would come in below what it had promised in February. For a company that had met or',
  'beaten its guidance for 18 straight quarters, that was a shock.',
);
const mWrong = [
  j(
    'The problem was timing rather than lost customers, according to management. Two of its biggest clients, a hospital group and',
    'a national retailer, pushed back multiyear renewals while they reviewed their budgets. Together they account for about 4%',
    'of annual revenue.',
  ),
  j(
    'Chief financial officer Ruth Okonkwo-Sale said on the earnings call that both contracts were "in late-stage negotiation" and',
    "that neither customer had asked for a competitor's proposal. The market, understandably, wants to see the signatures first.",
  ),
];
const mGrowing = [
  j(
    'Step back from the guidance cut and the numbers look healthy. Subscription revenue, which makes up 88% of the total, rose 19%',
    'year over year to $412 million. The gross retention rate, which measures how much revenue Corvane keeps from existing',
    'customers, was 96%.',
  ),
  'Corvane is also profitable on a free-cash-flow basis, which matters in a market that has stopped rewarding growth at any cost:',
];
const mCash = [
  'Free cash flow of $121 million over the last four quarters',
  '$640 million of cash and no long-term debt',
  'A $300 million share buyback authorised in March',
];
const mBuy = [
  j(
    'Nobody knows whether the delayed renewals will close next quarter or slip further, and the stock could stay under pressure',
    'until they do. But a 30% fall for a delay affecting 4% of revenue looks like an overreaction.',
  ),
  j(
    "For investors with a horizon of three to five years, today's price offers a chance to buy a durable, cash-generating",
    'software business at a discount. I would start with a small position and add to it if the renewals come through.',
  ),
];
const mRelated = [
  '3 Software Stocks to Buy on the Dip',
  'Why Payroll Software Is a Sticky Business',
  'The Smartest Dividend Stocks to Buy With $500 Right Now',
];
const mFoot = ['About Us', 'Investor Relations', 'Careers', 'Contact', 'Terms of Use', 'Privacy Policy', 'Accessibility', 'Disclosure Policy'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mTitle} | The Canny Fox</title>
<meta name="description" content="Corvane's guidance cut sent the stock down 30%. Here is what long-term investors should do.">
<meta name="author" content="Lionel Achebe-Marsh"><meta property="article:section" content="Investing">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Lionel Achebe-Marsh"},"datePublished":"2026-04-16T06:45:00Z",
"publisher":{"@type":"Organization","name":"The Canny Fox"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"content_type":"article","tickers":["CRVN"],"bureau":"tech"});</script></head>
<body class="antialiased bg-gray-100"><div id="main-container"><header class="sticky top-0 z-50 bg-white border-b border-gray-300">
<div class="flex items-center justify-between px-24px h-64px"><a href="/" class="text-gray-1100 font-bold">The Canny Fox</a>
<nav class="hidden lg:flex gap-24px"><ul class="flex">${links(['Stock Ideas', 'Investing Basics', 'Retirement', 'Personal Finance', 'Podcasts'], 'px-8px')}</ul>
</nav><a href="/premium" class="bg-orange-500 text-white rounded px-16px py-8px">Our Services</a><a href="/login" class="text-gray-900">Login</a></div></header>
<main class="flex justify-center"><div class="max-w-1280px w-full flex gap-32px"><article class="w-full md:w-2/3 bg-white px-24px py-32px">
<div class="flex gap-8px mb-16px" id="article-tickers"><a href="/quote/nasdaq/crvn" class="rounded-full border px-12px text-sm">Corvane Software</a>
<span class="text-sm font-medium">NASDAQ: CRVN</span><span class="text-sm text-red-700">$63.18 (-1.42%)</span></div>
<header class="mb-24px"><h1 class="text-5xl font-medium leading-tight">${mTitle}</h1>
<div class="flex items-center gap-12px mt-16px text-gray-800 text-md" id="author-date"><img src="https://g.foolcdn.example/avatar/lam.jpg" alt=""
class="w-40px h-40px rounded-full"><div><div class="font-medium"><a href="/author/lionel-achebe-marsh">By Lionel Achebe-Marsh</a></div>
<div class="text-sm">Apr 16, 2026 at 6:45AM</div></div></div></header>
<div class="bg-gray-100 border-l-4 border-orange-500 p-16px mb-24px" id="key-points"><h2 class="text-lg font-bold">Key Points</h2>
<ul class="list-disc pl-24px">${lis(mKey)}</ul></div>
<div class="article-body prose max-w-none">
${ps([mIntro])}
<h2>${mH[0]}</h2>
${ps(mWrong)}
<h2>${mH[1]}</h2>
${ps(mGrowing)}
<ul>${lis(mCash)}</ul>
<div class="pitch bg-blue-50 border rounded p-24px my-32px" id="pitch">
<h3 class="font-bold text-xl">Should you invest $1,000 in Corvane Software right now?</h3>
<p>Before you buy stock in Corvane Software, consider this: our analyst team just identified what they believe are the 10 best stocks for
investors to buy now, and Corvane Software wasn't one of them.</p><a href="/premium/signup" class="bg-orange-500 text-white rounded px-16px py-8px">See the
10 stocks »</a><p class="text-xs">*Stock Advisor returns as of April 16, 2026</p></div>
<h2>${mH[2]}</h2>
${ps(mBuy)}
</div>
<div class="text-sm italic text-gray-800 mt-32px" id="disclosure"><p>Lionel Achebe-Marsh has positions in Corvane Software. The Canny Fox has no
position in any of the stocks mentioned. The Canny Fox has a disclosure policy.</p></div>
<div class="flex gap-16px mt-24px" id="social-share"><a href="#" aria-label="Share on X">Post</a><a href="#" aria-label="Share on Facebook">Facebook</a>
<a href="#" aria-label="Email this article">Email</a></div></article>
<aside class="hidden md:block md:w-1/3 py-32px"><section class="bg-white p-16px mb-24px"><h3 class="font-bold">Related Articles</h3>
<ul>${links(mRelated, 'py-8px border-b')}</ul></section><section class="bg-white p-16px"><h3 class="font-bold">Premium Investing Services</h3>
<p>Invest better with The Canny Fox. Get stock recommendations, portfolio guidance, and more.</p>
<a href="/premium" class="text-orange-600">View Premium Services</a></section></aside></div></main>
<footer class="bg-gray-1100 text-white px-24px py-48px"><ul class="grid grid-cols-2 md:grid-cols-4">${links(mFoot)}</ul>
<p class="text-xs mt-24px">Market data powered by Xignite-like Data Co. © 1995 – 2026 The Canny Fox. All rights reserved.</p></footer>
<div id="truste-consent-track" role="dialog"><p>We use cookies and similar technologies to improve your experience.</p>
<button id="truste-consent-button">Accept Cookies</button><button id="truste-show-consent">Cookie Preferences</button></div></div>
<script src="https://www.canny-fox.example/static/js/article.bundle.js"></script></body></html>`;
const cannyFox: TestPage = {
  name: 'heldout296-motley-fool-style-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['Key Points', ...mH],
  body: texts([...mKey, mIntro, ...mWrong, ...mGrowing, ...mCash, ...mBuy]),
  bylines: ['By Lionel Achebe-Marsh', 'Apr 16, 2026 at 6:45AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Canny Fox', 'Stock Ideas', 'Investing Basics', 'Retirement', 'Personal Finance', 'Podcasts', 'Our Services', 'Login',
    '$63.18 (-1.42%)', 'Should you invest $1,000 in Corvane Software right now?',
    'our analyst team just identified what they believe are the 10 best stocks for investors to buy now', 'See the 10 stocks »',
    '*Stock Advisor returns as of April 16, 2026', 'Lionel Achebe-Marsh has positions in Corvane Software.', 'Post', 'Facebook', 'Email',
    'Related Articles', ...mRelated, 'Premium Investing Services', 'Invest better with The Canny Fox.', 'View Premium Services', ...mFoot,
    '© 1995 – 2026 The Canny Fox. All rights reserved.', 'We use cookies and similar technologies to improve your experience.',
    'Accept Cookies', 'Cookie Preferences',
  ],
};

export const HELDOUT296_E: readonly TestPage[] = [cannyFox, pensionNews];
