import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout346-kit.js';

/**
 * Held-out batch 346, file c: a county council's trading standards scam alert on LocalGov Drupal (a short news item: alert
 * banner, service menu, breadcrumbs, "Published" date, share links, "Report a scam" call to action, related news, page
 * feedback, footer) and a MoneySavingExpert-style forum thread on Vanilla (the posts are the body).
 */
const tTitle = 'Scam alert: fake parking fine texts using the council\u2019s name';
const tBody = [
  j(
    'Trading Standards is warning residents of Wendlebury about text messages claiming to be from the council and demanding',
    'payment of an unpaid parking fine within 48 hours.',
  ),
  j(
    'The messages include a link to a website that copies the council\u2019s logo and colours and asks for card details. Several',
    'residents have reported losing money after entering their details, with one victim losing more than £900.',
  ),
  'The council never sends parking fines by text message. Penalty charge notices are attached to the vehicle or sent by post.',
  'If you receive one of these messages:',
  'do not click the link or reply to the message',
  'forward the text to 7726, the free spam reporting service',
  'contact your bank straight away if you have entered card details',
  'report it to Trading Standards through the Citizens Advice consumer helpline',
];
const tQuote = j(
  '"These criminals rely on people panicking about a deadline," said Councillor Imogen Feltwell, cabinet member for communities.',
  '"Take a moment, check the official website yourself, and never pay through a link in a text."',
);
const tNav = ['Bins and recycling', 'Council tax', 'Parking', 'Roads and travel', 'Schools', 'Social care', 'Planning', 'Business'];
const tCrumbs = ['Home', 'News', 'Community safety news'];
const tShare = ['Facebook', 'X (Twitter)', 'LinkedIn', 'Email'];
const tRelated = ['Doorstep roofing callers targeting older residents', 'Warning over counterfeit electrical chargers sold at car boot sales'];
const tHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${tTitle} | Wendlebury County Council</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-09T10:15:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2026-03-09"}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/8812"},"localgov_alert_banner":{}}</script>
</head><body class="path-node page-node-type-localgov-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="lgd-region lgd-region--banner"><div class="localgov-alert-banner localgov-alert-banner--major" role="alert">
<div class="localgov-alert-banner__content"><h2 class="localgov-alert-banner__title">Waste collections</h2>
<p>Garden waste collections are suspended this week due to flooding.</p></div><button class="localgov-alert-banner__close">Hide alert</button></div></div>
<header class="lgd-header"><div class="lgd-header__inner lgd-container"><a href="/" class="lgd-header__logo" rel="home">Wendlebury County Council</a>
<form class="lgd-header__search" role="search"><input type="search" aria-label="Search"><button>Search</button></form></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">${links(tNav, 'lgd-header__nav-item')}</ul></nav>
</header><div class="lgd-container"><nav role="navigation" aria-labelledby="system-breadcrumb" class="lgd-breadcrumbs"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumbs__items">${links(tCrumbs, 'lgd-breadcrumbs__item')}</ol></nav></div>
<main id="main-content" class="main lgd-container"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article class="localgov-news-article"><h1 class="page-title"><span class="field field--name-title">${tTitle}</span></h1>
<div class="localgov-news-article__date"><span class="localgov-news-article__date-label">Published:</span> <time datetime="2026-03-09">9 March 2026</time></div>
<div class="field field--name-body field--type-text-with-summary">${ps(tBody.slice(0, 4))}<ul>${lis(tBody.slice(4))}</ul>
<blockquote><p>${tQuote}</p></blockquote></div>
<div class="localgov-cta"><a class="lgd-button" href="/report-a-scam">Report a scam</a></div>
<div class="lgd-share"><h3 class="lgd-share__title">Share this page</h3><ul>${links(tShare, 'lgd-share__item')}</ul></div></article></div>
<aside class="lgd-row__one-third"><div class="localgov-news-related"><h2>Related news</h2><ul>${links(tRelated)}</ul></div>
<div class="localgov-news-categories"><h2>Categories</h2><ul>${links(['Community safety', 'Scams and fraud'])}</ul></div></aside></div>
<div class="lgd-page-feedback"><h2>Was this page helpful?</h2><a href="/feedback">Tell us what you think</a></div></main>
<footer class="lgd-footer"><ul class="lgd-footer__links">${links(['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy'])}</ul>
<p class="lgd-footer__copyright">© 2026 Wendlebury County Council</p></footer></div></body></html>`;
const council: TestPage = {
  name: 'heldout346-localgov-drupal-scam-alert-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tBody, tQuote]),
  bylines: ['Published: 9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Waste collections', 'Garden waste collections are suspended this week due to flooding.', 'Hide alert',
    'Wendlebury County Council', 'Search', ...tNav, 'Breadcrumb', ...tCrumbs, 'Report a scam', 'Share this page', ...tShare, 'Related news', ...tRelated,
    'Categories', 'Community safety', 'Scams and fraud', 'Was this page helpful?', 'Tell us what you think', 'Accessibility statement',
    'Contact the council', 'Cookies', 'Privacy', '© 2026 Wendlebury County Council',
  ],
};

/**
 * A MoneySavingExpert-style forum thread on Vanilla: header and forum menu, breadcrumbs, the discussion's first post and
 * replies (author, rank, post count, date, "Quote" / "Report" / "Like" reactions, signatures), a quoted reply, pager,
 * "Sign in or register to reply" box, the "Ready for a new MoneySaving tip?" sidebar, forum house rules and footer.
 */
const mTitle = 'Retailer refusing refund on washing machine that leaks after 5 weeks';
const post = (id: number, user: string, rank: string, count: string, date: string, body: string, sig = ''): string => `<li id="Comment_${id}"
class="Item ItemComment"><div class="Comment"><div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author">
<a title="${user}" href="/discussion/profile/${user}" class="Username">${user}</a></span><span class="AuthorInfo"><span class="MItem RoleTitle">${rank}</span>
<span class="MItem PostCount">Posts: ${count}</span></span></div><div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated">
<a href="/discussion/comment/${id}#Comment_${id}" class="Permalink" rel="nofollow"><time datetime="2026-03-1${id % 10}">${date}</time></a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${body}</div>
${sig === '' ? '' : `<div class="UserSignature">${sig}</div>`}</div></div>
<div class="Reactions"><a class="ReactButton Quote" href="#">Quote</a><a class="ReactButton Flag" href="#">Report</a></div></div></li>`;
const mOp = [
  j(
    'Bought a freestanding washing machine from an online retailer at the start of February for £429. Five weeks in, it started',
    'leaking from underneath during the spin cycle. The floor in the kitchen is now warped in one corner.',
  ),
  j(
    'I rang them and they said it is outside their 30 day returns window so I need to deal with the manufacturer under the',
    'warranty. The manufacturer says an engineer can come in three weeks. Is that right? I thought the shop was responsible.',
  ),
];
const mR1 = [
  j(
    'No, the retailer is responsible, not the manufacturer. After 30 days you have lost the short-term right to reject, but you',
    'are entitled to a repair or replacement, and it is the retailer who has to provide it within a reasonable time.',
  ),
  j(
    'The damage to your floor is a separate issue. If the leak was caused by the fault, you may be able to claim the cost of',
    'repairing it from the retailer as well, but you will need a quote and ideally a report saying what caused the leak.',
  ),
  'Three weeks without a washing machine is arguably not reasonable. Put it in writing to the retailer, not the phone line.',
];
const mR2q = 'I thought the shop was responsible.';
const mR2 = [
  j(
    'You are right. Also check whether you paid by credit card. If so you can go to the card company under section 75, and',
    'they are jointly liable with the retailer. I did this with a fridge freezer last year and had the money back in a fortnight.',
  ),
];
const mR3 = [
  j(
    'Update for anyone who finds this thread later: I sent an email quoting the Consumer Rights Act and asking for a',
    'replacement within seven days. They have agreed to swap the machine on Friday and take the old one away. Thanks all.',
  ),
  'Not sure they will pay anything for the floor, but I will ask separately.',
  j(
    'For the record, what worked was being specific: I gave the date of purchase, the order number, the fault, the remedy I',
    'wanted and a deadline, and I said I would go to my card provider if they missed it. The reply came the next morning.',
  ),
];
const mNav = ['Forums', 'Guides', 'Deals', 'Credit Club', 'Money Tips email', 'Ask MSE'];
const mCrumbs = ['Home', 'Shopping & Freebies', 'Consumer Rights & Complaints'];
const mSide = ['Get Martin\u2019s Money Tips email', 'Quick links', 'Forum house rules', 'Forum FAQs', 'Search the forum'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${mTitle} \u2014 MoneySavingExpert Forum</title>
<meta property="og:site_name" content="MoneySavingExpert Forum"><meta property="og:type" content="article">
<link rel="canonical" href="https://forums.moneysavingexpert.example/discussion/6541208/retailer-refusing-refund">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${mTitle}",
"author":{"@type":"Person","name":"leakylou"},"datePublished":"2026-03-11T19:04:00+00:00","commentCount":3}</script>
<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":6541208,"Category":"Consumer Rights","LastCommentID":3};</script></head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop Section-Discussion Section-Category-consumer-rights">
<div id="cmp-banner" class="mse-cookie-banner"><p>We use cookies to make the site work and to analyse traffic.</p><button>Accept all</button>
<button>Manage preferences</button></div><div id="Frame"><header class="mse-header"><a class="mse-header__logo" href="https://www.moneysavingexpert.example/">
MoneySavingExpert</a><nav class="mse-header__nav"><ul>${links(mNav)}</ul></nav><a class="SignInPopup" href="/entry/signin">Sign in</a></header>
<div id="Body"><div class="Row"><div class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
${mCrumbs.map((c) => `<span class="CrumbLabel"><a href="/categories/${c.length}">${c.replace(/&/g, '&amp;')}</a></span>`).join(' \u203a ')}</span></div>
<div class="Column ContentColumn" id="Content"><main class="Content MainContent"><div class="MessageList Discussion">
<div class="Item-Header DiscussionHeader"><div class="AuthorWrap"><span class="Author"><a href="/profile/leakylou" class="Username">leakylou</a></span>
<span class="AuthorInfo"><span class="MItem RoleTitle">Newbie</span><span class="MItem PostCount">Posts: 4</span></span></div>
<div class="Meta DiscussionMeta"><span class="MItem DateCreated"><time datetime="2026-03-11T19:04">11 March at 7:04PM</time></span>
<span class="MItem Category">in <a href="/categories/consumer-rights">Consumer Rights &amp; Complaints</a></span></div></div>
<div class="PageTitle"><h1>${mTitle}</h1></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${ps(mOp)}</div></div></div>
<div class="Reactions"><a class="ReactButton Quote" href="#">Quote</a><a class="ReactButton Flag" href="#">Report</a></div></div>
<div class="CommentsWrap"><span class="BeforeCommentHeading"><span class="CommentCount">3 replies</span></span>
<ul class="MessageList DataList Comments">
${post(1, 'Ditzy_Rooster', 'Forumite', '18.3K', '11 March at 7:31PM', ps(mR1), '<p>I\u2019m a Forum Ambassador and I support the Forum Team.</p>')}
${post(
  2,
  'penny_pinch_pete',
  'Forumite',
  '2.1K',
  '11 March at 8:02PM',
  `<blockquote class="Quote UserQuote"><div class="QuoteAuthor">leakylou said:</div>
