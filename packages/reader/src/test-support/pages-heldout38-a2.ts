import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 38, file a2: a Lobsters story page (link story with the author's own text), saved logged out: the
 * header links, the story row with vote arrow, score, tags, domain and byline ("authored by", age, caches, comment
 * count), the story text, the nested comment tree with collapse checkboxes, scores, avatars, "edited" and "link", and the
 * footer links.
 */
const lbTitle = 'The hidden cost of fsync on network block storage';
const lbText = [
  'Author here. This started as a one-line question from a colleague about why our commit latency doubled after we moved ' +
    'Postgres to a different volume type, and it turned into three weeks of reading kernel traces.',
  'Happy to answer questions about the method. The raw numbers and the scripts that produced them are at the end of the post.',
];
interface LbComment {
  id: string;
  user: string;
  age: string;
  score: number;
  paras: string[];
  edited?: string;
  kids?: LbComment[];
}
const lbComments: LbComment[] = [
  {
    id: 'k3x9dq',
    user: 'hollis',
    age: '9 hours ago',
    score: 14,
    paras: [
      'The part about fdatasync being no cheaper than fsync on that volume type surprised me. I had always assumed the metadata ' +
        'flush was the expensive half.',
      'Do you know whether that holds on the newer volume generation, or only on the one you measured?',
    ],
    kids: [
      {
        id: 'p8ve2m',
        user: 'cbrennan',
        age: '8 hours ago',
        score: 9,
        paras: [
          'Only the one I measured, unfortunately. I asked the provider and got a polite non-answer. My guess is that the device ' +
            'acknowledges a flush only after the remote replicas confirm it, so there is no cheaper half to skip.',
        ],
        kids: [
          {
            id: 'w1ya7r',
            user: 'hollis',
            age: '7 hours ago',
            score: 4,
            paras: ['That would explain it. Thanks for writing it up; the flame graphs alone were worth the read.'],
          },
        ],
      },
    ],
  },
  {
    id: 'z6tq0b',
    user: 'tkacz',
    age: '7 hours ago',
    score: 11,
    edited: 'edited 6 hours ago',
    paras: [
      'One thing missing from the post is group commit. With forty concurrent writers the cost per transaction drops a lot, ' +
        'because one flush covers many commits. Your benchmark used a single client, which is the worst case.',
    ],
    kids: [
      {
        id: 'c2hn5u',
        user: 'cbrennan',
        age: '6 hours ago',
        score: 7,
        paras: [
          'Fair point, and it is in the follow-up I am drafting. I ran the single-client case first because that is what our ' +
            'nightly importer does, and it is what woke us up at three in the morning.',
        ],
      },
    ],
  },
  {
    id: 'r5mf8s',
    user: 'mara_v',
    age: '5 hours ago',
    score: 8,
    paras: [
      'We hit the same wall last year and ended up putting the WAL on a local NVMe disk while the data files stayed on network ' +
        'storage. It changes how you recover after losing an instance, but commit latency went from about 9 ms to under 1 ms.',
      'The catch is that you now need a replica that is actually caught up, because the local disk goes away with the machine.',
    ],
  },
  {
    id: 'g0bd3k',
    user: 'quentinp',
    age: '2 hours ago',
    score: 3,
    paras: ['Nice write-up. Small nit: the second chart has its y-axis labelled in seconds but the values look like milliseconds.'],
  },
];
const lbAvatar = (u: string): string =>
  `<a href="/~${u}"><img srcset="/avatars/${u}-16.png 1x, /avatars/${u}-32.png 2x" class="avatar" alt="${u} avatar" loading="lazy" decoding="async" ` +
  `src="/avatars/${u}-16.png" width="16" height="16"></a>`;
const lbComment = (c: LbComment): string =>
  `<li class="comments_subtree" id="${c.id}"><input id="comment_folder_${c.id}" class="comment_folder_button" type="checkbox" autocomplete="off">` +
  `<div id="c_${c.id}" data-shortid="${c.id}" class="comment "><label for="comment_folder_${c.id}" class="comment_folder"></label>` +
  `<div class="voters"><a class="upvoter" href="/login" rel="nofollow"></a><div class="score">${c.score}</div></div>` +
  `<div class="details"><div class="byline"><a name="c_${c.id}"></a>${lbAvatar(c.user)} <a href="/~${c.user}"${
    c.user === 'cbrennan' ? ' class="user_is_author"' : ''
  }>${c.user}</a> <a href="/c/${c.id}" class="comment_linker"><span title="2025-11-10 ${12 - Number.parseInt(c.age, 10)}:41:07 -0600">${c.age}</span></a>${
    c.edited ? ` <span class="comment_edited" title="2025-11-10 06:02:44 -0600">${c.edited}</span>` : ''
  } <span> | </span> <a href="/s/7qkd4m/hidden_cost_fsync_on_network_block#c_${c.id}">link</a></div>` +
  `<div class="comment_text">\n${c.paras.map((p) => `<p>${p}</p>`).join('\n')}\n</div></div></div>` +
  `<ol class="comments">${(c.kids ?? []).map(lbComment).join('\n')}</ol></li>`;
const flat = (cs: LbComment[]): LbComment[] => cs.flatMap((c) => [c, ...flat(c.kids ?? [])]);
const lbAll = flat(lbComments);
const lbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="always"><meta name="theme-color" content="#AC130D"><title>${lbTitle} | Lobsters</title>
<link rel="stylesheet" href="/assets/application-6e1c5b1f.css"><link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/rss">
<meta property="og:title" content="${lbTitle}"><meta property="og:description" content="14 comments">
<script src="/assets/application-0c9a4d2e.js" defer></script></head>
<body data-username="" class="">
<header id="nav"><div id="headerleft"><a id="logo" href="/" title="Lobsters (Current traffic: 41%)"></a>
<span class="headerlinks"><a href="/active">Active</a> <a href="/recent">Recent</a> <a href="/comments">Comments</a> <a href="/search">Search</a></span></div>
<div id="headerright" class="headerlinks"><a href="/login">Login</a></div></header>
<div id="inside">
<ol class="stories"><li id="story_7qkd4m" data-shortid="7qkd4m" class="story">
<div class="story_liner h-entry"><div class="voters"><a class="upvoter" href="/login" rel="nofollow"></a><div class="score">47</div></div>
<div class="details"><span role="heading" aria-level="1" class="link h-cite u-repost-of"><a class="u-url"
href="https://brennan.example/2025/11/fsync-network-storage"
rel="ugc noreferrer">${lbTitle}</a></span> <span class="tags"><a class="tag tag_databases" title="Databases (SQL, NoSQL)" href="/t/databases">databases</a>
<a class="tag tag_performance" title="Performance and optimization" href="/t/performance">performance</a></span>
<a class="domain" href="/origins/brennan.example">brennan.example</a>
<div class="byline">${lbAvatar('cbrennan')} <span> authored by </span> <a class="u-author h-card user_is_author" href="/~cbrennan">cbrennan</a>
<span title="2025-11-10 01:58:30 -0600">11 hours ago</span> <span> | </span>
<a href="https://web.archive.org/web/3/https%3A%2F%2Fbrennan.example%2F2025%2F11%2Ffsync-network-storage" rel="ugc noreferrer nofollow">caches</a>
<span class="comments_label"> <span> | </span> <a role="heading" aria-level="2" href="/s/7qkd4m/hidden_cost_fsync_on_network_block">14 comments</a></span>
</div></div></div><a href="/s/7qkd4m/hidden_cost_fsync_on_network_block" class="mobile_comments" style="display: none;"><span>14</span></a></li></ol>
<div class="story_text">
${lbText.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<ol class="comments comments1">
${lbComments.map(lbComment).join('\n')}
</ol></div>
<footer><a href="/about">About</a> <a href="/tags">Tags</a> <a href="/filters">Filter</a> <a href="/moderations">Moderation Log</a></footer>
</body></html>`;
export const lobstersStory: TestPage = {
  html: lbHtml,
  name: 'heldout38-lobsters-story',
  kind: 'forum',
  // the submitter's own story text and every comment are body (the linked article is not on the page); usernames, ages
  // and the "edited" line are bylines ("authored by" in neither, as "By" is); the tags, domain, "caches", comment count,
  // scores, the "link" permalinks, header links and footer are furniture; the footer's "About" and the score "9" are words of
  // the body: left out
  title: lbTitle,
  headings: [],
  body: [...texts(lbText), ...lbAll.flatMap((c) => c.paras)],
  bylines: [
    'cbrennan',
    '11 hours ago',
    ...[...new Set(lbAll.flatMap((c) => [c.user, c.age, ...(c.edited ? [c.edited] : [])]))].filter((s) => s !== 'cbrennan'),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Active', 'Recent', 'Comments', 'Search', 'Login', '47', 'databases', 'performance', 'brennan.example', 'caches', '14 comments', '14',
    '11', '4', '7', '8', '3', 'link', 'Tags', 'Filter', 'Moderation Log',
  ],
};
