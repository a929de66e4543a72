import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout406-kit.js';
import { hackerrank } from './pages-heldout406-c2.js';

/**
 * Held-out batch 406, file c: a Codeforces blog entry with comments (header with the language flags and the Enter / Register
 * links, the main menu, the sidebar with "Pay attention", top rated and contributors tables and "Recent actions", the topic
 * with its title, "By ... , history, 4 days ago" line, the post with headings and an ordered list, the tags and vote line,
 * the comments tree and the footer) and, from file c2, a HackerRank problem page.
 */
const title = 'Before you press Submit: a checklist that cut my wrong answers in half';
const intro = [
  j(
    'Last year I kept a spreadsheet of every wrong answer I got in rated rounds. After about sixty rounds I had 214 rejected',
    'submissions, and when I went through them one by one, fewer than a third were actually wrong ideas. The rest were mistakes',
    'I could have caught in under a minute if I had looked.',
  ),
  'So I wrote a checklist, taped it to the monitor, and forced myself to go through it before every submission. Here it is.',
];
const listA = [
  'Overflow. Multiply the maximum values from the constraints in your head. If anything can exceed two billion, use 64-bit integers.',
  'Multiple test cases. Are you resetting every global array and counter between cases, and only up to the size you used?',
  'The smallest input. Run n = 1 by hand. Half of my off-by-one errors died here.',
  'Output format. Is it YES or Yes? One number per line or space separated? Did you print the answer for every test case?',
  'Sorting with a custom comparator. Is it a strict weak ordering? Returning true for equal elements can crash.',
];
const whyH = 'Why a checklist and not more practice';
const why = [
  j(
    'Practice makes you faster at finding ideas. It does very little for the careless bugs, because those happen exactly when',
    'you feel confident and stop looking. A checklist is boring on purpose: it runs when you do not feel you need it.',
  ),
  j('Pilots and surgeons use checklists for the same reason. Nobody thinks a surgeon forgets which knee to operate on because', 'they are bad at surgery.'),
];
const resultsH = 'What changed';
const results = [
  j(
    'Over the next forty rounds my rejected submissions dropped from about 3.5 per round to 1.6. My rating went up by roughly',
    '150 points, which I think is mostly the penalty time I stopped throwing away.',
  ),
  j(
    'The checklist costs me about forty seconds per problem. In a two-hour round that is less than four minutes, and one avoided',
    'wrong answer already pays for it.',
  ),
  'If you have items you would add, I would love to hear them in the comments.',
];
const menu = ['Home', 'Top', 'Catalog', 'Contests', 'Gym', 'Problemset', 'Groups', 'Rating', 'Edu', 'API', 'Calendar', 'Help'];
const tags = ['self-review', 'debugging', 'habits', 'rated-rounds'];
const comments: [string, string, string][] = [
  ['lamplight_k', '+31', 'Add: read the problem statement again after you finish coding. I have solved the wrong problem more often than I like to admit.'],
  ['Ostrava_Mira', '+12', 'The comparator one cost me a whole round once. Good list.'],
  ['tern_ii', '+4', 'Do you do this for problem A too? Forty seconds feels like a lot for A.'],
];
const topRated = ['1 vortexa 3891', '2 Qiu_Han 3764', '3 pelican 3702'];
const recent = ['Dravnik → Codeforces Round 1061 (Div. 2) Editorial', 'sable_fox → Help with segment tree beats', 'ondrej.p → Is Div. 3 rated for me?'];
const foot = ['Codeforces (c) Copyright 2010-2026 Mike Mirzayanov', 'The only programming contests Web 2.0 platform'];
const html = `<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html;charset=UTF-8"/><meta name="X-Csrf-Token" content="2f0d7a1c"/>
<title>Before you press Submit: a checklist that cut my wrong answers in half - Codeforces</title>
<meta property="og:title" content="${title}"/><meta property="og:site_name" content="Codeforces"/>
<link rel="stylesheet" href="//codeforces.org/s/87110/css/clear.css" type="text/css" charset="utf-8"/>
<script type="text/javascript">window.standaloneContest = false; var Codeforces = Codeforces || {}; Codeforces.currentHandle = null;</script>
</head><body class=" "><span style='display:none;' class='csrf-token' data-csrf='2f0d7a1c'>&nbsp;</span>
<div id="body"><div style="width: 950px; margin: 0 auto;" class="compact-problemset"><div id="header" style="position: relative;margin:0.5em 0 0 0;">
<div style="float:left;"><a href="/"><img height="65" style="height: 65px;" src="//codeforces.org/s/87110/images/codeforces-sponsored-by-ton.png"
alt="Codeforces"/></a></div>
<div class="lang-chooser"><div style="text-align:right;"><a href="?locale=en"><img src="/s/en.png" title="In English" alt="In English"/></a>
<a href="?locale=ru"><img src="/s/ru.png" title="По-русски" alt="По-русски"/></a></div>
<div><a href="/enter?back=%2Fblog%2Fentry%2F141207">Enter</a> | <a href="/register">Register</a></div></div></div>
<div class="roundbox menu-box" style=""><div class="menu-list-container"><ul class="menu-list main-menu-list">${links(menu)}</ul></div></div>
<div id="sidebar"><div class="roundbox sidebox" style=""><div class="caption titled">→ Pay attention</div>
<div style="padding:0.5em;"><div style="text-align:center;">Before contest</div><div>Codeforces Round 1064 (Div. 2)</div>
<div><span class="countdown">2 days</span></div><div><a href="/contestRegistration/2188">Register now »</a></div></div></div>
<div class="roundbox sidebox top-contributed" style=""><div class="caption titled">→ Top rated</div>
<table class="rtable "><tbody>${topRated.map((r) => `<tr><td class="left">${r}</td></tr>`).join('')}</tbody></table></div>
<div class="roundbox sidebox" style=""><div class="caption titled">→ Recent actions</div><ul class="recent">${lis(recent)}</ul>
<a href="/recent-actions">Detailed →</a></div></div>
<div id="pageContent" class="content-with-sidebar"><div class="leftSideRecentActions"></div>
<div style="margin-bottom: 2em;"><div class="topic"><div class="title"><a href="/blog/entry/141207"><p>${title}</p></a></div>
<div class="info" style="position:relative;">By <a href="/profile/kestrel_w" class="rated-user user-violet">kestrel_w</a>,
<span class="format-humandate" title="Mar 14, 2026 18:22">history</span>, 4 days ago, <img src="/s/en.png" alt="In English"/></div>
<div class="content"><div class="ttypography">
${ps(intro)}
<ol>${lis(listA)}</ol>
<h3>${whyH}</h3>
${ps(why)}
<h3>${resultsH}</h3>
${ps(results)}
</div></div>
<div class="roundbox meta" style=""><div class="left-meta"><ul><li>
<div title="Tags" class="topic-tags">${tags.map((t) => `<a href="/search?query=${t}" class="tag notice">${t}</a>`).join(' ')}</div></li>
<li><span title="I like it">Vote: I like it</span> <span class="likeCount">+147</span> <span title="I do not like it">Vote: I do not like it</span></li>
</ul></div><div class="right-meta"><ul><li><a href="/profile/kestrel_w">Author kestrel_w</a></li><li>Mar 14, 2026</li>
<li><a href="#comments">Comments (23)</a></li></ul></div></div></div></div>
<div id="comments" class="comments"><div class="caption">Comments (23)</div>
${comments
  .map(
    ([u, v, c], i) => `<div class="comment" commentid="${77310 + i}"><table class="comment-table"><tr><td class="left"><div class="avatar">
