import { links, ps, type TestPage, texts } from './page-kit.js';
import { orionEssay } from './pages-heldout194-d2.js';

/**
 * Held-out batch 194, file d: a Places Journal article (WordPress theme: menu with "Support Places" and "Subscribe", the
 * series kicker, title and dek, author and month, full-width photographs with bracketed credits in the captions, footnote
 * markers and the "Notes" list, the author bio, the "Cite this article" box with its DOI, the member appeal, topic tags,
 * "Related Articles" cards and the footer with the funders' line) and, from file d2, an Orion magazine essay.
 */
const plTitle = 'The River Under Hallam Street';
const plDek = 'Cities buried their streams in pipes a century ago. Bringing them back to the surface is forcing a reckoning with what urban water is for.';
const plP1 = [
  `If you stand at the corner of Hallam Street and Fenner Road on a quiet night and lean close to the storm grate, you can hear it:
a steady hollow rush, like wind in a chimney. It is the Lessing Brook, which once ran through open meadows here and has been
running through a brick culvert since 1911.<sup class="footnote-ref"><a href="#fn1" id="fnref1">1</a></sup>`,
  `Most residents have never heard of it. The brook appears on no street sign and on no current map. Yet it still drains nearly
four square miles of the city, and in the storms of recent years it has made its presence known the hard way, backing up into
basements along its old course.`,
];
const plP2 = [
  `The Lessing Brook is one of dozens of streams that the city buried during a half-century of growth. The reasons were partly
sanitary (many had become open sewers) and partly speculative, since a culverted stream turned a soggy valley into buildable
land. By the 1950s, the city’s engineers described its remaining surface streams as “nuisances pending enclosure.”<sup
class="footnote-ref"><a href="#fn2" id="fnref2">2</a></sup>`,
  `Today the language has reversed. Under a program launched in 2021, the city has begun “daylighting” several of its buried
streams: breaking open the culverts and rebuilding channels with banks, plantings and room to flood. The first completed
project, a 600-foot stretch of the Lessing in Carver Park, opened last spring.`,
  `Walking it is a strange experience. The water is clear and fast over a bed of placed cobbles. Willows planted two years ago are
already head-high. And on either side, just beyond the new floodplain, the backs of houses and a parking structure crowd in,
reminders that the stream was returned to a city built on the assumption that it would never come back.`,
];
const plP3 = [
  `Daylighting is often presented as an environmental good, pure and simple, and there is much to recommend it. Open streams can
carry more water than the pipes that replaced them, cool surrounding streets in summer, and support plants and animals that
cannot live in the dark. But the Carver Park project also shows how contested the work can be.`,
  `Some neighbors welcomed the stream; others worried about mosquitoes, children’s safety and property values. Renters in the
apartment blocks to the north raised a different concern: that a new “water park” would push up rents and push them out. The
city’s own consultants acknowledged the risk.<sup class="footnote-ref"><a href="#fn3" id="fnref3">3</a></sup>`,
  `The question, then, is not only whether to bring a buried river back to the surface, but for whom. A daylit stream can be a
shared public landscape or an amenity for those who can afford to live beside it. Which it becomes depends on decisions about
housing and access that have little to do with hydrology, and everything to do with who the city is for.`,
];
const plNotesH = 'Notes';
const plNotes = [
  'City Engineer’s Office, Annual Report for 1911 (Halden, 1912), 44–47.',
  'Department of Public Works, Survey of Surface Drainage (Halden, 1953), 12.',
  'Merrow & Tate Consulting, Carver Park Stream Restoration: Community Impact Assessment (2020), 31.',
];
const plCaps = [
  'The Lessing Brook in Carver Park, eight months after the culvert was removed. [Photo by Kenji Aldous]',
  'The brook’s historic course, traced over a 1908 survey map. [Halden Municipal Archives]',
];
const plBio = `Naledi Brasch is a landscape architect and writer who teaches at the Halden School of Design. Her work focuses on
urban water and environmental justice.`;
const plCite = `Cite: Naledi Brasch, “The River Under Hallam Street,” Places Journal, October 2025. Accessed 09 Oct 2025.
https://doi.org/10.22269/251009`;
const plNav = ['Articles', 'Series', 'Topics', 'Books', 'Events', 'About'];
const plTop = ['Support Places', 'Subscribe', 'Search'];
const plMember = ['Places is a nonprofit, open-access journal. We rely on the support of readers like you.', 'Become a Member'];
const plTags = ['Infrastructure', 'Landscape', 'Urbanism', 'Water'];
const plRelated = [
  ['Related Articles'],
  ['The Levee and the Lawn', 'Marguerite Osei'],
  ['Notes from a Flooded Basement', 'Daniel Ferreira-Lum'],
  ['Who Owns the Riverbank?', 'Ana Kristiansen'],
];
const plFoot = [
  'Places Journal is supported by its members and by grants from the Halvorsen Foundation and the Fund for Public Landscapes.',
  'Contact',
  'Submissions',
  'Privacy Policy',
  '© 2025 Places Journal',
];
const plFig = (src: string, cap: string): string => `<figure class="wp-block-image size-full alignfull"><img decoding="async" loading="lazy"
src="https://placesjournal.org/wp-content/uploads/2025/10/${src}" alt=""><figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
const plHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The River Under Hallam Street | Places Journal</title><meta name="description" content="${plDek}">
<meta name="citation_title" content="${plTitle}"><meta name="citation_author" content="Brasch, Naledi"><meta name="citation_doi" content="10.22269/251009">
<meta name="citation_publication_date" content="2025/10"><meta name="citation_journal_title" content="Places Journal">
<meta property="og:type" content="article"><meta property="og:title" content="${plTitle}"><link rel="canonical"
href="https://placesjournal.org/article/the-river-under-hallam-street/">
<link rel="stylesheet" id="places-css" href="https://placesjournal.org/wp-content/themes/places/style.css?ver=5.2" media="all"></head>
<body class="article-template-default single single-article postid-61204">
<header id="header" class="site-header"><a class="logo"
href="https://placesjournal.org/"><img src="https://placesjournal.org/wp-content/themes/places/img/logo.svg"
alt="Places Journal"></a><nav class="primary" aria-label="Primary"><ul>${links(plNav, 'menu-item')}</ul></nav>
<div class="utility">${plTop.map((t) => `<a class="utility__link" href="/${t.toLowerCase().replace(' ', '-')}/">${t}</a>`).join('')}</div></header>
<main id="content"><article class="article">
<header class="article-header"><p class="series-kicker"><a href="/series/water-works/">Water Works</a></p><h1 class="article-title">${plTitle}</h1>
<p class="article-dek">${plDek}</p><p class="article-byline"><a class="author" href="/author/naledi-brasch/">Naledi Brasch</a></p>
<p class="article-date">October 2025</p></header>
${plFig('lessing-carver-park.jpg', plCaps[0] as string)}
<div class="article-body">
${ps(plP1)}
<hr class="wp-block-separator">
${ps(plP2)}
${plFig('lessing-1908-map.jpg', plCaps[1] as string)}
${ps(plP3)}
</div>
<section class="article-notes"><h2>${plNotesH}</h2>
<ol>${plNotes.map((t, n) => `<li id="fn${n + 1}">${t} <a href="#fnref${n + 1}">↩</a></li>`).join('\n')}</ol></section>
<div class="author-bio"><p>${plBio}</p></div>
<div class="cite-box"><p><strong>Cite:</strong> Naledi Brasch, “The River Under Hallam Street,” <em>Places Journal</em>, October 2025. Accessed 09 Oct 2025.
<a href="https://doi.org/10.22269/251009">https://doi.org/10.22269/251009</a></p></div>
<div class="member-appeal"><p>${plMember[0]}</p><a class="button" href="/support/">${plMember[1]}</a></div>
<div class="article-tags">${plTags.map((t) => `<a href="/topic/${t.toLowerCase()}/" rel="tag">${t}</a>`).join(' ')}</div></article>
<section class="related-articles"><h2>${plRelated[0]?.[0]}</h2><ul>${plRelated
  .slice(1)
  .map(([t, a]) => `<li><a href="#"><h3>${t}</h3><p class="related-author">${a}</p></a></li>`)
  .join('\n')}</ul></section></main>
<footer class="site-footer"><p class="funders">${plFoot[0]}</p><ul>${links(plFoot.slice(1, 4))}</ul><p class="copyright">${plFoot[4]}</p></footer>
<script src="https://placesjournal.org/wp-content/themes/places/js/places.min.js?ver=5.2"></script></body></html>`;
const places: TestPage = {
  html: plHtml,
  name: 'heldout194-places-journal-article',
  kind: 'blog',
  // the dek and the notes are body ("Notes" is a heading; the ↩ back links are in neither list); author and month are
  // bylines; the series kicker, captions with their bracketed credits, bio, "Cite" box, member appeal, tags, related
  // articles and footer are furniture
  title: plTitle,
  headings: [plNotesH],
  body: texts([plDek, ...plP1, ...plP2, ...plP3, ...plNotes]),
  bylines: ['Naledi Brasch', 'October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...plNav, ...plTop, 'Water Works', ...plCaps, texts([plBio])[0] as string, texts([plCite])[0] as string, ...plMember, ...plTags, ...plRelated.flat(),
    ...plFoot,
  ],
};

export const HELDOUT194_D: readonly TestPage[] = [places, orionEssay];
