import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 130, file a2: a New Yorker article on the Condé Nast "verso" template (the top-stories bar, the nav with
 * "Newsletter", "Sign In" and "Subscribe", the rubric, the hed, the dek, the "By" preamble byline, the publish date, the
 * visually hidden share labels and "Save this story", the lead photograph with caption and credit, the drop-cap body with
 * ornament section breaks, an in-body newsletter sign-up module, the paywall bar, the contributor bio, the print-edition
 * line, the "New Yorker Favorites" recirculation, the footer with its legal text and the OneTrust cookie banner).
 */
const nyTitle = 'The Ferry That Split an Island in Two';
const nyDek = 'A fight over a boat schedule on Sallow Island has become a referendum on who the place is for.';
const nyP1 = [
  'The 6:10 a.m. ferry from Sallow Island to the mainland is, by general agreement, the most important boat in the Tessel Sound. ' +
    'It carries nurses to the regional hospital in Port Avery, teen-agers to the only high school within forty miles, and, on a ' +
    'typical weekday, about thirty contractors’ pickup trucks loaded with lumber. Last fall, the county ferry authority announced ' +
    'that it would be cancelled.',
  'The reason, according to the authority’s director, a mild-mannered former naval engineer named Howard Leclaire, was simple: ' +
    'the boat that runs it, the M.V. Kittiwake, is fifty-one years old, and the authority could not find a crew willing to work a ' +
    'shift that begins at four-thirty in the morning. “I have a boat I can barely keep afloat and nobody to sail it,” he told me ' +
    'in his office, which looks out over the ferry slip. “I am not the villain of this story.”',
  'On Sallow Island, plenty of people disagree.',
];
const nyP2 = [
  'The island has about twenty-four hundred year-round residents and, in August, closer to eleven thousand. For most of the last ' +
    'century, it was a place of dairy farms and boatyards. Over the past two decades, it has become something else: a destination ' +
    'for people from the city who want a second house, a view of the water, and a ferry ride that feels, one summer renter told ' +
    'me, “like leaving your problems on the dock.”',
  'The new residents tend to arrive on the midday boats. The old ones depend on the early one. When the authority proposed moving ' +
    'the first sailing to eight-fifteen, the island’s two constituencies discovered how little they had in common. At a public ' +
    'hearing in November, a retired surgeon who spends summers on the island suggested that workers could “simply take the day ' +
    'before off.” The room, several people who were there told me, went silent.',
  '“That was when I realized we weren’t arguing about a ferry,” said Joanne Mbeki-Hart, who has run the island’s hardware store ' +
    'since 1994. “We were arguing about whether people like me are supposed to still live here.”',
];
const nyP3 = [
  'The economics of the fight are less romantic than its rhetoric. The early ferry loses money; so do all the others. The county ' +
    'subsidizes the system by about nine million dollars a year, and a state audit last spring found that the early sailing cost ' +
    'roughly twice as much per passenger as the midday ones, largely because of overtime.',
  'Leclaire’s critics have proposed alternatives: a smaller passenger-only boat, a crew housing allowance, a later start for the ' +
    'high school. Each has a cost, and each has a constituency that would rather someone else paid it. In January, the county ' +
    'council voted five to two to keep the early ferry for one more year while it studies the options, a decision that satisfied ' +
    'almost no one.',
  'On a cold morning in February, I took the 6:10 across. It was still dark. The cabin smelled of coffee and diesel, and most of ' +
    'the passengers slept with their heads against the windows. A woman in scrubs told me she had made the crossing five days a ' +
    'week for nineteen years. When I asked what she would do if the boat stopped running, she looked out at the mainland lights ' +
    'for a while before she answered. “Move, I suppose,” she said. “That’s what they want, isn’t it?”',
];
const nyTop = ['The Latest', 'News', 'Books & Culture', 'Fiction & Poetry', 'Humor & Cartoons', 'Magazine', 'Puzzles & Games', 'Video', 'Podcasts'];
const nyShare = ['Share on Facebook', 'Share on X', 'Email', 'Copy link'];
const nyCaption = 'Commuters wait for the early sailing at the Sallow Island terminal.';
const nyCredit = 'Photograph by Teodora Vance for The New Yorker';
const nyNews = [
  'Sign up for The Daily.',
  'Receive the best of The New Yorker, every day, in your in-box.',
  'Your e-mail address',
  'Sign up',
  'By signing up, you agree to our User Agreement and Privacy Policy & Cookie Statement.',
];
const nyBio = 'Callum Ashdown-Reyes is a staff writer at The New Yorker. He writes about infrastructure and small-town politics.';
const nyPrint = 'Published in the print edition of the March 10, 2025, issue, with the headline “Crossing Times.”';
const nyFav = [
  'The night the power went out on Larkspur Street.',
  'How a village brass band survived a century of feuds.',
  'What the lighthouse keeper’s logbooks reveal.',
  'Why small airports keep closing, and who misses them.',
];
const nyFoot = [
  'About',
  'Careers',
  'Contact',
  'F.A.Q.',
  'Media Kit',
  'Press',
  'Accessibility Help',
  'User Agreement',
  'Privacy Policy',
  'Your California Privacy Rights',
  'Newsletters',
  'RSS',
  'Site Map',
];
const nyLegal =
  '© 2025 Condé Nast. All rights reserved. The New Yorker may earn a portion of sales from products that are purchased through our site as part ' +
  'of our Affiliate Partnerships with retailers.';
