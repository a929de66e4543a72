import { links, type TestPage, texts } from './page-kit.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file f2: a Reuters fact check on the Fusion article template (skip link, the LSEG banner, the header nav
 * with "My News", "Sign In" and "Register", the "Fact Check" kicker, the h1, the byline with date, time and "Updated" in one
 * time element, "Purchase Licensing Rights" links with visually hidden ", opens new tab", the screenshot with caption, the
 * paragraphs as divs with data-testid="paragraph-N", h2 headings including "VERDICT", the closing note about the Fact Check
 * team, "Our Standards", "Suggested Topics", "Read Next", the footer and the OneTrust banner).
 */
const rTitle = 'Fact Check: Video of flooded airport terminal is from 2019, not this week’s storm';
const rP1 = paras(`
A video showing water pouring through the ceiling of an airport terminal and passengers wading through a flooded departure hall
has been shared online with claims that it shows Port Verity International Airport during this week’s storm. The footage is
more than six years old and was filmed at a different airport.

The 42-second clip shows water cascading from light fittings on to a row of check-in desks while travellers lift suitcases above
their heads. One post sharing the video on X, viewed more than 1.2 million times, said: “Port Verity airport RIGHT NOW. They
told us it was safe to fly.” Similar posts appeared on Facebook, TikTok and Instagram.
`);
const rH1 = 'Footage first posted in 2019';
const rP2 = paras(`
A reverse image search of key frames from the video led to a post on YouTube uploaded on August 3, 2019, by a local news channel
in the coastal city of Dunmarra. The report described a burst water main that flooded part of Dunmarra Regional Airport’s
terminal during a summer thunderstorm.

The layout of the terminal in the viral clip, including a distinctive curved canopy above the check-in desks and a blue mural on
the far wall, matches photos of Dunmarra Regional Airport published by the airport operator and on Google Maps.

Port Verity International Airport does have flooding this week. A spokesperson told Reuters by email that water had entered a
baggage hall on Tuesday night and that some flights were delayed, but said the departures terminal had not been affected and
that the viral video “does not show our airport.”

Reuters found no reports from credible news outlets of a flood in Port Verity’s departure hall.

Some versions of the clip circulating this week have been cropped to remove a news channel logo that appears in the top corner
of the original 2019 broadcast.
`);
const rH2 = 'VERDICT';
const rP3 = paras(`
Misleading. The video shows flooding at Dunmarra Regional Airport in August 2019, not at Port Verity International Airport
during this week’s storm.
`);
const rNote = 'This article was produced by the Reuters Fact Check team. Read more about our work to fact-check social media posts here., opens new tab';
const rNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Commentary', 'Technology', 'Investigations', 'Sports', 'Science', 'Lifestyle'];
const rCaption = 'A screenshot of a video shared on social media with a false claim that it shows Port Verity airport. Social media/via REUTERS';
const rNext = items(`
Fact Check: Photo of shark on flooded highway is digitally altered
Fact Check: Quote attributed to central bank chief was never said
Fact Check: Old map of power cuts shared as current outage data
`);
const rFoot: [string, string[]][] = [
  ['Browse', ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'Sports', 'Science']],
  ['Media', ['Videos', 'Pictures', 'Graphics']],
  ['About Reuters', ['Careers', 'Reuters News Agency', 'Brand Attribution Guidelines', 'Reuters and AI', 'Reuters Leadership', 'Reuters Fact Check']],
  ['Stay Informed', ['Download the App (iOS)', 'Download the App (Android)', 'Newsletters']],
  ['LSEG Products', ['Workspace', 'Data Catalogue', 'World-Check']],
];
const rLegal = [
  'Advertise With Us',
  'Advertising Guidelines',
  'Acquire Licensing Rights',
  'Cookies',
  'Terms of Use',
  'Privacy',
  'Digital Accessibility',
  'Corrections',
  'Site Feedback',
];
const rTrust =
  'Reuters, the news and media division of Thomson Reuters, is the world’s largest multimedia news provider, reaching billions of ' +
  'people worldwide every day.';
const rQuotes = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rCookie =
  'We use cookies to provide you with the best experience on our site, to personalise content and ads, and to analyse our traffic. ' +
  'By clicking “Accept All”, you agree to the storing of cookies on your device.';
let n = 0;
const T = 'text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw body__large_body__FV5_X';
const divs = (a: readonly string[]): string =>
  a.map((p) => `<div data-testid="paragraph-${n++}" class="${T} article-body__paragraph__2-BtD">${p}</div>`).join('\n');
