import { links, type TestPage } from './page-kit.js';
import { distillArticle } from './pages-heldout186-c2.js';

/**
 * Held-out batch 186, file c: an Academia.edu paper page as a signed-out visitor saves it (the header with search, "Log In"
 * and "Sign Up", the title, the author card with university and "Follow", the "Download Free PDF" buttons, the "AI"
 * key-takeaways box, the abstract, the "Loading Preview" / "Sorry, preview is currently unavailable" notice over the paper's
 * extracted text, the "Related papers" rail with their abstracts and download buttons, the cite dialog, the sign-up
 * prompt and the footer) and, from file c2, a Distill.pub-style interactive article.
 */
const acTitle = 'Ledgers of the river: parish account books and flood memory in the lower Wend valley, 1720–1840';
const acAbstract =
  'Historians of floods have relied on chronicles, newspapers and flood marks on buildings. This article argues that the ' +
  'account books kept by churchwardens and overseers of the poor are a richer and more regular source. Drawing on the accounts ' +
  'of eleven parishes in the lower Wend valley, it reconstructs 34 flood events between 1720 and 1840 and shows how spending on ' +
  'relief, repairs and boats records both the size of floods and the way communities remembered them.';
const acH1 = '1. Introduction';
const acP1 = [
  'When the Wend rose in February 1768, the churchwardens of Sallowby paid four shillings “to the men that fetched the widow ' +
    'Harker out of her chamber window”. The entry sits between payments for bell ropes and communion wine. It is not the kind of ' +
    'evidence flood historians usually use, but it tells us the depth of the water in one house on one day.',
  'Parish accounts were kept every year, audited at Easter and often preserved in full. They therefore offer something that ' +
    'chronicles rarely do: a continuous record in which the absence of flood spending is as informative as its presence.',
];
const acH2 = '2. Sources and method';
const acP2 = [
  'I examined 1,260 years of churchwardens’ and overseers’ accounts from eleven parishes between Hallam Bridge and the estuary. ' +
    'Every payment that mentioned water, boats, flood, drowned goods or damaged bridges was transcribed, along with relief payments ' +
    'made in the weeks after a known flood. Entries were grouped into events when they fell within the same month in neighbouring parishes.',
  'Each event was scored on a three-point scale according to how far up the valley spending was recorded and whether it included ' +
    'repairs to bridges or the church itself.',
];
const acH3 = '3. Findings';
const acP3 = [
  'The accounts record 34 flood events, of which only nine appear in the county chronicle. Large floods cluster in the 1760s and ' +
    'the 1790s, matching the wet decades known from tree-ring studies further north. Smaller floods appear almost every third year.',
  'Spending also reveals memory. After the great flood of 1795, six parishes began paying an annual sum to keep a boat “in readiness”, ' +
    'and four of them were still paying it in the 1830s, long after the people who had seen the flood had died. Flood memory, in ' +
    'other words, was written into routine budgets.',
];
const acH4 = '4. Conclusion';
const acP4 = [
  'Parish account books deserve a place alongside chronicles and flood marks. They are local, regular and candid about cost. ' +
    'Read carefully, they show not only when rivers rose but how communities prepared for the next time.',
];
const acTakeaways = [
  'Parish account books reveal 34 flood events between 1720 and 1840, far more than chronicles record.',
  'Annual payments for flood boats show how communities institutionalised flood memory.',
];
const acRelated = [
  {
    t: 'Drowned lands: enclosure and drainage on the Wend marshes',
    a: 'This paper examines the drainage of the lower Wend marshes after 1790 and the disputes it caused between landowners and commoners.',
  },
  {
    t: 'Bells, boats and bread: parish responses to disaster in early modern England',
    a: 'A survey of how parish officers paid for relief after fires, storms and floods, based on printed accounts from forty parishes.',
  },
];
const acFoot = ['About', 'Press', 'Papers', 'Topics', 'Academia.edu Journals', 'We\u2019re Hiring!', 'Help Center', 'Terms', 'Privacy', 'Copyright'];
const acHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>(PDF) ${acTitle} | Ruth Ashdown - Academia.edu</title><meta name="description" content="${acAbstract.slice(0, 150)}">
<meta property="og:title" content="${acTitle}"><meta property="og:site_name" content="Academia.edu"><meta name="citation_title" content="${acTitle}">
<meta name="citation_author" content="Ruth Ashdown"><link rel="canonical" href="https://www.academia.edu/128834012/Ledgers_of_the_river">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"${acTitle}","author":{"@type":"Person",
"name":"Ruth Ashdown"},"publisher":{"@type":"Organization","name":"Academia.edu"},"datePublished":"2025-09-14"}</script>
<link rel="stylesheet" href="https://a.academia-assets.example/assets/design_system/body-8d679e.css">
<script>window.currentUser = null; window.Aedu = {workId: 128834012};</script></head>
<body><div id="fb-root"></div><div class="ds-header-container"><header class="ds2-5-header" role="banner">
<a class="ds2-5-header-logo" href="https://www.academia.edu/"><span class="sr-only">Academia.edu</span></a>
<form class="ds2-5-header-search" role="search"><label class="sr-only" for="sq">Search</label><input id="sq" type="search"></form>
<a class="ds2-5-button ds2-5-button--secondary" href="/login">Log In</a><a class="ds2-5-button" href="/signup">Sign Up</a>
<div class="ds2-5-header-menu"><ul>${links(['more', 'About', 'Press', 'Papers', 'Terms', 'Privacy', 'Copyright'])}</ul></div></header></div>
<main class="ds-work-page"><div class="ds-work-header"><h1 class="ds2-5-heading-serif--h1 ds-work-title">${acTitle}</h1>
<div class="ds-work-author-card"><img src="https://0.academia-photos.example/44120/avatar.jpg" alt=""><div>
<a class="ds-work-author-name" href="https://uwend.academia.edu/RuthAshdown">Ruth Ashdown</a>
<p class="ds-work-author-affiliation">University of Wendbury</p></div><button class="ds2-5-button ds2-5-button--secondary">Follow</button></div>
<p class="ds-work-meta"><span>Rural History Review</span><span>2025</span><span>visibility</span><span>…</span><span>description</span><span>22 pages</span>
<span>link</span><span>1 file</span></p>
<div class="ds-work-actions"><a class="ds2-5-button ds2-5-button--large" href="/attachments/1/download">Download Free PDF</a>
<a class="ds2-5-button ds2-5-button--secondary" href="/attachments/1/view">View PDF</a><button class="ds2-5-button--tertiary">Cite</button>
<button class="ds2-5-button--tertiary">Save to Library</button><button class="ds2-5-button--tertiary">Share</button></div></div>
<section class="ds-work-key-takeaways"><h2 class="ds2-5-heading-sans--h4"><span class="ai-badge">AI</span>Key takeaways</h2>
<ul>${acTakeaways.map((t) => `<li class="ds2-5-body-md">${t}</li>`).join('')}</ul></section>
<section class="ds-work-abstract"><h2 class="ds2-5-heading-sans--h4">Abstract</h2><p class="ds2-5-body-md">${acAbstract}</p></section>
<section class="ds-work-preview"><div class="work-preview-loading" aria-hidden="true">Loading Preview</div>
<div class="work-preview-unavailable"><p>Sorry, preview is currently unavailable. You can download the paper by clicking the button above.</p></div>
<div class="ds-work-full-text" data-page-count="22"><h2>${acH1}</h2>${acP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${acH2}</h2>${acP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${acH3}</h2>${acP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${acH4}</h2>${acP4.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="ds-work-signup-wall"><p>Discover the world’s research</p><p>Join 280 million people who use Academia.edu to read and download papers for free.</p>
<a class="ds2-5-button" href="/signup">Continue with Google</a><a class="ds2-5-button ds2-5-button--secondary" href="/signup?email">Continue with Email</a>
</div></section>
<aside class="ds-work-related"><h2 class="ds2-5-heading-sans--h3">Related papers</h2>${acRelated
  .map(
    (r) => `<div class="ds-related-work"><a class="ds-related-work--title" href="/work/${r.t.length}">${r.t}</a><p class="ds-related-work--abstract">${r.a}</p>
<a class="ds2-5-button ds2-5-button--secondary" href="/download/${r.t.length}">Download free PDF</a><a href="/view/${r.t.length}">View PDF</a></div>`,
  )
  .join('\n')}</aside></main>
<div class="ds-cite-modal" role="dialog" aria-hidden="true" hidden><h2>Cite this paper</h2><ul>${links(['MLA', 'APA', 'Chicago', 'BibTeX'])}</ul>
<button>Copy</button></div>
<footer class="ds2-5-footer"><ul>${links(acFoot)}</ul><p>Academia ©2026</p></footer>
<script src="https://a.academia-assets.example/assets/webpack_bundles/work-page-bundle-2c3f.js" defer></script></body></html>`;
const academia: TestPage = {
  html: acHtml,
  name: 'heldout186-academia-paper',
  kind: 'docs',
  // the abstract and the paper's extracted text are the article ("Abstract" and the numbered section titles its headings);
  // the author name and the year are bylines; the AI takeaways, the preview notices, the sign-up wall, the related papers
  // with their abstracts, the hidden cite dialog and the footer are furniture
  title: acTitle,
  headings: ['Abstract', acH1, acH2, acH3, acH4],
  body: [acAbstract, ...acP1, ...acP2, ...acP3, ...acP4],
  bylines: ['Ruth Ashdown', '2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Academia.edu', 'Log In', 'Sign Up', 'more', 'About', 'Press', 'Papers', 'Terms', 'Privacy', 'Copyright', 'University of Wendbury', 'Follow',
    'Rural History Review', 'visibility', 'description', '22 pages', 'link', '1 file', 'Download Free PDF', 'View PDF', 'Cite', 'Save to Library', 'Share',
'AI', 'Key takeaways',
    ...acTakeaways, 'Loading Preview', 'Sorry, preview is currently unavailable. You can download the paper by clicking the button above.',
    'Discover the world’s research', 'Join 280 million people who use Academia.edu to read and download papers for free.', 'Continue with Google',
    'Continue with Email', 'Related papers', ...acRelated.flatMap((r) => [r.t, r.a]), 'Download free PDF', 'Cite this paper', 'MLA', 'APA',
    'Chicago', 'BibTeX', 'Copy', 'Topics', 'Academia.edu Journals', 'We’re Hiring!', 'Help Center', 'Academia ©2026',
  ],
};

export const HELDOUT186_C: readonly TestPage[] = [academia, distillArticle];
