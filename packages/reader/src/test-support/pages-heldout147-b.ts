import { links, type TestPage, texts } from './page-kit.js';
import { esquire } from './pages-heldout147-b2.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file b: a Vanity Fair news story on Condé Nast's Verso templates (skip link, the stacked navigation
 * with "Subscribe", "Sign In" and the hidden drawer menu, the rubric, headline, dek, byline and publish date, "Save this
 * story", the lead image with caption and credit, the body split into chunks with mid-content ads and an inline "Most
 * Popular" module, the editorial "More Great Stories From Vanity Fair" list closing the body, the contributor bio, topics,
 * the "Read More" recirculation, the newsletter, the paywall bar and the footer with its legal text) and, from file b2,
 * an Esquire news story.
 */
const vfTitle = 'The Halden Film Festival Is Canceled, and Nobody Seems to Know Where the Money Went';
const vfDek =
  'Filmmakers, sponsors, and a small Vermont town are left with unpaid bills after the festival’s board pulled the plug three weeks before opening night.';
const vfP1 = paras(`
For 16 years, the Halden Film Festival was the kind of event that publicists liked to call “intimate”: five days in October, two
screens in a converted mill, and a guest list that somehow always included at least one Oscar winner who had driven up from New York
for the maple doughnuts. On Monday, its board announced that this year’s edition would not take place, and that the nonprofit that
runs it would file for bankruptcy.

The statement, posted to the festival’s website shortly after 9 p.m., cited “unforeseen financial obligations” and thanked “the
extraordinary community of artists who made Halden what it was.” It did not mention that dozens of those artists had already paid
submission and travel costs, or that several local businesses say they are still owed tens of thousands of dollars from last year.

“We got a message at 9:15 at night saying it was over,” said Marisol Tennant, a documentary director whose film about oyster farmers
had been picked for the closing-night slot. “I’d already bought plane tickets for my whole crew. Nobody has told us if we’ll get our
fees back.”`);
const vfP2 = paras(`
According to three people with knowledge of the festival’s finances, the trouble began in 2023, when Halden expanded to a second
weekend and signed a three-year lease on a larger venue across the river. Attendance that year was lower than projected, and a
streaming company that had promised to sponsor a new award withdrew after a merger. The festival’s executive director at the time,
Graham Solvay, left in early 2024; his replacement, Annika Brus, was hired in March and resigned in August.

Solvay, reached by phone, said he was “heartbroken” by the news but disputed the idea that the expansion had sunk the festival.
“When I left, the books balanced,” he said. “I can’t speak to the decisions that were made afterward.” Brus did not respond to
requests for comment.

The board’s chair, the producer Celeste Marchetti, told <em>Vanity Fair</em> that the board had explored “every possible option,”
including a merger with a larger festival in Massachusetts, before deciding to close. She said the organization would work with a
court-appointed trustee to repay creditors “as fully as the law allows,” and that filmmakers would be among the first to be
contacted.`);
const vfP3 = paras(`
In Halden itself, a town of about 4,000 people, the loss is being measured in hotel rooms and dinner reservations. The owner of the
Gristmill Inn, Pete Lavoie, said the festival week had accounted for nearly a fifth of his annual revenue. “People say it’s just a
film festival,” he said. “But for us, that week paid for the winter.”

There is already talk of a successor. A group of former volunteers has started a fund-raising page for what they are calling “an
independent Halden screening weekend” next fall, with no red carpet and no sponsors. It had raised a little over $38,000 by Tuesday
afternoon.

“Maybe it was always supposed to be small,” Tennant said. “That was the whole point of it.”`);
const vfNav = ['Hollywood', 'Style', 'Culture', 'Royals', 'Politics', 'Business', 'Video', 'Podcasts', 'Archive'];
const vfCaption = 'The converted mill that housed the Halden Film Festival’s main screen, photographed in 2022.';
const vfCredit = 'Photograph by Ines Kovač';
const vfPopular = [
  'Inside the Very Awkward Reunion of a Beloved TV Family',
  'The Palace Is Quietly Rewriting the Royal Calendar',
  'Why Hollywood’s Newest Power Agent Refuses to Use Email',
];
const vfMore = [
  'The Oscars’ Most Surprising Snubs, Explained',
  'The Producer Who Says No to Almost Everything',
  'Inside the Fight Over a Legendary Director’s Last Film',
  'From the Archive: The Night a Festival Became a Legend',
];
const vfBio = 'Ruth Adebayo-Lind is a contributing editor at Vanity Fair, where she covers the film business.';
const vfTopics = ['film festivals', 'independent film', 'Vermont'];
const vfRead = ['The Streaming Bubble Has Burst. Now What?', 'How One Tiny Festival Launched Three Best Picture Winners', 'The Year in Box Office Bombs'];
const vfNews = [
  'Sign up for the HWD Daily newsletter for must-read industry and entertainment coverage.',
  'Your email',
  'Sign Up',
  'By signing up, you agree to our user agreement (including class action waiver and arbitration provisions), and acknowledge our privacy policy.',
];
const vfPaywall = ['You’re reading your last free article.', 'Get unlimited access for just $1 a month.', 'Subscribe Now'];
const vfFoot = ['Subscribe', 'Newsletters', 'Contact', 'Careers', 'Sitemap', 'Accessibility Help', 'Condé Nast Store', 'Condé Nast Spotlight', 'Ad Choices'];
const vfLegal =
  '© 2025 Condé Nast. All rights reserved. Vanity Fair may earn a portion of sales from products that are purchased through our site as part of our ' +
  'Affiliate Partnerships with retailers.';
const vfPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const vfChunk = (inner: string, n: number): string => `<div class="GridWrapper-cAzTTK gdZGWN grid grid-margins grid-items-2 ArticlePageChunksGrid-hNmwSC"
data-attr-viewport-monitor="" data-chunk="${n}"><div class="GridItem-buujkM gtINhx grid--item grid-layout__content">
<div class="BodyWrapper-kufPGa bSHjYu body body__container article__body grid-layout__content" data-journey-hook="client-content" data-testid="BodyWrapper">
<div class="body__inner-container">${inner}</div></div></div></div>`;
const vfAd = (n: number): string => `<div class="AdWrapper-dQtivb fIPOmF ad ad--mid-content" data-testid="AdWrapper"><div class="ad__slot ad__slot--mid-content"
id="mid-content-${n}"><div class="ad-label">Advertisement</div></div></div>`;
const vfHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${vfTitle} | Vanity Fair</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${vfDek}">
<meta property="og:site_name" content="Vanity Fair"><meta property="og:title" content="${vfTitle}"><meta property="og:type" content="article">
<meta name="author" content="Ruth Adebayo-Lind"><meta name="keywords" content="film festivals,independent film,vermont,hollywood">
<meta property="article:published_time" content="2025-03-11T13:42:00.000Z">
<link rel="canonical" href="https://www.vanityfair.com/hollywood/story/halden-film-festival-canceled">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","articleSection":"Hollywood","headline":"${vfTitle}",
"author":[{"@type":"Person","name":"Ruth Adebayo-Lind","sameAs":"https://www.vanityfair.com/contributor/ruth-adebayo-lind"}],
"datePublished":"2025-03-11T13:42:00.000Z","isAccessibleForFree":false,"publisher":{"@type":"Organization","name":"Vanity Fair"}}</script>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"dek":"Filmmakers, sponsors..."}},"coreDataLayer":{"content":{}}}};</script>
<link rel="stylesheet" href="https://www.vanityfair.com/verso/static/vanity-fair/assets/main.7c1f0e2d.css"></head>
<body><div id="app-root"><div class="BasePage-bAcoKy kuzlyb page"><a class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ BaseLink-eNWuiM SkipLink-hXuPcF iUEiRd"
href="#main-content">Skip to main content</a>
<div class="StackedNavigationWrapper-iFNTxv" data-testid="StackedNavigationWrapper"><header class="StackedNavigationHeader-cJCbRD">
<a class="BaseLink-eNWuiM NavigationLogo-bcrrwH" href="/"><span class="visually-hidden">Vanity Fair</span><svg class="icon icon-brand-logo"></svg></a>
<nav class="NavigationInner-fzuTmC" aria-label="Main Navigation">
<ul class="NavigationListWrapper-gyRbKS">${links(vfNav, 'NavigationListItem-jOlvTq')}</ul></nav>
<div class="StackedNavigationUtilities-kvFvJh"><a class="BaseButton-bLlsy SubscribeButton-dYUrtl" href="https://subscribe.vanityfair.com/">Subscribe</a>
<a class="BaseLink-eNWuiM AccountLink-fBhfVA" href="/auth/initiate?source=VERSO_NAVIGATION">Sign In</a>
<button class="SearchButton-kPhSxk" aria-label="Search"><span class="visually-hidden">Search</span></button></div></header>
<div class="DrawerMenu-bUcWlc" aria-hidden="true" hidden><ul class="DrawerMenuList">${links(vfNav, 'DrawerMenuItem')}</ul></div></div>
<main id="main-content" tabindex="-1"><article class="article main-content" lang="en-US">
<div class="ContentHeaderWrapper-fTrbUx" data-testid="ContentHeaderContainer">
<header class="SplitScreenContentHeaderWrapper-iBbUzH"><div class="ContentHeaderRubricBlock-eJcLBl"><a class="RubricLink-fyTkNj" href="/hollywood">
<span class="RubricName-fVtemz">Hollywood</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC iUEiRd">${vfTitle}</h1>
<div class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderDek-bIqFFZ">${vfDek}</div>
<div data-testid="ContentHeaderAccreditation" class="ContentHeaderAccreditation-kFdCVa"><div class="BylinesWrapper-KIudn"><span class="BylineWrapper-jWHrLH">
<span itemprop="author" itemtype="http://schema.org/Person" class="BylineNamesWrapper-jbHncj"><span class="BylinePreamble-iJolpQ">By </span><a
class="BaseLink-eNWuiM BylineLink-gEnFiw" href="/contributor/ruth-adebayo-lind">Ruth Adebayo-Lind</a></span></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-eIBicG">March 11, 2025</time></div>
<div class="ActionBarWrapper-iSXYtl"><button class="SaveButton-cTfbUf" data-testid="save-story"><span class="SaveButtonLabel">Save this story</span></button>
</div></header><figure class="ContentHeaderLeadAsset-bGHFnw"><div class="AssetEmbedWrapper"><picture class="ResponsiveImagePicture-cWuUZO"><img alt=""
class="ResponsiveImageContainer-eybHBd" src="https://media.vanityfair.com/photos/67d0/master/w_2560%2Cc_limit/halden-mill.jpg"></picture></div>
<div class="CaptionWrapper-jmKaqV"><span class="BaseWrap-sc-gjQpdd CaptionText-fQMNzq">${vfCaption}</span>
<span class="BaseWrap-sc-gjQpdd CaptionCredit-ejegBp">${vfCredit}</span></div></figure></div>
<div data-testid="ArticlePageChunks" class="ArticlePageChunks-fXqzrJ">
${vfChunk(vfPs(vfP1), 0)}
${vfAd(1)}
${vfChunk(vfPs(vfP2), 1)}
<div class="RecircMostPopularWrapper-kFxboE" data-testid="RecircMostPopular"><div class="RecircMostPopularHeading">Most Popular</div>
<ul class="SummaryList-iHTFbe">${links(vfPopular, 'SummaryItemWrapper-iwvBff')}</ul></div>
${vfChunk(
  `${vfPs(vfP3)}
<p><strong>More Great Stories From</strong> <em><strong>Vanity Fair</strong></em></p>
<ul>${links(vfMore)}</ul>`,
  2,
)}
${vfAd(2)}
</div>
<div class="ContributorsWrapper-dNALOz"><div class="ContributorBioWrapper-hVmlIN"><p class="ContributorBioBio-bTDuCp">${vfBio}</p></div></div>
<div class="TagCloudWrapper-dRTRBh" data-testid="TagCloudWrapper"><span class="TagCloudName-ecNNbL">Topics</span>
<ul class="TagCloudList">${links(vfTopics, 'TagCloudItem')}</ul></div>
<div class="ActionBarWrapper-iSXYtl"><button class="SaveButton-cTfbUf"><span class="SaveButtonLabel">Save this story</span></button></div></article>
<section class="RecircListWrapper-bkzCbq" data-testid="RecircList"><h2 class="RecircListHeading">Read More</h2>
<ul>${vfRead
  .map(
    (t, i) => `<li class="SummaryItemWrapper-iwvBff"><a href="/hollywood/story/read-more-${i}">
<h3 class="SummaryItemHed-gNowqC">${t}</h3></a></li>`,
  )
  .join('\n')}
