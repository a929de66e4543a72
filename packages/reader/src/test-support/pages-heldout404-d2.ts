import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file d2: a PLOS-style research article on the Ambra template (top navigation, article type, h1
 * `#artTitle`, author list with tooltips, date and DOI list, article tabs, the abstract and author summary, sections,
 * figure with its download links, caption and figure DOI, the article info block, references, the right sidebar with
 * download, share, "Check for updates", subject areas and related articles, and the footer).
 */
const title = 'Traffic noise delays the dawn chorus of urban blackbirds but not the end of their song';
const abs = paras(`
Birds in cities sing earlier in the morning than their rural relatives, and artificial light is usually blamed. We recorded the dawn chorus of Eurasian
blackbirds at 42 sites across the city of Vennholt during spring, and measured light and traffic noise at each site. Contrary to our expectation, birds at
the noisiest sites began singing later, not earlier, by a median of 11 minutes, while light had only a small effect once noise was accounted for. Birds at
noisy sites stopped singing at the same time as others, so their chorus was shorter. Noise may thus reduce the time available for the song that males
use to defend territories and attract mates.
`);
const summary = paras(`
Many songbirds sing most intensely at dawn. In cities, both street lights and traffic could change when they start. By recording blackbirds at many sites
in one city, we were able to separate the two. We found that traffic noise, which rises steeply in the early morning, pushed the start of singing later
and made the dawn chorus shorter.
`);
const intro = paras(`
The dawn chorus is a daily contest. Male songbirds sing at high rates in the hour before sunrise, and the timing and length of the chorus have been linked
to territory defence and to success in attracting females. Urban birds are known to start earlier than rural ones, a shift often attributed to
artificial light at night.

Traffic noise is also a feature of city mornings, rising from near silence to a roar within an hour or so. Noise masks song, and birds might respond
either by singing before traffic begins or by waiting until it falls. Few studies have measured both light and noise at the same sites.
`);
const methods = paras(`
We chose 42 sites along a gradient from the city centre to its edge and visited each on three mornings between 1 April and 15 May. Autonomous recorders
ran from 02:00 to 07:00. We noted the time of the first and last blackbird song, counted songs per minute, and measured light at night with a
calibrated meter and noise with a sound-level meter at the recorder position.
`);
const results = paras(`
The start of the chorus ranged from 92 to 31 minutes before sunrise. In a mixed model with site as a random effect, each 10 dB increase in early-morning
noise delayed the first song by 6.4 minutes (95% CI 3.9 to 8.8), while light at night advanced it by only 1.2 minutes per doubling of illuminance. The
end of the chorus did not differ with noise (Fig 1).
`);
const discussion = paras(`
Our results suggest that in this city, noise rather than light is the main urban influence on when blackbirds begin their dawn chorus. A shorter
chorus may matter for breeding success, which we did not measure. Reducing traffic in the early morning, for example through night-time delivery rules,
may help birds as well as sleeping residents.
`);
const heads = ['Abstract', 'Author summary', 'Introduction', 'Methods', 'Results', 'Discussion'];
const authors = ['Katja Rønning', 'Lukas Overbeek', 'Amira Haddad'];
const tabs = ['Article', 'Authors', 'Metrics', 'Comments', 'Media Coverage', 'Peer Review'];
const info = [
  'Citation: Rønning K, Overbeek L, Haddad A (2026) Traffic noise delays the dawn chorus of urban blackbirds. PLEX ONE 21(3): e0311842.',
  'Editor: Jorge Almeida, University of Corvo, PORTUGAL',
  'Copyright: © 2026 Rønning et al. This is an open access article distributed under the terms of the Creative Commons Attribution License.',
  'Data Availability: All recordings are available from the Vennholt Data Repository.',
  'Funding: The study was funded by the Vennholt Nature Trust.',
];
const dates = ['Received: October 14, 2025', 'Accepted: February 2, 2026'];
const subjects = ['Avian behavior', 'Bird song', 'Urban ecology', 'Noise pollution', 'Light pollution'];
const relatedArts = ['Street lights and the breeding of great tits', 'Song frequency shifts in urban robins', 'Night-time traffic in European cities'];
const refs = [
  'Berg T. Dawn song in urban birds. Behav Ecol. 2019;30:112-120.',
  'Ochoa P, Lind R. Artificial light and song timing. J Avian Biol. 2021;52:e02711.',
];
const foot = ['Publications', 'Journal Archive', 'Privacy Policy', 'Terms of Use', 'Advertise', 'Media Inquiries', 'Contact'];
const sec = (n: number, h: string, body: string[]): string => `<div id="section${n}" class="section toc-section"><a id="sec00${n}" name="sec00${n}"
data-toc="sec00${n}" class="link-target" title="${h}"></a><h2>${h}</h2>\n${ps(body)}</div>`;
const html = `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml" class="no-js"><head prefix="og: http://ogp.me/ns#"><title>${title} | PLEX ONE</title>
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="PLEX ONE"><meta name="citation_date" content="2026/3/11">
<meta name="citation_doi" content="10.1381/journal.pxone.0311842"><meta name="dc.identifier" content="10.1381/journal.pxone.0311842">
<link rel="stylesheet" type="text/css" href="/plexone/resource/compiled/asset_XQ3L.css">
<script type="text/javascript">var ambraCommentsEnabled = true; var plexDataLayer = {"articleType":"Research Article"};</script></head>
<body class="article plexone"><div id="page-wrap"><div id="pagehdr"><nav class="nav-main" role="navigation"><div class="logo"><a href="/plexone/">PLEX
ONE</a></div>
<ul class="nav-elements">${links(['Publish', 'About', 'Browse'])}</ul><div class="search"><input id="search" type="text" placeholder="Search"></div>
<ul class="nav-user">${links(['Sign in', 'Submit your manuscript'])}</ul></nav></div>
<main id="main-content"><div class="set-grid"><header class="title-block"><div id="artType" class="article-type">Research Article</div>
<div class="title-authors"><h1 id="artTitle">${title}</h1><ul class="author-list clearfix" data-js-tooltip="tooltip_container" id="author-list">
${authors
  .map(
    (a, i) => `<li data-js-tooltip="tooltip_trigger"><a data-author-id="${i}" class="author-name">${a}${i < 2 ? ',' : ''}</a>
