import { links, ps, type TestPage, texts } from './page-kit.js';
import { bankHelp } from './pages-heldout296-a2.js';
import { j, lis, rowTexts, trs } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file a: a NerdWallet-style savings explainer (advertiser disclosure, "Our pick" product box, a rates
 * table, author and editor cards, "On this page" jump links, newsletter box, related rail, footer with the legal
 * disclosure) and, from file a2, a bank's help-centre article on Zendesk Guide.
 */
const nTitle = 'High-Yield Savings Accounts: How They Work and Who Should Open One';
const nIntro = [
  j(
    'A high-yield savings account is a savings account that pays a rate well above the national average, usually because the bank',
    'behind it runs without branches and passes some of the savings on. The money stays insured up to the usual limit, you can',
    'withdraw it when you need it, and the interest is added every month.',
  ),
  j(
    'The trade-off is mostly convenience. You will move money in and out by transfer rather than at a teller window, and a few',
    'accounts cap how many withdrawals you can make each statement cycle before a fee applies.',
  ),
];
const nH = ['How a high-yield savings account works', 'Current rates at a glance', 'Who should open one', 'What to watch for'];
const nWorks = [
  j(
    'Interest on savings is quoted as an annual percentage yield, or APY, which already includes the effect of monthly compounding.',
    'If an account pays 4.10% APY and you keep $10,000 in it for a year without adding or removing anything, you would end the year',
    'with about $10,410.',
  ),
  j(
    'Rates on these accounts are variable. When the central bank raises or cuts its benchmark rate, online banks tend to follow',
    'within weeks, so the rate you open with is not guaranteed for any period.',
  ),
];
const nRows = [
  ['Larkspur Direct Savings', '4.25%', '$0', 'None'],
  ['Quillfield Bank Online Savings', '4.10%', '$100', 'None'],
  ['Harrowgate Credit Union Max Saver', '3.95%', '$5', 'Membership fee of $10'],
  ['Brightwater Digital Reserve', '3.80%', '$0', 'None'],
];
const nRatesNote = 'Rates were checked by our team on April 14, 2026, and can change at any time.';
const nWho = [
  'People building an emergency fund of three to six months of expenses.',
  'Savers setting money aside for a goal one to three years away, such as a deposit or a wedding.',
  'Anyone whose checking account holds far more cash than they spend in a month.',
];
const nWhoAfter = j(
  'If your goal is more than five years away, a high-yield account is still safe, but a mix of investments has historically',
  'grown faster. Savings accounts are for money you cannot afford to see fall in value.',
);
const nWatch = [
  j(
    'Read the fee schedule before you move money. Most of the accounts we review charge nothing to open or keep, but some',
    'advertise a headline rate that applies only to the first few thousand dollars, with a much lower rate above that.',
  ),
  j(
    'Promotional rates are another trap. A bonus rate for the first three months can look generous, and then drop below the',
    'average once the promotion ends. Compare the ongoing rate, not the teaser.',
  ),
  j(
    '"A savings account is where your calm lives," says Delphine Okoro, a certified financial planner in Tulsa. "It should be',
    'boring, liquid and paying you something fair."',
  ),
];
const nNav = ['Credit Cards', 'Banking', 'Mortgages', 'Investing', 'Loans', 'Insurance', 'Taxes', 'Small Business'];
const nRelated = [
  'Best Online Savings Accounts This Month',
  'CD Rates Today: Compare Certificate Terms',
  'Emergency Fund: How Much Should You Save?',
  'Money Market Account vs. Savings Account',
];
const nFoot = ['About Us', 'Careers', 'Press', 'Help Center', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} - PennyCompass</title>
<meta name="description" content="High-yield savings accounts pay more than the average savings account. Here is how they work.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-14T09:00:00-07:00">
<link rel="canonical" href="https://www.pennycompass.example/article/banking/high-yield-savings-account">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}",
"author":{"@type":"Person","name":"Marisol Teague"},"datePublished":"2026-04-14"}</script>
<script>window.__NW_CONFIG__={"vertical":"banking","pageType":"article","abTests":["rates-table-v2"]};</script>
<link rel="stylesheet" href="https://assets.pennycompass.example/_next/static/css/article.css"></head>
<body><div id="__next"><header class="_1dmpO Header_header__k2Lx"><a class="skip-link" href="#main">Skip to content</a>
<a href="/" class="Header_logo__Qy7" aria-label="PennyCompass home"><svg role="img"></svg></a>
<nav aria-label="Primary" class="Header_nav__P0w"><ul>${links(nNav, 'Header_navItem__3kd')}</ul></nav>
<a class="Header_signin__x9" href="/login">Sign in</a><a class="Header_signup__t2" href="/register">Sign up</a></header>
<main id="main"><div class="_3f7Ke ArticleLayout_wrap__v1"><nav class="Breadcrumbs_root__m3" aria-label="breadcrumb"><ol>
<li><a href="/banking">Banking</a></li><li><a href="/banking/savings">Savings Accounts</a></li></ol></nav>
<article class="ArticleLayout_article__9sG"><header class="ArticleHeader_root__2Vb"><h1 class="_2SU2H ArticleHeader_title__p8">${nTitle}</h1>
<div class="ArticleHeader_byline__Wx"><div class="Byline_author__b1"><img src="https://assets.pennycompass.example/authors/teague.jpg" alt="">
<span>Written by <a href="/author/marisol-teague">Marisol Teague</a></span></div>
<div class="Byline_editor__q4"><span>Edited by <a href="/author/oren-blackwood">Oren Blackwood</a></span></div>
<div class="Byline_date__z2"><span>Updated Apr 14, 2026</span></div><span class="Byline_read__h7">5 min read</span></div>
<div class="AdvertiserDisclosure_root__K1" role="note"><button class="AdvertiserDisclosure_toggle__r">Advertiser disclosure</button>
<p class="AdvertiserDisclosure_text__e">Many or all of the products featured here are from our partners who compensate us. This influences which
products we write about and where and how the product appears on a page. However, this does not influence our evaluations.</p></div>
</header>
<div class="ShareBar_root__n5" aria-label="Share this article"><button>Share on Facebook</button><button>Share on X</button>
<button>Copy link</button></div>
<nav class="TableOfContents_root__o0" aria-label="On this page"><p class="TableOfContents_label__u">On this page</p><ul>${links(nH)}</ul></nav>
<div class="ArticleBody_body__r3 _26mdL">
${ps(nIntro)}
<aside class="ProductBox_root__H6" data-component="inline-product"><p class="ProductBox_eyebrow__l">Our pick</p>
<p class="ProductBox_name__c">Larkspur Direct Savings</p><p class="ProductBox_rate__d">APY 4.25%</p><p class="ProductBox_min__w">Min. balance $0</p>
<a class="ProductBox_cta__y" href="/redirect/larkspur" rel="sponsored">Open account</a>
<p class="ProductBox_fine__v">on Larkspur Bank's website, Member FDIC</p></aside>
<h2 id="how-it-works">${nH[0]}</h2>
${ps(nWorks)}
<h2 id="rates">${nH[1]}</h2>
<div class="RatesTable_scroll__f"><table class="RatesTable_table__a"><thead>${trs([['Account', 'APY', 'Minimum deposit', 'Monthly fee']], 'th')}</thead>
<tbody>${trs(nRows)}</tbody></table></div>
<p class="RatesTable_note__i">${nRatesNote}</p>
<p class="InlinePromo_root__s"><strong>Read more:</strong> <a href="/article/banking/cd-rates">CD Rates Today: Compare Certificate Terms</a></p>
<h2 id="who">${nH[2]}</h2>
<ul>${lis(nWho)}</ul>
${ps([nWhoAfter])}
<h2 id="watch">${nH[3]}</h2>
${ps(nWatch)}
<div class="DisclaimerBox_root__b8" role="note"><p>The information in this article is for educational purposes only. Rates and terms are
accurate as of the date above and are subject to change.</p></div>
</div>
<section class="AuthorCard_root__j"><h3 class="AuthorCard_heading__b">About the author</h3><p class="AuthorCard_bio__l">Marisol Teague covers
savings and checking accounts. Her work has appeared in regional newspapers across the Midwest.</p></section>
</article>
<aside class="ArticleLayout_rail__q"><section class="Newsletter_root__t"><h3>Get smarter about money</h3>
<p>Our free weekly newsletter, straight to your inbox.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form>
</section><section class="RelatedArticles_root__g"><h3>Related articles</h3><ul>${links(nRelated)}</ul></section>
<div class="Ad_root__a" data-ad-slot="rail-1"><span class="Ad_label__k">Advertisement</span></div></aside></div></main>
<footer class="Footer_root__f"><ul>${links(nFoot)}</ul><p class="Footer_legal__m">PennyCompass, Inc. is not a bank. Banking services are provided by
our partner institutions.</p><p class="Footer_copy__c">© 2026 PennyCompass, Inc. All Rights Reserved.</p></footer>
<div id="consent-banner" class="CookieBanner_root__x" role="dialog"><p>We use cookies to personalize content and ads and to analyze our traffic.</p>
<button>Accept all</button><button>Manage preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"high-yield-savings-account"}},"page":"/article/[...slug]"}</script>
</body></html>`;
const pennyCompass: TestPage = {
  name: 'heldout296-nerdwallet-style-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nIntro, ...nWorks, ...rowTexts(nRows), nRatesNote, ...nWho, nWhoAfter, ...nWatch]),
  bylines: ['Written by Marisol Teague', 'Edited by Oren Blackwood', 'Updated Apr 14, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Sign in', 'Sign up', 'Savings Accounts', 'Advertiser disclosure',
    'Many or all of the products featured here are from our partners who compensate us.', 'Share on Facebook', 'Share on X', 'Copy link',
    'On this page', 'Our pick', 'APY 4.25%', 'Min. balance $0', 'Open account', "on Larkspur Bank's website, Member FDIC",
    'Read more:', 'The information in this article is for educational purposes only.', 'About the author',
    'Marisol Teague covers savings and checking accounts.', 'Get smarter about money', 'Our free weekly newsletter, straight to your inbox.',
    'Subscribe', 'Related articles', ...nRelated, 'Advertisement', ...nFoot, 'PennyCompass, Inc. is not a bank.',
    '© 2026 PennyCompass, Inc. All Rights Reserved.', 'We use cookies to personalize content and ads and to analyze our traffic.',
    'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT296_A: readonly TestPage[] = [pennyCompass, bankHelp];
