import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file b2: a city relocation guide in a property portal's editorial section, rendered by a React app with
 * emotion classes and data-testid attributes (search header, guide breadcrumbs, author card with published / updated lines,
 * a hero image with credit, a table of contents, a rents table, inline "Search homes" promo cards, an email capture, related
 * guides, a Usercentrics consent dialog and the footer).
 */
const gTitle = 'Moving to Harrowgate Bay: a newcomer’s guide to the city’s neighbourhoods';
const gIntro = [
  j(
    'Harrowgate Bay has added nearly 40,000 residents in a decade, most of them drawn by the new tram line, the university',
    'hospital and rents that still sit well below the capital’s. If you are weighing up a move, the city is compact enough to',
    'learn in a weekend, but its neighbourhoods feel very different from one street to the next.',
  ),
];
const gH = ['Where to live', 'What it costs', 'Getting around', 'Before you sign'];
const gAreas = [
  j(
    '<strong>Saltmarsh</strong> is the old fishing quarter, now full of converted net lofts, coffee roasters and young',
    'professionals who walk to the business district in fifteen minutes. Parking is scarce and weekend evenings are lively.',
  ),
  j(
    '<strong>Cresswell Rise</strong> climbs the hill behind the station. Its Edwardian terraces have three bedrooms, long',
    'gardens and the two best-rated primary schools in the city, which is why family homes here rarely last a month on the market.',
  ),
  j(
    '<strong>Northdock</strong> is the newest district, built on reclaimed quays, with apartment blocks, a concierge in most',
    'buildings and the tram terminus on the doorstep. It suits anyone who wants a lock-up-and-leave flat.',
  ),
];
const gRents: [string, string, string][] = [
  ['Saltmarsh', '£1,040', '£1,390'],
  ['Cresswell Rise', '£960', '£1,520'],
  ['Northdock', '£1,180', '£1,610'],
  ['Pellow Green', '£820', '£1,150'],
];
const gCost = [
  j(
    'Average asking rents across the city rose by 6.2 per cent in the year to January, slower than the regional average. Owning a home',
    'remains within reach for many newcomers: the typical first-time buyer paid £214,000 last year.',
  ),
];
const gMove = [
  j(
    'The Bay Line tram runs every six minutes between Northdock and the hospital, and a monthly pass costs £58. Cycling is',
    'popular along the seafront, though the hills of Cresswell Rise test even keen riders.',
  ),
];
const gChecks = [
  'Ask whether the flat is in the city’s selective licensing zone, which covers most of Saltmarsh.',
  'Check the flood map for homes on the lower quays in Northdock.',
  'Visit on a match day if you are looking near the stadium in Pellow Green.',
];
const gQuote = j(
  '“Most of the people we help relocate pick an area from photos and change their mind after one evening walking around,”',
  'says local letting agent Corinne Maalouf. “Spend a night here before you commit.”',
);
const gNav = ['Buy', 'Rent', 'House prices', 'Find agents', 'Guides'];
const gRelated = ['Renting in Harrowgate Bay: what deposits really cost', 'The best commuter towns on the Bay Line', 'Is Pellow Green the next Saltmarsh?'];
const gFoot = ['About Homeseek', 'Advertise with us', 'Help centre', 'Accessibility', 'Terms of use', 'Privacy policy', 'Manage cookies'];
const gToc = gH.map((h, i) => `<li class="css-1m2ss8v"><a href="#section-${i}" class="css-q2w1ux">${h}</a></li>`).join('');
const promo = (t: string, c: string): string => `<aside data-testid="inline-promo" class="css-8hw1lt"><div class="css-1cz6u3p"><p class="css-t4b1sa">${t}</p>
<a data-testid="inline-promo-cta" class="css-3kfvpc" href="/to-rent/harrowgate-bay">${c}</a></div></aside>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Moving to Harrowgate Bay: neighbourhood guide | Homeseek</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Where to live in Harrowgate Bay, what it costs and how
to get around.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-04T07:00:00Z">
<meta property="article:modified_time" content="2026-03-02T11:20:00Z"><meta property="article:section" content="Area guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Moving to Harrowgate Bay","datePublished":
"2026-02-04T07:00:00Z","dateModified":"2026-03-02T11:20:00Z","author":[{"@type":"Person","name":"Tamsin Oduya"}],"publisher":{"@type":"Organization",
"name":"Homeseek"}}</script>
<style data-emotion="css" data-s="">.css-1k3x2vq{display:grid;grid-template-columns:1fr 320px;gap:40px}.css-8hw1lt{border:1px solid #d8dde6}</style>
<script id="usercentrics-cmp" src="https://app.usercentrics.example/browser-ui/latest/loader.js" data-settings-id="hS9k2LpQ" async></script></head>
<body><div id="root"><div class="css-1dbjc4n"><header data-testid="site-header" class="css-1x9wkqc"><a href="/" aria-label="Homeseek" class="css-p4zz1b"><svg
width="120" height="30"></svg></a><nav data-testid="main-nav" class="css-g6ek5f"><ul class="css-4kbq2m">${links(gNav, 'css-jz3n8s')}</ul></nav><div
class="css-u0z7w4">
<a href="/signin" class="css-3kfvpc">Sign in</a><a href="/saved" class="css-3kfvpc">Saved homes</a></div></header>
<main class="css-1k3x2vq"><div data-testid="article" class="css-ysn0qp"><nav aria-label="breadcrumb" data-testid="breadcrumbs" class="css-10k9b2n"><ol
class="css-1wbrcd1"><li><a href="/discover">Discover</a></li><li><a href="/discover/area-guides">Area guides</a></li><li aria-current="page">Harrowgate
Bay</li></ol>
</nav><article class="css-kq3v5e"><span data-testid="article-category" class="css-1wx0hqd">Area guides</span><h1 data-testid="article-title"
class="css-1o1nf2q">${gTitle}</h1><div data-testid="author-card" class="css-rv4t1e"><img alt="" src="https://lid.homeseek.example/authors/toduya.jpg" width="48"
height="48" class="css-cy5jy1"><div><p class="css-14q8wqe">By <a href="/discover/authors/tamsin-oduya">Tamsin Oduya</a></p><p class="css-bzd8zq"><span
data-testid="published">Published 4 February 2026</span> · <span data-testid="updated">Updated 2 March 2026</span></p><p class="css-bzd8zq">7 minute
read</p></div>
</div><figure data-testid="hero-image" class="css-nph1sq"><img alt="Terraced houses on a hill above the harbour"
src="https://lid.homeseek.example/guides/hb-hero.jpg"
width="1200" height="675"><figcaption class="css-6qq2fa">Cresswell Rise looks down on the harbour. <span class="css-1b4qs3z">Photo: Ewan Kittredge / Homeseek
</span></figcaption></figure><nav data-testid="toc" class="css-1nm5hbb"><p class="css-1ozk6ji">In this guide</p><ol>${gToc}</ol></nav>
<div data-testid="article-body" class="css-1jq1wau">${ps(gIntro, ' class="css-1ls4bvk"')}
<h2 id="section-0" class="css-bp0r81">${gH[0]}</h2>${ps(gAreas, ' class="css-1ls4bvk"')}
${promo('Homes to rent in Harrowgate Bay', 'Search 1,284 homes')}
<h2 id="section-1" class="css-bp0r81">${gH[1]}</h2>${ps(gCost, ' class="css-1ls4bvk"')}
<div class="css-zl3byc"><table class="css-7nzj2a"><caption class="css-g8r0ay">Average monthly rents, January 2026. Source: Homeseek listings data</caption>
<thead><tr><th>Area</th><th>1-bed flat</th><th>3-bed house</th></tr></thead><tbody>${gRents
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('')}
</tbody></table></div>
<h2 id="section-2" class="css-bp0r81">${gH[2]}</h2>${ps(gMove, ' class="css-1ls4bvk"')}
<blockquote class="css-1d8kn2s"><p>${gQuote}</p></blockquote>
<h2 id="section-3" class="css-bp0r81">${gH[3]}</h2><ul class="css-1x7wnyc">${lis(gChecks, 'css-1xw1rdc')}</ul>
${promo('Thinking of buying? See what homes in Cresswell Rise sold for.', 'Check sold prices')}</div>
<div data-testid="share-bar" class="css-1r7mf3e"><span>Share this guide</span><button aria-label="Copy link" class="css-18y9h5s">Copy link</button><a
href="#" class="css-18y9h5s">Facebook</a><a href="#" class="css-18y9h5s">WhatsApp</a></div></article>
<section data-testid="email-capture" class="css-1w4jdpg"><h2 class="css-9w1u0n">Get the latest guides in your inbox</h2><p>Area guides, market updates and
moving tips, once a fortnight.</p><form><input type="email" placeholder="Your email address" aria-label="Email address"><button type="submit">Sign me
up</button></form></section></div>
<aside data-testid="related-guides" class="css-1c3yi8r"><h2 class="css-9w1u0n">More guides you might like</h2><ul>${links(gRelated, 'css-1u8h1c0')}</ul>
<div data-testid="ad-slot" class="css-1f0x9fr"><span class="css-1c7kp1x">Advertisement</span><div id="div-gpt-ad-guides-mpu-1"></div></div></aside></main>
<footer data-testid="site-footer" class="css-mct1ra"><ul class="css-6xq6m8">${links(gFoot)}</ul><p class="css-1r3ua2a">© Homeseek Group plc 2026. All rights
reserved.</p></footer></div></div>
<div id="usercentrics-root"><div role="dialog" aria-label="Privacy settings" data-testid="uc-default-banner"><p data-testid="uc-message">We use cookies and
similar technologies to show you relevant homes and measure our advertising.</p><button data-testid="uc-accept-all-button">Accept All</button><button
data-testid="uc-deny-all-button">Deny</button><button data-testid="uc-more-button">More Information</button></div></div>
<script>window.__PRELOADED_STATE__={"article":{"id":"hb-guide-2026","slug":"moving-to-harrowgate-bay","wordCount":712}};</script>
<script src="/static/js/main.4c1d7e2a.js"></script></body></html>`;
export const guidePortal: TestPage = {
  name: 'heldout445-react-property-portal-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gIntro, ...gAreas, ...gCost, ...gRents.flat(), ...gMove, gQuote, ...gChecks]),
  bylines: ['Tamsin Oduya', 'Published 4 February 2026', 'Updated 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Saved homes', 'Discover', 'Area guides', '7 minute read', 'Cresswell Rise looks down on the harbour.',
    'Photo: Ewan Kittredge / Homeseek', 'In this guide', 'Homes to rent in Harrowgate Bay', 'Search 1,284 homes',
    'Average monthly rents, January 2026. Source: Homeseek listings data', 'Thinking of buying? See what homes in Cresswell Rise sold for.',
    'Check sold prices', 'Share this guide', 'Copy link', 'Facebook', 'WhatsApp', 'Get the latest guides in your inbox',
    'Area guides, market updates and moving tips, once a fortnight.', 'Sign me up', 'More guides you might like', ...gRelated, 'Advertisement', ...gFoot,
    '© Homeseek Group plc 2026. All rights reserved.', 'We use cookies and similar technologies to show you relevant homes and measure our advertising.',
    'Accept All', 'Deny', 'More Information',
  ],
};
