import { links, ps, type TestPage, texts } from './page-kit.js';
import { w3schoolsPage } from './pages-heldout162-d2.js';

/**
 * Held-out batch 162, file d: a GeeksforGeeks article (the cookie consent bar, the main header with its menus, search
 * and "Sign In", the topic strip, the left "Python Tutorial" sidebar, the title, "Last Updated" line, the "Comments /
 * Improve / Suggest changes / Like / Report" bar, code blocks in gfg tabs with "Output" boxes, "Explanation:" lines with
 * bullet lists, an in-article ad label, the "Comment / More info / Advertise with us" strip, the "Next Article" link,
 * the "Similar Reads" rail and the footer) and, from file d2, a W3Schools tutorial page.
 */
const gfTitle = 'Remove Duplicates from a List in Python';
const gfIntro = [
  'Removing duplicates from a list is one of the most common clean-up steps in Python, for example when merging user IDs ' +
    'from two sources or collecting tags from several posts. The right method depends on whether the original order of ' +
    'the elements matters. For example:',
  '<b>Input:</b> a = [4, 2, 4, 7, 2, 9]<br><b>Output:</b> [4, 2, 7, 9]',
];
const gfH1 = 'Using dict.fromkeys()';
const gfP1 = [
  'This is the shortest way to remove duplicates while keeping the order in which elements first appear. Dictionary keys ' +
    'are unique, and since Python 3.7 dictionaries remember insertion order.',
];
const gfEx1 = [
  '<b>dict.fromkeys(a)</b> creates a dictionary whose keys are the elements of a; repeated elements become the same key.',
  '<b>list()</b> turns the keys back into a list, in the order they were first seen.',
];
const gfP1b = ["Let's explore some more ways and see how we can remove duplicates from a list."];
const gfH2 = 'Using set()';
const gfP2 = [
  'If the order of elements does not matter, converting the list to a set is the fastest option, because a set can hold each ' + 'value only once.',
];
const gfEx2 = [
  '<b>set(a)</b> keeps one copy of each element, but does not keep their order.',
  'The result may appear sorted for small integers, but this is not guaranteed and should not be relied on.',
];
const gfH3 = 'Using a loop with a seen set';
const gfP3 = [
  'A simple loop gives the most control. We keep a set of elements we have already seen and append an element to the result ' +
    'only the first time we meet it. This also works when we want to decide uniqueness by part of an element, such as a name ' +
    'in a list of dictionaries.',
];
const gfEx3 = [
  'Checking <b>x not in seen</b> takes constant time on average, so the loop runs in linear time.',
  'Appending to <b>res</b> in the loop keeps the original order.',
];
const gfH4 = 'Using list comprehension';
const gfP4 = [
  'A list comprehension that checks the part of the list before each element also keeps the order, but it compares every ' +
    'element with all earlier ones, so it becomes slow on long lists. It is fine for a handful of items.',
];
const gfNote = [
  '<b>Note:</b> All the methods above need the elements to be hashable except the list comprehension. For a list of lists, ' +
    'convert each inner list to a tuple first.',
];
const gfCookie = [
  'We use cookies to ensure you have the best browsing experience on our website. By using our site, you acknowledge that you have read and ' +
    'understood our Cookie Policy & Privacy Policy',
];
const gfMenu = ['Courses', 'Tutorials', 'Practice', 'Jobs'];
const gfStrip = [
  'Python Tutorial',
  'Data Types',
  'Interview Questions',
  'Examples',
  'Quizzes',
  'DSA Python',
  'Data Science',
  'NumPy',
  'Pandas',
  'Django',
  'Flask',
];
const gfSide = ['Python Lists', 'Python List Methods', 'Python List Comprehension', 'Python List Slicing', 'Reverse a List in Python', 'Python Tuples'];
const gfOpts = ['Comments', 'Improve', 'Suggest changes', 'Like Article', 'Like', 'Report'];
const gfSimilar = [
  'Python - Remove duplicate words from Strings in List',
  'Python - Ways to remove duplicates from list of dictionaries',
  'Python | Remove consecutive duplicates from list',
  'Python - Remove Duplicates from a list of tuples',
];
const gfFoot = [
  ['Company', 'About Us', 'Legal', 'Privacy Policy', 'Contact Us', 'Advertise with us', 'GFG Corporate Solution'],
  ['Languages', 'Python', 'Java', 'C++', 'PHP', 'GoLang', 'SQL', 'R Language'],
  ['DSA', 'Data Structures', 'Algorithms', 'DSA for Beginners', 'Basic DSA Problems'],
  ['Web Technologies', 'HTML', 'CSS', 'JavaScript', 'TypeScript', 'ReactJS'],
];
const code = (py: string, out: string): string => `<gfg-tabs data-run-ide="true" data-mode="light"><gfg-tab slot="tab">Python</gfg-tab>
<gfg-panel slot="panel" data-code-lang="python3"><pre><code class="language-python3">${py}</code></pre></gfg-panel></gfg-tabs>
<pre><b>Output</b><br>${out}</pre>`;
const expl = (items: string[]): string => `<p><b>Explanation:</b></p><ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const gfHtml = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1,
shrink-to-fit=no">
<title>${gfTitle} | GeeksforGeeks</title><meta name="description" content="Removing duplicates from a list is one of the most common clean-up steps in
Python.">
<meta property="og:type" content="article"><meta property="og:title" content="${gfTitle} | GeeksforGeeks"><meta property="og:site_name"
content="GeeksforGeeks">
<meta property="article:section" content="Python"><meta property="article:tag" content="python-list"><link rel="canonical"
href="https://www.geeksforgeeks.org/python/remove-duplicates-list-python/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"mainEntityOfPage":{"@type":"WebPage","id":"https://www.geeksforgeeks.org/python/remove-duplicates-list-python/"},
"headline":"${gfTitle}","datePublished":"2018-11-20 15:02:11",
"dateModified":"2025-07-11 17:44:09","author":{"@type":"Organization","name":"GeeksforGeeks"}}</script>
<link rel="stylesheet" href="https://www.geeksforgeeks.org/wp-content/themes/iconic-one/css/gfg.min.css?ver=20.9"><script async
src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
</head><body class="single single-post postid-1283042 single-format-standard">
<div class="cookie-consent" id="cookie-consent-bar"><p
class="cookie-text">We use cookies to ensure you have the best browsing experience on our website. By using our site, you
acknowledge that you have read and understood our <a href="https://www.geeksforgeeks.org/cookie-policy/">Cookie Policy</a> &amp; <a
href="https://www.geeksforgeeks.org/privacy-policy/">Privacy Policy</a></p>
<button class="consent-btn">Got It !</button></div>
<div class="header-main__wrapper" id="topMainHeader"><div class="header-main__container"><a href="https://www.geeksforgeeks.org/"
class="header-main__logo" aria-label="GeeksforGeeks">
<span class="gfg-icon gfg-icon_logo"></span></a><ul class="header-main__list">${gfMenu
  .map(
    (t) => `<li class="header-main__list-item"><span
