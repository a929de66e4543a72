import { links, type TestPage } from './page-kit.js';
import { ssrnAbstract } from './pages-heldout186-b2.js';

/**
 * Held-out batch 186, file b: a ResearchGate publication page as a signed-out visitor saves it (the header with "Log in" /
 * "Join for free", the item type and "Full-text available" badges, title, date, journal, DOI and licence, the author list
 * with "Request full-text" and the "Discover the world's research" join promo, the abstract, figures with captions,
 * citations and references tabs with card titles, "Recommended publications" and "Discover more", the hidden login
 * dialog, the cookie banner and the footer) and, from file b2, an SSRN abstract page.
 */
const rgTitle = 'Soil moisture memory and the timing of spring green-up in upland hay meadows';
const rgAbstract = [
  'The start of the growing season in semi-natural grasslands is usually predicted from air temperature alone. We tested whether ' +
    'soil moisture carried over from late winter improves these predictions in upland hay meadows, where management depends on ' +
    'knowing when grass growth will begin.',
  'We combined daily camera images from 23 meadows in the Pennard Hills, collected between 2015 and 2024, with soil moisture ' +
    'probes at three depths and local weather stations. Green-up dates were extracted from the images using a greenness index and ' +
    'a change-point method. We then compared models driven by growing degree days alone with models that also included soil ' +
    'moisture in the preceding eight weeks. Models were fitted with ' +
    'meadow as a random effect and tested on held-out years, so that skill was judged on seasons the models had not seen. We ' +
    'also recorded the date of the first cut at each meadow to see whether farmers already adjust to late or early seasons.',
  'Green-up dates varied by up to 27 days between years at the same meadow. Temperature-only models explained 48 percent of this ' +
    'variation. Adding late-winter soil moisture at 10 cm depth raised the explained variation to 71 percent and reduced the mean ' +
    'absolute error from 6.2 to 3.9 days. Both unusually wet and unusually dry late winters delayed green-up, giving a hump-shaped ' +
    'relationship with an optimum close to field capacity. Meadows on shallow soils over limestone responded most strongly to dry ' +
    'conditions, while meadows on peaty soils were mainly delayed by waterlogging.',
  'Soil moisture memory is an important and overlooked control on the start of the season in upland grasslands. Including it in ' +
    'phenology models could help farmers and conservation advisers plan grazing and cutting dates, and could improve estimates of ' +
    'how these meadows will respond to the wetter winters and drier springs projected for the region. We recommend that long-term ' +
    'monitoring schemes add shallow soil moisture probes alongside existing cameras.',
];
const rgAuthors = ['Eluned Price', 'Tomás Aguilar-Reyes', 'Harriet Moss'];
const rgNav = ['Discover by subject area', 'Recruit researchers', 'Join for free', 'Log in'];
const rgPromo = ['Discover the world\u2019s research', '25+ million members', '160+ million publication pages', '2.3+ billion citations', 'Join for free'];
const rgFigs = [
  'Location of the 23 study meadows in the Pennard Hills, with soil type shown by shading.',
  'Observed against predicted green-up dates for temperature-only and soil moisture models.',
];
const rgCites = [
  'Grassland phenology under altered winter rainfall: a field experiment',
  'Cameras, sensors and citizen scientists: monitoring hay meadow condition',
];
const rgRefs = ['Growing degree days and the onset of grass growth in northern Europe', 'Waterlogging tolerance of meadow grasses'];
const rgRecommended = [
  'Late frost damage in montane meadows after early green-up',
  'Soil water dynamics in limestone grasslands under drought',
  'Hay cutting dates and plant diversity: a twenty-year record',
];
const rgFoot = [
  'Company',
  'About us',
  'News',
  'Careers',
  'Support',
  'Help Center',
  'Business solutions',
  'Advertising',
  'Recruiting',
  'Terms',
  'Privacy',
  'Copyright',
  'Imprint',
  'Consent preferences',
];
const rgCookie =
  'We and our partners use cookies and similar technologies to provide and improve our services, show you relevant ads and ' +
  'measure their performance. You can accept or reject non-essential cookies or manage your preferences.';
