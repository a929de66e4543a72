import { links, ps, type TestPage, texts } from './page-kit.js';
import { runningPage } from './pages-heldout189-e2.js';

/**
 * Held-out batch 189, file e: a forecast article in the press office section of a national weather service's site in the
 * Met Office style (the cookie banner, the skip link, the location search, the main nav, the live warnings banner, the
 * breadcrumb, the "Author" and date line, the warnings map figure and its caption, the regional outlook table, the closing
 * "Keep up to date" promo paragraph inside the article, the tags, the share links, the "Related news" list, the page
 * feedback box and the footer) and, from file e2, a running club's race report blog post.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const wxTitle = 'Storm Bramwell to bring strong winds and heavy rain this weekend';
const wxStand = 'Storm Bramwell has been named and is expected to bring disruption to parts of the UK on Saturday and Sunday.';
const wxP1 = paras(`
A deepening area of low pressure moving in from the Atlantic has been named Storm Bramwell, and several weather warnings
have been issued for wind and rain for Saturday and into Sunday.

Gusts of 50 to 60mph are likely quite widely across Northern Ireland, western Scotland and north-west England on Saturday
afternoon, with 70 to 80mph possible on exposed coasts and hills. There is a small chance of gusts reaching 85mph on the
most exposed headlands of County Down and the Western Isles.`);
const wxH1 = 'Where the warnings are in force';
const wxP2 = paras(`
An amber warning for wind covers western Scotland from noon on Saturday until 3am on Sunday. Flying debris, damage to
buildings and power cuts are possible, and ferry services are likely to be cancelled.

Yellow warnings for wind cover Northern Ireland, the rest of Scotland, north Wales and north-west England. A separate
yellow warning for rain is in place for the Lake District, the Pennines and south-west Scotland, where 40 to 60mm could
fall widely, and up to 100mm on the highest ground.`);
const wxQuote = paras(`
Deputy Chief Meteorologist Rachel Greaves said: "Bramwell is a typical autumn storm in many ways, but the timing of the
strongest winds on Saturday afternoon means many people will be travelling or out and about. Please check the latest
warnings before you set off, and be prepared for some disruption, especially on the roads and on ferry routes."`);
const wxH2 = 'What the rest of the weekend looks like';
const wxP3 = paras(`
Away from the warning areas it will still be a blustery, showery weekend. Southern and eastern England will see the best
of any dry weather on Saturday morning before a band of rain sweeps east during the afternoon, followed by squally showers
with hail and thunder in places.

Sunday will be a cold, bright day for many, with winds easing from the west during the afternoon. Temperatures will be
close to or a little below average for early December, between 6C and 9C, and it will feel colder in the wind.`);
const wxTableHead = ['Region', 'Saturday', 'Sunday'];
const wxTable = [
  ['Scotland', 'Gales and heavy rain, snow on high ground', 'Showers, turning drier later'],
  ['Northern Ireland', 'Severe gales, heavy rain', 'Bright with blustery showers'],
  ['Wales', 'Windy with heavy rain in the north', 'Sunny spells, isolated showers'],
  ['England', 'Rain spreading east, squally showers', 'Cold and bright, winds easing'],
];
const wxH3 = 'Further ahead';
const wxP4 = paras(`
There are signs of a calmer spell early next week as high pressure builds from the south-west. This would bring lighter
winds and more sunshine, but also clearer nights, with frost and fog patches becoming more likely by Tuesday.`);
const wxPromo =
  'Keep up to date with the latest forecast in your area using our forecast pages, by following us on X and Facebook, and ' +
  'on our mobile app, which is available for iPhone from the App Store and for Android from the Google Play store.';
const wxCookie = [
  'Cookies on Weatherline',
  'We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use ' +
    'the site and to improve our services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
];
const wxNav = ['Weather', 'Climate', 'Research', 'Services', 'Learning', 'About us'];
const wxWarn = ['Weather warnings in force', 'Amber wind warning for western Scotland', 'See all warnings'];
const wxCrumbs = ['Home', 'About us', 'Press office', 'News'];
const wxCaption = 'Weather warnings in force for Saturday 6 December';
const wxTags = ['Tags:', 'Storms', 'Wind', 'Rain', 'Weather warnings'];
const wxShare = ['Share:', 'Share on Facebook', 'Share on X', 'Share by email'];
const wxRelated = ['Related news', 'How storms are named', 'Rainfall records broken in parts of Cumbria', 'November 2026 statistics: a mild and wet month'];
const wxFeedback = ['Is there anything wrong with this page?', 'Help us improve this page'];
const wxFoot = ['Accessibility', 'Cookies', 'Contact us', 'Privacy policy', 'Careers', 'Freedom of Information', 'Modern slavery statement'];
const wxHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wxTitle} - Weatherline</title><meta name="description" content="${wxStand}">
<meta property="og:title" content="${wxTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@weatherlineuk">
<link rel="canonical" href="https://www.weatherline.example/about-us/press-office/news/weather-and-climate/2026/storm-bramwell">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wxTitle}",
"datePublished":"2026-12-04T10:30:00Z","author":{"@type":"Organization","name":"Weatherline Press Office"}}</script>
<link rel="stylesheet" href="/webfiles/1764800000000/css/global.css"><script src="/webfiles/1764800000000/js/global.js" defer></script></head>
<body><div id="global-cookie-message" class="cookie-banner" role="region" aria-label="${wxCookie[0]}">
<h2 class="cookie-banner__heading">${wxCookie[0]}</h2><p>${wxCookie[1]}</p>
<button class="btn" data-accept-cookies="true">${wxCookie[2]}</button><button class="btn" data-reject-cookies="true">${wxCookie[3]}</button>
<a href="/about-us/legal/cookies">${wxCookie[4]}</a></div>
<a href="#content" class="skip-link">Skip to main content</a>
<header class="site-header"><a href="/" class="logo"><span class="visually-hidden">Weatherline home</span></a>
<form class="location-search" action="/search"><label for="location-search-input">Search for a place</label>
<input type="text" id="location-search-input" autocomplete="off"><button type="submit">Search</button></form>
<nav class="primary-nav" aria-label="Main navigation"><ul>${links(wxNav)}</ul></nav></header>
<div class="warnings-banner" role="alert"><p class="warnings-banner__title">${wxWarn[0]}</p><p>${wxWarn[1]}</p>
<a href="/weather/warnings-and-advice/uk-warnings">${wxWarn[2]}</a></div>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(wxCrumbs)}</ol></nav>
<main id="content" class="content"><article class="article">
<h1>${wxTitle}</h1>
<p class="article-meta">Author: Press Office<br><span class="article-date">10:30 (UTC) on Thu 4 Dec 2026</span></p>
<div class="article-body">
<p class="standfirst">${wxStand}</p>
${ps(wxP1)}
<figure class="article-image"><img src="/binaries/content/gallery/weatherline/images/press/warnings-6-dec.png" alt="Map of warnings">
<figcaption>${wxCaption}</figcaption></figure>
<h2>${wxH1}</h2>
${ps(wxP2)}
${ps(wxQuote)}
<h2>${wxH2}</h2>
${ps(wxP3)}
<table class="table"><thead><tr>${wxTableHead.map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>
${wxTable.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>${wxH3}</h2>
${ps(wxP4)}
<p><em>${wxPromo}</em></p>
</div>
<div class="article-tags"><span>${wxTags[0]}</span><ul>${links(wxTags.slice(1))}</ul></div>
<div class="share"><span>${wxShare[0]}</span><ul>${links(wxShare.slice(1))}</ul></div>
</article>
<aside class="related"><h2>${wxRelated[0]}</h2><ul>${links(wxRelated.slice(1))}</ul></aside>
<div class="page-feedback"><h2>${wxFeedback[0]}</h2><a href="/about-us/contact/feedback">${wxFeedback[1]}</a></div>
</main>
<footer class="site-footer"><ul>${links(wxFoot)}</ul><p>© Crown copyright</p></footer>
</body></html>`;

const weatherPage: TestPage = {
  name: 'heldout189-weatherline-forecast-news',
  kind: 'news',
  html: wxHtml,
  title: wxTitle,
  headings: [wxH1, wxH2, wxH3],
  body: texts([wxStand, ...wxP1, ...wxP2, ...wxQuote, ...wxP3, ...wxTable.flatMap((r) => r.slice(1)), ...wxP4]),
  bylines: ['Author: Press Office', '10:30 (UTC) on Thu 4 Dec 2026'],
  furniture: [
    ...new Set([
      ...wxCookie,
      'Skip to main content',
      'Weatherline home',
      'Search for a place',
      'Search',
      ...wxNav,
      ...wxWarn,
      ...wxCrumbs,
      wxCaption,
      wxPromo,
      ...wxTags,
      ...wxShare,
      ...wxRelated,
      ...wxFeedback,
      ...wxFoot,
      '© Crown copyright',
    ]),
  ],
};

export const HELDOUT189_E: readonly TestPage[] = [weatherPage, runningPage];