const nyCookie = 'We and our partners store and access information on your device, such as cookies, to personalise content and ads.';
const nyPs = (a: readonly string[], first = false): string =>
  a.map((p, i) => `<p${first && i === 0 ? ' class="has-dropcap has-dropcap__lead-standard-heading"' : ''}>${p}</p>`).join('\n');
const nyBreak = '<hr class="divider__DividerWrapper-hZpzOP fZsNqK" data-testid="Divider"/>';
const nyChunk = (inner: string): string => `<div class="ArticlePageChunks-fsAJob kbeLTR"><div class="GridWrapper-cAzTTK eQtyZw grid grid-margins grid-items-2
ArticlePageChunksGrid-hqkUwc gIdLrn grid-layout--adrail narrow wide-adrail"><div class="GridItem-buujkM cFigvs grid--item grid-layout__content">
<div class="body__inner-container">${inner}</div></div><div class="GridItem-buujkM grid--item grid-layout__aside"><div class="ad ad--rail">
<div class="ad__slot ad__slot--rail" data-node-id="m3k2e"></div></div></div></div></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Ferry That Split an Island in Two | The New Yorker</title><meta name="description" content="${nyDek}">
<meta property="og:site_name" content="The New Yorker"><meta property="og:title" content="${nyTitle}"><meta property="og:type" content="article">
<meta name="author" content="Callum Ashdown-Reyes"><meta name="parsely-section" content="news"><meta name="content-type" content="article">
<link rel="canonical" href="https://www.newyorker.com/news/dispatch/the-ferry-that-split-an-island-in-two">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nyTitle}","alternativeHeadline":"${nyDek}",
"articleSection":"dispatch","author":[{"@type":"Person","name":"Callum Ashdown-Reyes"}],"datePublished":"2025-03-03T06:00:00.000-05:00",
"isAccessibleForFree":false,"publisher":{"@context":"https://schema.org","@type":"Organization","name":"The New Yorker"}}</script>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"dek":"","rubric":{"name":"Dispatch"}}}}};</script>
<link rel="stylesheet" href="https://www.newyorker.com/verso/static/the-new-yorker/assets/main.a9d0e3b1f2.css"></head>
<body><div id="app-root"><div class="page page--article">
<a class="SkipLink-cXdakg" href="#main-content">Skip to main content</a>
<header class="StackedNavigationWrapper-bFftAs navigation" data-testid="StackedNavigation"><div class="NavigationUtilities-fQJwGx">
<a class="NavigationUtilityLink-kFIdKe" href="/newsletters">Newsletter</a><a class="NavigationUtilityLink-kFIdKe" href="/account/sign-in">Sign In</a>
<a class="SubscribeButton-lmSQGh" href="/subscribe">Subscribe</a><button class="SearchButton-dYGxpS" aria-label="Open search"></button></div>
<a class="NavigationLogo-bIECuH" href="/"><span class="visually-hidden">The New Yorker</span></a>
<nav class="NavigationMenu-eCzFZU" aria-label="Main"><ul>${links(nyTop, 'NavigationListItem-dYbrDK')}</ul></nav></header>
<main id="main-content" class="main-content"><article class="article main-content" lang="en-US">
<header data-testid="SplitScreenContentHeaderWrapper" class="SplitScreenContentHeaderWrapper-hKvNbb"><div class="SplitScreenContentHeaderMain-bcMmbX">
<div class="RubricWrapper-dKmCNX"><a class="RubricLink-jTXdyp" href="/news/dispatch"><span class="RubricName-fVtemz">Dispatch</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ SplitScreenContentHeaderHed-lcUSuI iUEiRd">${nyTitle}</h1>
<div class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ SplitScreenContentHeaderDekDown-csTFQR">${nyDek}</div>
<div class="BylinesWrapper-KIudk"><p class="BylineWrapper-jWHrLH"><span itemprop="author" class="BylineNamesWrapper-jbHncn">
<span class="BylinePreamble-iJolpQ">By </span><span class="BylineName-kwmrLn"><a class="BaseLink-eNWuiM BylineLink-gEnFiw"
href="/contributors/callum-ashdown-reyes">Callum Ashdown-Reyes</a></span></span></p></div>
<time data-testid="ContentHeaderPublishDate" class="SplitScreenContentHeaderPublishDate-hcVFGz">March 3, 2025</time>
<div data-testid="SocialIconsWrapper" class="SocialIconsWrapper-iYAtfj"><ul class="SocialIconsList-lbGktL">
${nyShare
  .map(
    (t) => `<li class="SocialIconContainer-jRVuNx"><a class="external-link SocialIconExternalLink-jQikhr" href="#"><span
