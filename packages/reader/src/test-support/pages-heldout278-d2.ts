import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file d2: a EurekAlert! news release (AAAS header and menus, cookie notice, release type and date,
 * "Peer-Reviewed Publication" label, institution, share buttons, body with a quote and a list, image with caption and
 * credit, journal / DOI / method / subject / article title box, disclaimer, media contact, keywords, more news from the
 * institution, footer).
 */
const title = 'Sleeping octopuses replay daytime colour patterns, study finds';
const sub = 'Skin displays during quiet sleep match those used while hunting, hinting at a form of memory consolidation';
const paras = [
  j(
    'Octopuses cycle through the colour patterns they used during the day while they sleep, according',
    'to a study from the Marren Institute of Marine Science published today in the journal Cephalopod Biology Letters.',
  ),
  j(
    'Researchers filmed 14 day octopuses in large aquarium tanks for 40 days, using cameras that tracked the animals’ skin',
    'at the level of individual pigment cells. During periods of “active sleep”, which last about a minute and recur roughly',
    'every hour, the animals flashed sequences of patterns that closely matched those they had shown earlier while stalking',
    'crabs or hiding from a model predator.',
  ),
  j(
    '“It is as if we can see a fragment of the day being played back on the skin,” said lead author Dr Tamsin Okwuosa-Reid,',
    'a neuroethologist at the institute. “We cannot know what the animal experiences, but the match is too close to be',
    'chance.”',
  ),
  j(
    'The team used a machine-learning model to classify more than 200,000 video frames into 36 pattern types. Patterns shown',
    'during active sleep were significantly more likely to repeat the animal’s most recent waking patterns than patterns',
    'from earlier days.',
  ),
  'The study found that:',
];
const list = [
  'active sleep bouts occurred 23 times a day on average;',
  'about 60 per cent of sleep patterns matched a waking pattern from the previous 12 hours;',
  'animals deprived of active sleep for one night showed more of it the following night.',
];
const tail = [
  j(
    'In mammals and birds, the replay of recent activity during sleep is linked to the strengthening of memories. The',
    'authors suggest that a similar process may have evolved independently in cephalopods, whose last common ancestor with',
    'vertebrates lived more than 500 million years ago.',
  ),
  j(
    'The next step is to record from the octopus brain during sleep to test whether the same neural circuits are active',
    'when a pattern is shown awake and replayed asleep. The work was supported by the Australian Marine Research Council.',
  ),
];
const furn = [
  'This website uses cookies to ensure you get the best experience.',
  'Got it',
  'Skip to main content',
  'Advanced Search',
  'Home',
  'News Releases',
  'Multimedia',
  'Meetings',
  'Science Business',
  'Funding',
  'Awards',
  'Peer-Reviewed Publication',
  'Facebook',
  'LinkedIn',
  'Email',
  'Print',
  'A day octopus shows a mottled pattern during a bout of active sleep.',
  'Credit: Marren Institute / Pieter Vasconcelos',
  'DOI',
  '10.1093/cbl/lqa018',
  'Method of Research',
  'Experimental study',
  'Subject of Research',
  'Article Title',
  'Article Publication Date',
  '4-Mar-2026',
  j(
    'Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to',
    'EurekAlert! by contributing institutions or for the use of any information through the EurekAlert',
    'system.',
  ),
  'Media Contact',
  'Grace Thorlakson',
  'gthorlakson@marren.example',
  'Office: 555-0197',
  'Keywords',
  '/Life sciences/Zoology/Animal behavior',
  '/Life sciences/Neuroscience/Sleep',
  'More News from the Marren Institute of Marine Science',
  'Seagrass meadows recover faster when urchins are removed',
  'Tagged sharks reveal a hidden nursery off the northern coast',
  'About EurekAlert!',
  'Privacy Policy',
  'Terms & Conditions',
  'Contact Us',
  'Copyright © 2026 by the American Association for the Advancement of Science (AAAS)',
];
const bylines = ['News Release', '4-Mar-2026 09:00 ET'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | EurekAlert!</title>
<meta name="description" content="${sub}"><meta property="og:site_name" content="EurekAlert!"><meta property="og:type" content="article">
<meta name="dc.date" content="2026-03-04"><meta name="robots" content="index, follow">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-1ABCDEFG"></script><script>window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script><link rel="stylesheet" href="/css/style.min.css"></head>
<body><div class="cookie-notice" id="cookie-notice"><p>This website uses cookies to ensure you get the best experience.</p><button class="btn"
id="cookie-accept">Got it</button></div><a class="skip-link" href="#main">Skip to main content</a>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/eurekalert-logo.svg"
alt="EurekAlert! The Global Source for Science News"></a>
<form class="search-form" action="/search"><input type="text" name="kw" placeholder="Search" aria-label="Search"><a href="/search/advanced">Advanced
Search</a></form>
<nav class="main-nav"><ul>${links(
  ['Home', 'News Releases', 'Multimedia', 'Meetings', 'Science Business', 'Funding', 'Awards'],
  'nav-item',
)}</ul></nav></div></header>
<main id="main" class="main-content"><div class="container"><div class="row"><div class="col-lg-8"><article class="article">
<div class="release-type"><span class="type">News Release</span> <time class="release-date" datetime="2026-03-04T09:00">4-Mar-2026 09:00 ET</time></div>
<header class="page-header"><h1 class="page_title">${title}</h1><h2 class="subtitle">${sub}</h2>
<p class="meta_institute">Marren Institute of Marine Science</p><p class="peer-reviewed"><span class="tag">Peer-Reviewed Publication</span></p></header>
<div class="share-buttons"><ul>${links(['Facebook', 'LinkedIn', 'Email', 'Print'], 'share-item')}</ul></div>
<div class="entry">
${ps(paras)}
<ul>${list.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(tail)}
</div>
<div class="article-images"><figure class="image"><img src="/multimedia/pub/240117.jpg" alt="Octopus asleep"><figcaption><p class="caption">A day octopus shows
a mottled pattern during a bout of active sleep.</p><p class="credit">Credit: Marren Institute / Pieter Vasconcelos</p></figcaption></figure></div>
<div class="widget article-info"><dl><dt>Journal</dt><dd>Cephalopod Biology Letters</dd><dt>DOI</dt><dd><a
href="http://dx.doi.org/10.1093/cbl/lqa018">10.1093/cbl/lqa018</a>
</dd><dt>Method of Research</dt><dd>Experimental study</dd><dt>Subject of Research</dt><dd>Animals</dd><dt>Article Title</dt><dd>Pattern replay during active
sleep in the day
octopus</dd><dt>Article Publication Date</dt><dd>4-Mar-2026</dd></dl></div>
<p class="disclaimer"><strong>Disclaimer:</strong> AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by
contributing
institutions or for the use of any information through the EurekAlert system.</p></article></div>
<aside class="col-lg-4 sidebar"><div class="widget media-contact"><h3>Media Contact</h3><p class="name">Grace Thorlakson</p><p class="institution">Marren
Institute of
Marine Science</p><p class="email"><a href="mailto:gthorlakson@marren.example">gthorlakson@marren.example</a></p><p class="phone">Office: 555-0197</p></div>
<div class="widget keywords"><h3>Keywords</h3><ul>${links(['/Life sciences/Zoology/Animal behavior', '/Life sciences/Neuroscience/Sleep'])}</ul></div>
<div class="widget more-news"><h3>More News from the Marren Institute of Marine Science</h3><ul>
${links(['Seagrass meadows recover faster when urchins are removed', 'Tagged sharks reveal a hidden nursery off the northern coast'])}</ul></div></aside>
</div></div></main><footer class="footer"><ul>${links(['About EurekAlert!', 'Privacy Policy', 'Terms & Conditions', 'Contact Us'])}</ul>
<p class="copyright">Copyright © 2026 by the American Association for the Advancement of Science (AAAS)</p></footer></body></html>`;

export const eurekalertPage: TestPage = {
  name: 'heldout278-eurekalert-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([...paras, ...list, ...tail]),
  bylines,
  furniture: [...furn, 'Pattern replay during active sleep in the day octopus'],
};
