import { links, type TestPage } from './page-kit.js';
import { substackPost } from './pages-heldout106-b2.js';

/**
 * Held-out batch 106, file b: an AP News story as the Brightspot template saves it (the header with sections, "Donate" and
 * the search form, the trending bar, the lead photo with its caption, the "By ..." authors and the updated time, the share
 * menu, "ADVERTISEMENT" slots between paragraphs, the in-body newsletter promo, the contributor line and copyright after the
 * body, the "Recommended" rail, the "Most read" list, the OneTrust cookie banner and the footer) and, from file b2, a
 * Substack post with comments.
 */
const apTitle = 'Rural Oregon county votes to reopen shuttered hospital with cooperative ownership';
const apP = [
  'MILLBROOK, Ore. (AP) — Voters in a sparsely populated eastern Oregon county approved a plan Tuesday to reopen the only hospital ' +
    'within 90 miles, three years after it closed, by turning it into a cooperative owned jointly by the county, local clinics and ' +
    'about 2,000 residents who have bought memberships.',
  'The measure passed with 61% of the vote in Harney Flats County, according to unofficial results posted by the county clerk late ' +
    'Tuesday. It authorizes a property tax levy of 89 cents per $1,000 of assessed value for 10 years to cover the hospital’s ' +
    'operating losses while it rebuilds its patient base.',
  '“People have been driving two hours to have a baby, and some of them didn’t make it in time,” said Renee Caldwell, a retired ' +
    'nurse who led the campaign for the measure. “That was the whole argument, really. Everyone here knows somebody.”',
  'Millbrook Valley Hospital closed its doors in 2022 after its previous owner, a regional health system based in Idaho, said it ' +
    'was losing more than $4 million a year. The building has been maintained by the county since then, and its emergency department ' +
    'equipment was left in place in the hope it would reopen.',
  'Under the plan, the hospital would reopen first with an emergency department and 10 inpatient beds, with labor and delivery ' +
    'services to follow within 18 months. It would apply for the federal “rural emergency hospital” designation, which brings higher ' +
    'Medicare payments for facilities that do not keep patients overnight.',
  'Opponents argued the levy would fall hardest on ranchers and farmers with large landholdings but modest incomes. “Nobody is ' +
    'against having a hospital,” said county commissioner Dale Prewitt, who voted against putting the measure on the ballot. “The ' +
    'question is whether a county of 7,000 people can run one, and I haven’t seen the numbers that say we can.”',
  'Health policy researchers say cooperative hospitals are rare in the United States but not unheard of. A handful operate in the ' +
    'upper Midwest, most of them founded decades ago. Marisol Ortega, who studies rural health care at Western Plains University, ' +
    'said the Millbrook plan was unusual in how much it relied on individual members rather than a single large partner.',
  '“The risk is that the enthusiasm is strongest right now, on election night,” Ortega said. “The hard part is year three, when the ' +
    'levy is still there and the novelty has gone.”',
  'The cooperative’s interim board said it hopes to reopen the emergency department by next fall, pending state licensing. It has ' +
    'already received about 60 applications for nursing and support jobs, Caldwell said.',
];
const apPromo = 'The Morning Wire: Our flagship newsletter breaks down the biggest headlines of the day.';
const apCaption =
  'Renee Caldwell, center, speaks with volunteers outside Millbrook Valley Hospital in Millbrook, Ore., on Nov. 3, 2025. ' + '(AP Photo/Jonah Brill)';
