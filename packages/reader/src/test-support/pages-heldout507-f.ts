import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout507-kit.js';

/**
 * Held-out batch 507, file f: a hall volunteers' forum thread on Discourse (the server-rendered crawler view, category badge,
 * tags, likes, related topics), and a community hall's annual report summary on Hugo (Ananke theme, TOC box, related posts).
 */
const dTitle = 'Oil boiler or air source heat pump for a 1950s hall?';
const dPosts: [string, string, string[], string][] = [
  [
    'ruth_w',
    'January 8, 2027, 7:12pm',
    [
      j(
        'Our hall (built 1956, brick, single storey, about 220 square metres) still runs on an oil boiler that is now 24 years old.',
        'The engineer says it will not pass another service. We have quotes for a new oil boiler (£7,800) and for an air source heat',
        'pump with new radiators (£31,000, with a £7,500 grant).',
      ),
      'Has anyone made the switch in a hall like ours? I am worried about running costs on a cold Saturday when the hall is only used for four hours.',
    ],
    '',
  ],
  [
    'GlenmoorHallTrust',
    'January 8, 2027, 9:40pm',
    [
      j(
        'We changed to a heat pump in 2024. The honest answer is that it works well for the halls used every day and less well for',
        'the occasional booking. We leave it ticking over at 12°C and boost it two hours before a hire.',
      ),
      'Our electricity bill went up by about £1,900 a year, but we no longer buy oil (£3,100 the year before), so we are a little ahead.',
    ],
    '5 Likes',
  ],
  [
    'pete.hallkeeper',
    'January 9, 2027, 8:03am',
    [
      j(
        'Get the insulation done first. We spent £6,000 on loft and cavity wall insulation before the heat pump went in, and the',
        'installer was able to fit a smaller unit as a result. Also check whether your electricity supply needs upgrading; ours did.',
      ),
    ],
    '3 Likes',
  ],
  [
    'ruth_w',
    'January 10, 2027, 6:55pm',
    ['Thank you both, that is really helpful. We will get an insulation survey before we decide. I will report back.'],
    '',
  ],
];
const dTags = ['heating', 'grants'];
const dRel: [string, string][] = [
  ['Solar panels on a listed hall roof', 'Heating and energy'],
  ['Getting a Temporary Event Notice for a quiz night', 'Licensing'],
  ['Best booking software for a small hall?', 'Bookings and hire'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Heating and energy - Hallkeepers Forum</title>
<meta name="description" content="Our hall (built 1956, brick, single storey, about 220 square metres) still runs on an oil boiler that is now 24 years old.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="canonical"
href="https://forum.hallkeepers.org.uk/t/oil-boiler-or-air-source-heat-pump-for-a-1950s-hall/1184">
<link href="/stylesheets/color_definitions_base__3_6f2c1e.css?__ws=forum.hallkeepers.org.uk" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"ruth_w"}}</script>
<meta property="og:site_name" content="Hallkeepers Forum"><meta name="twitter:card" content="summary"></head>
<body class="crawler "><header><a href="/"><img src="https://forum.hallkeepers.org.uk/uploads/default/original/1X/logo.png" alt="Hallkeepers Forum"
id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/oil-boiler-or-air-source-heat-pump-for-a-1950s-hall/1184">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/heating-and-energy/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #E45735'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Heating and energy</span></span></a><meta itemprop="position" content="1"
/></span></div>
<div class="topic-tags">${dTags.map((t) => `<a href='/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join('\n')}</div></div>
${dPosts
  .map(
    (
      [u, d, p, likes],
      i,
    ) => `<div ${i === 0 ? '' : 'id="post_' + (i + 1) + '" '}itemscope itemtype='http://schema.org/DiscussionForumPosting' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='/u/${u}'><span
itemprop='name'>${u}</span></a>
</span><link itemprop="mainEntityOfPage" href="https://forum.hallkeepers.org.uk/t/oil-boiler-or-air-source-heat-pump-for-a-1950s-hall/1184"><span
class="crawler-post-infos">
<time itemprop='datePublished' datetime='2027-01-0${8 + Math.floor(i / 2)}T19:12:44Z' class='post-time'>${d}</time><meta itemprop='position'
content='${i + 1}'></span></div>
<div class='post' itemprop='text'>${ps(p)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.slice(0, 1)}" />${
      likes === ''
        ? ''
        : `<span
class='post-likes'>${likes}</span>`
    }</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, c], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta
itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='/t/${i}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a
href='/c/${i}' class='badge-wrapper bullet'>
<span class='badge-category-bg'></span><span class='badge-category clear-badge'><span class='category-name'>${c}</span></span></a></div></td><td
class="replies"><span class='posts'
title='posts'>${4 + i}</span></td><td class="views"><span class='views' title='views'>${120 + i * 37}</span></td><td>November 2026</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a
href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><div class="footer-content"><p>Hallkeepers Forum is a free community for people who run village and community halls.</p></div>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout507-discourse-heat-pump',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: [...new Set(dPosts.flatMap(([u, d]) => [u, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heating and energy', ...dTags, '5 Likes', '3 Likes', 'Related topics', ...dRel.flat().filter((t) => t !== 'Heating and energy'), '4', '5', '6',
    '120', '157', '194',
    'November 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Hallkeepers Forum is a free community for people who run village and community halls.', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const hTitle = 'Trustees’ annual report 2026: a summary';
