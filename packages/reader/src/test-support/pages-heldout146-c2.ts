import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 146, file c2: a Tildes text topic with nested comments as a signed-out visitor saves it (the site header
 * with the group context, "Log in" and the sidebar toggle, the topic-full article with its byline and tags, the topic
 * text, the vote count, the comments header with its h2 count and the sort form, comment trees in <ol> with headers holding
 * the user link, time, vote count and "Link" / "Parent" links, the sidebar with the group's description, topic details
 * and the topic log, and the footer with the theme selector and site links; no ads or cookie banner, as on the site).
 */
const tiTitle = 'What is the oldest piece of technology you still use every day?';
const tiText = [
  'My alarm clock is a radio I bought in 2003 with my first paycheque. The dial light has gone dim and the volume knob crackles, ' +
    'but it has woken me up for over twenty years and I cannot bring myself to replace it with a phone.',
  'It got me wondering what everyone else still relies on. Not collector pieces you keep on a shelf, but things you actually use. ' +
    'How old is it, and what has kept it going?',
];
type TiComment = { id: string; user: string; votes: string; time: string; paras: string[]; replies?: TiComment[] };
const tiComments: TiComment[] = [
  {
    id: '2f9k',
    user: 'farrowdale',
    votes: '21 votes',
    time: 'March 3, 2025',
    paras: [
      'A 1998 buckling-spring keyboard from a bank that was throwing out its terminals. I had to buy a USB adapter for it, and it is ' +
        'louder than my partner would like, but every keyboard I have tried since feels like typing on a sponge.',
    ],
    replies: [
      {
        id: '2f9q',
        user: 'hollowmarsh',
        votes: '8 votes',
        time: 'March 3, 2025',
        paras: ['The sponge comparison is exactly right. Did the adapter work straight away or did you have to try a few?'],
        replies: [
          {
            id: '2fa3',
            user: 'farrowdale',
            votes: '6 votes',
            time: 'March 3, 2025',
            paras: [
              'The first one I bought only worked half the time. The second, a slightly more expensive one with its own controller ' +
                'chip, has been fine for six years.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: '2f9m',
    user: 'ketterling',
    votes: '17 votes',
    time: 'March 3, 2025',
    paras: [
      'My mother’s sewing machine from 1971. It is all metal, weighs about as much as a small dog, and sews through four layers of ' +
        'denim without slowing down.',
      'I have had it serviced twice. The repairer said there is nothing in it that cannot be fixed with a screwdriver and some oil, ' +
        'and that he sees more of these than machines made in the last ten years.',
    ],
  },
  {
    id: '2fb0',
    user: 'M_Oyelaran',
    votes: '12 votes',
    time: 'March 4, 2025',
    paras: [
      'A laptop from 2012 that lives in the kitchen for recipes and music. New battery, an SSD and a lightweight Linux install, and it ' +
        'boots faster than my work laptop.',
      'The keyboard has survived two spilled glasses of wine, which is more than I can say for the one I use at work.',
    ],
    replies: [
      {
        id: '2fb7',
        user: 'cobble',
        votes: '5 votes',
        time: 'March 4, 2025',
        paras: ['Same model in my garage for reading wiring diagrams. The trackpoint has worn smooth but it still works.'],
      },
    ],
  },
  {
    id: '2fc1',
    user: 'sevenfold_ash',
    votes: '9 votes',
    time: 'March 4, 2025',
    paras: ['Does a cast iron pan count? If so, mine is older than my house, and it has outlasted three kitchens and one marriage.'],
  },
];
const tiTags = ['ask', 'hardware', 'nostalgia'];
const tiSort = ['relevance', 'votes', 'newest first', 'order posted'];
const tiLog = [
  { t: "hollowmarsh added tags 'ask', 'hardware'", d: 'March 3, 2025' },
  { t: "kimmuk added tag 'nostalgia'", d: 'March 4, 2025' },
];
const tiThemes = ['White', 'Solarized Light', 'Solarized Dark', 'Dracula', 'Gruvbox Light', 'Gruvbox Dark', 'Black'];
const tiFoot = ['Docs', 'Contact', 'Source code', 'Privacy policy', 'Terms of use'];
const tiGroupDesc = 'Hardware, software and the people who make and fix them.';
const flat = (cs: readonly TiComment[]): TiComment[] => cs.flatMap((c) => [c, ...flat(c.replies ?? [])]);
const tiComment = (c: TiComment, depth: number): string => `<li class="comment-tree-item"${c.replies ? ` data-comment-replies="${c.replies.length}"` : ''}>
<article id="comment-${c.id}" class="comment" data-comment-id36="${c.id}" data-comment-depth="${depth}" data-js-comment-parent-button="">
<header class="comment-header"><button class="btn-comment-collapse" aria-expanded="true" title="Collapse reply comments"
data-js-comment-collapse-button=""></button>
<a class="link-user" href="/user/${c.user}">${c.user}</a><div class="comment-votes">${c.votes}</div><a class="comment-nav-link"
href="/~tech/1m2x/what_is_the_oldest_piece_of_technology#comment-${c.id}">Link</a>${
  depth > 0
    ? `
<a class="comment-nav-link" href="#comment-parent">Parent</a>`
    : ''
}
<time class="comment-posted-time time-responsive" datetime="2025-03-03T18:02:11Z" title="2025-03-03 18:02:11 UTC" data-abbreviated="Mar 3">${c.time}</time>
</header><div class="comment-itself"><div class="comment-text">${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
${c.replies ? `<ol class="comment-tree comment-tree-replies">${c.replies.map((r) => tiComment(r, depth + 1)).join('\n')}</ol>` : ''}</article></li>`;
const tiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrftoken" content="b3f1d0a2c9">
<meta name="description" content="My alarm clock is a radio I bought in 2003 with my first paycheque."><meta property="og:title" content="${tiTitle}">
<meta property="og:site_name" content="Tildes"><title>${tiTitle} - ~tech - Tildes</title>
<link rel="stylesheet" href="/css/site-icons.css?2025.03.01"><link rel="stylesheet" href="/css/tildes.css?2025.03.01">
<link rel="icon" type="image/png" sizes="32x32" href="/images/tildes-logo-32x32.png"><link rel="manifest" href="/manifest.json">
<script src="/js/third_party.js?2025.03.01" defer></script><script src="/js/tildes.js?2025.03.01" defer></script></head>
<body class="theme-white" data-js-hide-sidebar-if-open=""><header id="site-header" data-js-hide-sidebar-if-open=""><a class="site-header-logo"
href="/">Tildes</a>
<div class="site-header-context"><a href="/~tech" class="link-group">~tech</a></div><div id="site-header-widgets"><a class="logged-in-user-info"
href="/login">Log in</a>
</div><button class="btn btn-sm btn-link" id="sidebar-toggle" data-js-sidebar-toggle="">Sidebar</button></header>
<main id="main" data-js-hide-sidebar-if-open=""><article id="topic-1m2x" class="topic-full" data-topic-id36="1m2x"><header><h1>${tiTitle}</h1>
<div class="topic-full-byline">Posted <time class="time-responsive" datetime="2025-03-03T14:22:31Z" title="2025-03-03 14:22:31 UTC"
data-abbreviated="Mar 3">March 3, 2025</time>
by <a href="/user/hollowmarsh" class="link-user">hollowmarsh</a></div><ul class="topic-full-tags"><li>Tags:</li>${tiTags
  .map((t) => `<li><a href="/~tech?tag=${t}" class="label label-topic-tag label-topic-tag-${t}">${t}</a></li>`)
  .join('')}</ul></header>
<div class="topic-full-text">${tiText.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="topic-voting"><span class="topic-voting-votes">34</span> <span class="topic-voting-label">votes</span></div></article>
<section class="topic-comments"><header class="topic-comments-header"><h2>8 comments</h2><form class="form-listing-options"
method="get"><label for="comment_order">Comments
sorted by</label><select id="comment_order" name="comment_order"
data-js-autosubmit-on-change="">${tiSort.map((t, i) => `<option value="${t.split(' ')[0]}"${i === 0 ? ' selected' : ''}>${t}</option>`).join('')}
</select></form></header><ol id="comments" class="comment-tree" data-comment-label-template="comment-label-options-template">
${tiComments.map((c) => tiComment(c, 0)).join('\n')}</ol></section></main>
<aside id="sidebar"><div class="sidebar-controls"><button class="btn btn-sm btn-link" data-js-sidebar-toggle="">Close sidebar</button></div>
<a href="/~tech" class="link-group">Back to ~tech</a><h3>~tech</h3><div class="group-short-description">${tiGroupDesc}</div>
<dl class="topic-full-details"><dt>Comments</dt><dd>8</dd><dt>Last comment</dt><dd><time class="time-responsive"
datetime="2025-03-04T21:08:40Z">March 4, 2025</time></dd></dl>
<section class="topic-log"><h3>Topic log</h3><ol class="topic-log-listing">${tiLog
  .map(
    (l) => `<li class="topic-log-entry">${l.t.replace(/'/g, '&#39;')}
<time class="time-responsive" datetime="2025-03-03T15:00:00Z">${l.d}</time></li>`,
  )
  .join('')}</ol></section></aside>
<footer id="site-footer"><p class="site-footer-theme-selection"><label for="theme">Theme:</label><select id="theme" name="theme" data-js-theme-selector="">
${tiThemes.map((t) => `<option value="${t.toLowerCase().replace(' ', '-')}">${t}</option>`).join('')}</select></p>
<ul class="site-footer-links">${links(tiFoot, 'site-footer-link')}</ul></footer></body></html>`;
export const tildesTopic: TestPage = {
  html: tiHtml,
  name: 'heldout146-tildes-topic-comments',
  kind: 'forum',
  // the topic text and every comment are body; the "Posted ... by" byline, comment usernames and times are bylines; tags,
  // vote counts, the comment count, sort form, "Link" / "Parent", the sidebar (description, details, topic log) and the
  // footer are furniture
  title: tiTitle,
  headings: [],
  body: texts([...tiText, ...flat(tiComments).flatMap((c) => c.paras)]),
  bylines: ['Posted March 3, 2025 by hollowmarsh', ...[...new Set(flat(tiComments).flatMap((c) => [c.user, c.time]))]],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tildes', '~tech', 'Log in', 'Sidebar', 'Tags:', ...tiTags, '34', '8 comments', 'Comments sorted by', ...tiSort,
    ...flat(tiComments).map((c) => c.votes), 'Link', 'Parent', 'Close sidebar', 'Back to ~tech', tiGroupDesc, 'Comments', 'Last comment', 'Topic log',
    ...tiLog.map((l) => l.t), 'Theme:', ...tiThemes, ...tiFoot,
  ],
};
