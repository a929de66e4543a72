import { links, ps, type TestPage, texts } from './page-kit.js';
import { ecPress } from './pages-heldout329-b2.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file b: a World Bank Blogs-style post (brand bar, blog menu, breadcrumb, series tag, author cards with
 * photos at the top and bios at the bottom, reading time, share bar, table, "Join the conversation" comments with the
 * comment form, "Related" rail, newsletter band and footer) and, from file b2, a European Commission press corner release.
 */
const bTitle = 'What three years of mobile payroll data tell us about informal work in Eastern Tamaro';
const bIntro = [
  j(
    'When the Eastern Tamaro government began paying casual road workers through mobile wallets in 2023, the aim was simple:',
    'cut delays and stop cash from going missing between the district office and the work site. Three years later, the payroll',
    'records have turned out to be something more valuable, a rare window into how informal workers move between jobs.',
  ),
  j(
    'In this post we share what we learned from 410,000 anonymised payment records covering 62,000 workers, and why we',
    'think the same approach could help other countries see the parts of the labour market that surveys miss.',
  ),
];
const bH1 = 'Most workers combine several jobs';
const bP1 = [
  j(
    'Only one worker in five appears in the payroll for more than six months of any year. The rest come and go, and when we',
    'matched records with the voluntary registry of market traders, we found that a third of road workers also sell goods for',
    'part of the year. Public works are one income stream among several, not a job in the usual sense.',
  ),
  'The share of workers with more than one recorded income source rose steadily over the period:',
];
const bRows: [string, string, string][] = [
  ['2023', '18,400', '22%'],
  ['2024', '27,900', '29%'],
  ['2025', '33,100', '34%'],
];
const bH2 = 'Women enter later and stay longer';
const bP2 = [
  j(
    'Women made up 38 per cent of workers in the final year, up from 24 per cent at the start. They joined later in the season,',
    'often after harvest, but stayed on the payroll almost twice as long as men. In follow-up interviews, women said that',
    'predictable payment into their own wallet mattered more to them than the daily rate.',
  ),
];
const bH3 = 'What this means for policy';
const bP3 = ['Three lessons stand out for programmes that pay workers digitally:'];
const bLessons = [
  'Design payroll systems so that anonymised records can be analysed from the start, with consent built into registration.',
  'Treat public works as part of a household’s income portfolio, and time them to fill the gaps between harvests.',
  'Link payroll records with other registries carefully; even simple matches revealed patterns no survey had picked up.',
];
const bP4 = [
  j(
    'We are now working with the statistics office to publish quarterly indicators from the payroll data. If you run a similar',
    'programme and would like to compare notes, we would be glad to hear from you in the comments.',
  ),
];
const bBrand = ['Meridian Bank Group', 'Meridian Bank', 'IFC-M', 'MIGA-M'];
const bMenu = ['Blogs Home', 'Topics', 'Regions', 'Series', 'Authors', 'Subscribe'];
const bCrumb = ['Home', 'Blogs', 'Jobs and Development'];
const bRelated = [
  'Digital public works: five design choices that matter',
  'Why informal workers are missing from your labour survey',
  'Paying people on time is a policy too',
];
const bComments: [string, string, string][] = [
  ['Kofi Ansah-Brenner', 'March 12, 2026', 'Very useful. Did you see any difference between districts with and without mobile money agents nearby?'],
  ['Lucia Ferraro', 'March 13, 2026', 'We found similar patterns with a cash-for-work programme in the south. Happy to share our data dictionary.'],
];
const bFoot = ['Who we are', 'What we do', 'Where we work', 'Legal', 'Privacy notice', 'Access to information', 'Jobs', 'Contact'];
const author = (n: string, r: string) => `<div class="lp__author"><img class="lp__author-img" src="/sites/default/files/${n.length}.jpg" alt="">
<div class="lp__author-info"><a class="lp__author-name" href="/team/${n.length}">${n}</a><p class="lp__author-role">${r}</p></div></div>`;
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${bTitle} | Meridian Bank Blogs</title>
<meta name="description" content="Three years of mobile payroll records give a rare window into informal work.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Meridian Bank Blogs">
<meta property="article:published_time" content="2026-03-11T09:00:00-05:00"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-03-11",
"author":[{"@type":"Person","name":"Ayesha Mirwani"},{"@type":"Person","name":"Pavel Danek"}]}</script>
<script>window.utag_data={"page_type":"blog","site_section":"blogs","lang":"en"};</script>
<link rel="stylesheet" href="/themes/custom/mbg/dist/css/app.css"></head>
<body class="lp-blogs path-node"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to make our websites work and to understand how they are used.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<header class="lp__header"><div class="lp__brandbar"><ul>${links(bBrand, 'lp__brandbar-item')}</ul></div>
<div class="lp__navbar"><a class="lp__logo" href="/">Meridian Bank Blogs</a><nav class="lp__menu"><ul>${links(bMenu, 'lp__menu-item')}</ul></nav></div></header>
<main class="lp__main"><nav class="lp__breadcrumb" aria-label="breadcrumb"><ol>${links(bCrumb, 'lp__breadcrumb-item')}</ol></nav>
<article class="lp__blog-detail"><div class="lp__blog-header"><a class="lp__series-tag" href="/series/jobs-watch">Jobs Watch</a>
<h1 class="lp__blog-title">${bTitle}</h1>
<div class="lp__authors">${author('Ayesha Mirwani', 'Senior Economist, Social Protection')}${author('Pavel Danek', 'Data Scientist')}</div>
<div class="lp__blog-meta"><span class="lp__date">March 11, 2026</span> <span class="lp__read-time">6 min read</span></div>
<div class="lp__share"><span>Share</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a><a href="#">Copy link</a></div></div>
<figure class="lp__hero"><img src="/sites/default/files/blogs/road-workers.jpg" alt=""><figcaption>Road maintenance workers in Dembel district.
Photo: Meridian Bank / Saba Kheir</figcaption></figure>
<div class="lp__body-text text-formatted">
${ps(bIntro)}
<h2>${bH1}</h2>
${ps(bP1)}
<table class="lp__table"><thead><tr><th>Year</th><th>Workers paid</th><th>With another income source</th></tr></thead><tbody>
${bRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
<h2>${bH2}</h2>
${ps(bP2)}
<h2>${bH3}</h2>
${ps(bP3)}
<ol>${lis(bLessons)}</ol>
${ps(bP4)}
</div>
<div class="lp__topics"><span class="lp__topics-label">Topics</span><ul>${links(['Jobs', 'Social Protection', 'Digital Development'])}</ul></div>
<div class="lp__author-bios"><h3>Authors</h3><div class="lp__bio"><h4>Ayesha Mirwani</h4>
<p>Senior Economist in the Social Protection and Jobs Global Practice</p></div>
<div class="lp__bio"><h4>Pavel Danek</h4><p>Data Scientist, Development Data Group</p></div></div></article>
<section class="lp__comments" id="comments"><h2>Join the conversation</h2>
${bComments.map(([n, d, t]) => `<div class="comment"><div class="comment__author">${n}</div><div class="comment__date">${d}</div><p>${t}</p></div>`).join('\n')}
<form class="comment-form"><label>The content of this field is kept private and will not be shown publicly</label><textarea></textarea>
<button>Submit</button></form></section>
<aside class="lp__related"><h2>Related</h2><ul>${links(bRelated, 'lp__related-item')}</ul></aside>
<section class="lp__newsletter"><h2>Stay up to date</h2><p>Get our latest blogs delivered to your inbox each week.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section></main>
<footer class="lp__footer"><ul>${links(bFoot)}</ul><p>© 2026 The Meridian Bank Group, All Rights Reserved.</p></footer>
<script src="/themes/custom/mbg/dist/js/app.js"></script></body></html>`;

const wbBlog: TestPage = {
  name: 'heldout329-meridian-worldbank-blog-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([...bIntro, ...bP1, ...bRows.flat(), ...bP2, ...bP3, ...bLessons, ...bP4]),
  bylines: ['Ayesha Mirwani', 'Pavel Danek', 'March 11, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make our websites work and to understand how they are used.', 'Accept All Cookies', 'Cookies Settings', ...bBrand,
    'Meridian Bank Blogs', ...bMenu, ...bCrumb, 'Jobs Watch', 'Senior Economist, Social Protection', 'Data Scientist', 'Share', 'Facebook', 'LinkedIn',
    'WhatsApp', 'Copy link', 'Road maintenance workers in Dembel district.', 'Photo: Meridian Bank / Saba Kheir', 'Social Protection',
    'Digital Development', 'Senior Economist in the Social Protection and Jobs Global Practice', 'Data Scientist, Development Data Group',
    'Join the conversation', ...bComments.flat(), 'The content of this field is kept private and will not be shown publicly', 'Submit', 'Related',
    ...bRelated, 'Stay up to date', 'Get our latest blogs delivered to your inbox each week.', 'Sign up', ...bFoot,
    '© 2026 The Meridian Bank Group, All Rights Reserved.',
  ],
};

export const HELDOUT329_B: readonly TestPage[] = [wbBlog, ecPress];