const apNav = [
  'World',
  'U.S.',
  'Politics',
  'Sports',
  'Entertainment',
  'Business',
  'Science',
  'Fact Check',
  'Oddities',
  'Be Well',
  'Newsletters',
  'Photography',
];
const apTrending = ['Government shutdown', 'Election results', 'World Series', 'College football rankings'];
const apShare = ['Copy', 'Link copied', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Flipboard', 'Pinterest', 'Reddit'];
const apRec = [
  'Idaho lawmakers weigh new incentives to keep doctors in small towns',
  'Wildfire smoke sent thousands to emergency rooms this summer, study finds',
  'A Montana town bought its own grocery store. Two years later, it is still open',
];
const apMost = [
  'Judge blocks new rules on federal grazing permits',
  'Storm brings first heavy snow of the season to the Cascades',
  'Oregon’s largest school district reaches deal with teachers',
  'What to know about the Medicare open enrollment deadline',
];
const apCookie = 'We and our 147 partners store and/or access information on a device, such as unique IDs in cookies to process personal data.';
const apFoot = [
  'About',
  'Contact Us',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'AP Leads',
  'AP Definitive Source Blog',
  'AP Stylebook',
];
const apAd = `<div class="Advertisement" data-ad-slot="Story_Inline"><div class="Advertisement-label">ADVERTISEMENT</div><div
class="htlad-Story_Inline"></div></div>`;
const apBody = apP
  .map(
    (t, i) =>
      `<p>${t}</p>${i === 1 ? `\n${apAd}` : ''}${
        i === 3
          ? `\n<div class="Enhancement" data-align-center><div class="NewsletterInline">
<div class="NewsletterInline-text"><p class="NewsletterInline-description">${apPromo}</p></div><form class="NewsletterInline-form">
<label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit">Sign Up</button></form></div></div>`
          : ''
      }${i === 5 ? `\n${apAd}` : ''}`,
  )
  .join('\n');
const apHtml = `<!DOCTYPE html>
<html class="Page" lang="en"><head><meta charset="UTF-8"><title>Rural Oregon county votes to reopen shuttered hospital | AP News</title>
<meta name="description" content="Voters in a sparsely populated eastern Oregon county approved a plan to reopen the only hospital within 90 miles.">
<meta property="og:title" content="${apTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="AP News">
<meta name="brightspot.contentId" content="00000193-5f1e-d8a4-a7df-ff7f2c430000"><link rel="canonical"
href="https://apnews.example/article/oregon-hospital-cooperative-7c1a">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${apTitle}","datePublished":"2025-11-05T03:14:05Z",
"dateModified":"2025-11-05T15:12:40Z","author":[{"@type":"Person","name":"Corinne Vale"},{"@type":"Person","name":"Theo Marchetti"}],
"publisher":{"@type":"Organization","name":"AP News"}}</script>
<script async src="https://apnews.example/dist/assets/bundle-ea8d3f.js"></script><link rel="stylesheet"
href="https://apnews.example/dist/all.min.32c1.css"></head>
<body class="Page-body"><div class="Page-above"><div class="Advertisement" data-ad-slot="Header"><div
class="Advertisement-label">ADVERTISEMENT</div></div></div>
<bsp-site-header class="Page-header" data-sticky-header><div class="Page-header-stickyWrap"><div class="Page-header-bar">
<button class="Page-header-hamburger" aria-label="Menu"><span class="sr-only">Menu</span></button>
<div class="Page-header-logo"><a href="https://apnews.example" aria-label="AP Logo"><svg viewBox="0 0 40 40"></svg></a></div>
<nav class="Page-header-navigation"><ul class="Navigation-items">${links(apNav, 'Navigation-items-item')}</ul></nav>
<div class="Page-header-end"><a class="Page-header-donate" href="https://apnews.example/donate">Donate</a>
<form class="SearchOverlay-search-form" action="https://apnews.example/search"><label class="sr-only" for="q">Search Query</label><input id="q"
name="q" type="text">
<button type="submit"><span class="sr-only">Submit Search</span></button></form></div></div>
<div class="Page-header-trending"><span class="Page-header-trending-label">Trending News</span><ul>${links(apTrending, 'TrendingNav-item')}</ul></div></div>
</bsp-site-header>
<main class="Page-main"><div class="Page-lead"><div class="Page-breadcrumbs"><a class="Link" href="https://apnews.example/us-news">U.S. News</a></div>
<h1 class="Page-headline">${apTitle}</h1>
<div class="Page-lead-media"><bsp-carousel class="Carousel"><div class="CarouselSlide"><figure class="Figure"><picture><img class="Image"
alt="Renee Caldwell, center, speaks with volunteers"
src="https://dims.apnews.example/dims4/default/9c1e/2147483647/resize/599x/quality/90/hospital.jpg"
width="599" height="399" loading="lazy"></picture><figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>${apCaption}</p>
</div></figcaption></figure></div></bsp-carousel></div>
<div class="Page-byline"><div class="Page-byline-info"><div class="Page-authors">By&nbsp;<a class="Link"
href="https://apnews.example/author/corinne-vale">CORINNE VALE</a>
and&nbsp;<a class="Link" href="https://apnews.example/author/theo-marchetti">THEO MARCHETTI</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1762355560000" data-pattern="h:mm a z, MMMM d, yyyy"><span data-date>Updated
3:12 PM GMT, November 5, 2025</span></bsp-timestamp></div></div>
<div class="Page-actions"><bsp-share-menu class="ShareMenu"><button class="ShareMenu-toggle" aria-label="Share"><span>Share</span></button>
<div class="ShareMenu-menu" hidden>${apShare
  .map(
    (t) => `<div class="ShareMenu-item"><a href="#"
class="ShareMenu-link">${t}</a></div>`,
  )
  .join('')}</div>
