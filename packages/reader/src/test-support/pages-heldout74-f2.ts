import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page f2: a McClatchy regional paper shape story ("The Coral Bay Herald", Miami Herald template): the
 * subscription offer bar, the masthead with "Sections", "Subscribe" and "Log In", the section menu, the kicker, headline,
 * "By" line and "Updated" time, "Listen to this article", share buttons, the lead photo caption with photographer and
 * e-mail, "Read Next" and ad slots inside the story body, the "originally published" line, the author card with "Support my
 * work with a digital subscription", the app promo, "Related stories", and the long footer.
 */
export const kicker = 'Local';
export const title = 'County approves $38 million plan to raise flood-prone streets in Palmetto Shores';
export const blocks: readonly Block[] = [
  [
    'p',
    'Coral Bay County commissioners on Tuesday approved a $38 million plan to raise more than four miles of streets in Palmetto Shores, ' +
      'the low-lying neighborhood where king tides and summer downpours now flood roads dozens of times a year.',
  ],
  [
    'p',
    'The project, which passed 9-2, will lift roads by up to 2 feet, replace aging drainage pipes and install 14 one-way valves to keep ' +
      'seawater from backing up through storm drains during high tides. Construction is expected to begin next fall and take about three years.',
  ],
  [
    'p',
    '“Every resident in Palmetto Shores can tell you which streets to avoid when the moon is full,” said Commissioner Yolanda Pierre, who ' +
      'represents the area. “That is not how anyone should have to live.”',
  ],
  [
    'p',
    'County data shows that sections of Heron Avenue and Southwest 12th Street flooded on 71 days last year, up from 18 days a decade ago. ' +
      'Residents described cars ruined by salt water, children wading to school bus stops and garbage trucks unable to reach homes.',
  ],
  [
    'p',
    'The plan has divided the neighborhood, however. Because raised roads can leave homes below street level, some owners worry that ' +
      'stormwater will simply drain onto their properties instead.',
  ],
  [
    'p',
    'Luis Caballero, who has lived on Heron Avenue since 1994, told commissioners his house already sits about a foot below the road. ' +
      '“You raise it two more feet, and my living room becomes the retention pond,” he said.',
  ],
  [
    'p',
    'County engineers said the design includes swales and new drains at the edge of each property to carry water away from homes. They ' +
      'acknowledged that some older houses would need their driveways regraded, which the county has agreed to pay for.',
  ],
  [
    'p',
    'Homeowners will not be charged directly, but the county plans to pay for roughly a third of the project through a special ' +
      'assessment on properties in the flood district, a change that would add an average of $180 a year to tax bills. The rest will come ' +
      'from a state resilience grant and a voter-approved bond.',
  ],
  [
    'p',
    'The two commissioners who voted no, Frank DeLuca and Marianne Ossip, said they supported flood protection but wanted the county to ' +
      'study elevating homes as well as roads before committing so much money.',
  ],
  [
    'p',
    '“We are spending $38 million to solve part of the problem. In 20 years, the water will be higher again,” DeLuca said. “We owe residents ' +
      'an honest conversation about what comes after this.”',
  ],
  [
    'p',
    'Researchers at Coral Bay University project that local sea levels could rise another 10 to 17 inches by 2060. The county’s own ' +
      'resilience plan lists more than 20 neighborhoods that may need similar work.',
  ],
  ['p', 'Public meetings on the final design are scheduled for January at the Palmetto Shores library.'],
];
export const offer = ['Get unlimited digital access', 'Subscribe now for only $1!', 'CLAIM OFFER'];
export const masthead = ['Sections', 'The Coral Bay Herald', 'Subscribe', 'Log In', 'Search'];
export const nav = ['Local', 'Sports', 'Real Estate News', 'Business', 'Politics', 'Opinion', 'Obituaries', 'eEdition', 'Newsletters'];
export const listen = ['Listen to this article', '5 min'];
export const share = ['Facebook', 'X', 'Email', 'Copy Link'];
export const caption = 'Water covers Heron Avenue in Palmetto Shores during a king tide on Oct. 8, 2025.';
export const photog = ['Ramón Esteves', '[email protected]'];
export const ad = 'Advertisement';
export const readNext = ['Read Next', 'State awards $120 million in resilience grants to coastal counties'];
export const originally = 'This story was originally published November 12, 2025 5:00 AM.';
export const card = [
  'Coral Bay Herald',
  'Danielle Okafor covers climate, flooding and county government for the Coral Bay Herald. She joined the paper in 2021.',
  'Support my work with a digital subscription',
];
export const app = [
  'Take us with you.',
  'Real-time updates and all local stories you want right in the palm of your hand.',
  'Coral Bay Herald App',
  'View Newspaper eEdition',
];
export const related = [
  'Related stories from The Coral Bay Herald',
  'Climate Change',
  'Why Palmetto Shores floods on sunny days',
  'Environment',
  'Coral Bay’s sea wall plan stalls over cost',
];
export const footHeads = ['Subscriptions', 'Learn More', 'Advertising', 'Copyright'];
export const footLinks = [
  'Start a Subscription',
  'Customer Service',
  'Vacation Hold',
  'Pay Your Bill',
  'About Us',
  'Contact Us',
  'News in Education',
  'Place a Classified Ad',
  'Commenting Policy',
  'Privacy Policy',
  'Terms of Service',
  'Accessibility',
];
export const bylines = ['By Danielle Okafor', 'Updated November 12, 2025 5:12 PM', 'Danielle Okafor'];

