import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 192, file f2: a PNAS research article page on the Atypon "core" template (the OneTrust banner, the PNAS
 * header with the main menu, "Sign up for PNAS alerts" strip, "Log in" and "Subscribe", the article's section and topic
 * labels, the title, authors with ORCID links, the "Edited by ...; received ...; accepted ..." line, the date, the issue
 * and DOI lines, the toolbar, the Significance and Abstract sections, the unheaded opening of the body, the Results
 * section with h3 subsections, a figure with its caption, the Data availability, Acknowledgments and author-contribution
 * notes, the right rail with metrics and "Recommended articles", and the footer with the ISSN line).
 */
const title = 'Urban noise advances and shortens the dawn chorus of songbirds across a continental gradient';
const hSig = 'Significance';
const pSig = [
  'Birds sing at dawn to defend territories and attract mates, and the timing of this chorus is a classic example of ' +
    'behavior tuned to the environment. Using recordings from more than 1,200 sites, we show that traffic noise, more than ' +
    'artificial light, pushes the dawn chorus earlier and compresses it into a shorter window. Because many species now sing ' +
    'at the same time, the chorus becomes more crowded, which may reduce how well songs are heard by rivals and mates.',
];
const hAbs = 'Abstract';
const pAbs = [
  'Anthropogenic noise and light both alter animal behavior in cities, but their effects are difficult to separate because ' +
    'they are strongly correlated. We analyzed 4.8 million song detections from 1,214 autonomous recorders deployed across ' +
    'urban, suburban, and rural sites spanning 22° of latitude. Using recorders placed along road verges with contrasting ' +
    'lighting, we estimated the independent effects of noise and light on the onset and duration of singing in 31 species. ' +
    'Each 10-dB increase in morning noise advanced the onset of singing by 7.9 min (95% CI 6.4 to 9.3) and shortened the ' +
    'chorus by 11.2 min, whereas the effect of light was smaller and limited to species that begin singing before civil ' +
    'twilight. Noise also increased the overlap between species’ singing periods by 18%. These results suggest that noise ' +
    'mitigation, not only reduced lighting, is needed to protect acoustic communication in urban birds.',
];
const pOpen = [
  'The dawn chorus is one of the most conspicuous daily events in temperate ecosystems. Its timing varies among species in ' +
    'relation to eye size, foraging ecology, and the light levels at which each species becomes active, producing a ' +
    'sequence in which some species reliably begin before others.',
  'Cities change both the acoustic and the light environment in which birds sing. Earlier singing in cities has most often ' +
    'been attributed to artificial light at night, but birds may also start earlier to avoid the rise in traffic noise that ' +
    'accompanies the morning commute. Because noisy roads are usually also lit, previous studies have rarely been able to ' +
    'distinguish between these explanations.',
  'Here, we took advantage of a national acoustic monitoring network and a program of streetlight switch-offs to separate ' +
    'the effects of noise and light on the timing of the chorus at a continental scale.',
];
const hRes = 'Results';
const hR1 = 'Noise Advances the Onset of Singing.';
const pR1 = [
  'Across all sites, the median onset of singing was 14 min earlier at urban than at rural sites. In models including both ' +
    'noise and light, noise had the stronger effect for 24 of 31 species (Fig. 1A). The effect was largest for species with ' +
    'low-frequency songs, which are more easily masked by traffic noise.',
];
const hR2 = 'Light Effects Are Restricted to Early Singers.';
const pR2 = [
  'Artificial light advanced singing only in the nine species that normally begin before civil twilight, such as the ' +
    'European robin and the common blackbird. At sites where streetlights had been switched off after midnight, these ' +
    'species began singing on average 6 min later than at lit sites with similar noise levels.',
];
const caption =
  'Fig. 1. Effects of noise and light on the onset of dawn song. (A) Standardized effect sizes for noise and light for 31 species; ' +
  'error bars show 95% CIs. (B) Predicted onset relative to sunrise along the noise gradient.';
const authors = ['Freya Lindgren-Oduya', 'Matías Echeverri', 'Saoirse Keating', 'Bo-Ra Han', 'Wilhelm Strand'];
const edited = 'Edited by Marguerite Alvarado, University of Veldmoor, Veldmoor, Netherlands; received August 12, 2024; accepted January 29, 2025';
const nav = ['Home', 'Articles', 'Front matter', 'Authors', 'Topics', 'About'];
const alerts = ['Sign up for PNAS alerts.', 'Get alerts for new articles, or get an alert when an article is cited.', 'Manage alerts'];
const tools = ['PDF/EPUB', 'Citation alert', 'Request permissions', 'Share', 'Cite'];
const notesH = ['Data, Materials, and Software Availability', 'Acknowledgments', 'Author contributions', 'Competing interests'];
const notes = [
  'Detection data and analysis code have been deposited in the Veldmoor Data Repository.',
  'We thank the volunteers of the National Soundscape Network for maintaining the recorders.',
  'F.L.-O. and W.S. designed research; F.L.-O., M.E., S.K., and B.-R.H. performed research; F.L.-O. and M.E. analyzed data; ' +
    'and F.L.-O. and W.S. wrote the paper.',
  'The authors declare no competing interest.',
];
const recommended = [
  'Light pollution delays the autumn migration of nocturnal songbirds',
  'Traffic noise reduces the foraging efficiency of great tits',
  'Global patterns of avian song frequency in urban environments',
];
const cookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze ' +
  'site usage, and assist in our marketing efforts.';
