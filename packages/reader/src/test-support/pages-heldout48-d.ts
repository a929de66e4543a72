import { links, type TestPage, texts } from './page-kit.js';
import { docsyPage } from './pages-heldout48-d2.js';

/**
 * Held-out batch 48, file d: a Nature news article on nature.com (skip link, the ad slot with its label, the journal header with
 * "View all journals", search, "Log in" and the journal menu, breadcrumbs, the "NEWS" identifier and date, headline, teaser,
 * compact author list, share and PDF links, the body with reference superscripts, two h2 subheads and a figure with caption and
 * credit, the references list with "Article" and "Google Scholar" links, "Reprints and permissions", "About this article" with the
 * citation and DOI, "Subjects", "Latest on", the Nature Briefing sign-up, the jobs rail and the footer).
 */
const naTitle = 'Arctic algae bloom under the ice months earlier than scientists thought';
const naTeaser =
  'Measurements from a drifting research station suggest that life beneath the sea ice wakes up in late winter — which could reshape models ' +
  'of the Arctic food web.';
const naBody1 = [
  'Microscopic algae living under Arctic sea ice start to grow as early as February, months before most models assume, according to a year ' +
    'of measurements taken from a research station frozen into the drifting pack.',
  'The findings, published on 19 November in <i>Nature Geoscience</i>, suggest that the base of the Arctic food web is active for much longer ' +
    'than thought, and that it might respond to a warming, thinning ice pack in ways that current models miss.',
  '“We expected to see nothing until the Sun came back properly in April,” says Ingrid Lindqvist, a marine biologist at the Polar Institute ' +
    'in Tromsø, Norway, who led the work. “Instead we saw the algae waking up in the dark.”',
];
const naH1 = 'Light through the cracks';
const naBody2 = [
  'The team spent 13 months on a station that drifted about 2,300 kilometres across the central Arctic Ocean between 2023 and 2024. Divers ' +
    'and remotely operated vehicles sampled the underside of the ice every week, and sensors recorded the light reaching the water below.',
  'In late February, when the Sun was still below the horizon for most of each day, the researchers found concentrations of chlorophyll, a ' +
    'sign of growing algae, ten times higher than in January. The algae were clustered along leads, the long cracks that open in the pack as ' +
    'it moves, where a little twilight could reach the water.',
  'Lindqvist says the cells seem able to photosynthesize at light levels once thought too low to support growth. Laboratory experiments by ' +
    'the team showed that one common diatom, of the genus <i>Nitzschia</i>, could grow in less than one-hundredth of the light of an ' +
    'overcast day.',
];
const naH2 = 'Knock-on effects';
const naBody3 = [
  'An earlier bloom could matter for the animals that feed on it. Tiny crustaceans called copepods time their breeding to the spring algae, ' +
    'and fish and seabirds in turn depend on the copepods.',
  '“If the food is there earlier than the grazers expect, you can get a mismatch,” says Tomás Herrera, an ecologist at the University of ' +
    'Valparaíso in Chile who was not involved in the study. But he cautions that a single year at a single drifting station cannot show how ' +
    'widespread the early growth is.',
  'Lindqvist agrees. Her team is now analysing data from autonomous buoys left in the ice, which should show whether the same pattern ' +
    'appears elsewhere in the Arctic.',
];
const naCaption = 'A diver samples algae growing on the underside of the sea ice during the drift.';
const naCredit = 'Credit: Henrik Voss/Polar Institute';
const naRefs = [
  'Lindqvist, I. et al. Nature Geosci. https://doi.org/10.1038/s41561-025-01877-x (2025).',
  'Herrera, T. & Okoye, N. Prog. Oceanogr. 221, 103214 (2024).',
];
const naHeaderNav = ['Explore content', 'About the journal', 'Publish with us'];
const naSubjects = ['Ecology', 'Climate sciences', 'Ocean sciences'];
const naLatest = [
  'Deep-sea mining permits stall as nations argue over rules',
  'How ancient DNA is rewriting the history of the Pacific',
  'Heat waves are getting longer in the tropics, satellite record shows',
];
const naJobs = [
  ['Postdoctoral Researcher in Polar Ecology', 'Nordic Marine Research Centre', 'Bergen, Norway'],
  ['Research Scientist, Ocean Biogeochemistry', 'Coastal Ocean Laboratory', 'Halifax, Canada'],
];
const naBriefing = 'Sign up for the Nature Briefing: the science news that matters, free in your inbox every weekday.';
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const naFoot = [
  'Research articles', 'News', 'Opinion', 'Research Analysis', 'Careers', 'Books & Culture', 'Podcasts', 'Videos', 'Journal Information',
  'About the Editors', 'Contact', 'Advertising', 'Privacy Policy', 'Use of cookies', 'Your privacy choices/Manage cookies', 'Legal notice',
  'Accessibility statement', 'Terms & Conditions', 'Your US state privacy rights', '© 2025 Springer Nature Limited',
];
const naSup = (n: number): string =>
  `<sup><a data-track="click" data-track-action="reference anchor" href="#ref-CR${n}" id="ref-link-section-d${n}">${n}</a></sup>`;
