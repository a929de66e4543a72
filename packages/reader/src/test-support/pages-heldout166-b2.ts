import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 166, file b2: a Fortune article (the top nav with "Subscribe Now" and "Sign In", the section eyebrows,
 * the dek, the "BY" byline with the author's title, the date, the hero caption with its "—Getty Images" credit, the share
 * icons, a "Sign up for Fortune Next to Lead" box in the text, the italic event promo paragraph appended to the end of the
 * article text, the author card, "Latest in Finance" and "Most Popular" rails, a hidden cookie preference dialog and the
 * footer).
 */
const fTitle = 'Regional bank CEO says the deposit war is over—and the winners are the ones who didn’t fight it';
const fDek = ['Halcyon Financial’s Deborah Achterberg says paying up for deposits cost rivals dearly. Her bank is now lending again.'];
const fP1 = [
  'For most of the past two years, America’s regional banks have been locked in an expensive fight to keep their customers’ ' +
    'cash. Deborah Achterberg thinks that fight is finally over.',
  '“The banks that chased hot money with 5% CDs are now stuck with it,” the chief executive of Halcyon Financial told Fortune in ' +
    'an interview at the bank’s headquarters in Columbus, Ohio. “We let some of it walk out the door, and I would do that again.”',
  'Halcyon, which has $48 billion in assets and 310 branches across five Midwestern states, lost about 7% of its deposits in ' +
    '2024 as savers moved money to money-market funds and online banks. But the deposits it kept were cheaper, and its net ' +
    'interest margin, the difference between what it earns on loans and pays on deposits, has held steady at 3.4%.',
];
const fH1 = 'Back to lending';
const fP2 = [
  'On Tuesday, Halcyon reported first-quarter profit of $212 million, up 11% from a year earlier, and said loan balances grew ' +
    'for the third straight quarter. Commercial lending to small manufacturers and farm equipment dealers led the increase.',
  'Analysts have noticed. “Halcyon was boring at exactly the right time,” said Marcus Lindqvist, who covers regional banks at ' +
    'Pemberton Securities. “Its funding costs are among the lowest in its peer group, and that gives it room to lend when ' +
    'others are still repairing their balance sheets.”',
  'Achterberg, 56, who became CEO in 2021 after running the bank’s commercial division, said the lesson from the deposit ' +
    'scramble was about relationships. Customers who had a loan, a payroll account and a treasury service with Halcyon ' +
    'rarely left, she said. Customers who only had a savings account often did.',
];
const fH2 = 'Risks on the horizon';
const fP3 = [
  'Not everything is rosy. Halcyon set aside $64 million for potential loan losses in the quarter, much of it tied to office ' +
    'buildings in downtown Columbus and Indianapolis, where vacancy rates remain above 20%.',
  '“We are not pretending commercial real estate is fixed,” Achterberg said. “We are just sized for it.”',
  'She also said she was watching proposed capital rules for banks with more than $100 billion in assets, a threshold Halcyon ' +
    'could approach through an acquisition. “If the rules make it too costly to cross that line, you will see a lot of banks ' +
    'our size stay exactly where they are,” she said.',
];
const fPromo =
  'Join us at the Fortune Brainstorm Finance summit June 9–10, 2026, in Montauk, New York. Leaders from banking, fintech and ' +
  'asset management will gather to discuss what comes next. Register now.';
