import { type TestPage, texts } from './page-kit.js';
import { writeFreelyPost } from './pages-heldout66-c2.js';

/**
 * Held-out batch 66, file c: a LiveJournal entry with comments (LiveJournal's own top bar with the logo, site menu, login,
 * sign-up and the language list, the journal header with its title, subtitle and journal menu, the entry with its title,
 * ljuser author and date, a body written with line breaks rather than paragraphs and an lj-cut anchor, the location, mood
 * and music currents, tags, the comment count and "Post a new comment", previous/next entry links with key hints, a threaded
 * comment tree with replies from the journal's owner and an anonymous comment, the cookie notice and the site footer).
 */
const ljUser = 'fenland_diarist';
const ljTitle = 'Small press fair, Hexham: a report, with sore feet';
const ljBody1 = [
  'Back from Hexham, where the small press fair filled both floors of the Queen&#39;s Hall for the first time since before the ' +
    'pandemic. Forty-two tables by my count, three of them selling nothing but poetry pamphlets, and one man from Alnwick who had ' +
    'hand-bound a zine about every bridge on the Tyne.',
  'I went up on the early train with L., who was sharing a table with the Stocksfield risograph collective, and spent most of the ' +
    'day either behind it minding the cash tin or wandering the aisles with a tote bag that got heavier by the hour.',
  'The best conversation of the day was with a woman who prints recipe cards on an old Adana press in her garage. She sets every ' +
    'card by hand, a few dozen a week, and sells them for a pound each because, she said, recipes should be cheap. I bought six.',
  'The haul, for the record:',
];
const ljHaul = [
  'Bridges of the Tyne, issue 2 (the man from Alnwick)',
  'Six letterpress recipe cards, including a very firm one about parkin',
  'A risograph print of Hadrian&#39;s Wall in three shades of green',
  'Two poetry pamphlets from Curlew Pamphlets, whose table was mobbed all afternoon',
];
const ljBody2 = [
  'Sales at L.&#39;s table were steady rather than spectacular, but the collective covered the table fee by two o&#39;clock and ' +
    'everything after that was profit, which by the standards of these things is a triumph.',
  'My feet hurt and I have no shelf space left. Same time next year, I think.',
];
type LjComment = { id: number; user: string; when: string; text: string; parent?: number };
const ljComments: LjComment[] = [
  {
    id: 8812,
    user: 'moth_and_lantern',
    when: '2025-04-22 07:15 am (UTC)',
    text: 'Oh, the Adana lady! I bought cards from her at Durham last year. The parkin one is not wrong.',
  },
  {
    id: 9068,
    user: ljUser,
    when: '2025-04-22 08:02 am (UTC)',
    text: 'It is very much not wrong. I made it on Sunday and it needs the full week in the tin, as the card promises.',
    parent: 8812,
  },
  {
    id: 9324,
    user: 'tynesider_74',
    when: '2025-04-22 12:40 pm (UTC)',
    text: 'Sorry to have missed it this year. Did the bridges man have the earlier issues too?',
  },
  {
    id: 9580,
    user: ljUser,
    when: '2025-04-22 01:05 pm (UTC)',
    text: 'Only issue 1, and he was down to his last few. He said it is being reprinted for the autumn fair.',
    parent: 9324,
  },
  { id: 9836, user: '', when: '2025-04-23 09:31 am (UTC)', text: 'Thanks for the write-up, lovely to read about the fair from the other side of the table.' },
];
const ljUserTag = (u: string): string =>
  `<span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="${u}" lj:user="${u}"><a href="https://${u.replace(/_/g, '-')}.livejournal.com/profile/"
 target="_self" class="i-ljuser-profile"><img class="i-ljuser-userhead ContextualPopup"
 src="https://l-stat.livejournal.net/img/userinfo_v8.svg?v=17080&amp;v=869"></a><a
 href="https://${u.replace(/_/g, '-')}.livejournal.com/" class="i-ljuser-username" target="_self"><b>${u}</b></a></span>`;
