import { links, type TestPage, texts } from './page-kit.js';
import { twitch } from './pages-heldout425-c2.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file c: a news broadcaster's video article on a BBC-style data-component template (masthead with the
 * section menu, the video block with its caption, headline, byline block with the correspondent's role and dateline, a bold
 * standfirst, the transcript under a subheadline, an inline "Watch:" promo, topic tags, share tools, "More on this story" and
 * "Top stories" rails, the consent banner and footer) and, from file c2, a Twitch VOD page.
 */
const nTitle = 'Watch: Inside the flooded tunnel that shut the Carrowmore line';
const nStand = j(
  'Engineers have spent nine days pumping water out of the Felling Hill tunnel, which closed the main rail line between',
  'Carrowmore and the coast. Our transport correspondent went inside with the repair crew.',
);
const nTrans = [
  j(
    'This is the southern portal of the Felling Hill tunnel, and until a week ago you would have needed a boat to get this far.',
    'The water came in after three days of heavy rain, through a drainage shaft that was built in the 1870s and last cleared',
    'about twenty years ago.',
  ),
  j(
    'At its height the water stood almost two metres above the rails. The pumps you can hear behind me have been running day and',
    'night, moving around four hundred litres a second out into the river.',
  ),
  j(
    '"The first job was to stop it getting worse," the site manager, Hollis Brandreth, told me. "We found the blockage in the',
    'shaft on day two. It was a mix of silt, tree roots and a collapsed section of brick lining. Once that was open, the level',
    'started to fall."',
  ),
  j(
    'What engineers cannot yet say is how much damage the water has done to the track bed. Ballast can wash out from under the',
    'sleepers, and the signalling cables that run along this wall were under water for more than a week.',
  ),
  j(
    'The rail operator says it hopes to run a reduced service through the tunnel by the end of the month, with replacement buses',
    'until then. Passengers I spoke to at Carrowmore station this morning said the buses are adding an hour to their journey.',
  ),
  j(
    'The bigger question is the one people here keep asking: why a drain known to be at risk was left uncleared for so long.',
    'The infrastructure company says a review of every Victorian drainage shaft on the line will begin next month.',
  ),
];
const nMast = ['Home', 'News', 'Sport', 'Weather', 'Local', 'Business', 'Climate', 'Politics'];
const nTags = ['Rail travel', 'Flooding', 'Northern England'];
const nMore = ['Rail line to stay shut for weeks after tunnel flood', 'Replacement buses: what passengers need to know'];
const nTop = ['Council tax rise of 4.9% approved', 'Harbour ferry strike called off after late offer', 'Hospital opens new cancer wing'];
const nFoot = ['Terms of Use', 'About us', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Contact us'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${nTitle} - Kestrel News</title>
<meta name="description" content="${nStand}"><meta property="og:type" content="article"><meta property="og:site_name" content="Kestrel News">
<meta property="og:title" content="${nTitle}"><meta name="article:section" content="England">
<link rel="canonical" href="https://www.kestrelnews.example/news/videos/c9xk2w">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"Inside the flooded tunnel","datePublished":
"2026-03-16T06:12:40.000Z","author":[{"@type":"Person","name":"Priya Dunleavy"}],"video":{"@type":"VideoObject","duration":"PT3M41S"}}</script>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"article\\":{\\"id\\":\\"c9xk2w\\"}}}";</script></head>
<body><div id="__next"><div class="ssrcss-1ocoo3l-Wrap e42f8511"><a href="#main-content" class="ssrcss-1m2v0zz-SkipLink">Skip to content</a>
<header data-testid="header" class="ssrcss-1m9xdkg-GlobalNavigation"><a href="/" aria-label="Kestrel News homepage"><svg class="logo"></svg></a>
<nav aria-label="Kestrel" class="ssrcss-1tiyfhk-Nav"><ul class="ssrcss-r6w9lc-StyledList">${links(nMast, 'ssrcss-1m8l5ba-GlobalNavigationProduct')}</ul>
</nav></header><nav aria-label="News" class="ssrcss-d7aixc-NavigationWrapper"><ul>${links(['England', 'Live', 'Regions'], 'ssrcss-qbw9c0-StyledMenuItem')}
</ul></nav>
<div id="main-wrapper" class="ssrcss-1b1yxmo-MainWrapper"><main id="main-content" data-testid="main-content" class="ssrcss-1ocsw7m-Main">
<article class="ssrcss-pv1rh6-ArticleWrapper"><div data-component="video-block" class="ssrcss-1a3kz1y-VideoContainer"><figure><div
class="ssrcss-1ntvlu9-PlayerWrapper" data-e2e="media-player"><button aria-label="Play video, Inside the flooded tunnel, Duration 3 minutes 41
seconds">3:41</button></div><figcaption class="ssrcss-1vitqe5-Caption">Engineers have been pumping water from the tunnel since the start of the
month</figcaption></figure></div>
<div data-component="headline-block" class="ssrcss-1qpcqvz-ComponentWrapper"><h1 id="main-heading" type="headline" tabindex="-1"
class="ssrcss-1hy1klr-StyledHeading">${nTitle}</h1></div>
<div data-component="byline-block" class="ssrcss-1d8pqgi-ComponentWrapper"><div data-testid="byline-new" class="ssrcss-68pt20-Text-TextContributorName">
<span data-testid="byline-new-contributors"><div class="ssrcss-ugte5s-Contributor">Priya Dunleavy</div><div class="ssrcss-84ltp5-Text">Transport
correspondent</div><div class="ssrcss-1pvwv4b-TextContributorLocation">Reporting from Felling Hill</div></span></div><time data-testid="timestamp"
datetime="2026-03-16T06:12:40.000Z" class="ssrcss-1if1g9v-MetadataText">4 hours ago</time></div>
<div class="ssrcss-1u1bpsu-ShareContainer"><button class="ssrcss-share-btn" aria-label="Share">Share</button><button
class="ssrcss-save-btn" aria-label="Save">Save</button></div>
<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p
class="ssrcss-1q0x1qg-Paragraph"><b class="ssrcss-hmf8ql-BoldText">${nStand}</b></p></div></div>
<div data-component="subheadline-block" class="ssrcss-1qpcqvz-ComponentWrapper"><h2 id="transcript" class="ssrcss-1dc8ucm-StyledHeading">Video
transcript</h2></div>
<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">
${nTrans
  .slice(0, 3)
  .map((p) => `<p class="ssrcss-1q0x1qg-Paragraph">${p}</p>`)
  .join('\n')}</div></div>
