import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 10, file e: a Project Gutenberg HTML5 book (the pg-header with its licence note and metadata,
 * title page, contents table, two short chapters with [Pg n] page numbers and footnotes, transcriber's note,
 * the pg-footer licence) and a Lobsters-style link story with its nested comment tree.
 */
const ch1 = [
  'The water came up through the floor of Hollis Mill on the night of the fourteenth of March, very quietly, as if it ' +
    'had been invited. Martha Crane was the first to know of it, for she slept in the room above the wheel, and she woke ' +
    'to a sound like somebody pouring tea in the dark.',
  'She lit the lantern from the embers and went down in her stockings. The lowest step was already gone under, and the ' +
    'sacks of meal her father had stacked against the west wall that afternoon were swelling and sighing like sleepers.',
  '“Father,” she called up the stair, and then, because he was a heavy sleeper and growing deaf besides, she called it ' +
    'again in the voice she kept for the geese. He came down with his breeches over his nightshirt and stood a long ' +
    'while looking at the water without a word.',
  'It was a thing understood in the fen that a miller did not leave his mill while the sluice was unattended, and the ' +
    'sluice at Hollis stood a quarter of a mile off across the low meadow, which was now no meadow at all but a grey ' +
    'sheet of water with the hedges drowning in it.<a id="FNanchor_1" href="#Footnote_1" class="fnanchor">[1]</a>',
  '“I shall go,” said Martha; and her father, who had never in his life let her go anywhere after dark, looked at ' +
    'the lantern in her hand and at the water round his ankles, and did not say no.',
];
const ch2 = [
  'The causeway to the sluice was older than the mill and a good deal better built, being the work of the Dutchmen, ' +
    'and Martha found that if she kept the lantern low she could see the pale line of its stones under a hand’s depth of water.',
  'Halfway over she heard a boat. It was a flat punt of the kind the eel-men used, and there were two men in it ' +
    'poling very softly towards the mill, with no light at all; and Martha, who knew every eel-man in the parish by ' +
    'his cough, did not know these.',
  'She did then what she afterwards could never explain, even to herself. She lifted the lantern as high as her arm ' +
    'would reach and swung it three times, slowly, as the sluice-keeper did to signal that the gates were open, and the ' +
    'punt stopped dead in the water.<a id="FNanchor_2" href="#Footnote_2" class="fnanchor">[2]</a>',
  'When she looked again it had turned, and was going away over the flood towards Stanmere with a great deal less care ' +
    'for silence than before. She went on to the sluice, and opened it, and the water began to fall.',
];
const notes = [
  '<a id="Footnote_1" href="#FNanchor_1" class="label">[1]</a> The Hollis sluice was let into the old drain in 1731. ' +
    'It was worked by hand until the pumping station at Stanmere took its place in the year this tale was written.',
  '<a id="Footnote_2" href="#FNanchor_2" class="label">[2]</a> A lantern swung three times meant that the gates were open ' +
    'and the current would be strong under the bridge; no boatman who knew the fen would pass it.',
];
const pg = (n: number): string => `<span class="pagenum"><a id="Page_${n}">[Pg ${n}]</a></span>`;
/** Paragraphs, with a page number at the head of those listed in `at` (index: page). */
const withPages = (paras: string[], at: Record<number, number>): string => paras.map((p, i) => `<p>${at[i] === undefined ? '' : pg(at[i])}${p}</p>`).join('\n');
const licence = [
  'Editions that replace this one will be given new file names, and the older files will be retired. Because no United ' +
    'States copyright exists in the printed edition, the Foundation and you may copy and distribute it in the United States without permission.',
  'The name Project Gutenberg is a registered trademark and may not be used on copies you charge for unless you follow ' +
    'the terms of the full licence below, which you accept by using or distributing this work in any way.',
];
const gutHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>The Lantern at Hollis Mill | Project Gutenberg</title>
<link rel="icon" href="images/cover.jpg" type="image/x-cover"><meta name="dc.title" content="The Lantern at Hollis Mill">
<meta name="dc.creator" content="Tolley, Ellen Marsh, 1851-1919"><meta name="dcterms.created" content="2021-06-04">
<style>body{margin-left:10%;margin-right:10%}.pagenum{position:absolute;right:4%;font-size:smaller;color:#999}
h1,h2{text-align:center;clear:both}.footnote{font-size:.9em;margin-left:10%}.tnote{border:1px dashed;padding:1em}</style></head>
<body><section class="pg-boilerplate pgheader" id="pg-header" lang="en">
<h2 id="pg-header-heading" title="">The Project Gutenberg eBook of <span lang="en" id="pg-title-no-subtitle">The Lantern at Hollis Mill</span></h2>
<div>This ebook may be used by anyone in the United States, and in most other countries, free of charge and with hardly any restrictions. You
may copy it, give it away or re-use it under the terms of the Project Gutenberg Licence included with it or online at www.gutenberg.example.
If you are outside the United States, check the laws of your country before using this eBook.</div>
<div class="container" id="pg-machine-header"><p><strong>Title</strong>: The Lantern at Hollis Mill</p>
<div id="pg-header-authlist"><p><strong>Author</strong>: Ellen Marsh Tolley</p></div>
<p><strong>Release date</strong>: June 4, 2021 [eBook #65532]<br>
<strong>Most recently updated</strong>: October 18, 2024</p><p><strong>Language</strong>: English</p>
<p><strong>Credits</strong>: Fenella Yardley and the Online Distributed Proofreading Team</p></div>
<div id="pg-start-separator"><span>*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN AT HOLLIS MILL ***</span></div></section>
<div class="figcenter" id="frontispiece"><img src="images/frontis.jpg" alt="">
<p class="caption">“SHE LIFTED THE LANTERN AS HIGH AS HER ARM WOULD REACH.”<br>
<span class="smcap">Page 9.</span></p></div>
<h1>THE LANTERN<br>
AT HOLLIS MILL</h1>
<p class="center">A TALE OF THE FEN COUNTRY</p>
<p class="center">BY<br>
ELLEN MARSH TOLLEY</p>
<p class="center">LONDON:<br>
J. HADDOW &amp; SONS, 14 PATERNOSTER ROW.<br>
1887.</p>
<hr class="chap x-ebookmaker-drop">
<div class="chapter"><h2 class="nobreak" id="CONTENTS">CONTENTS.</h2><table class="toc"><tr><th></th><th class="tdr">PAGE</th></tr>
<tr><td>CHAPTER I.—<a href="#CHAPTER_I">The Night of the Flood</a></td><td class="tdr">1</td></tr>
<tr><td>CHAPTER II.—<a href="#CHAPTER_II">The Causeway</a></td><td class="tdr">7</td></tr></table></div>
<hr class="chap x-ebookmaker-drop">
<div class="chapter"><h2 class="nobreak" id="CHAPTER_I">CHAPTER I.<br>
<span class="small">THE NIGHT OF THE FLOOD.</span></h2>
${withPages(ch1, { 0: 1, 2: 3, 4: 5 })}
</div>
<hr class="chap x-ebookmaker-drop">
<div class="chapter"><h2 class="nobreak" id="CHAPTER_II">CHAPTER II.<br>
<span class="small">THE CAUSEWAY.</span></h2>
${withPages(ch2, { 0: 7, 2: 9 })}
<p class="center">THE END.</p></div>
<hr class="chap x-ebookmaker-drop">
<div class="chapter"><h2 class="nobreak" id="FOOTNOTES">FOOTNOTES:</h2>
${notes.map((n) => `<div class="footnote"><p>${n}</p></div>`).join('\n')}</div>
<div class="tnote"><p><strong>Transcriber’s Note:</strong></p><p>Obvious printing errors have been silently corrected. The spelling
“waggon” has been kept as printed.</p></div>
<section class="pg-boilerplate pgheader" id="pg-footer" lang="en">
<div id="pg-end-separator"><span>*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN AT HOLLIS MILL ***</span></div>
${ps(licence)}
<div><h2 id="pg-footer-heading">THE FULL PROJECT GUTENBERG LICENCE</h2><p>PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK</p>
<p>To protect the Project Gutenberg mission of promoting the free distribution of electronic works, you agree to keep this licence with
every copy you make of this work or of any work associated with the Project Gutenberg name.</p>
<p>Most people start at our website, which has the main search facility: www.gutenberg.example</p></div></section>
</body></html>`;
const gutenberg: TestPage = {
  html: gutHtml,
  name: 'heldout10-gutenberg-book',
  kind: 'blog',
  // hard calls: the book's text is the article: its title, the two chapter headings (number and name, split by a
  // <br>), the nine paragraphs, "THE END." and the two footnotes (their [1]/[2] labels and the in-text markers stay
  // in the body texts, being part of the printed book); the page numbers such as [Pg 3] sit at the head of
  // paragraphs and are furniture, as are the contents table, the frontispiece caption, the title page's subtitle
  // and imprint (the author there is a byline), the transcriber's note and the pg-header and pg-footer with their
  // licence texts and metadata (author, release and update dates are bylines); kind 'blog': long-form prose of one author
  title: 'The Lantern at Hollis Mill',
  headings: ['CHAPTER I. THE NIGHT OF THE FLOOD.', 'CHAPTER II. THE CAUSEWAY.', 'FOOTNOTES:'],
  body: [...texts(ch1), ...texts(ch2), 'THE END.', ...texts(notes)],
  bylines: [
    'Author: Ellen Marsh Tolley',
    'Release date: June 4, 2021 [eBook #65532]',
    'Most recently updated: October 18, 2024',
    'Credits: Fenella Yardley and the Online Distributed Proofreading Team',
    'ELLEN MARSH TOLLEY',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This ebook may be used by anyone in the United States, and in most other countries, free of charge and with hardly any restrictions.',
    'If you are outside the United States, check the laws of your country before using this eBook.', 'Language: English',
    '*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN AT HOLLIS MILL ***', '“SHE LIFTED THE LANTERN AS HIGH AS HER ARM WOULD REACH.”', 'Page 9.',
    'A TALE OF THE FEN COUNTRY', 'J. HADDOW & SONS, 14 PATERNOSTER ROW.', 'CONTENTS.', ...[1, 3, 5, 7, 9].map((n) => `[Pg ${n}]`), 'Transcriber’s Note:',
    'Obvious printing errors have been silently corrected.', '*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN AT HOLLIS MILL ***', ...texts(licence),
    'THE FULL PROJECT GUTENBERG LICENCE', 'PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK',
    'Most people start at our website, which has the main search facility: www.gutenberg.example',
  ],
};

interface Comment {
  user: string;
  age: string;
  score: number;
  paras: string[];
  replies?: Comment[];
}
const thread: Comment[] = [
  {
    user: 'mkarlsen',
    age: '2 days ago',
    score: 31,
    paras: [
      'The part about the OS page cache is the real story here. <code>VACUUM</code> writes a brand-new copy of the database and ' +
        'swaps it in, so every page you had warm in memory belongs to a file that no longer exists. Of course the first hour afterwards is slow.',
      'I would like to see the benchmark rerun after reading the whole file once, just to separate the cold cache from any real change in layout.',
    ],
    replies: [
      {
        user: 'fennwick',
        age: '2 days ago',
        score: 18,
        paras: [
          'That’s fair, and I did try it after writing the post. With the file read in first, the difference drops from about ' +
            '40% to 6%, so most of it was the cache. I’ll add an update tonight.',
        ],
        replies: [
          {
            user: 'mkarlsen',
            age: '1 day ago',
            score: 9,
            paras: [
              'Six percent is still interesting though. Did the page size change? If the old file was created years ago with ' +
                '1024-byte pages and the rebuild picked up a newer default, that alone would shuffle things around.',
            ],
            replies: [
              {
                user: 'fennwick',
                age: '1 day ago',
                score: 7,
                paras: ['It did. The old file was on 1024 and the new one came out at 4096, which I only noticed because of your question. Good catch.'],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    user: 'tallulah_r',
    age: '2 days ago',
    score: 14,
    paras: [
      'Slightly off topic, but the post made me realise I have never once needed a vacuum on a production SQLite file. We delete ' +
        'almost nothing and the free pages get reused. Is this mostly a problem for people who churn through data?',
    ],
    replies: [
      {
        user: 'owenpd',
        age: '1 day ago',
        score: 11,
        paras: [
          'Pretty much. We keep a rolling seven-day window of events in SQLite, and without incremental auto-vacuum the file ' +
            'only ever grew. This is all it took to switch:',
          'Then a job frees a few hundred pages every hour, which keeps the file flat without the long lock a full rebuild takes.',
        ],
      },
    ],
  },
  {
    user: 'quillon',
    age: '22 hours ago',
    score: 6,
    paras: [
      'Nice write-up, but I wish the charts shared the same y-axis. The before and after plots look much further apart than ' +
        'the numbers in the table say they are.',
    ],
  },
];
const code = '<pre><code>PRAGMA auto_vacuum = INCREMENTAL;\nVACUUM;  -- once, to apply it\n</code></pre>';
const commentHtml = (c: Comment, id: string): string =>
  `<li class="comments_subtree" id="${id}"><input id="comment_folder_${id}" class="comment_folder_checkbox" type="checkbox">` +
  `<div id="c_${id}" data-shortid="${id}" class="comment"><label for="comment_folder_${id}" class="comment_folder_button"></label>` +
  `<div class="voters"><a class="upvoter" href="/login"></a><div class="score">${c.score}</div></div><div class="details"><div class="byline">` +
  `<a href="/~${c.user}"><img class="avatar" alt="${c.user} avatar" src="/avatars/${c.user}-16.png" width="16" height="16"></a>\n` +
  `<a href="/~${c.user}">${c.user}</a>\n<a href="/c/${id}"><span title="2025-03-02 10:14:05 -0600">${c.age}</span></a>\n| <a href="/c/${id}">link</a>\n` +
  `| <a class="comment_replier" tabindex="0">reply</a></div>\n<div class="comment_text">` +
  `${c.paras.map((p, i) => `<p>${p}</p>${c.user === 'owenpd' && i === 0 ? code : ''}`).join('\n')}</div></div></div>\n` +
  `<ol class="comments">${(c.replies ?? []).map((r, i) => commentHtml(r, `${id}${i}`)).join('\n')}</ol></li>`;
const all = (cs: Comment[]): Comment[] => cs.flatMap((c) => [c, ...all(c.replies ?? [])]);
const lobNav = ['Active', 'Recent', 'Comments', 'Search', 'Login'];
const lobFoot = ['About', 'Tags', 'Filter', 'Moderation Log'];
const storyTitle = 'SQLite VACUUM made my queries slower, and what the page cache had to do with it';
const lobHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${storyTitle} | Lobsters</title><link rel="stylesheet" href="/assets/application.css">
<meta name="referrer" content="always"><link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/rss"></head>
<body data-username=""><header id="nav"><a id="logo" style="background-color:#AC130D" href="/" title="Lobsters (Current traffic: 34%)"></a>
<nav class="corner">${links(lobNav)}</nav></header>
<div id="inside"><ol class="stories list"><li id="story_q7m2xa" data-shortid="q7m2xa" class="story">
<div class="story_liner h-entry"><div class="voters"><a class="upvoter" href="/login"></a><div class="score">47</div></div>
<div class="details"><span role="heading" aria-level="1" class="link h-cite u-repost-of">
<a class="u-url" href="https://fennwick.example/2025/sqlite-vacuum-slower" rel="ugc noreferrer">${storyTitle}</a></span>
<span class="tags"><a class="tag tag_databases" title="Databases (SQL, NoSQL)" href="/t/databases">databases</a>
<a class="tag tag_performance" title="Performance and optimization" href="/t/performance">performance</a></span>
<a class="domain" href="/domains/fennwick.example">fennwick.example</a>
<div class="byline"><a href="/~fennwick"><img class="avatar" alt="fennwick avatar" src="/avatars/fennwick-16.png" width="16" height="16"></a>
<span> authored by </span><a class="u-author h-card user_is_author" href="/~fennwick">fennwick</a>
<span title="2025-03-01 17:40:12 -0600">3 days ago</span> | <a href="https://archive.example/?url=fennwick.example" rel="nofollow">caches</a>
| <span class="comments_label"><a role="heading" aria-level="2" href="/s/q7m2xa/sqlite_vacuum_made_my_queries_slower">7 comments</a></span>
</div></div></div></li></ol>
<div class="comment_form_container"><p>You must <a href="/login">log in</a> to comment.</p></div>
<ol class="comments comments1">${thread.map((c, i) => commentHtml(c, `k${i}`)).join('\n')}</ol>
</div>
<footer><a href="/about">About</a> <a href="/tags">Tags</a> <a href="/filters">Filter</a> <a href="/moderations">Moderation Log</a></footer>
<script src="/assets/application.js"></script></body></html>`;
const lobsters: TestPage = {
  html: lobHtml,
  name: 'heldout10-lobsters-thread',
  kind: 'forum',
  // hard calls: a link story has no text of its own, so the article is the story title and the comment tree; every
  // comment paragraph is body (one reply's SQL block is code, left out); usernames and ages are bylines (the
  // submitter's too); the vote scores, tags, domain, "caches", "7 comments", "link", "reply", the log-in note and
  // the menus are furniture
  title: storyTitle,
  headings: [],
  body: all(thread).flatMap((c) => texts(c.paras)),
  bylines: [...new Set(['fennwick', '3 days ago', ...all(thread).flatMap((c) => [c.user, c.age])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lobNav, 'databases', 'performance', 'fennwick.example', 'authored by', 'caches', '7 comments',
    ...[...new Set([47, ...all(thread).map((c) => c.score)])].map(String), 'link', 'reply', 'You must log in to comment.', ...lobFoot,
  ],
};

export const HELDOUT10_E: readonly TestPage[] = [gutenberg, lobsters];
