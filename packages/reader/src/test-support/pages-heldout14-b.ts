import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 14, file b: a science news release on EurekAlert! (release type and date, embargo note, "Peer-Reviewed
 * Publication", institution, lead image with "IMAGE:" caption and credit, journal / DOI / method-of-research boxes,
 * AAAS disclaimer, media contact and keywords in the sidebar) and a corporate newsroom press release in the style of
 * Apple Newsroom (global and local nav, "PRESS RELEASE" eyebrow with date, subhead, share sheet, image gallery with
 * per-image and "Download all images" links, body in div.pagebody-copy, company boilerplate, press contacts, latest news tiles).
 */
const euTitle = 'Kelp forests came back fastest where sea otters returned, 40-year survey finds';
const euSub = 'Divers counted kelp, urchins and otters at 62 sites along the Oregon coast every summer since 1984';
const euBody = [
  'NEWPORT, Ore. — Kelp forests along the Oregon coast recovered from a marine heatwave up to three times faster at sites where sea otters had ' +
    're-established themselves, according to a study published today in Ecology Letters by researchers at Pacific Northshore University.',
  'The study draws on one of the longest continuous diving surveys on the West Coast. Since 1984, teams of volunteer and student divers have ' +
    'returned every summer to the same 62 rocky reef sites, counting kelp stalks, purple sea urchins and, in recent years, the otters that ' +
    'feed on them.',
  'When unusually warm water settled along the coast between 2014 and 2016, kelp died back almost everywhere. Urchin numbers then exploded, ' +
    'and on many reefs the grazers kept the kelp from returning for years afterwards, leaving bare rock the divers describe as urchin barrens.',
  '"The heatwave hit every site about equally," said Dr. Marguerite Osei, professor of marine ecology and the study’s lead author. "What ' +
    'differed was what happened next. Where otters were feeding, the urchins never got the chance to take over."',
  'At the 14 sites with resident otters, kelp cover had returned to its pre-heatwave level by 2019. At comparable sites without otters, ' +
    'average kelp cover was still less than half of its former extent in 2023, the last year included in the analysis.',
  'The researchers caution that otters are not the only difference between the sites. Otter territories tend to lie on more sheltered reefs, ' +
    'and the team used statistical models to separate the effect of the animals from depth, wave exposure and water temperature.',
  '"Even after accounting for all of that, the otter effect is the largest single factor we can measure," said co-author Dr. Felipe Arancibia, ' +
    'a postdoctoral researcher in the university’s Coastal Ecosystems Lab.',
  'The findings come as state and tribal agencies weigh proposals to move sea otters from California to parts of the Oregon coast where they ' +
    'were hunted out in the early 1900s. Osei said the study does not settle that question but gives managers long-term data to work from.',
  'The survey was supported by the National Science Foundation, the Oregon Sea Grant program and more than 400 volunteer divers over four ' + 'decades.',
];
const euNav = ['News Releases', 'Multimedia', 'Meetings', 'Portal', 'Login', 'Register'];
const euCaption = 'A diver records kelp stalks inside a survey transect off Cape Arago, Oregon, in July 2022.';
const euInfo: [string, string][] = [
  ['Journal', 'Ecology Letters'],
  ['DOI', '10.1111/ele.14402'],
  ['Method of Research', 'Observational study'],
  ['Subject of Research', 'Animals'],
  ['Article Title', 'Sea otter recolonisation and the recovery of kelp forests after a marine heatwave'],
  ['Article Publication Date', '12-Mar-2024'],
  ['COI Statement', 'The authors declare no competing interests.'],
];
const euKeywords = ['Kelp', 'Sea otters', 'Marine ecology', 'Heat waves', 'Ecosystems'];
const euDisclaimer =
  'AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the ' +
  'use of any information through the EurekAlert system.';
