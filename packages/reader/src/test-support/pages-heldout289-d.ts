import { links, ps, type TestPage, texts } from './page-kit.js';
import { gfg } from './pages-heldout289-d2.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file d: a W3Schools-style tutorial page on an invented tutorial site (the top navigation with the
 * subject bar, the left menu of the tutorial, the leaderboard and skyscraper ad slots, the h1 with its coloured word, the
 * "❮ Previous / Next ❯" buttons at top and bottom, example boxes with "Try it Yourself »", a note panel, the exercise box, the
 * "Spaces" and certificate promos and the footer) and, from file d2, a GeeksforGeeks-style article.
 */
const _title = 'Python Add and Remove Set Items';
const code = (lines: string[]): string => lines.join('<br>\n');
const intro = ['Once a set is created, you cannot change its items, but you can add new items and remove existing ones.'];
const addHead = 'Add Items';
const addText = ['To add one item to a set use the <code class="w3-codespan">add()</code> method.'];
const ex1 = code(['pantry = {"flour", "sugar", "oats"}', '', 'pantry.add("raisins")', '', 'print(pantry)']);
const updHead = 'Add Sets';
const updText = [
  j(
    'To add items from another set into the current set, use the <code class="w3-codespan">update()</code> method. The object in',
    'the <code class="w3-codespan">update()</code> method does not have to be a set, it can be any iterable object (tuples, lists,',
    'dictionaries etc.).',
  ),
];
const ex2 = code(['pantry = {"flour", "sugar", "oats"}', 'shopping = ["rice", "lentils"]', '', 'pantry.update(shopping)', '', 'print(pantry)']);
const remHead = 'Remove Item';
const remText = ['To remove an item in a set, use the <code class="w3-codespan">remove()</code>, or the <code class="w3-codespan">discard()</code> method.'];
const ex3 = code(['pantry = {"flour", "sugar", "oats"}', '', 'pantry.discard("sugar")', '', 'print(pantry)']);
const note = j(
  '<strong>Note:</strong> If the item to remove does not exist, <code class="w3-codespan">remove()</code> will raise an error, while',
  '<code class="w3-codespan">discard()</code> will not.',
);
const popText = [
  j(
    'You can also use the <code class="w3-codespan">pop()</code> method to remove an item, but this method will remove a random',
    'item, so you cannot be sure what item gets removed. The return value of the <code class="w3-codespan">pop()</code> method is',
    'the removed item.',
  ),
];
const ex4 = code(['pantry = {"flour", "sugar", "oats"}', '', 'item = pantry.pop()', '', 'print(item)', 'print(pantry)']);
const clearHead = 'Clear and Delete a Set';
const clearText = [
  j(
    'The <code class="w3-codespan">clear()</code> method empties the set, so that it still exists but has no items. The',
    '<code class="w3-codespan">del</code> keyword goes further and deletes the set completely; using the name afterwards raises',
    'a NameError, because the variable no longer exists.',
  ),
  j(
    'Emptying a set is useful when the same set is filled again and again, for example once for every file a program reads,',
    'while deleting it is rarely needed in short scripts.',
  ),
];
const ex5 = code(['pantry = {"flour", "sugar", "oats"}', '', 'pantry.clear()', '', 'print(pantry)']);
const methodsHead = 'Summary of Methods';
const methods = [
  '<code class="w3-codespan">add()</code> adds one item.',
  '<code class="w3-codespan">update()</code> adds all items of an iterable.',
  '<code class="w3-codespan">remove()</code> removes an item and raises an error if it is missing.',
  '<code class="w3-codespan">discard()</code> removes an item and does nothing if it is missing.',
  '<code class="w3-codespan">pop()</code> removes and returns an arbitrary item.',
  '<code class="w3-codespan">clear()</code> empties the set, and <code class="w3-codespan">del</code> deletes the set completely.',
];
const subjects = ['Tutorials', 'Exercises', 'Certificates', 'Services', 'HTML', 'CSS', 'JavaScript', 'SQL', 'PYTHON', 'JAVA', 'PHP'];
const menu = [
  'Python HOME',
  'Python Intro',
  'Python Lists',
  'Python Tuples',
  'Python Sets',
  'Access Set Items',
  'Add and Remove Items',
  'Loop Sets',
  'Join Sets',
];
const foot = ['Top Tutorials', 'HTML Tutorial', 'CSS Tutorial', 'Python Tutorial', 'Top References', 'Python Reference', 'Top Examples'];
const box = (
  n: number,
  body: string,
): string => `<div class="w3-example"><h3>Example</h3><p>${['', 'Add an item', 'Add a list', 'Discard an item', 'Pop an item', 'Clear a set'][n]}:</p>
<div class="w3-code notranslate pythonHigh">${body}</div>
<a target="_blank" class="w3-btn btn-min" href="trypython.asp?filename=demo_set_${n}">Try it Yourself »</a></div>`;
const prevNext = `<div class="w3-clear nextprev"><a class="w3-left w3-btn" href="python_sets_access.asp">❮ Previous</a>
<a class="w3-right w3-btn" href="python_sets_loop.asp">Next ❯</a></div>`;
const html = `<!DOCTYPE html><html lang="en-US"><head><title>Python - Add and Remove Set Items</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="Keywords" content="HTML, Python, CSS, SQL, JavaScript, How to, PHP, Java">
<meta name="Description" content="Well organized and easy to understand Web building tutorials with lots of examples.">
<meta property="og:image" content="https://www.codeyard.example/images/codeyard_logo_436_2.png">
<link rel="stylesheet" href="/lib/codeyard.css?v=1.1"><script src="/lib/common-deps.js?v=1.0.2"></script>
<script>var k42 = false; window.codeyardAds = { leaderboard: "mainLeaderboard", skyscraper: "skyscraper" };</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Python Tutorial","item":"https://www.codeyard.example/python/"}]}</script></head>
<body><div id="pagetop" class="w3-bar notranslate w3-white"><a href="/" class="w3-bar-item w3-button" title="Home">CodeYard</a>
<ul class="w3-bar-item">${links(subjects, 'w3-bar-item w3-button')}</ul>
<a class="w3-bar-item w3-button" href="/spaces/">Spaces</a><a class="w3-bar-item w3-button w3-right" href="/signup">Sign Up</a>
<a class="w3-bar-item w3-button w3-right" href="/login">Log in</a></div>
<div id="cookie-banner" class="cy-consent"><p>We use cookies to personalise ads and to measure how our tutorials are used.</p>
<button>Accept</button> <button>Manage options</button></div>
<div class="w3-sidebar w3-collapse" id="sidenav"><div id="leftmenuinner"><div id="leftmenuinnerinner"><h2 class="left"><span class="left_h2">Python</span>
Tutorial</h2>
<ul>${links(menu)}</ul></div></div></div>
<div class="w3-main w3-light-grey" id="belowtopnav"><div class="w3-row w3-white"><div class="w3-col l10 m12" id="main">
<div id="mainLeaderboard" style="overflow:hidden;"><!-- MainLeaderboard--><div class="ad-label">ADVERTISEMENT</div>
<div id="adngin-main_leaderboard-0"></div></div>
<h1>Python - <span class="color_h1">Add and Remove Set Items</span></h1>
${prevNext}
<hr>
${ps(intro)}
<hr><h2>${addHead}</h2>
${ps(addText)}
${box(1, ex1)}
<hr><h2>${updHead}</h2>
${ps(updText)}
${box(2, ex2)}
<hr><h2>${remHead}</h2>
${ps(remText)}
${box(3, ex3)}
<div class="w3-panel w3-note"><p>${note}</p></div>
${ps(popText)}
${box(4, ex4)}
<hr><h2>${clearHead}</h2>
${ps(clearText)}
${box(5, ex5)}
<hr><h2>${methodsHead}</h2>
<ul>${lis(methods)}</ul>
<hr><div class="w3-panel w3-info intro"><h2>Exercise?</h2><p>What is a correct syntax for adding the item "salt" to the set <code>pantry</code>?</p>
<form><label><input type="radio" name="q"> pantry.append("salt")</label><label><input type="radio" name="q"> pantry.add("salt")</label>
<label><input type="radio" name="q"> pantry.insert("salt")</label><button class="w3-btn">Submit Answer »</button></form></div>
${prevNext}
<div id="mypagediv2" style="position:relative;text-align:center;"></div></div>
<div class="w3-col l2 m12" id="right"><div class="sidesection"><div id="skyscraper"><div class="ad-label">ADVERTISEMENT</div>
<div id="adngin-sidebar_top-0"></div></div></div>
<div class="sidesection" id="moreAboutSubject"><h4>Track your progress - it's free!</h4><a href="/signup" class="w3-btn">Sign Up</a></div>
<div class="sidesection"><div class="codeyard-certificate-promo"><h4>Get Certified</h4><p>Document your Python knowledge with the CodeYard Python exam.</p>
<a href="/certificates/python">Take the exam</a></div></div></div></div>
<footer class="w3-container w3-center" id="footer"><div class="footer-topic"><ul>${links(foot)}</ul></div>
<p class="footer-fine">CodeYard is optimized for learning and training. Examples might be simplified to improve reading and learning. While using this
site, you agree to have read and accepted our terms of use, cookie and privacy policy.</p><p>Copyright 1999-2026 by Halvorsen Vale Data. All Rights
Reserved.</p>
</footer></div>
<script src="/lib/codeyard.js?v=1.0.4"></script><script>uic_r_a(); hljs.highlightAll();</script></body></html>`;

