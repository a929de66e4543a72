import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout417-kit.js';

/**
 * Held-out batch 417, file c: a Wattpad-style story part rendered by its React client (part header with reads, votes and
 * comments counts, paragraphs with inline-comment markers, vote / share bar, "Continue to next part", story card, comments,
 * "You'll also like" rail, cookie banner) and a Scribble Hub-style chapter (WordPress theme, chapter navigation, the
 * chapter with a status-screen table, author's note box, ratings widget, comments, sidebar, footer).
 */
const wTitle = 'Part 9: Rain Check';
const wBody = paras(`
Noor had a rule about the bakery: she never went in on Saturdays, because Saturdays were when Jonah worked the counter, and
Jonah was the reason she had a rule.

So of course it was raining on Saturday, the kind of sideways rain that turns an umbrella into a sail, and of course the bakery
was the only awning on Fenwick Street.

She stood under it for four minutes pretending to read the menu taped to the window. Sourdough, rye, cardamom knots. The
cardamom knots were new. She hated that she noticed.

The door opened behind her and the bell rang its two bright notes. "You can come in, you know," Jonah said. "We don't charge
for standing."

"I'm fine." A gust threw half the street at her shins.

"You are extremely not fine." He held the door wider. He had flour on his forearm in the shape of a handprint, as if someone
had grabbed him mid-argument, and she wondered who, and then she was annoyed at herself for wondering.

Inside it smelled like butter and burnt sugar. There were no customers. The radio was playing an old song about a train. Jonah
went back behind the counter and started wrapping something in brown paper without asking what she wanted.

"I haven't ordered," she said.

"You were looking at the knots for four minutes." He slid the paper bag across the counter. "First one's free. It's a rain
check."

"That is not what a rain check means."

"It is today," he said, and smiled, and the rule she had kept for seven weeks quietly stopped being a rule.
`);
const wNav = ['Browse', 'Community', 'Write', 'Try Premium', 'Log in', 'Sign Up'];
const wAlso = ['The Ferris Wheel Summer', 'Everything Tastes Like Lemons', 'Two Blocks From the Sea'];
const wCom = ['noor deserves a cardamom knot every day of her life', 'THE HANDPRINT. who grabbed him. I need to know'];
const wPid = (i: number): string => `b3f${(i * 7919).toString(16)}`;
const wHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>Flour and Thunder - ${wTitle} - Wattlepage</title>
<meta name="description" content="Noor has one rule about the bakery on Fenwick Street.">
<meta property="og:type" content="book"><meta property="og:title" content="Flour and Thunder - ${wTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${wTitle}","author":{"@type":"Person","name":"juniperwrites"},
"isPartOf":{"@type":"Book","name":"Flour and Thunder"}}</script>
<script>window.prefetched = {"part.1398812240.metadata":{"data":{"id":1398812240,"title":"${wTitle}","wordCount":438}}};</script></head>
<body class="js-app-off"><div id="app-container"><header id="header" class="header-container"><nav class="_2JhOa"><a href="/" class="_3Qe1V"
aria-label="Wattlepage Home">Wattlepage</a><ul class="_1KxO9">${links(wNav, '_3b1wR')}</ul></nav></header>
<main id="parts-container-new" class="container"><div class="part-header"><div class="story-info__title"><a href="/story/221904-flour-and-thunder"
class="toc-header">Flour and Thunder</a></div><div class="author-info"><a href="/user/juniperwrites" class="author on-navigate">juniperwrites</a></div>
<h1 class="h2">${wTitle}</h1><div class="story-stats"><span class="reads" title="Reads">48.1K reads</span><span class="votes" title="Votes">3.9K votes</span>
<span class="comments" title="Comments">612 comments</span></div></div>
<div class="row part-content"><div class="col-xs-12"><div class="page highlighter" data-page-number="1"><div class="panel panel-reading" dir="ltr">
<pre>${wBody
  .map((p, i) => `<p data-p-id="${wPid(i)}">${p} <span class="num-comment-icon"><span class="num-comment">${(i * 5 + 3) % 17}</span></span></p>`)
  .join('\n')}</pre></div></div></div></div>
<div class="story-part-actions"><button class="vote-button on-vote">Vote</button><button class="comment-button">Comment</button>
<button class="share-button on-share">Share</button></div>
<a class="on-navigate next-part-link" href="/1398812371-part-10">Continue to next part</a>
<div class="story-card"><span class="story-card-title">Flour and Thunder</span><span class="story-card-status">Ongoing</span>
<span class="story-card-tags">#romance #bakery #slowburn</span></div>
<section id="story-part-comments" class="comments"><h3>Comments</h3>${wCom
  .map(
    (c, i) => `<div class="comment"><a class="username">${['lemonbar_lena', 'ashfordreads'][i] ?? ''}</a><pre class="comment-text">${c}</pre>
<span class="timestamp">${['3d', '1d'][i] ?? ''}</span><button class="reply-button">Reply</button></div>`,
  )
  .join('\n')}</section>
<aside class="similar-stories"><h4>You'll also like</h4><ul>${links(wAlso, 'similar-story')}</ul></aside></main>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to personalize your experience and to show you ads.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></body></html>`;
const wattpad: TestPage = {
  name: 'heldout417-wattpad-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['juniperwrites'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wattlepage', ...wNav, 'Flour and Thunder', '48.1K reads', '3.9K votes', '612 comments', 'Vote', 'Comment', 'Share', 'Continue to next part',
    'Ongoing', '#romance #bakery #slowburn', 'Comments', 'lemonbar_lena', 'ashfordreads', ...wCom, 'Reply', "You'll also like", ...wAlso,
    'We and our partners use cookies to personalize your experience and to show you ads.', 'I Accept', 'Cookie Settings',
  ],
};

