import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 162, file c2: a Baeldung tutorial (WordPress): the header menu with its dropdown columns, the title,
 * "Last updated" date, "Written by" and "Reviewed by" lines, category tags, the partner promo box at the top of the entry
 * content, numbered section headings, code blocks, the "code backing this article" Pro box and the course promo after
 * the conclusion, "Comments are closed", the sidebar ad label, the footer columns and the cookie notice.
 */
const baTitle = 'A Guide to Collections.nCopies() in Java';
const baH1 = '1. Overview';
const baP1 = [
  'Sometimes we need a list that contains the same element many times, for example a row of default values for a table or ' +
    'a set of placeholders for a query. Writing a loop for this is easy, but the standard library already has a method for it.',
  'In this short tutorial, we\u2019ll look at <em>Collections.nCopies()</em>, what kind of list it returns, and a few places where ' +
    'it makes code shorter and clearer.',
];
const baH2 = '2. Creating a List of Copies';
const baP2 = [
  'The method takes a count and an object, and returns a list of that size in which every element is the given object:',
  'Let\u2019s verify the result with a quick test:',
  'Note that the list doesn\u2019t hold <em>n</em> separate references. Internally it stores the element once, together with the ' +
    'count, so even a list with a million elements uses only a few bytes of memory.',
];
const baH3 = '3. The Returned List Is Immutable';
const baP3 = [
  'Because the list is only a view over a single element, it can\u2019t be changed. Any attempt to add, remove or set an ' +
    'element throws an <em>UnsupportedOperationException</em>:',
  'When we need a list that we can modify later, we can pass the result to the <em>ArrayList</em> constructor:',
  'It\u2019s also worth remembering that all elements are the same object. If we pass a mutable object, such as a ' +
    '<em>StringBuilder</em>, and then change it, every position in the list appears to change at once. For mutable ' +
    'elements, a stream with <em>Stream.generate()</em> is the safer choice.',
];
const baH4 = '4. Practical Uses';
const baP4 = ['Here are a few cases where <em>nCopies()</em> comes in handy:'];
const baList = [
  'building SQL placeholders, for example <em>String.join(", ", Collections.nCopies(3, "?"))</em>, which gives <em>"?, ?, ?"</em>',
  'initializing a list of counters with zeros before filling it in a loop',
  'padding a fixed-width report column with a repeated character',
  'creating test data where only the size of a collection matters',
];
const baP4b = [
  'Since Java 11, the first and third cases can also be written with <em>String.repeat()</em>, which is usually more ' +
    'readable when the result is a single string rather than a list.',
];
const baH5 = '5. Conclusion';
const baP5 = [
  'In this article, we explored <em>Collections.nCopies()</em>. We saw that it returns a compact, immutable list, how to ' +
    'turn it into a mutable one, and why it should be used with care when the element is mutable.',
  'As always, the code for these examples is available over on GitHub.',
];
const baNav = ['Start Here', 'Spring Courses', 'Java Courses', 'Series', 'About'];
const baNavSub = ['REST with Spring Boot', 'Learn Spring', 'Learn Spring Security', 'Learn Spring Data JPA', 'Learn JUnit', 'Learn Maven'];
const baTags = ['Java Collections', 'Java List'];
const baPartner = [
  'Partner – Quillstack – NPI EA (cat = Java)',
  'Tired of flaky integration tests? Quillstack spins up disposable databases in under a second, so every test starts clean.',
  '>> Try Quillstack free',
];
const baPro = [
  "The code backing this article is available on GitHub. Once you're logged in as a Baeldung Pro Member, start learning and coding on the project.",
];
const baCourse = ['Course – LS – All', 'Get started with Spring Boot and with core Spring, through the Learn Spring course:', '>> CHECK OUT THE COURSE'];
const baFoot = [
  ['Courses', 'All Courses', 'Baeldung All Access', 'Baeldung All Team Access', 'Login Course Platform'],
  ['Series', 'Java “Back to Basics” Tutorial', 'Learn Spring Boot Series', 'Spring Tutorial', 'Jackson JSON Tutorial'],
  ['About', 'About Baeldung', 'The Full Archive', 'Editors', 'Our Partners', 'Partner with Baeldung'],
  ['Terms of Service', 'Privacy Policy', 'Company Info', 'Contact'],
];
const baCookie = ['We use cookies to improve your experience with the site. To find out more, you can read the full privacy and cookie policy.'];
const pre = (t: string): string => `<pre><code class="language-java">${t}</code></pre>`;
const baHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${baTitle} | Baeldung</title>
<meta name="description" content="Learn how Collections.nCopies() creates a compact immutable list and when to use it.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://www.baeldung.com/java-collections-ncopies">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${baTitle} | Baeldung">
<meta property="og:site_name" content="Baeldung"><meta property="article:published_time" content="2024-02-19T06:11:04+00:00">
<meta property="article:modified_time" content="2025-03-04T09:40:18+00:00"><meta name="author" content="Ana Voss"><meta name="twitter:label1"
content="Written by">
<meta name="twitter:data1" content="Ana Voss"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${baTitle}",
"author":{"name":"Ana Voss"},"datePublished":"2024-02-19T06:11:04+00:00","dateModified":"2025-03-04T09:40:18+00:00","articleSection":["Java Collections"]},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${baTitle}"}]}]}</script>
<link rel="stylesheet" id="baeldung-style-css" href="https://www.baeldung.com/wp-content/themes/baeldung/style.css?ver=1741080000" media="all">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="post-template-default single single-post postid-171203 single-format-standard"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="header-container"><div class="site-branding"><a href="https://www.baeldung.com/"
class="custom-logo-link" rel="home">
<img class="custom-logo" src="/wp-content/uploads/2024/01/baeldung-logo.svg" alt="Baeldung"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="screen-reader-text">Menu</span></button><ul id="primary-menu" class="nav-menu">
${baNav
  .map(
    (t, i) => `<li class="menu-item${i === 1 ? ' menu-item-has-children' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>${i === 1 ? `<ul class="sub-menu">${links(baNavSub, 'menu-item')}</ul>` : ''}</li>`,
  )
  .join('\n')}
