import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file b2: a house tour from an interiors magazine on a Condé Nast-style styled-components React
 * template (navigation, rubric, dek, "By" and "Photography by" bylines, publish date, social icons, captions with photo
 * credits, a "Read More" interlude, tag cloud, newsletter form, "More Great Stories" rail, ad label, footer, OneTrust banner).
 */
const mTitle = 'Inside a Converted Sail Loft in Port Ellery Where Nothing Matches, on Purpose';
const mDek = j(
  'Designer Odile Marchbank spent three years turning a derelict harbour workshop into a family home filled with flea-market',
  'finds, hand-dyed textiles and one very long kitchen table.',
);
const mParas = [
  j(
    "When Odile Marchbank first climbed the outside stair of the old sail loft on Port Ellery's quay, the building had no glass",
    'in its windows and a family of gulls living in the rafters. "The agent kept apologising," she remembers. "I kept looking at',
    'the light."',
  ),
  j(
    "The loft, a single room some 30 metres long under a timber roof, was where the town's sailmakers laid out canvas on the",
    'floor to cut it. Marchbank, who trained as a textile designer before moving into interiors, wanted to keep that sense of one',
    'long, open workroom while making it warm enough for her family of four.',
  ),
];
const mH1 = 'Keeping the length';
const mParas2 = [
  j(
    'Instead of dividing the loft into rooms, Marchbank and her partner, the joiner Caspar Lunn, built a series of freestanding',
    'timber boxes that hold the bathroom, a pantry and two small bedrooms for the children. None of them reaches the roof, so',
    'the whole length of the ceiling can still be seen from the front door.',
  ),
  j(
    'The kitchen runs along the harbour side, where the windows are largest. Lunn made the table from four reclaimed scaffold',
    'boards joined end to end. At almost six metres, it seats fourteen, and it is where the family eats, works and does',
    'homework. "It is the only piece of furniture we bought new wood for," Marchbank says, "and we didn\'t, really."',
  ),
];
const mH2 = 'A palette borrowed from the harbour';
const mParas3 = [
  j(
    'Colour came from what Marchbank could see out of the windows: the rust of mooring rings, the faded blue of fishing nets,',
    'the green of weed on the harbour steps. She dyed the curtains herself in a tin bath in the yard, using madder and indigo.',
  ),
  j(
    'Almost nothing in the house matches. The dining chairs come from six different sales, the sofa was rescued from a',
    "closing hotel, and the lamps are a mixture of ship's fittings and studio pieces made by friends.",
  ),
  '"If everything matches, you stop looking at it," Marchbank says. "I want every chair to be a small conversation."',
];
const mH3 = 'Warmth without walls';
const mParas4 = [
  j(
    'Heating a single room of this size was the biggest technical challenge. The couple insulated the roof from the outside,',
    'keeping the old rafters exposed, and laid a lime screed with underfloor heating over the original boards.',
  ),
  j(
    'A wood-burning stove stands in the middle of the room, and in winter the family pulls the sofa and armchairs around it.',
    '"The loft changes with the seasons," says Marchbank. "In summer we live at the windows. In January we live at the fire."',
  ),
];
const mCaps = [
  ['The six-metre kitchen table, made from reclaimed scaffold boards, runs along the harbour windows.', 'Photo: Ruairi Benn'],
  ["Curtains hand-dyed with madder and indigo hang in the children's sleeping boxes.", 'Photo: Ruairi Benn'],
];
const mNav = ['Architecture + Design', 'Interiors', 'Celebrity Homes', 'Shopping', 'Video', 'Magazine'];
const mMore = ['A Former Chapel in Wexmoor Becomes a Light-Filled Studio', 'Seven Kitchen Tables Built for a Crowd', 'The Case for Hand-Dyed Curtains'];
const mFoot = ['Subscribe', 'Contact', 'Careers', 'User Agreement', 'Privacy Policy', 'Your California Privacy Rights', 'Accessibility Help'];
const sc = (cls: string): string => `BaseWrap-sc-gjQpdd BaseText-ewhhUZ ${cls}`;
const cap = ([t, c]: string[]): string => `<figure class="${sc('AssetEmbedWrapper-cJZXfS')}"><div class="ResponsiveImageContainer-eybHBd">
<img class="ResponsiveImageContainer-eybHBd responsive-image__image" src="https://media.dwelling.example/photos/loft.jpg" alt=""></div>
<figcaption class="CaptionWrapper-jSXBYk"><span class="${sc('CaptionText-kAUhUy')}">${t}</span>
<span class="${sc('CaptionCredit-ejegZK')}">${c}</span></figcaption></figure>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${mTitle} | Dwelling Quarterly</title>
<meta name="description" content="${mDek}"><meta property="og:site_name" content="Dwelling Quarterly"><meta name="author" content="Harriet Soames">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","author":[{"@type":"Person",
"name":"Harriet Soames"}],"datePublished":"2026-03-04T10:00:00.000Z","articleSection":"Interiors"}</script>
<style data-styled="true" data-styled-version="5.3.11">.BaseWrap-sc-gjQpdd{margin:0}.CaptionText-kAUhUy{font-size:0.875rem}</style>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"dangerousHed":"${mTitle}"}}},
"coreDataLayer":{"content":{"contentType":"article"}}};</script>
</head><body><div id="app-root"><div class="page-wrapper">
<div class="${sc('StackWrapper-bjoHry')}"><header class="${sc('NavigationWrapper-bFftAs')}" data-testid="navigation">
<a class="NavigationLogo-dMnpWR" href="/">Dwelling Quarterly</a><nav><ul class="NavigationList-eoXnTf">${links(mNav, 'NavigationListItem-cZhWgN')}</ul></nav>
<a class="${sc('ButtonWrapper-xCepQ')}" href="/subscribe">Subscribe</a><a href="/account/sign-in" class="NavigationSignIn-bqNcEm">Sign In</a></header></div>
<main id="main-content" tabindex="-1"><article class="article main-content" lang="en-US">
<header class="${sc('SplitScreenContentHeaderWrapper-eOaksL')}" data-testid="ContentHeaderContainer">
<div class="${sc('RubricWrapper-dKmCNX')}"><a href="/interiors" class="RubricLink-zHwNq"><span class="RubricName-fVtemz">Interiors</span></a></div>
<h1 data-testid="ContentHeaderHed" class="${sc('ContentHeaderHed-NCyCC')}">${mTitle}</h1>
<div class="${sc('ContentHeaderDek-bIqFFZ')}">${mDek}</div>
<div class="${sc('BylinesWrapper-KIudk')}"><p class="BylineWrapper-jWHrLH"><span class="BylinePreamble-iJolpQ">By </span>
<span itemprop="author" class="BylineNamesWrapper-jbHncj"><a class="BylineLink-gEnFiw" href="/contributor/harriet-soames">Harriet Soames</a></span></p>
<p class="BylineWrapper-jWHrLH"><span class="BylinePreamble-iJolpQ">Photography by </span><span class="BylineName-kwmrLn">Ruairi Benn</span></p></div>
<time data-testid="ContentHeaderPublishDate" class="${sc('ContentHeaderPublishDate-jdfkVf')}">March 4, 2026</time></header>
<div class="SocialIconsWrapper-ksWvLv" data-testid="social-icons">
<ul>${links(['Facebook', 'Pinterest', 'Email', 'Save Story'], 'SocialIconContainer-dSwmHz')}</ul></div>
<div class="ArticlePageContentBackGround-fBsnuU"><div class="body body__container article__body"><div class="container container--body">
<div class="body__inner-container">
<p>${mParas[0]}</p>
${ps(mParas.slice(1))}
${cap(mCaps[0] ?? [])}
<h2>${mH1}</h2>
${ps(mParas2)}
<div class="${sc('CneInterludeEmbed-hGzfmH')}"><p class="interlude-label">Read More</p><a href="/story/chapel-studio">A Former Chapel in Wexmoor
Becomes a Light-Filled Studio</a></div>
<h2>${mH2}</h2>
${ps(mParas3)}
${cap(mCaps[1] ?? [])}
<h2>${mH3}</h2>
${ps(mParas4)}
</div></div></div></div>
<div class="ContentFooterWrapper-kqKmwR"><div class="TagCloudWrapper-ghYrac"><span class="TagCloudName-bgzuHK">Tags</span>
<ul>${links(['House Tours', 'Coastal Homes', 'Conversions'], 'TagCloudItem-dCZmHi')}</ul></div></div></article>
<div class="${sc('NewsletterSubscribeFormWrapper-hQbDfo')}"><h3>The Dwelling Quarterly newsletter</h3>
<p>The best house tours, delivered to your inbox twice a week.</p><input type="email" aria-label="Your email address"><button>Sign me up</button>
<p class="NewsletterSubscribeFormDisclaimer-bTVtiV">By signing up you agree to our User Agreement and Privacy Policy.</p></div>
<aside class="${sc('RecircWrapper-jzlpFx')}"><h2 class="RecircHeading-dvMrfb">More Great Stories</h2><ul>${links(mMore, 'SummaryItemWrapper-iwvBff')}</ul>
</aside>
<div class="ad ad--footer" data-slot-type="footer"><div class="ad__label">Advertisement</div></div></main>
<footer class="${sc('FooterWrapper-bSOzru')}"><ul>${links(mFoot, 'FooterLinksItem-eTkrhT')}</ul>
<p class="FooterLegalText-dVQGMa">© 2026 Harbourline Media LLC. All rights reserved.</p></footer></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and
measure performance.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Manage Settings</button></div>
<script type="text/javascript" src="https://assets.dwelling.example/verso/main.js" defer></script></body></html>`;
export const magazine: TestPage = {
  name: 'heldout242-conde-verso-house-tour',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([mDek, ...mParas, ...mParas2, ...mParas3, ...mParas4]),
  bylines: ['By Harriet Soames', 'Photography by Ruairi Benn', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Sign In', 'Facebook', 'Pinterest', 'Email', 'Save Story', ...texts(mCaps.map(([t]) => t ?? '')), 'Photo: Ruairi Benn', 'Read More',
    ...mMore, 'House Tours', 'Coastal Homes', 'Conversions', 'Tags', 'The Dwelling Quarterly newsletter',
    'The best house tours, delivered to your inbox twice a week.',
    'Sign me up', 'By signing up you agree to our User Agreement and Privacy Policy.', 'More Great Stories', 'Advertisement', ...mFoot,
    '© 2026 Harbourline Media LLC. All rights reserved.', 'We and our partners use cookies to personalise content and measure performance.',
    'Accept Cookies', 'Manage Settings',
  ],
};