<img src="/userpic/${u}.jpg" alt=""></div></td><td class="right"><div class="info"><a href="/profile/${u}" class="rated-user user-blue">${u}</a>
<span class="comment-date">${4 - i} days ago</span>, <a href="#comment-${i}">#</a> | <span class="commentRating">${v}</span></div>
<div class="ttypography"><p>${c}</p></div><a href="#" class="reply">Reply</a></td></tr></table></div>`,
  )
  .join('\n')}
</div></div>
<div id="footer"><div><a href="/">Codeforces</a> (c) Copyright 2010-2026 Mike Mirzayanov</div>
<div>The only programming contests Web 2.0 platform</div><div>Server time: Mar/18/2026 10:04:51 (k2).</div></div>
</div></div></body></html>`;
const codeforces: TestPage = {
  name: 'heldout406-codeforces-blog-blog',
  kind: 'blog',
  html,
  title,
  headings: [whyH, resultsH],
  body: texts([...intro, ...listA, ...why, ...results]),
  bylines: ['kestrel_w', 'history', '4 days ago', 'Author kestrel_w', 'Mar 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Enter', 'Register', ...menu.filter((m) => m.length > 2), '→ Pay attention', 'Before contest', 'Codeforces Round 1064 (Div. 2)', '2 days',
    'Register now »', '→ Top rated', ...topRated, '→ Recent actions', ...recent, 'Detailed →', ...tags, 'Vote: I like it', '+147',
    'Vote: I do not like it', 'Comments (23)',
    ...comments.flat().filter((t) => t.length > 2),
    '3 days ago', '2 days ago', 'Reply', ...foot,
    'Server time: Mar/18/2026 10:04:51 (k2).',
  ],
};

export const HELDOUT406_C: readonly TestPage[] = [codeforces, hackerrank];
