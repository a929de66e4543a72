import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 34, file b2: a LiveJournal entry in a personal journal, as the site renders it in 2025 (LJ's own top bar,
 * the journal's title, subtitle and nav, the entry header with the ljuser badge and date, an entry body written with
 * `<br />` line breaks and an lj-cut anchor, "Current location / mood / music", tags, memories / share / link actions,
 * previous / next entry links, the comment count bar, a threaded comment tree with a deleted comment and an anonymous
 * one, the comment form, an ad slot, "Popular on LiveJournal" and the site footer).
 */
const ljTitle = 'Forty minutes at Harrowgate Junction';
const ljBody = [
  'The 17:42 stopped dead about a hundred yards short of Harrowgate Junction tonight, and stayed there. The guard came through ' +
    'after ten minutes to say there was a signalling fault at Maltby and that he had no idea how long it would be, which I ' +
    'appreciated more than the usual cheerful guesses.',
  'The man opposite me, who had been doing the crossword in pen, put it down and said, to nobody in particular, that he used to ' +
    'work that box. Not Maltby, he meant, but the old box at Harrowgate, the one they pulled down in 1998. He pointed out of the ' +
    'window at a patch of brambles and said that was where it stood.',
  'So for the next half hour I got a lecture, and a good one, on how the junction used to run. Forty-two levers, he said, and you ' +
    'learned the feel of each one. The heavy ones were the points for the branch to the quarry, which nobody has used since the ' +
    'eighties. On a frosty morning you put your boot against the frame and pulled with your whole back.',
  'He told me the worst night of his working life was not an accident but a goods train that lost its grip on the incline in a ' +
    'storm and slid back, very slowly, almost to his box. Nobody was hurt. He said he still dreams about the sound of it, a kind ' +
    'of long sigh from the wheels.',
  'I asked whether he missed it. He thought about that for a long time and said he missed the stove.',
  'When we finally moved he picked up his crossword again as if nothing had happened, and got off at the next stop without ' +
    'saying goodbye. I never got his name. I looked up the Harrowgate box when I got home and there is one blurry photograph of ' +
    'it online, from 1971, with a figure at the window who could be anybody.',
  'Anyway. Home at half seven instead of twenty past six, and for once I did not mind.',
];
interface LjComment {
  id: number;
  level: number;
  who: string;
  when: string;
  text: string;
}
const ljComments: LjComment[] = [
  { id: 1021, level: 1, who: 'kettle_and_kite', when: 'March 4 2025, 22:31:05 UTC', text: 'He missed the stove. That is the best line I have read all week.' },
  {
    id: 1277,
    level: 2,
    who: 'marginalia_tea',
    when: 'March 4 2025, 22:40:12 UTC',
    text: 'It got me too. I nearly asked what kind of stove and then thought better of it.',
  },
  {
    id: 1533,
    level: 1,
    who: 'old_harrowgate',
    when: 'March 5 2025, 07:58:44 UTC',
    text:
      'My grandad worked Harrowgate box in the fifties! The 1971 photo is in the local history society’s book as well, page 88, ' +
      'if you want a clearer copy.',
  },
  { id: 1789, level: 2, who: 'marginalia_tea', when: 'March 5 2025, 08:20:31 UTC', text: 'Oh, I would love that. Messaging you now.' },
  { id: 2045, level: 1, who: '(Anonymous)', when: 'March 5 2025, 12:13:09 UTC', text: 'Forty-two levers sounds about right for a junction that size.' },
];
const ljCurrents = ['Current location:', 'on a stopped train', 'Current mood:', 'contemplative', 'Current music:', 'the heater ticking'];
const ljTags = ['commute diaries', 'railway history', 'strangers'];
const ljTop = ['Interesting', 'Shop', 'Frank Awards', 'Search'];
const ljJournalNav = ['Recent Entries', 'Archive', 'Friends', 'Profile', 'Memories'];
const ljPopular = ['Ten allotment mistakes I will make again this year', 'The best chip shops on the Yorkshire coast, ranked by a pedant'];
const ljFoot = ['About', 'Terms of Service', 'Privacy Policy', 'User Agreement', 'Help', 'Choose language'];
const ljUser = (u: string): string =>
  u === '(Anonymous)'
    ? '<span class="b-leaf-username-anonymous">(Anonymous)</span>'
    : `<span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="${u}" lj:user="${u}"><a href="https://${u.replace(/_/g, '-')}.livejournal.com/profile/" ` +
      `target="_self" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/userinfo_v8.svg?v=17080" alt=""></a>` +
      `<a href="https://${u.replace(/_/g, '-')}.livejournal.com/" class="i-ljuser-username" target="_self"><b>${u}</b></a></span>`;
