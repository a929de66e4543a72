import { links, type TestPage, texts } from './page-kit.js';
import { table2009 } from './pages-heldout268-e2.js';
import { waybackBar, waybackHead, waybackTail, waybackTexts } from './pages-heldout268-kit.js';

/**
 * Held-out batch 268, file e: a Wayback Machine capture of a phpBB 3.2 (prosilver) forum thread, where the posts are the body
 * (header bar with site description, quick links, breadcrumbs, the topic title, action bars with "Post Reply", search box and
 * pagination, each post's profile column, author line, post buttons, a quote with its "wrote:" cite, signatures, "Top" links,
 * the jump box, "Who is online" and the footer) and, from file e2, a 2009 table-layout news page on the Wayback Machine.
 */
const ts = '20200614201133';
const url = 'https://forum.fenlandgrowers.org.uk/viewtopic.php?t=4417';
const w = (q: string): string => `/web/${ts}/https://forum.fenlandgrowers.org.uk/${q}`;
const title = 'Blossom end rot on tomatoes in the greenhouse - watering or feed?';
const posts: { id: number; who: string; when: string; rank: string; n: string; paras: string[]; quote?: string; sig?: string }[] = [
  {
    id: 38811,
    who: 'Marsh_Hollie',
    when: 'Sat Jun 13, 2020 7:42 pm',
    rank: 'Regular',
    n: '212',
    paras: [
      `First year with the new greenhouse and about a third of my tomatoes (Gardener's Delight and a beefsteak type) have dark sunken
patches on the bottom of the fruit. I've read it's blossom end rot and it's about calcium, but I've been feeding every week with
a tomato feed so I don't see how they can be short of it.`,
      `They're in grow bags, watered morning and evening in the hot spell. Should I be adding lime or something?`,
    ],
    sig: 'Allotment 14b, Marsh Lane. Clay, clay and more clay.',
  },
  {
    id: 38815,
    who: 'old_spade',
    when: 'Sat Jun 13, 2020 8:20 pm',
    rank: 'Site Admin',
    n: '5873',
    paras: [
      `Don't add lime. Nine times out of ten it's not a lack of calcium in the bag, it's that the plant can't move it to the fruit,
and that comes down to uneven watering. Calcium only travels in the water stream, so if the bag dries out even for a few hours
on a hot afternoon, the fruit that were forming at that moment miss out.`,
      `Grow bags are the worst for this because there's so little compost. Try sinking a couple of bottomless pots into each bag and
watering into those so it soaks down rather than running off the top, and water little and often in this heat.`,
    ],
    sig: 'Forty years on the same plot and still learning.',
  },
  {
    id: 38822,
    who: 'Greenfinger_Raj',
    when: 'Sun Jun 14, 2020 9:05 am',
    rank: 'Member',
    n: '48',
    quote: 'Calcium only travels in the water stream',
    paras: [
      `This is the bit that finally made sense of it for me last year. I also opened the roof vents and the door earlier in the day,
because the plants were flagging by lunchtime. Once the house stayed below 30 degrees the new trusses came through clean.`,
      `The affected fruit won't recover, so pick them off and let the plant put its effort into the next truss.`,
    ],
  },
  {
    id: 38830,
    who: 'Marsh_Hollie',
    when: 'Sun Jun 14, 2020 6:58 pm',
    rank: 'Regular',
    n: '213',
    paras: [`Thank you both. Pots sunk in, vents open at eight, bad fruit off. I'll report back in a couple of weeks.`],
    sig: 'Allotment 14b, Marsh Lane. Clay, clay and more clay.',
  },
];
const profile = (p: (typeof posts)[number]): string => `<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar">
<div class="avatar-container"></div><a href="${w(`memberlist.php?mode=viewprofile&amp;u=${p.n}`)}" class="username">${p.who}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="#">${p.n}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> Tue Mar 03, 2015 8:12 pm</dd></dl>`;
const post = (p: (typeof posts)[number], i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
${profile(p)}<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">
${i === 0 ? '' : 'Re: '}${title}</a></h3>
<ul class="post-buttons"><li><a href="${w(`posting.php?mode=quote&amp;p=${p.id}`)}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i>
<span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="#" class="username">${p.who}</a></strong> » </span>${p.when}</p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite>old_spade wrote: <a href="#p38815">↑</a>
<span class="responsive-hide">Sat Jun 13, 2020 8:20 pm</span></cite>${p.quote}</div></blockquote>`
    : ''
}
${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div><hr class="divider" />`;
const crumbs = ['Board index', 'Growing', 'Greenhouse and Polytunnel'];
const quick = ['Quick links', 'FAQ', 'Register', 'Login'];
const bar = (
  pos: string,
): string => `<div class="action-bar bar-${pos}"><a href="${w('posting.php?mode=reply&amp;t=4417')}" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
${pos === 'top' ? '<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>' : ''}
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head>${waybackHead}
<meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title} - Fenland Growers Forum</title>
<link href="/web/${ts}cs_/https://forum.fenlandgrowers.org.uk/styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link rel="canonical" href="${url}"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
${waybackBar('3', '14 Jun 2020 - 22 Sep 2022', 'Internet Archive', 'Save Page Now', ts, url, ['MAY', 'JUN', 'JUL'])}
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header"><div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="${w('index.php')}" title="Board index"><span class="site_logo"></span></a>
<h1>Fenland Growers Forum</h1><p>Allotments, greenhouses and kitchen gardens in the Fens</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(quick)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">${crumbs
  .map((c) => `<span class="crumb"><a href="#">${c}</a></span>`)
  .join('\n')}</li>
<li class="rightside responsive-search"><a href="#" title="View the advanced search options">Search</a></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="${w('viewtopic.php?t=4417')}">${title}</a></h2>
${bar('top')}
${posts.map(post).join('\n')}
${bar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return">
<a href="#" class="left-box arrow-left" accesskey="r">Return to “Greenhouse and Polytunnel”</a></p>
<div class="jumpbox dropdown-container"><span class="button">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 2 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist">
${links(['Board index', 'Contact us', 'The team', 'Delete cookies'])}<li class="rightside">All times are <span title="UTC+1">UTC+01:00</span></li></ul>
</div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</div></div></div>
</body></html>${waybackTail('20:11:33 Jun 14, 2020')}`;
export const phpbb: TestPage = {
  name: 'heldout268-wayback-phpbb-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [...new Set(posts.flatMap((p) => [p.who, p.when])), 'old_spade wrote:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...waybackTexts('3', '14 Jun 2020 - 22 Sep 2022', 'Internet Archive', 'Save Page Now', ts, url, ['MAY', 'JUN', 'JUL']),
    'Fenland Growers Forum', 'Allotments, greenhouses and kitchen gardens in the Fens', 'Skip to content', ...quick, ...crumbs, 'Search',
    'Post Reply', '4 posts • Page 1 of 1', `Re: ${title}`, 'Quote', 'Regular', 'Site Admin', 'Member', 'Posts:', 'Joined:', 'Tue Mar 03, 2015 8:12 pm',
    'Allotment 14b, Marsh Lane. Clay, clay and more clay.', 'Forty years on the same plot and still learning.', 'Top',
    'Return to “Greenhouse and Polytunnel”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 2 guests', 'Contact us',
    'The team', 'Delete cookies', 'All times are UTC+01:00', 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

export const HELDOUT268_E: readonly TestPage[] = [phpbb, table2009];