const naHtml = `<!DOCTYPE html>
<html lang="en" class="grade-c"><head><meta charset="utf-8"><title>${naTitle}</title>
<meta name="dc.type" content="News"><meta name="citation_doi" content="10.1038/d41586-025-03714-2">
<script type="application/ld+json">{"mainEntity":{"@type":"NewsArticle","headline":"${naTitle}","datePublished":"2025-11-19T00:00:00Z",
"author":[{"name":"Priya Nandakumar","@type":"Person"}],"isAccessibleForFree":true}}</script>
<script>window.dataLayer=[{"content":{"category":{"contentType":"news"},"article":{"doi":"10.1038/d41586-025-03714-2"}}}];</script></head>
<body class="article-page"><div class="c-skip-link u-hide-print"><a href="#content">Skip to main content</a></div>
<div class="u-lazy-ad-wrapper u-mbs-0"><div class="c-ad c-ad--728x90"><div class="c-ad__inner"><p class="c-ad__label">Advertisement</p>
<div id="div-gpt-ad-top-1" data-gpt-unitpath="/285/nature.com/article"></div></div></div></div>
<header class="c-header" id="header"><div class="c-header__row"><a href="/" class="c-header__logo"><img src="/static/images/logos/nature-brand-logo-white.svg"
alt="Nature"></a>
<ul class="c-header__menu"><li><a href="https://www.nature.com/siteindex">View all journals</a></li><li><a href="#search-menu"
class="c-header__link">Search</a></li>
<li><a href="https://idp.nature.com/auth/personal/springernature?redirect_uri=..." class="c-header__link">Log in</a></li></ul></div>
<nav class="c-header__nav"><ul>${links(naHeaderNav, 'c-header__item')}</ul><a class="c-header__link c-header__link--button"
href="/nature/subscribe">Subscribe</a>
<a href="https://www.nature.com/my-account/alerts/subscribe-journal?list-id=1">Sign up for alerts</a><a
href="https://www.nature.com/nature.rss">RSS feed</a></nav></header>
<nav class="u-mb-16" aria-label="breadcrumbs"><ol class="c-breadcrumbs"><li class="c-breadcrumbs__item"><a href="/">nature</a></li>
<li class="c-breadcrumbs__item"><a href="/nature/articles?type=news">news</a></li><li class="c-breadcrumbs__item">article</li></ol></nav>
<main id="content"><article lang="en"><div class="c-article-header"><header><ul class="c-article-identifiers" data-test="article-identifier">
<li class="c-article-identifiers__item"
data-test="article-category">NEWS</li><li class="c-article-identifiers__item"><time datetime="2025-11-19">19 November 2025</time></li></ul>
<h1 class="c-article-magazine-title">${naTitle}</h1><div class="c-article-teaser-text">${naTeaser}</div></header>
<ul class="c-article-author-list c-article-author-list--compact" data-test="authors-list"><li class="c-article-author-list__item"><a data-test="author-name"
href="#auth-Priya-Nandakumar">Priya Nandakumar</a></li></ul><div class="c-article-share"><a href="#share">Share</a>
<a href="/articles/d41586-025-03714-2.pdf" class="c-pdf-download__link">Download PDF</a></div></div>
<div class="c-article-body main-content"><figure class="figure"><div class="c-article-section__figure-image"><img
src="https://media.nature.com/lw767/magazine-assets/d41586-025-03714-2/d41586-025-03714-2_51793204.jpg?as=webp" alt="A diver under sea ice"></div>
<figcaption><p class="figure__caption" data-test="figure-caption-text">${naCaption}</p><span class="figure__credit">${naCredit}</span></figcaption></figure>
<p>${naBody1[0]}</p>
<p>${naBody1[1]}${naSup(1)}</p>
<p>${naBody1[2]}</p>
<h2>${naH1}</h2>
${naBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="c-ad c-ad--300x250 u-show-following-ad"><p class="c-ad__label">Advertisement</p></div>
<h2>${naH2}</h2>
<p>${naBody3[0]}${naSup(2)}</p>
${naBody3
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div><div class="c-article-references" id="references"><h2 class="c-article-references__heading">References</h2><ol class="c-article-references">
${naRefs
  .map(
    (r, i) => `<li class="c-article-references__item" id="ref-CR${i + 1}"><p class="c-article-references__text">${r}</p><p class="c-article-references__links">
