import { links, type TestPage, texts } from './page-kit.js';
import { writeAs } from './pages-heldout26-e2.js';

/**
 * Held-out batch 26, file e: a long post on a micro.blog-hosted blog with the Tiny Theme (IndieAuth, micropub and
 * webmention links, the skip link, site title, description and nav, the hidden h-card, the titled post with date and reading
 * time, categories, "Reply by email", the replies from conversation.js with avatars, names, @handles and times, "Reply on
 * Micro.blog", the older-post link and the footer).
 */
const mbTitle = 'A year of borrowing everything';
const mbBody = [
  'Last January I made a rule for myself: for twelve months, I would buy no books. Not new, not secondhand, not the ones in the ' +
    'charity shop window that cost less than a coffee. Everything I read had to come from the library, from a friend, or from the ' +
    'little free library box at the end of Cranmer Road.',
  'I expected to read less. I read 41 books, which is nine more than the year before.',
  'Part of that is simply the hold queue. When a book I’ve waited six weeks for finally arrives, it comes with a due date, and a ' +
    'due date is a wonderful thing for someone who owns four hundred unread books. I couldn’t let a borrowed book sit on the ' +
    'nightstand for a month the way my own books do.',
  'Part of it is that I read more widely. Browsing shelves I would never have picked from in a shop, I ended up with a history of ' +
    'Portuguese tiles, two Icelandic crime novels and a surprisingly gripping book about the invention of the shipping container. ' +
    'Three of those are now among my favourites of the year.',
  'It wasn’t all easy. Popular new releases had waiting lists of forty people, and by the time my turn came I had often lost ' +
    'interest. The library’s ebook app is, to put it kindly, an acquired taste. And there is a specific sadness in returning a book ' +
    'you love, knowing you can’t underline anything or press it into a friend’s hands.',
  'What surprised me most was the librarians. Once I was in every week, the staff at the Eastfield branch started setting aside ' +
    'things they thought I might like, and they were right far more often than any algorithm has been.',
  'I’m not keeping the rule this year, but I am keeping the habit. My first purchase of the new year was a copy of the Icelandic ' +
    'novel I had to give back. It’s the first book in months that I’ve owned, and I wrote my name in it.',
];
const mbNav = ['About', 'Archive', 'Photos', 'Replies', 'Now', 'Search'];
const mbReplies: [string, string, string, string][] = [
  ['Jos Keller', '@joskeller', 'Jan 9 at 8:14 PM', '@mosei The due date effect is so real. I only finished Middlemarch because the library wanted it back.'],
  [
    'Ana Petrov',
    '@anapetrov',
    'Jan 10 at 9:02 AM',
    '@mosei Love the bit about the librarians. Ours runs a blind date with a book shelf every February and it has never let me down.',
  ],
  ['Dev Malhotra', '@devm', 'Jan 10 at 6:47 PM', '@mosei Forty-one! I tried this in 2023 and lasted until March.'],
];
const mbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${mbTitle} - Marguerite Osei</title>
<link rel="me" href="https://micro.blog/mosei"><link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">
<link rel="token_endpoint" href="https://micro.blog/indieauth/token"><link rel="micropub" href="https://micro.blog/micropub">
<link rel="microsub" href="https://micro.blog/microsub"><link rel="webmention" href="https://micro.blog/webmention"><link rel="subscribe"
href="https://micro.blog/users/follow">
<link rel="stylesheet" href="/css/tiny.css?1767960000"><link rel="stylesheet" href="/custom.css?1767960000">
<link rel="alternate" type="application/rss+xml" title="Marguerite Osei" href="https://mosei.blog/feed.xml">
<link rel="alternate" type="application/json" title="Marguerite Osei" href="https://mosei.blog/feed.json">
<meta property="og:title" content="${mbTitle}"><meta property="og:type" content="article"><meta name="fediverse:creator" content="@mosei@mosei.blog"></head>
<body><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><p class="site-title"><a href="/">Marguerite Osei</a></p><p
class="site-description">Books, buses and the occasional loaf. Writing from
Leicester.</p><nav class="site-nav" aria-label="Main"><ul>${links(mbNav)}</ul></nav></header>
<div class="h-card" hidden><img class="u-photo" src="https://avatars.micro.blog/avatars/2025/41/118022.jpg" alt=""><a class="p-name u-url"
href="https://mosei.blog/">Marguerite
Osei</a><p class="p-note">Reader, commuter, occasional baker.</p></div>
<main id="main" class="site-content"><article class="h-entry post"><h1 class="p-name post-title">${mbTitle}</h1>
<div class="post-meta"><a class="u-url" href="https://mosei.blog/2026/01/09/a-year-of.html"><time class="dt-published"
datetime="2026-01-09T18:32:00+00:00">January
9, 2026</time></a> <span class="reading-time">· 3 minute read</span></div>
<div class="e-content post-content">
${mbBody.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="post-footer"><p class="post-categories">Categories: <a href="/categories/books/">Books</a>, <a href="/categories/libraries/">Libraries</a></p>
<p class="reply-by-email"><a href="mailto:hello@mosei.blog?subject=Re:%20A%20year%20of%20borrowing%20everything">✉️ Reply by email</a></p></div>
<script type="text/javascript" src="https://micro.blog/conversation.js?url=https%3A%2F%2Fmosei.blog%2F2026%2F01%2F09%2Fa-year-of.html"></script>
<div class="microblog_conversation">${mbReplies
  .map(
    ([name, handle, time, text], i) => `<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar"
src="https://avatars.micro.blog/avatars/2025/${20 + i}/${4410 + i}.jpg" width="20" height="20" style="max-width: 20px; width: 20px; height: 20px;"> <a
href="https://micro.blog/${handle.slice(1)}">${name}</a> <a class="microblog_username" href="https://micro.blog/${handle.slice(1)}">${handle}</a></div>
<div class="microblog_text"><p>${text}</p></div><div class="microblog_time"><a
href="https://micro.blog/${handle.slice(1)}/5812${i}440">${time}</a></div></div>`,
  )
  .join('\n')}
<div class="microblog_reply_button"><a href="https://micro.blog/mosei/58123411">Reply on Micro.blog</a></div></div></article>
<nav class="post-nav"><a class="prev" href="/2025/12/30/the-last-loaf.html">← The last loaf of the year</a></nav></main>
<footer class="site-footer"><p>© 2026 Marguerite Osei · <a href="/feed.xml">RSS</a> · <a href="https://micro.blog/mosei">Also on Micro.blog</a> · Powered by
<a href="https://micro.blog/">Micro.blog</a></p></footer></body></html>`;
const microBlog: TestPage = {
  html: mbHtml,
  name: 'heldout26-microblog-long-post',
  kind: 'blog',
  // the seven paragraphs are body, there are no headings; the date is the byline and so is the blog owner's name (site
  // title, hidden h-card, footer: the author's name, counted once); the replies pulled in by conversation.js are other
  // people's posts, not the article: their texts and "Reply on Micro.blog" are furniture, each reply's name, @handle and time
  // are bylines; the reading time, categories, "Reply by email", the description, the h-card note, nav, the older-post link
  // and footer are furniture; the nav's "Now" and "About" and the category "Books" are words of the body: left out
  title: mbTitle,
  headings: [],
  body: texts(mbBody),
  bylines: ['Marguerite Osei', 'January 9, 2026', ...mbReplies.flatMap((r) => r.slice(0, 3))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Books, buses and the occasional loaf. Writing from Leicester.', ...mbNav.filter((t) => !['Now', 'About'].includes(t)),
    'Reader, commuter, occasional baker.',
    '· 3 minute read', 'Categories:', 'Libraries', '✉️ Reply by email', ...mbReplies.map(([, , , t]) => t), 'Reply on Micro.blog',
    '← The last loaf of the year', '© 2026', 'RSS', 'Also on Micro.blog', 'Powered by Micro.blog',
  ],
};

export const HELDOUT26_E: readonly TestPage[] = [microBlog, writeAs];
