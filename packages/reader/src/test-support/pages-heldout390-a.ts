import { links, ps, type TestPage, texts } from './page-kit.js';
import { w3 } from './pages-heldout390-a2.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file a: a GeeksforGeeks-style article with code blocks and "Output" sections (header with the
 * course menu, left topic bar, "Last Updated" line, improve / like / share bar, "Also Read", "Similar Reads" rail,
 * "Explore" box, cookie banner, footer) and, from file a2, a W3Schools-style reference page with "Try it Yourself" boxes.
 */
const gTitle = 'Python Program to Rotate a List by K Positions';
const gIntro = [
  j(
    'Given a list of numbers and an integer <b>k</b>, the task is to rotate the list to the right by k positions. Each element',
    'moves k places towards the end, and the elements that fall off the end wrap around to the front.',
  ),
  '<b>Examples:</b>',
];
const gEx = ['<b>Input:</b> a = [4, 9, 1, 7, 3], k = 2 <b>Output:</b> [7, 3, 4, 9, 1]', '<b>Input:</b> a = [12, 5, 8], k = 4 <b>Output:</b> [8, 12, 5]'];
const gS1 = [
  j(
    'The shortest way to rotate a list in Python is to cut it into two slices and join them in the other order. Before slicing we',
    'reduce k modulo the length of the list, so that a rotation by more than the length does not go out of range.',
  ),
];
const gS1b = [
  j(
    '<b>Explanation:</b> a[-k:] takes the last k elements and a[:-k] takes everything before them. Joining the two slices',
    'builds a new list, so the original list is left unchanged. The time complexity is O(n) and the auxiliary space is O(n).',
  ),
];
const gS2 = [
  j(
    'The <b>collections</b> module provides a double-ended queue whose rotate() method does the same work in place. This is',
    'handy when the list is rotated many times in a loop, because a deque does not copy its elements on every call.',
  ),
];
const gS2b = ['<b>Explanation:</b> rotate(k) moves every element k steps to the right; a negative k rotates to the left instead.'];
const gS3 = [
  j(
    'If extra memory is not allowed, the list can be rotated in place with three reversals: reverse the whole list, then reverse',
    'the first k elements, then reverse the rest. Each element is swapped at most twice.',
  ),
];
const gS3list = [
  'Reverse the entire list from index 0 to n - 1.',
  'Reverse the first k elements from index 0 to k - 1.',
  'Reverse the remaining elements from index k to n - 1.',
];
const gS3b = ['This approach runs in O(n) time and uses O(1) auxiliary space, which makes it the usual answer in interviews.'];
const gHeads = ['Using List Slicing', 'Using collections.deque', 'Using the Reversal Algorithm'];
const gTop = ['Courses', 'Tutorials', 'Practice', 'Jobs', 'DSA', 'Interview Prep', 'Web Development', 'Data Science'];
const gLeft = ['Python Tutorial', 'Interview Questions', 'Python Quiz', 'Python Projects', 'Practice Python', 'Data Science With Python'];
const gSimilar = [
  'Python Program to Reverse a List in Groups of K',
  'Python Program to Split a List into Chunks of Size N',
  'Python Program to Find the Second Largest Element in a List',
  'Left Rotation of an Array Using Juggling Algorithm',
];
const gFoot = ['About Us', 'Legal', 'Privacy Policy', 'Careers', 'In Media', 'Contact Us', 'Corporate Solution', 'Campus Training Program'];
const gFoot2 = ['DSA Roadmap', 'Top 100 DSA Interview Problems', 'System Design Bootcamp', 'Competitive Programming'];
const code = (lang: string, src: string): string => `<div class="code-container"><div class="code-block"><div class="code-gutter"></div>
<pre><code class="language-${lang}">${src}</code></pre></div><div class="code-actions"><button class="copy-code-button" aria-label="Copy code">
</button><button class="run-code-button">Run</button></div></div>`;
const out = (src: string): string => `<p dir="ltr"><b><strong>Output</strong></b></p><pre><span>${src}</span></pre>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} - CodersNook</title>
<meta name="description" content="Given a list of numbers and an integer k, the task is to rotate the list to the right by k positions.">
<meta property="og:type" content="article"><meta property="og:site_name" content="CodersNook"><meta property="og:title" content="${gTitle}">
<meta property="article:section" content="Python"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2025-08-14",
"dateModified":"2026-03-12","author":{"@type":"Organization","name":"CodersNook"},"publisher":{"@type":"Organization","name":"CodersNook"}}</script>
<script>var arrPost=["python-programs"];var post_id=1188210;var gfgAdsEnabled=true;</script>
<link rel="stylesheet" href="https://media.codersnook.example/gfg-gg-logo.css"></head>
<body class="single-article theme-light"><div id="comp"><header class="header-main__wrapper"><div class="header-main__container">
<a class="header-main__left-logo" href="/" aria-label="CodersNook home"><img src="/logo.svg" alt="CodersNook logo"></a>
<ul class="header-main__list">${links(gTop, 'header-main__list-item')}</ul>
<div class="hs-search-wrapper"><input type="text" class="gcse-search-input" placeholder="Search..."></div>
<button class="header-main__signin" id="userProfileId">Sign In</button></div></header>
<div class="sideBar-wrapper"><div id="main"><div class="leftBar"><div class="leftbar-title">Python Tutorial</div>
<ul class="leftBarList">${links(gLeft.slice(1), 'leftBarList-item')}</ul></div>
<div id="primary"><div class="article--viewer"><div class="a-wrapper"><article class="content post-1188210 post type-post">
<div class="article-title"><h1>${gTitle}</h1></div>
<div class="article-meta"><div class="article-meta-author"><span class="strong">Last Updated : </span><span>12 Mar, 2026</span></div>
<div class="three_dot_dropdown"><div class="improve-header-sec-child">Improve</div></div></div>
<div class="text">
${ps(gIntro, ' dir="ltr"')}
<ul>${gEx.map((e) => `<li>${e}</li>`).join('\n')}</ul>
<h2 id="using-list-slicing"><b><strong>${gHeads[0]}</strong></b></h2>
${ps(gS1, ' dir="ltr"')}
${code('python', 'a = [4, 9, 1, 7, 3]\nk = 2\nk = k % len(a)\nres = a[-k:] + a[:-k]\nprint(res)')}
${out('[7, 3, 4, 9, 1]')}
${ps(gS1b, ' dir="ltr"')}
<div class="ReadMore"><p><b>Also Read:</b> <a href="/python-list-slicing/">Python List Slicing</a></p></div>
<h2 id="using-collections-deque"><b><strong>${gHeads[1]}</strong></b></h2>
${ps(gS2, ' dir="ltr"')}
${code('python', 'from collections import deque\n\nd = deque([12, 5, 8])\nd.rotate(4)\nprint(list(d))')}
${out('[8, 12, 5]')}
${ps(gS2b, ' dir="ltr"')}
<h2 id="using-the-reversal-algorithm"><b><strong>${gHeads[2]}</strong></b></h2>
${ps(gS3, ' dir="ltr"')}
<ol>${gS3list.map((e) => `<li>${e}</li>`).join('\n')}</ol>
${code('python', 'def rev(a, i, j):\n    while i &lt; j:\n        a[i], a[j] = a[j], a[i]\n        i += 1\n        j -= 1')}
${out('[7, 3, 4, 9, 1]')}
${ps(gS3b, ' dir="ltr"')}
</div></article>
<div class="article-bottom-text"><div class="article-pgnavi"><a href="/python-program-to-reverse-a-list/" rel="prev">Comment</a></div>
<div class="more-info"><a href="https://www.codersnook.example/author/kavyan_17/" class="author-link">K</a><span>kavyan_17</span></div>
<div class="improve-article"><span>Improve</span></div>
<div class="article-buttons"><span class="like-count">Like Article</span><span>Article Tags :</span>
<a href="/tag/python-list-programs/">Python list-programs</a>
<a href="/tag/python-rotation-programs/">python-rotation-programs</a></div></div></div>
<div class="explore-box"><h2>Explore</h2><ul>${links(gLeft, 'explore-item')}</ul></div>
<div class="article-recommended"><h3 class="similar-read-heading">Similar Reads</h3><ul class="similar-read-list">${links(gSimilar, 'similar-read')}</ul></div>
</div></div>
<div id="secondary" class="rightBar"><div class="widget gfg-sticky-ad"><span class="adv-text">Advertisement</span><div id="GFG_AD_Desktop_RightBar"></div></div>
<div class="courses-widget"><h4>Master Python with our course</h4><a class="course-btn" href="/courses/python">Explore Course</a></div></div></div></div>
<footer class="footer-wrapper"><div class="footer-wrapper_branding"><p class="footer-address">Corporate &amp; Communications Address: Unit 4, Larkfield
Business Park, Tessbury</p></div><ul class="footer-wrapper_links-list">${links(gFoot, 'footer-link')}</ul><ul class="footer-wrapper_links-list">${links(
  gFoot2,
  'footer-link',
)}</ul><div class="footer-bottom-links"><p>© CodersNook Learning Pvt. Ltd. All rights reserved</p></div></footer>
<div class="cookie-consent-wrapper" id="cookieConsent"><p class="cookie-text">We use cookies to ensure you have the best browsing experience on our
website. By using our site, you acknowledge that you have read and understood our Cookie Policy &amp; Privacy Policy</p>
<button class="consent-btn" id="cookieAccept">Got It !</button></div></div>
<script src="https://media.codersnook.example/js/article.min.js" defer></script></body></html>`;
const gfg: TestPage = {
  name: 'heldout390-geeksforgeeks-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, ...gEx, ...gS1, ...gS1b, ...gS2, ...gS2b, ...gS3, ...gS3list, ...gS3b]),
  bylines: ['Last Updated :', '12 Mar, 2026', 'kavyan_17'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gTop, 'Sign In', ...gLeft, 'Improve', 'Also Read: Python List Slicing', 'Comment', 'Like Article', 'Article Tags :', 'Python list-programs',
    'python-rotation-programs', 'Explore', 'Similar Reads', ...gSimilar, 'Advertisement', 'Master Python with our course', 'Explore Course',
    'Corporate & Communications Address: Unit 4, Larkfield Business Park, Tessbury', ...gFoot, ...gFoot2,
    '© CodersNook Learning Pvt. Ltd. All rights reserved', 'Got It !',
    j(
      'We use cookies to ensure you have the best browsing experience on our website. By using our site, you acknowledge that you',
      'have read and understood our Cookie Policy & Privacy Policy',
    ),
  ],
};

export const HELDOUT390_A: readonly TestPage[] = [gfg, w3];
