import { links, type TestPage, texts } from './page-kit.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file a2: a Wired long-form feature on the Condé Nast "verso" template (skip link, the header with the
 * hidden drawer nav and "Sign In" / "Subscribe", the paywall meter bar, the rubric, dek, byline and date, "Save this story"
 * and share buttons, the lede photo credit, body containers split by ad slots with the in-article "Most Popular" recirc
 * block between paragraphs, a mid-article photo with caption and credit, the end-of-story "You Might Also Like" list, the
 * subscription promo, newsletter box, consent banner and the footer).
 */
const wdTitle = 'The Town That Tried to Unplug Its Smart Meters';
const wdDek =
  'When a river valley in Idaho replaced every power meter with a connected one, a few hundred residents fought back. What they learned about ' +
  'their own data surprised everyone.';
const wdP1 = paras(`
On a gray morning in March, Delphine Ashcroft stood at the edge of her yard in Callow Creek, Idaho, and pointed at a white box on
the side of her garage. “That thing knows when I get up,” she said. “It knows when I do laundry. It knows when my son comes home
late.” The box is a smart electricity meter, one of 11,400 that the Callow Valley Electric Cooperative installed over eighteen
months, and Ashcroft has spent the past two years trying to get rid of it.

She is not alone. In a valley where most people know their lineman by name, the meters became the subject of town halls, a
recall petition against two cooperative board members, and a small but determined campaign to let members opt out. It also
became an unusual experiment in what ordinary people can find out about the data their homes generate, and what they do once
they have it.

The cooperative says the reasons for the new meters were simple. The old ones had to be read by hand, and the valley’s roads
close for weeks at a time each winter. Connected meters report usage every fifteen minutes, find outages before anyone calls,
and let the cooperative shift water heaters off the grid during the few hours a year when demand spikes and wholesale power
becomes ruinously expensive.

“We were trying to keep rates down,” says Oren Haskell, the cooperative’s general manager. “Nobody here had ever asked what
happens to a meter reading before. It was just a number on a bill.”

That changed when a retired schoolteacher named Walt Brennan filed a records request. As a member-owned cooperative, Callow Valley
has to share its policies with members, and Brennan wanted to know who could see the fifteen-minute readings and for how long they
were kept. The answer, it turned out, was that nobody had written it down. The meter vendor’s contract allowed it to keep
“anonymized” data indefinitely for “product improvement.”

Brennan printed the contract and brought forty copies to the next board meeting. The room held ninety people. More than two hundred
showed up.

What followed was, by the standards of utility politics, a revolution. A member committee spent six months writing a data policy
that now limits detailed readings to thirteen months, bans their sale, and requires a warrant for police access. The vendor agreed
to delete its stored copies. Members who want to opt out can keep a non-transmitting meter for a monthly fee of $9, which covers the
cost of a technician reading it by hand.

Only 214 households have taken the deal. Ashcroft is one of them, though she still argues the fee should be zero. Many of her
neighbors went the other way: after the cooperative released an app that shows household usage in near real time, members used it
to find a failing well pump, a freezer with a broken seal, and in one case a space heater left running in an empty cabin for a winter.

Privacy researchers say the valley’s policy is stronger than anything most large utilities offer. “What’s unusual is not that
people were worried,” says Nadia Ferreira-Quist, who studies energy data at a university in Oregon. “It’s that they had a way to
make the rules themselves, and they used it.”

Haskell, for his part, says the fight made the cooperative better. He now keeps a binder of every question members have asked
about the meters, and he brings it to every meeting. Ashcroft still has her old meter. “I don’t mind the technology,” she said,
walking back toward the house. “I mind not being asked.”
`);
const wdNav = lines(`
Security
Politics
The Big Story
Business
Science
Culture
Ideas
Merch
Reviews
Podcasts
Video
Newsletters
Magazine
Travel
Steven Levy's Plaintext Column
WIRED Classics from the Archive
Events
WIRED Insider
WIRED Consulting
`);
const wdPopular = lines(`
The Best Noise-Canceling Headphones for Every Budget
Inside the Race to Build a Battery That Never Catches Fire
Your Car Is Collecting More Data Than Your Phone
`);
const wdPopRubric = ['Gear', 'Science', 'Security'];
const wdAlso = lines(`
The Farmers Who Hacked Their Own Tractors
How a Tiny Utility Became a Cybersecurity Test Case
The Hidden Cost of Free Home Energy Audits
`);
const wdFooter = lines(`
Subscribe
Newsletters
Travel
FAQ
WIRED Staff
WIRED Education
Editorial Standards
Archive
RSS
Site Map
Accessibility Help
Reviews
Buying Guides
Mattresses
Electric Bikes
Fitness Trackers
Streaming Guides
Coupons
Advertise
Contact Us
Manage Account
Jobs
Press Center
Condé Nast Store
User Agreement
Privacy Policy
Your California Privacy Rights
`);
const wdPromo = 'Power up with unlimited access to WIRED. Get best-in-class reporting that’s too important to ignore for just $2.50 $1 per month for 1 year.';
const wdCredit = 'Photograph: Hollis Vantreight';
const wdCaption = 'Walt Brennan with the contract he printed for the cooperative’s board meeting.';
const wdCookie =
  'We and our partners store and/or access information on a device, such as unique IDs in cookies to process personal data. You may accept or ' +
  'manage your choices.';
