import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 83, file a2: a long magazine feature on a Condé Nast "verso" site in the Wired shape (styled-component
 * class names, the rubric, the split-screen header with dek, byline and date, "Save this story", the lead image caption and
 * credit, the body split into several `body__inner-container` chunks with ad slots and a "Most Popular" recirculation box
 * between them, an inline image, the letters footer and topics, "More From" rail, newsletter box, the paywall "journey"
 * bar, the consent banner and the footer).
 */
const mgTitle = 'When the Cloud Went Dark, a Town Kept Its Thermostats Alive';
const mgDek =
  'After Hearthwell shut down its servers, 14,000 smart thermostats were supposed to turn into bricks. A retired engineer and a group of ' +
  'strangers on a message board had other plans.';
const mgP1 = [
  'On the morning of February 3, Walt Emberly woke up in a cold house. The thermostat on his hallway wall, a round glass puck he had bought ' +
    'six years earlier because it promised to learn his habits, was showing a small gray cloud with a line through it. The furnace was off. ' +
    'Outside, in Pell Harbor, it was 11 degrees.',
  'Emberly was not the only one. Overnight, Hearthwell, the startup that made the thermostat, had switched off the servers that the devices ' +
    'depended on for nearly everything, from schedules to the app that let owners change the temperature from bed. The company had announced ' +
    'the shutdown by email three weeks before, in a message many customers never opened. It offered a 20 percent discount on a rival product.',
  '“I spent my working life designing control systems for paper mills,” says Emberly, who is 71. “You do not build something that heats a ' +
    'house and then make it depend on a computer in another state that you can turn off. That is not engineering. That is a subscription.”',
];
const mgH1 = 'A Server in a Closet';
const mgP2 = [
  'By that evening, Emberly had found a thread on a home-automation forum where other Hearthwell owners were comparing notes. Someone had ' +
    'noticed that the thermostats, when they lost contact with the company’s servers, kept trying to reach the same web address every ninety ' +
    'seconds. Someone else pointed out that the address belonged to a domain Hearthwell had forgotten to renew.',
  'What followed took eleven days. A software developer in Ontario named Inès Rocha bought the lapsed domain for $12. A student in Lisbon ' +
    'pulled apart the thermostat’s firmware and worked out the shape of the messages it expected to receive. Emberly, who had time and a ' +
    'spare computer, set up the first replacement server in a closet off his kitchen and pointed the domain at it.',
  'On February 14, his own thermostat showed a small green leaf, the sign it had reconnected. “My wife said it was the most romantic thing I ' +
    'had done in years,” he says. “She was being sarcastic. But the house was warm.”',
];
const mgH2 = 'Who Owns the Off Switch';
const mgP3 = [
  'The group now calls itself Open Hearth. It runs two servers, paid for by donations, and says more than 9,000 of the roughly 14,000 ' +
    'thermostats still in use have been pointed at them. The code is published online. Anyone who does not trust the volunteers can run ' +
    'their own copy.',
  'The episode has become a small case study for people who argue that connected devices should keep working when the company behind them ' +
    'goes away. Marisol Venn, who researches consumer technology law at a university in Ohio, says the thermostats are unusual only because ' +
    'they were rescued. “Most of the time the domain gets renewed by somebody, or the device checks a signature, and that is the end of it,” ' +
    'she says. “These owners got lucky that the company was careless.”',
  'Hearthwell’s former chief executive, reached by email, said the company had been out of money and had no buyer for its cloud service. He ' +
    'declined to say why the domain was allowed to lapse. He added that he was “glad people are still using the product.”',
  'Open Hearth has a longer to-do list than it expected. Volunteers answer questions from owners who are not comfortable following the setup ' +
    'guide, and a retired teacher in Manitoba has recorded video walkthroughs for people who would rather watch than read. There is a plan, ' +
    'still unfinished, to write new firmware so the thermostats can run without any server at all.',
  'Emberly says that would be the right ending. “The best thing we could do is make ourselves unnecessary,” he says. “A thermostat should ' +
    'know how to turn on the heat by itself. It did that fine in 1975.”',
];
const mgNav = ['Security', 'Politics', 'The Big Story', 'Business', 'Science', 'Culture', 'Reviews'];
const mgNav2 = ['Newsletters', 'Podcasts', 'Video', 'Merch'];
const mgCap = ['Walt Emberly at home in Pell Harbor, where the first Open Hearth server still runs.', 'Photograph: Dana Okafor'];
const mgCap2 = ['The replacement server, a secondhand desktop computer, in Emberly’s kitchen closet.', 'Photograph: Dana Okafor for RELAY'];
const mgPopular: [string, string][] = [
  ['Gear', 'The Best Electric Blankets, Tested Through a Maine Winter'],
  ['Science', 'A Forgotten Weather Station Holds 90 Years of Snow Records'],
  ['Security', 'Your Smart Doorbell Is Talking to More Servers Than You Think'],
  ['Business', 'The Startup Graveyard Is Full of Devices That Still Work'],
];
const mgTopics = ['smart home', 'Internet of Things', 'right to repair', 'longreads'];
const mgMore = [
  'The Hobbyists Reverse-Engineering Their Own Hearing Aids',
  'Inside the Warehouse Where Dead Gadgets Go to Be Revived',
  'What Happens to Your Car’s Apps When the Automaker Pulls the Plug',
];
const mgNews = [
  'Get the best stories from RELAY in your inbox every weekday.',
  'Your email',
  'SIGN UP',
  'By signing up, you agree to our user agreement (including class action waiver and arbitration provisions), and acknowledge our privacy policy.',
];
const mgJourney = ['Get unlimited access to RELAY.', 'Just $2.50 $1 per month for one year. Cancel anytime.', 'Already a subscriber?'];
const mgFoot = [
  'FAQ',
  'RELAY Staff',
  'Editorial Standards',
  'Archive',
  'RSS',
  'Accessibility Help',
  'Reviews and Guides',
  'Advertise',
  'Contact Us',
  'Manage Account',
  'Jobs',
  'Press Center',
  'User Agreement',
  'Privacy Policy',
  'Your Privacy Choices',
];
const mgLegal =
  '© 2025 Brightline Media. All rights reserved. RELAY may earn a portion of sales from products that are purchased through our site as part ' +
  'of our Affiliate Partnerships with retailers.';
