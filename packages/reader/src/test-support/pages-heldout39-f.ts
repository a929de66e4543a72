import { links, type TestPage, texts } from './page-kit.js';
import { healthTopic } from './pages-heldout39-f2.js';

/**
 * Held-out batch 39, file f: a Britannica-style encyclopedia biography on an invented encyclopedia site (the header with
 * search, Subscribe and Login and the long category nav, the breadcrumb, the h1 with its identifier and "Also known as",
 * the "Written by" / "Fact-checked by" byline with hidden bios and "Last Updated … • Article History", the topic tools,
 * the Quick Facts box, the table of contents, numbered-ref sections with h2s, a figure with caption and credit, the "Top
 * Questions" box, a quiz promo, ad slots, the "most recently revised" line, Related Topics, the hidden citation dialog, the
 * premium bar and the footer).
 */
const brTitle = 'Aurelia Stenmark';
const brIdent = 'Swedish-American botanist';
const brLead = [
  '<strong><span id="ref1184023">Aurelia Stenmark</span></strong> (born May 3, 1871, <a href="/place/Uppsala">Uppsala</a>, Sweden—died November 19, 1949, ' +
    '<a href="/place/Berkeley-California">Berkeley</a>, California, U.S.), Swedish-born American <a href="/science/botany">botanist</a> whose ' +
    'surveys of the high Andean grasslands laid the groundwork for the scientific study of the páramo, the treeless zone between the upper ' +
    'forest line and the permanent snow of the northern Andes.',
  'Stenmark was among the first scientists to show how páramo plants cope with freezing nights and fierce daytime sun, and her herbarium ' +
    'of more than 14,000 specimens remains one of the largest collections from the region.',
];
const brH1 = 'Early life and education';
const brEarly = [
  'Stenmark was the third child of a bookbinder and a schoolteacher. She collected plants on the wooded ridges around Uppsala as a ' +
    'girl and at 19 began working as an unpaid assistant in the university’s botanical museum, where she learned to press, mount and ' +
    'label specimens. Women could attend lectures but not take a degree in botany there at the time, and in 1894 she emigrated with ' +
    'an aunt to San Francisco.',
  'In 1898 she was admitted to the University of California, where she studied under the ecologist Willis Hale, whom she married in ' +
    '1903. She completed a doctorate on the alpine flora of the Sierra Nevada in 1906.',
];
const brH2 = 'Andean expeditions';
const brAndes = [
  'Between 1909 and 1924 Stenmark led five expeditions to the páramos of Colombia and Ecuador, often travelling for months with only ' +
    'local guides and a single assistant. She recorded temperatures at ground level and inside the dense rosettes of the frailejón ' +
    '(<em>Espeletia</em>), demonstrating that the plants’ woolly leaves and the water stored in their stems buffered them against ' +
    'nightly frosts.',
  'Her monograph <em>Plant Life Above the Clouds</em> (1927) described more than 300 species, 41 of them new to science, and argued ' +
    'that the páramo should be treated as a distinct ecosystem rather than as an impoverished version of alpine meadow.',
];
const brH3 = 'Later career and legacy';
const brLater = [
  'Stenmark taught at Berkeley from 1925 until her retirement in 1941, becoming one of the first women to hold a full professorship ' +
    'in the university’s botany department. She campaigned for the protection of páramo watersheds, which supply drinking water to ' +
    'several Andean cities, decades before the idea gained official support.',
  'A genus of Andean daisies, <em>Stenmarkia</em>, is named in her honour, and her field notebooks, digitized in 2019, are still used ' +
    'by researchers tracing how the páramo has changed with a warming climate.',
];
const brNav = ['History & Society', 'Science & Tech', 'Biographies', 'Animals & Nature', 'Geography & Travel', 'Arts & Culture', 'Money', 'Games & Quizzes'];
const brNav2 = ['Videos', 'On This Day', 'One Good Fact', 'Dictionary', 'New Articles'];
const brTools = ['Table of Contents', 'Ask the Chatbot', 'Print', 'Cite', 'Share', 'Feedback', 'External Websites'];
const brQuick: [string, string][] = [
  ['Born:', 'May 3, 1871, Uppsala, Sweden'],
  ['Died:', 'November 19, 1949, Berkeley, California, U.S. (aged 78)'],
  ['Notable Works:', '“Plant Life Above the Clouds”'],
  ['Subjects Of Study:', 'páramo · Espeletia · alpine plant'],
];
const brCap = 'Frailejones (Espeletia) in a páramo of the Colombian Andes, the habitat Stenmark surveyed between 1909 and 1924.';
const brQs: [string, string][] = [
  ['Who was Aurelia Stenmark?', 'Aurelia Stenmark was a Swedish-born American botanist who studied the plants of the high Andes.'],
  ['What is Aurelia Stenmark known for?', 'She is known for her surveys of páramo plants and for her monograph on them, published in 1927.'],
];
const brRelated = ['botany', 'páramo', 'Espeletia', 'plant ecology', 'Andes Mountains'];
const brFoot = ['About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Equal Opportunity'];
const brSec = (id: number, h: string, ps: string[]) =>
  `<section data-level="1" id="ref${id}"><h2 class="h1"><a class="anchor" href="#ref${id}">${h}</a></h2>` +
  `${ps.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n')}</section>`;
