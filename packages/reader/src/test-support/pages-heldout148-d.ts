import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';
import { the19th } from './pages-heldout148-d2.js';

/**
 * Held-out batch 148, file d: a Semafor story on semafor.com (the Next.js header with vertical nav, "Newsletters", "Events"
 * and "Sign up", the hidden mobile menu, the vertical and location labels, the headline, the author card with "Updated"
 * time, the "In this article:" jump label, the share buttons, the newsletter promo above the text, the story in its named
 * sections ("The News", "Know More", "Step Back", the reporter's view, "Room for Disagreement", "Notable" with its list),
 * the lead image caption and credit, the end-of-article newsletter box, the "Semafor Flagship" promo, "More from Semafor"
 * cards and the footer).
 */
const smTitle = 'Big-city mayors bypass Congress with their own housing permit pact';
const smSrc = `
### The News

@@image

A bipartisan group of 31 mayors will announce Wednesday that their cities are adopting a common set of rules for approving
new housing, an attempt to speed up construction without waiting for Washington to act, Semafor has learned.

The pact, organized by Tulsa-area Mayor Renee Castellano and Harbor City Mayor Dwight Okafor, commits each city to approve
or reject permits for apartment buildings of up to 60 units within 90 days, to accept a shared set of building plans
pre-approved by engineers, and to publish permit wait times online every quarter.

"We've all spent years asking Congress to fix this. It's not coming," Castellano told Semafor. "So we're going to fix the
part we actually control."

### Know More

Slow permitting has become a rare point of agreement between progressive and conservative housing advocates, who argue
that months of review add tens of thousands of dollars to the cost of each new apartment. A bill that would have tied some
federal grants to faster approvals stalled in the Senate this summer after objections from both parties.

The mayors' group includes 18 Democrats, nine Republicans and four independents, and covers cities with a combined
population of about 14 million. Organizers said they expect at least a dozen more to sign on by the end of the year.

The shared plans are the most concrete piece. A builder who uses one of six pre-approved designs for a four-story apartment
building would skip most structural review in any participating city. Okafor said his city's approvals for similar projects
currently take an average of 11 months.

### Step Back

Cities have tried versions of this before, usually alone. A handful of Western cities introduced pre-approved plans for
backyard cottages over the past decade, and builders used them heavily. But larger buildings have stayed stuck in
case-by-case review, in part because state building codes vary.

### Priya's view

The pact is a sign of how much of the housing debate has moved away from Capitol Hill. Mayors from both parties now see
permit delays as a political liability, and they are more willing than members of Congress to be seen working with the
other side on it. The harder question is whether city councils and planning departments, which hold much of the real power
here, will actually meet the 90-day deadline. The quarterly reports will make it easy to tell.

### Room for Disagreement

Tenant advocates worry faster approvals will come at the expense of neighborhood input. "Ninety days is not enough time for
residents to understand what is being built next to them," said Marisa Delgado of the Renters United Network. "Speed is
not the only value here."

### Notable

- The Harbor City Ledger reported last month that Okafor's permitting office had a backlog of more than 1,900 applications.
- A study by the Lakeview Housing Institute found that approval times in large U.S. cities nearly doubled between 2015 and 2024.
`;
const smBlocks = parse(smSrc);
const smGold = gold(smBlocks);
const smNav = ['Politics', 'Business', 'Technology', 'Media', 'Climate', 'Security', 'Gulf', 'Africa', 'Net Zero', 'CEO'];
const smTop = ['Newsletters', 'Events', 'Video', 'Sign up'];
const smShare = ['Share on X', 'Share on LinkedIn', 'Share on Facebook', 'Copy link', 'Email'];
const smPromo = ['Sign up for Semafor Principals: What the White House is reading.', 'Read it now.'];
const smCaption = 'Construction cranes over apartment buildings under way in Harbor City.';
const smCredit = 'Jordan Pike/Semafor';
const smEnd = [
  'Semafor Principals',
  'What the White House is reading. Delivered twice a week to your inbox.',
  'Enter your email',
  'Sign Up',
  'By subscribing, you agree to our Terms of Service and Privacy Policy.',
];
const smFlagship = ['Semafor Flagship', 'The world’s biggest stories, every morning.', 'Subscribe'];
const smMore = [
  'Senate GOP eyes shortcut to pass farm bill before year’s end',
  'Inside the White House push to win back suburban voters',
  'Governors race to claim chip factory jobs',
];
const smFoot = ['About', 'Ethics', 'Careers', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Do Not Sell or Share My Personal Information'];
const smHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Big-city mayors bypass Congress with their own housing permit pact | Semafor</title>
<meta name="description" content="A bipartisan group of 31 mayors will announce a common set of rules for approving new housing.">
<meta property="og:title" content="${smTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Semafor">
<meta name="twitter:site" content="@semafor"><meta name="article:published_time" content="2025-10-14T21:02:00.000Z">
<link rel="canonical" href="https://www.semafor.example/article/10/14/2025/big-city-mayors-bypass-congress-housing-permit-pact">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${smTitle}","datePublished":"2025-10-14T21:02:00.000Z",
"dateModified":"2025-10-14T21:02:00.000Z","author":[{"@type":"Person","name":"Priya Raman"}],"publisher":{"@type":"Organization","name":"Semafor"},
"articleSection":"Politics"}</script>
<link rel="preload" href="/_next/static/media/abc-font.woff2" as="font" crossorigin=""><link rel="stylesheet" href="/_next/static/css/7e2a01b3c4.css">
</head><body><div id="__next">
<header class="styles_header__xQ3tN"><div class="styles_container__Q9lPh"><a class="styles_logo__mW2eK" href="/" aria-label="Semafor"><svg viewBox="0 0 140 26">
</svg></a><nav class="styles_verticals__p0Yc3" aria-label="Verticals"><ul>${links(smNav, 'styles_vertical__r7V1h')}</ul></nav>
<ul class="styles_utility__3Kb8q">${links(smTop, 'styles_utilityItem__Fz2wD')}</ul>
<button class="styles_hamburger__9nGd1" aria-label="Open menu" aria-expanded="false"></button></div>
<div class="styles_mobileMenu__uV4eA" hidden><ul>${links(smNav, 'styles_mobileItem__Hs0pQ')}</ul></div></header>
<main class="styles_main__tE8sF"><article class="styles_article__oN2pB">
<div class="styles_intro__IYj__"><div class="styles_labels__aX5sV"><a class="styles_vertical__r7V1h" href="/politics">Politics</a>
<span class="styles_location__5gW1c">Washington, DC</span></div>
<h1 class="styles_headline__ice3t">${smTitle}</h1>
<div class="styles_byline__Fd6kS"><img class="styles_authorImage__x2Vq7" src="/authors/priya-raman.jpg" alt="">
<div><a class="styles_authorName__0fTj2" href="/author/priya-raman">Priya Raman</a>
<div class="styles_timestamp__QW7ia">Updated <time datetime="2025-10-14T21:02:00.000Z">Oct 14, 2025, 5:02pm EDT</time></div></div></div>
<div class="styles_jumpLinks__2kXb0"><span class="styles_jumpLabel__Lw9sE">In this article:</span><ul>${smGold.headings
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/\W+/g, '-')}">${h}</a></li>`)
  .join('')}</ul></div>