const ljLeaf = (c: LjComment): string => `<div class="b-tree-twig b-tree-twig-${c.level}" style="margin-left: ${(c.level - 1) * 30}px" data-tid="t${c.id}">
<div id="t${c.id}" class="b-leaf${c.who === 'marginalia_tea' ? ' b-leaf-poster' : ''}" data-username="${c.who}" data-displayname="${c.who}">
<div class="b-leaf-inner"><div class="b-leaf-header"><div class="b-leaf-userpic"><span class="b-leaf-userpic-inner"><img
src="https://l-userpic.livejournal.com/${c.id}/88"
alt=""></span></div><div class="b-leaf-details"><p class="b-leaf-username"><span class="b-leaf-username-name">${ljUser(c.who)}</span></p>
<p class="b-leaf-meta"><a href="https://marginalia-tea.livejournal.com/48231.html?thread=${c.id}#t${c.id}" class="b-leaf-permalink"><span
class="b-leaf-createdtime">${c.when}</span>
</a></p><ul class="b-leaf-actions"><li class="b-leaf-actions-item b-leaf-actions-link"><a
href="https://marginalia-tea.livejournal.com/48231.html?thread=${c.id}#t${c.id}">Link</a>
</li></ul></div></div><div class="b-leaf-article">${c.text}</div><div class="b-leaf-footer"><ul class="b-leaf-footer-actions">
<li class="b-leaf-actions-item b-leaf-actions-reply"><a href="https://marginalia-tea.livejournal.com/48231.html?replyto=${c.id}" rel="nofollow">Reply</a></li>
<li class="b-leaf-actions-item b-leaf-actions-thread"><a href="https://marginalia-tea.livejournal.com/48231.html?thread=${c.id}#t${c.id}">Thread</a></li>
</ul></div></div></div></div>`;
const ljHtml = `<!DOCTYPE html>
<html lang="en" class="html-schemius html-adaptive html-logged-out"><head><meta charset="utf-8"><title>${ljTitle}: marginalia_tea &#8212; LiveJournal</title>
<meta property="og:title" content="${ljTitle}"><meta property="og:description"
content="The 17:42 stopped dead about a hundred yards short of Harrowgate Junction tonight">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet"
href="https://l-stat.livejournal.net/??schemius_v4/header.css,entry.css?v=1709">
<script>Site = window.Site || {}; Site.journal = {"username":"marginalia_tea","journal_type":"P","is_paid":false,"id":18840221};
Site.entry = {"ditemid":48231,"subject":"${ljTitle}","comments_count":6};</script></head>
<body class="b-page-entry s-schemius p-adaptive logged-out"><div class="s-header" id="js-header"><div class="s-header-inner"><a class="s-header-logo"
href="https://www.livejournal.com/" title="LiveJournal">LiveJournal</a><nav class="s-nav"><ul class="s-nav-rootlist">${links(ljTop, 's-nav-item')}</ul></nav>
<div class="s-header-item s-header-item--login"><a href="https://www.livejournal.com/login.bml" class="s-header-item__link--login">Log in</a></div>
<div class="s-header-item s-header-item--signup"><a href="https://www.livejournal.com/create" class="s-header-sub-list-item__link--signup">Create
Blog</a></div></div></div>
<div class="b-journal-header"><h1 class="b-journal-title"><a href="https://marginalia-tea.livejournal.com/">Tea, Trains and Marginalia</a></h1>
<p class="b-journal-subtitle">notes from the 17:42 and elsewhere</p><ul class="b-journal-nav">${links(ljJournalNav, 'b-journal-nav-item')}</ul></div>
<div class="lj-adv-wrapper lj-adv-wrapper--top"><span class="lj-adv-label">Advertisement</span><div id="adfox_top" class="lj-adv"></div></div>
<div class="b-singlepost-wrapper"><article class="b-singlepost hentry entry" data-itemid="48231"><div class="b-singlepost-about">
<div class="b-singlepost-author">${ljUser('marginalia_tea')}</div>
<time class="b-singlepost-author-date published dt-published" datetime="2025-03-04T22:12:00">March 4th, 2025, 10:12 pm</time></div>
<h1 class="b-singlepost-title entry-title p-name">${ljTitle}</h1>
<div class="b-singlepost-body entry-content e-content" lj-sale-entry lj-embed-resizer lj-likes>
${ljBody[0]}<br /><br />
${ljBody[1]}<br /><br />
<a name="cutid1"></a>
${ljBody.slice(2).join('<br /><br />\n')}
</div>
<div class="b-singlepost-meta"><dl class="b-singlepost-currents">${ljCurrents.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('')}</dl>
<div class="b-singlepost-tags ljtags"><strong>Tags:</strong> ${ljTags
  .map(
    (t) => `<a rel="tag"
