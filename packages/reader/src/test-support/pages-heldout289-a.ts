import { links, ps, type TestPage, texts } from './page-kit.js';
import { moodle } from './pages-heldout289-a2.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file a: a Khan Academy-style article on an invented non-profit learning site (React markup with hashed
 * class names, the top bar with Explore / Search / Donate, breadcrumbs of course and unit, the lesson sidebar, the Perseus
 * article renderer with a figure and caption, the "Want to join the conversation?" prompt, questions and tips tabs, "Up
 * next" and the footer with the mission line) and, from file a2, a Moodle course section page.
 */
const title = 'Ecological succession';
const keyPoints = [
  'Ecological succession is the gradual change in the species that live in an area over time.',
  'Primary succession starts on bare ground where no soil exists, such as new lava rock or land left by a retreating glacier.',
  'Secondary succession starts where a community was disturbed but the soil remained, such as a burned forest or an abandoned field.',
  'Early species change the conditions of a site in ways that make it easier for later species to move in.',
];
const intro = [
  j(
    'Imagine a farm field that nobody ploughs for fifty years. In the first summer it fills with weeds. A few years later tall',
    'grasses and shrubs crowd the weeds out, and after a few decades young trees shade the shrubs. The field has not simply',
    'grown taller; the whole set of species living there has been replaced, more than once.',
  ),
  j(
    'This sequence of replacements is called <strong>ecological succession</strong>. It happens in every kind of ecosystem, from',
    'rocky shores to ponds, and it can take anywhere from a few years to many centuries.',
  ),
];
const primaryText = [
  j(
    'Primary succession begins on surfaces that have never supported life, or that have been scraped completely bare. When the',
    'Kelvara volcano in our example island chain erupted, its lava cooled into black rock with no soil at all.',
  ),
  j(
    'The first organisms to arrive on such a surface are called <strong>pioneer species</strong>. Lichens and mosses are typical',
    'pioneers. They can cling to bare rock, and as they grow and die they break the rock down and add organic matter to it.',
    'Slowly, a thin layer of soil builds up.',
  ),
  j(
    'Once there is soil, grasses and small flowering plants can take root. Their roots hold the soil in place and their dead',
    'leaves make it deeper and richer, so shrubs and finally trees can follow.',
  ),
];
const secondaryText = [
  j(
    'Secondary succession happens after a disturbance that removes most of the living things in an area but leaves the soil.',
    'Fires, floods, storms and human activities like logging or farming can all set it in motion.',
  ),
  j(
    'Because the soil is already there, often with seeds and roots buried in it, secondary succession is usually much faster than',
    'primary succession. A burned pine forest may look green again within two or three years.',
  ),
];
const compareHead = 'Comparing the two kinds of succession';
const rows = [
  ['Starting surface', 'Bare rock, sand or ice', 'Soil left after a disturbance'],
  ['First arrivals', 'Lichens and mosses', 'Weeds, grasses and sprouting roots'],
  ['Typical time scale', 'Hundreds to thousands of years', 'Decades to a century'],
];
const climaxText = [
  j(
    'Ecologists once thought every succession ended in a single, stable <strong>climax community</strong> that would last forever.',
    'Today most think of the end point more loosely. Communities keep changing, and small disturbances such as a fallen tree',
    'open gaps where earlier stages start again.',
  ),
  j(
    'Still, the idea is useful. It reminds us that a meadow, a young wood and an old forest may be different moments in the same',
    'long story, rather than three unrelated places.',
  ),
];
const lesson = ['Introduction to ecosystems', 'Food chains and food webs', title, 'Practice: Succession', 'Biodiversity and stability'];
const topNav = ['Explore', 'Search', 'Donate', 'Log in', 'Sign up'];
const crumbs = ['Biology library', 'Ecology', 'Community ecology'];
const foot = ['About', 'News', 'Impact', 'Our team', 'Our interns', 'Careers', 'Contact', 'Help center', 'Support community', 'Terms of use', 'Privacy Policy'];
const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} (article) | Khanmoor Learning</title>
<meta name="description" content="Learn how communities of living things change over time through primary and secondary succession.">
<meta property="og:title" content="${title} (article) | Khanmoor Learning"><meta property="og:type" content="article">
<meta property="og:image" content="https://cdn.khanmoor.example/images/succession-og.png"><meta name="twitter:site" content="@khanmoor">
<link rel="canonical" href="https://www.khanmoor.example/science/biology/ecology/community-ecosystem-ecology/a/ecological-succession">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"${title}","educationalLevel":"High school",
"publisher":{"@type":"Organization","name":"Khanmoor Learning"}}</script>
<script>window.__APOLLO_STATE__={"ContentForPath":{"path":"/science/biology/ecology/a/ecological-succession","kind":"Article"}};
window.KA_BOOTSTRAP={"locale":"en","isLoggedIn":false};</script>
<link rel="stylesheet" href="https://cdn.khanmoor.example/genfiles/article-package.css"></head>
<body><div id="app-shell-root"><div class="_1qtfkxa"><a class="_1l8qwdu" href="#main-content">Skip to main content</a>
<div class="_9vq9ntw" role="banner"><nav class="_1q2bzu9" aria-label="Main navigation"><ul class="_1i7vk3j">${links(topNav, '_jkwe6in')}</ul>
<a class="_18n5qj8" href="/" aria-label="Khanmoor Learning home"><span class="_1pr0wvt">Khanmoor Learning</span></a></nav></div>
<div class="_1pblc6oe"><nav class="_1g2sbf3" aria-label="Lesson navigation" data-test-id="tutorial-nav">
<div class="_1bscn9y"><span class="_o77ufew">Lesson</span></div><ul class="_1w8wsrwx">${links(lesson, '_kvm5r8f')}</ul></nav>
<main id="main-content" class="_1qgrq7t"><div class="_1uaj6tc" data-test-id="content-header"><nav aria-label="breadcrumbs" class="_1vfkcnw">
<ol class="_1x7r4an">${links(crumbs, '_uvycwxo')}</ol></nav>
<h1 class="_1jyo0xg" data-test-id="article-title">${title}</h1>
<div class="_1ixlbkl">Google Classroom</div></div>
<div class="_13hgpmqi" data-test-id="article-renderer"><div class="framework-perseus perseus-article"><div class="perseus-renderer perseus-renderer-responsive">
<div class="paragraph" data-perseus-paragraph-index="0"><div class="perseus-widget-container"><div class="callout callout-blue">
<h2>Key points:</h2><ul>${lis(keyPoints)}</ul></div></div></div>
<div class="paragraph" data-perseus-paragraph-index="1"><h2>Introduction</h2></div>
${ps(intro, ' class="paragraph"')}
<div class="paragraph"><figure class="perseus-image-widget"><img src="https://cdn.khanmoor.example/ka-perseus-images/succession-stages.svg"
alt="Stages of succession from bare rock to forest"><figcaption class="perseus-image-caption">Stages of primary succession on a cooled lava flow.
Image credit: modified from work by Odile Brachet, CC BY 4.0</figcaption></figure></div>
<div class="paragraph"><h2>Primary succession</h2></div>
${ps(primaryText, ' class="paragraph"')}
<div class="paragraph"><h2>Secondary succession</h2></div>
${ps(secondaryText, ' class="paragraph"')}
<div class="paragraph"><h2>${compareHead}</h2></div>
<div class="paragraph"><table class="perseus-table"><thead><tr><th>Feature</th><th>Primary succession</th><th>Secondary succession</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<div class="paragraph"><h2>Is there an end point?</h2></div>
${ps(climaxText, ' class="paragraph"')}
</div></div></div>
<div class="_1o8vvpn" data-test-id="discussion"><h2 class="_2p4ux1k">Want to join the conversation?</h2>
<div class="_3ibw8hq"><a href="/login" class="_1yq6mup">Log in</a></div><div role="tablist" class="_1fm5c0x"><button role="tab"
aria-selected="true">Questions</button>
<button role="tab">Tips &amp; Thanks</button></div><div class="_a2ef0t">Sort by: <span>Top Voted</span></div></div>
<div class="_1f1wlqb" data-test-id="up-next"><span class="_14hvi6g">Up next:</span>
<a href="/science/biology/ecology/e/succession">Practice: Succession</a></div>
</main></div>
<footer class="_1c4b4x4" role="contentinfo"><div class="_12hu0ww"><p class="_1y6xsjx">Khanmoor Learning is a non-profit with the aim of giving free,
careful lessons to every learner who wants them.</p><ul class="_v0b8t7">${links(foot, '_1u9cf5q')}</ul>
<div class="_1w0s2vj">© 2026 Khanmoor Learning</div></div></footer></div></div>
<script src="https://cdn.khanmoor.example/genfiles/javascript/en/runtime.js"></script>
<script>window.__KA_HYDRATE__ && window.__KA_HYDRATE__({"entry":"article"});</script></body></html>`;

const khan: TestPage = {
  name: 'heldout289-khanmoor-article-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Key points:', 'Introduction', 'Primary succession', 'Secondary succession', compareHead, 'Is there an end point?'],
  body: texts([...keyPoints, ...intro, ...primaryText, ...secondaryText, ...rows.flat(), ...climaxText]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...topNav, 'Khanmoor Learning', 'Lesson', ...lesson.filter((t) => t !== title), ...crumbs, 'Google Classroom',
    'Stages of primary succession on a cooled lava flow.', 'Image credit: modified from work by Odile Brachet, CC BY 4.0',
    'Want to join the conversation?', 'Questions', 'Tips & Thanks', 'Sort by:', 'Top Voted', 'Up next:',
    'Khanmoor Learning is a non-profit with the aim of giving free, careful lessons to every learner who wants them.', ...foot, '© 2026 Khanmoor Learning',
  ],
};

export const HELDOUT289_A: readonly TestPage[] = [khan, moodle];