const foot = ['About', 'Editorial Board', 'Authors', 'Reviewers', 'Press', 'Site Map', 'Privacy Policy', 'Accessibility', 'Contact'];
const copy = 'Copyright © 2025 National Academy of Sciences. All rights reserved. | Online ISSN 1091-6490';
const sec = (id: string, inner: string): string => `<section id="${id}">${inner}</section>`;
const html = `<!DOCTYPE html>
<html lang="en" class="pb-page"><head><meta charset="UTF-8"><title>${title} | PNAS</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="dc.Title" content="${title}"><meta name="citation_journal_title" content="Proceedings of the National Academy of Sciences">
<meta name="citation_doi" content="10.1073/pnas.2416602122"><meta name="citation_publication_date" content="2025/03/10">
<meta name="citation_author" content="Freya Lindgren-Oduya"><meta property="og:title" content="${title}"><meta property="og:site_name" content="PNAS">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2025-03-10",
"isPartOf":{"@type":"PublicationIssue","issueNumber":"11"},"publisher":{"@type":"Organization","name":"National Academy of Sciences"}}</script>
<link rel="stylesheet" href="/products/pnas/releasedAssets/css/build.css"><script src="https://cdn.cookielaw.example/otSDKStub.js" data-domain-script="pnas">
</script></head>
<body class="pb-ui"><a class="skip-to-content" href="#main-content">Skip to main content</a>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<header class="header"><div class="header__alerts"><p><b>${alerts[0]}</b> ${alerts[1]}</p><a href="/action/showPreferences?menuTab=Alerts">${alerts[2]}</a>
</div>
<div class="header__main"><a class="header__logo" href="/"><span class="sr-only">PNAS</span></a><nav aria-label="main menu">
<ul>${links(nav, 'menu-item')}</ul></nav>
<form role="search"><input aria-label="Search" placeholder="Search"><button>Search</button></form><a href="/action/showLogin">Log in</a>
<a class="btn" href="/subscriptions">Subscribe</a></div></header>
<main id="main-content"><div class="container"><div class="row"><article class="col-lg-8 article" data-type="research-article">
<header class="core-container"><div class="core-self-citation"><span class="article-type">Research Article</span></div>
<div class="core-topics"><a href="/topic/bio">Biological Sciences</a><a href="/topic/eco">Ecology</a></div>
<h1 property="name">${title}</h1>
<div class="core-authors" role="list">${authors
  .map(
    (a, i) =>
      `<span property="author" role="listitem"><a href="#con${i + 1}">${a}</a><a class="orcid-id" href="https://orcid.example/0000-0002-${i}">ORCID</a></span>`,
  )
  .join(', ')}</div>
<div class="core-history"><span>${edited}</span></div>
<div class="core-published"><span property="datePublished">March 10, 2025</span></div>
<div class="core-enumeration"><span>122 (11) e2416602122</span></div><div class="doi">
<a href="https://doi.org/10.1073/pnas.2416602122">https://doi.org/10.1073/pnas.2416602122</a></div>
<div class="article-tools" role="toolbar">${tools.map((t) => `<button>${t}</button>`).join('')}</div></header>
<section id="executive-summary-abstract" role="doc-abstract"><h2 property="name">${hSig}</h2><div role="paragraph">${ps(pSig)}</div></section>
<section id="abstract" role="doc-abstract"><h2 property="name">${hAbs}</h2><div role="paragraph">${ps(pAbs)}</div></section>
<section id="bodymatter" class="core-container" property="articleBody"><div role="paragraph">${ps(pOpen)}</div>
${sec(
  'sec-1',
  `<h2>${hRes}</h2>${sec('sec-1-1', `<h3>${hR1}</h3><div role="paragraph">${ps(pR1)}</div>`)}
<figure class="graphic" id="fig01"><img alt="" src="/cms/10.1073/pnas.2416602122/asset/images/large/pnas.2416602122fig01.jpg">
<figcaption>${caption}</figcaption><a href="#">Open in viewer</a></figure>
${sec('sec-1-2', `<h3>${hR2}</h3><div role="paragraph">${ps(pR2)}</div>`)}`,
)}</section>
<section id="backmatter" class="core-container">${notesH.map((h, i) => `<section><h2>${h}</h2><p>${notes[i]}</p></section>`).join('\n')}</section></article>
<aside class="col-lg-4"><section class="metrics"><h2>Metrics &amp; Citations</h2><p>Views 3,116</p><p>Citations 0</p></section>
<section class="recommended"><h2>Recommended articles</h2><ul>${links(recommended)}</ul></section></aside></div></div></main>
<footer class="footer"><ul>${links(foot)}</ul><p>${copy}</p></footer>
<script src="/products/pnas/releasedAssets/js/build.js"></script></body></html>`;
export const pnasArticle: TestPage = {
  html,
  name: 'heldout192-pnas-article',
  kind: 'docs',
  // Significance and Abstract are body with their headings; the "Edited by" line is a byline; the back-matter notes
  // (data availability, acknowledgments, contributions, competing interests) and their headings are furniture
  title,
  headings: [hSig, hAbs, hRes, hR1, hR2],
  body: texts([...pSig, ...pAbs, ...pOpen, ...pR1, ...pR2]),
  bylines: [...authors, edited, 'March 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', cookie, 'Cookies Settings', 'Reject All', 'Accept All Cookies', ...alerts, 'PNAS', ...nav, 'Search', 'Log in', 'Subscribe',
    'Research Article', 'Biological Sciences', 'Ecology', 'ORCID', '122 (11) e2416602122', 'https://doi.org/10.1073/pnas.2416602122', ...tools,
    caption, 'Open in viewer', ...notesH, ...notes, 'Metrics & Citations', 'Views 3,116', 'Citations 0', 'Recommended articles', ...recommended,
    'Editorial Board', 'Reviewers', 'Press', 'Site Map', 'Privacy Policy', 'Accessibility', 'Contact', copy,
  ],
};
