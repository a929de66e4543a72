import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file b2: a castle's "plan your visit" page on a heritage trust's Next.js site with styled-components
 * class names (global header with mega-menu buttons, place banner with a membership note, breadcrumb, in-page anchor nav,
 * rich-text sections, a prices table, an image with a credit, a "Things to do nearby" card rail, the OneTrust banner, the
 * charity footer and the __NEXT_DATA__ script).
 */
const cTitle = 'Visiting Hallowmoor Castle';
const cIntro = [
  j(
    'Hallowmoor Castle stands on a sandstone crag above the River Lune, a medieval fortress that became a country house in the',
    '1700s. Plan your day here: opening times, prices, getting here and what to expect when you arrive.',
  ),
];
const cOpen = [
  j(
    'The castle is open from 1 March to 2 November, Wednesday to Sunday, 11am to 4pm, with last entry at 3.15pm. The gardens',
    'and tea room open every day of the year from 10am, except 24 and 25 December.',
  ),
  'Entry to the castle is by timed ticket at weekends and in school holidays, so we recommend booking ahead.',
];
const cPrices: readonly (readonly [string, string, string])[] = [
  ['Adult', '£16.00', '£14.50'],
  ['Child (5–17)', '£8.00', '£7.25'],
  ['Family (2 adults, 3 children)', '£40.00', '£36.25'],
  ['Members', 'Free', 'Free'],
];
const cGetting = [
  'By car: follow brown signs from junction 34 of the M6. The car park is 400 yards from the castle gate (members park free).',
  'By train: Lunebridge station is 2 miles away; the 82 bus stops outside the main gate every hour.',
  'By bike: the Lune Valley cycleway passes the lower entrance, where there are 20 covered cycle stands.',
];
const cAccess = [
  j(
    'The approach to the castle is a steep cobbled ramp. A mobility buggy runs from the car park to the courtyard every',
    '20 minutes. The ground floor of the house, the tea room and the walled garden are step-free; the keep and the upper',
    'floors are reached by narrow spiral stairs.',
  ),
  'A virtual tour of the upper floors can be watched on a screen in the Great Hall, and large-print guides are available.',
];
const cEat = [
  j(
    'The Stable Yard tea room serves lunches made with vegetables from the walled garden, along with scones, soup and a',
    'children’s lunch box. The second-hand bookshop in the old coach house is run by volunteers, and every book sold helps',
    'pay for the conservation of the castle’s tapestries.',
  ),
];
const cDogs = ['Dogs on short leads are welcome in the gardens, the parkland and the courtyard café, but not inside the castle.'];
const cHeader = ['Visit', 'Shop', 'Holidays', 'Get involved', 'Discover', 'Support us'];
const cCrumbs = ['Home', 'Visit', 'North West', 'Hallowmoor Castle'];
const cAnchors = ['Opening times', 'Prices', 'Getting here', 'Access', 'Dogs'];
const cNearby = ['Lune Valley Estate walk', 'Corbeck Mill', 'Whitsand Priory ruins'];
const cFoot = ['Contact us', 'Press office', 'Jobs', 'Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Accessibility'];
const hd = (id: string, t: string): string => `<h2 id="${id}" class="Heading__StyledHeading-sc-1ypm3n0-0 cJwXoL">${t}</h2>`;
const rt = (paras: readonly string[]): string => `<div class="RichText__StyledRichText-sc-7xqk1c-0 gqdPvs">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div>`;
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visiting Hallowmoor Castle | Heritage Places Trust</title><meta name="description" content="Opening times, prices and directions for Hallowmoor Castle.">
<meta property="og:title" content="Visiting Hallowmoor Castle"><meta property="og:site_name" content="Heritage Places Trust">
<link rel="preload" href="/_next/static/media/a1f3c2.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristAttraction","name":"Hallowmoor Castle",
"address":{"@type":"PostalAddress","addressLocality":"Lunebridge"},"publicAccess":true}</script>
<style data-styled="active" data-styled-version="5.3.11">.cJwXoL{font-family:Heritage Serif,serif;font-size:1.75rem;}</style>
<script src="/_next/static/chunks/webpack-8f2c1a.js" defer=""></script><script src="/_next/static/chunks/main-3d1e9a.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink__Link-sc-1q2w3e-0 hKfYtR">Skip to main content</a>
<header class="GlobalHeader__Header-sc-9k2c1x-0 eXhWnb" data-testid="global-header"><a href="/" aria-label="Heritage Places Trust home"
class="GlobalHeader__Logo-sc-9k2c1x-1 bNmQzA"><svg role="img" aria-hidden="true"></svg></a>
<nav aria-label="Primary" class="PrimaryNav__Nav-sc-4t6y7u-0 dGhJkL"><ul class="PrimaryNav__List-sc-4t6y7u-1 fRtYuI">
${cHeader.map((h) => `<li><button type="button" aria-expanded="false" class="PrimaryNav__Button-sc-4t6y7u-2 kLzXcV">${h}</button></li>`).join('\n')}
</ul></nav><div class="GlobalHeader__Actions-sc-9k2c1x-2 qWeRtY"><a href="/join" class="Button__StyledButton-sc-3f9k1l-0 jOiNuS">Join us</a>
<a href="/donate" class="Button__StyledButton-sc-3f9k1l-0 dOnAtE">Donate</a></div></header>
<main id="main"><div class="PlaceBanner__Wrapper-sc-2m4n6b-0 hQpLsE" data-testid="place-banner"><div class="PlaceBanner__Inner-sc-2m4n6b-1 aBcDeF">
<p class="PlaceBanner__Kicker-sc-2m4n6b-2 kIcKeR">Castle, Lancashire</p>
<h1 class="Heading__StyledHeading-sc-1ypm3n0-0 hZqKcL">${cTitle}</h1>
<p class="PlaceBanner__Members-sc-2m4n6b-3 mEmBeR">Members go free</p>
<a href="/visit/north-west/hallowmoor-castle/book" class="Button__StyledButton-sc-3f9k1l-0 jOiNuS">Book tickets</a></div></div>
<nav aria-label="Breadcrumb" class="Breadcrumbs__Nav-sc-6d8f0a-0 bReAdC"><ol class="Breadcrumbs__List-sc-6d8f0a-1 lIsTbC">${links(cCrumbs)}</ol></nav>
<div class="PageLayout__Grid-sc-5h7j9k-0 gRiDpL"><aside class="InPageNav__Aside-sc-8b1v3c-0 aSiDeN">
<p class="InPageNav__Title-sc-8b1v3c-1 tItLe">On this page</p>
<ul>${cAnchors
  .map(
    (a) => `<li><a href="#${a.toLowerCase().replace(/ /g, '-')}"
class="InPageNav__Link-sc-8b1v3c-2 lInKs">${a}</a></li>`,
  )
  .join('\n')}</ul></aside>