const euFoot = ['About us', 'FAQ', 'Contact us', 'Terms and conditions', 'Privacy policy', 'Accessibility'];
const euHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${euTitle} | EurekAlert!</title><meta name="description" content="${euSub}">
<meta property="og:site_name" content="EurekAlert!"><meta property="og:title" content="${euTitle}"><meta property="og:type" content="article">
<meta name="citation_doi" content="10.1111/ele.14402"><link rel="canonical" href="https://www.eurekalert.example/news-releases/1037291">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${euTitle}","datePublished":"2024-03-12T11:00:00-04:00",
"publisher":{"@type":"Organization","name":"Pacific Northshore University"}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-EUREKA"></script></head>
<body class="page-release"><header class="header"><div class="container"><a class="logo" href="/"><img src="/images/eurekalert-logo.svg" alt="EurekAlert!"></a>
<p class="tagline">The Global Source for Science News</p><nav class="main-nav" aria-label="Main"><ul>${links(euNav)}</ul></nav>
<form class="search" action="/search"><input type="search" name="kwd" placeholder="Search news releases"><button>Search</button></form></div></header>
<main class="main"><div class="container"><div class="row"><div class="col-lg-8"><article class="article">
<div class="page-header"><p class="type">NEWS RELEASE</p> <p class="release_date">12-Mar-2024</p>
<p class="embargo_notice">This news release was under embargo until 12-Mar-2024 11:00 ET</p>
<h1 class="page_title">${euTitle}</h1><h2 class="subtitle">${euSub}</h2>
<div class="flex-container"><p class="meta_institute">Peer-Reviewed Publication</p><h4 class="institution">Pacific Northshore University</h4></div></div>
<div class="main-image-release"><figure class="thumbnail"><a href="/multimedia/1018223"><img src="/web/2024/kelp-diver.jpg" alt="Kelp survey diver"></a>
<figcaption><p class="caption"><strong>IMAGE: </strong>${euCaption} <a class="more" href="/multimedia/1018223">view more</a></p>
<p class="credit">Credit: Jonah Etsitty / Pacific Northshore University</p></figcaption></figure></div>
<div class="entry">
${ps(euBody)}
<p>###</p>
</div>
<div class="article-info"><dl>
${euInfo.map(([k, v]) => `<dt>${k}</dt>\n<dd>${k === 'DOI' ? `<a href="https://doi.example/${v}">${v}</a>` : v}</dd>`).join('\n')}
</dl></div>
<p class="disclaimer"><strong>Disclaimer:</strong> ${euDisclaimer}</p></article></div>
<div class="col-lg-4"><aside class="sidebar"><div class="toolbar"><button class="print">Print</button><button class="email">Email</button>
<button class="share">Share</button></div><div class="contact-info"><h3>Media Contact</h3><p class="name">Kiri Halvorsen</p>
<p class="org">Pacific Northshore University</p><p class="email"><a href="mailto:k.halvorsen@pnu.example">k.halvorsen@pnu.example</a></p>
<p class="phone">Office: 541-555-0177</p></div><div class="keywords"><h3>Keywords</h3><ul>${links(euKeywords, 'keyword')}</ul></div>
<div class="more-releases"><h3>More from Pacific Northshore University</h3><ul><li><a href="/news-releases/1035510">Tide-pool snails shift their
schedules as low tides warm</a></li></ul></div></aside></div></div></div></main>
<footer class="footer"><p>EurekAlert! is a service of the American Association for the Advancement of Science.</p><ul>${links(euFoot)}</ul>
<p class="copyright">Copyright © 2024 by the American Association for the Advancement of Science (AAAS)</p></footer>
</body></html>`;
const eurekalert: TestPage = {
  html: euHtml,
  name: 'heldout14-eurekalert-release',
  kind: 'news',
  // hard calls: the h2 subtitle under the title is the release's standfirst, a summary-worthy sentence, so body (not a
  // section heading); the city dateline stays inside the first paragraph (convention); the release date and the embargo
  // note are bylines (when the release was published); the "###" end mark is in neither list; the journal / DOI /
  // method-of-research boxes, the disclaimer, the institution and the sidebar (media contact, keywords) are furniture
  title: euTitle,
  headings: [],
  body: [euSub, ...texts(euBody)],
  bylines: ['12-Mar-2024', 'This news release was under embargo until 12-Mar-2024 11:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Global Source for Science News', ...euNav, 'Search', 'NEWS RELEASE', 'Peer-Reviewed Publication', 'Pacific Northshore University',
    `IMAGE: ${euCaption}`, 'view more', 'Credit: Jonah Etsitty / Pacific Northshore University',
    ...euInfo.flatMap(([k, v]) => (k.startsWith('Article P') ? [k] : [k, v])),
    `Disclaimer: ${euDisclaimer}`, 'Print', 'Email', 'Share', 'Media Contact', 'Kiri Halvorsen', 'k.halvorsen@pnu.example', 'Office: 541-555-0177',
    'Keywords', ...euKeywords, 'More from Pacific Northshore University', 'Tide-pool snails shift their schedules as low tides warm',
    'EurekAlert! is a service of the American Association for the Advancement of Science.', ...euFoot,
    'Copyright © 2024 by the American Association for the Advancement of Science (AAAS)',
  ],
};

const hnTitle = 'Halden introduces Ridge 14, a laptop built to be opened';
const hnSub = 'The new 14-inch notebook opens with a standard screwdriver, and every part will be sold online for at least ten years';
const hnOpen = [
  'PORTLAND, OREGON Halden today introduced Ridge 14, a thin and light laptop designed from the start to be repaired by the people who own it. ' +
    'The battery, display, keyboard, storage and ports can each be replaced in under ten minutes with a single Phillips screwdriver, and ' +
    'Halden will sell every part through its online store for at least ten years after the last unit ships.',
  '“People keep laptops longer than they used to, and they should not have to choose between a machine that is pleasant to carry and one they ' +
    'can fix,” said Priya Ramaswamy, Halden’s vice president of hardware. “With Ridge 14, we stopped treating repair as a feature for a small ' +
    'group of enthusiasts and made it part of the design brief for everyone.”',
];
const hnBuilt = [
  'The bottom cover of Ridge 14 is held by eight captive screws that stay in the case when loosened, so nothing is lost on the kitchen table. ' +
    'Inside, each replaceable part carries a printed QR code that opens its repair guide, and the battery connects with a pull tab instead ' +
    'of adhesive.',
  'The display assembly detaches from the hinge with four screws and a single connector. Halden says its own technicians replaced a display ' +
    'in an average of six minutes during testing, and a group of first-time volunteers did it in under fifteen.',
];
const hnPerf = [
  'Ridge 14 weighs 1.3 kilograms and is 15.9 millimetres thin. It is powered by a 12-core processor with up to 32GB of memory, and Halden ' +
    'rates the 72 watt-hour battery at up to 17 hours of video playback.',
  'The aluminium enclosure is made with 80 percent recycled metal, and the packaging is entirely fibre-based.',
];
const hnPrice = [
  'Ridge 14 starts at $1,149 (US) and is available to order today from halden.example, with deliveries beginning Tuesday, April 9.',
  'Replacement batteries are priced at $69 and replacement keyboards at $49; a full list of parts and prices is published on the Halden Parts store.',
  'Ridge 14 comes with a three-year limited warranty, and repairs done by owners with genuine parts do not affect it.',
];
const hnAbout =
  'Halden designs laptops, tablets and accessories for people who keep their devices for a long time. Founded in 2011 in Portland, Oregon, ' +
  'the company employs more than 1,400 people and sells in 31 countries.';
const hnGallery = [
  'Ridge 14 in Granite and Sand.',
  'The bottom cover comes off with eight captive screws.',
  'Every replaceable part carries a QR code that links to its repair guide.',
];
const hnGlobal = ['Laptops', 'Tablets', 'Accessories', 'Parts', 'Support'];
const hnLocal = ['Halden Stories', 'Search Newsroom', 'Popular Topics'];
const hnLatest: [string, string, string][] = [
  ['UPDATE', 'Halden Parts store opens in Canada and Mexico', 'March 19, 2024'],
  ['FEATURE', 'Inside the lab where Halden tests hinges to 40,000 openings', 'March 7, 2024'],
];
const hnFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const hnCopy = (t: string): string => `<div class="component-content"><div class="pagebody-copy">${t}</div></div>`;
const hnHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>${hnTitle} - Halden Newsroom</title>
<meta name="description" content="${hnSub}"><meta property="og:title" content="${hnTitle}"><meta property="og:type" content="article">
<meta property="og:image" content="https://newsroom.halden.example/images/2024/03/ridge-14-hero.jpg.og.jpg">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${hnTitle}","datePublished":"2024-03-26",
"author":{"@type":"Organization","name":"Halden Newsroom"}}</script>
<link rel="stylesheet" href="/newsroom/styles/article.built.css" type="text/css"></head>
<body class="page-article" data-page-type="article"><nav id="hn-globalnav" class="hn-gn" role="navigation" aria-label="Global">
<ul class="hn-gn-list"><li class="hn-gn-item hn-gn-item-logo"><a href="/" aria-label="Halden"></a></li>${links(hnGlobal, 'hn-gn-item')}</ul></nav>
<nav id="hn-localnav" class="hn-ln" aria-label="Newsroom"><span class="hn-ln-title"><a href="/newsroom/">Newsroom</a></span>
<ul class="hn-ln-menu">${links(hnLocal, 'hn-ln-menu-item')}</ul></nav>
<main id="main" class="main" role="main" data-analytics-region="main"><article class="article" data-analytics-activitymap-region-id="article">
<div class="featured-header"><div class="section-head"><div class="column large-10 small-12 large-centered"><div class="category-eyebrow">
<span class="category-eyebrow__category category_release">PRESS RELEASE</span><span class="category-eyebrow__date">March 26, 2024</span></div>
<h1 class="hero-headline">${hnTitle}</h1><div class="article-subhead component-content">${hnSub}</div>
<div class="tile-sharesheet"><button class="sharesheet-toggle" aria-expanded="false">Share article</button><ul class="sharesheet-options" role="menu">
<li role="none"><a role="menuitem" class="icon icon-mail" href="mailto:?subject=Ridge%2014">Mail</a></li><li role="none"><button role="menuitem"
class="icon icon-link">Copy link</button></li></ul></div></div></div></div>
<div class="image-gallery" data-component-list="ImageGallery"><ul class="gallery-items">
${hnGallery
  .map(
    (c, i) => `<li class="gallery-item"><figure class="image"><img src="/images/2024/03/ridge-14-${i}.jpg" alt="">