</ul></section>
<div class="NewsletterSubscribeFormWrapper-bWSNWB" data-testid="NewsletterSubscribeForm"><p class="NewsletterSubscribeFormDek">${vfNews[0]}</p>
<form><label class="visually-hidden" for="newsletter-email">${vfNews[1]}</label><input id="newsletter-email" type="email">
<button type="submit" class="NewsletterSubscribeFormButton">${vfNews[2]}</button></form><p class="NewsletterSubscribeFormDisclaimer">${vfNews[3]}</p></div>
</main>
<div class="PaywallBarWrapper-cMXrwI" data-testid="PaywallBar" role="region" aria-label="Paywall"><p class="PaywallBarMessage">${vfPaywall[0]}</p>
<p class="PaywallBarDek">${vfPaywall[1]}</p>
<a class="BaseButton-bLlsy PaywallBarButton" href="https://subscribe.vanityfair.com/?source=PAYWALL_BAR">${vfPaywall[2]}</a></div>
<footer class="StackedFooterWrapper-dgOYhN" data-testid="Footer"><div class="FooterLinks-bNsNtm"><h3 class="FooterHeading">More from Vanity Fair</h3>
<ul>${links(vfFoot, 'FooterLinkItem')}</ul></div><div class="FooterLegal-kMbFcV"><p>${vfLegal}</p>
<a href="/about/california-privacy">Your Privacy Choices</a></div></footer></div></div>
<script src="https://www.vanityfair.com/verso/static/vanity-fair/assets/runtime.9c1a.js" defer></script>
<script src="https://www.vanityfair.com/verso/static/vanity-fair/assets/article.1e7b.js" defer></script></body></html>`;
const vanityFair: TestPage = {
  html: vfHtml,
  name: 'heldout147-vanityfair-news',
  kind: 'news',
  // the dek is body; the "More Great Stories From Vanity Fair" list at the end of the body, the inline "Most Popular"
  // module, rubric, "Save this story", caption, credit, bio, topics, recirculation, newsletter, paywall bar and footer
  // are furniture
  title: vfTitle,
  headings: [],
  body: [vfDek, ...texts(vfP1), ...texts(vfP2), ...texts(vfP3)],
  bylines: ['By Ruth Adebayo-Lind', 'Ruth Adebayo-Lind', 'March 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vfNav, 'Sign In', 'Search', 'Save this story', vfCaption, vfCredit, 'Advertisement', 'Most Popular', ...vfPopular,
    'More Great Stories From Vanity Fair', ...vfMore, vfBio, 'Topics', ...vfTopics, 'Read More', ...vfRead, ...vfNews, ...vfPaywall,
    'More from Vanity Fair', ...vfFoot, vfLegal, 'Your Privacy Choices',
  ],
};

export const HELDOUT147_B: readonly TestPage[] = [vanityFair, esquire];
