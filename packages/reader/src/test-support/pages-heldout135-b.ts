import { links, type TestPage, texts } from './page-kit.js';
import { patchStory } from './pages-heldout135-b2.js';

/**
 * Held-out batch 135, file b: a McClatchy newspaper story (the "Get unlimited digital access" bar, the sections nav, the h1,
 * "By" byline and update time, "Listen to this article", the lead image with caption and credit, a mid-story "Read Next"
 * card, the h3 subheads, ad slots, "This story was originally published" line, the author card with "Support my work with a
 * digital subscription", "Related stories from" list, the "Take Us With You" app promo and the footer) and, from file b2,
 * a Patch local story.
 */
const mcTitle = 'Tidewater County OKs 1,200-home Cane Creek development despite traffic, flooding worries';
const mcP1 = [
  'After nearly five hours of public comment that stretched past midnight, Tidewater County commissioners voted 4-1 early Tuesday ' +
    'to rezone 640 acres of farmland along N.C. 417 for a development of up to 1,200 homes.',
  'The project, called Cane Creek Landing, would be the largest subdivision approved in the county in more than a decade. It ' +
    'includes single-family houses, townhomes, a 15-acre park and land set aside for a future elementary school.',
  'Developer Harbison Land Partners of Calder Bay says the first homes could go on sale in 2027. Prices have not been set.',
];
const mcReadNext = 'Port Calder ferry schedule cut again as crew shortage drags on';
const mcH1 = 'Residents worry about roads, water';
const mcP2 = [
  'More than 60 people signed up to speak Monday night, and most of them asked commissioners to vote no or delay the decision.',
  'Several said N.C. 417 already backs up every weekday morning between Cane Creek Road and the bridge into Port Calder, and that ' +
    'hundreds of new households would make it worse.',
  '“I have lived on this road for 31 years,” said Dolores Whitfield, whose family farm borders the site. “Some mornings it takes me ' +
    'twenty minutes to turn left out of my own driveway. Nobody has told me how that gets better with 1,200 more houses.”',
  'Others raised concerns about flooding. Parts of the property sit in the Cane Creek floodplain, and neighbors downstream said ' +
    'their yards and roads flooded during Hurricane Delia in 2023.',
  'Harbison’s engineer, Clayton Pruitt, said no homes would be built in the floodplain and that the plan includes 11 stormwater ponds ' +
    'designed to hold more water than state rules require.',
];
const mcH2 = 'Developer agrees to pay for road work';
const mcP3 = [
  'To win support, Harbison agreed to pay for a traffic signal and turn lanes at N.C. 417 and Cane Creek Road before the 200th home ' +
    'is occupied. The company will also give the county $1,500 for each home it builds to help pay for parks and schools.',
  'Commissioner Ray Lockamy, who made the motion to approve, said the county cannot stop growth, but it can insist that developers ' + 'pay their share.',
  '“These people are coming whether we like it or not,” Lockamy said. “The question is whether we get a plan with a school site and ' +
    'a park and road improvements, or whether we get the same number of houses in pieces with none of that.”',
  'Commissioner Anita Bellamy cast the only vote against the rezoning. She said she wanted the state transportation department to ' +
    'finish its study of the N.C. 417 corridor, expected next summer, before the county approved more homes along it.',
  'The state study is looking at whether the road should be widened to four lanes between Belford and Port Calder. Widening is not in ' +
    'the state’s current 10-year transportation plan.',
];
const mcTopBar = ['Get unlimited digital access', '#ReadLocal', 'Try 1 month for $1', 'CLAIM OFFER'];
const mcNav = ['Local', 'Coast', 'Sports', 'Politics', 'Business', 'Opinion', 'Obituaries', 'Real Estate', 'eEdition', 'Puzzles & Games'];
const mcCaption = 'Farmland along N.C. 417 near Cane Creek Road that is planned for the Cane Creek Landing development.';
const mcCredit = 'Jonah Vick jvick@tidewaterobserver.com';
const mcBio =
  'Erin Castellano covers growth, development and the environment in Tidewater and Merrow counties for the Tidewater Observer. ' +
  'She joined the paper in 2021.';
