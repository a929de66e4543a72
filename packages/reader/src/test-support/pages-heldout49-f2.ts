import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 49, file f2: a Discord forum thread as a public archive renders a message link (Answer Overflow style,
 * /m/<message id>), saved from the browser (Next.js markup with utility classes): the site nav with search and "Sign
 * In", the server header (icon, name, channel, "Join Server"), the thread title, the question message, the "Solution"
 * card quoting the accepted answer with "Jump to solution", the remaining messages (names, timestamps, inline code, a
 * code block, the "Solution" badge), the server card in the rail, "Recommended Posts", the "add your server" promo and
 * the footer; the QAPage JSON-LD in the head.
 */
const aoTitle = 'Migrations hang forever on Postgres 17 after upgrading to 0.9';
interface Msg {
  id: string;
  who: string;
  at: string;
  parts: string[];
  code?: { after: number; lang: string; text: string };
  solution?: boolean;
}
const aoQ: Msg = {
  id: '1427711230118400081',
  who: 'mossfield',
  at: '10/14/2025, 3:21 PM',
  parts: [
    'After upgrading from 0.8.4 to 0.9.1, <code class="rounded bg-muted px-1 font-mono">fennec migrate up</code> just hangs on ' +
      'the first migration. No error, no timeout, CPU at zero. The same migrations run fine against Postgres 16 in CI.',
    'Anyone seen this? Happy to post more logs.',
  ],
};
const aoRest: Msg[] = [
  {
    id: '1427716022480785439',
    who: 'kestrel.dev',
    at: '10/14/2025, 3:40 PM',
    parts: [
      'Does it hang before or after it prints the lock message? 0.9 started taking an advisory lock before running anything, so if ' +
        'another connection holds it you will wait forever.',
    ],
  },
  {
    id: '1427719041331216455',
    who: 'mossfield',
    at: '10/14/2025, 3:52 PM',
    parts: [
      'Before. It prints <code class="rounded bg-muted px-1 font-mono">acquiring migration lock</code> and then nothing. Nothing ' +
        'else is running though, it&#39;s a fresh database in Docker.',
    ],
  },
  {
    id: '1427724845206802512',
    who: 'ilona',
    at: '10/14/2025, 4:15 PM',
    solution: true,
    parts: [
      'This is a bug in 0.9.1 with PgBouncer in transaction mode, not Postgres 17 itself. Advisory locks are session-level, and ' +
        'PgBouncer hands the unlock to a different server connection, so the lock is never released. Is your Docker setup putting ' +
        'PgBouncer in front?',
      'Two workarounds until 0.9.2 ships: point migrations at Postgres directly, or turn the lock off in ' +
        '<code class="rounded bg-muted px-1 font-mono">fennec.toml</code>:',
      'Only turn the lock off if you are sure nothing else runs migrations at the same time.',
    ],
    code: { after: 2, lang: 'toml', text: '[migrations]\nlock = false' },
  },
  {
    id: '1427728903925665853',
    who: 'mossfield',
    at: '10/14/2025, 4:31 PM',
    parts: [
      'That was it. The compose file has PgBouncer on port 6432 and our migrate script used the same URL as the app. Pointed it at ' +
        '5432 and it ran in two seconds. Thank you!',
    ],
  },
  {
    id: '1427731210498318427',
    who: 'kestrel.dev',
    at: '10/14/2025, 4:40 PM',
    parts: [
      'TIL PgBouncer eats advisory locks. Adding that to our deploy notes. Would be nice if the CLI printed a warning when it ' +
        'detects a pooler in front of the database.',
    ],
  },
  {
    id: '1427734188020932659',
    who: 'ilona',
    at: '10/14/2025, 4:52 PM',
    parts: [
      'Agreed. 0.9.2 will warn when the connection string points at a known pooler port, and the migration docs now have a short ' +
        'section on poolers and advisory locks.',
    ],
  },
];
const aoQuote =
  'This is a bug in 0.9.1 with PgBouncer in transaction mode, not Postgres 17 itself. Advisory locks are session-level, and PgBouncer hands the unlock…';