const fNav = ['Finance', 'Leadership', 'Tech', 'Success', 'Lists', 'Fortune 500', 'Newsletters', 'Events'];
const fNl = ['Sign up for Fortune Next to Lead', 'A weekly newsletter on what it takes to get to the corner office.', 'Sign Up'];
const fCard = 'Hannah Rutherford is a senior writer at Fortune covering banking and financial services.';
const fLatest = [
  'The private credit boom has a new customer: midsize banks',
  'Why Wall Street is suddenly bullish on community lenders',
  'Mortgage rates dipped this week. Here’s what it means for spring buyers',
];
const fPopular = [
  'The CEO who turned down a $2 billion offer explains why',
  'Gen Z workers are quitting over return-to-office mandates',
  'Warren Buffett’s successor makes his first big bet',
  'These are the 10 fastest-growing companies in America',
];
const fCookie = ['Cookie Preferences', 'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All', 'Reject All'];
const fFoot = ['About Us', 'Contact Us', 'Advertising', 'Customer Support', 'Terms of Use', 'Privacy Policy', 'Ad Choices'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halcyon Financial CEO: Regional bank deposit war is over | Fortune</title>
<meta name="description" content="${fDek[0]}"><meta property="og:site_name" content="Fortune"><meta property="og:title" content="${fTitle}">
<meta property="article:section" content="Finance"><meta name="parsely-tags" content="banking,regional banks,Halcyon Financial">
<link rel="canonical" href="https://fortune.com/2026/03/03/halcyon-financial-ceo-deposit-war-regional-banks/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","datePublished":"2026-03-03T11:12:00Z",
"author":[{"@type":"Person","name":"Hannah Rutherford","url":"https://fortune.com/author/hannah-rutherford/"}],"isAccessibleForFree":true}</script>
<script src="https://fortune.com/_next/static/chunks/webpack-8d1f2a.js" defer></script>
<link rel="stylesheet" href="https://fortune.com/_next/static/css/0e2f3c91aa.css"></head>
<body><div id="__next"><header class="header__wrapper--Y4vFk"><div class="topNav__container--w9pZq">
<a href="https://fortune.com/" class="logo__link--Ln2fA" aria-label="Fortune"><svg aria-hidden="true"></svg></a>
<nav class="topNav__nav--bT3x1"><ul>${links(fNav, 'topNav__item--Q8tKh')}</ul></nav>
<div class="topNav__actions--k2HsE"><a class="subscribeButton--hKZ2s" href="https://fortune.com/subscribe/">Subscribe Now</a>
<button class="signIn--pGm7e">Sign In</button></div></div></header>
<main id="content"><article class="article__wrapper--Xp0lq" data-cy="article"><div class="articleHeader__wrapper--b4C1o">
<div class="articleHeader__eyebrows--q2Wnm"><a href="https://fortune.com/section/finance/">Finance</a><span> · </span>
<a href="https://fortune.com/tag/banking/">Banking</a></div>
<h1 class="articleHeader__title--e8rZ9" data-cy="article-title">${fTitle}</h1>
<p class="articleHeader__dek--Ka3pR" data-cy="article-dek">${fDek[0]}</p>
<div class="articleHeader__byline--J7dQe"><div class="byline__author--v2Lx8"><span>BY </span>
<a href="https://fortune.com/author/hannah-rutherford/" data-cy="article-author">Hannah Rutherford</a></div>
<div class="byline__title--r5Nw0">Senior Writer</div>
<time class="byline__date--pM4yT" data-cy="article-date">March 3, 2026 at 6:12 AM EST</time></div>
<div class="shareBar__wrapper--S6aTz"><button aria-label="Share on Facebook"></button><button aria-label="Share on X"></button>
<button aria-label="Share on LinkedIn"></button><button aria-label="Copy link" class="copyLink">Copy Link</button></div></div>
<figure class="featuredImage__wrapper--Hn5ve"><img alt="Deborah Achterberg" src="https://fortune.com/img-assets/wp-content/uploads/2026/03/achterberg.jpg">
<figcaption class="featuredImage__caption--Cq1yX"><span>Halcyon Financial CEO Deborah Achterberg at the bank’s Columbus headquarters.</span>
<span class="featuredImage__credit--U3mz4">Ty Brannigan—Bloomberg/Getty Images</span></figcaption></figure>
<div class="articleContent__body--Vr3m6" id="article-content">
${ps(fP1)}
<div class="inlineNewsletter__wrapper--Gt7bP"><h3>${fNl[0]}</h3><p>${fNl[1]}</p><form><input type="email" aria-label="Email address">
<button type="submit">${fNl[2]}</button></form></div>
<h2>${fH1}</h2>
${ps(fP2)}
<h2>${fH2}</h2>
${ps(fP3)}
<p><em>${fPromo.replace('Register now.', '<a href="https://conferences.fortune.com/brainstorm-finance">Register now</a>.')}</em></p>
</div>
<div class="authorCard__wrapper--Zp4e1"><a href="https://fortune.com/author/hannah-rutherford/">Hannah Rutherford</a><p>${fCard}</p>
<a class="authorCard__more" href="https://fortune.com/author/hannah-rutherford/">See full bio</a></div></article>
<aside class="rightRail__wrapper--W2pq8"><section><h2>Latest in Finance</h2><ul>${links(fLatest)}</ul></section>
<section><h2>Most Popular</h2><ol>${links(fPopular)}</ol></section></aside></main>
<div id="onetrust-pc-sdk" class="otPcCenter ot-hide" role="dialog" aria-modal="true" style="display: none;"><h2 id="ot-pc-title">${fCookie[0]}</h2>
<div id="ot-pc-desc">${fCookie[1]}</div><button id="accept-recommended-btn-handler">${fCookie[2]}</button>
<button class="ot-pc-refuse-all-handler">${fCookie[3]}</button></div>
<footer class="footer__wrapper--a9Fzm"><ul>${links(fFoot)}</ul>
<p>© 2026 Fortune Media IP Limited. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":"10512877"}},"page":"/[...slug]"}</script></body></html>`;
export const fortune: TestPage = {
  html: fHtml,
  name: 'heldout166-fortune-news',
  kind: 'news',
  // the dek is body; the eyebrows, the author's title, caption and credit, "Copy Link", the newsletter box in the text, the
  // event promo paragraph appended to the article text, the author card, the rails, the hidden cookie dialog and the footer
  // are furniture; "Finance" (nav and eyebrow) is listed once
  title: fTitle,
  headings: [fH1, fH2],
  body: [...fDek, ...texts(fP1), ...texts(fP2), ...texts(fP3)],
  bylines: ['BY Hannah Rutherford', 'March 3, 2026 at 6:12 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Subscribe Now', 'Sign In', 'Banking', 'Senior Writer', 'Copy Link',
    'Halcyon Financial CEO Deborah Achterberg at the bank’s Columbus headquarters.', 'Ty Brannigan—Bloomberg/Getty Images', ...fNl, fPromo, fCard,
    'See full bio', 'Latest in Finance', ...fLatest, 'Most Popular', ...fPopular, ...fCookie, ...fFoot,
    '© 2026 Fortune Media IP Limited. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.',
  ],
};
