import { type TestPage, texts } from './page-kit.js';
import { eleventyPost } from './pages-heldout21-e2.js';

/**
 * Held-out batch 21, file e: a personal blog post on a Next.js App Router MDX starter (Tailwind classes, the theme script,
 * header nav with search and dark-mode buttons, the "Published on" date, the author card with handle, reading time and view
 * count, MDX prose with autolinked headings, a rehype-pretty-code block, a callout component, a next/image figure with caption,
 * GFM footnotes, "Discuss on Bluesky • View on GitHub", the webmentions block with counts and replies, the newsletter form,
 * tags and previous/next article links, "Back to the blog", the footer and the RSC flight-data scripts).
 */
const nxTitle = 'Two Years of Running a Paid App on SQLite';
const nxIntro =
  'In the spring of 2023 I moved Tallybook, the small invoicing app I run on the side, from a managed Postgres database to a ' +
  'single SQLite file on the same server as the app. People warned me I would regret it. Two years and about 1,400 paying ' +
  'customers later, I don’t, but a few things did surprise me, and this post collects them.';
const nxH = ['Why I switched', 'What went well', 'What bit me', 'Would I do it again?'] as const;
const nxWhy = [
  'The honest reason was money. The managed database cost more each month than the server, and most of what I was paying for ' +
    '(failover, read replicas, point-in-time recovery through a web console) I never used. Tallybook does perhaps twenty writes a ' +
    'second on its busiest day of the month, which is nothing for SQLite on a modern SSD.',
  'The less honest reason is that I like having everything in one place. One process, one file, one backup job. When something ' +
    'breaks at eleven at night I want as few moving parts as possible.',
];
const nxWell = [
  'Latency dropped more than I expected. Queries that used to take four or five milliseconds over the network now take a fraction ' +
    'of one, and page loads for the invoice list fell by about a third without any other change.',
  'Backups became simpler too. <a href="https://litestream.io">Litestream</a> copies every change to object storage within a ' +
    'second, and once a week I restore the whole database to my laptop to check that the copy actually works:',
] as const;
const nxCallout = 'If you take one thing from this post, make it this: a backup you have never restored is a hope, not a backup.';
const nxBit = [
  'Write locking was the first surprise. SQLite allows one writer at a time, and a slow report that opened a write transaction by ' +
    'accident blocked every invoice save for nine seconds. Switching on WAL mode and keeping transactions short fixed it, but I ' +
    'had to read my own code far more carefully than before.',
  'The second was migrations. Some schema changes mean rebuilding the whole table, and on a 3 GB table that is a minute of downtime, ' +
    'so I now schedule those for Sunday mornings and warn customers a day ahead.<sup><a href="#user-content-fn-1" ' +
    'id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup>',
] as const;
const nxAgain =
  'Yes, for an app this size. If Tallybook ever needs a second server for the web tier I will have to think again, and I have a ' +
  'plan for moving back to Postgres that I hope never to use. Until then, one file has been a good place to keep my customers’ data.';
const nxFoot =
  'Nobody has ever complained about the Sunday window. Most of my customers are small bakeries and plumbers, and they are not ' +
  'writing invoices at seven in the morning on a weekend.';