const wdLegal =
  '© 2025 Condé Nast. All rights reserved. WIRED may earn a portion of sales from products that are purchased through our site as part of our Affiliate ' +
  'Partnerships with retailers.';
const wdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const wdBody = (a: readonly string[]): string =>
  `<div class="body__inner-container"><div class="BodyWrapper-kufPGa ikubEO body body__container article__body grid--item"
data-journey-hook="client-content">${wdPs(a)}</div></div>`;
const wdAd = (n: number): string => `<div class="ConsumerMarketingUnitThemedWrapper-aORiO ad ad--in-content" data-node-id="ad-${n}">
<div class="ad__slot ad__slot--mid-content" data-slot-type="mid-content" id="mid-content-${n}"></div></div>`;
const wdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charSet="utf-8"/><title>The Town That Tried to Unplug Its Smart Meters | WIRED</title>
<meta name="description" content="${wdDek}"/><meta name="author" content="Teodora Vasquez-Lindqvist"/><meta property="og:site_name" content="WIRED"/>
<meta property="og:type" content="article"/><meta name="parsely-metadata" content="{&quot;type&quot;:&quot;feature&quot;}"/>
<link rel="canonical" href="https://www.wired.com/story/callow-valley-smart-meters-privacy/"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","articleSection":"Backchannel","headline":"${wdTitle}",
"author":[{"@type":"Person","name":"Teodora Vasquez-Lindqvist","sameAs":"https://www.wired.com/author/teodora-vasquez-lindqvist/"}],
"datePublished":"2025-09-23T06:00:00.000-04:00","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".paywall"},"publisher":{"@context":"https://schema.org","@type":"Organization","name":"WIRED"}}</script>
<script>window.__PRELOADED_STATE__ = {"coreDataLayer":{"content":{"contentType":"article","functionalTags":["longform"]}}};</script>
<script async="" src="https://www.wired.com/verso/static/wired/assets/vendor.9d2fa1c.js"></script></head>
<body><div id="app-root"><div class="page">
<a href="#main-content" class="SkipLink-cKnDPq">Skip to main content</a>
<div class="StackedNavigationWrapper-bCuTSV"><header class="StackedNavigationHeader-gbSbTb" data-testid="StackedNavigation">
<button class="NavigationMenuButton" aria-label="Open Navigation Menu">Open Navigation Menu</button>
<a href="/" class="BrandLink"><span class="visually-hidden">WIRED</span><svg viewBox="0 0 120 24"></svg></a>
<div class="NavigationUtilities"><a href="/account/sign-in" class="Link-sign-in">Sign In</a><a href="/subscribe" class="Button-subscribe">Subscribe</a></div>
<nav class="DrawerNavigation-hVKPVl" aria-hidden="true"><ul>${links(wdNav, 'NavigationListItem')}</ul></nav></header></div>
<div class="PaywallBarWrapper-dZTcyO" data-testid="paywall-bar"><p>You’re reading your last free article. <a href="/subscribe">Subscribe</a> to keep
going.</p></div>
<main id="main-content" class="PageWrapper"><article class="article main-content" lang="en-US">
<header class="ContentHeaderWrapper-bTMtHe"><div class="ContentHeaderRubric"><a class="RubricLink" href="/category/backchannel/">Backchannel</a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${wdTitle}</h1>
<div class="ContentHeaderAccreditation-jLDCqB"><div class="ContentHeaderDek-bIqFFZ">${wdDek}</div>
<div class="BylinesWrapper-KIudk"><span class="BylineWrapper-jWHrLH"><span class="BylinePreamble-iJolpQ">By </span>
<a class="BylineLink-gEnFiw" href="/author/teodora-vasquez-lindqvist/"><span class="BylineName-kwmrLn">Teodora Vasquez-Lindqvist</span></a></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-ixeNFa">Sep 23, 2025 6:00 AM</time></div>
<div class="ActionBarWrapper"><button class="SaveButton" aria-label="Save this story">Save this story</button>
<button class="ShareButton" aria-label="Share">Share</button><button class="CommentButton">Comment</button></div>
<figure class="ContentHeaderLeadAsset"><img alt="Utility poles along a snowy valley road"
src="https://media.wired.com/photos/66f0a1/master/w_1600/callow-valley.jpg"/>
<figcaption class="CaptionWrapper"><span class="CaptionCredit-ejegBI">${wdCredit}</span></figcaption></figure></header>
<div class="ArticlePageContentBackGround"><div class="ArticlePageChunks"><div class="article__chunks paywall" data-attribute-verso-pattern="article-body">
${wdBody(wdP1.slice(0, 3))}
${wdAd(1)}
<div class="RecircMostPopularWrapper-fNKjqE" data-testid="RecircMostPopularContiner"><h3 class="RecircMostPopularHeading">Most Popular</h3><ul>
${wdPopular
  .map(
    (
      t,
      i,
    ) => `<li class="SummaryItemWrapper"><span class="RubricName">${wdPopRubric[i]}</span><a href="/story/p${i}/"><h3 class="SummaryItemHedBase">${t}</h3></a>
<div class="BylineWrapper"><span class="BylinePreamble">By</span> <span class="BylineName">WIRED Staff</span></div></li>`,
  )
  .join('\n')}</ul></div>