const message = (m: Msg): string => `<div id="message-${m.id}" class="group relative flex flex-row gap-3 rounded-md px-2 py-3 hover:bg-muted/40">
<img alt="${m.who}" class="size-10 shrink-0 rounded-full" src="https://cdn.discordapp.com/avatars/${m.id.slice(0, 8)}/a_${m.id.slice(-6)}.webp?size=64">
<div class="flex min-w-0 flex-col gap-1"><div class="flex flex-row items-center gap-2"><span class="font-semibold text-foreground">${m.who}</span>
<span class="text-xs text-muted-foreground"><time dateTime="2025-10-14">${m.at}</time></span>${
  m.solution ? '<span class="rounded bg-green-600 px-1.5 text-xs font-semibold text-white">Solution</span>' : ''
}</div><div class="discord-message-content text-sm leading-relaxed">${m.parts
  .map(
    (p, i) =>
      `<p>${p}</p>${
        m.code && m.code.after === i
          ? `<pre class="rounded-md bg-muted p-3"><code
class="language-${m.code.lang}">${m.code.text}</code></pre>`
          : ''
      }`,
  )
  .join('')}</div></div></div>`;
const aoNav = ['Browse', 'Docs', 'About', 'Sign In'];
const aoRecommended: [string, string][] = [
  ['Relations not loading when using select with include', 'Fennec'],
  ['Is there a way to run seeds only in development?', 'Fennec'],
  ['Connection pool exhausted under load with PgBouncer', 'Kestrel Stack'],
  ['Type error after regenerating the client', 'Fennec'],
];
const aoFoot = ['About', 'Browse', 'Docs', 'Blog', 'GitHub', 'Discord', 'Privacy Policy', 'Terms of Service', 'Cookies'];
const aoMsgs = [aoQ, ...aoRest];
const aoHtml = `<!DOCTYPE html>
<html lang="en" class="dark" style="color-scheme: dark;"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aoTitle} - Fennec</title><meta name="description" content="After upgrading from 0.8.4 to 0.9.1, fennec migrate up just hangs on the first migration.">
<link rel="canonical" href="https://www.answeroverflow.com/m/${aoQ.id}"><meta property="og:site_name" content="Answer Overflow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${aoTitle}",
"text":"After upgrading from 0.8.4 to 0.9.1, fennec migrate up just hangs on the first migration.","dateCreated":"2025-10-14T15:21:08.000Z",
"author":{"@type":"Person","name":"mossfield"},"answerCount":5,"acceptedAnswer":{"@type":"Answer","text":"This is a bug in 0.9.1 with PgBouncer in transaction
mode...",
"author":{"@type":"Person","name":"ilona"},"url":"https://www.answeroverflow.com/m/${aoQ.id}#solution-1427724845206802512"}}}</script>
<link rel="stylesheet" href="/_next/static/css/a81c4f7e2b.css" data-precedence="next"></head>
<body class="__className_d65c78 bg-background font-sans antialiased"><div class="flex min-h-screen flex-col">
<nav class="sticky top-0 z-50 flex h-16 w-full flex-row items-center gap-4 border-b bg-background/95 px-4 backdrop-blur"><a href="/" class="flex items-center
gap-2">
<svg width="32" height="32" viewBox="0 0 48 48" aria-hidden="true"></svg><span class="font-semibold">Answer Overflow</span></a>
<form action="/search" class="ml-4 hidden flex-1 md:flex"><input name="q" type="search" placeholder="Search" class="h-9 w-full rounded-md border
bg-transparent px-3 text-sm"></form>
<ul class="ml-auto flex flex-row gap-4 text-sm">${links(aoNav, 'nav-link')}</ul></nav>
<main class="mx-auto flex w-full max-w-7xl flex-1 flex-row gap-8 px-4 py-6"><div class="flex min-w-0 flex-1 flex-col gap-4">
<div class="flex flex-row items-center gap-3"><img alt="Fennec" class="size-12 rounded-full" src="https://cdn.discordapp.com/icons/1093/fennec.png?size=96">
<div class="flex flex-col"><a href="/c/1093411952371122316" class="font-semibold">Fennec</a><a href="/c/1093411952371122316/1101218871204466769"
class="text-sm text-muted-foreground">#help</a></div><a href="https://discord.com/invite/fennec" class="ml-auto rounded-md bg-primary px-3 py-1.5 text-sm
font-semibold
text-primary-foreground">Join Server</a></div>
<h1 class="text-2xl font-bold">${aoTitle}</h1>
${message(aoQ)}
<div id="solution-box" class="rounded-md border border-green-600 bg-green-600/10 p-3"><div class="mb-1 flex flex-row items-center gap-2 text-sm font-semibold
text-green-600">
<span>Solution</span></div><div class="flex flex-row items-center gap-2 text-sm"><span class="font-semibold">ilona</span><span class="line-clamp-2
text-muted-foreground">${aoQuote}
</span></div><a href="#message-1427724845206802512" class="text-sm font-semibold text-green-600 hover:underline">Jump to solution</a></div>
<div class="flex flex-col">${aoRest.map(message).join('\n')}</div></div>
<aside class="hidden w-80 shrink-0 flex-col gap-6 lg:flex"><div class="rounded-lg border p-4"><p class="text-sm text-muted-foreground">Looking for more? Join
the community!</p>
<div class="mt-3 flex flex-row items-center gap-3"><img alt="" class="size-10 rounded-full" src="https://cdn.discordapp.com/icons/1093/fennec.png?size=64">
<div class="flex flex-col"><span class="font-semibold">Fennec</span><span class="text-xs text-muted-foreground">The friendly TypeScript ORM for Postgres and
SQLite.</span>
<span class="text-xs text-muted-foreground">3,204 Members</span></div></div><a href="https://discord.com/invite/fennec" class="mt-3 block rounded-md bg-primary
py-1.5 text-center text-sm font-semibold text-primary-foreground">Join Server</a></div>
<div class="rounded-lg border p-4"><h2 class="text-lg font-semibold">Recommended Posts</h2><ul class="mt-2 flex flex-col gap-3">${aoRecommended
  .map(
    ([t, s]) =>
      `<li><a href="/m/14${t.length}9921" class="flex flex-col"><span class="text-xs text-muted-foreground">${s}</span><span
