import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout510-kit.js';

/**
 * Held-out batch 510, file d: a local news article on a food truck park on a Next.js news site (CSS-module class names,
 * __NEXT_DATA__, inline newsletter and ad slot), and a taco truck's blog post on Hugo (PaperMod theme, table of contents).
 */
const nTitle = 'Council backs food truck park on old Quarry Road rail yard';
const nDek = 'Up to 14 trucks could trade on the site from next spring under a three-year licence approved 6–1 on Tuesday.';
const nBody = [
  j(
    'The disused rail yard off Quarry Road will become a permanent home for food trucks after Pellham Borough Council voted on',
    'Tuesday night to lease the site to a group of local operators.',
  ),
  j(
    'The Quarry Road Mobile Kitchen Collective, which represents 22 trucks, will pay $1,800 a month for the first year and',
    'has promised to pave part of the gravel lot, add lighting and install a shared grease-disposal station.',
  ),
  j(
    '"Right now we move every day and we lose half our customers each time," said Teodora Vask, who runs the Gyro Guild truck',
    'and chairs the collective. "A fixed site means people know where to find us on a Wednesday in February."',
  ),
  j(
    'Councillor Brent Ashdown cast the only vote against. He said restaurants on Main Street had not been consulted and',
    'feared the park would draw lunch trade away from the town centre.',
  ),
  j(
    'The licence allows trading from 11 a.m. to 10 p.m., with amplified music only on Friday and Saturday evenings. Trucks',
    'must connect to a shared power supply instead of running generators, a condition neighbors on Linnet Street asked for.',
  ),
  j(
    'Work on the lot is expected to begin in January. The collective hopes to open with eight trucks in April and to add',
    'seating, a covered area and public restrooms in a second phase if trade is strong.',
  ),
];
const nNav = ['Local', 'Politics', 'Business', 'Food', 'Schools', 'Sports', 'Opinion'];
const nRelated = [
  'Gyro Guild owner on surviving a winter of street trading',
  'Main Street restaurants report slow summer',
  'Where to eat near the new bus station',
];
const nFoot = ['About us', 'Contact the newsroom', 'Advertise', 'Privacy policy', 'Terms of use'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport"
content="width=device-width"><title>${nTitle} | The Pellham Ledger</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta property="article:section" content="Food">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Ruth Okonjo"}],
"datePublished":"2027-10-13T06:00:00-04:00","dateModified":"2027-10-13T14:20:00-04:00"}</script>
<link rel="preload" href="/_next/static/css/6a1b0e2f4c.css" as="style"><link rel="stylesheet" href="/_next/static/css/6a1b0e2f4c.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/news/%5Bslug%5D-8e1f3b2a.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qw3rT" href="#main">Skip to content</a>
<header class="Header_header__x7Yq2"><div class="Header_top__3kPz1"><a class="Header_logo__Rm9sL" href="/" aria-label="The Pellham Ledger home"><svg
aria-hidden="true"></svg></a>
<div class="Header_actions__b2LwN"><a class="Button_button__Zt8rK Button_primary__1uF0c" href="/subscribe">Subscribe</a><a class="Header_login__pR1xq"
href="/login">Log in</a>
<button class="Header_search__L0dEw" aria-label="Search" type="button"><svg aria-hidden="true"></svg></button></div></div>
<nav class="Nav_nav__h2VcY" aria-label="Sections"><ul class="Nav_list__pO9aM">${links(nNav, 'Nav_item__Zp1cD')}</ul></nav></header>
<main id="main" class="Layout_main__aQ3vX"><article class="Article_article__T5mYb"><div class="Article_kicker__U8pLe"><a href="/food">Food</a></div>
<h1 class="Article_headline__k3Jr7">${nTitle}</h1><p class="Article_dek__V6nQs">${nDek}</p>
<div class="Byline_byline__e9WdC"><span class="Byline_author__1mVhd">By <a href="/staff/ruth-okonjo">Ruth Okonjo</a></span>
<time class="Byline_date__G4xaR" dateTime="2027-10-13T06:00:00-04:00">Oct. 13, 2027</time><span class="Byline_updated__y7Hs2">Updated 2:20 p.m.</span></div>
<div class="ShareBar_share__Ck2Bn"><button type="button" class="ShareBar_button__q9T0x">Share</button><button type="button"
class="ShareBar_button__q9T0x">Copy link</button></div>
<figure class="Figure_figure__E2rKs"><img alt="Gravel lot with rail tracks" src="/_next/image?url=%2Fuploads%2Fquarry.jpg&amp;w=1200&amp;q=75" decoding="async">
<figcaption class="Figure_caption__nD7cP">The former rail yard on Quarry Road has been empty since 2019.<span
class="Figure_credit__sX2fA"> Photo: Daniel Pryce / The Pellham Ledger</span></figcaption></figure>
<div class="ArticleBody_body__3kLm1">${ps(nBody.slice(0, 3), ' class="ArticleBody_p__Hx8jN"')}
<aside class="Newsletter_box__R4yJc"><p class="Newsletter_title__m2NqW">The Morning Ledger</p><p
class="Newsletter_blurb__zL6aT">Local news in your inbox by 7 a.m. every weekday.</p>
<form class="Newsletter_form__c8FeS"><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email"
placeholder="you@example.com"><button type="submit">Sign up</button></form></aside>
${ps(nBody.slice(3, 5), ' class="ArticleBody_p__Hx8jN"')}
<div class="Ad_slot__P1vRn" data-ad-unit="/2231/pellham/article_mid"><span class="Ad_label__hQ0wS">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
${ps(nBody.slice(5), ' class="ArticleBody_p__Hx8jN"')}</div>
<ul class="Tags_tags__B9sQe"><li><a href="/tag/food-trucks">Food trucks</a></li><li><a
href="/tag/pellham-borough-council">Pellham Borough Council</a></li></ul></article>
<section class="Related_related__Jp4tV"><h2 class="Related_title__wE3cX">More in Food</h2><ul>${links(nRelated, 'Related_item__fN6yK')}</ul></section></main>
<footer class="Footer_footer__Lk2sW"><ul>${links(nFoot)}</ul><p>© 2027 The Pellham Ledger. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"article":{"slug":"food-truck-park-quarry-road","section":"food","headline":"${nTitle}"}}},
"page":"/news/[slug]","buildId":"Xp2k9LwQe"}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout510-nextjs-news-truck-park',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nDek, ...nBody],
  bylines: ['By Ruth Okonjo', 'Oct. 13, 2027', 'Updated 2:20 p.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Log in', ...nNav, 'Share', 'Copy link', 'The former rail yard on Quarry Road has been empty since 2019.',
    'Photo: Daniel Pryce / The Pellham Ledger', 'The Morning Ledger', 'Local news in your inbox by 7 a.m. every weekday.', 'Email address', 'Sign up',
    'Advertisement', 'Food trucks', 'Pellham Borough Council', 'More in Food', ...nRelated, ...nFoot, '© 2027 The Pellham Ledger. All rights reserved.',
  ],
};

