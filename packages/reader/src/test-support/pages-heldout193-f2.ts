import { ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file f2: a JavaScript.info chapter (the site toolbar with "Tutorial map", search, "Buy EPUB/PDF"
 * and the language switcher, the translation-help notification, breadcrumbs with a hidden "Tutorial" text, the "last
 * updated" date, "important" boxes inside the text, the tasks with "importance" notes and hidden solutions, the
 * previous/next lesson links, the sidebar with chapter, lesson navigation, share and "Edit on GitHub", the comments
 * rules and the footer).
 */
const jiTitle = 'Object.groupBy and Map.groupBy';
const jiIntro = [
  'Very often we have an array of items and want to split it into groups by some property: orders by status, users by country, words ' +
    'by their first letter.',
  'Before these methods appeared, we wrote a loop with an object of arrays, or reached for a library. Now the language has two built-in methods for that.',
];
const jiH1 = 'Object.groupBy';
const jiP1 = [
  'The call <code>Object.groupBy(items, callback)</code> runs <code>callback(item, index)</code> for each item. The callback returns ' +
    'a key, and the item goes into the group with that key. The result is an object where each property is a key and its value is an ' +
    'array of items.',
  'For instance:',
];
const jiP2 = [
  'The order of items within each group is the same as in the original array. The original array is not modified.',
  'The keys are converted to strings, as always for object properties. So if the callback returns numbers, we get string keys like ' +
    '<code>"1"</code> and <code>"2"</code>.',
];
const jiNote =
  'The returned object has a <code>null</code> prototype, so it has no inherited methods like <code>toString</code> or ' +
  '<code>hasOwnProperty</code>. Use <code>Object.keys</code> or <code>Object.entries</code> to iterate over it.';
const jiH2 = 'Map.groupBy';
const jiP3 = [
  '<code>Map.groupBy</code> works the same way, but returns a <code>Map</code>. That matters when the keys should not become strings, ' +
    'for instance when we group by an object.',
];
const jiP4 = ['Here the keys are the team objects themselves, so we can later look up a group with <code>map.get(team)</code> using the very same object.'];
const jiH3 = 'Summary';
const jiSummary = [
  '<code>Object.groupBy(items, fn)</code> – groups items into an object with string keys.',
  '<code>Map.groupBy(items, fn)</code> – groups items into a <code>Map</code>, keys can be of any type.',
  'Both keep the order of items, and neither changes the original array.',
];
const jiH4 = 'Tasks';
const jiTasks = [
  [
    'Group words by length',
    'Write a function <code>byLength(words)</code> that returns an object where each key is a word length and the value is the array ' +
      'of words with that length.',
  ],
  [
    'Count orders per status',
    'Given an array of orders with a <code>status</code> property, use grouping to return a <code>Map</code> from each status to the ' +
      'number of orders with it.',
  ],
];
const jiRules = [
  'If you have suggestions what to improve - please <a href="https://github.com/javascript-tutorial/en.javascript.info/issues/new">submit a GitHub issue</a> ' +
    'or a pull request instead of commenting.',
  'If you can’t understand something in the article – please elaborate.',
  'To insert few words of code, use the <code>&lt;code&gt;</code> tag, for several lines – wrap them in <code>&lt;pre&gt;</code> tag, ' +
    'for more than 10 lines – use a sandbox (<a href="https://plnkr.co/edit/?p=preview">plnkr</a>, <a href="https://jsbin.com">jsbin</a>, ' +
    '<a href="http://codepen.io">codepen</a>…)',
];
const jiNotify =
  'We want to make this open-source project available for people all around the world. Help to translate the content of this tutorial to your language!';
const jiLangs = ['English', 'Español', 'Français', 'Italiano', '日本語', 'Русский', '简体中文'];
const jiSidebar = ['Chapter', 'Data types', 'Lesson navigation', 'Tasks (2)', 'Comments', 'Share', 'Edit on GitHub'];
const jiFoot = ['© 2007—2025 Leonid Varga', 'about the project', 'contact us', 'terms of usage', 'privacy policy'];
const js = (s: string): string => `<div class="code-example" data-trusted="1"><div class="codebox code-example__codebox">
<div class="toolbar codebox__toolbar"><div class="toolbar__tool"><a href="#" class="toolbar__button toolbar__button_run" data-action="run">
<span class="toolbar__button-text">run</span></a></div></div><div class="codebox__code" data-code="1">
<pre class="line-numbers language-javascript"><code class="language-javascript">${s}</code></pre></div></div></div>`;
const jiSolutions = ['const byLength = (words) =&gt; Object.groupBy(words, (w) =&gt; w.length);', 'counts.set(status, group.length);'];
const anchor = (id: string, t: string): string => `<h2><a class="main__anchor" name="${id}" href="#${id}">${t}</a></h2>`;
const task = (i: number): string => {
  const t = jiTasks[i]?.[0] ?? '';
  const body = jiTasks[i]?.[1] ?? '';
  const slug = t.toLowerCase().replace(/ /g, '-');
  return `<div class="task tasks__task"><div class="task__header"><div class="task__title-wrap"><h3 class="task__title">
<a class="main__anchor" href="#${slug}" name="${slug}">${t}</a></h3><a class="task__open-link" href="/task/${slug}" target="_blank"></a></div>
<div class="task__header-note"><span class="task__importance" title="How important is the task, from 1 to 5">importance: ${5 - i}</span></div></div>
<div class="task__content"><p>${body}</p></div><div class="task__answer"><div class="task__step task__step_type_open-solution">
<button class="button button_small task__step-show" type="button"><span class="button__text">solution</span></button></div>
<div class="task__solution" hidden>${js(jiSolutions[i] ?? '')}
<p><a href="https://plnkr.co/edit/gAbyx${i}?p=preview" target="_blank">Open the solution with tests in a sandbox.</a></p></div></div></div>`;
};
const jiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${jiTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${jiTitle}"><meta property="og:image" content="https://javascript.info/img/site_preview_en_1200x630.png">
<meta name="description" content="Group array items into an object or a Map with Object.groupBy and Map.groupBy.">
<link href="/pack/styles.b1d9c8a2.css" rel="stylesheet"><script>window.shouldUseTranslatedCode = false; window.lang = "en";</script>
<script src="/pack/head.c5b0e3.js"></script></head>
<body class="page page_tutorial"><div class="page-wrapper page-wrapper_sidebar_on">
<div class="sitetoolbar sitetoolbar_tutorial"><div class="sitetoolbar__content"><div class="sitetoolbar__logo-wrap"><a href="/" class="sitetoolbar__logo
sitetoolbar__logo_normal"><img src="/img/sitetoolbar__logo_en.svg" alt="" width="200" height="34"></a></div><div class="sitetoolbar__nav-toggle-wrap">
<button class="sitetoolbar__nav-toggle" type="button"><span class="sitetoolbar__nav-toggle-text">Tutorial map</span></button></div>
<div class="sitetoolbar__search-wrap"><form class="sitetoolbar__search" action="/search"><input class="sitetoolbar__search-input" type="search" name="query"
placeholder="Search in the tutorial"></form></div><div class="sitetoolbar__book-wrap"><a class="sitetoolbar__book" href="/ebook">Buy EPUB/PDF</a></div>
<div class="sitetoolbar__lang-switcher"><button class="sitetoolbar__dropdown-button" type="button">EN</button><div class="sitetoolbar__lang-switcher-body">
<ul class="supported-langs">${jiLangs.map((l) => `<li class="supported-langs__item"><a class="supported-langs__link" href="#">${l}</a></li>`).join('')}</ul>
</div></div></div></div>
<div class="notification notification_top notification_help"><div class="notification__content"><p>${jiNotify}</p></div>
<button class="notification__close" title="close"></button></div>
<div class="page__inner"><main class="main main_width-limit"><div class="main__header"><div class="main__header-inner"><div class="main__header-group">
<ol class="breadcrumbs"><li class="breadcrumbs__item breadcrumbs__item_home"><a class="breadcrumbs__link" href="/">
<span class="breadcrumbs__hidden-text">Tutorial</span>
</a></li><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/js"><span>The JavaScript language</span></a></li>
<li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/data-types"><span>Data types</span></a></li></ol>
<div class="updated-at" data-tooltip="Last updated at 3rd February 2025"><div class="updated-at__content">February 3, 2025</div></div></div>
<h1 class="main__header-title">${jiTitle}</h1></div></div>
<div class="content"><article class="formatted" itemscope itemtype="http://schema.org/TechArticle"><meta itemprop="name" content="${jiTitle}">
<div itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Leonid Varga"></div>
<div itemprop="articleBody">
${ps(jiIntro)}
${anchor('object-groupby', jiH1)}
${ps(jiP1)}
${js(`let orders = [
  { id: 1, status: "paid" },
  { id: 2, status: "pending" },
  { id: 3, status: "paid" }
];

let byStatus = Object.groupBy(orders, order =&gt; order.status);

alert(byStatus.paid.length); // 2`)}
${ps(jiP2)}
<div class="important important_smart"><div class="important__header"><span class="important__type">Please note:</span></div>
<div class="important__content"><p>${jiNote}</p></div></div>
${anchor('map-groupby', jiH2)}
${ps(jiP3)}
${js(`let red = { name: "Red" };
let blue = { name: "Blue" };
let players = [{ name: "Ana", team: red }, { name: "Bo", team: blue }, { name: "Cy", team: red }];

let map = Map.groupBy(players, p =&gt; p.team);
alert(map.get(red).length); // 2`)}
${ps(jiP4)}
${anchor('summary', jiH3)}
<ul>${jiSummary.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></article>
<div class="tasks formatted"><h2 class="tasks__title" id="tasks"><a class="tasks__title-anchor main__anchor main__anchor_noicon" href="#tasks">${jiH4}</a></h2>
${task(0)}
${task(1)}</div>
<div class="page__nav-wrap page__nav-wrap_extended"><a class="page__nav page__nav_prev" href="/weakmap-weakset" data-key="prev"><span class="page__nav-text">
<span class="page__nav-text-shortcut"></span></span><span class="page__nav-text-alternate">Previous lesson</span></a>
<a class="page__nav page__nav_next" href="/object-methods" data-key="next"><span class="page__nav-text"><span class="page__nav-text-shortcut"></span></span>
<span class="page__nav-text-alternate">Next lesson</span></a></div>
<div class="comments formatted" id="comments"><div class="comments__header"><h2 class="comments__header-title"><a href="#comments"
class="main__anchor main__anchor_noicon">Comments</a></h2><a class="comments__header-link" href="#">read this before commenting…</a></div>
<ul class="comments__list">${jiRules.map((t) => `<li>${t}</li>`).join('\n')}</ul><div id="disqus_thread"></div></div></main>
<div class="sidebar page__sidebar"><div class="sidebar__inner"><div class="sidebar__content"><div class="sidebar__section">
<div class="sidebar__section-title">${jiSidebar[0]}</div><nav class="sidebar__navigation"><ul class="sidebar__navigation-links">
<li class="sidebar__navigation-link"><a href="/data-types">${jiSidebar[1]}</a></li></ul></nav></div><div class="sidebar__section">
<div class="sidebar__section-title">${jiSidebar[2]}</div><nav class="sidebar__navigation"><ul class="sidebar__navigation-links">
<li class="sidebar__navigation-link"><a href="#object-groupby">${jiH1}</a></li><li class="sidebar__navigation-link"><a href="#map-groupby">${jiH2}</a></li>
<li class="sidebar__navigation-link"><a href="#summary">${jiH3}</a></li></ul><ul class="sidebar__navigation-links">
<li class="sidebar__navigation-link"><a href="#tasks">${jiSidebar[3]}</a></li><li class="sidebar__navigation-link"><a href="#comments">${jiSidebar[4]}</a></li>
</ul></nav></div><div class="sidebar__section"><div class="share-icons"><span class="share-icons__title">${jiSidebar[5]}</span>
<a class="share share_tw" href="https://twitter.com/share?url=https%3A%2F%2Fjavascript.info%2Fgroupby" rel="nofollow"></a>
<a class="share share_fb" href="https://www.facebook.com/sharer/sharer.php?s=100&amp;p%5Burl%5D=https%3A%2F%2Fjavascript.info%2Fgroupby" rel="nofollow">
</a></div></div>
<div class="sidebar__section"><a class="sidebar__link" href="https://github.com/javascript-tutorial/en.javascript.info/blob/master/1-js/05-data-types/groupby"
rel="nofollow">${jiSidebar[6]}</a></div></div></div></div></div>
<div class="page-footer"><ul class="page-footer__list"><li class="page-footer__item page-footer__item_copy">${jiFoot[0]}</li>
${jiFoot
  .slice(1)
  .map((t) => `<li class="page-footer__item"><a class="page-footer__link" href="/${t.replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}</ul></div></div>
<script src="/pack/tutorial.9f3e1a.js"></script></body></html>`;
export const javascriptInfo: TestPage = {
  html: jiHtml,
  name: 'heldout193-javascriptinfo-chapter',
  kind: 'docs',
  // the "important" box's text is body and its "Please note:" label in neither list; the tasks (their h2 and h3 titles
  // and statements) are part of the chapter, their "importance" notes, "solution" buttons and the hidden solutions'
  // sandbox links furniture; the code boxes' "run" buttons are furniture; the lesson navigation entries that repeat the
  // headings are left out; the "last updated" date is a byline
  title: jiTitle,
  headings: [jiH1, jiH2, jiH3, jiH4, ...jiTasks.map((t) => t[0] ?? '')],
  body: texts([...jiIntro, ...jiP1, ...jiP2, jiNote, ...jiP3, ...jiP4, ...jiSummary, ...jiTasks.map((t) => t[1] ?? '')]),
  bylines: ['February 3, 2025'],
  furniture: uniq([
    'Tutorial map',
    'Buy EPUB/PDF',
    'EN',
    ...jiLangs,
    jiNotify,
    'Tutorial',
    'The JavaScript language',
    'Data types',
    'run',
    'importance: 5',
    'importance: 4',
    'solution',
    'Open the solution with tests in a sandbox.',
    'Previous lesson',
    'Next lesson',
    'read this before commenting…',
    ...jiRules,
    ...jiSidebar,
    ...jiFoot,
  ]),
};