const ljLeaf = (
  c: LjComment,
): string => `<div class="b-tree-twig b-tree-twig-${c.parent ? 2 : 1}" style="margin-left: ${c.parent ? 30 : 0}px" data-tid="t${c.id}">
<div id="t${c.id}" class="b-leaf comment${c.user === ljUser ? ' b-leaf-poster' : ''}${c.user === '' ? ' b-leaf-anonymous' : ''}" data-username="${c.user}"
 data-displayname="${c.user}"><div class="b-leaf-inner"><div class="b-leaf-header"><div class="b-leaf-userpic"><span><img
 src="https://l-userpic.livejournal.com/${c.id}/${c.id * 7}" alt="" width="40" height="40"></span></div><div class="b-leaf-details"><p class="b-leaf-username">
<span class="b-leaf-username-name">${c.user === '' ? 'Anonymous' : ljUserTag(c.user)}</span></p><p class="b-leaf-meta"><a
 href="https://fenland-diarist.livejournal.com/48213.html?thread=${c.id}#t${c.id}" class="b-leaf-permalink"><span
 class="b-leaf-createdtime">${c.when}</span></a>
</p></div></div><div class="b-leaf-article">${c.text}</div><div class="b-leaf-footer"><ul class="b-leaf-actions">
<li class="b-leaf-actions-item b-leaf-actions-reply"><a href="https://fenland-diarist.livejournal.com/48213.html?replyto=${c.id}" rel="nofollow">Reply</a></li>
${
  c.parent
    ? `<li class="b-leaf-actions-item b-leaf-actions-parent"><a
 href="https://fenland-diarist.livejournal.com/48213.html?thread=${c.parent}#t${c.parent}">Parent</a></li>`
    : ''
}
<li class="b-leaf-actions-item b-leaf-actions-thread"><a href="https://fenland-diarist.livejournal.com/48213.html?thread=${c.id}#t${c.id}">Thread</a></li>
<li class="b-leaf-actions-item b-leaf-actions-link"><a href="https://fenland-diarist.livejournal.com/48213.html?thread=${c.id}#t${c.id}">Link</a></li>
</ul></div></div></div></div>`;
const ljSiteNav = ['Interesting', 'Top', 'Shop', 'Search'];
const ljLangs = ['English (en)', 'Русский (ru)', 'Українська (uk)', 'Français (fr)', 'Deutsch (de)'];
const ljJournalNav = ['Recent Entries', 'Archive', 'Friends', 'Profile', 'Memories'];
const ljTags = ['small press', 'zines', 'northumberland'];
const ljFooter = ['About', 'Terms of Service', 'Privacy Policy', 'User Agreement', 'Help', 'Report a problem'];
const ljHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${ljUser}: ${ljTitle} — LiveJournal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://fenland-diarist.livejournal.com/48213.html">
<meta property="og:title" content="${ljTitle}"><meta property="og:site_name" content="LiveJournal">
<meta property="og:description" content="Back from Hexham, where the small press fair filled both floors of the Queen's Hall">
<link rel="stylesheet" href="https://l-stat.livejournal.net/??lj_base.css,s-header.css,b-singlepost.css,b-tree.css?v=1745001112">
<script>Site = window.Site || {}; (function(){ var p = {"remote":null,"journal":"${ljUser}","entry_id":48213,"currentLanguage":"en_LJ",
"has_remote":0,"siteroot":"https://www.livejournal.com","statprefix":"https://l-stat.livejournal.net"}, i; for (i in p) Site[i] = p[i]; })();</script>
</head>
<body class="s-schemius p-journal s-header-logged-out">
<div class="s-header-wrapper"><header class="s-header" role="banner"><nav class="s-nav" aria-label="LiveJournal"><ul class="s-nav-rootlist">
<li class="s-nav-item s-nav-item-logo"><a href="https://www.livejournal.com/" class="s-header-item__link s-header-item__link--logo">LiveJournal</a></li>
${ljSiteNav.map((t) => `<li class="s-nav-item"><a href="https://www.livejournal.com/${t.toLowerCase()}/" class="s-nav-item__name">${t}</a></li>`).join('\n')}
<li class="s-nav-item s-nav-item-login"><a href="https://www.livejournal.com/login.bml" class="s-header-item__link s-header-item__link--login">Log in</a></li>
<li class="s-nav-item s-nav-item-signup"><a href="https://www.livejournal.com/create" class="s-header-item__link s-header-item__link--signup">Create a
 blog</a></li>
<li class="s-nav-item s-nav-item-lang"><button class="s-nav-item__name" aria-haspopup="true">${ljLangs[0]}</button><ul class="s-nav-sublist" hidden>
${ljLangs
  .slice(1)
  .map((t) => `<li class="s-nav-subitem"><a href="?uselang=${t.slice(-3, -1)}">${t}</a></li>`)
  .join('')}</ul></li>
</ul></nav></header></div>
<div class="b-journal-header"><div class="b-journal-header-inner"><h2 class="b-journal-title"><a href="https://fenland-diarist.livejournal.com/">Notes from
 the Fens</a></h2>