class="header-main__list-text">${t}</span><i class="gfg-icon gfg-icon_arrow-down"></i></li>`,
  )
  .join('')}</ul>
<div class="header-main__right"><div class="header-main__search"><input type="text" placeholder="Search..." aria-label="Search"></div><button
class="header-main__signup login-modal-btn">Sign In</button></div></div></div>
<div id="secondary-header" class="header-sub"><ul class="header-sub__list">${links(gfStrip, 'header-sub__list-item')}</ul></div>
<div id="main" class="main-content"><div class="leftBar"><div class="leftbar-inner"><h3 class="leftbar-title">Python Tutorial</h3><ul
class="leftbar-list">${links(gfSide, 'leftbar-item')}</ul></div></div>
<div class="article--viewer"><div class="article--viewer_content"><div class="a-wrapper"><article class="content post-1283042 post type-post
status-publish format-standard hentry category-python tag-python-list">
<div class="article-title"><h1>${gfTitle}</h1></div>
<div class="article-meta-author-details"><div class="last_updated_parent"><span>Last Updated : </span><span>11 Jul, 2025</span></div></div>
<div class="article--viewer_options">${gfOpts
  .map(
    (t) => `<span class="article-option ${t.toLowerCase().replace(/ /g, '-')}"><i
class="gfg-icon"></i><span>${t}</span></span>`,
  )
  .join('\n')}</div>
<div class="text"><div class="html-chunk">
${ps(gfIntro, ' dir="ltr"')}
<h2 id="using-dictfromkeys" style="text-align:left"><span>${gfH1}</span></h2>
${ps(gfP1, ' dir="ltr"')}
${code('a = [4, 2, 4, 7, 2, 9]\nres = list(dict.fromkeys(a))\nprint(res)', '[4, 2, 7, 9]')}
${expl(gfEx1)}
${ps(gfP1b, ' dir="ltr"')}
<h2 id="using-set" style="text-align:left"><span>${gfH2}</span></h2>
${ps(gfP2, ' dir="ltr"')}
${code('a = [4, 2, 4, 7, 2, 9]\nres = list(set(a))\nprint(res)', '[2, 4, 9, 7]')}
${expl(gfEx2)}
<div class="ad-container" id="GFG_AD_Desktop_InContent_ATF_336x280"><span class="ad-label">Advertisement</span></div>
<h2 id="using-a-loop-with-a-seen-set" style="text-align:left"><span>${gfH3}</span></h2>
${ps(gfP3, ' dir="ltr"')}
${code(
  'a = [4, 2, 4, 7, 2, 9]\nseen = set()\nres = []\nfor x in a:\n    if x not in seen:\n        seen.add(x)\n        res.append(x)\nprint(res)',
  '[4, ' + '2, 7, 9]',
)}
${expl(gfEx3)}
<h2 id="using-list-comprehension" style="text-align:left"><span>${gfH4}</span></h2>
${ps(gfP4, ' dir="ltr"')}
${code('a = [4, 2, 4, 7, 2, 9]\nres = [x for i, x in enumerate(a) if x not in a[:i]]\nprint(res)', '[4, 2, 7, 9]')}
<blockquote>${ps(gfNote, ' dir="ltr"')}</blockquote>
</div></div>
<div class="article-bottom-text"><div class="article-pgnavi"><div class="article-pgnavi_next"><span class="pg-head">Next Article</span>
<a href="https://www.geeksforgeeks.org/python/python-ways-to-remove-duplicates-from-list/"><span
class="pg-title">Python - Ways to remove duplicates from list of dictionaries</span></a></div></div>
<div class="article-bottom-options"><span>Comment</span><span>More info</span><a
href="https://www.geeksforgeeks.org/about/contact-us/">Advertise with us</a></div></div>
</article></div></div>
<div class="article--recommended"><h2 class="recommended-title">Similar Reads</h2><ul class="recommended-list">${gfSimilar
  .map(
    (t) => `<li