href="https://marginalia-tea.livejournal.com/tag/${t}">${t}</a>`,
  )
  .join(', ')}
</div></div><div class="b-singlepost-bottom"><ul class="b-singlepost-actions"><li class="b-singlepost-actions-item"><a
href="https://www.livejournal.com/tools/memadd.bml?journal=marginalia_tea&amp;itemid=48231" title="Add to memories">Add to memories</a></li>
<li class="b-singlepost-actions-item"><a href="#" class="js-lj-share" title="Share">Share</a></li></ul>
<div class="b-singlepost-prevnext"><a class="b-controls b-controls-prev"
href="https://www.livejournal.com/go.bml?journal=marginalia_tea&amp;itemid=48231&amp;dir=prev"
title="Previous Entry">Previous Entry</a> <a class="b-controls b-controls-next"
href="https://www.livejournal.com/go.bml?journal=marginalia_tea&amp;itemid=48231&amp;dir=next"
title="Next Entry">Next Entry</a></div></div></article>
<div class="b-xylem b-xylem-first"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-amount"><span class="js-amecomments">6 comments</span></li>
<li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment-inner" href="https://marginalia-tea.livejournal.com/48231.html?mode=reply">Post a new
comment</a></li>
</ul></div>
<div id="comments" class="b-grove"><div class="b-tree b-tree-root">
${ljLeaf(ljComments[0]!)}
${ljLeaf(ljComments[1]!)}
<div class="b-tree-twig b-tree-twig-1" style="margin-left: 0px" data-tid="t1290"><div id="t1290" class="b-leaf b-leaf-deleted"><div class="b-leaf-inner">
<div class="b-leaf-article">This comment was deleted.</div></div></div></div>
${ljLeaf(ljComments[2]!)}
${ljLeaf(ljComments[3]!)}
${ljLeaf(ljComments[4]!)}
</div></div>
<div class="b-xylem"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment-inner"
href="https://marginalia-tea.livejournal.com/48231.html?mode=reply">Post a new comment</a></li></ul></div>
<form class="b-watering" id="postform" method="post" action="https://www.livejournal.com/talkpost_do.bml"><div class="b-watering-header">Comment form</div>
<div class="b-watering-user"><span class="b-watering-user-label">From:</span> <label><input type="radio" name="usertype" value="anonymous"> Anonymous</label>
<label><input type="radio" name="usertype" value="user" checked> LiveJournal account</label></div><textarea class="b-watering-textarea" name="body"
placeholder="Add a comment"></textarea><p class="b-watering-notice">Your reply will be screened</p><p class="b-watering-notice">Your IP address will be
recorded</p>
<button type="submit" class="b-watering-submit">Add comment</button></form></div>
<section class="b-popular"><h2 class="b-popular-title">Popular on LiveJournal</h2><ul>${links(ljPopular, 'b-popular-item')}</ul></section>
<footer class="s-footer"><ul class="s-footer-nav">${links(ljFoot, 's-footer-nav-item')}</ul><p class="s-footer-copyright">© LiveJournal. All rights
reserved.</p></footer>
<script>LJ.pushClass(document.documentElement, 'html-loaded'); Site.page = {"adv_libs":{"adfox":{"url":"https://yastatic.net/pcode/adfox/loader.js"}}};</script>
</body></html>`;
export const liveJournalEntry: TestPage = {
  html: ljHtml,
  name: 'heldout34-livejournal-entry',
  kind: 'blog',
  // the entry's seven `<br />`-separated paragraphs are the body (no headings); the journal owner "marginalia_tea" (badge,
  // title of the page, comment replies: listed once), the entry date and every commenter name and comment time are bylines;
  // LiveJournal is a journal (blog) platform, so the readers' comments, the owner's replies among them and the "deleted"
  // notice are furniture, as on other blog pages; the "Current location / mood / music" lines, tags, actions, previous / next,
  // the comment bar and form, the ad label, "Popular on LiveJournal", LJ's top bar, journal header and footer are furniture;
  // the form's "From:" and the footer's "About" are left out (body words: "from", "dreams about")
  title: ljTitle,
  headings: [],
  body: ljBody,
  bylines: [
    'marginalia_tea',
    'March 4th, 2025, 10:12 pm',
    ...ljComments.filter((c) => c.who !== 'marginalia_tea').map((c) => c.who),
    ...ljComments.map((c) => c.when),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LiveJournal', ...ljTop, 'Log in', 'Create Blog', 'Tea, Trains and Marginalia', 'notes from the 17:42 and elsewhere', ...ljJournalNav, 'Advertisement',
    ...ljCurrents, 'Tags:', ...ljTags, 'Add to memories', 'Share', 'Link', 'Reply', 'Thread', 'Previous Entry', 'Next Entry',
    '6 comments', 'Post a new comment', ...ljComments.map((c) => c.text),
    'This comment was deleted.', 'Comment form', 'LiveJournal account', 'Your reply will be screened', 'Your IP address will be recorded',
    'Add comment', 'Popular on LiveJournal', ...ljPopular, ...ljFoot.filter((t) => t !== 'About'), '© LiveJournal. All rights reserved.',
  ],
};
