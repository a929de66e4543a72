import { links, type TestPage, texts } from './page-kit.js';
import { wikiArticle } from './pages-heldout110-f2.js';
import { paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file f: an Apple Support Community-style thread with the "Best answer" copied in a box above the
 * replies (the global nav, the community search, the question with the author's level and points, "Me too" and "I have
 * this question too" counts, the "Best answer" box with "View in context", the replies with their user cards, "Helpful"
 * and "Reply" buttons, "Similar questions", the sign-in prompt and the footer) and, from file f2, a Wikipedia article.
 */
const title = 'Time Machine backup stuck on "Preparing backup" for two days';
const q = paras(`
Since I updated my Mac mini to macOS 16.1 last week, Time Machine has been stuck on "Preparing backup…" and never gets past it.
The backup disk is a 4 TB external drive connected by USB-C, and it was working fine before the update.

I have restarted the Mac and the drive, and disconnected everything else. Disk Utility says the drive is OK. Is there anything
else I can try before I erase the backup disk and start again? I'd rather not lose two years of history.`);
const r1 = paras(`
Preparing backup can take a very long time after a major update, because Time Machine has to compare the whole disk with the last
snapshot. Two days is long, though. Try excluding any big folders that change constantly, like virtual machine images or a
Downloads folder full of large files, and let it run overnight.

You can also check what it is doing. Hold the Option key and click the Time Machine icon in the menu bar to see more detail, or
look in Console for messages from backupd. If the count of files examined keeps going up, it is working, just slowly.`);
const best = paras(`
This is usually caused by a damaged local snapshot, not the backup disk itself. Open Terminal and run tmutil listlocalsnapshots /
to see them. Then delete the local snapshots with tmutil deletelocalsnapshots / and start a backup again from the menu bar.

After I did this on two Macs with the same problem, the next backup took about forty minutes and everything has been normal since.
Your existing backup history on the external drive is not touched.`);
const r3 = paras(`
That worked. I had nine local snapshots, some from before the update. Deleted them all, and the backup finished in under an hour.
Thank you! I'll mark Ingrid's reply as the answer so others can find it.`);
const posts = [
  { who: 'marcusfell', lvl: 'Level 1 (8 points)', when: 'Posted on Nov 2, 2026 8:41 PM', body: q },
  { who: 'Kestrel_Bay', lvl: 'Level 6 (13,402 points)', when: 'Nov 2, 2026 9:05 PM', body: r1 },
  { who: 'Ingrid Solvang', lvl: 'Level 9 (61,870 points)', when: 'Nov 3, 2026 6:12 AM', body: best },
  { who: 'marcusfell', lvl: 'Author', when: 'Nov 3, 2026 7:30 PM', body: r3 },
];
const nav = ['Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Support'];
const similar = ['Time Machine very slow after update', 'External drive not showing up in Time Machine', 'How to restore one folder from a backup'];
const foot = ['Community Guidelines', 'Terms of Use', 'Privacy Policy', 'Site Map', 'Copyright © 2026 Apple Inc. All rights reserved.'];
const body = (a: readonly string[]): string => `<div class="post-body">${a.map((t) => `<p>${t}</p>`).join('\n')}</div>`;
const card = (
  p: (typeof posts)[number],
): string => `<div class="author-info"><a class="author-avatar" href="/profile/${p.who}" aria-label="User profile for user:
${p.who}"><img alt="" src="/avatar.png"></a><a class="author-name" href="/profile/${p.who}">${p.who}</a><span class="author-level">${p.lvl}</span></div>`;
const reply = (p: (typeof posts)[number], i: number): string => `<article class="reply${i === 2 ? ' reply--best' : ''}" id="reply-${i}">${card(p)}
${i === 2 ? '<span class="reply-badge">Best answer</span>' : ''}<time class="post-date">${p.when}</time>${body(p.body)}
<div class="post-actions"><button class="helpful-button">Helpful</button><button class="reply-button">Reply</button></div></article>`;
const html = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${title} - Apple Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:title" content="${title}">
<meta property="og:type" content="website"><link rel="canonical" href="https://discussions.apple.com/thread/256012345">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":3,
"author":{"@type":"Person","name":"marcusfell"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Ingrid Solvang"},
"upvoteCount":41}}}</script>
<link rel="stylesheet" href="https://discussions.apple.com/assets/community.css"><script
src="https://www.apple.com/ac/globalnav/8/en_US/scripts/ac-globalnav.js"></script>
</head><body class="thread-page"><nav id="globalnav" class="globalnav" aria-label="Global"><ul class="globalnav-list">${links(nav, 'globalnav-item')}</ul></nav>
<header class="community-header"><a class="community-header__title" href="/">Apple Support Community</a><form class="community-search" role="search">
<label for="cs" class="visuallyhidden">Search the Community</label><input id="cs" type="search" placeholder="Search the Community"></form>
<a class="community-header__signin" href="/login">Sign in</a></header>
<main id="main" class="thread"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="#">Mac</a></li><li><a href="#">Time Machine</a></li></ol></nav>
<section class="question"><h1 class="thread-title">${title}</h1>${card(posts[0]!)}<time class="post-date">${posts[0]!.when}</time>${body(q)}
<div class="post-footer"><span class="post-meta">Mac mini, macOS 16.1</span><div class="post-actions"><button class="me-too">Me too (37)</button>
<span class="me-too-text">I have this question too</span><button class="reply-button">Reply</button></div></div></section>
<section class="best-answer" aria-labelledby="best-h"><h2 id="best-h" class="best-answer__title">Best answer</h2>${card(posts[2]!)}
<time class="post-date">Posted on Nov 3, 2026 6:12 AM</time>${body(best)}<a class="best-answer__context" href="#reply-2">View in context</a></section>
<section class="replies"><h2 class="replies__title">Similar questions</h2><ul class="similar">${links(similar)}</ul>
<h2 class="replies__count">3 replies</h2><p class="replies__loading" aria-live="polite">Loading page content</p>
${posts
  .slice(1)
  .map((p, i) => reply(p, i + 1))
  .join('\n')}