<div class="QuoteText"><p>${mR2q}</p></div></blockquote>${ps(mR2)}`,
)}
${post(3, 'leakylou', 'Newbie', '4', '13 March at 9:45AM', ps(mR3))}
</ul></div><div class="PagerWrap"><div class="Pager NumberedPager"><a class="Previous Pager-nav" aria-disabled="true">Previous</a>
<a class="Pager-p p-1 FirstPage Highlight" href="#">1</a><a class="Next Pager-nav" aria-disabled="true">Next</a></div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister">Sign in or register to reply. <a href="/entry/signin" class="Button Primary">Sign In</a>
<a href="/entry/register" class="Button">Register</a></div></div></main></div>
<aside class="Column PanelColumn" id="Panel"><div class="Box mse-tip-box"><h4>Ready for a new MoneySaving tip?</h4>
<p>Get our weekly email full of deals, guides and consumer news.</p></div><div class="Box"><ul>${links(mSide)}</ul></div></aside></div></div>
<footer id="Foot" class="mse-footer"><ul>${links(['About MSE', 'Contact us', 'Privacy policy', 'Site map', 'Accessibility'])}</ul>
<p>MoneySavingExpert is part of an invented media group. We think it's important you understand the strengths and limitations of the site.</p>
</footer></div></body></html>`;
const mse: TestPage = {
  name: 'heldout346-moneysavingexpert-vanilla-thread-forum',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mOp, ...mR1, mR2q, ...mR2, ...mR3]),
  bylines: ['leakylou', '11 March at 7:04PM', 'Ditzy_Rooster', '11 March at 7:31PM', 'penny_pinch_pete', '11 March at 8:02PM', '13 March at 9:45AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make the site work and to analyse traffic.', 'Accept all', 'Manage preferences', 'MoneySavingExpert', ...mNav, 'Sign in', ...mCrumbs,
    'Newbie', 'Posts: 4', 'Quote', 'Report', '3 replies', 'Forumite', 'Posts: 18.3K', 'Posts: 2.1K',
    'I\u2019m a Forum Ambassador and I support the Forum Team.', 'leakylou said:', 'Previous', 'Next', 'Sign in or register to reply.', 'Sign In',
    'Register', 'Ready for a new MoneySaving tip?', 'Get our weekly email full of deals, guides and consumer news.', ...mSide, 'About MSE', 'Contact us',
    'Privacy policy', 'Site map', 'Accessibility',
    "MoneySavingExpert is part of an invented media group. We think it's important you understand the strengths and limitations of the site.",
  ],
};

export const HELDOUT346_C: readonly TestPage[] = [council, mse];