const rgHtml = `<!DOCTYPE html>
<html lang="en" class="js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>(PDF) ${rgTitle}</title><meta name="description" content="${rgAbstract[0]}">
<meta property="og:title" content="${rgTitle}"><meta property="og:site_name" content="ResearchGate"><meta name="robots" content="index,follow">
<meta name="citation_title" content="${rgTitle}">${rgAuthors.map((a) => `<meta name="citation_author" content="${a}">`).join('')}
<meta name="citation_publication_date" content="2025/11/18"><meta name="citation_journal_title" content="Journal of Grassland Ecology">
<meta name="citation_doi" content="10.5555/jge.14218">
<link rel="canonical" href="https://www.researchgate.net/publication/392011874_Soil_moisture_memory_and_the_timing_of_spring_green-up">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${rgTitle}","datePublished":"2025-11",
"author":[${rgAuthors.map((a) => `{"@type":"Person","name":"${a}"}`).join(',')}],"isPartOf":{"@type":"Periodical","name":"Journal of Grassland
Ecology"}}</script>
<link rel="stylesheet" href="https://c5.rgstatic.example/m/4a0g1f2/styles/publication.css"></head>
<body class="logged-out"><div id="lite-page" class="lite-page">
<header class="lite-page__header" role="banner"><div class="header-container"><a class="header-logo" href="https://www.researchgate.net/">
<span class="visually-hidden">ResearchGate Logo</span></a><ul class="lite-page__header-navigation">${links(rgNav, 'header-nav-item')}</ul>
<div class="header-search"><label class="visually-hidden" for="search">Search for publications, researchers, or questions</label>
<input id="search" type="search"></div></div></header>
<main class="research-detail-page"><div class="research-detail-layout"><div class="research-detail-layout__main">
<div class="research-detail-header-section"><div class="research-detail-header-section__badge-list">
<span class="nova-legacy-e-badge nova-legacy-e-badge--theme-solid">Article</span>
<span class="nova-legacy-e-badge nova-legacy-e-badge--theme-ghost">Full-text available</span></div>
<h1 class="nova-legacy-e-text nova-legacy-e-text--size-xl research-detail-header-section__title">${rgTitle}</h1>
<div class="research-detail-header-section__metadata"><ul class="nova-legacy-e-list nova-legacy-e-list--type-inline">
<li class="nova-legacy-e-list__item">November 2025</li><li class="nova-legacy-e-list__item">
<a href="/journal/Journal-of-Grassland-Ecology">Journal of Grassland Ecology</a>
</li><li class="nova-legacy-e-list__item">DOI:<a href="https://doi.example/10.5555/jge.14218">10.5555/jge.14218</a></li>
<li class="nova-legacy-e-list__item">License<span class="license">CC BY 4.0</span></li></ul></div>
<ul class="research-detail-author-list">${rgAuthors
  .map(
    (a, i) => `<li class="nova-legacy-v-person-list-item"><a class="nova-legacy-v-person-list-item__title" href="/profile/${a.replace(/ /g, '-')}">${a}</a>