</ul></nav><div class="header-search"><form role="search" method="get" action="https://www.baeldung.com/"><label><span
class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search" name="s"></label></form></div></div></header>
<div id="content" class="site-content"><div class="container"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-171203" class="post-171203 post type-post status-publish format-standard hentry category-java-collections category-java-list">
<header class="entry-header"><h1 class="entry-title single-title">${baTitle}</h1></header>
<div class="post-meta"><p class="post-modified">Last updated: <span class="updated">March 4, 2025</span></p>
<div class="post-authors"><div class="author-written"><span class="author-label">Written by: </span><a href="https://www.baeldung.com/author/ana-voss"
rel="author">Ana Voss</a></div>
<div class="author-reviewed"><span class="author-label">Reviewed by: </span><a href="https://www.baeldung.com/editor/dario-pinto">Dario Pinto</a></div></div>
<div class="post-taxonomies">${baTags
  .map(
    (t) => `<a class="tag-link" href="https://www.baeldung.com/category/java/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join('\n')}</div></div>
<div class="entry-content">
<div class="short_box short_box-partner"><div class="short_box_label">${baPartner[0]}</div><p class="short_box_text">${baPartner[1]}</p>
<a class="short_box_button" href="https://www.baeldung.com/partner-quillstack-npi-ea" rel="nofollow">&gt;&gt; Try Quillstack free</a></div>
<h2 id="bd-overview" data-id="overview">${baH1}</h2>
${ps(baP1)}
<h2 id="bd-creating" data-id="creating">${baH2}</h2>
${ps(baP2.slice(0, 1))}
${pre('List&lt;String&gt; placeholders = Collections.nCopies(3, "?");')}
${ps(baP2.slice(1, 2))}
${pre(`@Test
void whenCreatingNCopies_thenAllElementsAreEqual() {
    List&lt;String&gt; list = Collections.nCopies(3, "?");

    assertThat(list).hasSize(3).containsOnly("?");
}`)}
${ps(baP2.slice(2))}
<h2 id="bd-immutable" data-id="immutable">${baH3}</h2>
${ps(baP3.slice(0, 1))}
${pre(`List&lt;Integer&gt; zeros = Collections.nCopies(5, 0);

assertThrows(UnsupportedOperationException.class, () -&gt; zeros.set(0, 1));`)}
${ps(baP3.slice(1, 2))}
${pre('List&lt;Integer&gt; counters = new ArrayList&lt;&gt;(Collections.nCopies(5, 0));\ncounters.set(2, 7);')}
${ps(baP3.slice(2))}
<div class="ad-slot ad-slot--incontent"><span class="ad-label">freestar</span><div id="baeldung_incontent_1" data-freestar-ad="__300x250"></div></div>
<h2 id="bd-uses" data-id="uses">${baH4}</h2>
${ps(baP4)}
<ul>${baList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(baP4b)}
<h2 id="bd-conclusion" data-id="conclusion">${baH5}</h2>
${ps(baP5)}
<div class="pro-code-box"><p>${baPro[0]}</p><a class="btn" href="https://www.baeldung.com/members/">Open the project</a></div>
<div class="short_box short_box-course"><div class="short_box_label">${baCourse[0]}</div><p class="short_box_text">${baCourse[1]}</p>
<a class="short_box_button" href="https://www.baeldung.com/ls-course-end">&gt;&gt; CHECK OUT THE COURSE</a></div>
</div></article>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed on this article!</p></div>
</main></div>
<aside id="secondary" class="widget-area sidebar"><section class="widget widget_ad"><span class="ad-label">Partner – Quillstack – NPI EA (cat = Java)</span>
<div id="baeldung_sidebar_sticky" data-freestar-ad="__300x600"></div></section></aside></div></div>
<footer id="colophon" class="site-footer"><div class="footer-columns">
${baFoot
  .map(
    ([t, ...items]) => `<div class="footer-column"><h3 class="footer-title">${t}</h3><ul
class="footer-menu">${links(items, 'menu-item')}</ul></div>`,
  )
  .join('\n')}
</div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div
class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">${baCookie[0]}</span><span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a></span></div></div>
<script src="https://www.baeldung.com/wp-content/themes/baeldung/js/main.js?ver=1741080000" id="baeldung-main-js"></script></body></html>`;
export const baeldungPage: TestPage = {
  html: baHtml,
  name: 'heldout162-baeldung-tutorial',
  kind: 'docs',
  // "Last updated", "Written by" and "Reviewed by" lines are bylines; the partner promo at the top of the entry content,
  // the Pro code box and the course promo after the conclusion are furniture; the "available over on GitHub" line is body
  title: baTitle,
  headings: [baH1, baH2, baH3, baH4, baH5],
  body: texts([...baP1, ...baP2, ...baP3, ...baP4, ...baList, ...baP4b, ...baP5]),
  bylines: ['Last updated: March 4, 2025', 'Written by: Ana Voss', 'Reviewed by: Dario Pinto'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Menu', ...baNav, ...baNavSub, 'Search for:', ...baTags, ...baPartner, ...baPro, 'Open the project', ...baCourse, 'freestar',
    'Comments are closed on this article!', ...baFoot.flat(), ...baCookie, 'Ok',
  ])],
};
