import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout713-kit.js';

/**
 * Held-out batch 713, file b: a long read on a public broadcaster's news site in the style of NPR's story template (slug,
 * byline block, dateblock, "Heard on" program block, audio module, image buckets with captions and credits, a related-story
 * inset, a pull quote, a sponsor message, newsletter and donation callouts, "More Stories" rail), and an academic's blog post
 * on WordPress with the Twenty Twenty-Four block theme (post meta line, table, list, quote, image, tags, post navigation,
 * threaded comments and the comment form).
 */
const pTitle = 'A town was drowned for a reservoir in 1938. Its choir never stopped singing';
const pOpen = [
  j(
    'On the first Sunday of every month, about two dozen people climb the stairs to the upper room of the Grange hall in Pellham',
    'Corners and sing hymns that were last sung in their original church in the summer of 1938. That church, the Asher Vale Meeting',
    'House, is still standing, more or less. It is under 90 feet of water.',
  ),
  j(
    'Asher Vale was a farming town of about 700 people at the bottom of the Merrow River valley. In 1934, the state water board chose',
    'the valley as the site of a reservoir to supply the growing city of Lanford, 40 miles to the south. Over the next four years, the',
    'state bought or condemned every property in the valley, moved 212 graves from the town cemetery, and took apart the mill, the',
    'school and most of the houses. The meeting house, built of stone, was left to the water.',
  ),
  j(
    '“They told people the steeple would stick out of the lake,” said Corinne Halvey, 74, whose grandmother was baptized in the',
    'meeting house. “It didn’t. They took the steeple down first, because they were afraid boats would hit it.”',
  ),
];
const pSecs: [string, string[]][] = [
  [
    'The valley before the water',
    [
      j(
        'What the meeting house had was a singing tradition. Asher Vale’s congregation sang from a hand-copied book of about 140 hymns,',
        'many of them local tunes that appear in no printed hymnal. The book was kept in the church and copied by each new choir member in',
        'turn; a full copy took about a year to make.',
      ),
      j(
        'When the town was cleared, the families scattered to a dozen towns on the rim of the valley. Some of the books went with them.',
        'Most did not. For decades, the tunes survived mainly because a handful of former choir members kept singing them, first at family',
        'gatherings and, from 1961, at the monthly meeting in Pellham Corners that the group still calls, without irony, “choir practice.”',
      ),
    ],
  ],
  [
    'Singing from memory',
    [
      j(
        'By the 1990s, the last members who had sung in the meeting house were in their 70s and 80s. Corinne Halvey’s mother, Ruth, was',
        'one of them. In 1996, Ruth Halvey and two other women began recording the tunes on cassette, singing each one into a tape',
        'recorder at the kitchen table. They recorded 96 hymns before Ruth’s death in 2003.',
      ),
      j(
        'Those tapes, now digitized, are the backbone of what the group sings today. Only three of the original handwritten books are',
        'known to survive. One belongs to the Halvey family. One is at the Merrow County Historical Society. The third turned up in 2019 at',
        'an estate sale in Lanford, tucked into a box of cookbooks, and was bought for $4 by a music teacher named Dev Pillai.',
      ),
      j(
        '“I opened it and saw shape notes and the name Asher Vale and I thought, I know that name from somewhere,” Pillai said. He now',
        'sings bass with the group and has spent five years comparing the three books with the cassette recordings. His spreadsheet lists',
        '143 tunes. For 31 of them, the words survive but no one knows the melody.',
      ),
    ],
  ],
  [
    'Who gets to remember',
    [
      j(
        'The reservoir has become a flashpoint of a different kind in recent years. In 2024, during a long drought, the water level in',
        'Lake Merrow fell by 38 feet, exposing foundations, stone walls and the road that once led into Asher Vale. Hundreds of visitors',
        'came to walk on the old main street. Some took bricks home.',
      ),
      j(
        'For the descendants, the drought was painful in a way that was hard to explain to outsiders. “People were taking selfies on my',
        'great-grandfather’s front step,” said Amos Whitcombe, who drove up from Lanford to see it. “I was taking pictures too. I don’t',
        'know what the right thing to do is.”',
      ),
      j(
        'The state water authority, which still owns the land under the lake, has since put up signs asking visitors not to remove',
        'objects from the shoreline. It has also, for the first time, agreed to fund an oral history project. Elena Sarkis, a historian',
        'at Lanford State University who is leading the project, said the goal is to record not just the choir but anyone with family',
        'ties to the valley.',
      ),
      j(
        '“For a long time, the story of the reservoir was told as an engineering story,” Sarkis said. “It was about the dam, and the',
        'water, and the city that got the water. The people who lived here were a footnote. We are trying to turn that around.”',
      ),
      j(
        'At the February choir practice, the group sang a tune called “Merrow Side,” which appears in all three books. Halvey led it.',
        'Afterward, she said her mother used to tell her that the congregation sang it on the last Sunday in the meeting house, in August',
        '1938, with the windows open so the men taking down the mill could hear.',
      ),
      '“I don’t know if that’s true,” she said. “But we sing it like it is.”',
    ],
  ],
];
const at0 = (s: [string, string[]][], i: number): string => s[i]?.[0] ?? '';
const at1 = (s: [string, string[]][], i: number): string[] => s[i]?.[1] ?? [];
const pNav = ['News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'Common Air Shop'];
const pMore = [
  'A century-old ferry log turns up in a river town’s attic',
  'The last lighthouse keeper on Gull Rock looks back',
  'How one county is paying to move its dead before the sea arrives',
];
const pFoot: [string, string[]][] = [
  ['Read & Listen', ['Home', 'News', 'Culture', 'Music', 'Podcasts & Shows']],
  ['Connect', ['Newsletters', 'Facebook', 'Instagram', 'Press', 'Contact & Help']],
  ['About Common Air', ['Overview', 'Diversity', 'Ethics', 'Finances', 'Careers']],
  ['Get Involved', ['Support Public Radio', 'Sponsor Common Air', 'Common Air Extra']],
];
const pBucket = (id: number, alt: string, caption: string, credit: string): string => `<div id="res${id}" class="bucketwrap image large"
aria-label="Image"><div class="imagewrap has-source-dimensions" data-crop-type="" style="--source-width: 4000; --source-height: 2667;"><picture><source
srcset="https://media.commonsradio.org/assets/img/2027/03/01/res${id}-wide.jpg" type="image/webp"><img
src="https://media.commonsradio.org/assets/img/2027/03/01/res${id}.jpg"
class="img" alt="${alt}" loading="lazy"></picture></div><div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image
caption"><p>${caption}</p></div></div><span class="credit" aria-label="Image credit">${credit}</span></div></div>`;
const pCap1 = 'Members of the Asher Vale choir sing in the upper room of the Grange hall in Pellham Corners in February.';
const pCap2 = 'During the 2024 drought, the stone walls and the old main street of Asher Vale rose out of Lake Merrow.';
const pHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Asher Vale was drowned for a reservoir in 1938. Its choir still sings : Common Air</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="description" content="The hymns of a town flooded for Lake
Merrow survived on cassette tapes and in three handwritten books. Now descendants are trying to record who lived there.">
<link rel="canonical" href="https://www.commonsradio.org/2027/03/04/1194820117/asher-vale-reservoir-choir-hymns">
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Common Air">
<meta name="date" content="2027-03-04"><meta name="author" content="Jonah Okafor"><meta name="programs" content="Morning Commons">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2027-03-04T05:03:00-05:00",
"author":{"@type":"Person","name":["Jonah Okafor"]},"publisher":{"@type":"Organization","name":"Common Air","logo":{"@type":"ImageObject",
"url":"https://media.commonsradio.org/chrome/ca-logo.png"}},"audio":{"@type":"AudioObject","duration":"PT8M51S"}}</script>
<link rel="stylesheet" href="https://static.commonsradio.org/static/css/build/storytext.css?v=2027.3.1">
<script>var CA = CA || {}; CA.serverVars = {"storyId":"1194820117","topics":["1136","1015"],"primaryTopic":"History","theme":"1001",
"programId":"3","programName":"Morning Commons","byline":["Jonah Okafor"],"pubDate":"202703040503","isStoryPage":true};</script></head>
<body class="story-layout tmplHasAudio"><div class="skip-links"><a href="#mainContent" class="skip-link">Skip to main content</a><a href="#globalNav"
class="skip-link">Keyboard shortcuts for audio player</a></div>
<header id="globalheader" class="globalheader"><div class="global-navigation"><a href="/" class="header-logo"><img
src="https://media.commonsradio.org/chrome/ca-logo.svg" alt="Common Air logo"></a>
<nav id="globalNav" class="global-nav" aria-label="Main"><ul class="menu-list">${links(pNav, 'menu__item')}</ul></nav>
<div class="header-live-radio"><button class="header-live-radio__button" type="button"><b>Live Radio</b></button></div>
<a class="header-donate" href="https://donate.commonsradio.org/?utm_source=header">Donate</a></div></header>
<main id="mainContent"><section id="main-section"><article class="story tmplHasAudio">
<div class="story-layout"><div class="story-meta"><div class="story-meta__one"><div class="slug-wrap"><h3 class="slug"><a
href="https://www.commonsradio.org/sections/history/">History</a></h3></div>
<div class="storytitle"><h1>${pTitle}</h1></div></div>
<div class="story-meta__two"><div class="byline-container--block"><div id="storybyline" class="storylocation"><div class="byline byline--block"><div
class="byline__name byline__name--block"><a href="https://www.commonsradio.org/people/11922801/jonah-okafor"
rel="author">Jonah Okafor</a></div></div></div></div>
<div class="dateblock"><time datetime="2027-03-04T05:03:00-05:00"><span class="date">March 4, 2027</span><span class="time">5:03 AM ET</span></time></div>
<div class="program-block"><div class="program-block__heard">Heard on <a
href="https://www.commonsradio.org/programs/morning-commons/">Morning Commons</a></div></div>
<div class="share-tools share-tools--primary" aria-label="Share"><ul><li class="share-tools__service share-tools__service--facebook"><a
href="https://www.facebook.com/sharer.php?u=x" aria-label="Facebook"><b class="share-text">Facebook</b></a></li><li class="share-tools__service
share-tools__service--flipboard"><a href="https://share.flipboard.com/bookmarklet/popout?v=2&amp;url=x"><b class="share-text">Flipboard</b></a></li><li
class="share-tools__service share-tools__service--email"><a href="mailto:?subject=x"><b class="share-text">Email</b></a></li></ul></div></div></div>
<div class="audio-module" id="audio-module-1194820117"><div class="audio-module-controls-wrap"><div class="audio-module-controls"><button
class="audio-module-listen" data-audio-player><b class="audio-module-listen-inner"><b class="audio-module-listen-icon icn-play"></b><b
class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> <b class="audio-module-listen-duration">· 8:51</b></b></b></button>
<span class="audio-module-duration">8:51</span><div class="audio-module-tools"><button class="audio-module-tools-toggle" aria-label="Toggle more
options"><b class="icn-more">More options</b></button></div></div></div>
<div class="audio-module-more-tools"><ul class="audio-tool-list"><li class="audio-tool audio-tool-download"><a
href="https://ondemand.commonsradio.org/mc/20270304_mc_asher_vale.mp3"><b>Download</b></a></li><li
class="audio-tool audio-tool-embed"><button><b>Embed</b></button>
</li><li class="audio-tool audio-tool-transcript"><a href="/transcripts/1194820117"><b>Transcript</b></a></li></ul></div></div>
<div id="storytext" class="storytext storylocation linkLocation">
${pBucket(1194820301, 'People standing in a circle holding hymnbooks in a wood-panelled room', pCap1, 'Tess Marlowe for Common Air')}
${ps(pOpen)}
<h3 class="edTag">${at0(pSecs, 0)}</h3>
${ps(at1(pSecs, 0))}
<div class="bucketwrap pullquote" aria-label="Pull quote"><p>“They took the steeple down first, because they were afraid boats would hit it.”</p></div>
<h3 class="edTag">${at0(pSecs, 1)}</h3>
${ps(at1(pSecs, 1).slice(0, 2))}
<div id="res1194820350" class="bucketwrap internallink insettwocolumn inset2col" aria-label="Related Story"><div class="bucket img"><a
href="https://www.commonsradio.org/2026/10/12/1188402211/ghost-town-post-office-records"><div class="bucketblock"><h3 class="slug">Related Story</h3><p
class="title">What a ghost town’s post office records reveal about who stayed</p></div></a></div></div>
${ps(at1(pSecs, 1).slice(2))}
<aside id="ad-backstage-wrap" aria-label="advertisement"><div class="ad-config" data-ad-size="[[300,250]]"><p class="left">Sponsor Message</p><div
id="ad-backstage-1"></div></div><div class="sponsor-bar"><a href="/about/sponsorship/">Become a Common Air sponsor</a></div></aside>
<h3 class="edTag">${at0(pSecs, 2)}</h3>
${ps(at1(pSecs, 2).slice(0, 2))}
${pBucket(1194820412, 'Stone walls and a dirt road on a dry lake bed', pCap2, 'Elena Sarkis/Lanford State University')}
${ps(at1(pSecs, 2).slice(2))}
<div class="newsletter-inline" data-newsletter="the-commons-weekly"><h3 class="newsletter-inline__title">Sign up for The Commons Weekly</h3><p
class="newsletter-inline__desc">Get the week’s best stories from Common Air in your inbox.</p><form><label class="sr-only" for="nl-email">Email
address</label><input id="nl-email" type="email" placeholder="What’s your email?"><button type="submit">Subscribe</button></form><p
class="newsletter-inline__legal">By subscribing, you acknowledge and agree to Common Air’s Terms of Use and Privacy Policy.</p></div>
</div>
<div class="callout-end-of-story-mount-piano-wrap"><div class="callout-end-of-story"><h4>Support public radio</h4><p>Common Air is a nonprofit. Your
donation helps keep stories like this free for everyone.</p><a class="callout-end-of-story__button"
href="https://donate.commonsradio.org/?utm_source=story">Donate</a></div></div>
<div class="story-tags" aria-label="Tags"><h3>Related Topics</h3><ul class="tag-list">${links(['Reservoirs', 'Music', 'Oral history'], 'tag')}</ul></div>
</div></article>
<aside class="more-from"><h3 class="more-from__title">More Stories From Common Air</h3><ul
class="more-from__list">${links(pMore, 'more-from__item')}</ul></aside>
</section></main>
<footer id="globalfooter" class="global-footer"><div class="global-footer__inner">${pFoot
  .map(([h, items]) => `<div class="footer-col"><h3 class="footer__heading">${h.replace(/&/g, '&amp;')}</h3><ul>${links(items)}</ul></div>`)
  .join(
    '\n',
  )}</div><div class="global-footer__legal"><ul>${links(['terms of use', 'privacy', 'your privacy choices', 'text only'])}</ul><p>© 2027 Common Air</p></div>
