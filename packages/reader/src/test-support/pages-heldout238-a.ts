import { links, ps, type TestPage, texts } from './page-kit.js';
import { insider } from './pages-heldout238-a2.js';

/**
 * Held-out batch 238, file a: a Condé Nast (verso) fashion magazine's trend report, with its rubric, dek, byline, dateline,
 * share bar, figures with captions and credits, an inline "Read more" callout, a newsletter unit, the most-popular rail,
 * the OneTrust banner and the footer; and a beauty retailer's "beauty insider" editorial with product cards.
 */
const vTitle = 'The Quiet Return of the Wrap Coat, and Why It Looks New Again';
const vDek = 'From the autumn shows in Lyon to the street outside them, the belted coat has shed its office manners.';
const vIntro = [
  `For three seasons the outerwear story was about volume: cocoon shapes, dropped shoulders, coats that stood away from the body like tents.
This spring the mood has turned. At nearly every house that showed in Lyon, the coat was cut close, wrapped across the front and held with
nothing more than a self-tie belt.`,
  `It is not a nostalgic gesture. The new wrap coat is lighter, longer and softer than the camel classic your mother kept for funerals, and
designers are treating it as a dress you can wear over a dress.`,
];
const vH = ['Lighter cloth, longer lines', 'The belt does the work', 'How to wear it now'];
const vS1 = [
  `Much of the change comes from the cloth. Where the older version relied on double-faced wool heavy enough to stand on its own, the coats
at Maison Ferrand and at the young label Oduya were cut from a brushed cotton twill and a crepe wool that moves when the wearer does.`,
  `"I wanted a coat that behaves like a robe when you walk," said the designer Amara Oduya after her show, which opened with a floor-length
version in a colour she called wet sand. Hems dropped to the ankle almost everywhere, and sleeves were cut long enough to cover the hand.`,
];
const vS2 = [
  `With no buttons to hold it, the coat depends on the belt, and the belt has become the place where designers play. We saw narrow leather
ties threaded through side seams, wide sashes knotted at the hip and one memorable version closed with a single brass ring.`,
  `The practical effect is that the same coat can look three different ways in a week. Tied high and tight, it reads as tailoring. Left
loose, it falls open like a duster. Wrapped twice and knotted at the back, it becomes something closer to evening wear.`,
];
const vS3 = [
  `Stylists backstage kept the rest of the look spare, and that is the lesson to take home. The wrap coat is the statement; let it be.`,
  'Wear it over a slip dress or a fine-gauge knit in the same tone, so the line runs uninterrupted from collar to hem.',
  'Keep shoes flat or low: a loafer, a ballet flat or a slim boot that disappears under the hem.',
  'Skip the bag strap across the body, which breaks the wrap. Carry a clutch or a top-handle bag instead.',
  'If you buy one colour, make it a warm neutral: sand, tobacco or a greyed olive will outlast black.',
  `The shape is forgiving, too. Because the wearer decides where the belt sits, the coat adjusts to the body rather than asking the body to
adjust to it, which may be the real reason it is back.`,
];
const vNav = ['Fashion', 'Beauty', 'Culture', 'Living', 'Runway', 'Shopping', 'Video'];
const vPopular = [
  'The Spring Bag Everyone at the Shows Was Carrying',
  'Twelve Linen Trousers That Do Not Wrinkle by Lunch',
  'Inside the Studio of the Jeweller Who Works Only in Silver',
];
const vFoot = ['About Atelier', 'Masthead', 'Careers', 'Subscribe', 'Contact', 'Accessibility Help', 'User Agreement', 'Privacy Policy'];
const vFig = (n: number, cap: string, credit: string): string => `<figure class="ResponsiveAssetFigure-hLbXyQ asset-embed">
<div class="AssetEmbedAssetContainer-dkKXrf"><picture class="ResponsiveImagePicture-cWuUZO"><img alt="" class="ResponsiveImageContainer-eybHBd"
src="https://assets.atelier.example/photos/65f0c1/${n}:4/w_748/wrap-coat-${n}.jpg" loading="lazy"></picture></div>
<div class="CaptionWrapper-jxBTyZ caption AssetEmbedCaption-fpsvTq"><span class="BaseWrap-sc-gjQpdd CaptionText-cDFBAm">${cap}</span>
<span class="BaseWrap-sc-gjQpdd CaptionCredit-ejegFm">${credit}</span></div></figure>`;
const vCaps = ['Maison Ferrand, autumn/winter 2026.', 'Oduya closed with a belted coat in wet sand crepe.'];
const vCredits = ['Photo: Lucien Marro / Gorunway', 'Photo: Ines Calloway'];
const vHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>${vTitle} | Atelier</title><meta name="description" content="${vDek}">
<meta property="og:title" content="${vTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Atelier">
<meta name="author" content="Clémence Aubry"><meta name="parsely-metadata" content='{"section":"fashion","tags":["trends","outerwear"]}'>
<link rel="canonical" href="https://www.atelier.example/article/wrap-coat-trend-spring-2026">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${vTitle}","datePublished":"2026-03-04T06:00:00.000-05:00",
"author":[{"@type":"Person","name":"Clémence Aubry"}],"publisher":{"@type":"Organization","name":"Atelier"},"articleSection":"fashion"}</script>
<script>window.__PRELOADED_STATE__ = {"coreDataLayer":{"content":{"contentType":"article","functionalTags":["trends"]}}};</script>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-NX8K2L"></script></head>
<body><div id="app-root"><div class="StackWrapper-fbKIay"><div class="BannerWrapper-hQBMLj"><a href="#main-content" class="SkipLink-cGnJpl">Skip to main
content</a></div>
<header class="SiteHeaderWrapper-gqFnmN" data-testid="SiteHeader"><div class="NavigationWrapper-bFftAs"><a class="SiteHeaderLogo-iQFzMw" href="/">
<span class="visually-hidden">Atelier</span></a><nav class="NavigationInnerWrapper-gKyVrV" aria-label="Main"><ul class="NavigationListWrapper-hHuPZz">
${links(vNav, 'NavigationListItemWrapper-cNBhbp')}</ul></nav>
<a class="ButtonWrapper-xCepQ SubscribeButton" href="/subscribe">Subscribe</a><button class="SearchButton-dNPWRa" aria-label="Search">Search</button></div>
</header>
<main id="main-content" tabindex="-1"><article class="article main-content" lang="en-US">
<header class="SplitScreenContentHeaderWrapper-iMPeQa"><div data-testid="ContentHeaderRubric" class="RubricWrapper-dKmCNX">
<a class="RubricLink-jAeVWc" href="/fashion/trends"><span class="RubricName-fVtemz">Trends</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${vTitle}</h1>
<div class="BaseWrap-sc-gjQpdd ContentHeaderDek-bIqFFZ">${vDek}</div>
<div class="ContentHeaderByline-ldjVVa"><div class="BylineWrapper-jWHrLH"><span class="BylinePreamble-iJolpQ">By </span>
<span itemprop="name" class="BylineName-kwmrLn"><a class="BylineLink-gEnFiw" href="/contributor/clemence-aubry">Clémence Aubry</a></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-eIBicG">March 4, 2026</time></div>
<div class="SocialIconsWrapper-hIXNDN" data-testid="SocialIconsWrapper"><ul class="SocialIconsList-cpsLJR">
<li><a class="SocialIconNetworkLink" href="https://www.facebook.example/sharer" aria-label="Share on Facebook">Facebook</a></li>
<li><a class="SocialIconNetworkLink" href="https://pinterest.example/pin/create" aria-label="Share on Pinterest">Pinterest</a></li>
<li><a class="SocialIconNetworkLink" href="mailto:?subject=wrap%20coat" aria-label="Share via Email">Email</a></li></ul></div>
${vFig(1, vCaps[0] ?? '', vCredits[0] ?? '')}</header>
<div class="body body__container article__body grid--item"><div class="container container--body"><div class="container--body-inner">
<div class="body__inner-container">
${ps(vIntro)}
<h2>${vH[0]}</h2>
${ps(vS1)}
<div class="ConsumerMarketingUnitThemedWrapper-bcBHZW callout--group"><span class="ConsumerMarketingUnitLabel">Read more</span>
<a href="/article/linen-trousers-that-do-not-wrinkle" class="ConsumerMarketingUnitLink">The Spring Bag Everyone at the Shows Was Carrying</a></div>
${vFig(2, vCaps[1] ?? '', vCredits[1] ?? '')}
<h2>${vH[1]}</h2>
${ps(vS2)}
<h2>${vH[2]}</h2>
${ps(vS3.slice(0, 1))}
<ul>${vS3
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(vS3.slice(5))}
</div></div></div></div>
<div class="ContentFooterWrapper-dUdEFy"><div class="TagCloudWrapper-cHhbMv"><span class="TagCloudName">Tags</span><ul>
<li><a href="/tag/trends">trends</a></li><li><a href="/tag/autumn-outerwear">autumn outerwear</a></li><li><a href="/tag/lyon-fashion-week">lyon fashion
week</a></li></ul></div>
</div></article>
<aside class="NewsletterSubscribeFormWrapper-kYqsNl" data-testid="NewsletterSubscribeForm"><h3 class="NewsletterSubscribeFormHed">Get Atelier Daily</h3>
<p class="NewsletterSubscribeFormDek">The day's best fashion news, trends and shopping, in your inbox every morning.</p>
<form><input type="email" placeholder="Your email address" aria-label="Your email address"><button type="submit">Sign up</button></form>
<p class="NewsletterSubscribeFormDisclaimer">By signing up you agree to our User Agreement and Privacy Policy.</p></aside>
<section class="RecircMostPopularWrapper-kBPAAm" data-testid="RecircMostPopular"><h2 class="RecircMostPopularHeading">Most Popular</h2>
<ul class="SummaryList-hkrbPT">${links(vPopular, 'SummaryItemWrapper-iwvBff')}</ul></section></main>
<footer class="SiteFooterWrapper-gbiTxE" data-testid="SiteFooter"><ul class="SiteFooterLinks">${links(vFoot, 'SiteFooterLink')}</ul>
<p class="SiteFooterLegal">© 2026 Maréchal Publishing. All rights reserved. Atelier may earn a portion of sales from products that are purchased through our
site as part of our Affiliate Partnerships with retailers.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="Privacy">
<p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script>window.cns = window.cns || {}; cns.queue = []; cns.queue.push(function(){ cns.ads.init({"zone":"fashion"}); });</script></body></html>`;
const vogue: TestPage = {
  name: 'heldout238-conde-verso-trend-report',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: texts([vDek, ...vIntro, ...vS1, ...vS2, ...vS3]),
  bylines: ['Clémence Aubry', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vNav, 'Subscribe', 'Search', 'Trends', 'Facebook', 'Pinterest', 'Email', ...vCaps, ...vCredits, 'Read more', 'Tags', 'trends',
    'lyon fashion week', 'autumn outerwear', 'Get Atelier Daily', "The day's best fashion news, trends and shopping, in your inbox every morning.", 'Sign up',
    'By signing up you agree to our User Agreement and Privacy Policy.', 'Most Popular', ...vPopular, ...vFoot,
    '© 2026 Maréchal Publishing. All rights reserved.',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT238_A: readonly TestPage[] = [vogue, insider];
