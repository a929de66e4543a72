import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout703-kit.js';

/**
 * Held-out batch 703, file a: a financial daily's article behind a paywall, of which only the standfirst and the first
 * paragraphs are shown before the subscription barrier (FT-like Origami page), and a business wire story on an Arc XP /
 * Fusion page with data-testid markup (Reuters-like).
 */
const fTitle = 'Nordic pension funds cool on private credit as payouts slow';
const fStand = 'Three of the region’s largest schemes cut new commitments after cash returned by managers fell to its lowest level in a decade';
const fParas = [
  j(
    'Three of the largest pension funds in the Nordic region have sharply reduced new commitments to private credit, in the',
    'clearest sign yet that slowing distributions are testing the patience of the industry’s most loyal backers.',
  ),
  j(
    'Vestkyst Pension, the Danish labour-market scheme with DKr410bn under management, said on Tuesday that it had committed',
    'DKr3.1bn to private debt funds last year, down from DKr9.8bn in 2025. Sweden’s Allmänna Tjänstepension and Norway’s',
    'Fjordkasse reported similar reductions in annual accounts published in the past fortnight.',
  ),
  j(
    '“We have not fallen out of love with the asset class,” said Mette Halvorsen, chief investment officer at Vestkyst.',
    '“But our cash is tied up for longer than anyone modelled. Until managers return more of it, we cannot keep writing',
    'cheques at the old pace.”',
  ),
  j(
    'Distributions from private credit funds to their investors fell to 11 per cent of net asset value in 2026, according to',
    'data from Oslo-based adviser Skagerak Analytics, the lowest proportion since it began tracking the market in 2016.',
    'Managers have increasingly extended loans rather than force borrowers to refinance at higher rates, a practice that keeps',
    'defaults low but delays repayment.',
  ),
  j(
    'The pullback matters because Nordic pension funds were among the first institutions to treat private lending as a core',
    'holding rather than an alternative, and their allocation decisions are closely watched by schemes in the Netherlands and',
    'Canada.',
  ),
];
const fNav = ['Home', 'World', 'US', 'Companies', 'Tech', 'Markets', 'Climate', 'Opinion', 'Work & Careers', 'Life & Arts', 'HTSI'];
const fShare = ['Share on X (opens new window)', 'Share on Facebook (opens new window)', 'Share on LinkedIn (opens new window)'];
const fFoot = ['Help Centre', 'Contact Us', 'About Us', 'Accessibility', 'Careers', 'Terms & Conditions', 'Privacy Policy', 'Cookie Policy', 'Manage Cookies'];
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js core o-typography--loading-sans o-typography--loading-display" data-content-id="7f3c2a9e-41d0-4b7a-9c51-0e8d6a2f9b13">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nordic pension funds cool on private credit as payouts slow</title>
<meta name="description" content="Three of the region’s largest schemes cut new commitments after cash returned by managers fell to a decade low">
<meta name="robots" content="max-image-preview:large, noarchive"><link rel="canonical"
href="https://www.fcourier.com/content/7f3c2a9e-41d0-4b7a-9c51-0e8d6a2f9b13">
<meta property="og:site_name" content="Financial Courier"><meta property="og:type" content="article">
<meta property="og:title" content="Nordic pension funds cool on private credit as payouts slow">
<meta property="og:image" content="https://images.fcourier.net/vestkyst-hq.jpg"><meta name="twitter:card" content="summary_large_image">
<link rel="preload" href="https://www.fcourier.com/__origami/service/build/v3/font?font_format=woff2&amp;font_name=MetricWeb-Regular" as="font" crossorigin>
<link rel="stylesheet" href="https://www.fcourier.com/__assets/hashed/page-kit/main.8c1e2f.css">
<link rel="stylesheet" href="https://www.fcourier.com/__assets/hashed/article/styles.4d27a1.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fTitle}",
"datePublished":"2027-03-04T05:00:42.000Z","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".article__content-body"},"author":[{"@type":"Person","name":"Ingrid Solvang"},{"@type":"Person","name":"Peter Aske"}],
"publisher":{"@type":"Organization","name":"Financial Courier"}}</script>
<script>window.FC = window.FC || {}; window.FC.flags = {"ads":true,"barrier":true,"oCookieMessage":true,"myFtApi":true};
window.FC.pageContext = {"contentId":"7f3c2a9e-41d0-4b7a-9c51-0e8d6a2f9b13","access":"subscribed","primaryTag":"Private credit"};</script>
<script type="module" src="https://www.fcourier.com/__assets/hashed/page-kit/main.6a1b0c.js"></script></head>
<body class="o-typography--body"><div class="n-layout">
<div class="o-cookie-message o-cookie-message--banner" data-o-component="o-cookie-message" role="region" aria-label="Cookie banner">
<div class="o-cookie-message__outer"><div class="o-cookie-message__inner"><div class="o-cookie-message__content">
<h2 class="o-cookie-message__heading">Cookies on FC Sites</h2>
<p>We use cookies and other data for a number of reasons, such as keeping FC Sites reliable and secure, personalising content and ads,
providing social media features and to analyse how our Sites are used.</p></div>
<div class="o-cookie-message__actions"><div class="o-cookie-message__action">
<a href="https://consent.fcourier.com/__consent/consent-record-cookie?redirect=%2F" class="o-cookie-message__button">Accept cookies</a></div>
<div class="o-cookie-message__action o-cookie-message__action--secondary"><a href="/preferences/manage-cookies" class="o-cookie-message__link">Manage
cookies</a>
</div></div></div></div></div>
<a class="n-skip-link" href="#site-navigation">Skip to navigation</a><a class="n-skip-link" href="#site-content">Skip to content</a>
<a class="n-skip-link" href="#site-footer">Skip to footer</a>
<header id="site-navigation" class="o-header o-header--simple" data-o-component="o-header" data-o-header--no-js="" tabindex="-1">
<div class="o-header__row o-header__top"><div class="o-header__container"><div class="o-header__top-wrapper">
<div class="o-header__top-column o-header__top-column--left">
<a href="#o-header-drawer" class="o-header__top-link o-header__top-link--menu" aria-controls="o-header-drawer" title="Open side navigation menu">
<span class="o-header__top-link-label">Menu</span></a>
<a href="/search" class="o-header__top-link o-header__top-link--search" aria-controls="o-header-search-primary" title="Open search bar">
<span class="o-header__top-link-label">Search</span></a></div>
<div class="o-header__top-column o-header__top-column--center"><a class="o-header__top-logo" href="/" title="Go to Financial Courier homepage">
<span class="o-header__visually-hidden">Financial Courier</span></a></div>
<div class="o-header__top-column o-header__top-column--right"><div class="o-header__top-takeover">
<div class="o-header__top-button-wrapper"><a class="o-header__top-button" href="/products?segmentId=3b7e" data-trackable="Subscribe">Subscribe</a></div>
<div class="o-header__top-button-wrapper"><a class="o-header__top-button o-header__top-button--hide-m" href="/login?location=%2Fcontent%2F7f3c2a9e">Sign In</a>
</div></div></div></div></div></div>
<nav id="o-header-nav-desktop" class="o-header__row o-header__nav o-header__nav--desktop" role="navigation" aria-label="Primary navigation">
<div class="o-header__container"><ul class="o-header__nav-list o-header__nav-list--left" data-trackable="primary-nav">
${links(fNav, 'o-header__nav-item')}</ul></div></nav></header>
<div class="o-ads o-ads--center o-ads--slot o-ads--background n-layout__row--header" data-o-ads-name="top" data-o-ads-formats-default="false"
data-o-ads-formats-large="SuperLeaderboard,Leaderboard,Responsive" aria-hidden="true"></div>
<main id="site-content" class="article" role="main" tabindex="-1" data-trackable="article" data-content-id="7f3c2a9e-41d0-4b7a-9c51-0e8d6a2f9b13">
<div class="article__header"><div class="o-topper o-topper--has-image o-topper--color-paper" data-trackable="header">
<div class="o-topper__content"><div class="o-topper__tags"><a href="/private-credit" class="o-topper__topic" data-trackable="primary-theme">Private credit</a>
<div class="n-myft-ui n-myft-ui--follow"><form class="n-myft-ui n-myft-ui--follow" method="GET" action="/myft/add/private-credit">
<button class="n-myft-follow-button" type="submit" aria-label="Add Private credit to myFC" aria-pressed="false" data-alternate-label="Remove from myFC">
Add to myFC</button></form></div></div>
<h1 class="o-topper__headline o-topper__headline--large"><span class="headline__text">${fTitle}</span></h1>
<div class="o-topper__standfirst">${fStand}</div></div>
<figure class="o-topper__visual n-content-image n-content-image--full"><picture class="o-topper__picture">
<img class="o-topper__image" alt="Glass office building on the waterfront in Aarhus"
src="https://images.fcourier.net/vestkyst-hq.jpg?width=1260&amp;fit=cover"></picture>
<figcaption class="o-topper__image-credit n-content-picture__caption">Vestkyst Pension’s head office in Aarhus. The fund invests on behalf of 780,000 members
 © Jakob Thrane/Nordpix</figcaption></figure></div></div>