<div class="pagination">Page 1 of 1</div></section>
<aside class="signin-prompt"><p>This thread has been closed by the system or the community team. You may vote for any posts you find helpful, or search the
Community for additional answers.</p></aside></main>
<footer class="ac-gf"><ul>${links(foot.slice(0, 4))}</ul><p class="ac-gf-footer-legal-copyright">${foot[4]}</p></footer>
<script src="https://discussions.apple.com/assets/community.js" defer></script></body></html>`;
const appleThread: TestPage = {
  html,
  name: 'heldout110-apple-community-forum-best-answer',
  kind: 'forum',
  // the question and every reply are body, each once, in thread order; the copy of the accepted reply in the "Best answer"
  // box above the replies repeats it word for word and is in neither list (its own "Posted on" time is a byline); names and
  // post times are bylines, levels and the "Author" badge furniture, per the thread convention; "Similar questions" sits between the
  // box and the replies and is furniture
  title,
  headings: [],
  body: texts([...q, ...r1, ...best, ...r3]),
  bylines: ['marcusfell', 'Kestrel_Bay', 'Ingrid Solvang', ...posts.map((p) => p.when), 'Posted on Nov 3, 2026 6:12 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Apple Support Community', 'Search the Community', 'Sign in', 'Time Machine', 'Level 1 (8 points)', 'Level 6 (13,402 points)',
    'Level 9 (61,870 points)', 'Author', 'Mac mini, macOS 16.1', 'Me too (37)', 'I have this question too', 'Reply', 'Best answer', 'View in context',
    'Similar questions', ...similar, '3 replies', 'Loading page content', 'Helpful', 'Page 1 of 1',
    'This thread has been closed by the system or the community team. You may vote for any posts you find helpful, ' +
      'or search the Community for additional answers.',
    ...foot,
  ],
};

export const HELDOUT110_F: readonly TestPage[] = [appleThread, wikiArticle];