const nxNav = ['Blog', 'Notes', 'Projects', 'About'];
const nxReplies: [string, string, string][] = [
  ['Jonas Weller', 'March 4, 2025', 'Great write-up. We did almost the same move last year and the long write transaction got us too.'],
  ['Aiko Tanaka', 'March 5, 2025', 'How big does the database get before restores to your laptop become annoying?'],
  ['Priya Raman', 'March 5, 2025', 'About 3 GB now, restores take under two minutes on home broadband, so not yet!'],
];
const nxTags = ['sqlite', 'self-hosting', 'indie-hacking'];
const nxPrev = 'What I Learned Pricing a Tiny SaaS';
const nxNext = 'A Boring Deploy Pipeline for One Server';
const h2 = (t: string): string => {
  const id = t.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '');
  return `<h2 id="${id}" class="content-header"><a href="#${id}" aria-hidden="true" tabindex="-1"><span class="content-header-link"><svg class="h-5 linkicon
w-5" fill="currentColor" viewBox="0 0 20 20"><path d="M12.232 4.232a2.5 2.5 0 0 1 3.536 3.536l-1.225 1.224"></path></svg></span></a>${t}</h2>`;
};
const flight = `self.__next_f.push([1,"12:[\\"$\\",\\"p\\",null,{\\"children\\":\\"In the spring of 2023 I moved Tallybook, the small invoicing app I run
on the side, from a managed Postgres database to a single SQLite file\\"}]\\n13:[\\"$\\",\\"h2\\",null,{\\"id\\":\\"why-i-switched\\"}]\\n"])`;
const nxHtml = `<!DOCTYPE html><html lang="en-us" class="__variable_dd5b2f __variable_3a0388 scroll-smooth"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font"
crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/1f9b5c7e4c2d8a10.css" data-precedence="next"/><link rel="preload"
as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8a7e4b1f.js"/><script src="/_next/static/chunks/fd9d1056-2b0f66a1.js" async=""></script>
<title>Two Years of Running a Paid App on SQLite | priya.dev</title><meta name="description" content="What went well, and what bit me, after moving a
small invoicing app to SQLite."/><link rel="webmention" href="https://webmention.io/priya.dev/webmention"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Two Years of Running a Paid App on SQLite",
"datePublished":"2025-03-03T00:00:00.000Z","author":[{"@type":"Person","name":"Priya Raman"}]}</script></head>
<body class="bg-white pl-[calc(100vw-100%)] text-black antialiased dark:bg-gray-950 dark:text-white"><script>!function(){try{var d=document.documentElement,
c=d.classList;c.remove('light','dark');var e=localStorage.getItem('theme');if('system'===e||(!e&&true)){var t='(prefers-color-scheme: dark)',
m=window.matchMedia(t);
if(m.media!==t||m.matches){d.style.colorScheme='dark';c.add('dark')}else{d.style.colorScheme='light';c.add('light')}}}catch(e){}}()</script>
<section class="mx-auto max-w-3xl px-4 sm:px-6 xl:max-w-5xl xl:px-0"><div class="flex h-screen flex-col justify-between font-sans">
<header class="flex items-center justify-between py-10"><div><a aria-label="priya.dev" href="/"><div class="flex items-center justify-between"><div
class="hidden h-6 text-2xl font-semibold sm:block">priya.dev</div></div></a></div><div class="flex items-center space-x-4 leading-5 sm:space-x-6">
${nxNav.map((t) => `<a class="hidden font-medium text-gray-900 hover:text-primary-500 sm:block" href="/${t.toLowerCase()}">${t}</a>`).join('')}
<button aria-label="Search"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button><div class="mr-5"><button aria-label="Toggle Dark Mode"><svg
viewBox="0 0 20 20" class="h-6 w-6"></svg></button></div><button aria-label="Toggle Menu" class="sm:hidden"><svg viewBox="0 0 20
20"></svg></button></div></header>
<main class="mb-auto"><section class="mx-auto max-w-3xl px-4 sm:px-6 xl:max-w-5xl xl:px-0"><div class="fixed bottom-8 right-8 hidden flex-col gap-3
md:hidden"><button aria-label="Scroll To Comment" class="rounded-full bg-gray-200 p-2"></button><button aria-label="Scroll To Top"
class="rounded-full bg-gray-200 p-2"></button></div><article><div class="xl:divide-y xl:divide-gray-200 xl:dark:divide-gray-700">
<header class="pt-6 xl:pb-6"><div class="space-y-1 text-center"><dl class="space-y-10"><div><dt class="sr-only">Published on</dt><dd class="text-base
font-medium leading-6 text-gray-500 dark:text-gray-400"><time dateTime="2025-03-03T00:00:00.000Z">Monday, March 3, 2025</time></dd></div></dl>
<div><h1 class="text-3xl font-extrabold leading-9 tracking-tight text-gray-900 dark:text-gray-100 sm:text-4xl">${nxTitle}</h1></div>
<p class="text-sm text-gray-500"><span>7 min read</span> · <span>3,912 views</span></p></div></header>
<div class="grid-rows-[auto_1fr] divide-y divide-gray-200 pb-8 dark:divide-gray-700 xl:grid xl:grid-cols-4 xl:gap-x-6 xl:divide-y-0">
<dl class="pb-10 pt-6 xl:border-b xl:border-gray-200 xl:pt-11 xl:dark:border-gray-700"><dt class="sr-only">Authors</dt><dd><ul class="flex flex-wrap
justify-center gap-4 sm:space-x-12 xl:block xl:space-x-0 xl:space-y-8"><li class="flex items-center space-x-2"><img alt="avatar" loading="lazy"
width="38" height="38" decoding="async" data-nimg="1" class="h-10 w-10 rounded-full" style="color:transparent" src="/static/images/avatar.png"/><dl
class="whitespace-nowrap text-sm font-medium leading-5"><dt class="sr-only">Name</dt><dd class="text-gray-900 dark:text-gray-100">Priya Raman</dd>
<dt class="sr-only">Bluesky</dt><dd><a class="text-primary-500 hover:text-primary-600" href="https://bsky.app/profile/priya.dev">@priya.dev</a></dd></dl>
</li></ul></dd></dl><div class="divide-y divide-gray-200 dark:divide-gray-700 xl:col-span-3 xl:row-span-2 xl:pb-0"><div class="prose max-w-none pb-8
pt-10 dark:prose-invert"><p>${nxIntro}</p>
${h2(nxH[0])}${nxWhy.map((p) => `<p>${p}</p>`).join('\n')}
${h2(nxH[1])}<p>${nxWell[0]}</p>
<figure><img alt="A bar chart of median response times, falling from 180 to 120 milliseconds" loading="lazy" width="1600" height="900" decoding="async"
data-nimg="1" style="color:transparent" srcSet="/_next/image?url=%2Fstatic%2Fimages%2Fsqlite%2Flatency.png&amp;w=1920&amp;q=75 1x"
src="/_next/image?url=%2Fstatic%2Fimages%2Fsqlite%2Flatency.png&amp;w=3840&amp;q=75"/><figcaption>Median response time for the invoice list, the month
before and the month after the move.</figcaption></figure>
<p>${nxWell[1]}</p>
<figure data-rehype-pretty-code-figure=""><figcaption data-rehype-pretty-code-title="" data-language="bash"
data-theme="github-dark">restore-check.sh</figcaption>
<pre tabindex="0" data-language="bash" data-theme="github-dark"><code data-language="bash" data-theme="github-dark" style="display:grid"><span
data-line=""><span style="color:#B392F0">litestream</span><span style="color:#9ECBFF"> restore -o /tmp/check.db s3://tallybook-backups/db</span></span>
<span data-line=""><span style="color:#B392F0">sqlite3</span><span style="color:#9ECBFF"> /tmp/check.db "PRAGMA integrity_check;"</span></span></code></pre>
<button class="copy-button" aria-label="Copy code">Copy</button></figure>
<div class="callout callout-info" role="note"><span class="callout-icon" aria-hidden="true">💡</span><p>${nxCallout}</p></div>
${h2(nxH[2])}${nxBit.map((p) => `<p>${p}</p>`).join('\n')}
${h2(nxH[3])}<p>${nxAgain}</p>
<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1"><p>${nxFoot}
<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li></ol></section></div>
<div class="pb-6 pt-6 text-sm text-gray-700 dark:text-gray-300"><a target="_blank" rel="nofollow"
href="https://bsky.app/search?q=priya.dev%2Fblog%2Fsqlite">Discuss
on Bluesky</a> • <a target="_blank" rel="noopener noreferrer" href="https://github.com/priyaraman/priya.dev/blob/main/data/blog/sqlite.mdx">View on
GitHub</a></div>
<section class="webmentions pb-6 pt-6" id="webmentions"><h2 class="text-lg font-semibold">Webmentions</h2><p class="text-sm text-gray-500"><span>48 likes</span>
· <span>9 reposts</span> · <span>3 replies</span></p><ul class="facepile flex -space-x-2">${['Jonas Weller', 'Mara Ionescu', 'Dev Patel']
  .map((n) => `<li><img class="h-8 w-8 rounded-full" alt="${n}" src="/_next/image?url=avatar&amp;w=64&amp;q=75"/></li>`)
  .join('')}</ul><ol class="mt-4 space-y-4">${nxReplies
  .map(
    ([n, d, t]) =>
      `<li class="webmention-reply"><div class="flex items-center gap-2"><a class="font-medium" href="#">${n}</a><time class="text-xs text-gray-500">${d}</time>
