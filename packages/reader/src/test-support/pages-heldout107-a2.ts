import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 107, file a2: a CNN story on the Stellar/"vossi" template (the header with "Edition", "Sign in" and the
 * subnav, the headline with the "min read" line, the byline and "Updated" timestamp, the share bar, the lead image with its
 * caption and credit, the source cite (dateline) opening the first paragraph, "Ad Feedback" slots, an in-body "Related
 * article" card, the "Link Copied!" toast, "See all topics", "Most read" and "Paid Partner Content" rails, and the footer).
 */
const cnnTitle = 'A Texas town voted to sell its water utility. Three years later, residents want it back';
const cnnSource = 'Marlow Springs, Texas CNN —';
const cnnP = [
  'When the city council of Marlow Springs voted in 2022 to sell its water system to a private operator, the mayor promised lower bills and a ' +
    'new treatment plant within two years.',
  'Neither has arrived. Average monthly bills in the town of 11,000 have risen by 38% since the sale, according to figures the council released ' +
    'this week, and work on the plant has not started.',
  'Now a group of residents has collected enough signatures to force a vote on buying the utility back, setting up what could be one of the ' +
    'first reversals of a municipal water sale in the state.',
  '“People were told this would take a problem off the city’s hands,” said Dolores Ybarra, a retired teacher who helped organize the petition. ' +
    '“What it did was take the decisions out of our hands.”',
  'The operator, Cardinal Water Partners, said in a statement that rate increases had been approved by state regulators and reflected “decades ' +
    'of deferred maintenance” on pipes that were losing nearly a third of the water they carried.',
  'The company said it had replaced more than four miles of mains since taking over and that the delay to the treatment plant was caused by ' +
    'permitting, not by cost.',
  'Buying the system back will not be cheap. Under the sale agreement, the city would have to pay the operator the value of its investments ' +
    'since 2022 on top of the original price of $19 million, a figure that a consultant hired by the council estimated at close to $27 million.',
  'Council member Ray Holloway, who voted for the original sale, said he now regretted it but was not sure the town could afford to undo it. “I ' +
    'would rather be honest with people about the bill than promise them something we can’t pay for,” he said.',
  'Supporters of the buyback say the city could borrow the money and repay it from water revenue, as it did before the sale. They point to ' +
    'towns in Pennsylvania and California that have taken systems back into public ownership.',
  'Experts say such reversals are rare. “Once a system is sold, the contract usually makes it expensive to leave, and that is by design,” said ' +
    'Anjali Rao, who studies utility finance at a university in Austin.',
  'The vote is expected to be held in May. Until then, residents say they will keep watching their bills.',
  '“I check mine every month now,” Ybarra said. “I never used to look at it.”',
];
const cnnNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const cnnCaption = 'A water tower stands over downtown Marlow Springs, Texas, on November 3.';
const cnnCredit = 'Bronwyn Tate/CNN';
const cnnRelated = 'Small towns are selling their water systems. Here is what happens next';
const cnnMost = [
  'Airline cancels hundreds of flights after software failure',
  'The surprising reason your dog eats grass',
  'Judge blocks state law on library book reviews',
  'Scientists find oldest known tree rings in Patagonia',
];
const cnnPaid = ['Paid Partner Content', 'This card has one of the lowest rates we have seen', 'Homeowners are switching to this insurance'];
const cnnFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Ad Choices',
  'Accessibility & CC',
  'About',
  'Subscribe',
  'Newsletters',
  'Transcripts',
  'Help Center',
];
const cnnCopy = '© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.';
const cnnSans = 'CNN Sans ™ & © 2016 Cable News Network.';
const cnnCite = `<cite class="source__cite"><span class="source__location" data-editable="location">Marlow Springs, Texas </span>
<span class="source__text" data-editable="source">CNN</span><span class="source__separator">&nbsp;—&nbsp;</span></cite>`;
const cnnPara = (p: string, i: number): string =>
  `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" id="paragraph_c${i}x9" data-editable="text"
data-article-gutter="true">
${i === 0 ? cnnCite : ''}${p}</p>`;
const cnnAd = (
  n: number,
): string => `<div class="ad-slot-dynamic ad-slot-dynamic--article" data-ad-slot="ad_mid${n}"><div class="ad-slot__wrapper" data-unselectable="true">
<div class="ad-slot__ad-wrapper"><div id="ad_mid${n}" class="ad"></div></div><div class="ad-slot__feedback ad-feedback-link-container">
<div class="ad-feedback-link"><span class="ad-feedback-link__label">Ad Feedback</span></div></div></div></div>`;
const cnnShare = `<div class="social-share" data-editable="socialShare"><div class="social-share__container">
<button class="social-share__button" aria-label="Share with Facebook" data-type="facebook"></button>
<button class="social-share__button" aria-label="Share with X" data-type="twitter"></button>
<button class="social-share__button" aria-label="Share with Email" data-type="email"></button>
<button class="social-share__button" aria-label="Copy Link" data-type="link"></button>
<div class="social-share__toast" aria-hidden="true">Link Copied!</div></div></div>`;
const cnnHtml = `<!DOCTYPE html>
<html lang="en" data-uri="cms.cnn.com/_pages/cm9x1u8qk0001page@published"
data-layout-uri="cms.cnn.com/_layouts/layout-with-rail/instances/business-article-v1@published">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Texas town that sold its water utility wants it back | CNN Business</title>
<meta name="author" content="Marisol Vega"><meta property="og:title" content="${cnnTitle}"><meta property="og:site_name" content="CNN">
<meta name="section" content="business"><meta name="type" content="article"><link rel="canonical"
href="https://www.cnn.com/2025/11/12/business/texas-town-water-utility">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cnnTitle}","datePublished":"2025-11-12T10:00:04.122Z",
"dateModified":"2025-11-12T14:31:50.002Z","author":[{"@type":"Person","name":"Marisol Vega"}],"publisher":{"@type":"Organization","name":"CNN"}}</script>
<script>window.CNN = window.CNN || {}; CNN.contentModel = {"pageType":"article","sectionName":"business"};</script>
<link rel="stylesheet" href="/media/sites/cnn/cnn-fonts-min.css"></head>
<body class="layout layout-with-rail__body" data-page-type="article">
<div class="header" data-editable="header"><header class="header__wrapper-outer" role="banner"><div class="header__container">
<button class="header__menu-icon" aria-label="Open Menu Icon" data-zjs="click"></button>
<a class="brand-logo__logo-link" href="https://www.cnn.com" title="CNN logo">
<span class="brand-logo__text">CNN</span></a><nav class="header__nav" aria-label="Main">
<ul class="header__nav-list">${links(cnnNav, 'header__nav-item')}</ul></nav>
<div class="header__right"><button class="header__edition-button">Edition</button><a class="header__watch" href="https://www.cnn.com/live-tv">Watch</a>
<a class="header__listen" href="https://www.cnn.com/audio">Listen</a><a class="header__account-login" href="https://www.cnn.com/account/log-in">Sign in</a>
</div></div>
</header></div>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__top layout-with-rail__top">
<div class="headline headline--has-lowertext" data-editable="headline"><div class="headline__wrapper">
<h1 class="headline__text inline-placeholder vossi-headline-text" id="maincontent" data-editable="headlineText">${cnnTitle}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline byline--with-lowertext" data-editable="byline"><div class="byline__images"></div><div class="byline__names">
<span class="byline__by">By </span><a href="https://www.cnn.com/profiles/marisol-vega" class="byline__link"><span class="byline__name">Marisol Vega</span></a>,
<span class="byline__sub-text">CNN</span></div></div>
<div class="timestamp vossi-timestamp" data-editable="timestamp">Updated 9:31 AM EST, Wed November 12, 2025</div></div>
<div class="headline__sub-description">4 min read</div></div>${cnnShare}</div></div></section>
<section class="layout__main-wrapper layout-with-rail__main-wrapper"><section class="layout__main layout-with-rail__main">
<article class="article" data-uri="cms.cnn.com/_components/article/instances/cm9x1u8qk0001">
<div class="image image__hide-placeholder" data-editable="lede"><div class="image__container"><picture class="image__picture">
<img src="https://media.cnn.example/api/v1/images/stellar/prod/water-tower.jpg?c=16x9&amp;q=h_833,w_1480" alt="A water tower in Marlow Springs"
class="image__dam-img"></picture></div>
<div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">${cnnCaption}</span></div>
<figcaption class="image__credit">${cnnCredit}</figcaption></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
${cnnPara(cnnP[0] as string, 0)}
${cnnP
  .slice(1, 4)
  .map((p, i) => cnnPara(p, i + 1))
  .join('\n')}
${cnnAd(1)}
<div class="related-content related-content--article" data-component-name="related-content"><span class="related-content__label">Related article</span>
<a href="https://www.cnn.com/2024/06/02/business/water-utility-sales" class="related-content__link"><div class="related-content__image">
<img alt="" src="/x.jpg"></div>
<span class="related-content__headline"><span class="related-content__headline-text">${cnnRelated}</span></span></a></div>
${cnnP
  .slice(4, 8)
  .map((p, i) => cnnPara(p, i + 4))
  .join('\n')}
${cnnAd(2)}
${cnnP
  .slice(8)
  .map((p, i) => cnnPara(p, i + 8))
  .join('\n')}
</div></div>
<div class="article__tags"><a href="https://www.cnn.com/topics" class="article__tags-link">See all topics</a></div>
<div class="ad-feedback__modal" aria-hidden="true"><h3>Ad Feedback</h3></div>
${cnnShare}
</article></section>
<section class="layout__right layout-with-rail__right"><div class="container container_list-headlines" data-editable="container">
<h2 class="container__title-text">Most read</h2><ul class="container__field-links">${links(cnnMost, 'container__item')}</ul></div>
<div class="container container_list-images-with-description" data-collapsed-text="Paid Partner Content"><h2 class="container__title-text">${cnnPaid[0]}</h2>
<ul>${links(cnnPaid.slice(1), 'container__item container__item--type-paid')}</ul></div>${cnnAd(3)}</section></section></section>
<footer class="footer" data-editable="footer"><div class="footer__inner"><a class="brand-logo__logo-link" href="https://www.cnn.com" title="CNN logo"></a>
<ul class="footer__links">${links(cnnFoot, 'footer__links-item')}</ul><p class="footer__copyright-text">${cnnCopy}</p>
<p class="footer__copyright-text">${cnnSans.replace('&', '&amp;')}</p></div></footer>
<script src="/js/cnn-header-second-react.min.js" async></script><script>window.CNN.adTargets = {"spec":"business_article"};</script></body></html>`;
export const cnnStory: TestPage = {
  html: cnnHtml,
  name: 'heldout107-cnn-news',
  kind: 'news',
  // the source cite (location, "CNN" and the dash) opening the first paragraph is a byline and the paragraph's body text
  // starts after it; the by-line, desk and "Updated" time and the read time are bylines
  title: cnnTitle,
  headings: [],
  body: texts(cnnP),
  bylines: [cnnSource, 'Marisol Vega', 'Updated 9:31 AM EST, Wed November 12, 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cnnNav, 'Edition', 'Watch', 'Listen', 'Sign in', 'Link Copied!', cnnCaption, cnnCredit, 'Ad Feedback', 'Related article', cnnRelated,
    'See all topics', 'Most read', ...cnnMost, ...cnnPaid, ...cnnFoot, cnnCopy, cnnSans,
  ],
};