<div class="article-info"><div class="article-info__byline" data-trackable="byline">
<a href="/stream/ingrid-solvang" class="n-content-tag--author" data-trackable="author">Ingrid Solvang</a> in Oslo and
<a href="/stream/peter-aske" class="n-content-tag--author" data-trackable="author">Peter Aske</a> in Copenhagen</div>
<div class="article-info__time-byline"><time data-o-component="o-date" class="article-info__timestamp o-date" datetime="2027-03-04T05:00:42.000Z"
data-o-date-format="date-only">March 4 2027</time></div></div>
<div class="article__share-tools"><div class="o-share o-share--vertical" data-o-component="o-share" data-o-share-location="top"><ul>
<li class="o-share__action"><a class="o-share__icon o-share__icon--x" href="https://x.com/intent/tweet?url=https%3A%2F%2Fon.fcourier.com%2F4bX2q"
rel="noopener">
<span class="o-share__text">${at(fShare, 0)}</span></a></li>
<li class="o-share__action"><a class="o-share__icon o-share__icon--facebook" href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fon.fcourier.com%2F4bX2q"
rel="noopener"><span class="o-share__text">${at(fShare, 1)}</span></a></li>
<li class="o-share__action"><a class="o-share__icon o-share__icon--linkedin"
href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fon.fcourier.com"
rel="noopener"><span class="o-share__text">${at(fShare, 2)}</span></a></li></ul></div>
<div class="share-nav__gift"><button class="o-share__action share-nav__button" type="button" data-trackable="gift-link">Gift this article</button></div>
<div class="article__save"><form method="GET" action="/myft/save/7f3c2a9e"><button type="submit" class="n-myft-ui__button" aria-label="Save this article">
Save</button></form></div><div class="article__print"><button class="article__print-button" type="button"
aria-label="Print this page">Print</button></div></div>
<div class="article__content"><div class="article__content-body n-content-body js-article__content-body" id="article-body"
data-attribute="article-content-body">
${ps(fParas.slice(0, 3))}
<aside class="n-content-related-box" data-trackable="related-box" role="complementary"><h3 class="n-content-related-box__title">
<span class="n-content-related-box__title-text">Recommended</span></h3>
<div class="n-content-related-box__headline"><a href="/content/3ac10e" data-trackable="link">Private credit’s liquidity test has arrived</a></div>
</aside>
${ps(fParas.slice(3))}
</div>
<div class="js-article-barrier barrier barrier--inline" id="barrier-page" data-trackable="barrier" data-barrier-type="trial">
<div class="barrier__content"><h2 class="barrier__heading">Subscribe to unlock this article</h2>
<div class="barrier__offer"><h3 class="barrier__offer-title">Try unlimited access</h3>
<p class="barrier__offer-price"><strong>Only £1 for 4 weeks</strong></p>
<p class="barrier__offer-copy">Then £69 per month. Complete digital access to quality FC journalism on any device. Cancel anytime during your trial.</p>
<a href="/products/trial?offerId=41218" class="o-buttons o-buttons--primary o-buttons--big" data-trackable="trial-cta">Try now</a></div>
<div class="barrier__more"><a href="/products" class="barrier__more-link" data-trackable="explore-offers">Explore more offers.</a></div>
<div class="barrier__signin"><p>Already a subscriber? <a href="/login?location=%2Fcontent%2F7f3c2a9e" data-trackable="sign-in">Sign in</a></p>
<p>Check whether you already have access via your university or organisation.</p></div></div></div></div></main>
<footer id="site-footer" class="o-footer o-footer--theme-dark" data-o-component="o-footer" data-trackable="footer" tabindex="-1">
<div class="o-footer__container"><div class="o-footer__row"><nav class="o-footer__matrix" role="navigation" aria-label="Useful links">
<h3 class="o-footer__matrix-title">Support</h3><ul class="o-footer__matrix-list">${links(fFoot, 'o-footer__matrix-item')}</ul></nav></div>
<div class="o-footer__copyright" role="contentinfo"><small>© The Financial Courier Ltd 2027. <abbr title="Financial Courier">FC</abbr> and
‘Financial Courier’ are trademarks of The Financial Courier Ltd.</small></div></div></footer></div>
<script src="https://www.fcourier.com/__assets/hashed/article/article.91ce0d.js" defer></script></body></html>`;
const fcourier: TestPage = gold({
  name: 'heldout703-origami-private-credit',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([fStand, ...fParas]),
  bylines: ['Ingrid Solvang in Oslo and Peter Aske in Copenhagen', 'March 4 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on FC Sites',
    j(
      'We use cookies and other data for a number of reasons, such as keeping FC Sites reliable and secure, personalising content and ads,',
      'providing social media features and to analyse how our Sites are used.',
    ),
    'Accept cookies', 'Manage cookies', 'Skip to navigation', 'Skip to content', 'Skip to footer', 'Menu', 'Search', 'Financial Courier', 'Subscribe',
    'Sign In', ...fNav, 'Private credit', 'Add to myFC',
    'Vestkyst Pension’s head office in Aarhus. The fund invests on behalf of 780,000 members © Jakob Thrane/Nordpix', ...fShare,
    'Gift this article', 'Save', 'Print', 'Recommended', 'Private credit’s liquidity test has arrived', 'Subscribe to unlock this article',
    'Try unlimited access', 'Only £1 for 4 weeks',
    'Then £69 per month. Complete digital access to quality FC journalism on any device. Cancel anytime during your trial.', 'Try now',
    'Explore more offers.', 'Already a subscriber? Sign in', 'Check whether you already have access via your university or organisation.', 'Support',
    ...fFoot, '© The Financial Courier Ltd 2027. FC and ‘Financial Courier’ are trademarks of The Financial Courier Ltd.',
  ],
});

const wTitle = 'Kestrel Foods to buy Danish dairy Holmgaard’s brands in $2.3 billion deal';
const wSummary = [
  'Deal values Holmgaard brands at about 11 times core earnings',
  'Farmers keep milk plants, sign 15-year supply deal',
  'Cooperative members to vote on April 15',
];
const wParas = [
  j(
    'COPENHAGEN, March 4 (Meridian) - British food group Kestrel Foods <a href="/markets/companies/KSTF.L" data-testid="Link">(KSTF.L)</a>',
    'has agreed to buy the branded cheese business of Danish dairy cooperative Holmgaard for $2.3 billion, the companies said on',
    'Thursday, giving Kestrel a foothold in Scandinavian supermarkets as growth slows in its home market.',
  ),
  j(
    'The cash deal values the business at about 11 times its core earnings for 2026, a premium to recent dairy transactions in',
    'Europe, and will be funded from cash and new debt, Kestrel said. Its shares rose 3.4% in early London trading.',
  ),
  j(
    'Holmgaard, owned by about 2,100 farmers in Denmark and southern Sweden, will keep its milk collection and processing plants',
    'and sign a 15-year supply agreement with Kestrel covering at least 1.2 billion litres of milk a year.',
  ),
  j(
    '"This gives our members a secure outlet for their milk and money to invest in their farms," Holmgaard chairman Anders Riis',
    'told Meridian in an interview. "Brands need a scale that a cooperative of our size cannot give them."',
  ),
  j(
    "The sale still needs the approval of two-thirds of Holmgaard's members, who will vote at an extraordinary meeting in Vejle",
    'on April 15. Some farmers have criticised the plan, arguing that brands built by the cooperative over more than a century',
    'should stay in Danish hands.',
  ),
  j(
    "Kestrel Chief Executive Fiona Marsh said the company would keep Holmgaard's brand headquarters and its 640 office and",
    'marketing staff in Aarhus and had no plans to close sites.',
  ),
  j(
    'Analysts at Brunel Securities said the price looked full but strategically sensible. "Kestrel has been a UK business in a UK',
    'market that is barely growing. This is a sensible step, if not a cheap one," they wrote in a note.',
  ),
  j(
    'The deal is expected to close in the third quarter, subject to regulatory approval in Denmark, Sweden and the European',
    'Union. Kestrel was advised by Halden Partners, while Holmgaard worked with Skov &amp; Vinther.',
  ),
];
const wSub = 'FARMER VOTE';
const wNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Commentary', 'Technology', 'Investigations', 'More'];
const wTopics = ['Deals', 'Retail & Consumer', 'Europe'];
const wNext = [
  'Nordic dairy prices hit two-year high on export demand',
  'UK grocers brace for tighter margins as price war spreads',
  'Breakingviews: Kestrel pays up for a way out of Britain',
];
const wFoot = ['About Meridian', 'Careers', 'Advertise with us', 'Contact us', 'Terms of Use', 'Privacy', 'Accessibility', 'Cookies'];
const wP = (html: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large-body__FDl8x body__full_width__ekUdw
article-body__paragraph__2-BtD">${html}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kestrel Foods to buy Danish dairy Holmgaard's brands in $2.3 billion deal | Meridian</title>
<meta name="description" content="British food group Kestrel Foods has agreed to buy the branded cheese business of Danish dairy cooperative Holmgaard.">
<meta property="og:title" content="Kestrel Foods to buy Danish dairy Holmgaard's brands in $2.3 billion deal"><meta property="og:type" content="article">
<meta property="og:site_name" content="Meridian"><meta name="article:author" content="Freja Lund"><meta name="article:section" content="Deals">
<link rel="canonical" href="https://www.meridiannews.com/markets/deals/kestrel-foods-buy-holmgaard-brands-2027-03-04/">
<link rel="stylesheet" href="/pf/resources/styles/main.css?d=1482">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kestrel Foods to buy Danish dairy Holmgaard's brands",
"datePublished":"2027-03-04T05:12:40Z","dateModified":"2027-03-04T08:31:02Z","author":[{"@type":"Person","name":"Freja Lund"},
{"@type":"Person","name":"Tom Achterberg"}],"isAccessibleForFree":true}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="meridian";Fusion.contextPath="/pf";Fusion.deployment="1482";
Fusion.globalContent={"_id":"KX4Q7ZB3RNJ5VGD2","type":"story","canonical_url":"/markets/deals/kestrel-foods-buy-holmgaard-brands-2027-03-04/"};</script>
</head><body><div id="fusion-app" class="fusion-app">
<a href="#main-content" class="skip-link__link__3bqHs">Skip to main content</a>
<div class="consent-banner__container__1Yb4F" role="dialog" aria-label="Privacy preferences"><p class="consent-banner__text__3k9aX">We use cookies to give you
the best experience on our website and to show you relevant advertising. You can change your cookie settings at any time.</p>
<button type="button" class="button__button__2Ecqi">Accept All</button><button type="button" class="button__button__2Ecqi button__secondary__18moI">
Cookie Settings</button></div>
<header class="site-header__header__1bLiP"><div class="site-header__logo__1O1rU"><a href="/" aria-label="Meridian homepage">
<svg viewBox="0 0 120 28" aria-hidden="true"><title>Meridian</title><path d="M0 0h120v28H0z"></path></svg></a></div>
<nav class="site-header__nav__3yKbX" aria-label="Main navigation"><ul class="nav-bar__list__3kNTx">
${links(wNav, 'nav-bar__item__1KBSk')}</ul></nav>
<div class="site-header__account__2VCNR"><a href="/myview/" class="button__link__uTGln">My News</a>
<a href="/account/sign-in/" class="button__link__uTGln">Sign In</a>
<a href="/account/register/" class="button__link__uTGln button__primary__2LBmE">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tvZq"><article class="article__container__2bMXB" data-testid="Article">
<header class="article-header__container__2yWnR" data-testid="ArticleHeader"><nav aria-label="Tags" class="article-header__tags__2ybC9">
<ul class="tags-with-label__list__2PzRu"><li><a href="/markets/deals/" data-testid="Link" class="text__text__1FZLe">Deals</a></li></ul></nav>
<div class="article-header__heading__15OpQ"><h1 data-testid="Heading"
class="text__text__1FZLe text__dark-grey__3Ml43 heading__base__2T28j heading__heading_2__3bBB6
article-header__title__3Y2JE">${wTitle}</h1></div>
<div class="article-header__toolbar__3IUQd"><div class="info-content__author-date__1Epi_">
<div data-testid="AuthorBylines" class="article-header__author-bylines__3-_fm"><span class="text__text__1FZLe">By <a href="/authors/freja-lund/"
data-testid="AuthorNameLink" rel="author">Freja Lund</a> and <a href="/authors/tom-achterberg/" data-testid="AuthorNameLink" rel="author">Tom Achterberg</a>
</span></div>
<div class="date-line__date-line__3xvbr"><time data-testid="DateLineText" datetime="2027-03-04T05:12:40Z">
<span class="date-line__date__23Ge-">March 4, 2027</span><span class="date-line__date__23Ge-">5:12 AM GMT</span>
<span class="date-line__date__23Ge-">Updated 3 hours ago</span></time></div></div>
<div class="article-header__share__1Mh8f"><div class="share-button__container__3VqXu"><button type="button" aria-label="Share">
<span class="text__text__1FZLe">Share</span></button></div>
<a href="https://www.meridianconnect.com/licensing?id=KX4Q7ZB3RNJ5VGD2" class="article-header__licensing__8wzCN" target="_blank">
Purchase Licensing Rights<span class="visually-hidden__hidden__1yVWl">, opens new tab</span></a></div></div></header>
<div data-testid="primary-gallery" class="article__primary-gallery__3J9lF"><figure class="primary-image__container__3q3Y6">
<img src="https://www.meridiannews.com/resizer/v2/holmgaard-store.jpg?width=1080" alt="Cheese wheels in a maturing store">
<figcaption class="primary-image__caption__1DrF4"><span data-testid="Body" class="text__text__1FZLe">Cheese wheels are stacked in a Holmgaard
maturing store in Vejle, Denmark, October 12, 2026. MERIDIAN/Karin Dahl/File Photo</span></figcaption></figure></div>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
<div data-testid="Summary" class="summary__summary__1a8yA"><h2 class="summary__heading__3Cdaw">Summary</h2>
<ul class="summary__list__2uqVq">${lis(wSummary, 'summary__item__3BTJ4')}</ul>
<div class="summary__companies__1k3pR"><span>Companies</span><a href="/markets/companies/KSTF.L">Kestrel Foods PLC</a><span>Follow</span></div></div>
${wP(at(wParas, 0), 0)}${wP(at(wParas, 1), 1)}
<div class="article-body__element__2p5pI"><div data-testid="NewsletterSignup" class="text__text__1FZLe"><p>The Meridian Daily Briefing newsletter
provides all the news you need to start your day. <a href="/newsletters/daily-briefing/">Sign up here.</a></p></div></div>
${wP(at(wParas, 2), 2)}${wP(at(wParas, 3), 3)}
<div data-testid="ResponsiveAdSlot" class="article-body__ad__3nCzM"><div class="responsive-ad__label__1Xb1M">Advertisement · Scroll to continue</div>
<div id="ad-slot-mid-1" class="responsive-ad__slot__2HvQp" aria-hidden="true"></div></div>
<h2 data-testid="Heading" class="text__text__1FZLe heading__base__2T28j heading__heading_5__1Bq2R">${wSub}</h2>
${wP(at(wParas, 4), 4)}${wP(at(wParas, 5), 5)}${wP(at(wParas, 6), 6)}${wP(at(wParas, 7), 7)}
<p data-testid="SignOff" class="text__text__1FZLe sign-off__text__PU8Ai">Reporting by Freja Lund in Copenhagen and Tom Achterberg in London;
Editing by Mark Potts</p></div>
<div class="article-body__trust__2QG3U"><p class="text__text__1FZLe">Our Standards: <a href="/info-pages/trust-principles/" target="_blank">The Meridian
Trust Principles.<span class="visually-hidden__hidden__1yVWl">, opens new tab</span></a></p></div>
<div class="tags__container__2L0Kk"><span class="tags__label__3b9QE">Suggested Topics:</span><ul class="tags__list__1Iu1R">
${links(wTopics, 'tags__item__2r3DX')}</ul></div>
<a href="https://www.meridianconnect.com/licensing?id=KX4Q7ZB3RNJ5VGD2" class="article-body__licensing__2y8Fq" target="_blank">
Purchase Licensing Rights<span class="visually-hidden__hidden__1yVWl">, opens new tab</span></a>
<div class="author-bio__container__1pX9S" data-testid="AuthorBio"><div class="author-bio__name__2ZgE3"><a href="/authors/freja-lund/">Freja Lund</a></div>
<p class="author-bio__text__3HRk0">Freja reports on Nordic companies, from shipping to pharmaceuticals, from Copenhagen. She joined Meridian in 2019 after
covering markets for a Danish business daily.</p></div></div></article>
<section class="read-next__container__1zXqM" data-testid="ReadNext"><h2 class="read-next__title__3Ke8f">Read Next</h2><ul class="read-next__list__9xZ0a">
${links(wNext, 'read-next__item__3a1Qb')}</ul></section></main>
<footer class="site-footer__footer__3Qk1m"><ul class="site-footer__links__1x2Jz">${links(wFoot)}</ul>
<p class="site-footer__copyright__2DTqa">All quotes delayed a minimum of 15 minutes. © 2027 Meridian. All rights reserved</p></footer></div>
<script src="/pf/dist/engine/react.js?d=1482"></script></body></html>`;
const wire: TestPage = gold({
  name: 'heldout703-arc-wire-dairy-deal',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: ['Summary', wSub],
  body: texts([...wSummary, ...wParas]),
  bylines: [
    'By Freja Lund and Tom Achterberg',
    'March 4, 2027',
    '5:12 AM GMT',
    'Updated 3 hours ago',
    'Reporting by Freja Lund in Copenhagen and Tom Achterberg in London; Editing by Mark Potts',
    'Freja Lund',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content',
    j(
      'We use cookies to give you the best experience on our website and to show you relevant advertising. You can change your cookie settings',
      'at any time.',
    ),
    'Accept All', 'Cookie Settings', ...wNav, 'My News', 'Sign In', 'Register', 'Deals', 'Share', 'Purchase Licensing Rights', ', opens new tab',
    'Cheese wheels are stacked in a Holmgaard maturing store in Vejle, Denmark, October 12, 2026. MERIDIAN/Karin Dahl/File Photo', 'Companies',
    'Kestrel Foods PLC', 'Follow',
    'The Meridian Daily Briefing newsletter provides all the news you need to start your day. Sign up here.',
    'Advertisement · Scroll to continue', 'Our Standards: The Meridian Trust Principles.', 'Suggested Topics:', ...wTopics,
    j(
      'Freja reports on Nordic companies, from shipping to pharmaceuticals, from Copenhagen. She joined Meridian in 2019 after covering markets',
      'for a Danish business daily.',
    ),
    'Read Next', ...wNext, ...wFoot, 'All quotes delayed a minimum of 15 minutes. © 2027 Meridian. All rights reserved',
  ],
});

export const HELDOUT703_A: readonly TestPage[] = [fcourier, wire];