<article class="PageLayout__Content-sc-5h7j9k-1 cOnTeN">
${rt(cIntro)}
${hd('opening-times', 'Opening times and tickets')}
${rt(cOpen)}
<h3 id="prices" class="Heading__StyledHeading-sc-1ypm3n0-0 kPrIcE">Admission prices</h3>
<div class="PriceTable__Wrapper-sc-1r4t5y-0 pRiCeT"><table><thead><tr><th>Ticket</th><th>Gift Aid admission</th><th>Standard admission</th></tr></thead><tbody>
${cPrices.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table></div>
<figure class="Image__Figure-sc-0p9o8i-0 fIgUrE"><img alt="The castle keep seen from the river"
src="/_next/image?url=%2Fimages%2Fhallowmoor-keep.jpg&amp;w=1200&amp;q=75">
<figcaption class="Image__Caption-sc-0p9o8i-1 cApTiO">The keep from the riverside path<span class="Image__Credit-sc-0p9o8i-2 cReDiT">©Heritage Places Trust
Images/Marta Quiller</span></figcaption></figure>
${hd('getting-here', 'Getting here')}
<ul class="RichText__List-sc-7xqk1c-1 uLlIsT">${cGetting.map((g) => `<li>${g}</li>`).join('\n')}</ul>
${hd('access', 'Access')}
${rt(cAccess)}
${hd('eating', 'Eating and shopping')}
${rt(cEat)}
${hd('dogs', 'Dogs')}
${rt(cDogs)}
</article></div>
<section class="CardRail__Section-sc-3e5r7t-0 rAiLsE" aria-labelledby="nearby"><h2 id="nearby" class="Heading__StyledHeading-sc-1ypm3n0-0 nEaRbY">Things to do
nearby</h2><ul class="CardRail__List-sc-3e5r7t-1 cArDsL">
${cNearby
  .map(
    (n) => `<li class="Card__Item-sc-2w3e4r-0 iTeMc"><a href="/visit/${n.toLowerCase().replace(/ /g, '-')}">
<h3 class="Card__Title-sc-2w3e4r-1 tItLeC">${n}</h3></a></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="GlobalFooter__Footer-sc-4r5t6y-0 fOoTeR"><div class="GlobalFooter__Newsletter-sc-4r5t6y-1 nEwSlE"><h2>Sign up for our emails</h2>
<p>Be the first to hear about events, offers and places to visit.</p><a href="/email-sign-up">Sign up</a></div>
<ul class="GlobalFooter__Links-sc-4r5t6y-2 lInKf">${links(cFoot)}</ul>
<p class="GlobalFooter__Legal-sc-4r5t6y-3 lEgAl">Heritage Places Trust is a registered charity, no. 1102337. © 2026 Heritage Places Trust.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat vertical-align-content" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">We use cookies to improve your experience of our
website and to show you relevant content.</p></div><div id="onetrust-button-group-parent"><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"place":{"id":"hallowmoor-castle","name":"Hallowmoor Castle","region":"north-west"},
"page":"visit"}},"page":"/visit/[region]/[place]/[page]","query":{"region":"north-west","place":"hallowmoor-castle","page":"visit"},
"buildId":"r8Yk2QxW1","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
export const nextCastle: TestPage = {
  name: 'heldout433-nextjs-heritage-castle-visit-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Opening times and tickets', 'Admission prices', 'Getting here', 'Access', 'Eating and shopping', 'Dogs'],
  body: texts([...cIntro, ...cOpen, ...cPrices.flat(), ...cGetting, ...cAccess, ...cEat, ...cDogs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cHeader, 'Join us', 'Donate', 'Castle, Lancashire', 'Members go free', 'Book tickets', 'Home', 'North West',
    'On this page', 'Opening times', 'Prices',
    'The keep from the riverside path', '©Heritage Places Trust Images/Marta Quiller', 'Things to do nearby', ...cNearby, 'Sign up for our emails',
    'Be the first to hear about events, offers and places to visit.', 'Sign up', ...cFoot,
    'Heritage Places Trust is a registered charity, no. 1102337. © 2026 Heritage Places Trust.', 'Your privacy',
    'We use cookies to improve your experience of our website and to show you relevant content.', 'Accept all', 'Reject all', 'Manage preferences',
  ],
};
