import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file d2: a GeeksforGeeks-style article on an invented programming-tutorial site (the header with the
 * course menus, the left "Explore" rail, the article title block with "Last Updated", the Improve / Like / Suggest changes
 * bar, code blocks in the site's code table with "Output", the "Article Tags" line, the "Next Article" and "Similar Reads"
 * rails, the "Corporate & Communications Address" footer and the cookie banner).
 */
const title = 'Two Pointer Technique in Arrays';
const intro = [
  j(
    'The two pointer technique is a simple way of solving many array problems in linear time. Instead of checking every pair',
    'of elements with two nested loops, we keep two indices and move them towards each other, or in the same direction, according',
    'to a rule that never skips a possible answer.',
  ),
  'It works best when the array is sorted, or when the problem asks about a contiguous part of the array.',
];
const exHead = 'Example: Pair with a Given Sum';
const exText = [
  j(
    '<strong>Problem:</strong> Given a sorted array <code>arr[]</code> of n integers and a target value, find whether there is a',
    'pair of elements whose sum equals the target.',
  ),
  '<strong>Input:</strong> arr[] = [2, 5, 8, 11, 14], target = 19<br><strong>Output:</strong> true (5 + 14 = 19)',
];
const naiveHead = 'Naive Approach - O(n^2) Time';
const naive = [
  j(
    'The simplest idea is to try every pair. For each element we loop over all the elements after it and check their sum. This',
    'is correct but slow: for an array of a hundred thousand elements it performs about five billion additions.',
  ),
];
const twoHead = 'Expected Approach - Using Two Pointers - O(n) Time';
const two = [
  j(
    'Place one pointer <code>left</code> at the start of the array and another pointer <code>right</code> at the end. Then repeat',
    'the following steps while <code>left</code> is less than <code>right</code>:',
  ),
];
const steps = [
  'If arr[left] + arr[right] equals the target, a pair has been found.',
  'If the sum is smaller than the target, move left one step to the right to make the sum bigger.',
  'If the sum is larger than the target, move right one step to the left to make the sum smaller.',
];
const codeLines = [
  'def has_pair(arr, target):',
  '    left, right = 0, len(arr) - 1',
  '    while left < right:',
  '        s = arr[left] + arr[right]',
  '        if s == target:',
  '            return True',
  '        if s < target:',
  '            left += 1',
  '        else:',
  '            right -= 1',
  '    return False',
  '',
  'print(has_pair([2, 5, 8, 11, 14], 19))',
];
const whyHead = 'Why Does It Work?';
const why = [
  j(
    'Each move discards a value that cannot be part of any answer. When the sum is too small, arr[left] paired with the largest',
    'remaining value is still too small, so arr[left] cannot pair with anything. The same argument, reversed, holds for',
    'arr[right]. Because one pointer moves at every step, the loop runs at most n times.',
  ),
  '<strong>Time Complexity:</strong> O(n), <strong>Auxiliary Space:</strong> O(1)',
];
const moreHead = 'Other Problems Solved with Two Pointers';
const more = [
  'Removing duplicates from a sorted array in place.',
  'Checking whether a string is a palindrome.',
  'Finding the container that holds the most water.',
  'Merging two sorted arrays.',
];
const explore = ['DSA Tutorial', 'Arrays', 'Strings', 'Linked List', 'Searching Algorithms', 'Sorting Algorithms', 'Practice Problems'];
const top = ['Courses', 'Tutorials', 'Practice', 'Jobs'];
const tags = ['DSA', 'Arrays', 'two-pointer-algorithm'];
const similar = ['Sliding Window Technique', 'Prefix Sum Array - Implementation', 'Merge Two Sorted Arrays in O(1) Extra Space', 'Three Sum Problem'];
const foot = ['About Us', 'Legal', 'Privacy Policy', 'Careers', 'Advertise with us', 'Contact Us'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${title} - ByteForGeeks</title>
<meta name="description" content="The two pointer technique is a simple way of solving many array problems in linear time.">
<meta property="og:type" content="article"><meta property="article:section" content="DSA"><meta property="article:modified_time"
content="2026-01-22T11:40:03+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","dateModified":"2026-01-22",
"author":{"@type":"Organization","name":"ByteForGeeks"},"publisher":{"@type":"Organization","name":"ByteForGeeks"}}</script>
<script>var arrPostId = 1184732; var gfgTheme = "gfgThemeLight"; var post_slug = "two-pointer-technique-in-arrays";</script>
<link rel="stylesheet" href="https://assets.byteforgeeks.example/wp-content/themes/iconic-one/css/gfg.min.css"></head>
<body class="single single-post postid-1184732"><div id="gfg-cookie-consent" class="cookie-consent"><p>We use cookies to ensure you have the best
browsing experience on our website. By using our site, you acknowledge that you have read and understood our Cookie Policy &amp; Privacy Policy</p>
<button class="consent-btn">Got It !</button></div>
<header class="header-main__wrapper"><div class="header-main__container"><a href="/" class="header-main__logo"><span>ByteForGeeks</span></a>
<ul class="header-main__list">${links(top, 'header-main__list-item')}</ul>
<div class="header-main__search"><input type="text" placeholder="Search..." aria-label="Search"></div><a class="header-main__signin"
href="/login">Sign In</a></div>
<div class="hslider"><ul>${links(['DSA', 'Interview Problems', 'Python', 'Java', 'C++', 'System Design'], 'hslider__item')}</ul></div></header>
<div class="main_wrapper"><div class="leftBar"><div class="leftbar-title">Explore</div><ul>${links(explore, 'leftbar-item')}</ul></div>
<div class="article--viewer"><div class="article--viewer_content"><div class="a-wrapper"><article class="content post-1184732 post type-post">
<div class="article-title"><h1>${title}</h1></div>
<div class="article-meta"><div class="article-meta-author-details"><span class="strong">Last Updated : </span><span>22 Jan, 2026</span></div>
<div class="article--viewer_header__buttons"><button class="improve-button">Improve</button><button class="like-button">Like Article</button>
<button class="share-button">Share</button><button class="report-button">Report</button></div></div>
<div class="text">
${ps(intro)}
<h2>${exHead}</h2>
${ps(exText)}
<h3>${naiveHead}</h3>
${ps(naive)}
<h3>${twoHead}</h3>
${ps(two)}
<ul>${lis(steps)}</ul>
<gfg-tabs data-run-ide="true" data-mode="light"><gfg-tab slot="tab">Python</gfg-tab><gfg-panel slot="panel" data-code-lang="python3">
<pre><code class="language-python3">${codeLines.join('\n').replace(/</g, '&lt;')}</code></pre></gfg-panel></gfg-tabs>
<p><strong>Output</strong></p><pre>True</pre>
<h3>${whyHead}</h3>
${ps(why)}
<h2>${moreHead}</h2>
<ul>${lis(more)}</ul>
</div>
<div class="article-bottom-text"><p>Comment</p><p>More info</p><a href="/advertise">Advertise with us</a></div>
<div class="article_bottom_suggestion_wrapper"><div class="article-bottom-tags"><span>Article Tags :</span><ul>${links(tags, 'article--viewer_tags')}</ul></div>
<div class="next-article"><span>Next Article</span><a href="/sliding-window-technique/">Sliding Window Technique</a></div></div>
</article></div></div>
<div class="similarReadWrapper"><h2 class="similarReadTitle">Similar Reads</h2><ul>${links(similar, 'similarRead-item')}</ul></div></div></div>
<footer class="footer-wrapper"><div class="footer-wrapper_branding"><p class="footer-wrapper_branding-address">Corporate &amp; Communications Address:</p>
<p>A-77, Lakeside Park, Tamsworth Sector 9, Invented State - 201999</p></div><ul>${links(foot, 'footer-link')}</ul>
<p class="footer-copyright">@ByteForGeeks, Cedar Lane Learning Pvt. Ltd. All rights reserved</p></footer>
<script src="https://assets.byteforgeeks.example/js/gfg-ide.min.js" defer></script></body></html>`;

export const gfg: TestPage = {
  name: 'heldout289-byteforgeeks-article-blog',
  kind: 'blog',
  html,
  title,
  headings: [exHead, naiveHead, twoHead, whyHead, moreHead],
  body: texts([...intro, ...exText, ...naive, ...two, ...steps, codeLines.join('\n').replace(/</g, '&lt;'), 'True', ...why, ...more]),
  bylines: ['Last Updated : 22 Jan, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to ensure you have the best browsing experience on our website.', 'Got It !', 'ByteForGeeks', ...top, 'Sign In', 'Interview Problems',
    'System Design', 'Explore', ...explore.filter((t) => t !== 'Arrays'), 'Improve', 'Like Article', 'Share', 'Report', 'Comment', 'More info',
    'Advertise with us', 'Article Tags :', 'two-pointer-algorithm', 'Next Article', 'Similar Reads', ...similar, 'Corporate & Communications Address:',
    'A-77, Lakeside Park, Tamsworth Sector 9, Invented State - 201999', ...foot.filter((t) => t !== 'Advertise with us'),
    '@ByteForGeeks, Cedar Lane Learning Pvt. Ltd. All rights reserved',
  ],
};