</footer><script src="https://static.commonsradio.org/static/js/build/story.js?v=2027.3.1"></script></body></html>`;
const pubradio: TestPage = gold({
  name: 'heldout713-pubradio-drowned-town-choir',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pSecs.map(([h]) => h),
  body: texts([...pOpen, ...pSecs.flatMap(([, p]) => p)]),
  bylines: ['Jonah Okafor', 'March 4, 2027', '5:03 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Keyboard shortcuts for audio player', ...pNav, 'Live Radio', 'Donate', 'History', 'Heard on Morning Commons', 'Facebook',
    'Flipboard', 'Email', 'Listen', '· 8:51', '8:51', 'More options', 'Download', 'Embed', 'Transcript', pCap1, 'Tess Marlowe for Common Air',
    'Related Story', 'What a ghost town’s post office records reveal about who stayed', 'Sponsor Message', 'Become a Common Air sponsor', pCap2,
    'Elena Sarkis/Lanford State University', 'Sign up for The Commons Weekly', 'Get the week’s best stories from Common Air in your inbox.',
    'Email address', 'Subscribe', 'By subscribing, you acknowledge and agree to Common Air’s Terms of Use and Privacy Policy.', 'Support public radio',
    'Common Air is a nonprofit. Your donation helps keep stories like this free for everyone.', 'Related Topics', 'Reservoirs', 'Music', 'Oral history',
    'More Stories From Common Air', ...pMore, ...pFoot.flatMap(([h, items]) => [h, ...items]), 'terms of use', 'privacy', 'your privacy choices',
    'text only', '© 2027 Common Air',
  ],
});

const tTitle = 'What my second-years found in the Saltby parish registers';
const tIntro = [
  j(
    'Every spring I give my second-year seminar, Belief and Belonging in the Early Modern Parish, the same slightly unfair assignment.',
    'I hand each group a decade of photographs from a single parish register and ask them to tell me something about the people in it',
    'that the clergyman who kept the register did not mean to tell us.',
  ),
  j(
    'This year the register was Saltby, a small market parish on the Wenning estuary, whose books run almost unbroken from 1602 to',
    '1812. The county record office digitised them last year, which meant, for the first time, that I did not have to drive forty',
    'students to Harlow Street in a minibus.',
  ),
];
const tAssign = [
  j(
    'The brief is deliberately short. Each group gets ten years of baptisms, marriages and burials. They have three weeks. They must',
    'transcribe at least a hundred entries, build a simple table, and write a 1,500-word report that starts from one pattern in the',
    'numbers and ends with one person in the book.',
  ),
  'The rules I give them:',
];
const tRules = [
  'Transcribe what the clerk wrote, not what you think he meant.',
  'Record every entry that is crossed out, and what replaced it.',
  'Do not use a family tree website until you have finished the transcription.',
  'Write down every word you cannot read, with its folio number.',
];
const tAssignEnd = j(
  'That last rule always causes the most grumbling and does the most good. By week two, every group has a list of illegible words,',
  'and by week three they have usually worked out half of them by comparing hands across the book.',
);
const tCountIntro = j(
  'Put together, the groups’ tables gave us baptism counts for six decades of the seventeenth century. The totals, with the two',
  'decades I transcribed myself to fill gaps, look like this:',
);
const tTable = [
  ['Decade', 'Baptisms', 'Marked “base born”', 'Clerk'],
  ['1620s', '214', '3', 'Thomas Aske'],
  ['1630s', '231', '5', 'Thomas Aske'],
  ['1640s', '162', '2', 'Nathaniel Crewe'],
  ['1650s', '98', '0', '(none named)'],
  ['1660s', '205', '11', 'Nathaniel Crewe'],
  ['1670s', '226', '9', 'John Pellow'],
];
const tCount = j(
  'The 1650s collapse is the first thing everyone notices, and the obvious explanation, war and plague, is partly right. But the',
  'group that had the 1650s, led by a student called Hana, found something better. Between 1653 and 1660, baptisms were not being',
  'recorded by the parish clergy at all. Under the civil registration rules of the time, births were entered by an elected',
  '“register”, a layman, and in Saltby the man elected could barely write.',
);
const tQuote = 'Borne the xiith of this mounth a dowter to Wm Hardy &amp; his wyf I think Ann';
const tCountEnd = j(
  'That entry, from November 1655, became the title of their report. The “I think” is doing a lot of work. So is the fact that',
  'nobody seems to have checked.',
);
const tHide = [
  j(
    'The column my students found most uncomfortable was the third one. Children described in the register as “base born”, that is,',
    'born outside marriage, almost vanish in the 1650s and then rise sharply in the 1660s. It is tempting to read that as a moral',
    'story, a rise in illegitimacy after the Restoration. The group with the 1660s argued, convincingly I think, that it is mostly a',
    'story about the clerk. Nathaniel Crewe returned as vicar in 1661 and seems to have been far more eager than his predecessor to',
    'write the phrase down.',
  ),
  j(
    'In other words, the register records the vicar as much as the parish. That is the most useful thing a second-year can learn',
    'from it, and it is not a lesson they would get from a table in a textbook.',
  ),
];
const tNext = [
  j(
    'Two changes for next year. First, I will give every group a decade on each side of theirs, so that they can see where the clerk',
    'changes. Second, I want them to try the burials first. Burials are shorter, more formulaic and easier to read, and starting with',
    'them would free up time for the hard part, which is always the writing.',
  ),
  'If you teach with registers and have a trick for the illegible-word problem, I would love to hear it in the comments.',
];
const tHeads = ['The assignment', 'Counting baptisms', 'What the numbers hide', 'Next term'];
const tCaption = 'Saltby baptism register, folio 41 recto, with the entries for November 1655. Photograph: Wenning County Record Office.';
const tNav = ['Blog', 'Teaching', 'Publications', 'About'];
const tTags = ['parish registers', 'seventeenth century', 'Saltby', 'seminars'];
type TComment = { id: number; name: string; when: string; iso: string; text: string; children?: TComment[] };
const tComments: TComment[] = [
  {
    id: 41,
    name: 'Sam Petrakis',
    when: 'March 5, 2027 at 10:02 am',
    iso: '2027-03-05T10:02:11+00:00',
    text: 'We do something similar with probate inventories at Brenford. The illegible-words list is a great idea, and I am stealing it.',
    children: [
      {
        id: 43,
        name: 'Ruth Ambler',
        when: 'March 5, 2027 at 12:40 pm',
        iso: '2027-03-05T12:40:52+00:00',
        text: 'Please do! The students hate it for about a week and then start competing over who has the shortest list.',
      },
    ],
  },
  {
    id: 47,
    name: 'Clare Osei',
    when: 'March 6, 2027 at 8:15 pm',
    iso: '2027-03-06T20:15:03+00:00',
    text: 'Did the 1650s group look at the marriages too? In our parish the justices’ marriages from those years are in a separate book.',
  },
];
const tComment = (c: TComment, depth = 1): string => `<li id="comment-${c.id}" class="comment ${depth === 1 ? 'even thread-even' : 'odd alt'} depth-${depth}">
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-nowrap is-layout-flex"><div class="wp-block-avatar"><img
alt="${c.name} Avatar" src="https://secure.gravatar.com/avatar/${c.id}?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" width="40"
height="40"></div><div class="wp-block-group is-vertical is-layout-flex"><div class="wp-block-comment-author-name has-small-font-size"><a
rel="external nofollow ugc"
href="#" target="_self">${c.name}</a></div><div class="wp-block-group is-layout-flex"><div class="wp-block-comment-date has-small-font-size"><time
datetime="${c.iso}"><a href="#comment-${c.id}">${c.when}</a></time></div></div></div></div>
<div class="wp-block-comment-content"><p>${c.text}</p></div><div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow"
class="comment-reply-link" href="?replytocom=${c.id}#respond" data-commentid="${c.id}" data-postid="812" data-belowelement="comment-${c.id}"
data-respondelement="respond" aria-label="Reply to ${c.name}">Reply</a></div></div>${
  c.children ? `\n<ol class="children">${c.children.map((k) => tComment(k, depth + 1)).join('\n')}</ol>` : ''
}</li>`;
const tNavLink = (t: string): string => `<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://ruthambler.net/${t.toLowerCase()}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large"><title>What my second-years found in the Saltby parish registers – Margin Notes</title>
<link rel="alternate" type="application/rss+xml" title="Margin Notes » Feed" href="https://ruthambler.net/feed/">
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"x"}};</script>
<style id="wp-block-site-title-inline-css">.wp-block-site-title{box-sizing:border-box}.wp-block-site-title :where(a){color:inherit}</style>
<style id="wp-block-post-terms-inline-css">.wp-block-post-terms{box-sizing:border-box}
.wp-block-post-terms .wp-block-post-terms__separator{white-space:pre-wrap}</style>
<link rel="stylesheet" id="twentytwentyfour-style-css" href="https://ruthambler.net/wp-content/themes/twentytwentyfour/style.css?ver=1.2" media="all">
<link rel="canonical" href="https://ruthambler.net/2027/03/04/saltby-parish-registers/"><meta name="generator" content="WordPress 6.7.2"></head>
<body class="post-template-default single single-post postid-812 single-format-standard logged-out wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-global-padding is-layout-constrained"
style="padding-top:20px;padding-bottom:20px"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<div class="wp-block-group is-layout-flex"><div class="wp-block-group is-vertical is-layout-flex"><p class="wp-block-site-title"><a
href="https://ruthambler.net"
target="_self" rel="home">Margin Notes</a></p></div></div>
<div class="wp-block-group is-content-justification-left is-layout-flex"><nav
class="is-responsive items-justified-right wp-block-navigation is-content-justification-right
is-layout-flex" aria-label=""><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"><svg width="24"
height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16"
height="1.5"></rect></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div
class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"><svg
xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"></svg></button><div
class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right
wp-block-navigation">${tNav.map(tNavLink).join('')}</ul></div></div></div></div></nav></div></div></div></header>
<main class="wp-block-group has-global-padding is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)"><div class="wp-block-group
has-global-padding is-layout-constrained"><h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">${tTitle}</h1>
<div style="margin-top:var(--wp--preset--spacing--20)" class="wp-block-template-part"><div
class="wp-block-group is-content-justification-left is-layout-flex"><div
class="wp-block-post-date"><time datetime="2027-03-04T09:12:40+00:00"><a href="https://ruthambler.net/2027/03/04/saltby-parish-registers/">March 4,
2027</a></time></div><p class="has-contrast-2-color has-text-color">—</p><p class="has-contrast-2-color has-text-color">by</p><div
class="wp-block-post-author-name"><a href="https://ruthambler.net/author/rambler/" target="_self"
class="wp-block-post-author-name__link">Ruth Ambler</a></div><div
class="wp-block-group is-layout-flex"><p class="has-contrast-2-color has-text-color">in</p><div class="taxonomy-category wp-block-post-terms"><a
href="https://ruthambler.net/category/teaching/" rel="tag">Teaching</a></div></div></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(tIntro)}
<h2 class="wp-block-heading">${tHeads[0]}</h2>
${ps(tAssign)}
<ul class="wp-block-list">${lis(tRules)}</ul>
<p>${tAssignEnd}</p>
<h2 class="wp-block-heading">${tHeads[1]}</h2>
<p>${tCountIntro}</p>
<figure class="wp-block-table is-style-stripes"><table
class="has-fixed-layout"><thead><tr>${(tTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>${tTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table><figcaption class="wp-element-caption">Baptisms in the Saltby register by decade, 1620–1679.</figcaption></figure>
<p>${tCount}</p>
<blockquote class="wp-block-quote is-layout-flow"><p>${tQuote}</p></blockquote>
<p>${tCountEnd}</p>
<h2 class="wp-block-heading">${tHeads[2]}</h2>
${ps(tHide)}
<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683"
src="https://ruthambler.net/wp-content/uploads/2027/03/saltby-f41r-1024x683.jpg" alt="A page of a parish register in a cramped seventeenth-century hand"
class="wp-image-815"><figcaption class="wp-element-caption">${tCaption}</figcaption></figure>
<h2 class="wp-block-heading">${tHeads[3]}</h2>
${ps(tNext)}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)"><div style="height:0"
aria-hidden="true" class="wp-block-spacer"></div><div class="taxonomy-post_tag is-style-post-terms-1 wp-block-post-terms">${tTags
  .map((t) => `<a href="https://ruthambler.net/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator"> </span>')}</div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous
wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a
href="https://ruthambler.net/2027/02/11/visitation-returns-as-gossip/" rel="prev">Reading visitation returns as gossip</a></div><div
class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://ruthambler.net/2027/03/19/marking-season/" rel="next">Notes from marking
season</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav></div>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading has-large-font-size">Comments</h2>
<ol class="wp-block-comment-template">${tComments.map((c) => tComment(c)).join('\n')}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a
rel="nofollow" id="cancel-comment-reply-link" href="/2027/03/04/saltby-parish-registers/#respond" style="display:none;">Cancel reply</a></small></h3><form
action="https://ruthambler.net/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span
id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea
id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span
class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p><p
class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value=""
size="30" maxlength="100" autocomplete="email" required></p><p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url"
type="url" value="" size="30" maxlength="200" autocomplete="url"></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for
the next time I comment.</label></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link
wp-element-button" value="Post Comment"></p></form></div></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);
padding-bottom:var(--wp--preset--spacing--50)"><div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column is-layout-flow"><div
class="wp-block-group is-vertical is-layout-flex"><h2 style="font-size:clamp(15.747px, 0.984rem + ((1vw - 3.2px) * 0.86), 22px);" class="wp-block-site-title"><a
href="https://ruthambler.net" target="_self" rel="home">Margin Notes</a></h2><p class="wp-block-site-tagline">Ruth Ambler on early modern religion, parishes and
teaching history</p></div></div>
<div class="wp-block-column is-layout-flow"><div class="wp-block-group is-layout-flex"><div class="wp-block-group is-vertical is-layout-flex"><h2
class="wp-block-heading has-medium-font-size has-body-font-family">Elsewhere</h2><nav class="is-vertical wp-block-navigation is-layout-flex"
aria-label="Elsewhere"><ul class="wp-block-navigation__container is-vertical wp-block-navigation">${['Department', 'Mastodon', 'Contact']
  .map(tNavLink)
  .join('')}</ul></nav></div></div></div></div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex"><p class="has-small-font-size">Designed with <a
href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer></div>
<script id="wp-block-navigation-view-js-module-data" type="application/json">{"name":"core/navigation"}</script></body></html>`;
const flatComments = (cs: TComment[]): TComment[] => cs.flatMap((c) => [c, ...flatComments(c.children ?? [])]);
const twentyfour: TestPage = gold({
  name: 'heldout713-tt4-parish-registers',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tAssign, ...tRules, tAssignEnd, tCountIntro, ...tTable.map((r) => r.join(' ')), tCount, tQuote, tCountEnd, ...tHide, ...tNext]),
  bylines: ['March 4, 2027', 'by', 'Ruth Ambler', ...flatComments(tComments).flatMap((c) => [c.name, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Margin Notes', ...tNav, 'in', 'Baptisms in the Saltby register by decade, 1620–1679.', tCaption, ...tTags, 'Reading visitation returns as gossip',
    'Notes from marking season', 'Comments', ...flatComments(tComments).map((c) => c.text), 'Reply', 'Leave a Reply',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Ruth Ambler on early modern religion, parishes and teaching history', 'Elsewhere', 'Department', 'Mastodon', 'Contact', 'Designed with WordPress',
  ],
});

export const HELDOUT713_B: readonly TestPage[] = [pubradio, twentyfour];