const hTitle = 'How we plan a week of stops';
const hDesc = 'A look at the spreadsheet, the phone calls and the weather app behind our weekly schedule.';
const hHeads = ['Start with the anchors', 'Fill the gaps', 'Publish by Sunday'];
const hBody = [
  j(
    'People ask us how we decide where Taco Orbit parks each day. The honest answer is a shared spreadsheet, a lot of phone calls',
    'and one rule: never drive more than 40 minutes between the commissary and a stop.',
  ),
  j(
    'Anchors are the stops we never move: the Thursday farmers market, the Friday night market and the brewery on Saturdays.',
    'They bring in more than half of our weekly sales, so they go in first and everything else fits around them.',
  ),
  j(
    'The other days we fill with office parks and apartment complexes that have asked for us. We rotate them so nobody sees',
    'the truck more than twice a month. A stop that sells fewer than 60 plates twice in a row comes off the list.',
  ),
  'Office parks: lunch only, 11 to 2, and we call the building manager the day before.',
  'Apartment complexes: dinner, 5 to 8, always with a pre-order link.',
  'Breweries: evenings, and only ones that let families in.',
  j(
    'The schedule goes on the website and Instagram every Sunday by 8 pm. If rain is forecast above 70 percent we mark the day',
    'as tentative and confirm it by 9 am. We would rather cancel early than leave people waiting in a car park.',
  ),
];
const hMenu = ['Posts', 'Schedule', 'Menu', 'Catering'];
const hTags = ['scheduling', 'behind the scenes'];
const hHtml = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots"
content="index, follow"><title>${hTitle} | Taco Orbit</title>
<meta name="description" content="${hDesc}"><meta name="author" content="Marisol Quint"><link rel="canonical"
href="https://tacoorbit.example/posts/plan-a-week/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.45e028aa8ce0961349adf411b013ee39.css" integrity="sha256-RbAoqozglhNJrfQRsBPuOf"
rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.125.4"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-05-03T00:00:00Z",
"author":{"@type":"Person","name":"Marisol Quint"}}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://tacoorbit.example/" accesskey="h" title="Taco Orbit (Alt + H)">Taco Orbit</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18"></svg></button></div></div>
<ul id="menu">${hMenu
  .map(
    (m) => `<li><a href="https://tacoorbit.example/${m.toLowerCase()}/"
title="${m}"><span>${m}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://tacoorbit.example/">Home</a>&nbsp;»&nbsp;<a href="https://tacoorbit.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-05-03 00:00:00 +0000 UTC'>May 3, 2027</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Marisol Quint</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(hBody.slice(0, 1))}
<h2 id="start-with-the-anchors">${hHeads[0]}<a hidden class="anchor" aria-hidden="true" href="#start-with-the-anchors">#</a></h2>${ps(hBody.slice(1, 2))}
<h2 id="fill-the-gaps">${hHeads[1]}<a hidden class="anchor" aria-hidden="true" href="#fill-the-gaps">#</a></h2>${ps(hBody.slice(2, 3))}
<ul>${hBody
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2 id="publish-by-sunday">${hHeads[2]}<a hidden class="anchor" aria-hidden="true" href="#publish-by-sunday">#</a></h2>${ps(hBody.slice(6))}</div>
<footer class="post-footer"><ul class="post-tags">${hTags
  .map(
    (t) => `<li><a
href="https://tacoorbit.example/tags/${t.replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://tacoorbit.example/posts/salsa-verde/"><span
class="title">« Prev</span><br><span>Our salsa verde, start to finish</span></a>
<a class="next" href="https://tacoorbit.example/posts/new-truck/"><span
class="title">Next »</span><br><span>Meet the new truck</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://tacoorbit.example/">Taco Orbit</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle("dark")})</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout510-hugo-papermod-truck-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hDesc, ...hBody]),
  bylines: ['May 3, 2027', 'Marisol Quint'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Taco Orbit', ...hMenu, 'Home', '3 min', 'Table of Contents', ...hTags, '« Prev', 'Our salsa verde, start to finish', 'Next »', 'Meet the new truck',
    '© 2027', 'Powered by', 'Hugo', 'PaperMod',
  ],
};

export const HELDOUT510_D: readonly TestPage[] = [nextjs, hugo];