<div id="author-meta-${i}" class="author-info" data-js-tooltip="tooltip_target"><p class="roles">Roles Conceptualization, Investigation</p></div></li>`,
  )
  .join('\n')}</ul></div>
<ul class="date-doi"><li id="artPubDate">Published: March 11, 2026</li><li id="artDoi"><a
href="https://doi.example/10.1381/journal.pxone.0311842">https://doi.org/10.1381/journal.pxone.0311842</a>
</li></ul></header>
<div class="article-container"><ul class="article-tabs">${links(tabs, 'tab-title')}</ul>
<div class="article-content"><div id="figure-carousel-section"><h2>Figures</h2></div>
<div class="article-text" id="artText">
<div class="abstract toc-section abstract-type-"><a id="abstract0" name="abstract0" data-toc="abstract0" class="link-target"
title="Abstract"></a><h2>${heads[0]}</h2>
<div class="abstract-content">${ps(abs)}</div></div>
<div class="articleinfo">${info.map((t) => `<p>${t}</p>`).join('\n')}<p><strong>${dates[0]}</strong>; <strong>${dates[1]}</strong>;
<strong>Published:</strong> March 11, 2026</p></div>
<div class="abstract toc-section abstract-type-summary"><h2>${heads[1]}</h2><div class="abstract-content">${ps(summary)}</div></div>
${sec(1, heads[2] ?? '', intro)}
${sec(2, heads[3] ?? '', methods)}
<div id="section3" class="section toc-section"><h2>${heads[4]}</h2>\n${ps(results)}
<div class="figure" data-doi="10.1381/journal.pxone.0311842.g001"><div class="img-box"><a title="Click for larger image" href="#"><img
src="article/figure/image?id=g001"
alt="thumbnail"></a></div><div class="figure-inline-download">Download: <ul><li><a href="#">PPT</a> <a href="#">PowerPoint slide</a></li>
<li><a href="#">PNG</a> <a href="#">larger image</a></li><li><a href="#">TIFF</a> <a href="#">original image</a></li></ul></div>
<div class="figcaption"><span>Fig 1. </span> Start and end of the dawn chorus in relation to early-morning noise.</div><p class="caption_target">Each
point is one site.
Lines show model predictions.</p><p class="caption_object"><a
href="https://doi.example/g001">https://doi.org/10.1381/journal.pxone.0311842.g001</a></p></div></div>
${sec(4, heads[5] ?? '', discussion)}
<div class="toc-section"><h2>References</h2><ol class="references">${lis(refs)}</ol></div></div></div>
<aside class="article-aside"><div class="dload-menu"><a class="dload-pdf" href="#">Download PDF</a><ul class="dload-xml">${lis(['Citation', 'XML'])}</ul></div>
<div class="aside-container"><a href="#" class="print-article">Print</a><div class="share-article"><span>Share</span><ul>${lis([
  'Reddit',
  'Facebook',
  'LinkedIn',
  'Mendeley',
  'Email',
])}</ul></div></div>
<div class="crossmark"><a href="#">Check for updates</a></div>
<div class="subject-areas-container"><h3>Subject Areas</h3><ul id="subjectList">${lis(subjects, 'taxo-term')}</ul></div>
<div class="related-articles-container"><h3>Related PLEX Articles</h3><ul>${links(relatedArts)}</ul></div></aside></div></div></main>
<footer id="pageftr"><ul class="nav-secondary">${links(foot)}</ul><p class="nav-special">PLEX is a nonprofit 501(c)(3) corporation, #C2354500, based
in Fremont Bay.</p>
</footer></div><script src="/plexone/resource/compiled/asset_7JQ4.js"></script></body></html>`;
export const plexPage: TestPage = {
  name: 'heldout404-plos-style-article-docs',
  kind: 'docs',
  html,
  title,
  headings: heads,
  body: texts([...abs, ...summary, ...intro, ...methods, ...results, ...discussion]),
  bylines: [...authors, 'Published: March 11, 2026', ...dates],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PLEX ONE', 'Publish', 'About', 'Browse', 'Sign in', 'Submit your manuscript', 'Research Article', 'Roles Conceptualization, Investigation',
    'https://doi.org/10.1381/journal.pxone.0311842', ...tabs, 'Figures', ...info, 'Download:', 'PowerPoint slide', 'larger image', 'original image', 'TIFF',
    'Fig 1.', 'Start and end of the dawn chorus in relation to early-morning noise.', 'Each point is one site. Lines show model predictions.',
    'References', ...refs, 'Download PDF', 'Citation', 'XML', 'Print', 'Share', 'Reddit', 'Facebook', 'LinkedIn', 'Mendeley', 'Email', 'Check for updates',
    'Subject Areas', ...subjects, 'Related PLEX Articles', ...relatedArts, ...foot,
    'PLEX is a nonprofit 501(c)(3) corporation, #C2354500, based in Fremont Bay.',
  ],
};
