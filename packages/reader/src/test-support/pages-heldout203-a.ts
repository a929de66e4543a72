import { links, type TestPage, texts } from './page-kit.js';
import { gqPage } from './pages-heldout203-a2.js';

/**
 * Held-out batch 203, file a: a Vogue news story on the Condé Nast "verso" template (skip link, stacked navigation with
 * "Subscribe" and "Sign In", rubric, hed, dek, byline and publish date, the lead image with caption and credit, body chunks
 * broken by "Advertisement" ad slots, an in-body newsletter unit, the share bar, tags, "Read More" recirculation, the
 * OneTrust cookie banner and the Condé Nast footer with its legal text) and, from file a2, a GQ news story.
 */
const title = 'The Shetland Knitters Quietly Supplying Paris’s Most Exclusive Ateliers';
const dek = 'On an island with more sheep than people, a cooperative of 31 hand knitters has become the unlikely secret weapon of couture.';
const p1 = [
  'The parcel arrives in Paris every second Tuesday, wrapped in brown paper and tied with undyed yarn. Inside, folded between ' +
    'sheets of tissue, are the sleeves, yokes and collars that will later appear on the runway of one of the city’s smallest and ' +
    'most discreet couture houses. The label on the box reads, simply, Vaila Knit Cooperative, Lerwick.',
  'For most of the fashion week audience, the cooperative does not exist. Its name never appears in a show note, and the women ' +
    'who work for it would prefer to keep it that way. “We are not designers,” says Morag Isbister, 64, who has run the group ' +
    'from her kitchen table since 2011. “We are the hands. The hands do not need a photograph.”',
];
const h1 = 'A craft that nearly disappeared';
const p2 = [
  'Twenty years ago, Isbister says, there were perhaps a dozen women on the islands still knitting Fair Isle patterns to a ' +
    'professional standard. The younger generation had left for Aberdeen and Glasgow, and the tourist trade wanted cheaper, ' +
    'machine-made pieces. The cooperative began as a way to share orders between friends who still had the skill.',
  'Today it has 31 members, the youngest of them 19, and a waiting list. Each knitter works from home on a circular needle ' +
    'and a knitting belt stuffed with horsehair, the same tools her grandmother used. A single yoke can take 40 hours.',
];
const h2 = 'From Lerwick to the Rue Cambon';
const p3 = [
  'The link to Paris came by accident. In 2019, the designer Clémence Aubrac, then a junior at a heritage house, bought a ' +
    'second-hand cardigan in an Edinburgh charity shop and tracked the maker down through the initials stitched inside the hem.',
  'Aubrac now runs her own house, Maison Aubrac, and the cooperative supplies every knitted piece in its autumn collections. ' +
    '“Nobody in France can do this any more,” she says. “You can copy the pattern. You cannot copy the tension of a woman who ' +
    'has been knitting for fifty years.”',
  'The arrangement is unusual in an industry that tends to buy craft cheaply and sell it dearly. The knitters set their own ' +
    'prices, and Aubrac pays half of each order up front, a practice Isbister says made the difference in the cooperative’s ' +
    'first lean winter.',
];
const h3 = 'Keeping the patterns alive';
const p4 = [
  'The bigger worry is what happens next. Several of the older members keep patterns only in their heads, and the group has ' +
    'started recording them on squared paper at a Saturday workshop in the town hall.',
  'Isbister is cautiously hopeful. “The girls who come on Saturdays are quicker than I ever was,” she says. “They just need ' +
    'to know there is a reason to keep going. Paris, it turns out, is a good reason.”',
];
const nav = ['Fashion', 'Beauty', 'Culture', 'Living', 'Runway', 'Shopping', 'Video', 'Vogue Club'];
const caption = 'Members of the Vaila Knit Cooperative at their Saturday workshop in Lerwick town hall.';
const credit = 'Photo: Eilidh Sandison';
const news = [
  'Sign up for the Vogue Daily newsletter',
  'The latest fashion news, beauty coverage, celebrity style, fashion week updates, culture reviews, and videos on Vogue.com.',
  'Your email',
  'Sign up',
  'By signing up you agree to our User Agreement (including the class action waiver and arbitration provisions), and acknowledge our Privacy Policy.',
];
const tags = ['Knitwear', 'Craft', 'Couture', 'Scotland'];
const more = [
  'The Best Barn Jackets to Buy Now, From Heritage Classics to New Labels',
  'Inside the Lyon Silk Workshop Rebuilding a 200-Year-Old Loom',
  'Why Everyone in Copenhagen Is Wearing Hand-Knit Socks This Winter',
  'Meet the Milliner Turning Hay Into Haute Couture',
];
const moreRubrics = ['Shopping', 'Fashion', 'Street Style', 'Designers'];
const cookie = [
  'When you visit our website, we store cookies on your browser to collect information. The information collected might relate ' +
    'to you, your preferences or your device, and is mostly used to make the site work as you expect it to.',
];
const foot = ['Subscribe', 'Contact Us', 'Careers', 'Vogue Archive', 'User Agreement', 'Privacy Policy', 'Your California Privacy Rights'];
const legal =
  '© 2025 Condé Nast. All rights reserved. Vogue may earn a portion of sales from products that are purchased through our ' +
  'site as part of our Affiliate Partnerships with retailers.';
