import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file f2: a BBC Bitesize-style revision guide page of an invented public broadcaster (server-rendered
 * React with ssrcss- class names and data-testid attributes: the broadcaster's global navigation, the account and cookie
 * banner, the subject breadcrumb, the guide header with "Part of", the Revise / Test tabs, the page pager "Page 2 of 4", a
 * key points box, an image with caption and credit, the "Next page" link, "More guides on this topic", "Related links" and
 * the footer with the copyright line).
 */
const title = 'Coastal landforms - Erosion';
const keyPoints = [
  'Waves erode the coast through hydraulic action, abrasion, attrition and solution.',
  'Headlands and bays form where bands of hard and soft rock meet the sea.',
  'Caves, arches, stacks and stumps form as a headland is worn back over time.',
];
const intro = [
  j(
    'Erosion is the wearing away of rock by the sea. Destructive waves, which are tall and break often, do most of the work,',
    'especially during storms in winter. The speed of erosion depends on the strength of the waves and on the type of rock',
    'along the coast.',
  ),
];
const procHead = 'Processes of erosion';
const procs = [
  '<strong>Hydraulic action</strong> - the force of the waves pushes air and water into cracks in the cliff, widening them.',
  '<strong>Abrasion</strong> - pebbles and sand carried by waves are thrown against the cliff and scrape it away.',
  '<strong>Attrition</strong> - rocks carried by the sea knock against each other and become smaller and rounder.',
  '<strong>Solution</strong> - some rocks, such as chalk and limestone, are slowly dissolved by sea water.',
];
const hbHead = 'Headlands and bays';
const hb = [
  j(
    'Where a coastline is made of bands of different rock running at right angles to the sea, the softer rock is eroded more',
    'quickly and forms a bay. The harder rock is left sticking out as a headland. Along the invented Carrow Point coast, clay',
    'has been worn back into the wide curve of Selby Bay, while the chalk either side stands out as headlands.',
  ),
  j(
    'Once a headland has formed it takes the full force of the waves, while the bays are more sheltered. In the bays, the sea',
    'often builds beaches instead of eroding.',
  ),
];
const caHead = 'Caves, arches, stacks and stumps';
const caIntro = 'Headlands are eroded into a sequence of landforms:';
const ca = [
  'Waves widen a crack in the headland by hydraulic action and abrasion until it becomes a cave.',
  'The cave is eroded right through the headland to form an arch.',
  'The roof of the arch is weathered from above and eroded from below until it collapses, leaving a stack.',
  'The stack is undercut at its base and eventually falls, leaving a low stump that may only show at low tide.',
];
const exam = j(
  'In the exam, you may be asked to explain the formation of a landform. Use the correct process names, describe the steps',
  'in order and, if you can, add a labelled diagram.',
);
const globalNav = ['Home', 'News', 'Sport', 'Weather', 'Player', 'Sounds', 'Bitesize'];
const crumbs = ['Home', 'GCSE', 'Geography'];
const moreGuides = ['Coastal landforms - Deposition', 'Coastal management', 'Case study: the Carrow Point coast'];
const related = ['Careers that use geography', 'Geography exam skills', 'Revision timetable tool'];
const foot = ['Terms of Use', 'About the Northlight', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the Northlight'];
const html = `<!DOCTYPE html><html lang="en-GB"
class="no-js"><head><meta charset="utf-8"><title>${title} - GCSE Geography Revision - Northlight Bitesize</title>
<meta name="description" content="Learn about and revise the processes of coastal erosion and the landforms they create.">
<meta property="og:site_name" content="Northlight Bitesize"><meta property="og:type" content="website"><meta name="viewport"
content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"${title}","isPartOf":{"@type":"Course","name":"GCSE
Geography"}}</script>
<style data-emotion="ssrcss 1ivb2xx 9p4tl0">.ssrcss-1ivb2xx-Wrapper{max-width:1280px}</style>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"guide\\":{\\"id\\":\\"zq8c4j6\\",\\"page\\":2,\\"pages\\":4}}}";</script></head>
<body><div id="main-root"><a href="#main-content" class="ssrcss-1f39n02-SkipLink">Skip to content</a>
<div id="nl-cookie-banner" class="ssrcss-c2hk9d-Banner" role="region" aria-label="Cookies on Northlight"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button>Yes, I agree</button><a href="/usingthenorthlight/cookies">No, take me to settings</a></div>
<header class="ssrcss-7i3pxe-GlobalNavigation" data-testid="header"><a href="https://www.northlight.example" class="ssrcss-1ax3ah5-LogoLink">
<span class="ssrcss-1if1g9v-VisuallyHidden">Northlight Homepage</span></a><a href="/account" class="ssrcss-14tpdky-AccountLink">Sign in</a>
<nav aria-label="Northlight"><ul class="ssrcss-1ke6xmu-NavList">${links(globalNav, 'ssrcss-1cbzbyj-NavItem')}</ul></nav></header>
<div class="ssrcss-1ivb2xx-Wrapper" data-testid="bitesize-header"><nav aria-label="Breadcrumb"
class="ssrcss-1wqsfs0-Breadcrumbs"><ol>${links(crumbs, 'ssrcss-11r3ayn')}</ol></nav></div>
<main id="main-content" class="ssrcss-1qmhr2h-Main"><div class="ssrcss-1qu7r71-GuideHeader" data-testid="guide-header">
<h1 class="ssrcss-1vv2ezr-Heading" id="main-heading">${title}</h1><div class="ssrcss-w4jkw1-PartOf">Part of <a href="/subjects/geography">Geography</a>
<span>Coastal landscapes</span></div></div>
<div role="tablist" class="ssrcss-t1k5f5-Tabs"><a role="tab" aria-selected="true" href="#">Revise</a><a role="tab" href="/guides/zq8c4j6/test">Test</a></div>
<div class="ssrcss-1p1rwtx-Pager" data-testid="pager-top"><span>Page 2 of 4</span></div>
<article class="ssrcss-1a3orkt-GuideContent" data-testid="guide-content">
<div class="ssrcss-r3nm3q-KeyPoints" data-testid="key-points"><h2>Key points</h2><ul>${lis(keyPoints)}</ul></div>
<div class="ssrcss-uf6wea-RichTextComponentWrapper" data-component="text-block">${ps(intro)}</div>
<h2 class="ssrcss-9a6p7q-Subheading">${procHead}</h2>
<div class="ssrcss-uf6wea-RichTextComponentWrapper" data-component="text-block"><ul>${lis(procs)}</ul></div>
<h2 class="ssrcss-9a6p7q-Subheading">${hbHead}</h2>
<div class="ssrcss-uf6wea-RichTextComponentWrapper" data-component="text-block">${ps(hb)}</div>
<figure class="ssrcss-wpgbih-StyledFigure"><img src="https://ichef.northlight.example/images/ic/624xn/p0cxs1rd.jpg" alt="Chalk headland with an arch">
<figcaption class="ssrcss-1ql9dey-Caption"><span class="ssrcss-1if1g9v-VisuallyHidden">Image caption,
</span>An arch forming in the chalk at Carrow Point</figcaption>
<span class="ssrcss-1t9p3b6-Copyright">Image source, Wendell Abara</span></figure>
<h2 class="ssrcss-9a6p7q-Subheading">${caHead}</h2>
<div class="ssrcss-uf6wea-RichTextComponentWrapper" data-component="text-block"><p>${caIntro}</p><ol>${lis(ca)}</ol></div>
<div class="ssrcss-8lsj0p-ExamTip" data-testid="exam-tip"><h3>Exam tip</h3><p>${exam}</p></div>
</article>
<div class="ssrcss-1p1rwtx-Pager" data-testid="pager-bottom"><a href="/guides/zq8c4j6/revision/1">Previous page</a><span>Page 2 of 4</span>
<a href="/guides/zq8c4j6/revision/3">Next page</a><span class="ssrcss-next-title">Coastal landforms - Deposition</span></div>
<section class="ssrcss-1ijwkje-MoreGuides" aria-labelledby="more-guides"><h2 id="more-guides">More guides on this topic</h2>
<ul>${links(moreGuides, 'ssrcss-1l6gs1x-Promo')}</ul></section>
<section class="ssrcss-y4j7v2-RelatedLinks"><h2>Related links</h2><ul>${links(related, 'ssrcss-1l6gs1x-Promo')}</ul></section></main>
<footer class="ssrcss-1q5p5ok-Footer" data-testid="footer"><a href="/"
class="ssrcss-9ucfc5-FooterLogo">Northlight</a><ul>${links(foot, 'ssrcss-1kfno8d-ListItem')}</ul>
<p class="ssrcss-1e5qgux-Copyright">Copyright © 2026 Northlight. The Northlight is not responsible for the content of external sites.
<a href="/editorialguidelines/links">Read about our approach to external linking.</a></p></footer></div>
<script src="https://static.files.northlight.example/bitesize/client.7d3e.js" defer></script>
<script>window.__nl_hydrate && window.__nl_hydrate("main-root");</script></body></html>`;

export const bitesize: TestPage = {
  name: 'heldout289-northlight-bitesize-guide-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Key points', procHead, hbHead, caHead, 'Exam tip'],
  body: texts([...keyPoints, ...intro, ...procs, ...hb, caIntro, ...ca, exam]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Let us know you agree to cookies', 'We use cookies to give you the best online experience.',
    'Please let us know if you agree to all of these cookies.', 'Yes, I agree', 'No, take me to settings', 'Northlight Homepage', 'Sign in', ...globalNav,
    'GCSE', 'Geography', 'Part of', 'Coastal landscapes', 'Revise', 'Test', 'Page 2 of 4', 'Image caption,', 'An arch forming in the chalk at Carrow Point',
    'Image source, Wendell Abara', 'Previous page', 'Next page', 'More guides on this topic', ...moreGuides, 'Related links', ...related, ...foot,
    'Copyright © 2026 Northlight. The Northlight is not responsible for the content of external sites.', 'Read about our approach to external linking.',
  ],
};