<p class="b-journal-subtitle">and occasionally from further north</p>
<ul class="b-journal-nav">${ljJournalNav
  .map(
    (t) => `<li><a
 href="https://fenland-diarist.livejournal.com/${t.split(' ').pop()!.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul>
</div></div>
<div class="b-singlepost-wrapper">
<article class="b-singlepost hentry h-entry" data-entry-id="48213">
<h1 class="b-singlepost-title entry-title p-name">${ljTitle}</h1>
<div class="b-singlepost-author">${ljUserTag(ljUser)}</div>
<p class="b-singlepost-author-date published dt-published">2025-04-21 22:47:00</p>
<div class="b-singlepost-body entry-content e-content" lj-sale-entry>${ljBody1.slice(0, 2).join('<br /><br />')}<a name="cutid1"></a><br /><br />
${ljBody1.slice(2).join('<br /><br />')}<ul>${ljHaul.map((t) => `<li>${t}</li>`).join('')}</ul>${ljBody2.join('<br /><br />')}</div>
<div class="b-singlepost-currents"><span class="b-singlepost-currents-item"><span class="b-singlepost-currents-label">Location:</span> Hexham,
 Northumberland</span>
<span class="b-singlepost-currents-item"><span class="b-singlepost-currents-label">Mood:</span> <img class="meta-mood-img"
 src="https://l-stat.livejournal.net/img/mood/tired.gif"
 alt="tired" width="15" height="15"> tired but cheerful</span>
<span class="b-singlepost-currents-item"><span class="b-singlepost-currents-label">Music:</span> the guard announcing every stop to Newcastle</span></div>
<div class="b-singlepost-tags ljtags"><span class="b-singlepost-tags-label">Tags:</span> ${ljTags
  .map((t) => `<a href="https://fenland-diarist.livejournal.com/tag/${t.replace(/ /g, '%20')}" rel="tag">${t}</a>`)
  .join(', ')}</div>
</article>
<div class="b-singlepost-prevnext"><a class="b-singlepost-prevnext-link b-singlepost-prevnext-link-prev"
 href="https://www.livejournal.com/go.bml?journal=${ljUser}&amp;itemid=48213&amp;dir=prev">
<span class="b-singlepost-prevnext-text">Previous Entry</span><span class="b-singlepost-prevnext-hint">← Ctrl ← Alt</span></a>
<a class="b-singlepost-prevnext-link b-singlepost-prevnext-link-next" href="https://www.livejournal.com/go.bml?journal=${ljUser}&amp;itemid=48213&amp;dir=next">
<span class="b-singlepost-prevnext-text">Next Entry</span><span class="b-singlepost-prevnext-hint">Ctrl → Alt →</span></a></div>
<div class="b-xylem"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-amount"><span class="b-xylem-cell-count">5</span> comments</li>
<li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment-link"
 href="https://fenland-diarist.livejournal.com/48213.html?mode=reply#add_comment">Post a new
 comment</a></li></ul></div>
<div id="comments" class="b-grove"><div class="b-tree b-tree-root">
${ljComments.map(ljLeaf).join('\n')}
</div></div>
</div>
<div class="b-cookies-message" role="dialog"><p>We use cookies to make LiveJournal work and to show you relevant content. By continuing to use the site you
 agree to our
 <a href="https://www.livejournal.com/legal/cookies.bml">cookie policy</a>.</p><button type="button" class="b-cookies-message-close">OK</button></div>
<footer class="s-footer" role="contentinfo"><div class="s-footer-inner"><ul class="s-footer-nav">
${ljFooter.map((t) => `<li class="s-footer-nav-item"><a href="https://www.livejournal.com/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}
</ul><p class="s-footer-copyright">© LiveJournal, 1999–2025</p></div></footer>
<script src="https://l-stat.livejournal.net/??lj_base.js,journal.js,entry-page.js?v=1745001112"></script>
</body>
</html>`;
const liveJournal: TestPage = {
  html: ljHtml,
  name: 'heldout66-livejournal-entry',
  kind: 'blog',
  // the entry has no section headings; its paragraphs are split by <br /><br /> only, each one a body text, with the haul
  // list and its lead-in line; the poster "fenland_diarist" (entry author, and twice as the replier in the comments) and the
  // entry's date are bylines, the commenters' names and comment times too ("Anonymous" is the name shown for an anonymous
  // comment); the comments are readers' comments on a blog entry: furniture, as are the action links, the location, mood and
  // music currents with their labels, tags, comment count, prev/next links with their key hints, the journal header and menu,
  // LiveJournal's top bar with its languages, the cookie notice and the footer; the tag "small press" and the footer's
  // "About" are words of the title and body: left out
  title: ljTitle,
  headings: [],
  body: [...texts(ljBody1), ...texts(ljHaul), ...texts(ljBody2)],
  bylines: [ljUser, '2025-04-21 22:47:00', 'moth_and_lantern', 'tynesider_74', 'Anonymous', ...ljComments.map((c) => c.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LiveJournal', ...ljSiteNav, 'Log in', 'Create a blog', ...ljLangs, 'Notes from the Fens', 'and occasionally from further north', ...ljJournalNav,
    'Location:', 'Hexham, Northumberland', 'Mood:', 'tired but cheerful', 'Music:', 'the guard announcing every stop to Newcastle', 'Tags:', ...ljTags.slice(1),
    'Previous Entry', '← Ctrl ← Alt', 'Next Entry', 'Ctrl → Alt →', '5 comments', 'Post a new comment', ...ljComments.map((c) => c.text),
    'Reply', 'Parent', 'Thread', 'Link', 'We use cookies to make LiveJournal work and to show you relevant content.', 'cookie policy', 'OK',
    ...ljFooter.slice(1), '© LiveJournal, 1999–2025',
  ],
};

export const HELDOUT66_C: readonly TestPage[] = [liveJournal, writeFreelyPost];
