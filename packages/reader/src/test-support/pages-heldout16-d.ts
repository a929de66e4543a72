import { links, ps, type TestPage, texts } from './page-kit.js';
import { goodreads } from './pages-heldout16-d2.js';

/**
 * Held-out batch 16, file d: a research article on a Springer Nature-style publisher page (not PMC: cookie dialog, eds-c
 * header, c-article-header with identifiers, author list with affiliation sups, "Cite this article", metrics bar, Abstract,
 * numbered sections with reference anchors, a figure with "Full size image", References with link pills, back matter,
 * "Rights and permissions", "About this article" with bibliographic information and SharedIt box, sidebar, footer). The
 * Goodreads-style book page of this file is in pages-heldout16-d2.ts.
 */
const snTitle = 'Night-flying moths sustain bilberry seed set when daytime heat suppresses bee foraging';
const snAuthors = ['Rhiannon Pryce', 'Tomos Madoc', 'Signe Lindahl', 'Owain Rees-Jones', 'Farah Qadir'];
const snAbstract = [
  'Rising summer temperatures are expected to reduce pollination in upland plant communities, because bumblebees forage ' +
    'less on hot afternoons. Whether nocturnal insects can make up part of the shortfall is largely unknown. We combined ' +
    'day and night exclusion bags with moth surveys at six heathland sites in mid-Wales over two flowering seasons. Flowers ' +
    'open only at night set 41% as many seeds as fully exposed flowers, and on days above 24 °C the share of seed set ' +
    'attributable to night visitors rose from 18 to 37%. Our results suggest that moths act as a buffer for bilberry ' +
    'reproduction during heat waves and that their decline could make upland plants more vulnerable to warming.',
];
const snIntro = [
  'Bilberry (<i>Vaccinium myrtillus</i>) dominates the understorey of many upland heaths and open woodlands in north-west ' +
    'Europe. Its flowers are pollinated mainly by bumblebees, and seed set is often pollen-limited (<a href="#ref-CR9" ' +
    'data-track-action="reference anchor">Jacquemart 2003</a>).',
  'Bumblebee foraging falls sharply above about 25 °C, when workers spend more time cooling the nest and less time on ' +
    'flowers (<a href="#ref-CR14">Kenna et al. 2021</a>). At the same time, several studies have recorded moths carrying ' +
    'ericaceous pollen, but their contribution to seed production has rarely been measured directly.',
  'Here we asked how much of bilberry seed set depends on visits made at night, and whether that share changes on hot days.',
];
const snSites = [
  'We worked at six sites between 320 and 540 m above sea level in the Cambrian Mountains, each a bilberry-dominated heath ' +
    'at least 2 ha in area and separated from the others by at least 3 km.',
];
const snExclusion = [
  'At each site we marked 40 shoots with unopened buds and assigned them to four treatments: open, day only, night only ' +
    'and bagged throughout. Fine mesh bags were put on or taken off at dusk and dawn each day of flowering, and berries ' +
    'were collected when ripe and their seeds counted under a dissecting microscope.',
];
const snResults = [
  'Fully bagged flowers set almost no seed, confirming that bilberry needs insect visits at our sites. Night-only flowers ' +
    'produced 41% (95% CI 34–48%) as many seeds per berry as open flowers, and day-only flowers 79% (72–86%).',
  'Light traps caught 2,118 moths of 63 species, and pollen of <i>Vaccinium</i> was found on 14% of individuals, most often ' +
    'on noctuids of the genera <i>Xestia</i> and <i>Orthosia</i>. On days when the maximum temperature exceeded 24 °C, the ' +
    'contribution of night visits to total seed set rose from 18 to 37% (Fig. <a href="#Fig1">1</a>).',
];
const snDiscussion = [
  'Our results show that moths are not incidental visitors to bilberry but provide a substantial share of its pollination, ' +
    'a share that roughly doubles during hot weather when bees withdraw. Pollination by night appears to act as an ' +
    'insurance mechanism for a plant that flowers early and is exposed to increasingly variable springs.',
  'Moth populations in Britain have declined by a third since the 1960s, and upland species are among those most affected. ' +
    'If the decline continues, bilberry may lose this insurance just as heat waves become more frequent, with consequences ' +
    'for the birds and mammals that depend on its fruit.',
];
const snCaption =
  'Share of seed set attributable to night visits on cool days (maximum below 24 °C) and hot days (above 24 °C) at the six ' +
  'study sites. Points show site means; bars show 95% confidence intervals.';
