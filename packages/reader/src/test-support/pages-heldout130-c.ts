import { links, type TestPage, texts } from './page-kit.js';
import { axiosStory } from './pages-heldout130-c2.js';

/**
 * Held-out batch 130, file c: an Economist article on its Next.js template (the header with "Menu", "Weekly edition", "The
 * world in brief", "Search", "Subscribe" and "Log in", the hidden menu, the section link and fly title, the headline, the
 * rubric as an h2 under it, the date, dateline and reading time, "Save", "Share" and "Give", the "Listen to this story"
 * player with its app note, the lead illustration credit, drop-cap paragraphs ending in the "■" ornament, an in-content
 * advert label, the print-edition line, "Explore more" tags, the edition box, "Reuse this content", "More from Finance &
 * economics", the newsletter box, the footer with its 1843 motto and the cookie message) and, from file c2, an Axios story.
 */
const ecTitle = 'Why Tarrentia’s small banks keep going bust';
const ecRubric = 'A decade of failures has left the country’s savers wary and its regulators embarrassed';
const ecP = [
  '<span data-caps="initial">W</span>hen the Coastal Mutual Savings Bank shut its doors in January, the queue outside its ' +
    'headquarters in Port Hallam was shorter than it might have been. Many of its 80,000 depositors had seen this before. ' +
    'Coastal Mutual was the ninth small lender in Tarrentia to fail in ten years, and the fourth since 2022.',
  'Each collapse has followed a similar pattern. A regional lender grows quickly by offering deposit rates a point or two above ' +
    'those of the big banks. It lends the money to property developers and small manufacturers, often with thin collateral. When ' +
    'a downturn comes, the loans sour, depositors take fright and the central bank steps in, usually too late.',
  'Tarrentia’s deposit-insurance scheme has covered most of the losses, protecting balances up to 50,000 crowns (about $9,000). ' +
    'But the fund is running low. It paid out 1.4bn crowns last year, more than three times its annual income from bank levies, ' +
    'and the finance ministry has had to top it up twice.',
  'Why does the problem keep recurring? One reason is the sheer number of lenders. Tarrentia, with a population of 11m, has 142 ' +
    'licensed banks and credit co-operatives, many of them tiny. A study by economists at the University of Port Hallam found ' +
    'that a third had fewer than 20 staff, and that almost half had not changed their chief executive in more than 15 years.',
  'Supervision is another. The central bank’s inspection unit has 60 people to oversee the whole sector. Small lenders are ' +
    'examined in person every four years, on average, and the unit has little power to remove managers it considers reckless. ' +
    'After the failure of Coastal Mutual, its governor, Ilse Varga-Montfort, admitted to parliament that inspectors had raised ' +
    'concerns about the bank’s property loans as early as 2021.',
  'Politics makes reform harder. Many of the small banks are owned by, or lend heavily to, local businesses with ties to regional ' +
    'politicians. A bill to raise capital requirements for small lenders, which would probably force dozens to merge, has been ' +
    'stuck in committee for two years.',
  'Savers have started to draw their own conclusions. Deposits at the five largest banks grew by 12% last year, while those at ' +
    'smaller lenders shrank. That may be prudent for individuals, but it concentrates risk elsewhere, and leaves small firms ' +
    'outside the capital with fewer places to borrow.',
  'The government now promises a review of the deposit-insurance scheme, to report by the summer. Economists in Port Hallam are ' +
    'not holding their breath. “We have had four reviews in ten years,” says one. “What we have not had is a bank closed before ' +
    'it failed.”<span data-ornament="ufinish">■</span>',
];
const ecNav = ['Menu', 'Weekly edition', 'The world in brief', 'Search', 'Subscribe', 'Log in'];
const ecMenu = ['Leaders', 'Briefing', 'United States', 'The Americas', 'Asia', 'China', 'Middle East & Africa', 'Europe', 'Britain', 'International'];
const ecTags = ['Finance & economics', 'Banking', 'Regulation'];
const ecMore = [
  ['Buttonwood', 'Are investors too relaxed about bond markets?'],
  ['Free exchange', 'What economists get wrong about housing'],
  ['Shipping', 'Why freight rates are falling again'],
];
const ecNews = [
  'The Economist Today',
  'Hand-picked stories, in your inbox',
  'A daily email with the best of our journalism',
  'Sign up',
  'By signing up, you agree to our Privacy Policy.',
];
const ecFoot = [
  'About',
  'Reuse our content',
  'The trust project',
  'Help and contact us',
  'Working here',
  'Advertise',
  'Press centre',
  'Terms of use',
  'Privacy',
  'Cookie Policy',
  'Manage Cookies',
  'Accessibility',
  'Modern Slavery Statement',
  'Sitemap',
];
const ecMotto =
  'Published since September 1843 to take part in “a severe contest between intelligence, which presses forward, and an unworthy, timid ignorance ' +
  'obstructing our progress.”';
