import { links, type TestPage, texts } from './page-kit.js';
import { cfrBackgrounder } from './pages-heldout219-b2.js';

/**
 * Held-out batch 219, file b: a RAND commentary (skip link, the header nav with "Give" and search, the breadcrumb, the
 * "COMMENTARY" label, the byline and date, the hero photo credit, the share list, the "originally appeared" note, the
 * standard commentary disclaimer, the "More About This Commentary" topics block, related products, the newsletter box and
 * footer, and the OneTrust cookie banner) and, from file b2, a Council on Foreign Relations backgrounder.
 */
const rdTitle = 'Drone Swarms Will Not Replace Artillery. They Will Change How It Is Used.';
const rdP = [
  'Every few months, another commentator declares that cheap drones have made traditional artillery obsolete. The evidence from ' +
    'recent conflicts suggests something more complicated. Drones have not displaced guns and rockets; they have made them more ' +
    'accurate, more dispersed, and more dependent on fragile networks.',
  'Consider the experience of the Teravian army in the border fighting of 2023 and 2024. Its small reconnaissance drones found ' +
    'targets in minutes that once took hours to locate. But the drones themselves rarely destroyed anything larger than a truck. ' +
    'The heavy work was still done by howitzers firing from positions ten or twenty kilometres away, guided by what the drones saw.',
  'What changed was the relationship between the two. Artillery batteries that once fired from fixed positions now move after ' +
    'every few rounds, because enemy drones can find them just as quickly. Crews have shrunk. Ammunition consumption per target ' +
    'has fallen, while demand for spare barrels, batteries and radio equipment has risen sharply.',
  'For planners, this points to three conclusions.',
];
const rdList = [
  'First, investment in drones should be treated as an investment in the effectiveness of existing fires, not as a substitute for them.',
  'Second, the weakest link is the data link. Jamming reduced Teravian drone effectiveness by more than half in some sectors, ' +
    'and units without backup communications simply stopped firing.',
  'Third, mobility matters more than range. A gun that can move within two minutes of firing is more survivable than one that ' +
    'can shoot five kilometres farther but must stay put.',
];
const rdP2 = [
  'None of this is an argument against buying drones in large numbers. They are cheap, they save lives, and they are here to ' +
    'stay. But the armies that benefit most will be the ones that redesign their artillery, logistics and communications around ' +
    'them, rather than those that expect a new gadget to do an old job on its own.',
  'The temptation to treat drones as a revolution is understandable. The more useful way to think about them is as a powerful ' +
    'new sensor that raises the stakes for everything else on the battlefield.',
];
const rdNav = ['Research', 'Experts', 'Topics', 'Capabilities', 'About', 'Careers'];
const rdShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share via Email', 'Print'];
const rdOrig = 'This commentary originally appeared on Defense Horizon on March 19, 2025.';
const rdDisc =
  'Commentary gives RAND researchers a platform to convey insights based on their professional expertise and often on their ' +
  'peer-reviewed research and analysis.';