const snRefs = [
  'Jacquemart A-L (2003) Floral traits of Belgian Ericaceae species: are they good indicators to assess the breeding systems? Belg J Bot 136:154–164',
  'Kenna D, Pawar S, Gill RJ (2021) Thermal flight performance reveals impact of warming on bumblebee foraging potential. Funct Ecol 35:2508–2522',
  'Macgregor CJ, Pocock MJO, Fox R, Evans DM (2015) Pollination by nocturnal Lepidoptera, and the effects of light pollution. Ecol Entomol 40:187–198',
];
const snAffils = ['Department of Biosciences, Aberystwyth University, Aberystwyth, UK', 'Centre for Pollinator Research, Uppsala, Sweden'];
const snNav = ['Find a journal', 'Publish with us', 'Track your research'];
const snKeywords = ['Nocturnal pollination', 'Moths', 'Vaccinium myrtillus', 'Heat stress', 'Upland heathland'];
const snFoot = ['Journals A-Z', 'Books A-Z', 'Publish your research', 'Open access publishing', 'Accessibility', 'Cookies'];
const snCite = `Pryce, R., Madoc, T., Lindahl, S. et al. ${snTitle}. J Upland Ecol 41, 88 (2025).`;
const snSec = (id: string, title: string, inner: string, h = 'h2'): string => `<section data-title="${title}"><div class="c-article-section"
id="${id}-section"><${h} class="c-article-section__title js-section-title js-c-reading-companion-sections-item" id="${id}">${title}</${h}>
<div class="c-article-section__content" id="${id}-content">${inner}</div></div></section>`;
const snRef = (r: string, i: number): string => `<li class="c-article-references__item js-c-reading-companion-references-item" data-counter="${i + 1}.">
<p class="c-article-references__text" id="ref-CR${i + 1}">${r}</p><p class="c-article-references__links u-hide-print">
<a data-track="click_references" rel="nofollow noopener"
href="https://doi.example/${i}">Article</a> <a href="http://scholar.google.example/">Google Scholar</a></p></li>`;
const snMethods = `${snSec('Sec3', '2.1 Study sites', ps(snSites), 'h3')}
${snSec('Sec4', '2.2 Pollinator exclusion', ps(snExclusion), 'h3')}`;
const snHtml = `<!DOCTYPE html>
<html lang="en" class="grade-c"><head><meta charset="utf-8"><title>${snTitle} | Journal of Upland Ecology</title>
<meta name="citation_title" content="${snTitle}"><meta name="citation_journal_title" content="Journal of Upland Ecology">
<meta name="citation_author" content="Pryce, Rhiannon"><meta name="citation_doi" content="10.1007/s11842-025-00088-3">
<meta name="dc.type" content="OriginalPaper"><meta name="citation_publication_date" content="2025/05">
<script type="application/ld+json">{"mainEntity":{"headline":"${snTitle}","datePublished":"2025-05-14T00:00:00Z","isAccessibleForFree":true,
"author":[{"name":"Rhiannon Pryce","@type":"Person"}],"@type":"ScholarlyArticle"},"@context":"https://schema.org","@type":"WebPage"}</script>
<script>window.dataLayer=[{"content":{"category":{"contentType":"research article"},"article":{"doi":"10.1007/s11842-025-00088-3"}}}];</script></head>
<body class="shared-article-renderer"><div class="cc-banner" data-cc-banner role="dialog"><h2 class="cc-banner__title">Your privacy, your choice</h2>
<p>We use essential cookies to make sure the site can function. We also use optional cookies for advertising, personalisation of content, usage
analysis, and social media.</p><button data-cc-action="accept">Accept all cookies</button><button data-cc-action="reject">Reject optional cookies</button>
<button data-cc-action="preferences">Manage preferences</button></div>
<a class="c-skip-link" href="#main">Skip to main content</a>
<header class="eds-c-header" data-eds-c-header><a class="eds-c-header__brand" href="/">Springer Nature Link</a>
<a class="eds-c-header__link" href="/login">Log in</a><nav aria-label="header navigation"><ul>${links(snNav, 'eds-c-header__item')}</ul></nav></header>
<nav class="eds-c-breadcrumbs" aria-label="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/journal/11842">Journal of Upland Ecology</a></li>
<li><span>Article</span></li></ol></nav>
<main class="c-article-main-column u-float-left js-main-column" id="main"><article lang="en"><div class="c-article-header"><header>
<ul class="c-article-identifiers" data-test="article-identifier"><li class="c-article-identifiers__item" data-test="article-category">Research</li>
<li class="c-article-identifiers__item"><a href="https://www.springernature.example/open-research" data-track-action="open access">Open access</a></li>
<li class="c-article-identifiers__item">Published: <time datetime="2025-05-14">14 May 2025</time></li></ul>
<h1 class="c-article-title" data-test="article-title" data-article-title="">${snTitle}</h1>
<ul class="c-article-author-list js-no-scroll" data-test="authors-list">${snAuthors
  .map(
    (a, i) => `<li class="c-article-author-list__item"><a data-test="author-name" href="#auth-${i}" data-author-popup="auth-${i}">${a}</a><sup