const brAd = (n: number) =>
  `<div class="md-ad" data-ad-slot="topic-inline-${n}"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-${n}"></div></div>`;
const brHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${brTitle} | Swedish-American Botanist, Andean Explorer | Lumina</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${brTitle}","author":{"@type":"Person","name":"Hanna Voss"},
"dateModified":"2026-03-02","publisher":{"@type":"Organization","name":"Encyclopedia Lumina"}}</script>
<link rel="stylesheet" href="https://cdn.lumina-encyclopedia.example/mendel/css/topic.4be1c2.css"></head>
<body class="topic-page"><header class="md-header"><div class="d-flex align-items-center"><a class="md-brand" href="/">Encyclopedia Lumina</a><form
class="md-search"
role="search"><input type="search" placeholder="Search Lumina" aria-label="Search Lumina"><button type="submit" aria-label="Search"></button></form>
<a class="btn btn-subscribe" href="/subscribe">Subscribe</a><a class="md-login" href="/login">Login</a></div><nav class="md-nav"><ul class="list-unstyled
d-flex">
<li><a href="/">Home</a></li>${links(brNav, 'md-nav-item')}${links(brNav2, 'md-nav-item')}</ul></nav></header>
<main class="md-main"><div class="md-page-wrapper"><nav class="md-breadcrumb"
aria-label="breadcrumb"><ol>${links(['Science & Tech', 'Biologists & Naturalists'])}</ol></nav>
<div class="topic-header"><h1 class="topic-title">${brTitle}</h1><div class="topic-identifier">${brIdent}</div><div class="topic-aka"><span
class="font-weight-bold">Also known as:
</span>Aurelia Maria Stenmark Hale</div></div>
<div class="md-byline"><div class="byline-item"><span class="byline-label">Written by</span> <a class="contributor-name"
href="/contributor/Hanna-Voss/11842">Hanna Voss</a>
<div class="contributor-bio d-none">Hanna Voss is a historian of science at Lund University and the author of a history of Swedish botanical
expeditions.</div></div>
<div class="byline-item"><span class="byline-label">Fact-checked by</span> <a href="/editors">The Editors of Encyclopedia Lumina</a><div class="contributor-bio
d-none">Our
editors oversee the subject areas they know best, writing new articles and checking and revising the ones we already have.</div></div>
<div class="md-last-updated">Last Updated: <time datetime="2026-03-02">Mar 2, 2026</time> • <a
href="/biography/Aurelia-Stenmark/additional-info#history">Article History</a></div></div>
<div class="topic-tools"><ul>${links(brTools, 'topic-tool')}</ul></div>
<div class="d-flex"><aside class="md-toc" aria-label="Table of Contents"><ul><li><a href="#">Introduction</a></li><li><a href="#ref1184024">${brH1}</a></li>
<li><a href="#ref1184025">${brH2}</a></li><li><a href="#ref1184026">${brH3}</a></li><li><a href="#">References &amp; Edit History</a></li><li><a href="#">Quick
Facts &amp;
Related Topics</a></li></ul></aside>
<article class="reading-channel"><div class="md-quick-facts"><h2 class="h4">Quick
Facts</h2><dl>${brQuick.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<a href="/facts/Aurelia-Stenmark">See all related content</a></div>
<section data-level="1" id="ref1184023">${brLead.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n')}</section>
<div class="top-questions"><h2 class="h3">Top
Questions</h2>${brQs.map(([q, a]) => `<div class="qa"><h3 class="question">${q}</h3><p class="answer">${a}</p></div>`).join('')}</div>
${brAd(1)}
${brSec(1184024, brH1, brEarly)}
<figure class="md-assembly card"><img src="https://cdn.lumina-encyclopedia.example/84/219884-050-8C0D3A1F/frailejones-paramo.jpg" alt="frailejones">
<figcaption class="md-assembly-caption"><span class="md-assembly-title">${brCap}</span> <span class="md-assembly-credit">© Daniel Restrepo/Wildland
Images</span></figcaption></figure>
${brSec(1184025, brH2, brAndes)}
<div class="quiz-promo"><span class="quiz-label">Lumina Quiz</span><a href="/quiz/botany-basics">Botany Basics: From Seeds to Trees</a><a class="btn"
href="/quiz/botany-basics">Take
the quiz</a></div>
${brAd(2)}
${brSec(1184026, brH3, brLater)}
<p class="md-revised">This article was most recently revised and updated by <a href="/editor/Jonas-Ferreira/9011">Jonas Ferreira</a>.</p>
<div class="md-related"><span class="font-weight-bold">Related Topics:</span>
${brRelated.map((t) => `<a href="/topic/${t.replace(/ /g, '-')}">${t}</a>`).join(' · ')}</div>
</article></div></div></main>
<div class="modal" id="citation-dialog" role="dialog" aria-hidden="true" style="display:none"><h2>Cite</h2><p>Citation styles differ. Please refer to the
appropriate style
manual or other sources if you have any questions.</p><p>Select Citation Style</p><ul>${links(['MLA', 'APA', 'Chicago Manual of Style'])}</ul><p
class="citation">Voss,
Hanna. "Aurelia Stenmark". Encyclopedia Lumina, 2 Mar. 2026, https://www.lumina-encyclopedia.example/biography/Aurelia-Stenmark. Accessed 9 March 2026.</p>
<button>Copy Citation</button></div>
<div class="premium-bar"><p>Discover Lumina Premium: ad-free reading, the full archive and thousands of curated lists.</p><a class="btn"
href="/premium">Subscribe today</a></div>
<footer class="md-footer"><ul>${links(brFoot)}</ul><p>©2026 Lumina Reference, Inc.</p></footer></body></html>`;
const encyclopedia: TestPage = {
  html: brHtml,
  name: 'heldout39-encyclopedia-article',
  kind: 'wiki',
  // the article is the lead and the three sections: the identifier under the h1 is body (the article's own one-line
  // description, as a dek), the lead's two paragraphs and the sections' paragraphs body, the h2s the headings; the table of
  // contents repeats the headings (in neither; its "Introduction" and other entries are furniture); the writer, the
  // fact-checking editors, the "Last Updated" date and the closing "most recently revised and updated by" line are bylines
  // ("Written by", "Fact-checked by" in neither), their hidden bios furniture; "Also known as", Quick Facts, Top Questions,
  // the figure's caption and credit, the quiz promo, ads, Related Topics, the hidden citation dialog, the premium bar,
  // header, breadcrumb, tools and footer are furniture; the Quick Facts birth line and book title are the body's own words,
  // its "Born:" "Died:" labels and the related topics "botany", "páramo" and "Espeletia" body words: left out
  title: brTitle,
  headings: [brH1, brH2, brH3],
  body: [brIdent, ...texts(brLead), ...brEarly, ...texts(brAndes), ...texts(brLater)],
  bylines: ['Hanna Voss', 'The Editors of Encyclopedia Lumina', 'Mar 2, 2026', 'This article was most recently revised and updated by Jonas Ferreira.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Encyclopedia Lumina', 'Subscribe', 'Login', 'Home', ...brNav, ...brNav2, 'Biologists & Naturalists', 'Also known as:', 'Aurelia Maria Stenmark Hale',
    'Hanna Voss is a historian of science at Lund University and the author of a history of Swedish botanical expeditions.',
    'Our editors oversee the subject areas they know best, writing new articles and checking and revising the ones we already have.',
    'Article History', ...brTools, 'Introduction', 'References & Edit History', 'Quick Facts & Related Topics', 'Quick Facts',
    ...brQuick.flat().filter((t) => !/^(May 3|“Plant|Born|Died)/.test(t)), 'See all related content', 'Top Questions', ...brQs.flat(),
    'Advertisement', brCap, '© Daniel Restrepo/Wildland Images', 'Lumina Quiz', 'Botany Basics: From Seeds to Trees', 'Take the quiz', 'Related Topics:',
    ...brRelated.filter((t) => !['botany', 'páramo', 'Espeletia'].includes(t)),
'Citation styles differ. Please refer to the appropriate style manual or other sources if you have any questions.', 'Select Citation Style',
    'MLA', 'APA', 'Chicago Manual of Style', 'Voss, Hanna. "Aurelia Stenmark". Encyclopedia Lumina, 2 Mar. 2026,', 'Copy Citation',
    'Discover Lumina Premium: ad-free reading, the full archive and thousands of curated lists.', 'Subscribe today', ...brFoot, '©2026 Lumina Reference, Inc.',
  ],
};

export const HELDOUT39_F: readonly TestPage[] = [encyclopedia, healthTopic];