<ul class="styles_share__Q1m8n">${smShare.map((t) => `<li><button aria-label="${t}"><span class="sr-only">${t}</span></button></li>`).join('')}</ul></div>
<aside class="styles_newsletterPromo__4NcW1"><p>${smPromo[0]} <a href="/newsletters/principals">${smPromo[1]}</a></p></aside>
<div class="styles_articleBody__Ye3Gm suppress-rss">
${render(
  smBlocks,
  {
    h3: (h) => `<div class="styles_section__h3GcA" id="${h.toLowerCase().replace(/\W+/g, '-')}"><h3 class="styles_sectionTitle__0Qx7r">${h}</h3></div>`,
    p: (h) => `<p class="styles_paragraph__6o_o7">${h}</p>`,
  },
  {
    image: `<figure class="styles_image__Mn0tK"><img src="https://img.semafor.example/2025/10/cranes.jpg?w=1200" alt="${smCaption}">
<figcaption class="styles_caption__dB3zS"><span>${smCaption}</span> <span class="styles_credit__pL7eI">${smCredit}</span></figcaption></figure>`,
  },
)}
</div>
<section class="styles_newsletterSignup__Rb1zU"><h2 class="styles_signupTitle__t8Wn0">${smEnd[0]}</h2><p>${smEnd[1]}</p>
<form><label class="sr-only" for="sig-email">${smEnd[2]}</label><input id="sig-email" type="email" placeholder="Enter your email">
<button type="submit">${smEnd[3]}</button></form><p class="styles_legal__K2mYc">${smEnd[4]}</p></section></article>
<aside class="styles_flagship__Jx2dA"><h2>${smFlagship[0]}</h2><p>${smFlagship[1]}</p><a href="/newsletters/flagship">${smFlagship[2]}</a></aside>
<section class="styles_more__Ak0vE"><h2 class="styles_moreTitle__r4BnL">More from Semafor</h2>${smMore
  .map((t) => `<div class="styles_card__w5Gh8"><a href="/article/more"><h3 class="styles_cardHeadline__c1Vn9">${t}</h3></a></div>`)
  .join('\n')}</section></main>
<footer class="styles_footer__2hYk1"><ul>${links(smFoot)}</ul><p>© 2025 Semafor Inc.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"big-city-mayors-bypass-congress-housing-permit-pact",
"vertical":"politics","authors":["priya-raman"]}}},"page":"/article/[month]/[day]/[year]/[slug]","buildId":"tR9x2"}</script>
<script src="/_next/static/chunks/main-1f2e3d.js" defer></script></body></html>`;
const semafor: TestPage = {
  name: 'heldout148-semafor-news',
  kind: 'news',
  html: smHtml,
  // the named sections ("The News", "Know More", the reporter's view...) are the headings and the "Notable" items are body;
  // the "In this article:" jump list repeats the headings and is in neither list (its label is furniture)
  title: smTitle,
  headings: smGold.headings,
  body: smGold.body,
  bylines: ['Priya Raman', 'Updated Oct 14, 2025, 5:02pm EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...smNav, ...smTop, 'Washington, DC', 'In this article:', ...smShare, ...smPromo, smCaption, smCredit, ...smEnd, ...smFlagship,
    'More from Semafor', ...smMore, ...smFoot, '© 2025 Semafor Inc.',
  ],
};

export const HELDOUT148_D: readonly TestPage[] = [semafor, the19th];
