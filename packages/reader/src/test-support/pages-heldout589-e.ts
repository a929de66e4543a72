import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout589-kit.js';

/**
 * Held-out batch 589, file e: a refill shop owner's long blog post on Hugo (PaperMod theme) with breadcrumbs, a table of
 * contents, a table and previous / next links.
 */
const hTitle = 'A year of selling by weight: what our till data says';
const hDesc = 'Twelve months, 41,000 transactions and nine tonnes of oats. Some of it surprised us.';
const hIntro = [
  j(
    'When we opened Sacks and Scoops in a converted garage on Fallow Road, we had no idea what people would actually buy. We had',
    'guesses, a spreadsheet from a friend who runs a shop in another town, and a lot of optimism. A year later we have something',
    'better: every sale, weighed to the gram, in our till system.',
  ),
  j(
    'I spent most of January going through it. This post is the long version of what I found, partly for other people thinking',
    'of opening a refill shop, and partly for our customers, who keep asking why we stopped stocking black turtle beans.',
  ),
];
const hSold = [
  j(
    'Over the year we sold a little over 31 tonnes of loose food and about 6,800 litres of liquids. The top of the list is not',
    'glamorous. Here are the eight lines that sold the most by weight:',
  ),
];
const hTable = [
  ['1', 'Porridge oats', '9,120 kg', '£0.26'],
  ['2', 'Basmati rice', '3,410 kg', '£0.41'],
  ['3', 'Red split lentils', '2,260 kg', '£0.35'],
  ['4', 'Strong white flour', '2,050 kg', '£0.19'],
  ['5', 'Penne', '1,840 kg', '£0.38'],
  ['6', 'Granola (our own)', '1,390 kg', '£0.95'],
  ['7', 'Chickpeas', '1,120 kg', '£0.39'],
  ['8', 'Sultanas', '980 kg', '£0.55'],
];
const hSold2 = [
  j(
    'Oats alone were more than a quarter of everything we sold. Most of it went to a small number of households: about forty',
    'regulars who buy two or three kilos every week. Several of them make their own oat milk, which I had not thought of at all',
    'when we ordered our first sacks.',
  ),
  j(
    'At the other end, the slowest fifty lines together sold less than our granola. Some of these are worth keeping because',
    'they bring people in, like the twelve whole spices, but others just took up a bin. Black turtle beans sold 14 kilos in',
    'twelve months. They are gone.',
  ),
];
const hPrice = [
  j(
    'We show every price per 100g, because that is what the scales work in and because it makes comparison easy. What we did',
    'not expect was how often it confuses people the other way round. A label saying £2.10 for cashews looks alarming until you',
    'realise that is for 100g, and most people buy 150g.',
  ),
  j(
    'The till data shows this clearly. Average spend per visit on nuts went up by almost 30% after we added a second line to',
    'each label showing the price per kilo and a typical amount: "a jam jar holds about 250g". People bought more, not less,',
    'once they could picture the amount.',
  ),
  j(
    'Liquids are harder. We price them per 100g as well, because trading standards would rather we sold by weight than by an',
    'eyeballed volume, but nobody thinks of washing-up liquid in grams. We now have a small chart by the taps converting common',
    'bottle sizes, and the number of questions at the till has dropped to almost nothing.',
  ),
];
const hBring = ['We asked customers for two weeks in October what they had brought, and counted. The top five:'];
const hBringList = [
  'Glass jars with screw lids (a clear winner)',
  'Plastic takeaway tubs',
  'Cotton or linen drawstring bags',
  'Old washing-up and laundry bottles',
  'Kilner jars, usually with the seal missing',
];
const hBring2 = [
  j(
    'The free jar shelf turned out to matter more than anything else we did for new customers. Roughly one in five first visits',
    'in the till data includes a donated jar, and about half of those people come back within a month with their own.',
  ),
];
const hWaste = [
  j(
    'Refill shops are not waste-free, and I would rather say so. Our biggest waste by far is the packaging the food arrives in.',
    'Most of our suppliers deliver in 25kg paper sacks, which we recycle, but some still send lentils and rice in woven',
    'polypropylene, which nobody local will take.',
  ),
  j(
    'The second is food that goes stale in the bin. Slow lines suffer most: a bin that takes two months to empty will have',
    'flour at the bottom that is past its best. We lost about 140kg of food this way over the year, mostly to moths in',
    'August, which is a story for another post.',
  ),
];
const hQuote = 'The greenest packaging is the packaging that comes back. We now ask every supplier the same question: will you take it back?';
const hChange = [
  'Fewer lines. We are going from 260 to around 200, and using the space for larger bins of the staples.',
  'Kilo prices on every label, next to the price per 100g.',
  'A returnable tub scheme with two of our suppliers, starting with lentils and rice.',
  'Oats in 10kg bags, pre-weighed, for the regulars who buy in bulk, at a lower price.',
];
const hOutro = [
  j(
    'If you run a shop like ours and want to compare notes, my email is at the bottom of the about page. And if you were the',
    'person buying black turtle beans: I am sorry. We can order you a sack.',
  ),
];
const hHeads = ['What sold', 'The price per 100g problem', 'What people bring', 'The waste we did not expect', 'What we are changing'];
const hMenu = ['Posts', 'Shop hours', 'About', 'Tags'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Sacks and Scoops</title><meta name="keywords" content="refill, data, shop"><meta name="description" content="${hDesc}">
<meta name="author" content="Ines Carrow"><link rel="canonical" href="https://sacksandscoops.co.uk/posts/a-year-of-selling-by-weight/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<meta name="generator" content="Hugo 0.126.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Posts",
"item":"https://sacksandscoops.co.uk/posts/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-01-30T00:00:00Z",
"author":[{"@type":"Person","name":"Ines Carrow"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://sacksandscoops.co.uk/" accesskey="h"
title="Sacks and Scoops (Alt + H)">Sacks and Scoops</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://sacksandscoops.co.uk/">Home</a>&nbsp;»&nbsp;<a href="https://sacksandscoops.co.uk/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-01-30 00:00:00 +0000 UTC'>January 30, 2027</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;Ines Carrow</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/\W+/g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
${h2(hHeads[0])}${ps(hSold)}
<table><thead><tr><th>#</th><th>Line</th><th>Sold</th><th>Price per 100g</th></tr></thead><tbody>${trs(hTable)}</tbody></table>
${ps(hSold2)}
${h2(hHeads[1])}${ps(hPrice)}
${h2(hHeads[2])}${ps(hBring)}<ol>${lis(hBringList)}</ol>${ps(hBring2)}
${h2(hHeads[3])}${ps(hWaste)}
<blockquote><p>${hQuote}</p></blockquote>
${h2(hHeads[4])}<ul>${lis(hChange)}</ul>${ps(hOutro)}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://sacksandscoops.co.uk/tags/shop-notes/">Shop Notes</a></li>
<li><a href="https://sacksandscoops.co.uk/tags/data/">Data</a></li></ul>
<nav class="paginav"><a class="prev" href="https://sacksandscoops.co.uk/posts/moths/"><span class="title">« Prev</span><br><span>The August moths</span></a>
<a class="next" href="https://sacksandscoops.co.uk/posts/opening-day/"><span class="title">Next »</span><br><span>Opening day, one year on</span></a></nav>
</footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://sacksandscoops.co.uk/">Sacks and Scoops</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position")}</script></body></html>`;

/** A PaperMod heading with its hidden anchor link. */
function h2(text: string | undefined): string {
  const t = text ?? '';
  return `<h2 id="${t.toLowerCase().replace(/\W+/g, '-')}">${t}<a hidden class="anchor" aria-hidden="true"
href="#${t.toLowerCase().replace(/\W+/g, '-')}">#</a></h2>`;
}

const hugo: TestPage = {
  name: 'heldout589-hugo-papermod-till-data',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([
    hDesc,
    ...hIntro,
    ...hSold,
    ...hTable.map(rowText),
    ...hSold2,
    ...hPrice,
    ...hBring,
    ...hBringList,
    ...hBring2,
    ...hWaste,
    hQuote,
    ...hChange,
    ...hOutro,
  ]),
  bylines: ['January 30, 2027 · 7 min · Ines Carrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hMenu.filter((t) => t !== 'About'), 'Home', 'Table of Contents', 'Shop Notes', '« Prev', 'The August moths', 'Next »', 'Opening day, one year on',
    '© 2027 Sacks and Scoops', 'Powered by Hugo & PaperMod',
  ],
};

const tTitle = 'Where can I refill washing-up liquid in Brackenford?';
const tPosts: [string, string, string[]][] = [
  [
    'ferncottage',
    'Feb 11, 2027 9:14 am',
    [
      j(
        'Our usual place on Cooper Street closed at Christmas and I have two empty 5 litre bottles. Does anyone know somewhere in town',
        'that still does washing-up liquid and laundry liquid on tap? Ideally somewhere I can get to on the 14 bus.',
      ),
    ],
  ],
  [
    'dunmore_pete',
    'Feb 11, 2027 10:02 am',
    [
      j(
        'The health food shop on the market square does Ecover refills, but only washing-up and hand soap, not laundry. They',
        'charge per 100g like everyone else. Roughly £1.60 a litre last time I went.',
      ),
    ],
  ],
  [
    'Halima_R',
    'Feb 11, 2027 12:47 pm',
    [
      'There is a refill van that parks outside the library on Thursday mornings. They do both, and fabric conditioner too.',
      'They also take back the big 20 litre drums so nothing goes to waste, if you are buying for a few households.',
    ],
  ],
  [
    'ferncottage',
    'Feb 12, 2027 8:30 am',
    ['Thank you both. The library van is perfect, I pass it anyway. Marking this as solved in case anyone else searches for it.'],
  ],
];
const likes = [3, 2, 5, 1];
const likeText = (n: number): string => `${n} ${n === 1 ? 'Like' : 'Likes'}`;
const tRel = ['Loose tea in town?', 'Milk in glass bottles: who delivers?', 'Compost bins at the allotments'];
const post = ([user, time, paras]: [string, string, string[]], i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://talk.brackenford.org/u/${user}">
<span itemprop="name">${user}</span></a></span><link itemprop="mainEntityOfPage" href="https://talk.brackenford.org/t/refill-washing-up-liquid/812">
<span class="crawler-post-infos"><time datetime="2027-02-11T09:14:00Z" class="post-time">${time}</time><meta itemprop="dateModified"
content="2027-02-11T09:14:00Z">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes[i] ?? 0}"><span class="post-likes">${likeText(likes[i] ?? 0)}</span></div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${tTitle} - Shopping and services - Brackenford Talk</title><meta name="description" content="Our usual place on Cooper Street closed at Christmas...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 1a2b3c"><link rel="icon" type="image/png"
href="/uploads/default/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://talk.brackenford.org/t/refill-washing-up-liquid/812">
<link href="/stylesheets/desktop_f3e2d1.css?__ws=talk.brackenford.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://talk.brackenford.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://talk.brackenford.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/logo.png" alt="Brackenford Talk" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/refill-washing-up-liquid/812">${tTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/shopping/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #3AB54A"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Shopping and services</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-list-tags"><div class="discourse-tags"><a href="/tag/refill" class="discourse-tag">refill</a></div></div></div>
${tPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${tRel
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/topic-${i}" class="title raw-link raw-topic-link">${t}</a>
</span>
<div class="link-bottom-line"><a href="/c/shopping/6" class="badge-wrapper bullet"><span class="category-name">Shopping and services</span></a></div></td>
<td class="replies"><span class="posts" title="posts">${i + 4}</span></td><td class="views"><span class="views" title="views">${120 + i * 37}</span></td>
<td>Jan 2027</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div class="buorg"><div>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</div></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout589-discourse-refill-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tPosts.flatMap(([, , p]) => p)),
  bylines: [...new Set(tPosts.flatMap(([u, t]) => [u, t]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shopping and services', ...likes.map(likeText), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...tRel, 'Jan 2027', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT589_E: readonly TestPage[] = [hugo, discourse];
