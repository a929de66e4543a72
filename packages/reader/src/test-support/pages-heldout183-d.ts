import { links, ps, type TestPage, texts } from './page-kit.js';
import { jstorDaily } from './pages-heldout183-d2.js';

/**
 * Held-out batch 183, file d: a bioRxiv preprint page on the Highwire/Drupal template (the header with "Advanced Search"
 * and the "New Results" label, "Follow this preprint", the title and author list, the DOI and posted date, the "This
 * article is a preprint and has not been certified by peer review" notice, the pane tabs, the abstract and the full text
 * sections, the competing interest statement, the Disqus comments box, the right rail with download, share, citation
 * tools, the "COVID-19 SARS-CoV-2 preprints" promo and "Subject Areas" list, and the footer) and, from file d2, a JSTOR
 * Daily article.
 */
const brTitle = 'Night-time temperature shapes the timing of song learning in juvenile zebra finches';
const brAbstract = [
  'Juvenile songbirds learn to sing by copying an adult tutor during a sensitive period, but what sets the pace of that learning ' +
    'is poorly understood. We raised 48 zebra finches with the same tutor and varied only the temperature at night. Birds kept at ' +
    '18 °C at night matched their tutor’s song 11 days later, on average, than birds kept at 26 °C, and their song stayed more ' +
    'variable at adulthood. Daytime singing practice did not differ between groups. Our results suggest that sleep-dependent ' +
    'consolidation of song, rather than practice, is slowed by cool nights.',
];
const brH1 = 'Introduction';
const brP1 = [
  'Zebra finch males learn their song between about 25 and 90 days after hatching. During this time young birds sing thousands ' +
    'of rough renditions a day and gradually refine them toward the tutor’s model. Much of that refinement appears to happen ' +
    'overnight: song often deteriorates in the morning and recovers over the day.',
  'Body temperature changes the speed of neural processes in birds, and many small songbirds let their temperature drop at night ' +
    'to save energy. We therefore asked whether night-time temperature affects how quickly young birds learn.',
];
const brH2 = 'Results';
const brP2 = [
  'Birds in the cool-night group reached 80% similarity to the tutor song at a median age of 71 days, compared with 60 days in ' +
    'the warm-night group. At 120 days, cool-night birds still produced more variable syllables, measured as the spread of pitch ' +
    'across renditions.',
  'Both groups sang a similar number of songs each day and spent a similar time sleeping. Recordings of the song nucleus HVC at ' +
    'night showed slower replay of song-related activity in cool-night birds, consistent with slower consolidation.',
];
const brH3 = 'Discussion';
const brP3 = [
  'These results point to an overlooked environmental influence on vocal learning. Wild zebra finches breed across a wide range ' +
    'of climates, and our findings predict that young birds hatched in cooler seasons will take longer to settle their songs.',
  'We note two limitations. Our temperature contrast was large, and we studied only one tutor lineage. A study across several ' +
    'tutors and a range of temperatures would show whether the effect is graded.',
];
const brAuthors = ['Clara Moenkemeyer', 'Abiodun Falade', 'Henrik Saarinen', 'Priya Venkatram'];
const brNav = ['Home', 'About', 'Submit', 'ALERTS / RSS'];
const brTabs = ['Abstract', 'Full Text', 'Info/History', 'Metrics', 'Preview PDF'];
const brRail = ['Download PDF', 'Print/Save Options', 'Supplementary Material', 'Email', 'Share', 'Citation Tools'];
const brSubjects = [
  'Animal Behavior and Cognition',
  'Biochemistry',
  'Bioengineering',
  'Bioinformatics',
  'Cell Biology',
  'Ecology',
  'Evolutionary Biology',
  'Genetics',
  'Neuroscience',
  'Physiology',
  'Zoology',
];
const brFoot = [
  'Privacy Policy',
  'Terms of Use',
  'Contact Us',
  'Advertise',
  'Careers',
  'Funding',
  'About bioRxiv',
  'Submit a manuscript',
  'Twitter',
  'Facebook',
];
const brHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="js"><head><meta charset="utf-8"><title>${brTitle} | bioRxiv</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="HW.identifier" content="/biorxiv/early/2025/01/14/2025.01.11.632891">
<meta name="citation_title" content="${brTitle}">${brAuthors.map((a) => `<meta name="citation_author" content="${a}">`).join('')}
<meta name="citation_publisher" content="Cold Spring Harbor Laboratory"><meta name="citation_publication_date" content="2025/01/14">
<meta name="citation_doi" content="10.1101/2025.01.11.632891"><meta property="og:site_name" content="bioRxiv">
<link rel="stylesheet" href="https://www.biorxiv.org/sites/default/files/advagg_css/css__Hl8n.css">
<script src="https://www.biorxiv.org/sites/default/files/advagg_js/js__Wp9d.js"></script>
<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","highwire":{"markup":[{"requested":"long","variant":"full-text"}]}});</script>
</head><body class="html not-front not-logged-in page-node page-node-1930122 node-type-highwire-article context-content hw-default-jcode-biorxiv">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="page clearfix" id="page"><header id="section-header" class="section section-header"><div id="zone-branding" class="zone zone-branding">
<div class="logo-img"><a href="/" title="Home" rel="home"><img src="/sites/default/files/biorxiv_logo_homepage.png" alt="bioRxiv"></a></div>
<p class="site-slogan">THE PREPRINT SERVER FOR BIOLOGY</p><div id="block-system-user-menu"><ul class="menu">${links(brNav, 'leaf')}</ul></div>
<div class="block-highwire-search"><form action="/search"><label for="edit-keywords">Search for this keyword</label><input id="edit-keywords" type="text">
<a href="/search" class="link-icon-search">Advanced Search</a></form></div></div></header>
<section id="section-content" class="section section-content"><main id="zone-content" class="zone zone-content">
<div class="highwire-article-citation"><div class="pane-content"><span class="biorxiv-article-type">New Results</span>
<div class="highwire-cite-follow"><a href="/follow" class="highwire-follow-link">Follow this preprint</a></div>
<h1 class="highwire-cite-title" id="page-title">${brTitle}</h1><div class="highwire-cite-authors"><span class="highwire-citation-authors">${brAuthors
  .map(
    (a, i) => `<span class="highwire-citation-author${i === 0 ? ' first' : ''}" data-delta="${i}"><span class="nlm-given-names">${a.split(' ')[0]}</span>
<span class="nlm-surname">${a.split(' ')[1]}</span></span>`,
  )
  .join('<span class="highwire-citation-separator">, </span>')}</span></div>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi">doi: https://doi.org/10.1101/2025.01.11.632891</span></div></div>