class="text-sm">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="rounded-lg border p-4 text-sm"><p class="font-semibold">Want results from more Discord servers?</p><a href="/onboarding" class="text-primary
hover:underline">Add your server</a></div></aside></main>
<footer class="border-t py-8 text-sm text-muted-foreground"><div class="mx-auto flex max-w-7xl flex-row flex-wrap gap-6 px-4"><ul class="flex flex-row
flex-wrap gap-4">
${links(aoFoot, 'footer-link')}</ul><p>© 2025 Answer Overflow</p></div></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;
export const answerOverflowThread: TestPage = {
  html: aoHtml,
  name: 'heldout49-discord-answer-overflow',
  kind: 'forum',
  // the thread's name (the h1) is the title; every message is body, inline code included (it is part of the sentence), the
  // code block in neither list; names and timestamps are bylines (each once); the "Solution" card repeats the start of the
  // accepted answer (a quoted post: in neither list, its "ilona" is the byline already listed), its label, "Jump to
  // solution" and the "Solution" badge are furniture, as are the server header (name, "#help", "Join Server"), the nav, the
  // rail's server card, "Recommended Posts" with their server names, the "add your server" promo and the footer; the server
  // name "Fennec" ("fennec migrate up") and the nav's "Docs" ("the migration docs") are words of the body: left out
  title: aoTitle,
  headings: [],
  body: texts(aoMsgs.flatMap((m) => m.parts)),
  bylines: ['mossfield', '10/14/2025, 3:21 PM', 'kestrel.dev', ...aoMsgs.slice(1).map((m) => m.at), 'ilona'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Answer Overflow', ...aoNav.filter((t) => t !== 'Docs'), '#help', 'Join Server', 'Solution', 'Jump to solution', 'Looking for more? Join the community!',
    'The friendly TypeScript ORM for Postgres and SQLite.', '3,204 Members', 'Recommended Posts', ...aoRecommended.map(([t]) => t), 'Kestrel Stack',
    'Want results from more Discord servers?', 'Add your server', ...aoFoot.filter((t) => !aoNav.includes(t)), '© 2025 Answer Overflow',
  ],
};
