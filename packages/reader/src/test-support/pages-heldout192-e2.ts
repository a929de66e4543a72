import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 192, file e2: a Medical Xpress story on the Science X template (the consent banner, the header with the
 * network switcher, "Sign in", the category menu, the breadcrumb category and date, the "This article has been reviewed
 * according to Science X's editorial process" notice with its attribute list at the top of the article, the source
 * byline and "edited by ... reviewed by" line, the h1, the lead image with its "Credit:" caption, in-text ad slot, the
 * "More information", "Provided by" and "Citation" blocks inside the article, the share bar, "Explore further", "Feedback to
 * editors", the "Related Stories" and "Recommended for you" rails, the newsletter box and the footer).
 */
const title = 'Blood test flags sepsis in newborns up to 12 hours before symptoms appear';
const p = [
  'A simple blood test that measures the activity of a handful of immune genes could identify newborns developing sepsis up to ' +
    '12 hours before doctors would usually suspect it, according to a study of more than 1,500 babies in neonatal intensive ' +
    'care units.',
  'Sepsis, a life-threatening response to infection, is a leading cause of death in newborns, especially those born early. ' +
    'Its first signs, such as changes in breathing, temperature or feeding, are subtle and often overlap with other common ' +
    'problems in premature babies. As a result, doctors often start antibiotics "just in case," which exposes many babies who ' +
    'do not have an infection to drugs that can disrupt their developing gut bacteria.',
  "The new test, developed by researchers at Harwick Children's Hospital, measures the activity of seven genes in a drop of " +
    'blood. The genes were chosen from a larger set after the team found that their activity changed in a consistent pattern ' +
    'in the hours before babies developed confirmed infections.',
  'In the study, published in Pediatric Research Letters, the team collected small blood samples every 12 hours from 1,532 ' +
    'babies born before 34 weeks of pregnancy at six hospitals. Of these, 118 developed sepsis confirmed by a blood culture. ' +
    'The gene test correctly identified 89% of these babies, on average 11 hours before their doctors first ordered a blood ' +
    'culture, while giving a false alarm in about 8% of babies who did not develop sepsis.',
  '"What we\'re trying to do is give clinicians a head start," said Dr. Niamh Okonkwo-Byrne, a neonatologist at Harwick and ' +
    'the study\'s lead author. "In a baby who weighs less than a kilogram, half a day can be the difference between a routine ' +
    'course of antibiotics and a fight for their life."',
  'The researchers say the test could also help doctors stop antibiotics sooner in babies who turn out not to be infected. ' +
    'In a separate analysis, a negative result predicted the absence of sepsis in 99% of cases.',
  'The current version of the test takes about two hours to run in a hospital laboratory. The team is working with engineers ' +
    'to develop a bedside device that could give results in under 30 minutes and plans a randomized trial to see whether ' +
    'using the test improves outcomes for babies.',
];
const notice =
  "This article has been reviewed according to Science X's editorial process and policies. Editors have highlighted the " +
  "following attributes while ensuring the content's credibility:";
const attrs = ['fact-checked', 'peer-reviewed publication', 'trusted source', 'proofread'];
const caption = 'Credit: Pixabay/CC0 Public Domain';
const more =
  'More information: Niamh Okonkwo-Byrne et al, A seven-gene host response signature for early detection of late-onset ' +
  'neonatal sepsis, Pediatric Research Letters (2025). DOI: 10.1038/s41390-025-03912-1';
const provided = "Provided by Harwick Children's Hospital";
const citation =
  'Citation: Blood test flags sepsis in newborns up to 12 hours before symptoms appear (2025, March 14) retrieved 15 March 2025 ' +
  'from https://medicalxpress.com/news/2025-03-blood-sepsis-newborns-hours-symptoms.html';
const copyright =
  'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may ' +
  'be reproduced without the written permission. The content is provided for information purposes only.';
const network = ['Phys.org', 'Tech Xplore', 'Medical Xpress'];
const cats = ['Covid-19', 'Diseases, Conditions, Syndromes', 'Health', 'Immunology', 'Medical research', 'Oncology & Cancer', 'Pediatrics'];
const share = ['Facebook', 'Twitter', 'Email'];
const explore = 'Rapid test for bacterial infections in children cuts unnecessary antibiotic use';
const relatedStories = [
  'Premature babies given probiotics had fewer gut infections, review finds',
  'Machine learning model predicts sepsis in adult ICU patients',
  'Antibiotic exposure in first week of life linked to asthma risk',
];
const recommended = [
  'Maternal vaccination reduces severe RSV in infants by two-thirds',
  'Brain scans show how early skin-to-skin contact calms preterm babies',
];
const consent =
  'We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique ' +
  'identifiers and standard information sent by a device for personalised advertising and content.';
const news = [
  'Let us know if there is a problem with our content',
  "Get weekly and/or daily updates delivered to your inbox. You can unsubscribe at any time and we'll never share your details to third parties.",
  'Subscribe',
];
const foot = ['About us', 'Sponsored Account', 'Newsletter', 'Help', 'Contact', 'Privacy policy', 'Terms of use'];
const html = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${p[0]}"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Medical Xpress">
<meta property="article:published_time" content="2025-03-14T10:28:04-04:00"><meta property="article:section" content="Medical research">
<link rel="canonical" href="https://medicalxpress.com/news/2025-03-blood-sepsis-newborns-hours-symptoms.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-14T10:28:04-04:00",
"author":{"@type":"Organization","name":"Harwick Children's Hospital"},"publisher":{"@type":"Organization","name":"Medical Xpress"}}</script>
<link rel="stylesheet" href="https://medx.b-cdn.example/css/style.min.css?v=1.5.2"><script async src="https://cmp.quantcast.example/choice.js"></script></head>
<body class="body--medx"><div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-section" role="dialog">
<h2>We value your privacy</h2><p>${consent}</p><button mode="secondary">MORE OPTIONS</button><button mode="primary">AGREE</button></div></div>
<header class="header"><div class="header-network"><ul>${links(network)}</ul></div><div class="header-main"><a class="logo" href="/">Medical Xpress</a>
<form class="search" role="search"><input placeholder="Search"><button>Search</button></form><a class="header-signin" href="/account/">Sign in</a></div>
<nav class="nav-main"><ul>${links(cats, 'nav-item')}</ul></nav></header>
<main class="container"><div class="row"><div class="col-lg-8"><article class="news-article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article__info"><div class="article__info-item"><a class="article__category" href="/medical-research-news/">Medical research</a></div>
<p class="text-uppercase text-low">March 14, 2025</p></div>
<div class="article-byline mb-2"><div class="article-editorial"><p>${notice}</p><ul class="editorial-attributes">${attrs
  .map((a) => `<li><span class="badge">${a}</span></li>`)
  .join('')}</ul></div></div>
