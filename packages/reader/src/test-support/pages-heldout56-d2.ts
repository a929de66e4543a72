import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 56, file d2: an Internet Encyclopedia of Philosophy article on its WordPress site (skip link, site title and
 * tagline, the menu toggle and top menu, Yoast JSON-LD, the entry title, the intro, a "Table of Contents" list, numbered h2
 * sections with lettered h3 subsections, "References and Further Reading" with annotated items, "Author Information" with
 * email, university and country, the category line, the sidebar's search, A-Z browse letters and "Stay Connected" widgets,
 * and the footer with the ISSN and copyright). The philosopher, his works, his readers and the article's author are invented.
 */
const iepTitle = 'Tomas Ellander (1871\u20141934)';
const iepIntro = [
  'Tomas Ellander was a Swedish philosopher and psychologist who taught at the University of Uppsala from 1902 until his death. He is best ' +
    'known for his theory of attention, which held that attending to an object is not a matter of receiving more information about it but of ' +
    'organizing what is received around a question. Ellander applied the same idea to ethics, arguing that patience, the capacity to keep a ' +
    'question open, is the central virtue of both the scientist and the moral agent.',
  'Although his major works were written in Swedish and were not translated in his lifetime, Ellander influenced a generation of ' +
    'Scandinavian psychologists, and his account of attention has drawn renewed interest from philosophers of perception since the 1990s. ' +
    'This article outlines his life, the theory of attention, his ethics of patience and the reception of his work.',
];
const iepToc: [string, string[]][] = [
  ['Life', []],
  ['The Theory of Attention', ['Attention and Perception', 'The Limits of Introspection']],
  ['Ethics of Patience', []],
  ['Reception and Legacy', []],
  ['References and Further Reading', ['Primary Sources', 'Secondary Sources']],
];
const iepH = [
  '1. Life',
  '2. The Theory of Attention',
  'a. Attention and Perception',
  'b. The Limits of Introspection',
  '3. Ethics of Patience',
  '4. Reception and Legacy',
];
const iepLife = [
  'Ellander was born in 1871 in G\u00e4vle, the son of a harbour master. He studied mathematics and philosophy at Uppsala, where he wrote a ' +
    'dissertation on the foundations of probability in 1897, and then spent two years in Leipzig working in a laboratory of experimental ' +
    'psychology. The experience left him sceptical of laboratory introspection, a scepticism that shaped all of his later work. He returned ' +
    'to Uppsala as a docent in 1902 and held the chair of theoretical philosophy from 1911 until his death in 1934.',
];
const iepAtt = [
  'Ellander\u2019s theory is set out in <em>Uppm\u00e4rksamhetens natur</em> (<em>The Nature of Attention</em>, 1908), his longest and most systematic book.',
];
const iepPerc = [
  'Against the view, common among his contemporaries, that attention works like a lamp that makes part of the visual field brighter, ' +
    'Ellander argued that attention changes the structure of experience rather than its intensity. To attend to a sound, he wrote, is to hear ' +
    'it as an answer to something, whether that something is a question about its source, its meaning or its timing.',
];
const iepIntrospection = [
  'The same view led Ellander to deny that attention can be reliably observed from the inside. Because attending is a way of organizing ' +
    'experience around a question, an introspective report on attention reorganizes the experience around a new question, namely what one ' +
    'is attending to. The report therefore describes a different state from the one it was meant to capture.',
];
const iepPat = [
  'In his later lectures, published after his death as <em>T\u00e5lamodets etik</em> (<em>The Ethics of Patience</em>, 1937), Ellander ' +
    'extended the theory of attention to moral life. Hasty moral judgements, in his view, are failures of attention: they close a question ' +
    'before the situation has been seen as posing it. Patience is therefore not a passive virtue but an active discipline of keeping ' +
    'questions open, and it is as necessary to the judge and the parent as to the experimental scientist.',
];
const iepRec = [
  'Ellander\u2019s influence in his lifetime was largely confined to Uppsala, where his students included the psychologists Elsa Rydberg and ' +
    'Nils Haglund. Interest revived in the 1990s, when philosophers working on the structure of perceptual experience found in his writings ' +
    'an early version of the view that attention is a way of structuring content. An English translation of <em>The Nature of Attention</em> appeared in 2019.',
];
const iepPrimary: [string, string][] = [
  ['Ellander, Tomas. <em>Uppm\u00e4rksamhetens natur</em>. Uppsala: Almqvist &amp; Wiksell, 1908.', 'His main work on attention.'],
  ['Ellander, Tomas. <em>T\u00e5lamodets etik</em>. Ed. Elsa Rydberg. Stockholm: Bonniers, 1937.', 'The posthumous lectures on ethics.'],
  [
    'Ellander, Tomas. <em>The Nature of Attention</em>. Trans. Karin L\u00f6vgren. Oxford: Clarendon Press, 2019.',
    'The only English translation, with a long introduction.',
  ],
];
const iepSecondary: [string, string][] = [
  ['Haglund, Nils. <em>Tomas Ellander: En minnesteckning</em>. Uppsala: Lundequistska, 1936.', 'A memoir by a former student.'],
  [
    'Marsh, Daniel. \u201cAttention as Questioning: Ellander and the Structure of Experience.\u201d <em>Journal of Scandinavian Philosophy</em> 14 (2021): ' +
      '55\u201379.',
    'Reads Ellander alongside recent work on attention and perceptual content.',
  ],
];
const iepAuthor = ['Anna Kettunen', 'Email: anna.kettunen@utu.example.fi', 'University of Turku', 'Finland'];
const iepTop = ['About', 'Editors', 'Desired Articles', 'Submissions', 'Volunteer', 'Stay Connected'];
const iepLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const iepFoot = 'Internet Encyclopedia of Philosophy \u2022 ISSN 2161-0002';
const refs = (xs: [string, string][]): string => `<ul>\n${xs.map(([r, a]) => `<li>${r}<ul><li>${a}</li></ul></li>`).join('\n')}\n</ul>`;
const iepHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ellander, Tomas | Internet Encyclopedia of Philosophy</title><meta name="description"
content="Tomas Ellander was a Swedish philosopher and psychologist.">
<link rel="canonical" href="https://iep.utm.edu/ellander/"><meta property="og:site_name" content="Internet Encyclopedia of Philosophy">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://iep.utm.edu/ellander/",
"url":"https://iep.utm.edu/ellander/","name":"Ellander, Tomas | Internet Encyclopedia of Philosophy","isPartOf":{"@id":"https://iep.utm.edu/#website"},
"datePublished":"2021-09-14T16:20:11+00:00","dateModified":"2024-02-03T09:41:52+00:00","inLanguage":"en-US"},
{"@type":"WebSite","@id":"https://iep.utm.edu/#website",
"url":"https://iep.utm.edu/","name":"Internet Encyclopedia of Philosophy"}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://iep.utm.edu/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3" media="all">
<link rel="stylesheet" id="iep-style-css" href="https://iep.utm.edu/wp-content/themes/iep/style.css?ver=2.1.4" media="all">
<style id="global-styles-inline-css">:root{--wp--preset--color--black: #000000;--wp--preset--font-size--small: 13px;}</style></head>
<body class="post-template-default single single-post postid-61832 single-format-standard wp-embed-responsive"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="https://iep.utm.edu/" rel="home">Internet Encyclopedia of Philosophy</a></p><p class="site-description">A Peer-Reviewed
Academic Resource</p>
</div><nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div
 class="menu-top-container"><ul id="primary-menu" class="menu">${links(iepTop, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-61832" class="post-61832 post type-post status-publish format-standard hentry category-e category-philosophers"><header class="entry-header">
<h1 class="entry-title">${iepTitle}</h1></header><div class="entry-content">
${iepIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h3>Table of Contents</h3>
<ol>
${iepToc
  .map(
    ([h, subs], i) =>
      `<li><a href="#H${i + 1}">${h}</a>${
        subs.length === 0
          ? ''
          : `<ol>${subs
              .map(
                (s, j) => `<li><a href="#SH${i + 1}${'ab'[j]}">${s}</a>
</li>`,
              )
              .join('')}</ol>`
      }</li>`,
  )
  .join('\n')}
</ol>
<h2><a id="H1"></a>${iepH[0]}</h2>
<p>${iepLife[0]}</p>
<h2><a id="H2"></a>${iepH[1]}</h2>
<p>${iepAtt[0]}</p>
<h3><a id="SH2a"></a>${iepH[2]}</h3>
<p>${iepPerc[0]}</p>
<h3><a id="SH2b"></a>${iepH[3]}</h3>
<p>${iepIntrospection[0]}</p>
<h2><a id="H3"></a>${iepH[4]}</h2>
<p>${iepPat[0]}</p>
<h2><a id="H4"></a>${iepH[5]}</h2>
<p>${iepRec[0]}</p>
<h2><a id="H5"></a>5. References and Further Reading</h2>
<h3><a id="SH5a"></a>a. Primary Sources</h3>
${refs(iepPrimary)}
<h3><a id="SH5b"></a>b. Secondary Sources</h3>
${refs(iepSecondary)}
<h3>Author Information</h3>
<p>${iepAuthor[0]}<br>
Email: <a href="mailto:anna.kettunen@utu.example.fi">anna.kettunen@utu.example.fi</a><br>
${iepAuthor[2]}<br>
${iepAuthor[3]}</p>
</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="https://iep.utm.edu/category/e/" rel="category tag">E</a>, <a
 href="https://iep.utm.edu/category/philosophers/" rel="category tag">Philosophers</a></span></footer></article></main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
action="https://iep.utm.edu/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search \u2026" value="" name="s"></label>
<input type="submit"
 class="search-submit" value="Search"></form></section><section id="custom_html-3" class="widget_text widget widget_custom_html"><h2
class="widget-title">Browse by Letter</h2>
<div class="textwidget custom-html-widget"><p class="az-letters">${iepLetters
  .map(
    (l) => `<a
href="https://iep.utm.edu/${l.toLowerCase()}/">${l}</a>`,
  )
  .join(' ')}</p></div></section>
<section id="custom_html-5" class="widget_text widget widget_custom_html"><h2 class="widget-title">Stay Connected</h2><div
class="textwidget custom-html-widget"><p>Follow the
 IEP for new articles and updates.</p><ul><li><a href="https://www.facebook.com/iephilosophy">Facebook</a></li><li><a href="https://x.com/iep_philosophy">X
(Twitter)</a></li>
</ul></div></section></aside></div><footer id="colophon" class="site-footer"><div class="site-info"><p>${iepFoot}</p><p>Copyright \u00a9 The Internet
Encyclopedia of
 Philosophy. All rights reserved.</p></div></footer></div>
<script src="https://iep.utm.edu/wp-content/themes/iep/js/navigation.js?ver=2.1.4" id="iep-navigation-js"></script></body></html>`;
export const iep: TestPage = {
  html: iepHtml,
  name: 'heldout56-iep-article',
  kind: 'wiki',
  // the intro and the sections' paragraphs are the body; the numbered and lettered section titles are the headings as printed;
  // the "Table of Contents" list repeats the headings' words (left out, its label is furniture); "5. References and Further
  // Reading" with its subheads, items and annotations is furniture, as a reference list is; the author's name, email,
  // university and country under "Author Information" are the bylines (the article has no date; the label is furniture); the
  // category line, header, menu ("About", a body word, left out), sidebar widgets (the A-Z letters left out: one-letter words)
  // and footer are furniture
  title: iepTitle,
  headings: iepH,
  body: texts([...iepIntro, ...iepLife, ...iepAtt, ...iepPerc, ...iepIntrospection, ...iepPat, ...iepRec]),
  bylines: iepAuthor,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Internet Encyclopedia of Philosophy', 'A Peer-Reviewed Academic ' +
      'Resource', 'Menu', ...iepTop.filter((t) => t !== 'About'), 'Table of Contents',
    '5. References and Further Reading', 'a. Primary Sources', 'b. Secondary Sources', ...[...iepPrimary, ...iepSecondary].flatMap(([r, a]) => [plain(r), a]),
    'Author Information', 'Posted in E, Philosophers', 'Search for:', 'Browse by Letter', 'Follow the IEP for new articles and ' +
      'updates.', 'Facebook', 'X (Twitter)',
    iepFoot, 'Copyright \u00a9 The Internet Encyclopedia of Philosophy. All rights reserved.',
  ],
};