class="recommended-item"><a href="#"><h3>${t}</h3></a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<footer class="footer-wrapper"><div class="footer-wrapper_branding"><a href="https://www.geeksforgeeks.org/" aria-label="GeeksforGeeks"><span
class="gfg-icon gfg-icon_logo"></span></a>
<p class="footer-wrapper_branding-address">Registered Office: 14 Larkspur Business Park, Sector 9, Meridian City</p></div><div class="footer-wrapper_links">
${gfFoot
  .map(
    ([t, ...items]) => `<ul class="footer-wrapper_links-list"><li><p
class="footer-wrapper_links-list-title">${t}</p></li>${links(items)}</ul>`,
  )
  .join('\n')}</div>
<div class="footer-wrapper_copyright">@GeeksforGeeks, All rights reserved</div></footer>
<script src="https://www.geeksforgeeks.org/wp-content/themes/iconic-one/js/gfg.min.js?ver=20.9" defer></script></body></html>`;
const gfgPage: TestPage = {
  html: gfHtml,
  name: 'heldout162-geeksforgeeks-article',
  kind: 'docs',
  // the input/output example line, the "Explanation:" bullets and the note are body ("Explanation:" and "Output" labels,
  // code and output are in neither list); "Last Updated" is a byline; the option bar, Similar Reads and footer are furniture
  title: gfTitle,
  headings: [gfH1, gfH2, gfH3, gfH4],
  body: texts([...gfIntro, ...gfP1, ...gfEx1, ...gfP1b, ...gfP2, ...gfEx2, ...gfP3, ...gfEx3, ...gfP4, ...gfNote]),
  bylines: ['Last Updated : 11 Jul, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...gfCookie, 'Got It !', ...gfMenu, 'Sign In', ...gfStrip, ...gfSide, ...gfOpts, 'Advertisement', 'Next Article', 'Comment', 'More info',
    'Advertise with us', 'Similar Reads', ...gfSimilar, 'Registered Office: 14 Larkspur Business Park, Sector 9, Meridian City', ...gfFoot.flat(),
    '@GeeksforGeeks, All rights reserved',
  ])],
};

export const HELDOUT162_D: readonly TestPage[] = [gfgPage, w3schoolsPage];