const ecCookie = 'We and our partners use cookies and similar technologies to improve your experience and to personalise advertising.';
const ecPara = (p: string): string => `<p data-component="paragraph" class="css-1l5amll e1y9q0ei0">${p}</p>`;
const ecHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why Tarrentia’s small banks keep going bust</title><meta name="description" content="${ecRubric}">
<meta property="og:title" content="${ecTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Economist">
<meta property="article:section" content="Finance &amp; economics"><meta property="article:published_time" content="2025-03-06T13:52:11.000Z">
<link rel="canonical" href="https://www.economist.com/finance-and-economics/2025/03/06/why-tarrentias-small-banks-keep-going-bust">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ecTitle}","description":"${ecRubric}",
"datePublished":"2025-03-06T13:52:11Z","author":{"@type":"Organization","name":"The Economist"},"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article-text"},"articleSection":"Finance & economics"}</script>
<link rel="preload" href="/_next/static/css/0a9d6b1c2e.css" as="style"><link rel="stylesheet" href="/_next/static/css/0a9d6b1c2e.css"></head>
<body><div id="__next"><a href="#content" class="ds-skip-link">Skip to content</a>
<header class="ds-masthead" data-test-id="Masthead"><div class="ds-masthead__container"><nav class="ds-navigation" aria-label="Main">
<button class="ds-navigation-link ds-navigation-link--menu" aria-expanded="false">${ecNav[0]}</button>
<a class="ds-masthead__logo" href="/"><span class="ds-visually-hidden">The Economist</span></a>
<ul class="ds-navigation-list">${links(ecNav.slice(1, 3), 'ds-navigation-list-item')}</ul>
<div class="ds-masthead__actions"><button class="ds-navigation-link ds-navigation-link--search">${ecNav[3]}</button>
<a class="ds-button ds-button--subscribe" href="/subscribe">${ecNav[4]}</a><a class="ds-navigation-link" href="/api/auth/login">${ecNav[5]}</a></div>
<div class="ds-navigation-drawer" hidden><ul>${links(ecMenu, 'ds-navigation-drawer__item')}</ul></div></nav></div></header>
<main id="content" class="css-1ysewjs e1hw5qd50"><article class="css-ayyw7e e1nfuvl20" data-test-id="Article">
<section class="css-1qcp7n1 e1vpjvho0"><div class="css-1xqh1pg"><span class="css-11bbu4s e1ajjdtj0"><a href="/finance-and-economics"
data-analytics="sidebar:section">Finance &amp; economics</a></span><span class="css-1l1pc3a"> | </span>
<span class="css-1b13fdb e1ajjdtj0" data-test-id="Article Flytitle">Credit where it’s due</span></div>
<h1 class="css-1tik00t e11s0u4k0" data-test-id="Article Headline">${ecTitle}</h1>
<h2 class="css-1bqkm7x e1bqkm7x0" data-test-id="Article Description">${ecRubric}</h2>
<div class="css-17oxqot" data-test-id="Article Byline"><time class="css-94e6pp" datetime="2025-03-06T13:52:11.000Z">Mar 6th 2025</time>
<span class="css-1dqpd8f">|</span><span class="css-11b1lg3" data-test-id="Article Dateline">PORT HALLAM</span><span class="css-1dqpd8f">|</span>
<span class="css-1fsvp5k">4 min read</span></div>
<div class="css-1n5ez9a" data-test-id="Article Actions"><button class="css-ra9pjx">Save</button><button class="css-ra9pjx">Share</button>
<button class="css-ra9pjx">Give</button></div>
<div class="css-1ix2lfx" data-test-id="Audio Player"><button class="css-t7p8y9">Listen to this story</button><audio controls preload="none"
src="https://www.economist.example/media-assets/audio/089_FE_Tarrentia.mp3">Your browser does not support the audio element.</audio>
<p class="css-1wq5vdq">Enjoy more audio and podcasts on iOS or Android.</p></div></section>
<figure class="css-3mn275 e1d7tpsv0"><img alt="" src="https://www.economist.example/content-assets/images/20250308_FNP501.jpg" width="1280" height="720">
<figcaption class="css-18ttah8 e1yrejm80">Illustration: Kemi Adeyinka-Russo</figcaption></figure>
<section class="css-1kvmmsv e1ygfqdm0" data-body-id="cp2"><div class="css-1jrwz2n e1y3xp5e0">
${ecP.slice(0, 3).map(ecPara).join('\n')}
<div class="adComponent_advert__kPVUI adComponent_incontent__2jQwk"><span class="adComponent_label__Z4VR8">ADVERTISEMENT</span>
<div id="econ-1" data-ad-slot="incontent"></div></div>
${ecP.slice(3).map(ecPara).join('\n')}
</div></section>
<p class="css-1ui6r1p ejiu3f10">This article appeared in the Finance &amp; economics section of the print edition
under the headline “Credit where it’s due”</p>
<div class="css-1r0zwbd" data-test-id="Explore more"><h3 class="css-1tjy4lr">Explore more</h3><ul>${links(ecTags, 'css-zv6myp')}</ul></div>
<div class="css-1fm9h6j" data-test-id="Edition box"><h3>From the March 8th 2025 edition</h3><p>Discover stories from this section and more in the
list of contents</p><a href="/weeklyedition/2025-03-08">Explore the edition</a></div>
<a class="css-ew1h2l" href="https://www.economist.com/rights/">Reuse this content</a></article>
<section class="css-18mn5ya" data-test-id="More from section"><h2 class="css-uj6bb8">More from Finance &amp; economics</h2>
${ecMore
  .map(
    ([f, t]) => `<div class="css-1fm9h6j teaser"><p class="css-1k3t2b8">${f}</p><h3 class="css-1p3pb87"><a
href="/finance-and-economics/x">${t}</a></h3></div>`,
  )
  .join('\n')}