<div class="article-source"><p class="article-byline text-low">by Harwick Children's Hospital</p>
<p class="article-byline text-low">edited by Sadie Harley, reviewed by Robert Egan</p></div>
<h1 class="text-extra-large line-low mb-2">${title}</h1>
<div class="article-main"><figure class="article-img"><img src="https://scx1.b-cdn.example/csz/news/800a/2025/newborn-baby.jpg" alt="newborn">
<figcaption class="text-darken text-low-up text-truncate-js"><p>${caption}</p></figcaption></figure>
${p
  .slice(0, 3)
  .map((x) => `<p>${x}</p>`)
  .join('\n')}
<div class="article-banner first-banner"><div class="ads-label">Advertisement</div><div id="div-gpt-ad-medx-inread"></div></div>
${p
  .slice(3)
  .map((x) => `<p>${x}</p>`)
  .join('\n')}
<div class="article-main__more"><p><strong>More information:</strong> Niamh Okonkwo-Byrne et al, A seven-gene host response signature for early detection of
late-onset neonatal sepsis, <i>Pediatric Research Letters</i> (2025). <a href="https://dx.doi.org/10.1038/s41390-025-03912-1">DOI:
10.1038/s41390-025-03912-1</a></p></div>
<div class="article-main__more"><p>${provided}</p></div>
<div class="d-inline-block text-medium my-4"><p><b>Citation</b>: ${citation.replace('Citation: ', '')}</p><p>${copyright}</p></div></div>
<div class="article__share"><span>Share</span>${share.map((s) => `<a class="share-link" href="#">${s}</a>`).join('')}</div>
<div class="article-explore"><h3>Explore further</h3><a href="#">${explore}</a></div>
<div class="article-feedback"><a class="btn" href="#feedback">Feedback to editors</a></div></article></div>
<aside class="col-lg-4"><section class="sorted-news"><h3 class="sorted-title">Related Stories</h3><ul>${links(relatedStories)}</ul></section>
<section class="recommended"><h3 class="sorted-title">Recommended for you</h3><ul>${links(recommended)}</ul></section>
<div class="banner-sidebar"><div class="ads-label">Advertisement</div></div>
<section class="newsletter-box"><h3>${news[0]}</h3><p>${news[1]}</p><button>${news[2]}</button></section></aside></div></main>
<footer class="footer"><ul>${links(foot)}</ul><p>© Medical Xpress 2011 - 2025 powered by Science X Network</p></footer>
<script src="https://medx.b-cdn.example/js/main.min.js?v=1.5.2"></script></body></html>`;
export const medicalXpress: TestPage = {
  html,
  name: 'heldout192-medical-xpress-news',
  kind: 'news',
  // the editorial-process notice and its attribute badges at the top of the article are furniture; the source ("by ...") and
  // the "edited by" line and the date are bylines; "More information", "Provided by" and the citation inside the article are
  // furniture
  title,
  headings: [],
  body: texts(p),
  bylines: ["by Harwick Children's Hospital", 'edited by Sadie Harley, reviewed by Robert Egan', 'March 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', consent, 'MORE OPTIONS', 'AGREE', ...network, 'Search', 'Sign in', ...cats, notice, ...attrs, caption,
    'Advertisement', more, provided, citation, copyright, 'Share', ...share, 'Explore further', explore, 'Feedback to editors', 'Related Stories',
    ...relatedStories, 'Recommended for you', ...recommended, ...news, ...foot, '© Medical Xpress 2011 - 2025 powered by Science X Network',
  ],
};