</bsp-share-menu></div></div></div>
<div class="Page-content"><div class="Page-storyBody gtmMainScrollContent"><bsp-story-page class="StoryPage"><div class="RichTextStoryBody
RichTextBody">
${apBody}
<p>___</p>
<p><em>Associated Press writer Lucia Ferran in Salem, Oregon, contributed to this report.</em></p>
</div></bsp-story-page><div class="Page-copyright">Copyright 2025 The Associated Press. All Rights Reserved.</div></div>
<aside class="Page-aside"><div class="PageList-items" data-module="Recommended"><div class="PageList-header"><h2
class="PageList-header-title">Recommended</h2></div>
${apRec
  .map(
    (t) => `<div class="PageList-items-item"><div class="PagePromo"><h3 class="PagePromo-title"><a class="Link"
href="/article/x"><span>${t}</span></a></h3></div></div>`,
  )
  .join('\n')}
</div><div class="Advertisement" data-ad-slot="Right_Rail"><div class="Advertisement-label">ADVERTISEMENT</div></div>
<div class="PageList-items" data-module="Most Read"><h2 class="PageList-header-title">Most read</h2><ol>
${apMost
  .map(
    (t) => `<li class="PageList-items-item"><a class="Link" href="/article/y"><span
class="PagePromoContentIcons-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ol></div></aside></div></main>
<footer class="Page-footer"><div class="Page-footer-logo"><a href="https://apnews.example" aria-label="AP Logo"></a></div>
<p class="Page-footer-description">The Associated Press is an independent global news organization dedicated to factual reporting.</p>
<ul class="Page-footer-navigation">${links(apFoot, 'Page-footer-navigation-item')}</ul>
<div class="Page-footer-disclaimer">Copyright 2025 The Associated Press. All Rights Reserved.</div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${apCookie}</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0b9a"></script></body></html>`;
const apnews: TestPage = {
  html: apHtml,
  name: 'heldout106-apnews-story',
  kind: 'news',
  // the dateline is part of the first paragraph (body); the contributor line after the "___" rule is a byline; the
  // "___" rule is in neither list; the newsletter promo between paragraphs, caption, share menu and ads are furniture
  title: apTitle,
  headings: [],
  body: apP,
  bylines: [
    'By CORINNE VALE and THEO MARCHETTI',
    'Updated 3:12 PM GMT, November 5, 2025',
    'Associated Press writer Lucia Ferran in Salem, Oregon, contributed to this report.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'ADVERTISEMENT', 'Menu', ...apNav, 'Donate', 'Search Query', 'Submit Search', 'Trending News', ...apTrending, 'U.S. News', apCaption, 'Share',
    ...apShare, apPromo, 'Email address', 'Sign Up', 'Copyright 2025 The Associated Press. All Rights Reserved.', 'Recommended', ...apRec,
'Most read',
    ...apMost, 'The Associated Press is an independent global news organization dedicated to factual reporting.', ...apFoot, apCookie,
    'Cookies Settings', 'Reject All', 'Accept All Cookies',
  ])],
};

export const HELDOUT106_B: readonly TestPage[] = [apnews, substackPost];