</section>
<div class="css-1qb1k7r newsletter-signup" data-test-id="Newsletter"><h3>${ecNews[0]}</h3><p>${ecNews[1]}</p><p>${ecNews[2]}</p>
<button class="ds-button">${ecNews[3]}</button><p class="css-14lmt6f">${ecNews[4]}</p></div></main>
<footer class="ds-footer" data-test-id="Footer"><p class="ds-footer__brand">The Economist</p><ul>${links(ecFoot, 'ds-footer__link')}</ul>
<p class="ds-footer__copyright">Copyright © The Economist Newspaper Limited 2025. All rights reserved.</p><p
class="ds-footer__motto">${ecMotto}</p></footer></div>
<div id="sp_message_container_1184" class="message-container"><p>${ecCookie}</p><button class="sp_choice_type_11">Accept</button>
<button class="sp_choice_type_12">Manage preferences</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"cp2Content":{"id":"/content/abc"}}},"page":"/[...slug]"}</script>
</body></html>`;

const economist: TestPage = {
  html: ecHtml,
  name: 'heldout130-economist-news',
  kind: 'news',
  // the rubric (an h2 under the headline) is the dek: body; the section link and fly title above the headline, the
  // audio player, illustration credit, advert label, print-edition line, tags, edition box and rails are furniture;
  // the date, dateline and reading time are bylines
  title: ecTitle,
  headings: [],
  body: [ecRubric, ...texts(ecP)],
  bylines: ['Mar 6th 2025', 'PORT HALLAM', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ecNav, ...ecMenu, 'Finance & economics', 'Credit where it’s due', 'Save', 'Share', 'Give', 'Listen to this story',
    'Your browser does not support the audio element.', 'Enjoy more audio and podcasts on iOS or Android.', 'Illustration: Kemi Adeyinka-Russo',
    'ADVERTISEMENT', 'This article appeared in the Finance & economics section of the print edition under the headline “Credit where it’s due”',
    'Explore more', ...ecTags.slice(1), 'From the March 8th 2025 edition', 'Discover stories from this section and more in the list of contents',
    'Explore the edition', 'Reuse this content', 'More from Finance & economics', ...ecMore.flat(), ...ecNews, 'The Economist', ...ecFoot,
    'Copyright © The Economist Newspaper Limited 2025. All rights reserved.', ecMotto, ecCookie, 'Accept', 'Manage preferences',
  ],
};

export const HELDOUT130_C: readonly TestPage[] = [economist, axiosStory];