const ad = '<div class="ad ad--in-content" data-testid="ad-in-content"><div class="ad__label">Advertisement</div><div class="ad__slot"></div></div>';
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="paywall">${t}</h2>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title} | Vogue</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="Vogue"><meta property="og:type" content="article"><meta name="parsely-post-id" content="67c5f1e2a8">
<meta name="author" content="Harriet Lomax"><link rel="canonical" href="https://www.vogue.com/article/shetland-knitters-paris-couture">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Harriet Lomax","sameAs":"https://www.vogue.com/contributor/harriet-lomax"}],
"datePublished":"2025-03-04T06:00:00.000-05:00","publisher":{"@type":"Organization","name":"Vogue"},"isAccessibleForFree":true}</script>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"dangerousHed":"${title}"}}}};</script>
<link rel="stylesheet" href="https://www.vogue.com/verso/static/vogue/assets/main.f4c1.css"></head>
<body><div id="app-root"><div class="page-wrapper">
<a class="SkipLinkWrapper-bMoFwC" href="#main-content">Skip to main content</a>
<div class="StackedNavigationWrapper-iRzGpw" data-testid="StackedNavigation"><header class="NavigationWrapper-bFftAs" role="banner">
<a class="NavigationLogoWrapper" href="/"><span class="visually-hidden">Vogue</span><svg aria-hidden="true"></svg></a>
<nav class="NavigationMenu" aria-label="Main"><ul class="NavigationListItems">${links(nav, 'NavigationListItem')}</ul></nav>
<div class="NavigationUtilities"><a class="SearchLink" href="/search"><span class="visually-hidden">Search</span></a>
<a class="AccountLink" href="/auth/initiate">Sign In</a><a class="SubscribeButton" href="/subscribe">Subscribe</a></div></header></div>
<main id="main-content" class="main-content"><article class="article main-content" lang="en-US">
<header class="SplitScreenContentHeaderWrapper-ceNKRq" data-testid="ContentHeader">
<div class="RubricWrapper"><a class="RubricLink" href="/fashion"><span class="RubricName">Fashion</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${title}</h1>
<div class="ContentHeaderDek-bIqFFZ">${dek}</div>
<div class="BylinesWrapper-KIudk"><span class="BylinePreamble-iJolpQ">By </span><span itemprop="author" class="BylineWrapper">
<a class="BylineLink" href="/contributor/harriet-lomax"><span class="BylineName">Harriet Lomax</span></a></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate" datetime="2025-03-04">March 4, 2025</time>
<figure class="ContentHeaderLeadAsset"><picture><img alt="Knitters around a table" src="https://assets.vogue.com/photos/67c5/lead.jpg"></picture>
<figcaption class="CaptionWrapper"><span class="CaptionText">${caption}</span><span class="CaptionCredit">${credit}</span></figcaption></figure>
<div class="SocialIconsWrapper" data-testid="SocialIcons"><ul>${links(['Facebook', 'X', 'Email', 'Pinterest'], 'SocialIcon')}</ul></div>
<div class="ContentHeaderSaveStory"><button class="SaveStoryButton">Save Story</button></div></header>
<div class="ArticlePageContentBackGround"><div class="ArticlePageChunks" data-attribute-verso-pattern="article-body">
<div class="GridWrapper"><div class="BodyWrapper" data-journey-hook="client-content" data-testid="BodyWrapper">
<div class="body__inner-container">
${ps(p1)}
${hd(h1)}
${ps(p2)}
</div></div></div>${ad}
<div class="GridWrapper"><div class="BodyWrapper" data-journey-hook="client-content"><div class="body__inner-container">
${hd(h2)}
${ps(p3)}
<div class="ConsumerMarketingUnitThemedWrapper" data-testid="ConsumerMarketingUnit"><h3 class="ConsumerMarketingUnitHed">${news[0]}</h3>
<p class="ConsumerMarketingUnitDek">${news[1]}</p><form><label for="cm-email">${news[2]}</label><input id="cm-email" type="email">
<button type="submit">${news[3]}</button></form><p class="ConsumerMarketingUnitLegal">${news[4]}</p></div>
${hd(h3)}
${ps(p4)}
</div></div></div></div>
<div class="ContentFooterWrapper"><div class="TagCloudWrapper"><span class="TagCloudName">Tags</span><ul>${links(tags, 'TagCloudLink')}</ul></div></div>
</div>${ad}</article>
<aside class="RecircMostPopularWrapper"><h2 class="SummaryCollectionRowHed">Read More</h2><div class="SummaryCollectionRowItems">
${more
  .map(
    (t, i) => `<div class="SummaryItemWrapper"><span class="RubricName">${moreRubrics[i]}</span>
<a class="SummaryItemHedLink" href="/article/${i}"><h3 class="SummaryItemHedBase">${t}</h3></a></div>`,
  )
  .join('\n')}</div></aside></main>
<footer class="StandardFooterWrapper" role="contentinfo"><ul class="FooterLinks">${links(foot, 'FooterLink')}</ul>
<p class="FooterLegalText">${legal}</p><a class="FooterAdChoices" href="/ad-choices">Ad Choices</a></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><div id="onetrust-policy-text">${cookie[0]}</div></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://www.vogue.com/verso/static/vogue/assets/main.f4c1.js" defer></script></body></html>`;

const vogue: TestPage = {
  name: 'heldout203-vogue-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, ...p3, ...p4]),
  bylines: ['Harriet Lomax', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Sign In', caption, credit, 'Facebook', 'Email', 'Pinterest', 'Save Story',
    'Advertisement', ...news, 'Tags', ...tags, 'Read More', ...more, 'Street Style', 'Designers', ...cookie, 'Cookies Settings', 'Reject All',
    'Accept All Cookies', ...foot, legal, 'Ad Choices',
  ],
};

export const HELDOUT203_A: readonly TestPage[] = [vogue, gqPage];