const rdTopics = ['Artillery', 'Military Technology', 'Unmanned Aerial Vehicles', 'Warfare and Military Operations'];
const rdRelated = [
  { type: 'Report', title: 'Sustaining Fires in a Contested Electromagnetic Environment' },
  { type: 'Commentary', title: 'What the Last War Taught Us About Ammunition Stockpiles' },
];
const rdNews = ['RAND Weekly Recap', 'Get the latest from RAND', 'Email address', 'Subscribe'];
const rdFoot = ['Contact', 'Privacy Policy', 'Terms and Conditions', 'Accessibility', 'Media Resources', 'Support RAND'];
const rdCookie = ['We use cookies to enhance your experience, analyze site traffic and for marketing purposes.', 'Cookie Settings', 'Accept All Cookies'];
const rdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rdTitle} | RAND</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Drones have not displaced guns and rockets; they have made them more accurate, more dispersed, and more dependent on
fragile networks.">
<meta property="og:title" content="${rdTitle}"><meta property="og:type" content="article"><meta name="rand-content-category" content="Commentary">
<link rel="canonical" href="https://www.rand.org/pubs/commentary/2025/03/drone-swarms-will-not-replace-artillery.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rdTitle}","datePublished":"2025-03-20",
"author":[{"@type":"Person","name":"Kellan J. Marsh"}],"publisher":{"@type":"Organization","name":"RAND Corporation"}}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f9a"></script>
<link rel="stylesheet" href="/etc.clientlibs/rand/clientlibs/clientlib-site.min.css"></head>
<body class="commentary-page"><a class="skip-link" href="#page-content">Skip to page content</a>
<header class="header" id="header"><div class="header__inner"><a href="/" class="header__logo"><img src="/content/dam/rand/logo.svg" alt="RAND"></a>
<nav class="header__nav" aria-label="main"><ul>${links(rdNav, 'header__nav-item')}</ul></nav>
<a class="header__give btn" href="/giving.html">Give</a><button class="header__search-btn" aria-label="Search">Search</button></div></header>
<main id="page-content"><div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/pubs/commentary.html">Commentary</a></li></ol></div>
<article class="commentary"><div class="title-block"><p class="type">COMMENTARY</p><h1 id="RANDTitleHeadingId">${rdTitle}</h1>
<p class="authors">By <a href="/about/people/m/marsh_kellan_j.html">Kellan J. Marsh</a></p><p class="date">March 20, 2025</p></div>
<figure class="hero-image"><img src="/content/dam/rand/image/commentary/2025/03/howitzer.jpg" alt="A self-propelled howitzer in a field">
<figcaption><span class="credit">Photo by Sgt. Tobias Wren/Teravian Ministry of Defence</span></figcaption></figure>
<div class="share-tools"><ul>${rdShare
  .map((s) => `<li><a href="#" class="share-link" title="${s}"><span class="sr-only">${s}</span></a></li>`)
  .join('')}</ul></div>
<div class="body-text">
${rdP.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${rdList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${rdP2.map((p) => `<p>${p}</p>`).join('\n')}
<hr><p class="note"><em>Kellan J. Marsh is a senior defense researcher at the nonprofit, nonpartisan RAND Corporation.</em></p>
<p class="note"><em>${rdOrig}</em></p></div>
<div class="commentary-disclaimer"><p>${rdDisc}</p></div>
<section class="more-about"><h2>More About This Commentary</h2><h3>Topics</h3><ul class="topics">${links(rdTopics, 'topic')}</ul></section></article>
<section class="related"><h2>Related Products</h2><ul>
${rdRelated
  .map(
    (r) => `<li class="teaser"><p class="type">${r.type}</p><h3 class="title"><a
href="#">${r.title}</a></h3></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="footer"><div class="footer__newsletter"><h2>${rdNews[0]}</h2><p>${rdNews[1]}</p><label for="em">${rdNews[2]}</label>
<input id="em" type="email"><button>${rdNews[3]}</button></div><ul class="footer__links">${links(rdFoot, 'footer__link')}</ul>
<p class="footer__copyright">© 2025 RAND Corporation</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${rdCookie[0]}</p>
<button id="onetrust-pc-btn-handler">${rdCookie[1]}</button><button id="onetrust-accept-btn-handler">${rdCookie[2]}</button></div></div>
</body></html>`;
const rand: TestPage = {
  html: rdHtml,
  name: 'heldout219-rand-commentary',
  kind: 'news',
  // the italic author note after the rule and the "originally appeared" note are furniture; the share links are sr-only
  title: rdTitle,
  headings: [],
  body: texts([...rdP, ...rdList, ...rdP2]),
  bylines: ['By Kellan J. Marsh', 'March 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to page content', ...rdNav, 'Give', 'Search', 'Home', 'COMMENTARY', 'Photo by Sgt. Tobias Wren/Teravian Ministry of Defence', ...rdShare,
    'Kellan J. Marsh is a senior defense researcher at the nonprofit, nonpartisan RAND Corporation.', rdOrig, rdDisc,
    'More About This Commentary', 'Topics', ...rdTopics, 'Related Products', ...rdRelated.flatMap((r) => [r.type, r.title]), ...rdNews, ...rdFoot,
    '© 2025 RAND Corporation', ...rdCookie,
  ],
};

export const HELDOUT219_B: readonly TestPage[] = [rand, cfrBackgrounder];
