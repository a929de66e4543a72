import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file b3: an Internet Encyclopedia of Philosophy article (its WordPress theme): the site header with
 * title, tagline and menu, the search form, the article's own "Table of Contents" list (left out: it repeats the headings),
 * numbered sections, "References and Further Reading", the "Author Information" block with name, email, institution and
 * country, the sidebar widgets and the footer with the ISSN line.
 */
const ieTitle = 'The Ethics of Unfinished Promises';
const ieP0 = [
  'A promise is usually thought to bind the person who makes it until it is kept or the promisee releases them. Yet many promises ' +
    'are neither kept nor released. They are interrupted: the promisor dies, the promisee moves away, the circumstances that gave ' +
    'the promise its point disappear. Philosophers have called these <em>unfinished promises</em> and have asked whether, and how, ' +
    'they continue to make moral demands.',
  'This article surveys the main positions. It begins with the question of whether an unfinished promise survives the death of ' +
    'either party, turns to the problem of changed circumstances, and ends with recent work on promises made to groups and to future ' +
    'generations.',
];
const ieH1 = '1. The Survival Question';
const ieP1 = [
  'On the simplest view, a promise creates a relation between two people and nothing more. When either person ceases to exist, the ' +
    'relation ends and the obligation with it. Defenders of this view point out that nobody can be wronged by a broken promise if ' +
    'there is nobody left to whom the promise is owed.',
  'Critics reply that this makes deathbed promises idle, which seems plainly false. If I promise my dying friend to look after her ' +
    'garden, most people think I do something wrong if I let it go to ruin the week after the funeral. Theodora Vance (1998) argued ' +
    'that the wrong lies not in harm to the dead but in a failure of fidelity, a vice that concerns the kind of person the promisor ' +
    'is rather than what is owed to anyone.',
];
const ieH2 = '2. Changed Circumstances';
const ieP2 = [
  'A second group of cases concerns promises whose purpose has lapsed. I promise to drive a colleague to the airport; her flight is ' +
    'cancelled. Nobody thinks I must still drive to the airport alone. But other cases are harder, and three broad accounts have ' +
    'been offered:',
];
const ieList = [
  'The purpose account holds that a promise binds only so far as its point can still be served.',
  'The authority account holds that the promisee alone decides when the point has lapsed, so the promisor must ask before giving up.',
  'The reasonable-expectation account holds that what binds is whatever the promisee could reasonably have expected at the time.',
];
const ieP3 = [
  'Each account handles some cases well and others badly. The purpose account struggles with promises whose point was never stated, ' +
    'and the authority account gives no guidance when the promisee cannot be asked.',
];
const ieH3 = '3. Promises to Groups and to the Future';
const ieP4 = [
  'Recent discussion has extended the problem to promises made by institutions and to people not yet born. A town council that ' +
    'promises to preserve a meadow for future residents makes a promise that can never be released, since its promisees do not yet ' +
    'exist to release it. Marcus Oyelaran (2019) has argued that such promises are better understood as public vows, binding by ' +
    'virtue of the reliance they invite rather than by any relation to a promisee.',
];
const ieH4 = '4. References and Further Reading';
const ieRefs = [
  'Oyelaran, Marcus. 2019. "Vows to No One." <em>Journal of Practical Reason</em> 31: 44–71.',
  'Vance, Theodora. 1998. <em>Fidelity and Its Limits</em>. Ashby: Carrow University Press.',
];
const ieNav = ['Home', 'About', 'Editors', 'Desk', 'Submissions', 'Volunteer', 'Stats', 'Donate'];
const ieTopics = ['Epistemology', 'Ethics', 'History of Philosophy', 'Language', 'Logic', 'Metaphysics', 'Mind & Cognitive Science', 'Value Theory'];
const ieHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ethics of Unfinished Promises | Internet Encyclopedia of Philosophy</title><link rel="profile" href="https://gmpg.org/xfn/11">
<meta name="description" content="A promise is usually thought to bind the person who makes it until it is kept or the promisee releases them.">
<link rel="canonical" href="https://iep.utm.edu/unfinished-promises/"><meta property="og:type" content="article"><meta property="og:title"
content="Ethics of Unfinished Promises">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://iep.utm.edu/unfinished-promises/",
"url":"https://iep.utm.edu/unfinished-promises/","name":"Ethics of Unfinished Promises | Internet Encyclopedia of Philosophy",
"datePublished":"2022-04-11T14:02:11+00:00"}]}</script>
<link rel="stylesheet" id="iep-style-css" href="https://iep.utm.edu/wp-content/themes/iep/style.css?ver=1.4" media="all">
<script src="https://iep.utm.edu/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-21944 wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://iep.utm.edu/"
rel="home">Internet Encyclopedia of Philosophy</a></p>
<p class="site-description">A Peer-Reviewed Academic Resource</p></div><nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><ul id="primary-menu"
class="menu">${links(ieNav, 'menu-item')}</ul></nav>
<form role="search" method="get" class="search-form" action="https://iep.utm.edu/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label><input type="submit" class="search-submit" value="Search"></form></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-21944" class="post-21944 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">${ieTitle}</h1></header>
<div class="entry-content">
${ieP0.map((p) => `<p>${p}</p>`).join('\n')}
<h3>Table of Contents</h3><ol>${[ieH1, ieH2, ieH3, ieH4].map((t, i) => `<li><a href="#H${i + 1}">${t.slice(3)}</a></li>`).join('')}</ol>
<hr><h2><a id="H1"></a>${ieH1}</h2>
${ieP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2><a id="H2"></a>${ieH2}</h2>
${ieP2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${ieList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ieP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2><a id="H3"></a>${ieH3}</h2>
${ieP4.map((p) => `<p>${p}</p>`).join('\n')}
<h2><a id="H4"></a>${ieH4}</h2>
<ul>${ieRefs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>Author Information</h3><p>Ruth Ambersley<br>Email: <a href="mailto:r.ambersley@carrow.example">r.ambersley@carrow.example</a><br>Carrow University<br>
United Kingdom</p></div></article></main></div>
<aside id="secondary" class="widget-area"><section id="text-3" class="widget widget_text"><h2 class="widget-title">Browse by Topic</h2>
<div class="textwidget"><ul>${links(ieTopics)}</ul></div></section><section id="text-4" class="widget widget_text"><h2 class="widget-title">Support the IEP</h2>
<div class="textwidget"><p>The IEP is free and always will be. Your donation keeps it that way.</p><p><a class="button"
href="/donate/">Donate to the IEP</a></p>
</div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>Internet Encyclopedia of Philosophy • ISSN 2161-0002</p>
<p><a href="/privacy-policy/">Privacy Policy</a> | <a href="/contact/">Contact</a></p></div></footer></div>
<script src="https://iep.utm.edu/wp-content/themes/iep/js/navigation.js?ver=1.4" id="iep-navigation-js"></script></body></html>`;

export const iepPage: TestPage = {
  name: 'heldout163-iep-encyclopedia-article',
  kind: 'wiki',
  html: ieHtml,
  // the article's own "Table of Contents" list repeats the headings and is left out; the references section is a heading,
  // its items are in neither list; the author's name is a byline, the email, institution and country furniture
  title: ieTitle,
  headings: [ieH1, ieH2, ieH3, ieH4],
  body: texts([...ieP0, ...ieP1, ...ieP2, ...ieList, ...ieP3, ...ieP4]),
  bylines: ['Ruth Ambersley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Internet Encyclopedia of Philosophy', 'A Peer-Reviewed Academic Resource', 'Menu', ...ieNav, 'Search for:', 'Table of Contents',
    'Author Information', 'Email: r.ambersley@carrow.example', 'Carrow University', 'United Kingdom', 'Browse by Topic', ...ieTopics,
    'Support the IEP', 'The IEP is free and always will be. Your donation keeps it that way.', 'Donate to the IEP',
    'Internet Encyclopedia of Philosophy • ISSN 2161-0002', 'Privacy Policy', 'Contact',
  ],
};