<div class="pane-custom pane-1"><div class="pane-content">This article is a preprint and has not been certified by peer review <a
href="/about/FAQ">[what does this mean?]</a>.</div></div>
<div class="panel-pane pane-highwire-tab-bar"><ul class="tabs inline panels-ajax-tab">${links(brTabs)}</ul></div>
<div class="pane-content" id="posted-date"><div class="pane-1">Posted January 14, 2025.</div></div></div>
<div class="article fulltext-view"><div class="section abstract" id="abstract-1"><h2 class="">Abstract</h2>${ps(brAbstract, ' id="p-2"')}</div>
<div class="section" id="sec-1"><h2 class="">${brH1}</h2>${ps(brP1)}</div>
<div class="section" id="sec-2"><h2 class="">${brH2}</h2><div id="F1" class="fig pos-float type-figure odd"><div class="highwire-figure">
<div class="fig-inline-img-wrapper"><img alt="Figure 1." src="/content/biorxiv/early/2025/01/14/2025.01.11.632891/F1.medium.gif"></div>
<ul class="highwire-figure-links"><li><a href="#">Download figure</a></li><li><a href="#">Open in new tab</a></li></ul></div>
<div class="fig-caption"><span class="fig-label">Figure 1.</span> <span class="caption-title">Cool nights delay song learning.</span>
<p class="first-child">Similarity to tutor song by age in warm-night (orange) and cool-night (blue) birds.</p></div></div>${ps(brP2)}</div>
<div class="section" id="sec-3"><h2 class="">${brH3}</h2>${ps(brP3)}</div>
<div class="section ack" id="ack-1"><h2>Competing Interest Statement</h2><p>The authors have declared no competing interest.</p></div>
<div class="section ref-list" id="ref-list-1"><h2>References</h2><ol class="cit-list"><li><div class="cit ref-cit ref-journal">
<cite>Brainard MS, Doupe AJ. What songbirds teach us about learning. Nature. 2002;417:351–358.</cite></div></li></ol></div></div>
<div class="pane-disqus-comments"><h2 class="pane-title">Comments</h2><div id="disqus_thread"><p>Comments are moderated. Please read our
<a href="/content/comment-policy">comment policy</a> before posting.</p></div></div></main>
<aside id="region-sidebar-second" class="region region-sidebar-second"><ul class="highwire-article-nav">${links(brRail, 'hw-link')}</ul>
<div class="pane-biorxiv-covid"><h2 class="pane-title">COVID-19 SARS-CoV-2 preprints from medRxiv and bioRxiv</h2></div>
<div class="pane-subject-collection"><h2 class="pane-title">Subject Area</h2><ul><li><a
href="/collection/animal-behavior-and-cognition">Animal Behavior and Cognition</a></li></ul></div>
<div class="pane-subject-areas"><h2 class="pane-title">Subject Areas</h2><h3>All Articles</h3><ul
class="collection-list">${links(brSubjects, 'collection-item')}</ul></div>
</aside></section>
<footer id="section-footer" class="section section-footer"><ul class="menu">${links(brFoot)}</ul><p
class="footer-text">bioRxiv is operated by Cold Spring Harbor
Laboratory, a non-profit institution.</p></footer></div>
<script src="https://biorxiv.disqus.example/embed.js" async></script></body></html>`;
const biorxiv: TestPage = {
  html: brHtml,
  name: 'heldout183-biorxiv-preprint',
  kind: 'docs',
  // the author names (given names and surnames in separate spans), the DOI line and the posted date are bylines; the
  // competing interest statement is furniture (a form statement), the figure caption and its links, the peer-review
  // notice, tabs, rails and the comments box are furniture; the references are in neither list
  title: brTitle,
  headings: ['Abstract', brH1, brH2, brH3],
  body: texts([...brAbstract, ...brP1, ...brP2, ...brP3]),
  bylines: [...brAuthors, 'doi: https://doi.org/10.1101/2025.01.11.632891', 'Posted January 14, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'THE PREPRINT SERVER FOR BIOLOGY', ...brNav, 'Search for this keyword', 'Advanced Search', 'New Results',
    'Follow this preprint', 'This article is a preprint and has not been certified by peer review [what does this mean?].', ...brTabs.slice(1),
    'Download figure', 'Open in new tab', 'Figure 1. Cool nights delay song learning.',
    'Similarity to tutor song by age in warm-night (orange) and cool-night (blue) birds.',
    'Competing Interest Statement', 'The authors have declared no competing interest.', 'Comments',
    'Comments are moderated. Please read our comment policy before posting.', ...brRail, 'COVID-19 SARS-CoV-2 preprints from medRxiv and bioRxiv',
    'Subject Area', 'Subject Areas', 'All Articles', ...brSubjects, ...brFoot,
    'bioRxiv is operated by Cold Spring Harbor Laboratory, a non-profit institution.',
  ],
};

export const HELDOUT183_D: readonly TestPage[] = [biorxiv, jstorDaily];