<div class="image-caption">${c}</div><div class="image-download"><a class="icon icon-download" href="/images/2024/03/ridge-14-${i}.zip" download>Download</a>
</div></figure></li>`,
  )
  .join('\n')}
</ul><div class="gallery-controls"><button class="paddlenav-arrow-previous" aria-label="previous image"></button><button class="paddlenav-arrow-next"
aria-label="next image"></button></div><a class="download-all" href="/images/2024/03/ridge-14-all.zip" download>Download all images</a></div>
<div class="pagebody">
${hnOpen.map(hnCopy).join('\n')}
<h2 class="pagebody-header">Built to Be Opened</h2>
${hnBuilt.map(hnCopy).join('\n')}
<h2 class="pagebody-header">Performance and Battery Life</h2>
${hnPerf.map(hnCopy).join('\n')}
<h2 class="pagebody-header">Pricing and Availability</h2>
<div class="component-content"><ul class="pagebody-copy">${hnPrice.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="component-content"><div class="pagebody-copy"><strong>About Halden</strong><br>${hnAbout}</div></div></div>
<div class="article-contacts"><h2 class="contacts-title">Press Contacts</h2><div class="contact"><p class="contact-name">Ana Lindqvist</p>
<p class="contact-company">Halden</p><p class="contact-email"><a href="mailto:ana_lindqvist@halden.example">ana_lindqvist@halden.example</a></p>
<p class="contact-phone">(503) 555-0142</p></div></div></article>
<section class="latest-news" aria-label="Latest News"><h2 class="latest-news__title">Latest News</h2><ul class="tile-grid">
${hnLatest
  .map(
    ([
      c,
      h,
      d,
    ]) => `<li class="tile tile-2up"><a class="tile__link" href="/newsroom/2024/03/x/"><div class="tile__description"><div class="tile__category">${c}</div>