class="u-js-hide"><a href="#Aff${i < 3 ? 1 : 2}" tabindex="-1">${i < 3 ? 1 : 2}</a></sup></li>`,
  )
  .join('\n')}</ul>
<p class="c-article-info-details" data-container-section="info"><a data-test="journal-link" href="/journal/11842"><i data-test="journal-title">Journal
of Upland Ecology</i></a> <b data-test="journal-volume">
<span class="u-visually-hidden">volume</span> 41</b>, Article number: <span data-test="article-number">88
</span> (2025) <a href="#citeas" class="c-article-info-details__cite-as u-hide-print" data-track-action="cite this article">Cite this article</a></p>
<div class="c-article-metrics-bar__wrapper u-clear-both"><ul class="c-article-metrics-bar u-list-reset">
<li class="c-article-metrics-bar__item"><p class="c-article-metrics-bar__count">1843 <span class="c-article-metrics-bar__label">Accesses</span></p></li>
<li class="c-article-metrics-bar__item"><p class="c-article-metrics-bar__count">12 <span class="c-article-metrics-bar__label">Altmetric</span></p></li>
<li class="c-article-metrics-bar__item"><p class="c-article-metrics-bar__details"><a href="/metrics" rel="nofollow">Metrics details</a></p></li></ul></div>
</header></div>
<div class="c-article-body">${snSec('Abs1', 'Abstract', ps(snAbstract))}
<div class="main-content">${snSec('Sec1', '1 Introduction', ps(snIntro))}
${snSec('Sec2', '2 Materials and methods', snMethods)}
${snSec(
  'Sec5',
  '3 Results',
  `${ps(snResults)}<div class="c-article-section__figure js-c-reading-companion-figures-item" data-test="figure" id="figure-1"><figure><figcaption>
<b id="Fig1" class="c-article-section__figure-caption" data-test="figure-caption-text">Fig. 1</b></figcaption><div class="c-article-section__figure-content">
<div class="c-article-section__figure-item"><a class="c-article-section__figure-link" href="/figures/1" rel="nofollow"><picture><img alt="figure 1"
src="//media.springernature.example/fig1.png"></picture></a></div><div class="c-article-section__figure-description" data-test="bottom-caption"
id="figure-1-desc"><p>${snCaption}</p></div></div><div class="u-text-right u-hide-print"><a class="c-article__pill-button" href="/figures/1"
aria-label="Full size image figure 1"><span>Full size image</span></a></div></figure></div>`,
)}
${snSec('Sec6', '4 Discussion', ps(snDiscussion))}</div>
${snSec(
  'Bib1',
  'References',
  `<ul class="c-article-references" data-track-component="outbound reference">${snRefs.map(snRef).join('\n')}</ul>
<p class="c-article-references__download u-hide-print"><a href="/references.ris">Download references</a></p>`,
)}
${snSec('Ack1', 'Acknowledgements', '<p>We thank Natural Resources Wales for access to the sites and the volunteers who emptied light traps before dawn.</p>')}
${snSec(
  'author-information',
  'Author information',
  `<h3 class="c-article__sub-heading" id="affiliations">Authors and Affiliations</h3><ol class="c-article-author-affiliation__list">
${snAffils.map((a, i) => `<li id="Aff${i + 1}"><p class="c-article-author-affiliation__address">${a}</p></li>`).join('\n')}</ol>
<h3 class="c-article__sub-heading" id="corresponding-author">Corresponding author</h3><p id="corresponding-author-list">Correspondence to
<a id="corresp-c1" href="mailto:r.pryce@aber.example">Rhiannon Pryce</a>.</p>`,
)}
${snSec('ethics', 'Ethics declarations', '<h3 class="c-article__sub-heading">Competing interests</h3><p>The authors declare no competing interests.</p>')}
${snSec(
  'rightslink',
  'Rights and permissions',
  `<p class="c-article-rights"><b>Open Access</b> This article is licensed under a Creative Commons Attribution
4.0 International License.</p><p class="c-article-rights"><a data-track-action="view rights and permissions" href="https://s100.copyright.example/">Reprints
and permissions</a></p>`,
)}
${snSec(
  'article-info',
  'About this article',
  `<div class="c-bibliographic-information"><div class="c-bibliographic-information__column"><h3 class="c-article__sub-heading" id="citeas">Cite this