const sTitle = 'Chapter 58: Floor Nine, Again';
const sBody = paras(`
The ninth floor of the Spire looked exactly the way it had the first time Ryo died on it, which he considered a personal
insult. Same grey flagstones, same dripping ceiling, same faint music coming from somewhere he had never managed to find.

He opened his status before taking a single step. Old habit, and a good one.

Two points of Wit since the last loop. He had earned them by reading every inscription on floors one through eight, which had
taken three days and bored him almost to tears. The System, as usual, had not explained what Wit actually did.

The first room held the same three lantern-hounds. Last loop he had fought them and lost an arm. This time he walked along the
left wall, exactly eleven tiles from the door, and stood very still while the hounds sniffed the air and padded past him toward
the music.

That was new. In every previous loop the hounds had ignored the music completely.

"Okay," Ryo said quietly. "So Wit changes what you notice. Or what notices you."

He followed the hounds at a careful distance. The corridor beyond the first room bent right, then right again, which should
have brought him back where he started, and instead opened into a hall he had never seen: long, narrow, lined with mirrors that
reflected the room but not him.

At the far end, a woman in a grey coat was tuning a violin.

"You're early," she said without looking up. "Most people take forty loops to find this place."

Ryo checked his loop counter out of pure spite. Thirty-one.
`);
const sStatus: readonly [string, string][] = [
  ['Level', '23'],
  ['Vitality', '41'],
  ['Strength', '18'],
  ['Wit', '12 (+2)'],
  ['Loop', '31'],
];
const sNote = 'A bit of a shorter chapter, but the violinist is finally here! Thanks to everyone voting in the weekly rankings.';
const sNav = ['Home', 'Series Finder', 'Rankings', 'Latest Series', 'Forum', 'Login'];
const sSide = ['Popular This Week', 'The Salt Witch Ascends', 'Return of the Retired Dungeon', 'My Cat Is a Demon Lord', 'Sponsored'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${sTitle} - Spire Loop | Scrivenhall</title>
<meta name="description" content="Read Spire Loop, a LitRPG time-loop web novel on Scrivenhall."><meta name="generator" content="WordPress 6.5.4">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T12:31:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${sTitle}","author":"Haru Tessen"}</script>
<script>var mypostid = "1208834"; var chp_update = {"sid":"770211"};</script></head>
<body class="chapter-template-default single single-chapter"><div id="wrapper"><div class="nav_wrap"><nav class="menu_top">
<ul id="menu-top">${links(sNav, 'menu-item')}</ul>
</nav></div><div id="main read chapter"><div class="chapter_crumb"><a href="/series/770211/spire-loop/">Spire Loop</a></div>
<h1 class="chapter-title">${sTitle}</h1>
<div class="chp_byline">Posted by <a href="/profile/33190/haru-tessen/">Haru Tessen</a><span class="chp_date">Mar 4, 2026</span>
<span class="chp_views">1,204 Views</span></div>
<div class="prenext"><a class="btn-prev" href="#">Previous</a><a class="btn-toc" href="#">Index</a><a class="btn-next" href="#">Next</a></div>
<div id="chp_contents"><div class="chp_raw" id="chp_raw">${sBody
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<table class="status-screen"><tbody>${sStatus.map(([k, v]) => `<tr><td>${k}</td> <td>${v}</td></tr>`).join('\n')}</tbody></table>
${sBody
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</div>
<div class="wi_authornotes"><div class="wi_authornotes_title">Author's Note</div><div class="wi_authornotes_body"><p>${sNote}</p></div></div></div>
<div class="chp_rate"><span>Rate this chapter</span><span class="rate_count">(88 ratings)</span></div>
<div class="prenext"><a class="btn-prev" href="#">Previous</a><a class="btn-toc" href="#">Index</a><a class="btn-next" href="#">Next</a></div>
<div id="comments" class="comments-area"><h2 class="comments-title">Comments (1)</h2><ol class="comment-list"><li class="comment">
<span class="fn">moonlitcrow</span><span class="com_date">Mar 4, 2026 at 1:02 pm</span>
<div class="comment-body"><p>Thirty-one out of pure spite is the most Ryo thing possible</p></div><a class="comment-reply-link">Reply</a></li></ol></div></div>
<div id="sidebar"><ul>${lis(sSide, 'wi_sidebar_item')}</ul></div>
<footer class="footer"><p>© 2026 Scrivenhall. All stories belong to their respective authors.</p></footer></div></body></html>`;
const scribblehub: TestPage = {
  name: 'heldout417-scribblehub-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: [...texts(sBody.slice(0, 2)), ...sStatus.map(([k, v]) => `${k} ${v}`), ...texts(sBody.slice(2))],
  bylines: ['Posted by Haru Tessen', 'Mar 4, 2026', 'moonlitcrow', 'Mar 4, 2026 at 1:02 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Spire Loop', '1,204 Views', 'Previous', 'Index', 'Next', "Author's Note", sNote, 'Rate this chapter', '(88 ratings)', 'Comments (1)',
    'Thirty-one out of pure spite is the most Ryo thing possible', 'Reply', ...sSide, '© 2026 Scrivenhall. All stories belong to their respective authors.',
  ],
};

export const HELDOUT417_C: readonly TestPage[] = [wattpad, scribblehub];