<div class="tile__headline">${h}</div><div class="tile__timestamp">${d}</div></div></a></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer id="hn-globalfooter" role="contentinfo"><p class="hn-gf-legal-copyright">Copyright © 2024 Halden Inc. All rights reserved.</p>
<ul class="hn-gf-legal-links">${links(hnFoot)}</ul><p class="hn-gf-locale"><a href="/choose-country-region/">United States</a></p></footer>
<script src="/newsroom/scripts/newsroom.built.js" defer></script>
</body></html>`;
const newsroom: TestPage = {
  html: hnHtml,
  name: 'heldout14-corporate-newsroom',
  kind: 'news',
  // hard calls: the subhead under the h1 is the release's deck, body; the "PORTLAND, OREGON" dateline opens the first
  // paragraph (no dash, as the site sets it) and stays there; the "About Halden" boilerplate is the same on every release,
  // as a footer is, so it and its label are furniture; the eyebrow date is a byline; gallery captions, download links,
  // the press contact (a company contact, not an author), latest-news tiles and their dates are furniture
  title: hnTitle,
  headings: ['Built to Be Opened', 'Performance and Battery Life', 'Pricing and Availability'],
  body: [hnSub, ...texts(hnOpen), ...texts(hnBuilt), ...texts(hnPerf), ...texts(hnPrice)],
  bylines: ['March 26, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hnGlobal, 'Newsroom', ...hnLocal, 'PRESS RELEASE', 'Share article', 'Mail', 'Copy link', ...hnGallery, 'Download', 'Download all images',
    'About Halden', hnAbout, 'Press Contacts', 'Ana Lindqvist', 'Halden', 'ana_lindqvist@halden.example', '(503) 555-0142', 'Latest News',
    ...hnLatest.flat(), 'Copyright © 2024 Halden Inc. All rights reserved.', ...hnFoot, 'United States',
  ],
};

export const HELDOUT14_B: readonly TestPage[] = [eurekalert, newsroom];
