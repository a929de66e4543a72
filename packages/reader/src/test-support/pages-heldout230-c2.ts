import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file c2: an EurekAlert! news release page (AAAS template). */
const title = 'Coastal wetlands store more carbon in storms than previously thought';
const subtitle = 'Sediment washed in by hurricanes buries organic carbon faster than marshes can release it, study finds';
const p1 = [
  'BATON ROUGE, La. — Hurricanes that strip vegetation from coastal marshes may also leave behind a hidden climate benefit. A new ' +
    'study from researchers at Gulfshore State University shows that the thick layers of sediment deposited by storm surges bury ' +
    'large amounts of organic carbon, locking it away for decades.',
  'The team sampled 64 sediment cores from salt marshes in Louisiana and Mississippi before and after three major storms between ' +
    '2020 and 2023. In the two years following each storm, the marshes accumulated carbon at 2.3 times their usual rate.',
  '“People tend to see hurricanes only as a loss for wetlands, and they certainly are destructive,” said Dr. Renata Oyelaran, ' +
    'associate professor of oceanography and lead author of the study. “But the mud that comes in with the surge carries plant ' +
    'material and fine particles that settle quickly and seal off the carbon underneath from oxygen.”',
];
const p2 = [
  'The researchers used radioactive lead and caesium isotopes to date each layer of sediment and measured its organic carbon ' +
    'content in the laboratory. They then combined the results with satellite maps of storm deposits to estimate the total ' +
    'amount of carbon buried across the region.',
  'Their estimate suggests that a single major hurricane can bury between 1.1 and 1.8 million tonnes of organic carbon in the ' +
    'marshes of the northern Gulf coast, roughly equal to the annual emissions of 300,000 passenger cars.',
  'The authors caution that the benefit depends on marshes surviving the storm and recovering. Where marshes are already ' +
    'sinking or eroding, the fresh sediment is often washed away again within months, releasing much of the buried carbon.',
  '“This is not an argument that storms are good,” Oyelaran said. “It is an argument that healthy marshes are an even better ' +
    'carbon store than our models give them credit for, and that keeping sediment flowing to the coast matters.”',
  'The study was funded by the National Science Foundation and the Gulf Coastal Restoration Trust. Co-authors include ' +
    'researchers from Delta Plains University and the Coastal Carbon Observatory.',
];
const nav = ['News Releases', 'Multimedia', 'Meetings', 'Trending', 'Subject', 'Portals', 'Resources'];
const caption = 'Researchers extract a sediment core from a salt marsh near Port Fourchon, Louisiana, after Hurricane Ida.';
const credit = 'Gulfshore State University';
const info: [string, string][] = [
  ['Journal', 'Science Advances'],
  ['DOI', '10.1126/sciadv.adq4471'],
  ['Method of Research', 'Observational study'],
  ['Subject of Research', 'Not applicable'],
  ['Article Title', 'Storm-driven sedimentation enhances blue carbon burial in northern Gulf of Mexico salt marshes'],
  ['Article Publication Date', '12-Mar-2025'],
];
const disclaimer =
  'Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing ' +
  'institutions or for the use of any information through the EurekAlert system.';