${wdBody(wdP1.slice(3, 6))}
<figure class="AssetEmbedWrapper"><img alt="" src="https://media.wired.com/photos/66f0a2/master/w_1600/brennan.jpg" loading="lazy"/>
<figcaption class="CaptionWrapper"><span class="CaptionText">${wdCaption}</span><span class="CaptionCredit-ejegBI">${wdCredit}</span></figcaption></figure>
${wdAd(2)}
${wdBody(wdP1.slice(6))}
</div></div>
<div class="ContentFooterWrapper"><div class="ContributorsWrapper"><p class="ContributorBio">Teodora Vasquez-Lindqvist is a contributing writer for
WIRED.</p></div>
<div class="RecircRelated"><h2 class="SectionTitle">You Might Also Like …</h2><ul>${links(wdAlso, 'SummaryItem')}</ul></div></div></div></article>
<div class="ConsumerMarketingUnit PaywallInlineBarrier" data-testid="ConsumerMarketingUnit"><p class="CMUHeadline">${wdPromo}</p>
<a class="Button" href="/subscribe/">Subscribe Now</a></div>
<section class="NewsletterSubscribeFormWrapper"><h3>Get the Daily Newsletter</h3><p>Our biggest stories, handpicked for you each day.</p>
<form><label for="email">Your email</label><input id="email" type="email"/><button type="submit">Sign Up</button></form></section></main>
<footer class="FooterWrapper-eahyac"><div class="FooterTagline">WIRED is where tomorrow is realized.</div><ul>${links(wdFooter, 'FooterLink')}</ul>
<button class="ot-sdk-show-settings">Manage Preferences</button><p class="FooterLegalText">${wdLegal}</p><div class="SiteSwitcher"><span>Select
international site</span>
<ul><li>Italia</li><li>Japón</li><li>Czech Republic &amp; Slovakia</li></ul></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">${wdCookie}</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Your Privacy Choices</button></div></div></div></div></body></html>`;
export const wiredFeature: TestPage = {
  html: wdHtml,
  name: 'heldout159-wired-feature',
  kind: 'news',
  // the dek is body; the contributor bio at the end is furniture
  title: wdTitle,
  headings: [],
  body: [wdDek, ...texts(wdP1)],
  bylines: ['By Teodora Vasquez-Lindqvist', 'Sep 23, 2025 6:00 AM', 'By WIRED Staff'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Open Navigation Menu', 'Sign In', 'Subscribe', ...wdNav, 'You’re reading your last free article. Subscribe to keep going.',
    'Backchannel', 'Save this story', 'Share', 'Comment', wdCredit, 'Most Popular', ...wdPopRubric, ...wdPopular, wdCaption,
    'Teodora Vasquez-Lindqvist is a contributing writer for WIRED.', 'You Might Also Like …', ...wdAlso, wdPromo, 'Subscribe Now',
    'Get the Daily Newsletter', 'Our biggest stories, handpicked for you each day.', 'Your email', 'Sign Up', 'WIRED is where tomorrow is realized.',
    ...wdFooter, 'Manage Preferences', wdLegal, 'Select international site', 'Italia', 'Japón', 'Czech Republic & Slovakia', wdCookie, 'I Accept',
    'Reject All', 'Your Privacy Choices',
  ])],
};
