import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file d2: a Programiz-style example page whose main text is short (Drupal markup, top bar with the
 * "Try PRO for FREE" promo, left example list, "To understand this example" prerequisite topic links, two examples with
 * "Output" boxes, "Also Read", "Share on:" and "Did you find this article helpful?" widgets, "Related Examples" cards,
 * right-column course promo, footer).
 */
const pTitle = 'Java Program to Check Whether a String is a Palindrome';
const pPre = ['To understand this example, you should have the knowledge of the following Java programming topics:'];
const pTopics = ['Java Strings', 'Java for Loop', 'Java StringBuilder'];
const pH = ['Example 1: Check Palindrome String Using a for Loop', 'Example 2: Check Palindrome Using StringBuilder'];
const p1 = [
  j(
    'A string is a palindrome if it reads the same forwards and backwards, for example <var>level</var> or <var>rotor</var>. In the',
    'program below, we compare characters from both ends of the string and move towards the middle.',
  ),
  j(
    'In the above program, the loop runs only up to half the length of the string. As soon as a pair of characters does not',
    'match, we set <var>isPalindrome</var> to false and stop. We convert the string to lowercase first so that <var>Rotor</var>',
    'is also treated as a palindrome.',
  ),
];
const p2 = [
  'Here, we have used the <code>reverse()</code> method of the <code>StringBuilder</code> class to reverse the string.',
  j(
    'The reversed string is then compared with the original using <code>equalsIgnoreCase()</code>. This version is shorter, but',
    'it builds a second string in memory, while the loop in Example 1 works without extra space.',
  ),
];
const pTop = ['Tutorials', 'Examples', 'Courses', 'Try PRO for FREE', 'Log In', 'Join Now'];
const pLeft = ['Java Examples', 'Check Leap Year', 'Reverse a Number', 'Count Vowels in a String', 'Sort Elements in Lexicographical Order'];
const pRelated = [
  'Java Program to Reverse a Sentence Using Recursion',
  'Java Program to Check Whether a Number is Palindrome or Not',
  'Java Program to Count the Number of Vowels and Consonants in a Sentence',
];
const pFoot = ['Python', 'JavaScript', 'SQL', 'HTML', 'C++', 'Java', 'About Us', 'Advertising', 'Privacy Policy', 'Terms & Conditions', 'Contact'];
const codeBox = (src: string): string => `<div class="code-editor__wrapper"><pre><code class="language-java">${src}</code></pre>
<a class="code-editor__run-button" href="/java-programming/online-compiler">Run Code</a></div>`;
const outBox = (src: string): string => `<p><strong>Output</strong></p><pre class="output"><samp>${src}</samp></pre>`;
const pHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${pTitle}</title>
<meta name="description" content="In this program, you'll learn to check whether a string is a palindrome in Java.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:site_name" content="Programorix">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${pTitle}","isPartOf":{"@type":"WebSite",
"name":"Programorix"}}]}</script>
<script>window.drupalSettings = {"path":{"currentPath":"node/2211"},"user":{"uid":0}};</script></head>
<body class="path-node page-node-type-example"><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="main-header"><nav class="main-header__nav"><a class="logo" href="/">Programorix</a><ul>${links(pTop, 'main-header__item')}</ul>
</nav></header>
<div class="page-container"><aside class="left-sidebar"><div class="block-menu"><ul>${links(pLeft, 'menu-item')}</ul></div></aside>
<main class="main-content" role="main"><div class="region region-content"><article role="article" class="node node--type-example node--view-mode-full">
<div class="editor-contents"><h1 class="editor-contents__title">${pTitle}</h1>
<div class="editor-contents__content">
<div class="tutorial-pre-knowledge">${ps(pPre)}<ul>${pTopics
  .map((t) => `<li><a href="/java-programming/${t.split(' ').pop()?.toLowerCase() ?? ''}">${t}</a></li>`)
  .join('\n')}</ul></div>
<hr><h2>${pH[0]}</h2>
${codeBox(
  'class Main {\n  public static void main(String[] args) {\n    String str = "Rotor", lower = str.toLowerCase();\n' +
    '    boolean isPalindrome = true;\n    // compare from both ends\n  }\n}',
)}
${outBox('Rotor is a Palindrome String.')}
${ps(p1)}
<h2>${pH[1]}</h2>
${codeBox('String reversed = new StringBuilder(str).reverse().toString();\nif (str.equalsIgnoreCase(reversed)) { ... }')}
${outBox('Madam is a Palindrome String.')}
${ps(p2)}
<p class="also-read"><strong>Also Read:</strong></p><ul class="also-read-list"><li><a href="/java-programming/examples/reverse-string">Java Program to
Reverse a String</a></li></ul>
</div></div>
<div class="share-article"><span class="share-article__label">Share on:</span><a href="#" class="share-facebook">Facebook</a>
<a href="#" class="share-twitter">Twitter</a><a href="#" class="share-linkedin">LinkedIn</a></div>
<div class="feedback-widget"><p class="feedback-widget__question">Did you find this article helpful?</p><button>Yes</button><button>No</button></div>
<section class="related-examples"><h3 class="related-examples__title">Related Examples</h3><ul>${links(pRelated, 'related-card')}</ul></section>
</article></div></main>
<aside class="right-sidebar"><div class="course-promo"><p class="course-promo__title">Your path to become a smart programmer</p>
<p>Learn Java with interactive lessons, quizzes and a certificate of completion.</p><a class="btn" href="/pro">Try PRO for FREE</a></div></aside></div>
<footer class="main-footer"><ul>${links(pFoot, 'footer-item')}</ul><p class="copyright">© Parima Learning Co. 2026</p></footer></div>
<div class="cookie-consent"><p>We use cookies to personalize content and analyze traffic.</p><button class="cookie-consent__accept">Accept</button></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
export const programiz: TestPage = {
  name: 'heldout390-programiz-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pPre, ...pTopics, ...p1, ...p2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Programorix', ...pTop, ...pLeft, 'Run Code', 'Also Read:', 'Java Program to Reverse a String', 'Share on:', 'Facebook', 'Twitter', 'LinkedIn',
    'Did you find this article helpful?', 'Yes', 'Related Examples', ...pRelated, 'Your path to become a smart programmer',
    'Learn Java with interactive lessons, quizzes and a certificate of completion.', ...pFoot.filter((f) => f !== 'Java'), '© Parima Learning Co. 2026',
    'We use cookies to personalize content and analyze traffic.', 'Accept',
  ],
};