const hIntro = j(
  'Every year the trustees of Northgate Hall publish a full annual report and accounts with the Charity Commission. This is a',
  'shorter version for everyone who uses the hall. The full report can be downloaded from the bottom of this post.',
);
const hSecs: [string, string[]][] = [
  [
    'A busy year',
    [
      j(
        'The hall was booked for 2,916 hours in 2026, the most since it reopened in 2015. Twenty-three groups now meet here every',
        'week, and we hosted 61 private parties, four weddings and the count for the county council election.',
      ),
      j('Our volunteers gave around 3,400 hours of their time, from running the Friday café to painting the toilets. Thank you all.'),
    ],
  ],
  ['The money', ['Our income and spending for the year ending 31 December 2026 were as follows.']],
  [
    'Looking ahead',
    [
      j(
        'Our priority for 2027 is the car park, which floods every winter. We have applied for a grant for new drainage and a',
        'permeable surface. We also plan to replace the stage lighting with LED lamps, which will cut our electricity use.',
      ),
      'We are looking for a new treasurer. If you have a head for figures and a few hours a month, please get in touch.',
    ],
  ],
];
const hRows = [
  ['Room hire', '£41,220', 'Salaries (caretaker and cleaner)', '£24,880'],
  ['Grants and donations', '£6,450', 'Energy', '£9,310'],
  ['Fundraising events', '£5,980', 'Repairs and maintenance', '£7,045'],
  ['Café', '£3,115', 'Insurance and licences', '£3,260'],
  ['Total', '£56,765', 'Total', '£44,495'],
];
const hAfter = 'The surplus of £12,270 has been added to our building fund, which now stands at £38,900.';
const hNav = ['Home', 'Hire', 'What’s On', 'News', 'About'];
const hRel = ['The new kitchen is open', 'Car park: grant application submitted', 'Christmas fair raises £2,300'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1"><title>Trustees’ annual report 2026: a summary | Northgate Hall</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="The year at Northgate Hall in numbers."><meta
name="generator" content="Hugo 0.121.2">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical"
href="https://northgatehall.org/posts/annual-report-2026/">
<meta property="og:type" content="article"><meta property="article:section" content="posts"><meta property="article:published_time"
content="2027-03-02T10:00:00+00:00"></head>
<body class="ma0 avenir bg-near-white"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between
items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Northgate Hall</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/\W+/g, '-')}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://facebook.com/northgatehall" target="_blank" rel="noopener" class="facebook ananke-social-link
link-transition stackoverflow
link dib z-999 pt3 pt0-l mr1" title="follow on Facebook - Opens in a new window" aria-label="follow on Facebook - Opens in a new window"><span class="icon"><svg
style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67"><path
d="M28.765,50.32h6.744V33.998h4.499l0.596-5.624h-5.095"/></svg></span></a></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignore left-0 w-100 mb3 mid-gray"><p class="f6 b helvetica tracked">POSTS</p></aside>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Helen Marsh, Chair of Trustees</strong></p>
<time class="f6 mv4 dib tracked" datetime="2027-03-02T10:00:00Z">March 2, 2027</time><span class="f6 mv4 dib tracked"> - 3 minutes read</span>
<span class="f6 mv4 dib tracked"> - 512 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps([hIntro])}
${hSecs
  .map(
    ([h, p], i) =>
      `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(p)}${
        i === 1
          ? `\n<table><thead><tr><th>Income</th><th></th><th>Spending</th><th></th></tr></thead>
<tbody>${trs(hRows)}</tbody></table>\n${ps([hAfter])}`
          : ''
      }`,
  )
  .join('\n')}
<p><a href="/files/northgate-hall-annual-report-2026.pdf">Download the full report and accounts (PDF, 1.2 MB)</a></p>
<ul class="pa0"><li class="list di"><a href="/tags/annual-report" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black
sans-serif">annual report</a></li>
<li class="list di"><a href="/tags/trustees" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">trustees</a></li></ul>
<div class="mt6 instapaper_ignore"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul
class="pa0 list">
${hRel.map((t) => `<li class="mb2"><a href="/posts/${t.toLowerCase().replace(/\W+/g, '-')}/">${t}</a></li>`).join('\n')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns
pv2 ph3"
href="https://northgatehall.org/">&copy; Northgate Hall 2027</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugoReport: TestPage = {
  name: 'heldout507-hugo-annual-report',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([hIntro, ...(hSecs[0]?.[1] ?? []), ...(hSecs[1]?.[1] ?? []), ...rowTexts(hRows), hAfter, ...(hSecs[2]?.[1] ?? [])]),
  bylines: ['By Helen Marsh, Chair of Trustees', 'March 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav.filter((t) => t !== 'Hire'), 'POSTS', '- 3 minutes read', '- 512 words', 'Download the full report and accounts (PDF, 1.2 MB)', 'annual report',
    'Related', ...hRel, '© Northgate Hall 2027',
  ],
};

export const HELDOUT507_F: readonly TestPage[] = [discourseThread, hugoReport];