<a href="https://doi.org/10.1038/x">Article</a> <a href="https://scholar.google.com/scholar_lookup?">Google Scholar</a></p></li>`,
  )
  .join('\n')}
</ol><p><a href="https://citation-needed.springer.com/v2/references/10.1038/d41586-025-03714-2?format=refman">Download references</a></p></div>
<div class="c-article-rights"><a href="https://s100.copyright.com/AppDispatchServlet?title=Arctic%20algae">Reprints and permissions</a></div>
<section aria-labelledby="article-info" class="c-article-info"><h2 id="article-info">About this article</h2><h3>Cite this article</h3>
<p class="c-bibliographic-information__citation">Nandakumar, P. ${naTitle}. <i>Nature</i> <b>647</b>, 612-613 (2025)</p>
<p class="c-bibliographic-information__doi">doi: https://doi.org/10.1038/d41586-025-03714-2</p></section>
<div class="c-subject-list"><h3>Subjects</h3><ul>${links(naSubjects, 'c-article-subject-list__subject')}</ul></div></article>
<aside class="c-latest"><h2>Latest on:</h2><ul>${links(naLatest, 'c-latest__item')}</ul></aside>
<div class="c-nature-briefing" data-component-id="nature-briefing-banner"><p class="c-nature-briefing__title">Nature Briefing</p><p>${naBriefing}</p>
<input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign up</button></div>
<aside class="c-jobs"><h2>Jobs</h2><ul>${naJobs
  .map(([t, e, l]) => `<li class="c-jobs__item"><a href="https://www.nature.com/naturecareers/job/x">${t}</a><p>${e}</p><p>${l}</p></li>`)
  .join('\n')}</ul></aside></main>
<footer class="composite-layer"><ul>${links(naFoot)}</ul><p class="c-footer__springer">Springer Nature</p></footer></body></html>`;
const nature: TestPage = {
  html: naHtml,
  name: 'heldout48-nature-news',
  kind: 'news',
  // the teaser and the body paragraphs are body, the two h2s the headings; the superscript reference marks ("1", "2") end two
  // paragraphs and are in neither list; "Priya Nandakumar" and the date are bylines, "NEWS" furniture; the references list is
  // the story's sources, not its text: furniture with its heading, links and "Download references" ("Article" and "Google
  // Scholar" once); the figure caption and credit, ad labels (once), header, breadcrumbs, share and PDF links, rights, "About
  // this article" with the citation (it repeats the title) and DOI, subjects, "Latest on:", the briefing, jobs and footer are
  // furniture; the breadcrumbs "nature", "news", "article" are left out ("nature" is a word of the body, "news" and "article"
  // are listed once as "NEWS" and the references' "Article"), as is the footer's "News"
  title: naTitle,
  headings: [naH1, naH2],
  body: [naTeaser, ...texts(naBody1), ...texts(naBody2), ...texts(naBody3)],
  bylines: ['Priya Nandakumar', '19 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Advertisement', 'View all journals', 'Search', 'Log in', ...naHeaderNav, 'Subscribe', 'Sign up for alerts', 'RSS feed',
    'NEWS', 'Share', 'Download PDF', naCaption, naCredit, 'References', ...naRefs, 'Article', 'Google Scholar',
    'Download references', 'Reprints and permissions', 'About this article', 'Cite this article', `Nandakumar, P. ${naTitle}. Nature 647, 612-613 (2025)`,
    'doi: https://doi.org/10.1038/d41586-025-03714-2', 'Subjects', ...naSubjects, 'Latest on:', ...naLatest, 'Nature Briefing', naBriefing,
    'Sign up', 'Jobs', ...naJobs.flat(), ...naFoot.filter((t) => t !== 'News'), 'Springer Nature',
  ],
};

export const HELDOUT48_D: readonly TestPage[] = [nature, docsyPage];