const mgCookie =
  'We and our partners store and/or access information on a device, such as unique IDs in cookies to process personal data. You may accept ' +
  'or manage your choices by clicking below.';
const bw = 'BaseWrap-sc-gjQpdd BaseText-ewhhUZ';
const mgPs = (a: readonly string[]): string => a.map((p) => `<p class="paywall">${p}</p>`).join('\n');
const mgChunk = (inner: string): string => `<div class="body__inner-container">${inner}</div>`;
const mgAd = (n: number): string => `<div class="ad ad--in-content ad--in-content-${n}" data-testid="AdWrapper"><div class="ad__slot ad__slot--in-content"
data-node-id="ad-${n}" data-position="mid-content"></div></div>`;
const mgFig = (cap: readonly string[], img: string): string => `<figure class="AssetEmbedWrapper-jqfwkC" data-testid="AssetEmbedWrapper">
<div class="ResponsiveImageContainer-eybHBd"><img alt="" class="ResponsiveImageContainer-eybHBd" src="https://media.relay.example/photos/${img}.jpg"></div>
<figcaption class="CaptionWrapper-jmMuKm"><span class="${bw} CaptionText-fLOpPI">${cap[0]}</span>
<span class="${bw} CaptionCredit-ejegDm">${cap[1]}</span></figcaption></figure>`;
const mgHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${mgTitle} | RELAY</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${mgDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="RELAY">
<meta name="author" content="Priya Castellanos"><meta name="parsely-metadata" content="{&quot;description&quot;:&quot;thermostats&quot;}">
<meta property="article:published_time" content="2025-11-12T11:00:00.000Z"><link rel="canonical"
href="https://www.relay.example/story/hearthwell-thermostats-open-hearth/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","articleSection":"tags","headline":"${mgTitle}",
"author":[{"@type":"Person","name":"Priya Castellanos","sameAs":"https://www.relay.example/author/priya-castellanos/"}],
"datePublished":"2025-11-12T06:00:00.000-05:00",
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},
"publisher":{"@context":"https://schema.org","@type":"Organization","name":"RELAY"}}</script>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"dangerousHed":"${mgTitle}"}},
"coreDataLayer":{"content":{"contentType":"article"}}}};</script>
<link rel="stylesheet" href="https://www.relay.example/verso/static/relay/assets/main.0c4d7a.css"></head>
<body><div id="app-root"><div class="page"><a href="#main-content" class="SkipLink-jmcyJm">Skip to main content</a>
<div class="StickyHeroAdWrapper-ichNbt"><div class="ad ad--hero" data-testid="AdWrapper"><div class="ad__slot ad__slot--hero"
data-node-id="hero"></div></div></div>
<header class="${bw} NavigationWrapper-bFftAs" data-testid="navigation"><div class="NavigationHeaderWrapper-jjRAYf">
<a class="NavigationLogo-kHWPfn" href="/"><span class="visually-hidden">RELAY</span><svg class="icon icon-logo"></svg></a>
<nav class="NavigationInternalLinks-bPocsO" aria-label="Primary"><ul class="NavigationListWrapper-fXiaEd">${links(mgNav, 'NavigationListItem-eSrYJd')}</ul>
<ul class="NavigationSecondaryList-frFNgi">${links(mgNav2, 'NavigationListItem-eSrYJd')}</ul></nav>
<div class="NavigationUtilities-bLDjxs"><a class="SearchLink-dVvLZk" href="/search/">Search</a><a class="SignInLink-fWiFeS" href="/account/sign-in">Sign In</a>
<a class="SubscribeLink-gfPfCB" href="/subscribe/">Subscribe</a></div></div></header>
<main id="main-content" tabindex="-1" class="PageWrapper-bzPGPI"><article class="article main-content" lang="en-US">
<div class="lede-background"><header data-testid="SplitScreenContentHeaderWrapper" class="SplitScreenContentHeaderWrapper-fJJhie">
<div class="SplitScreenContentHeaderTitleBlock-fvvMnW"><div class="RubricWrapper-dKmCNX" data-testid="ContentHeaderRubric">
<a class="RubricLink-lfgKeq" href="/tag/features/"><span class="RubricName-fVtemz">Features</span></a></div>
<h1 data-testid="ContentHeaderHed" class="${bw} SplitScreenContentHeaderHed-lcUSuI">${mgTitle}</h1>
<div class="${bw} SplitScreenContentHeaderDekDown-csTFQR"><div class="ContentHeaderDek-bIqFFZ">${mgDek}</div></div>
<div data-testid="ContentHeaderAccreditation" class="ContentHeaderAccreditation-cgtHHs"><div class="BylinesWrapper-KIudk">
<div class="${bw} BylineWrapper-jWHrLH" data-testid="BylineWrapper"><span itemprop="author" itemtype="http://schema.org/Person"
class="BylineNamesWrapper-jbHncj">
<span data-testid="BylineName" class="BylineName-kwmrLn"><a href="/author/priya-castellanos/"
class="BylineLink-gEnFiw">Priya Castellanos</a></span></span></div></div>
<time data-testid="ContentHeaderPublishDate" datetime="2025-11-12T06:00:00-05:00"
class="${bw} ContentHeaderTitleBlockPublishDate-hYmSet">Nov 12, 2025 6:00 AM</time>
</div><div class="ActionBarWrapperContent-dRuKFu"><button class="SaveButton-hSKqSD" aria-label="Save this story"><span
class="ButtonLabel-cjAuJN">Save</span></button>
<button class="CommentButton-jXDqXK"><span class="ButtonLabel-cjAuJN">Comment</span></button></div></div>
<div class="SplitScreenContentHeaderLedeBlock-hSTQnf">${mgFig(mgCap, 'emberly-kitchen')}</div></header></div>
<div class="${bw} ContentWrapper-kkbYlq"><div class="body body__container article__body grid-layout__content" data-journey-hook="client-content">
<div class="container container--body"><div class="container--body-inner">
${mgChunk(mgPs(mgP1))}
${mgAd(1)}
${mgChunk(`<h2>${mgH1}</h2>\n${mgPs(mgP2.slice(0, 2))}`)}
<div class="RecircMostPopularContiner-kEcwlT" data-testid="RecircMostPopular"><h2 class="${bw} SectionTitleHed-gOwAqb">Most Popular</h2><ul
class="SummaryList-jNjiFE">
${mgPopular
  .map(
    ([r, t], i) => `<li class="SummaryItemWrapper-iwvBff"><div class="RubricWrapper-dKmCNX"><span class="RubricName-fVtemz">${r}</span></div>
<a class="SummaryItemHedLink-ciaMYZ" href="/story/popular-${i}/"><h3 class="SummaryItemHedBase-hiFYpQ">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></div>
${mgChunk(`${mgPs(mgP2.slice(2))}\n${mgFig(mgCap2, 'server-closet')}\n<h2>${mgH2}</h2>\n${mgPs(mgP3.slice(0, 2))}`)}
${mgAd(2)}
${mgChunk(mgPs(mgP3.slice(2)))}
</div></div></div>
<div class="ContentFooterWrapper-fvJYRk"><p
class="ContentFooterLetters-fRXtKP"><em>Let us know what you think about this article. Submit a letter to the editor at
<a href="mailto:mail@relay.example">mail@relay.example</a>.</em></p><div class="TagCloudWrapper-dRpNxo"><span class="TagCloudLabel-kXwpAM">Topics</span>
${mgTopics.map((t) => `<a class="TagCloudLink-jDOzVy" href="/tag/${t.replace(/ /g, '-')}/">${t}</a>`).join('\n')}</div></div></div></article>
<aside class="RelatedContent-bkLqOb"><h2 class="SectionTitleHed-gOwAqb">More From RELAY</h2><ul>
${mgMore.map((t, i) => `<li class="SummaryItemWrapper-iwvBff"><a href="/story/more-${i}/"><h3 class="SummaryItemHedBase-hiFYpQ">${t}</h3></a></li>`).join('\n')}
</ul></aside>
<section class="NewsletterSubscribeFormWrapper-bdCTCo"><h2 class="NewsletterTitle-cTkcWf">In Your Inbox</h2><p>${mgNews[0]}</p>
<form><label for="nl-email" class="visually-hidden">${mgNews[1]}</label><input id="nl-email" type="email" placeholder="Your email">
<button type="submit">${mgNews[2]}</button></form><p class="NewsletterLegal-kqBoaF">${mgNews[3]}</p></section></main>
<footer class="PageFooterWrapper-eNcwDF"><ul class="PageFooterLinks-hCTGlT">${links(mgFoot, 'PageFooterLinkItem-kKfdTg')}</ul>
<p class="PageFooterLegal-hCMPHn">${mgLegal}</p></footer>
<div class="journey-unit JourneyWrapper-hbUjMk" data-journey-hook="bottom-sticky"><p class="JourneyHed-eSDsVj">${mgJourney[0]}</p>
<p class="JourneyDek-cVakTe">${mgJourney[1]}</p><a class="JourneyCTA-cBsUUk" href="/subscribe/">Subscribe Now</a>
<p class="JourneySignIn-gkCyrM">${mgJourney[2]} <a href="/account/sign-in">Sign in</a></p></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="alertdialog" aria-label="Privacy"><p id="onetrust-policy-text">${mgCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div>
<script src="https://www.relay.example/verso/static/relay/assets/main.0c4d7a.js" defer></script></body></html>`;

export const wiredFeature: TestPage = {
  name: 'heldout83-conde-nast-magazine-feature',
  kind: 'news',
  html: mgHtml,
  // the dek is body; the rubric, captions and credits, the "Most Popular" box between the body chunks, the letters line,
  // topics, rails, newsletter, journey bar, cookie banner and footer are furniture
  title: mgTitle,
  headings: [mgH1, mgH2],
  body: [mgDek, ...mgP1, ...mgP2, ...mgP3],
  bylines: ['Priya Castellanos', 'Nov 12, 2025 6:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mgNav, ...mgNav2, 'Search', 'Sign In', 'Subscribe', 'Features', 'Save', 'Comment', ...mgCap, ...mgCap2, 'Most Popular',
    'Gear', ...mgPopular.map((x) => x[1]), 'Let us know what you think about this article. Submit a letter to the editor at mail@relay.example.', 'Topics',
    ...mgTopics,
    'More From RELAY', ...mgMore, 'In Your Inbox', ...mgNews, ...mgFoot, mgLegal, ...mgJourney, 'Subscribe Now', mgCookie, 'Accept All', 'Reject All',
    'Manage Preferences',
  ],
};
