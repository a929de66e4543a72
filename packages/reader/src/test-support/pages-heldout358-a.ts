import { links, ps, type TestPage, texts } from './page-kit.js';
import { finalsiteBoard } from './pages-heldout358-a2.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file a: a primary school's weekly newsletter on a PrimarySite-style UK school website (top bar with
 * translate and search, main menu, breadcrumbs, newsletter post with date and author, attendance table, "Dates for your
 * diary" list, the newsletter archive sidebar, the cookie notice and the footer) and, from file a2, a Finalsite district
 * board meeting news post.
 */
const nTitle = 'Newsletter – Friday 13th March 2026';
const nIntro = [
  j(
    'What a busy and cheerful week it has been at Hollin Brook. Year 4 returned from their residential at Crag End full of stories about',
    'gorge walking, and the whole school celebrated World Book Day with a costume parade that stretched the length of the playground.',
  ),
  j(
    'Thank you to every family who helped with costumes. We counted eleven Gruffalos, six Matildas and one very convincing lighthouse,',
    'which Mr Aske has asked to borrow for the Year 2 topic on journeys.',
  ),
];
const nMsg = [
  j(
    'Our spring parent consultations take place on Tuesday 24th and Wednesday 25th March. Appointments are ten minutes long and can be',
    'booked through the school app from Monday morning. If you cannot make either evening, please speak to your child’s class teacher',
    'and we will arrange a telephone call instead.',
  ),
  j(
    'We have also had a number of questions about the new drop-off arrangements on Tanners Lane. The one-way system will stay in place',
    'until the end of term, when the council will review it with us. Please do not park on the zig-zag lines, even for a minute.',
  ),
];
const nAttend = [
  j(
    'Whole-school attendance this week was 95.8%, just short of our target of 96%. Well done to Kestrel class, who win the attendance',
    'trophy for the third week running.',
  ),
];
const nDiary = [
  '<strong>Mon 16th March</strong> – Year 6 Bikeability begins (all week)',
  '<strong>Wed 18th March</strong> – Reception and Year 1 trip to Marlow Farm',
  '<strong>Fri 20th March</strong> – Red Nose Day: non-uniform for a donation',
  '<strong>Tue 24th and Wed 25th March</strong> – Parent consultations, 3.30pm to 6.30pm',
  '<strong>Fri 27th March</strong> – Easter bonnet parade, 2.30pm, and school closes at 3.15pm',
];
const nStars = [
  'Wren class – Ada, for her careful handwriting in her letter to the mayor',
  'Kestrel class – Tobias, for helping a new classmate settle in',
  'Heron class – Priya, for her brilliant fractions explanation',
  'Owl class – Callum, for persevering with his swimming',
];
const nRemind = [
  j(
    'Please make sure every item of uniform is named. The lost property box is overflowing again and will be taken to the charity shop',
    'on the last day of term.',
  ),
  j('Have a lovely weekend, and we look forward to seeing everyone on Monday.'),
];
const nNav = ['Home', 'About Us', 'Key Information', 'Parents', 'Children', 'Curriculum', 'Contact Us'];
const nCrumbs = ['Parents', 'Newsletters'];
const nSide = ['Newsletter – Friday 6th March 2026', 'Newsletter – Friday 27th February 2026', 'Newsletter – Friday 13th February 2026'];
const nFoot = ['Privacy Notice', 'Accessibility Statement', 'Cookie Policy', 'Complaints Procedure'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Newsletter – Friday 13th March 2026 | Hollin Brook Primary School</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Weekly newsletter from Hollin Brook Primary School.">
<meta property="og:title" content="Newsletter – Friday 13th March 2026"><meta property="og:type" content="article">
<link rel="stylesheet" href="/_site/css/main.css?cache=260301">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"School",
"name":"Hollin Brook Primary School","address":"Tanners Lane, Lowthorpe"}</script>
<script>var PSD = {siteID: 48211, page: "blog-post", cookiesAccepted: false};</script></head>
<body class="body_blog-post">
<div id="cookie-notice" class="cookie-notice"><p class="cookie-notice__text">We use cookies to help us improve this website. Some are essential and
others help us understand how you use it.</p><a class="cookie-notice__link" href="/cookies">Find out more</a>
<button class="cookie-notice__accept">Accept cookies</button><button class="cookie-notice__reject">Reject non-essential</button></div>
<header id="site-header"><div class="header__utility"><a href="#content" class="skip-link">Skip to content</a>
<div id="google_translate_element" class="translate">Translate</div><form class="header__search" action="/search"><label for="q">Search</label>
<input id="q" name="q"></form></div>
<a class="header__logo" href="/"><img src="/_site/img/logo.png" alt=""><span class="header__name">Hollin Brook Primary School</span></a>
<p class="header__motto">Learning together, growing together</p>
<nav id="main-nav"><ul class="main-nav__list">${links(nNav, 'main-nav__item')}</ul></nav></header>
<div id="content" class="content"><ul class="breadcrumbs"><li><a href="/">Home</a></li>${links(nCrumbs, 'breadcrumbs__item')}</ul>
<main class="content__region"><article class="blog-post"><h1 class="content__title">${nTitle}</h1>
<div class="blog-post__meta"><span class="blog-post__date">Posted on 13/03/2026</span> <span class="blog-post__author">by Mrs J Pell, Headteacher</span>
<span class="blog-post__category">Category: Newsletters</span></div>
<div class="blog-post__body">${ps(nIntro)}
<figure class="blog-post__image"><img src="/_site/data/files/images/bookday.jpg" alt="Children in costume on the playground">
<figcaption>Our World Book Day parade. Photo: Hollin Brook PTA</figcaption></figure>
<h2>Parent consultations</h2>${ps(nMsg)}
<h2>Attendance</h2>${ps(nAttend)}
<table class="attendance"><thead><tr><th>Class</th><th>Attendance</th></tr></thead><tbody>
<tr><td>Kestrel</td><td>98.9%</td></tr><tr><td>Wren</td><td>96.4%</td></tr><tr><td>Owl</td><td>95.1%</td></tr><tr><td>Heron</td><td>93.7%</td></tr>
</tbody></table>
<h2>Dates for your diary</h2><ul>${lis(nDiary)}</ul>
<h2>Stars of the Week</h2><ul>${lis(nStars)}</ul>
<h2>Reminders</h2>${ps(nRemind)}
<p class="blog-post__download"><a href="/_site/data/files/newsletters/130326.pdf">Download this newsletter (PDF, 412 KB)</a></p></div>
<div class="blog-post__nav"><a class="prev" href="/newsletter-06-03-2026">Previous post</a> <a class="next" href="#">Next post</a></div>
</article></main>
<aside class="sidebar"><h3 class="sidebar__title">Recent Newsletters</h3><ul>${links(nSide)}</ul>
<h3 class="sidebar__title">Categories</h3><ul>${links(['Newsletters', 'Class News', 'Sports News'])}</ul></aside></div>
<footer id="footer"><div class="footer__contact"><p>Hollin Brook Primary School, Tanners Lane, Lowthorpe LW4 7RD</p><p>Telephone: 01632 960418</p>
<p>Office manager: Mrs K Dale</p></div><ul class="footer__links">${links(nFoot)}</ul>
<p class="footer__copyright">© 2026 Hollin Brook Primary School</p><p class="footer__credit">Website design by PrimarySite</p></footer>
<script src="/_site/js/main.js?cache=260301"></script></body></html>`;
const primarySite: TestPage = {
  name: 'heldout358-primarysite-newsletter-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['Parent consultations', 'Attendance', 'Dates for your diary', 'Stars of the Week', 'Reminders'],
  body: texts([...nIntro, ...nMsg, ...nAttend, 'Kestrel', '98.9%', 'Wren', '96.4%', 'Owl', '95.1%', 'Heron', '93.7%', ...nDiary, ...nStars, ...nRemind]),
  bylines: ['Posted on 13/03/2026', 'by Mrs J Pell, Headteacher'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to help us improve this website. Some are essential and others help us understand how you use it.', 'Find out more',
    'Accept cookies', 'Reject non-essential', 'Skip to content', 'Translate', 'Hollin Brook Primary School', 'Learning together, growing together',
    ...nNav, ...nCrumbs, 'Category: Newsletters', 'Our World Book Day parade. Photo: Hollin Brook PTA', 'Download this newsletter (PDF, 412 KB)',
    'Previous post', 'Next post', 'Recent Newsletters', ...nSide, 'Categories', 'Class News', 'Sports News',
    'Hollin Brook Primary School, Tanners Lane, Lowthorpe LW4 7RD', 'Telephone: 01632 960418', 'Office manager: Mrs K Dale', ...nFoot,
    '© 2026 Hollin Brook Primary School', 'Website design by PrimarySite',
  ],
};

export const HELDOUT358_A: readonly TestPage[] = [primarySite, finalsiteBoard];
