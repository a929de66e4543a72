import { type TestPage, texts } from './page-kit.js';
import { answerOverflowThread } from './pages-heldout49-f2.js';

/**
 * Held-out batch 49, file f: a Hacker News comment permalink (item?id= of a comment with children), saved logged out:
 * the orange top bar (logo, "Hacker News", the new | past | comments | ask | show | jobs | submit links, "login"), the
 * focused comment in the fatitem table (vote arrow, user, age, parent | context | next, "on:" the story), its text
 * (first paragraph bare, the rest in <p>), the reply form, the comment tree of its children (indent cells with s.gif
 * spacers, navs, [–] toggles, reply links) and the footer (yclinks and the Algolia search form).
 */
const hnFirst = 'I ran one of these stations for a small town for about nine years, so here is some context from the inside.';
const hnRest = [
  'The instruments are not the expensive part. A decent automatic station is a few thousand dollars and lasts a decade. What ' +
    'costs money is the boring stuff: someone to check that the rain gauge isn&#39;t full of leaves, recalibrating the humidity ' +
    'sensor every year, fixing the data logger after a lightning strike. All of that lived in our public works budget under ' +
    '"miscellaneous", which is the first line anyone cuts.',
  'The other problem is that nobody downstream pays for the data. The state flood model used our rainfall numbers, so did two ' +
    'universities and a crop insurance company, and not one of them ever contributed a cent. When the town finally dropped the ' +
    'station, the hydrologists were the first to call and complain.',
  'I don&#39;t think volunteers are the answer either. They are great for a few years and then they move away. If the data ' +
    'matters, someone who uses it has to fund the maintenance.',
];
interface Child {
  id: string;
  who: string;
  age: string;
  ts: string;
  indent: number;
  text: string[];
  navs: string[];
}
const hnChildren: Child[] = [
  {
    id: '45781877',
    who: 'tjernberg',
    age: '3 hours ago',
    ts: '2025-11-02T10:12:40 1762078360',
    indent: 0,
    navs: ['next'],
    text: [
      'Same story in the Nordic countries with the old manual climate stations. A lot of 100+ year records ended in the 2000s ' +
        'because the last observer retired and nobody was hired to replace them.',
      'The automatic replacements were often sited somewhere else, so the series has a break exactly where you most want continuity.',
    ],
  },
  {
    id: '45782306',
    who: 'rkalmar',
    age: '2 hours ago',
    ts: '2025-11-02T11:03:09 1762081389',
    indent: 1,
    navs: ['parent', 'next'],
    text: [
      'Yes, siting is the quiet disaster. Ours was moved forty metres in 2017 to make room for a car park, and the mean minimum ' +
        'temperature jumped by almost half a degree.',
    ],
  },
  {
    id: '45782520',
    who: 'nullpointerdad',
    age: '3 hours ago',
    ts: '2025-11-02T10:31:55 1762079515',
    indent: 0,
    navs: ['prev', 'next'],
    text: ['Couldn&#39;t the insurers just be required to contribute? They are clearly getting value out of it.'],
  },
  {
    id: '45783911',
    who: 'hdw',
    age: '1 hour ago',
    ts: '2025-11-02T12:20:47 1762086047',
    indent: 1,
    navs: ['parent', 'prev'],
    text: [
      'In a few states they effectively are, through a small fee on policies that funds the state mesonet. It works, but only ' +
        'because the network is run at state level. A single town has no leverage over a national insurer.',
    ],
  },
];
const commtext = (ps: readonly string[]): string =>
  `${ps[0]}${ps
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('')}`;
const child = (
  c: Child,
): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.indent}"><img src="s.gif" height="1"
width="${c.indent * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D45781204"><div
class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
<a href="user?id=${c.who}" class="hnuser">${c.who}</a> <span class="age" title="${c.ts}"><a href="item?id=${c.id}">${c.age}</a></span> <span
id="unv_${c.id}"></span><span
class="navs">${c.navs.map((n) => ` | <a href="#${c.id}" class="clicky" aria-hidden="true">${n}</a>`).join('')}</span> <a class="togg clicky" id="${c.id}"
n="${c.indent === 0 ? 2 : 1}" href="javascript:void(0)">[–]</a><span class="onstory"></span></span></div><br>
<div class="comment"><div class="commtext c00">${commtext(c.text)}</div><div class="reply"><p><font size="1"><u><a
href="reply?id=${c.id}&amp;goto=item%3Fid%3D45781204%23${c.id}" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
const hnTop = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnStory = 'Why municipal weather stations are disappearing';
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?J8Z4Ybqg1zVhRkG3cJqk"><link rel="icon" href="y18.svg">
<link rel="canonical" href="https://news.ycombinator.com/item?id=45781204"><title>I ran one of these stations for a small town for about nine years, so here
is some
context from... | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a
href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnTop.map((t) => `<a href="${t}">${t}</a>`).join(' | ')}</span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop">
<a href="login?goto=item%3Fid%3D45781204">login</a>
</span></td></tr></table></td></tr>
<tr id="pagespace" title="" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing" id="45781204"><td class="ind"></td><td valign="top" class="votelinks"><center><a id="up_45781204"
href="vote?id=45781204&amp;how=up&amp;goto=item%3Fid%3D45781204"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div
style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=rkalmar" class="hnuser">rkalmar</a> <span class="age"
title="2025-11-02T09:41:17 1762076477"><a href="item?id=45781204">4 hours ago</a></span> <span id="unv_45781204"></span><span class="navs"> | <a
href="item?id=45780011">parent</a> | <a href="item?id=45779730#45781204">context</a> | <a href="item?id=45780011#45781955" class="clicky"
aria-hidden="true">next</a><span
class="onstory"> | on: <a href="item?id=45779730" title="${hnStory}">${hnStory}</a></span></span></span></div><br><div class="comment">
<div class="commtext c00">${commtext([hnFirst, ...hnRest])}</div>
<div class="reply"></div></div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="45781204"><input
type="hidden"
name="goto" value="item?id=45781204"><input type="hidden" name="hmac" value="3f1c0e9b7d2a4c8e6f0b1a2d3c4e5f6a7b8c9d0e"><textarea name="text" rows="8" cols="80"
wrap="virtual"></textarea><br><br><input type="submit" value="reply"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">
${hnChildren.map(child).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${hnFoot
  .map((t) => `<a href="${t === 'Apply to YC' ? 'https://www.ycombinator.com/apply/' : `${t.toLowerCase()}.html`}">${t}</a>`)
  .join(' | ')}</span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"
autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center></body>
<script type="text/javascript" src="hn.js?J8Z4Ybqg1zVhRkG3cJqk"></script></html>`;
const hnComment: TestPage = {
  html: hnHtml,
  name: 'heldout49-hacker-news-comment',
  kind: 'forum',
  // the comment has no title: its first paragraph (the one HN leaves outside a <p>) is the title, the rest is body, and so is
  // every child comment; usernames and ages are bylines (each once); "on:" with the story's title is furniture (a link to
  // the thread the comment belongs to), as are the top bar, "login", "parent", "next", "prev", "[–]", the "reply" links,
  // the footer links and "Search:"; the navs' "context" is a word of the title: left out; the <title>'s truncated copy of the
  // first line is in neither list
  title: hnFirst,
  headings: [],
  body: [...texts(hnRest), ...texts(hnChildren.flatMap((c) => c.text))],
  bylines: ['rkalmar', '4 hours ago', 'tjernberg', '3 hours ago', '2 hours ago', 'nullpointerdad', 'hdw', '1 hour ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnTop, 'login', 'parent', 'next', 'prev', `on: ${hnStory}`, '[–]', 'reply', ...hnFoot, 'Search:',
  ],
};

export const HELDOUT49_F: readonly TestPage[] = [hnComment, answerOverflowThread];