const mcRelated = ['Tidewater schools ask county for $90 million as enrollment climbs', 'Is your home in a new flood zone? How to check the maps'];
const mcApp = ['Take Us With You', 'Real-time updates and all local stories you want right in the palm of your hand.', 'Tidewater Observer App'];
const mcFoot = [
  'Customer Service',
  'Securely Share News Tips',
  'Contact Us',
  'Newsletters',
  'Archives',
  'Place a Classified Ad',
  'Place an Obituary',
  'Staffing & Recruitment',
  'Terms of Service',
  'Privacy Policy',
  'Accessibility',
  'Your Privacy Choices',
];
const mcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mcAd = (n: number): string => `<div class="ad-container flex-center" data-slot="flex${n}"><span class="ad-label">Advertisement</span>
<div id="zone-el-${n}" class="zone-el"></div></div>`;
const mcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tidewater County approves 1,200-home Cane Creek Landing development | Tidewater Observer</title>
<meta name="description" content="Tidewater County commissioners voted 4-1 to rezone 640 acres along N.C. 417 for up to 1,200 homes.">
<meta property="og:title" content="${mcTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="tidewaterobserver">
<meta name="article.section" content="Local"><meta name="article.id" content="310877442"><meta name="mi-article-type" content="story">
<link rel="canonical" href="https://www.tidewaterobserver.com/news/local/article310877442.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mcTitle}","datePublished":"2025-10-07T05:30:00-04:00",
"dateModified":"2025-10-07T11:48:00-04:00","author":{"@type":"Person","name":"Erin Castellano"},"isAccessibleForFree":"False",
"publisher":{"@type":"Organization","name":"Tidewater Observer"},
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>
<script>window.pageInfo = {"marketInfo.domain":"tidewaterobserver.com","content.id":"310877442","content.type":"story","paywall.type":"metered"};</script>
<script src="https://www.tidewaterobserver.com/static/yozons-lib/main.js" defer></script>
<link rel="stylesheet" href="https://www.tidewaterobserver.com/static/hi/story/story.css"></head>
<body class="story-body-page story-premium"><a class="skip-link" href="#main-content">Skip to main content</a>
<div class="subscribe-bar" data-piano-slot="top-banner"><a href="https://www.tidewaterobserver.com/subscribe/?offer=1dollar">
<span class="subscribe-bar__title">${mcTopBar[0]}</span><span class="subscribe-bar__hashtag">${mcTopBar[1]}</span>
<span class="subscribe-bar__offer">${mcTopBar[2]}</span><span class="subscribe-bar__button">${mcTopBar[3]}</span></a></div>
<header class="masthead"><button class="masthead__sections" aria-controls="sections-nav">Sections</button>
<a class="masthead__logo" href="https://www.tidewaterobserver.com/"><img src="/static/hi/logos/tidewaterobserver.svg" alt="Tidewater Observer Logo"></a>
<div class="masthead__user"><a class="masthead__subscribe" href="/subscribe/">Subscribe</a><a class="masthead__signin" href="/signin/">Sign In</a></div>
<nav class="sections-nav" id="sections-nav" aria-label="Sections"><ul>${links(mcNav, 'sections-nav__item')}</ul></nav></header>
<main id="main-content"><article class="story-body paywall" data-story-id="310877442">
<div class="header"><a class="kicker" href="https://www.tidewaterobserver.com/news/local/">Local</a>
<div class="h1-wrapper"><h1 class="h1">${mcTitle}</h1></div>
<div class="byline-and-time"><div class="byline"><span class="ng-byline"><a href="https://www.tidewaterobserver.com/profile/246009552.html"
rel="author">By Erin Castellano</a></span></div>
<time class="update-date" datetime="2025-10-07T11:48:00-04:00">Updated October 07, 2025 11:48 AM</time></div>
<div class="share-tools"><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li>
<li><a class="share-email" href="#">Email</a></li><li><button class="share-copy">Copy Link</button></li></ul></div>
<div class="listen-bar" data-instaread="310877442"><span class="listen-bar__label">Listen to this article</span><span
class="listen-bar__time">5 min</span></div>
</div>
<figure class="lead-item"><div class="img-container"><img class="responsive-image" alt="" loading="eager"
src="https://www.tidewaterobserver.com/public/latest-news/local/ubtz8w/picture310877510/alternates/LANDSCAPE_1140/canecreek.jpg"></div>
<figcaption><span class="caption">${mcCaption}</span> <span class="credits">${mcCredit}</span></figcaption></figure>
<div id="story-body" class="story-body-text">
${mcPs(mcP1)}
${mcAd(1)}
<div class="read-next" data-read-next="true"><div class="read-next__label">Read Next</div>
<a class="read-next__link" href="https://www.tidewaterobserver.com/news/local/article310711987.html"><h3 class="read-next__title">${mcReadNext}</h3></a>
<time class="read-next__date">October 06, 2025 4:12 PM</time></div>
<h3>${mcH1}</h3>
${mcPs(mcP2)}
${mcAd(2)}
<h3>${mcH2}</h3>
${mcPs(mcP3)}
<p class="story-originally-published">This story was originally published October 7, 2025 at 5:30 AM.</p>
</div>
<div class="author-card"><div class="author-card__photo"><img alt="Profile Image of Erin Castellano" src="/static/hi/authors/ecastellano.jpg"></div>
<div class="author-card__info"><a class="author-card__name" href="https://www.tidewaterobserver.com/profile/246009552.html">Erin Castellano</a>
<p class="author-card__title">Tidewater Observer</p><p class="author-card__bio">${mcBio}</p>
<a class="author-card__support" href="https://www.tidewaterobserver.com/subscribe/?author=246009552">Support my work with a digital subscription</a></div></div>
<section class="related-stories"><h3 class="related-stories__title">Related stories from Tidewater Observer</h3>
<ul>${links(mcRelated, 'related-stories__item')}</ul></section></article>
<aside class="app-promo"><h2>${mcApp[0]}</h2><p>${mcApp[1]}</p><a href="https://www.tidewaterobserver.com/app/">${mcApp[2]}</a></aside></main>
<footer class="footer"><ul class="footer__links">${links(mcFoot, 'footer__link')}</ul>
<p class="footer__copyright">Copyright 2025 Tidewater Observer. All rights reserved.</p></footer>
<script src="https://www.tidewaterobserver.com/static/hi/story/story.js" defer></script></body></html>`;
const mcclatchyStory: TestPage = {
  html: mcHtml,
  name: 'heldout135-mcclatchy-newspaper-news',
  kind: 'news',
  // the mid-story "Read Next" card and the "This story was originally published" line (a byline) sit inside the story body;
  // the kicker, caption and credit, author card, related stories and the app promo are furniture
  title: mcTitle,
  headings: [mcH1, mcH2],
  body: texts([...mcP1, ...mcP2, ...mcP3]),
  bylines: ['By Erin Castellano', 'Updated October 07, 2025 11:48 AM', 'This story was originally published October 7, 2025 at 5:30 AM.', 'Erin Castellano'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mcTopBar, 'Sections', 'Subscribe', 'Sign In', ...mcNav, 'Facebook', 'Email', 'Copy Link', 'Listen to this article',
    '5 min', mcCaption, mcCredit, 'Advertisement', 'Read Next', mcReadNext, 'October 06, 2025 4:12 PM', mcBio,
    'Support my work with a digital subscription', 'Related stories from Tidewater Observer', ...mcRelated, ...mcApp, ...mcFoot,
    'Copyright 2025 Tidewater Observer. All rights reserved.',
  ],
};

export const HELDOUT135_B: readonly TestPage[] = [mcclatchyStory, patchStory];