article</h3><p class="c-bibliographic-information__citation">${snCite}</p><p class="c-bibliographic-information__download-citation u-hide-print">
<a data-test="citation-link" href="/citation.ris">Download citation</a></p><ul class="c-bibliographic-information__list">
<li class="c-bibliographic-information__list-item"><p>Received: <time datetime="2024-10-02">02 October 2024</time></p></li>
<li class="c-bibliographic-information__list-item"><p>Accepted: <time datetime="2025-04-18">18 April 2025</time></p></li>
<li class="c-bibliographic-information__list-item"><p>Published: <time datetime="2025-05-14">14 May 2025</time></p></li>
<li class="c-bibliographic-information__list-item c-bibliographic-information__list-item--full-width">
<p>DOI: https://doi.org/10.1007/s11842-025-00088-3</p></li>
</ul></div></div><div data-component="share-box"><h3 class="c-article__sub-heading">Share this article</h3><p class="c-article-share-box__description">Anyone
you share the following link with will be able to read this content:</p><button class="c-article-share-box__button">Get shareable link</button>
<p class="js-c-article-share-box__additional-info">Provided by the Springer Nature SharedIt content-sharing initiative</p></div>
<h3 class="c-article__sub-heading">Keywords</h3><ul class="c-article-subject-list">${links(snKeywords, 'c-article-subject-list__subject')}</ul>`,
)}
</div></article></main>
<aside class="c-article-extras u-hide-print" aria-label="Article navigation"><div class="c-pdf-download"><a href="/content/pdf/10.1007/s11842-025-00088-3.pdf"
class="c-pdf-download__link">Download PDF</a></div><div class="c-reading-companion"><ul class="c-reading-companion__tabs"><li><button>Sections</button></li>
<li><button>Figures</button></li><li><button>References</button></li></ul></div><div class="c-ad c-ad--300x250"><p class="c-ad__label">Advertisement</p>
</div></aside>
<footer class="eds-c-footer"><ul>${links(snFoot, 'eds-c-footer__item')}</ul><p class="eds-c-footer__legal">© 2025 Springer Nature</p></footer>
<script src="/oscar-static/js/main.js" async></script></body></html>`;
const springer: TestPage = {
  html: snHtml,
  name: 'heldout16-springer-article',
  kind: 'docs',
  // as the PMC article of batch 12: the abstract and the numbered sections (with their h3 subsections) are the article,
  // inline citations staying in the text; the author names, "Published: ..." and the Received/Accepted dates are bylines;
  // the "Research" / "Open access" identifiers, journal line, "Cite this article", metrics, figure label and caption,
  // "Full size image", references, back-matter sections (their headings too), the citation, DOI, share box, keywords,
  // sidebar, cookie dialog and footer are furniture; "References" (the sidebar tab and the section title) counts once;
  // the figure label "Fig. 1" (cited in the text) and the keywords "Moths" and "Vaccinium myrtillus" are words of the article: left out
  title: snTitle,
  headings: ['Abstract', '1 Introduction', '2 Materials and methods', '2.1 Study sites', '2.2 Pollinator exclusion', '3 Results', '4 Discussion'],
  body: texts([...snAbstract, ...snIntro, ...snSites, ...snExclusion, ...snResults, ...snDiscussion]),
  bylines: [...snAuthors, 'Published: 14 May 2025', 'Received: 02 October 2024', 'Accepted: 18 April 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy, your choice', 'We use essential cookies to make sure the site can function. We also use optional cookies for advertising, ' +
    'personalisation of content, usage analysis, and social media.', 'Accept all cookies', 'Reject optional cookies', 'Manage preferences',
    'Skip to main content', 'Springer Nature Link', 'Log in', ...snNav, 'Home', 'Journal of Upland Ecology', 'Article', 'Research', 'Open access',
    'Cite this article', '1843 Accesses', '12 Altmetric', 'Metrics details', snCaption, 'Full size image', 'References', ...snRefs,
    'Google Scholar', 'Download references', 'Acknowledgements',
    'We thank Natural Resources Wales for access to the sites and the volunteers who emptied light traps before dawn.', 'Author information',
    'Authors and Affiliations', ...snAffils, 'Corresponding author', 'Ethics declarations', 'Competing interests',
    'The authors declare no competing interests.', 'Rights and permissions',
    'Open Access This article is licensed under a Creative Commons Attribution 4.0 International License.', 'Reprints and permissions',
    'About this article', snCite, 'Download citation', 'DOI: https://doi.org/10.1007/s11842-025-00088-3', 'Share this article',
    'Anyone you share the following link with will be able to read this content:', 'Get shareable link',
    'Provided by the Springer Nature SharedIt content-sharing initiative', 'Keywords',
    ...snKeywords.filter((k) => k !== 'Moths' && k !== 'Vaccinium myrtillus'), 'Download PDF', 'Sections', 'Figures',
    'Advertisement', ...snFoot, '© 2025 Springer Nature',
  ],
};

export const HELDOUT16_D: readonly TestPage[] = [springer, goodreads];
