import { links, type TestPage, texts } from './page-kit.js';
import { arsTechnica } from './pages-heldout129-d2.js';

/**
 * Held-out batch 129, file d: a WIRED science story on Condé Nast's "verso" template (skip link, the hidden "Story Saved"
 * alert, the header nav with "Sign In" and "Subscribe", the rubric, dek, "By" byline and date, "Save this story" and
 * "Comment" buttons, the lead image with caption and credit, body containers split by in-content ads with h2 subheads, the
 * author bio, "Topics", "You Might Also Like" cards, the newsletter unit, the paywall bar, the footer with its mission blurb,
 * links, legal text and international sites) and, from file d2, an Ars Technica article.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const wTitle = 'The Mysterious Hum Beneath Lake Orrin Was a Fish All Along';
const wDek = 'For years, residents blamed a pipeline, a power plant, and the military. Underwater microphones finally caught the culprit.';
const wP1 = paras(`
Every summer for at least a decade, people living along the north shore of Lake Orrin have complained about a low drone that starts after
sunset and lasts until the small hours. Some described it as an idling truck. Others said it felt less like a sound than a pressure in
the chest.

Theories piled up. A local Facebook group with 4,000 members blamed, in turn, a gas pipeline under the lake, the cooling pumps at a power
station 12 miles away, and secret testing by the Navy. The town of Westmere paid an acoustics firm $18,000 in 2022 to find the source;
its report was inconclusive.

Now a team of biologists says it has the answer, and it is much less sinister. In a study published this week in the <em>Journal of
Freshwater Acoustics</em>, researchers at Coldbrook University report that the hum is made by thousands of male freshwater drum, a silvery
fish that calls to females by vibrating muscles against its swim bladder.`);
const wH1 = 'Listening in the Dark';
const wP2 = paras(`
“Honestly, I thought we would find a pump,” says Lena Marwick, the acoustic ecologist who led the study. “Fish were on our list, but
pretty far down it.”

In the summer of 2024, Marwick’s team anchored 14 hydrophones—underwater microphones—across the northern half of the lake and left them
recording for 11 weeks. The sound showed up almost every night from late May to early August, peaking between 10 pm and 2 am, at a
frequency around 100 hertz. That is low enough to travel a long way through water and, in still air, to be felt through the walls of a
house.

When the researchers mapped where the sound was loudest, it came not from the pipeline route or the direction of the power station but
from a series of gravel shoals in shallow water, where drum are known to gather to spawn. Divers with underwater cameras confirmed that
the fish were there, in their thousands, at night.

The clinching evidence came from a single fish. The team caught a male drum, fitted it with a tiny acoustic tag, and recorded it in a
holding tank at the lake’s field station. Its call matched the hum almost exactly.`);
const wH2 = 'A Chorus, Not a Soloist';
const wP3 = paras(`
One drum is not very loud. But thousands calling at once, Marwick says, create a steady chorus that can carry for miles. The lake’s
shape seems to help: The north shore sits at the end of a long, narrow bay that funnels the sound toward town.

Why the hum appeared to start only about a decade ago is less clear. Marwick suspects it may not have. A housing development built on the
north shore in 2014 put hundreds of people much closer to the spawning grounds than before. Warmer summers, which lengthen the spawning
season, may also play a part.

Not everyone in Westmere is satisfied. “I’ve lived by water all my life and I’ve never heard a fish do that,” says Ray Tolland, who has
run the Facebook group since 2019. He says he will wait for an independent review.

For Marwick, the findings are a reminder of how noisy freshwater lakes really are. “People think of lakes as quiet places,” she says.
“Put a microphone in, and it’s a party down there.”`);
const wAlert = ['Story Saved', 'To revisit this article, visit My Profile, then View saved stories.', 'Close Alert'];
const wNav = ['Security', 'Politics', 'The Big Story', 'Business', 'Science', 'Culture', 'Reviews'];
const wCaption = 'Freshwater drum gather on gravel shoals in the north of Lake Orrin to spawn each summer.';
const wCredit = 'Photograph: Coldbrook University';
const wBio =
  'Celia Okoro is a staff writer at WIRED covering the environment, animals, and the strange science of everyday places. She is based ' + 'in Chicago.';
const wTopics = ['animals', 'Nature', 'biology', 'lakes', 'sound'];
const wMore = [
  'The Secret Language of Whales Is Starting to Make Sense',
  'Scientists Finally Know Why Some Beaches Sing',
  'Your Aquarium Is Louder Than You Think',
  'The Cicadas Are Back—and So Are the Noise Complaints',
];
const wMoreBy = ['By Jonah Pratt', 'By Celia Okoro', 'By Ama Boateng', 'By Luis Ortega'];
const wNews = [
  'Get the best of WIRED science in your inbox',
  'Weekly insights into the discoveries that are changing what we know.',
  'Sign up',
  'By signing up, you agree to our user agreement (including class action waiver and arbitration provisions), and acknowledge our privacy policy.',
];
const wPaywall = [
  'Power up with unlimited access to WIRED.',
  'Get best-in-class reporting that’s too important to ignore for just $2.50 $1 per month for 1 year.',
  'Includes unlimited digital access and exclusive subscriber-only content.',
  'Subscribe Today',
];
const wMission = 'WIRED covers the people, ideas and technology that are changing how we live, work and think, from the lab bench to the living room.';
const wFoot = [
  'Subscribe',
  'Newsletters',
  'FAQ',
  'WIRED Staff',
  'WIRED Education',
  'Editorial Standards',
  'Archive',
  'RSS',
  'Site Map',
  'Accessibility Help',
  'Reviews and Guides',
  'Buying Guides',
  'Coupons',
  'Advertise',
  'Contact Us',
  'Manage Account',
  'Jobs',
  'Press Center',
  'Condé Nast Store',
  'User Agreement',
  'Privacy Policy',
  'Your California Privacy Rights',
];
const wLegal =
  '© 2025 Condé Nast. All rights reserved. WIRED may earn a portion of sales from products that are purchased through our site as part of ' +
  'our Affiliate Partnerships with retailers. The material on this site may not be reproduced or used without prior written permission.';
const wIntl = ['Italia', 'Japón', 'Czech Republic & Slovakia', 'Middle East', 'United States'];
const wPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const wBody = (inner: string): string => `<div class="body__inner-container">${inner}</div>`;
const wAd = (n: number): string => `<div class="ad ad--in-content" data-testid="ad-in-content-${n}"><div class="ad__slot ad__slot--in-content"
id="in-content-${n}"></div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Mysterious Hum Beneath Lake Orrin Was a Fish All Along | WIRED</title><meta name="description" content="${wDek}">
<meta property="og:title" content="${wTitle}"><meta property="og:site_name" content="WIRED"><meta name="author" content="Celia Okoro">
<meta name="keywords" content="animals,nature,biology,lakes,sound,web">
<link rel="canonical" href="https://www.wired.example/story/lake-orrin-hum-freshwater-drum/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${wTitle}","description":"${wDek}",
"datePublished":"2025-11-04T11:00:00.000Z","author":[{"@type":"Person","name":"Celia Okoro","sameAs":"https://www.wired.example/author/celia-okoro/"}],
"publisher":{"@type":"Organization","name":"WIRED"},"articleSection":"science","isAccessibleForFree":false}</script>
<script>window.__PRELOADED_STATE__={"transformed":{"article":{"headerProps":{"dangerousHed":"${wTitle}"}},
"coreDataLayer":{"content":{"contentType":"article"}}}};</script>
<link rel="stylesheet" href="https://www.wired.example/verso/static/wired/assets/main.8d2e41.css"></head>
<body><div id="app-root"><div class="page page--article"><a class="SkipLink-dYyHqF" href="#main-content">Skip to main content</a>
<div class="AlertWrapper-kZEepd" role="alert" aria-hidden="true" hidden><div class="AlertTitle-hVeHrv">${wAlert[0]}</div>
<div class="AlertMessage-cdDhwQ">${wAlert[1]}</div><button class="AlertCloseButton-jcmoDD">${wAlert[2]}</button></div>
<div class="StickyHeroAdWrapper-gPXQwl"><div class="ad ad--hero" data-testid="ad-hero"></div></div>
<header class="SiteHeaderWrapper-dEZTdZ" data-testid="SiteHeader"><div class="NavigationWrapper-bFftAs"><button class="NavigationMenuButton-kGtYGi"
aria-label="Open Navigation Menu"><span class="NavigationMenuLabel">Menu</span></button><a class="SiteHeaderLogo-fHaBZa" href="/" aria-label="WIRED"></a>
<nav class="NavigationList-bnIfas" aria-label="Main"><ul>${links(wNav, 'NavigationListItem-gzXbyF')}</ul></nav>
<div class="NavigationActions-hJtXXb"><a class="AccountLink-bDvNqT" href="/account/sign-in">Sign In</a>
<a class="SubscribeButton-gxSBmQ" href="/subscribe">Subscribe</a></div></div></header>
<main id="main-content" tabindex="-1" class="main-content"><article class="article main-content" lang="en-US">
<header class="ContentHeaderWrapper-gNiTCj"><div class="ContentHeaderRubric-bfkbKc"><a class="RubricLink-iQcyLb" href="/category/science/">
<span class="RubricName-fVtemz">Science</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${wTitle}</h1>
<div class="ContentHeaderDek-bIqFFZ">${wDek}</div>
<div class="ContentHeaderByline-jzshJe"><div class="BylinesWrapper-KIudn"><p class="BylineWrapper-jWHrLH"><span itemprop="author"
class="BylineNamesWrapper-jbHncj"><span class="BylineName-kwmrLn"><span class="BylinePreamble-iJolpQ">By </span><a class="BylineLink-gEnFiw"
href="/author/celia-okoro/">Celia Okoro</a></span></span></p></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-kNNNnb">Nov 4, 2025
6:00 AM</time></div>
<div class="ContentHeaderActions-gSdTVG"><button class="SaveButton-iBbdfI" aria-label="Save this story">
<span class="SaveButtonLabel">Save this story</span></button>
<a class="CommentButton-cRCmJo" href="#comments"><span class="CommentButtonLabel">Comment</span></a></div>
<figure class="ContentHeaderLeadAsset-cGxJHo"><img alt="Silvery fish in shallow water over gravel" src="https://media.wired.example/photos/lake-orrin-drum.jpg">
<figcaption class="CaptionWrapper-jSCOkU"><span class="BaseWrap-sc-gjQpdd CaptionText-iLhbnF">${wCaption}</span>
<span class="BaseWrap-sc-gjQpdd CaptionCredit-ejegoY">${wCredit}</span></figcaption></figure></header>
<div class="grid--item body body__container article__body grid-layout__content" data-journey-hook="client-content" data-testid="BodyWrapper">
${wBody(wPs(wP1))}
${wAd(1)}
${wBody(`<h2>${wH1}</h2>\n${wPs(wP2.slice(0, 2))}`)}
${wAd(2)}
${wBody(`${wPs(wP2.slice(2))}\n<h2>${wH2}</h2>\n${wPs(wP3)}`)}
</div>
<div class="ContributorsWrapper-cLLrQf"><div class="ContributorBioWrapper-dWqvXW"><a href="/author/celia-okoro/" class="ContributorBioName">Celia Okoro</a>
<p class="ContributorBioBio-gpDKHM">${wBio}</p></div></div>
<div class="TagCloudWrapper-kSmXvA"><span class="TagCloudName-cYmtMD">Topics</span><ul class="TagCloudContent-eaylCN">
${wTopics.map((t) => `<li><a class="TagCloudLink-jJUhzU" href="/tag/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></div>
<div id="comments" class="CommentsWrapper" data-testid="comments"></div></article>
<section class="SummaryCollectionGridWrapper-bsjmCz"><h2 class="SummaryCollectionGridHed-jRBfYd">You Might Also Like</h2><ul>
${wMore
  .map(
    (t, i) => `<li class="SummaryItemWrapper-iwvBff"><a href="/story/more-${i}/"><h3 class="SummaryItemHedBase-hiFYpQ">${t}</h3></a>
<div class="BylineWrapper-jWHrLH">${wMoreBy[i]}</div></li>`,
  )
  .join('\n')}</ul></section>
<section class="NewsletterSubscribeFormWrapper-bzvLGf"><h2 class="NewsletterSubscribeFormHed">${wNews[0]}</h2><p>${wNews[1]}</p>
<form><input type="email" aria-label="Your email" placeholder="Your email"><button type="submit">${wNews[2]}</button></form>
<p class="NewsletterSubscribeFormDisclaimer">${wNews[3]}</p></section></main>
<div class="PaywallBarWrapper-fIZFgw" data-testid="paywall-bar"><p class="PaywallBarHed">${wPaywall[0]}</p><p class="PaywallBarDek">${wPaywall[1]}</p>
<p class="PaywallBarDek">${wPaywall[2]}</p><a class="PaywallBarButton" href="/subscribe/?source=paywall-bar">${wPaywall[3]}</a></div>
<footer class="StackedNavigationWrapper-gjRAaJ" data-testid="Footer"><p class="FooterMission-hQFuDp">${wMission}</p>
<ul class="FooterLinks-dJLmtM">${links(wFoot, 'FooterLink')}</ul><p class="FooterLegal-kPAzDm">${wLegal}</p>
<a class="AdChoices" href="/ad-choices">Ad Choices</a>
<div class="FooterInternational"><span>Select international site</span><ul>${links(wIntl)}</ul></div></footer></div></div>
<script src="https://www.wired.example/verso/static/wired/assets/main.8d2e41.js" defer></script></body></html>`;
const wired: TestPage = {
  html: wHtml,
  name: 'heldout129-wired-news-article',
  kind: 'news',
  // the dek is body; "By" with the author and the date are bylines; the hidden "Story Saved" alert, rubric, buttons, caption
  // and credit, the contributor bio, topics, "You Might Also Like" with its bylines, newsletter and paywall units, nav and the
  // footer are furniture
  title: wTitle,
  headings: [wH1, wH2],
  body: texts([wDek, ...wP1, ...wP2, ...wP3]),
  bylines: ['By Celia Okoro', 'Nov 4, 2025 6:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...wAlert, 'Menu', ...wNav.filter((t) => t !== 'Science'), 'Sign In', 'Science', 'Save this story', 'Comment', wCaption,
    wCredit, wBio, 'Topics', ...wTopics, 'You Might Also Like', ...wMore, ...wMoreBy.filter((t) => t !== 'By Celia Okoro'), ...wNews, ...wPaywall,
    wMission, ...wFoot, wLegal, 'Ad Choices', 'Select international site', ...wIntl,
  ],
};

export const HELDOUT129_D: readonly TestPage[] = [wired, arsTechnica];