const w3: TestPage = {
  name: 'heldout289-codeyard-tutorial-docs',
  kind: 'docs',
  html,
  title: 'Python - Add and Remove Set Items',
  headings: [addHead, updHead, remHead, clearHead, methodsHead],
  body: texts([...intro, ...addText, ex1, ...updText, ex2, ...remText, ex3, note, ...popText, ex4, ...clearText, ex5, ...methods]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CodeYard', ...subjects, 'Spaces', 'Sign Up', 'Log in', 'We use cookies to personalise ads and to measure how our tutorials are used.', 'Accept',
    'Manage options', 'Python Tutorial', ...menu, 'ADVERTISEMENT', '❮ Previous', 'Next ❯', 'Example', 'Add an item:', 'Add a list:', 'Discard an item:',
    'Pop an item:', 'Clear a set:', 'Try it Yourself »', 'Exercise?', 'What is a correct syntax for adding the item "salt" to the set pantry?',
    'Submit Answer »',
    "Track your progress - it's free!", 'Get Certified', 'Document your Python knowledge with the CodeYard Python exam.', 'Take the exam', ...foot,
    'CodeYard is optimized for learning and training. Examples might be simplified to improve reading and learning.',
    'While using this site, you agree to have read and accepted our terms of use, cookie and privacy policy.',
    'Copyright 1999-2026 by Halvorsen Vale Data. All Rights Reserved.',
  ],
};

export const HELDOUT289_D: readonly TestPage[] = [w3, gfg];
