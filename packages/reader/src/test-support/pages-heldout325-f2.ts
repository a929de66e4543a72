import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout325-kit.js';

/**
 * Held-out batch 325, file f2: a humour blogger's text post on a custom Tumblr theme (Tumblr's logged-out controls iframe,
 * the blog header with avatar, description and Ask / Archive links, the post title and body with its own subheadings and
 * a list, the date and note count, tags, reblog and like buttons, the notes list with reblogs and replies, and the theme
 * credit).
 */
const tTitle = 'A Field Guide to the Group Chat';
const tIntro = [
  j(
    'Every group chat, no matter how it began, eventually fills up with the same cast of characters. I have been in',
    'fourteen of them at once, which my therapist calls “a lot” and I call “research.” Here is what I have learned.',
  ),
];
const tH = ['The species', 'Behaviour in the wild', 'How to survive'];
const tSpecies = [
  'The Ghost: reads everything, replies to nothing, then sends a thumbs-up to a message from last Tuesday.',
  'The Planner: creates a poll for dinner options that no one votes on. Books the restaurant anyway. Is always right.',
  'The Voice Noter: sends a four-minute voice note that could have been the word “yes.”',
  'The Screenshotter: posts screenshots of other group chats, creating a dangerous recursive loop.',
  'The Chaos Agent: changes the group name at 3 a.m. to something that cannot be shown to parents.',
];
const tWild = [
  j(
    'The group chat has two natural states: completely silent for eleven days, or 247 unread messages in the ten minutes',
    'you spent in the shower. There is no in-between. Scientists have tried to find one. They are all in a group chat now',
    'and have not been heard from since.',
  ),
  j(
    'When a plan is finally proposed, the chat enters what experts call the “Maybe Phase,” in which every member replies',
    '“maybe,” “could work” or “depends,” and the plan quietly dies of old age.',
  ),
];
const tSurvive = [
  j(
    'Mute it. Not forever, just long enough to remember that you are a person with a life. Then unmute it, scroll up,',
    'react with a single laughing emoji to something from the top of the thread, and let everyone wonder what you meant.',
  ),
  j(
    'If you are the one who started the chat, accept that you no longer control it. It belongs to the Chaos Agent now. It',
    'always did. Your only job is to show up for the birthday plans and pretend you read the earlier messages.',
  ),
  'That is the way of the group chat. We are all the Ghost, eventually.',
];
const tTags = ['#humor', '#group chats', '#my writing', '#field guides'];
type Note = [who: string, text: string];
const tNotes: Note[] = [
  ['sleepyotter', 'reblogged this from gravelpunch and added: the voice noter is me. I am the voice noter. I am so sorry'],
  ['kalefanclub', 'reblogged this from gravelpunch and added: “the plan quietly dies of old age” is so real it hurts'],
  ['marginaliac', 'liked this'],
  ['nerd-on-a-bench', 'reblogged this from sleepyotter'],
];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>gravelpunch — A Field Guide to the Group Chat</title>
<meta name="description" content="Every group chat, no matter how it began, eventually fills up with the same cast of characters.">
<meta property="og:type" content="tumblr-feed:text"><meta property="og:site_name" content="Tumblr"><meta name="twitter:site" content="tumblr">
<link rel="alternate" type="application/rss+xml" href="https://gravelpunch.tumblr.example/rss">
<script type="text/javascript">var _urq=_urq||[];_urq.push(['blog','gravelpunch']);</script>
<style>body{background:#f6f1e7;font-family:Georgia,serif}.post{max-width:560px;margin:0 auto}</style></head>
<body><iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls iframe-controls--desktop" title="Tumblr"
src="https://www.tumblr.example/dashboard/iframe?tumblelogName=gravelpunch" width="100%" height="0"></iframe>
<div id="wrapper"><header id="blog-header"><a href="/"><img class="avatar" src="https://64.media.tumblr.example/avatar_2a9f_128.png" alt=""></a>
<h2 class="blog-title"><a href="/">gravelpunch</a></h2><p class="description">jokes, essays, and the occasional cry for help. she/her. 31.</p>
<nav class="blog-links">${links(['Ask me anything', 'Archive', 'Submit', 'Theme'])}</nav></header>
<main id="posts"><article class="post text" id="post-742918830112">
<h1 class="post-title">${tTitle}</h1>
<div class="post-body"><div class="npf_row">${ps(tIntro)}</div>
<h2>${tH[0]}</h2><ul>${lis(tSpecies)}</ul>
<h2>${tH[1]}</h2>${ps(tWild)}
<h2>${tH[2]}</h2>${ps(tSurvive)}
</div>
<footer class="post-meta"><div class="date"><a href="/post/742918830112/a-field-guide-to-the-group-chat">March 4th, 2026</a></div>
<div class="notecount"><a href="#notes">3,418 notes</a></div>
<div class="tags">${tTags.map((t) => `<a href="/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`).join(' ')}</div>
<div class="controls"><a class="reblog_button" href="https://www.tumblr.example/reblog/742918830112">Reblog</a> <a class="like_button"
href="#">Like</a></div></footer></article>
<section id="notes"><ol class="notes">${tNotes
  .map(
    ([who, text]) => `<li class="note ${text.startsWith('liked') ? 'like' : 'reblog'} tumblelog_${who}"><a class="avatar_frame" href="#"><img
class="avatar" src="https://64.media.tumblr.example/avatar_${who}_16.png" alt=""></a><span class="action"><a rel="nofollow"
href="https://${who}.tumblr.example/"
class="tumblelog">${who}</a> ${text}</span></li>`,
  )
  .join('\n')}
<li class="more_notes_link_container"><a class="more_notes_link" href="#">Show more notes</a></li></ol></section>
<nav class="pagination"><a href="/post/742900011" class="prev">Previous post</a> <a href="/post/742950022" class="next">Next post</a></nav></main>
<footer id="site-footer"><p>Theme: Paperback by wrenthemes</p><p>Powered by Tumblr</p></footer></div>
<script src="https://assets.tumblr.example/assets/scripts/tumblelog_post_message_queue.js"></script></body></html>`;
export const tumblr: TestPage = {
  name: 'heldout325-tumblr-theme-humor-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tIntro, ...tSpecies, ...tWild, ...tSurvive]),
  bylines: ['March 4th, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'gravelpunch', 'jokes, essays, and the occasional cry for help. she/her. 31.', 'Ask me anything', 'Archive', 'Submit', 'Theme', '3,418 notes', ...tTags,
    'Reblog', 'Like', ...tNotes.map(([who, text]) => `${who} ${text}`), 'Show more notes', 'Previous post', 'Next post', 'Theme: Paperback by wrenthemes',
    'Powered by Tumblr',
  ],
};