<span class="nova-legacy-v-person-list-item__meta">${['Aberwen University', 'Universidad de Salcedo', 'Pennard Hills Trust'][i]}</span></li>`,
  )
  .join('')}</ul>
<div class="research-detail-header-cta"><a class="nova-legacy-c-button nova-legacy-c-button--color-blue" href="/signup?request">Request full-text</a>
<a class="nova-legacy-c-button nova-legacy-c-button--theme-bare" href="/signup?download">Download citation</a>
<a class="nova-legacy-c-button nova-legacy-c-button--theme-bare" href="#">Copy link</a></div>
<div class="research-detail-header-section__promo">
<p class="promo-title">To read the full-text of this research, you can request a copy directly from the authors.</p></div>
</div>
<section class="research-resources-summary"><ul class="research-resources-summary__tabs"><li>Citations (2)</li><li>References (38)</li><li>Figures (2)</li>
</ul></section>
<div class="research-detail-middle-section"><div class="nova-legacy-c-card"><div class="nova-legacy-c-card__body">
<div class="research-detail-middle-section__abstract"><h2 class="nova-legacy-e-text nova-legacy-e-text--size-l">Abstract</h2>
${rgAbstract.map((p) => `<div class="nova-legacy-e-text nova-legacy-e-text--size-m"><p>${p}</p></div>`).join('\n')}</div></div></div>
<div class="lite-page-promo"><h3>${rgPromo[0]}</h3><ul><li>${rgPromo[1]}</li><li>${rgPromo[2]}</li><li>${rgPromo[3]}</li></ul>
<a class="nova-legacy-c-button" href="/signup">${rgPromo[4]}</a></div></div>
<section class="research-detail-figures"><h2>Figures</h2>${rgFigs
  .map((f, i) => `<figure class="figure-card"><img src="/figure/${i}.png" alt=""><figcaption>${f}</figcaption></figure>`)
  .join('')}</section>
<section class="research-detail-citations"><h2>Citations (2)</h2><ul>${rgCites.map((t) => `<li><h3><a href="/pub/c">${t}</a></h3></li>`).join('')}</ul>
</section>
<section class="research-detail-references"><h2>References (38)</h2><ul>${rgRefs.map((t) => `<li><h3><a href="/pub/r">${t}</a></h3></li>`).join('')}</ul>
<a href="/signup?refs">Show more</a></section></div>
<aside class="research-detail-layout__sidebar"><section><h2>Recommended publications</h2><p>Discover more about: Phenology</p>
<ul>${rgRecommended.map((t) => `<li><span class="badge">Article</span><a href="/pub/x">${t}</a></li>`).join('')}</ul></section>
<section><h2>Discover more</h2><ul>${links(['Phenology', 'Soil Moisture', 'Grassland Ecology'])}</ul></section></aside></div></main>
<div class="modal login-modal" role="dialog" aria-hidden="true" style="display:none"><h2>Welcome back! Please log in.</h2>
<label for="lm-email">Email</label><input id="lm-email"><label for="lm-pw">Password</label><input id="lm-pw" type="password">
<a href="/application.LostPassword.html">Forgot password?</a><button>Log in</button><p>No account? Sign up</p></div>
<footer class="lite-page__footer"><ul>${links(rgFoot)}</ul><p>© 2008-2026 ResearchGate GmbH. All rights reserved.</p></footer>
<div class="cmp-banner" role="dialog" aria-label="Cookie consent"><p>${rgCookie}</p><button>Accept all</button><button>Reject all</button>
<button>Manage preferences</button></div></div>
<script src="https://c5.rgstatic.example/m/4a0g1f2/javascript/lite/publication.js" defer></script></body></html>`;
const researchgate: TestPage = {
  html: rgHtml,
  name: 'heldout186-researchgate-publication',
  kind: 'docs',
  // the abstract is the article; the date and authors are bylines, the authors' institutions, badges, journal, DOI,
  // licence, join promo, tabs, figure captions, cards, the hidden login dialog, footer and cookie banner are furniture
  title: rgTitle,
  headings: ['Abstract'],
  body: rgAbstract,
  bylines: ['November 2025', ...rgAuthors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ResearchGate Logo', ...rgNav, 'Search for publications, researchers, or questions', 'Article', 'Full-text available', 'Journal of Grassland Ecology',
    '10.5555/jge.14218', 'CC BY 4.0', 'Aberwen University', 'Universidad de Salcedo', 'Pennard Hills Trust', 'Request full-text', 'Download citation',
    'Copy link', 'To read the full-text of this research, you can request a copy directly from the authors.', 'Citations (2)', 'References (38)',
    'Figures (2)', ...rgPromo, 'Figures', ...rgFigs, ...rgCites, ...rgRefs, 'Show more', 'Recommended publications', 'Discover more about: Phenology',
    ...rgRecommended, 'Discover more', 'Soil Moisture', 'Grassland Ecology', 'Welcome back! Please log in.', 'Email', 'Password', 'Forgot password?',
    'No account? Sign up', ...rgFoot, '© 2008-2026 ResearchGate GmbH. All rights reserved.', rgCookie, 'Accept all', 'Reject all', 'Manage preferences',
  ],
};

export const HELDOUT186_B: readonly TestPage[] = [researchgate, ssrnAbstract];