</div><p>${t}</p></li>`,
  )
  .join('\n')}</ol><p class="text-xs text-gray-500">Wrote about this post on your own site? <a href="/webmentions">Send a webmention</a>.</p></section>
<div class="pb-6 pt-6"><div class="text-lg font-semibold text-gray-800 dark:text-gray-100">Subscribe to the newsletter</div><p class="text-sm">A short email
when I publish something new, about once a month. No tracking.</p><form class="flex flex-col sm:flex-row"><div><label for="email-input"><span
class="sr-only">Email address</span><input autoComplete="email" class="w-72 rounded-md px-4" id="email-input" name="email" placeholder="Enter your email"
required="" type="email"/></label></div><div class="mt-2 flex w-full rounded-md shadow-sm sm:ml-3 sm:mt-0"><button class="w-full rounded-md bg-primary-500
px-4 py-2 font-medium text-white" type="submit">Sign up</button></div></form></div></div>
<footer><div class="divide-gray-200 text-sm font-medium leading-5 dark:divide-gray-700 xl:col-start-1 xl:row-start-2 xl:divide-y"><div class="py-4
xl:py-8"><h2 class="text-xs uppercase tracking-wide text-gray-500 dark:text-gray-400">Tags</h2><div class="flex flex-wrap">${nxTags
  .map((t) => `<a class="mr-3 text-sm font-medium uppercase text-primary-500" href="/tags/${t}">${t}</a>`)
  .join('')}</div></div><div class="flex justify-between py-4 xl:block xl:space-y-8 xl:py-8"><div><h2 class="text-xs uppercase tracking-wide
text-gray-500">Previous Article</h2><div class="text-primary-500"><a href="/blog/pricing">${nxPrev}</a></div></div><div><h2 class="text-xs uppercase
tracking-wide text-gray-500">Next Article</h2><div class="text-primary-500"><a href="/blog/deploys">${nxNext}</a></div></div></div></div>
<div class="pt-4 xl:pt-8"><a class="text-primary-500" aria-label="Back to the blog" href="/blog">← Back to the blog</a></div></footer></div></div></article>
</section></main><footer><div class="mt-16 flex flex-col items-center"><div class="mb-3 flex space-x-4"><a class="text-sm" href="mailto:hi@priya.dev"><span
class="sr-only">mail</span></a><a class="text-sm" href="https://github.com/priyaraman"><span class="sr-only">github</span></a><a class="text-sm"
href="https://bsky.app/profile/priya.dev"><span class="sr-only">bluesky</span></a><a class="text-sm" href="/feed.xml"><span class="sr-only">rss</span></a>
</div><div class="mb-2 flex space-x-2 text-sm text-gray-500 dark:text-gray-400"><div>Priya Raman</div><div> • </div><div>© 2025</div><div> • </div><a
href="/">priya.dev</a></div><div class="mb-8 text-sm text-gray-500 dark:text-gray-400"><a target="_blank" rel="noopener noreferrer"
href="https://github.com/timlrx/tailwind-nextjs-starter-blog">Tailwind Nextjs Theme</a></div></div></footer></div></section>
<script src="/_next/static/chunks/webpack-8a7e4b1f.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])
</script><script>${flight}</script></body></html>`;
const nextBlog: TestPage = {
  html: nxHtml,
  name: 'heldout21-nextjs-blog',
  kind: 'blog',
  // the MDX prose and the callout's sentence are body (the footnote's text is furniture, as footnotes are on every page of
  // these batches: its writer had made it body; changed when batch 21 became training in session 14); "Footnotes" (sr-only), the
  // "↩" back link and the footnote mark are not; the shell script is code; "Monday, March 3, 2025", the author card's name and
  // handle and each webmention reply's author and date are bylines (the footer's copyright name is furniture, the third reply's
  // author is the post's author again: listed once); reading time and views, the image caption, "Discuss on Bluesky • View on
  // GitHub", the webmention counts and reply texts, the newsletter box, tags, previous/next titles, "Back to the blog", the
  // header, sr-only labels and the footer are furniture; the RSC script repeats the first sentence: not text of the page
  title: nxTitle,
  headings: [...nxH],
  body: [nxIntro, ...nxWhy, ...texts(nxWell), nxCallout, ...texts(nxBit), nxAgain],
  bylines: ['Monday, March 3, 2025', 'Priya Raman', '@priya.dev', 'Jonas Weller', 'March 4, 2025', 'Aiko Tanaka', 'March 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    nxFoot, 'priya.dev', ...nxNav, 'Published on', '7 min read', '3,912 views', 'Authors', 'Name', 'Bluesky',
    'Median response time for the invoice list, the month before and the month after the move.', 'restore-check.sh', 'Copy', '💡', 'Footnotes', '↩',
    'Discuss on Bluesky', 'View on GitHub', 'Webmentions', '48 likes', '9 reposts', '3 replies', ...nxReplies.map((r) => r[2]),
    'Wrote about this post on your own site? Send a webmention.', 'Subscribe to the newsletter',
    'A short email when I publish something new, about once a month. No tracking.', 'Email address', 'Sign up', 'Tags', ...nxTags, 'Previous Article',
    nxPrev, 'Next Article', nxNext, '← Back to the blog', 'mail', 'github', 'rss', '© 2025', 'Tailwind Nextjs Theme',
  ],
};

export const HELDOUT21_E: readonly TestPage[] = [nextBlog, eleventyPost];
