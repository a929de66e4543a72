import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';
import { msQa } from './pages-heldout272-f2.js';

/**
 * Held-out batch 272, file f: a Lobsters story page (header nav with Active / Recent / Comments / Search / Login, the story
 * with its vote box, title link, tags, domain, byline line with "via", "authored by" and the hide / save / caches /
 * comments links, the story text, the comment form hint, nested comments with their bylines (user, time, link, flag,
 * reply) and the footer).
 */
const sTitle = 'Rewriting our build scripts in a boring language saved us a day a month';
const sText = [
  j(
    'A short write-up from our team: we replaced about four thousand lines of clever shell and make with a plain program in a',
    'statically typed language, and the time we spend fixing the build dropped from roughly a day a month to almost nothing.',
  ),
];
const sC = [
  [
    j(
      'The interesting part for me is not the language choice but the section on error messages. Most of the hours they lost',
      'were spent working out which of forty chained commands had failed, and a program that names the step and the input',
      'fixes that no matter what it is written in.',
    ),
  ],
  [
    j(
      'Agreed. We got most of the same benefit by keeping shell but putting set -euo pipefail and a trap that prints the failing',
      'line at the top of every script. Not glamorous, but it took an afternoon.',
    ),
  ],
  [
    j(
      'That helps a lot, though it stops helping once the scripts start passing data to each other through temporary files.',
      'That was the point where we gave up on shell as well: nobody could tell which file a step expected to exist.',
    ),
  ],
  [
    j(
      'One thing the article skips is how they handle the developers who still want to run a single step by hand. In our rewrite',
      'every step became a subcommand, so the old muscle memory of running one script still works.',
    ),
    j('The post mentions this briefly near the end, under the heading about migration, but I agree it deserves more space.'),
  ],
  [
    j(
      'I would be curious how build times compare. Our experience was that the rewrite was slower at first because shell',
      'pipelines run in parallel for free, and we had to add explicit concurrency to get back to where we were.',
    ),
  ],
];
sC.push([
  j(
    'The part that convinced me was the note on onboarding. A new hire could read the whole build in an afternoon, which is',
    'not something anyone ever said of the makefiles it replaced.',
  ),
]);
const who = [
  ['ninefold', '6 hours ago', 0],
  ['quarrel', '5 hours ago', 1],
  ['ninefold', '5 hours ago', 2],
  ['ellipsoid', '4 hours ago', 0],
  ['hoarfrost', '3 hours ago', 0],
  ['tidewright', '2 hours ago', 0],
] as const;
const sNav = ['Active', 'Recent', 'Comments', 'Search'];
const sTags = ['devops', 'programming'];
const sFoot = ['About', 'Tags', 'Filter', 'Moderation Log'];
const sFootGold = sFoot.slice(1);
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} | Lobsters</title><meta name="referrer" content="always">
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="Lobsters"><link rel="stylesheet" href="/assets/application-3c8d.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${sTitle}","commentCount":5}</script>
<script src="/assets/application-3c8d.js" defer></script></head><body data-username=""><header id="nav"><a id="logo" href="/" title="Lobsters (Current
traffic: 41%)"></a><span class="headerlinks">${sNav.map((n) => `<a href="/${n.toLowerCase()}">${n}</a>`).join('\n')}</span><span class="corner"><a
href="/login">Login</a></span></header>
<div id="inside"><ol class="stories"><li id="story_h8kq2x" data-shortid="h8kq2x" class="story"><div class="story_liner h-entry"><div class="voters">
<a class="upvoter" href="/login"></a><div class="score">74</div></div><div class="details"><span role="heading" aria-level="1" class="link h-cite
u-repost-of"><a class="u-url" href="https://notes.brackwater.example/boring-build">${sTitle}</a></span> <span class="tags">${sTags
  .map((t) => `<a class="tag tag_${t}" title="${t}" href="/t/${t}">${t}</a>`)
  .join(' ')}</span> <a class="domain" href="/domains/notes.brackwater.example">notes.brackwater.example</a>
<div class="byline"><a href="/~ardent_moss"><img srcset="/avatars/ardent_moss-16.png 1x" class="avatar" alt="ardent_moss avatar" loading="lazy"
width="16" height="16"></a><span> authored by </span><a class="u-author h-card user_is_author" href="/~ardent_moss">ardent_moss</a>
<time title="2026-03-01 07:12:44 -0600" datetime="2026-03-01 07:12:44 -0600">7 hours ago</time> | <a href="#" class="archive_button">caches</a> |
<span class="comments_label"><a role="heading" aria-level="2" href="/s/h8kq2x/rewriting_our_build_scripts">5 comments</a></span></div></div></div>
<a href="/s/h8kq2x/rewriting_our_build_scripts" class="mobile_comments" style="display: none;"><span>5</span></a></li></ol>
<div class="story_content"><div class="story_text">
${ps(sText)}
</div></div><div class="comment_form_container"><p>You must be <a href="/login">logged in</a> to leave a comment.</p></div>
<ol class="comments comments1">
${sC
  .map((c, i) => {
    const [u, t, depth] = who[i] ?? ['', '', 0];
    return `<li class="comments_subtree" style="margin-left:${depth * 2}em"><input id="comment_folder_${i}" class="comment_folder_button" type="checkbox">
<div id="c_x${i}q7" data-shortid="x${i}q7" class="comment"><div class="voters"><a class="upvoter" href="/login"></a></div><div class="details">
<div class="byline"><a name="c_x${i}q7"></a><label for="comment_folder_${i}" class="comment_folder"></label><a href="/~${u}"><img class="avatar"
alt="${u} avatar" width="16" height="16"></a> <a href="/~${u}">${u}</a> <a href="/c/x${i}q7"><time title="2026-03-01">${t}</time></a> | <a
href="/c/x${i}q7">link</a> | <a class="flagger">flag</a> | <a class="comment_replier" tabindex="0">reply</a></div>
<div class="comment_text">${ps(c)}</div></div></div></li>`;
  })
  .join('\n')}
</ol></div><footer><a href="/about">About</a> ${sFoot
  .slice(1)
  .map((f) => `<a href="/${f.toLowerCase()}">${f}</a>`)
  .join(' ')}<p class="footer-note">Lobsters is a computing-focused community centered around link aggregation and discussion.</p></footer></body></html>`;
const lobstersStory: TestPage = {
  name: 'heldout272-lobsters-story-forum',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sText, ...sC.flat()]),
  bylines: [
    'authored by',
    'ardent_moss',
    '7 hours ago',
    'ninefold',
    '6 hours ago',
    'quarrel',
    '5 hours ago',
    'ellipsoid',
    '4 hours ago',
    'hoarfrost',
    '3 hours ago',
    'tidewright',
    '2 hours ago',
  ],
  furniture: [
    ...sNav,
    'Login',
    ...sTags,
    'notes.brackwater.example',
    'caches',
    '5 comments',
    'You must be logged in to leave a comment.',
    'link',
    'flag',
    'reply',
    ...sFootGold,
    'Lobsters is a computing-focused community centered around link aggregation and discussion.',
  ],
};

export const HELDOUT272_F: readonly TestPage[] = [lobstersStory, msQa];