class="visually-hidden">${t}</span></a></li>`,
  )
  .join('\n')}
</ul><button class="SaveStoryButton-gGyYRm" data-testid="SaveStoryButton"><span>Save this story</span></button></div></div>
<figure class="SplitScreenContentHeaderLede-kWczhq"><div class="AssetEmbedAssetContainer-dapIxk"><picture class="ResponsiveImagePicture-cWuUZO">
<img alt="People with bags on a ferry dock before dawn" class="ResponsiveImageContainer-eybHBd"
src="https://media.newyorker.example/photos/65e1/4:3/w_960/ferry.jpg">
</picture></div><figcaption class="CaptionWrapper-jTCZWn"><span class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ CaptionText-lzqrhx">${nyCaption}</span>
<span class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ CaptionCredit-ejegFm">${nyCredit}</span></figcaption></figure></header>
<div class="container container--body"><div class="container--body-inner" data-attribute-verso-pattern="article-body">
${nyChunk(`${nyPs(nyP1, true)}\n${nyBreak}\n${nyPs(nyP2.slice(0, 2))}`)}
<div class="NewsletterSubscribeFormWrapper-hBUmYH" data-testid="NewsletterSubscribeFormWrapper"><div
class="NewsletterSubscribeFormHed-eRNOUE">${nyNews[0]}</div>
<div class="NewsletterSubscribeFormDek-jLqfYa"><p>${nyNews[1]}</p></div><form class="NewsletterSubscribeFormForm-bjYmKv">
<label class="TextFieldLabel-klrYvg" for="newsletter-email">${nyNews[2]}</label><input id="newsletter-email" type="email" name="email">
<button class="ButtonWrapper-xCepQ" type="submit"><span class="ButtonLabel-cjAuJN">${nyNews[3]}</span></button></form>
<div class="NewsletterSubscribeFormDisclaimer-bTVtiV"><p>${nyNews[4]}</p></div></div>
${nyChunk(`${nyPs(nyP2.slice(2))}\n${nyBreak}\n${nyPs(nyP3)}`)}
</div></div>
<div class="ContentFooterWrapper-cJbEjA"><div data-testid="ContributorBioWrapper" class="ContributorBioWrapper-bqabIb"><div class="ContributorBioBio-hbNjQw">
<p><a href="/contributors/callum-ashdown-reyes">Callum Ashdown-Reyes</a> is a staff writer at The New Yorker. He writes about infrastructure and small-town
politics.</p></div></div>
<p class="MagazineDisclaimerWrapper-hQXplR">Published in the print edition of the <a href="/magazine/2025/03/10">March 10, 2025</a>, issue, with the headline
“Crossing Times.”</p></div></article>
<div class="RecircMostPopularWrapper-gPlZtF" data-testid="RecircMostPopular"><h2 class="RecircMostPopularHeading-bkgOXr">New Yorker Favorites</h2><ul>
${nyFav.map((t) => `<li class="SummaryItemWrapper-iwvBff"><a class="SummaryItemHedLink-ciaMYZ" href="/culture/favorites"><h3>${t}</h3></a></li>`).join('\n')}
</ul></div></main>
<div class="PaywallBarWrapper-fZmfkq" data-testid="PaywallBar"><p>You’re reading your last free article.</p>
<a class="PaywallBarButton-jFwQvb" href="/subscribe">Subscribe for unlimited access</a></div>
<footer class="FooterWrapper-jMIvgq" data-testid="Footer"><nav><ul>${links(nyFoot, 'FooterLinkItem-eYuyDY')}</ul></nav>
<p class="FooterLegalText-hsXmbN">${nyLegal}</p><a class="FooterAdChoices-cUnSoN" href="http://www.aboutads.info">Ad Choices</a></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<p id="onetrust-policy-text">${nyCookie}</p><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div></div>
<script src="https://www.newyorker.com/verso/static/the-new-yorker/assets/runtime.5c1f2d.js" defer></script></body></html>`;

export const newYorker: TestPage = {
  html: nyHtml,
  name: 'heldout130-new-yorker-news',
  kind: 'news',
  // the dek is body; the rubric, share labels, caption and credit, the newsletter module between body chunks, the bio,
  // the print-edition line, favorites, paywall bar, footer and cookie banner are furniture
  title: nyTitle,
  headings: [],
  body: [nyDek, ...nyP1, ...nyP2, ...nyP3],
  bylines: ['By Callum Ashdown-Reyes', 'March 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Newsletter', 'Sign In', 'Subscribe', ...nyTop, 'Dispatch', ...nyShare, 'Save this story', nyCaption, nyCredit, ...nyNews,
    nyBio, nyPrint, 'New Yorker Favorites', ...nyFav, 'You’re reading your last free article.', 'Subscribe for unlimited access', ...nyFoot, nyLegal,
    'Ad Choices', nyCookie, 'Accept all', 'Reject all', 'Cookies Settings',
  ],
};