const footCuts = [0, 4, 7, 8, footLinks.length];
const adSlot = (n: number): string => `<div class="zone-el" data-zone="ad-in-story-${n}"><div class="ad-label">${ad}</div>
<div id="zone-el-${n}" class="ad-slot"></div></div>`;
const next = `<div class="in-story-widget read-next"><h3 class="widget-title">${readNext[0]}</h3>
<a class="read-next-link" href="/news/local/environment/article301122.html"><h4 class="h4">${readNext[1]}</h4></a></div>`;

export const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${title} | Coral Bay Herald</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The $38 million project will lift roads, replace pipes and add tidal valves."><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta name="keywords" content="flooding, sea level rise, Palmetto Shores">
<link rel="canonical" href="https://www.coralbayherald.com/news/local/environment/article301187655.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T10:00:00Z",
"dateModified":"2025-11-12T22:12:00Z","author":[{"@type":"Person","name":"Danielle Okafor"}],"publisher":{"@type":"Organization","name":"Coral Bay Herald"},
"isAccessibleForFree":"False"}</script>
<script>window.pageInfo={"id.asset":"301187655","content.section":"news/local/environment","marketInfo.domain":"coralbayherald.com"};</script>
<link rel="stylesheet" href="/static/hi/css/story.min.css?v=2025.11"></head>
<body class="story-page"><div class="offer-bar" data-offer="top"><p><strong>${offer[0]}</strong> <span>${offer[1]}</span></p>
<a class="button" href="/subscribe/">${offer[2]}</a></div>
<header class="masthead" role="banner"><button class="masthead-sections" aria-label="Open sections menu">${masthead[0]}</button>
<a class="masthead-logo" href="/"><span class="logo-text">${masthead[1]}</span></a>
<div class="masthead-actions"><a class="subscribe" href="/subscribe/">${masthead[2]}</a><a class="login" href="/login/">${masthead[3]}</a>
<button class="search">${masthead[4]}</button></div><nav class="masthead-nav" aria-label="Sections"><ul>${links(nav, 'nav-item')}</ul></nav></header>
<main id="main"><article class="story-body" data-asset-id="301187655"><div class="header">
<a class="kicker ng-underline" href="/news/local/">${kicker}</a><h1 class="h1">${title}</h1>
<div class="byline"><div class="byline-details">By <a class="ng-underline" href="/profile/2411.html">Danielle Okafor</a></div>
<time class="update-date" datetime="2025-11-12T22:12:00Z">${bylines[1]}</time></div>
<div class="audio-player"><button class="play">${listen[0]}</button><span class="duration">${listen[1]}</span></div>
<div class="share-tools"><ul>${share.map((t) => `<li><a class="share-${t.toLowerCase().replace(' ', '-')}" href="#">${t}</a></li>`).join('')}</ul></div></div>
<figure class="lead-photo"><img src="/latest-news/lmp8zq/picture301187652/alternates/LANDSCAPE_1140/flood.jpg" alt="A flooded street">
<figcaption class="caption"><p>${caption}</p><p class="photographer">${photog[0]} <a href="mailto:${photog[1]}">${photog[1]}</a></p></figcaption></figure>
<div class="story-body-text">
${render(blocks, {}, { 3: adSlot(1), 6: next, 9: adSlot(2) })}
<p class="originally-published"><em>${originally}</em></p>
</div>
<div class="author-card"><img class="profile-image" src="/profile/2411.jpg" alt="Profile Image of Danielle Okafor">
<div class="author-card-text"><a class="author-name" href="/profile/2411.html">${bylines[2]}</a><p class="author-paper">${card[0]}</p><p>${card[1]}</p>
<a class="support-link" href="/subscribe/?cid=author">${card[2]}</a></div></div>
<div class="app-promo"><h3>${app[0]}</h3><p>${app[1]}</p><a href="/app/">${app[2]}</a><a href="/eedition/">${app[3]}</a></div></article>
<section class="related-stories"><h2 class="h2">${related[0]}</h2>
<div class="package"><a class="kicker" href="/topic/climate-change/">${related[1]}</a><h3><a href="/news/a1.html">${related[2]}</a></h3></div>
<div class="package"><a class="kicker" href="/news/local/environment/">${related[3]}</a><h3><a href="/news/a2.html">${related[4]}</a></h3></div></section>
</main>
<footer class="footer">
${footHeads
  .map(
    (h, i) =>
      `<div class="footer-col"><h4>${h}</h4>
<ul>${links(footLinks.slice(footCuts[i], footCuts[i + 1]), 'footer-link')}</ul></div>`,
  )
  .join('\n')}
</footer>
<script src="/static/hi/js/story.min.js?v=2025.11" defer></script></body></html>`;