const h2 = (t: string): string => `<h2 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh
text__heading_6__1qUJ5 heading__base__2T28j heading__heading_6__RtD9P article-body__heading__33hZd">${t}</h2>`;
const hidden = '<span class="text__text__1FZLe text__inherit-color__3208F text__inherit-font__1Y8w3 link__hidden__3f5b_">, opens new tab</span>';
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rTitle} | Reuters</title><meta name="description" content="${rTitle}">
<meta property="og:title" content="${rTitle}"><meta property="og:site_name" content="Reuters"><meta property="og:type" content="article">
<meta name="article:section" content="Fact Check"><link rel="canonical" href="https://www.reuters.com/fact-check/video-flooded-airport-2019-2025-11-13/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rTitle}","articleSection":"Fact Check",
"dateCreated":"2025-11-13T15:31:12Z","datePublished":"2025-11-13T15:31:12Z","author":[{"@type":"Organization","name":"Reuters Fact Check"}],
"publisher":{"@type":"Organization","name":"Reuters"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.contentCache={"article-by-id-or-url-v1":{}};</script>
<link rel="stylesheet" href="https://www.reuters.com/pf/resources/dist/reuters/css/main.c7e1f5a2.css?d=262"></head>
<body><div id="fusion-app" class="fusion-app"><a href="#main-content" class="skip-link__link__1aM9y">Skip to main content</a>
<div class="lseg-banner__container__2XbGr"><p class="text__text__1FZLe">Exclusive news, data and analytics for financial market professionals</p>
<a href="https://www.lseg.com/en/data-analytics" class="lseg-banner__link__3CzyF">Learn more about LSEG${hidden}</a></div>
<header class="site-header__container__3xzgv"><a href="/" aria-label="Reuters home" class="site-header__logo__1lF1j"><svg aria-hidden="true"></svg></a>
<nav class="site-header__nav__3n7Cv" aria-label="Main navigation"><ul>${links(rNav, 'nav-bar__item__3eZ6N')}</ul></nav>
<div class="site-header__button-group__2tR5S"><a href="/myview/following/all" class="button__link__uTGln">My News</a><a href="/account/sign-in/"
class="button__link__uTGln">Sign In</a><a href="/account/register/" class="button__link__uTGln">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tplD"><article class="article__container__2S2jo">
<header class="article-header__container__2DuGG"><nav aria-label="Tags" class="article-header__tags__2j8Ne"><a href="/fact-check/"
data-testid="Link" class="text__text__1FZLe article-header__tag__3HUoX">Fact Check</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j
heading__heading_2__3Fcw5 article-header__title__3Y2hh">${rTitle}</h1>
<div class="article-header__byline-container__2JoC_"><div class="info-content__author-date__1Epi_"><address class="byline__byline__1_zTp">By
<a href="/authors/reuters-fact-check/" class="text__text__1FZLe byline__author__33MqP">Reuters Fact Check</a></address>
<time datetime="2025-11-13T15:31:12Z" class="date-line__date__23Ge-"><span class="date-line__date___kNbY">November 13, 2025</span><span
class="date-line__date___kNbY">4:31 PM GMT+1</span><span class="date-line__date___kNbY">Updated 2 hours ago</span></time></div>
<a href="https://www.reutersagency.com/en/licensing/" class="article-header__license__2Ro3Q">Purchase Licensing Rights${hidden}</a></div></header>
<div class="article-body__container__3ypuX"><figure class="primary-image__container__2iVFo"><img src="https://www.reuters.com/resizer/v2/airport.jpg?width=1080"
alt="Screenshot of a flooded airport terminal"><figcaption class="primary-image__caption__2Xqc8"><span class="text__text__1FZLe">${rCaption}</span>
<a href="https://www.reutersagency.com/en/licensing/" class="primary-image__license__1cxsF">Purchase Licensing Rights${hidden}</a></figcaption></figure>
<div class="article-body__content__17Yit" data-testid="ArticleBody">
${divs(rP1)}
${h2(rH1)}
${divs(rP2)}
${h2(rH2)}
${divs(rP3)}
<div data-testid="paragraph-7" class="${T} article-body__paragraph__2-BtD">This article was produced by the Reuters Fact Check team. Read more about our
work to fact-check social media posts <a href="https://www.reuters.com/fact-check/about/">here.${hidden}</a></div></div>
<p class="trust-badge__container__1a4uG">Our Standards: <a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">The Thomson Reuters
Trust Principles.${hidden}</a></p>
<div class="tags-with-label__container__3NtN0"><span class="tags-with-label__label__3xbr9">Suggested Topics:</span><ul>${links(['Fact Check'])}</ul></div>
</div></article><section class="read-next__container__2VGbA"><h2 class="read-next__title__1aJ0Q">Read Next</h2><ul>${links(rNext)}</ul></section></main>
<footer class="site-footer__container__1Z9t_">
${rFoot.map(([h, l]) => `<div class="site-footer__section__3oyPf"><h3>${h}</h3><ul>${links(l)}</ul></div>`).join('\n')}
<div class="site-footer__trust__2mjxD"><h3>Information you can trust</h3><p>${rTrust}</p></div><ul>${links(rLegal)}</ul>
<p class="site-footer__quotes__1Jx6x">${rQuotes}</p><p class="site-footer__copyright__2Eqs4">© 2025 Reuters. All rights reserved</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${rCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All</button></div></div></div>
<script src="https://www.reuters.com/pf/dist/engine/react.js?d=262"></script></body></html>`;
export const reutersFactCheck: TestPage = {
  name: 'heldout136-reuters-fact-check',
  kind: 'news',
  // the paragraph divs are body and "VERDICT" is a heading; the closing note about the Fact Check team (a paragraph div of
  // the same template) is furniture, as are the kicker, "Purchase Licensing Rights", the caption and "Our Standards"
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2],
  body: [...texts(rP1), ...texts(rP2), ...texts(rP3)],
  bylines: ['By Reuters Fact Check', 'November 13, 2025', '4:31 PM GMT+1', 'Updated 2 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'Learn more about LSEG', ', opens new tab',
    ...rNav, 'My News', 'Sign In', 'Register', 'Fact Check', 'Purchase Licensing Rights', rCaption, rNote,
    'Our Standards: The Thomson Reuters Trust Principles., opens new tab', 'Suggested Topics:', 'Read Next', ...rNext,
    ...rFoot.flatMap(([h, l]) => [h, ...l]), 'Information you can trust', rTrust, ...rLegal, rQuotes, '© 2025 Reuters. All rights reserved', rCookie,
    'Cookies Settings', 'Reject All', 'Accept All',
  ]),
};