const keywords = ['Earth sciences', 'Ocean sciences', 'Wetlands', 'Carbon sequestration', 'Hurricanes'];
const more = ['Satellite survey maps global loss of tidal flats', 'Seagrass meadows recover faster than expected after heat wave'];
const foot = ['About EurekAlert!', 'Help / FAQ', 'Contact Us', 'Terms & Conditions', 'Privacy Policy', 'Sitemap'];
const copy = 'Copyright © 2025 by the American Association for the Advancement of Science (AAAS)';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Coastal wetlands store more carbon in storms than previously thought | EurekAlert!</title>
<meta name="description" content="${subtitle}"><meta property="og:site_name" content="EurekAlert!"><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.eurekalert.example/news-releases/1074422">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-12T14:00:00-04:00",
"publisher":{"@type":"Organization","name":"EurekAlert!"},"sourceOrganization":{"@type":"Organization","name":"Gulfshore State University"}}</script>
<link rel="stylesheet" href="/css/eurekalert.min.css?v=5.2"><script src="/js/vendor/jquery.min.js"></script></head>
<body class="news-release"><a class="skip-link" href="#main">Skip to main content</a>
<header class="header"><div class="header__top"><a class="logo" href="/"><img src="/images/eurekalert-logo.svg" alt="EurekAlert!"></a>
<a class="aaas" href="https://www.aaas.example/">The Global Source for Science News</a>
<div class="header__account"><a href="/login">Login</a><a href="/register">Register</a></div></div>
<nav class="main-nav" aria-label="Main"><ul>${links(nav, 'main-nav__item')}</ul></nav>
<form class="header-search" role="search"><input type="search" aria-label="Search" placeholder="Search"><button>Search</button></form></header>
<main id="main" class="main"><div class="container"><div class="row"><div class="col-lg-8">
<article class="article">
<p class="release_date"><span class="type">News Release</span> <span class="date">12-Mar-2025</span></p>
<h1 class="page_title">${title}</h1>
<h2 class="subtitle">${subtitle}</h2>
<p class="tagline">Peer-Reviewed Publication</p>
<p class="meta_institute">Gulfshore State University</p>
<div class="share-tools"><a href="#" class="share-facebook">Facebook</a><a href="#" class="share-x">X</a><a href="#" class="share-linkedin">LinkedIn</a>
<a href="#" class="share-email">Email</a><a href="javascript:window.print()" class="share-print">Print</a></div>
<figure class="thumbnail"><img src="/multimedia/1062210.jpg" alt="Sediment core">
<figcaption><p class="caption">IMAGE: ${caption} <a class="view-more" href="/multimedia/1062210">view more</a></p>
<p class="credit">Credit: ${credit}</p></figcaption></figure>
<div class="entry">
${ps(p1)}
${ps(p2)}
</div>
<div class="article_info"><dl>${info.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}</dl></div>
<p class="disclaimer">${disclaimer}</p>
<div class="media-contact"><h3>Media Contact</h3><p class="name">Colette Ambrose</p><p>Gulfshore State University</p>
<p><a href="mailto:cambrose@gulfshore.example">cambrose@gulfshore.example</a></p><p>Office: 225-555-0148</p></div>
<div class="keywords"><h3>Keywords</h3><ul>${links(keywords)}</ul></div>
</article></div>
<aside class="col-lg-4 sidebar"><section class="more-on-release"><h3>More on this News Release</h3><ul>
<li><a href="/multimedia/1062210">Sediment core (IMAGE)</a></li></ul></section>
<section class="related-releases"><h3>Related news releases</h3><ul>${links(more)}</ul></section>
<div class="ad"><span class="ad-label">Advertisement</span><div id="ad-sidebar"></div></div></aside></div></div></main>
<footer class="footer"><ul class="footer__links">${links(foot)}</ul><p class="footer__copy">${copy}</p></footer>
<script src="/js/eurekalert.min.js?v=5.2"></script></body></html>`;

export const eurekAlert: TestPage = {
  name: 'heldout230-eurekalert-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([subtitle, ...p1, ...p2]),
  bylines: ['12-Mar-2025'],
  // the release's details list (journal, DOI, article title and date), the media contact and the keywords are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Global Source for Science News', 'Login', 'Register', ...nav, 'Search', 'News Release', 'Peer-Reviewed Publication',
    'Gulfshore State University', 'Facebook', 'LinkedIn', 'Email', 'Print', caption, 'view more', `Credit: ${credit}`,
    ...info.flatMap(([k, v]) => (k === 'Article Publication Date' ? [k] : [k, v])), disclaimer, 'Media Contact', 'Colette Ambrose',
    'cambrose@gulfshore.example', 'Office: 225-555-0148', 'Keywords', ...keywords, 'More on this News Release', 'Sediment core (IMAGE)',
    'Related news releases', ...more, 'Advertisement', ...foot, copy,
  ],
};