<div data-component="links-block" class="ssrcss-1d8pqgi-InlineLink"><p class="ssrcss-pitpfv-InlinePromo"><b>Watch: </b><a href="/news/videos/c3k1">How
a Victorian drain is cleared by hand</a></p></div>
<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">
${nTrans
  .slice(3)
  .map((p) => `<p class="ssrcss-1q0x1qg-Paragraph">${p}</p>`)
  .join('\n')}</div></div>
<div data-component="tag-list" class="ssrcss-1qpcqvz-ComponentWrapper"><div class="ssrcss-1lfsahh-TopicListHeading">More on this story</div>
<ul class="ssrcss-1ffimnb-TopicList">${links(nTags, 'ssrcss-1bx4k0h-TopicListItem')}</ul></div>
<section data-component="links-block" aria-labelledby="related-content-heading"><h2 id="related-content-heading">Related</h2><ul>${links(nMore)}</ul>
</section></article>
<section data-testid="top-stories" class="ssrcss-6yhr9s-Promo" aria-labelledby="top-stories-heading"><h2 id="top-stories-heading">Top stories</h2><ul>
${links(nTop, 'ssrcss-1kxgv0b-Promo')}</ul></section></main></div>
<footer data-testid="footer" class="ssrcss-1c13d5y-FooterWrapper"><ul class="ssrcss-1p1s5y4-FooterList">${links(nFoot)}</ul><p
class="ssrcss-1b1mki6-FooterSmallPrint">Copyright 2026 Kestrel News. Kestrel News is not responsible for the content of external sites.</p></footer>
<div id="consent-banner" class="ssrcss-consent" role="dialog" aria-label="Cookies on Kestrel News"><h2>Let us know you agree to cookies</h2><p>We use
cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button>Yes, I agree</button><a
href="/usingthekestrel/cookies">No, take me to settings</a></div></div></div></body></html>`;
const kestrel: TestPage = {
  name: 'heldout425-kestrel-news-video-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['Video transcript'],
  body: texts([nStand, ...nTrans]),
  bylines: ['Priya Dunleavy', 'Transport correspondent', 'Reporting from Felling Hill', '4 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nMast, 'England', 'Live', 'Regions', '3:41', 'Engineers have been pumping water from the tunnel since the start of the month',
    'Share', 'Save', 'Watch:', 'How a Victorian drain is cleared by hand', 'More on this story', ...nTags, 'Related', ...nMore, 'Top stories', ...nTop,
    ...nFoot, 'Copyright 2026 Kestrel News. Kestrel News is not responsible for the content of external sites.', 'Let us know you agree to cookies',
    'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.', 'Yes, I agree',
    'No, take me to settings',
  ],
};

export const HELDOUT425_C: readonly TestPage[] = [kestrel, twitch];
