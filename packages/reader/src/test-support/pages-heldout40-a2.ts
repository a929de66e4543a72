import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 40, file a2: an Answer Overflow page of an indexed Discord help thread (Next.js app-router page with
 * Tailwind classes and the RSC payload script, the DiscussionForumPosting JSON-LD, top bar with search, "Add Your Server" and
 * "Sign In", the server and channel line, the thread title, the green "Solution" box with "Jump to solution", Discord messages
 * with avatars, names and timestamps, inline code and code blocks, one "Message Not Public" placeholder, the server card with
 * "Join Server", "Recommended Posts", a Carbon ad and the footer).
 */
const aoTitle = 'Build fails with “Cannot find module ./manifest.json” after upgrading to 4.2';
type Msg = { who: string; at: string; id: string; paras: string[]; code?: string; after?: string[]; solution?: boolean };
const aoMsgs: Msg[] = [
  {
    who: 'Tallis',
    at: '3/14/25, 9:02 AM',
    id: '1350123456789012345',
    paras: [
      'Hi all, since upgrading from 4.1.3 to 4.2.0 my production build fails right at the very end with the error below. The dev ' +
        'server still works fine. I am on Node 22 with pnpm, and the project is a fairly plain blog with the image plugin turned on.',
    ],
    code:
      '[fernwood] building 214 pages... done in 8.4s\nError: Cannot find module &#39;./manifest.json&#39;\n' +
      '    at ImagePlugin.finalize (node_modules/@fernwood/images/dist/index.js:412:19)\n    at async build (node_modules/fernwood/dist/cli.js:88:5)',
    after: ['I have already deleted node_modules and the .fernwood cache folder, no change. Has anyone else run into this?'],
  },
  {
    who: 'ossie',
    at: '3/14/25, 9:20 AM',
    id: '1350128001122334455',
    paras: [
      'Do you have a custom <code class="rounded bg-muted px-1">outDir</code> in your config? In 4.2 the build manifest moved into the ' +
        'output folder, and the image plugin still looks for it relative to the project root whenever outDir is set. It only shows up ' +
        'in production builds because the dev server never writes a manifest at all.',
    ],
  },
  {
    who: 'Tallis',
    at: '3/14/25, 9:31 AM',
    id: '1350130907766554433',
    paras: [
      'Yes, I set outDir to <code class="rounded bg-muted px-1">public_html</code> because that is what my host serves. Taking it out ' +
        'makes the build pass, but then I have to rename the folder by hand before every upload, which I will forget.',
    ],
  },
  {
    who: 'ossie',
    at: '3/14/25, 9:47 AM',
    id: '1350135222233344455',
    solution: true,
    paras: [
      'That is a known regression and there is a fix in 4.2.1, which went out this morning. If you cannot upgrade yet, point ' +
        '<code class="rounded bg-muted px-1">images.manifestPath</code> at the same folder as outDir and the plugin will find it:',
    ],
    code: "export default defineConfig({\n  outDir: 'public_html',\n  images: { manifestPath: 'public_html/manifest.json' },\n});",
    after: ['Once you are on 4.2.1 you can delete that line again, it is only a workaround.'],
  },
  {
    who: 'Tallis',
    at: '3/14/25, 10:05 AM',
    id: '1350139876543210987',
    paras: ['Upgraded to 4.2.1 and the build is green again, no workaround needed. Thanks a lot for the quick help, marking this as solved.'],
  },
  {
    who: 'brackenfold',
    at: '3/14/25, 11:12 AM',
    id: '1350156789012345678',
    paras: [
      'Same thing happened to me on Netlify with outDir set to dist/site, and 4.2.1 fixed it there too. For anyone pinning versions ' +
        'in CI, remember to bump the image plugin as well, since it ships separately and still says 4.2.0 after the core upgrade. ' +
        'Thanks for asking, this saved me an afternoon.',
    ],
  },
];
const aoText = (h: string): string => h.replace(/<[^>]+>/g, '');
const aoBlock = (p: string): string => `<div class="whitespace-pre-wrap break-words">${p}</div>`;
const aoMsg = (m: Msg): string => `<div class="group relative flex w-full flex-col gap-2 rounded-md p-2${
  m.solution ? ' border-2 border-green-500 dark:border-green-400' : ''
}" id="message-${m.id}"><div class="flex flex-row items-center gap-2"><img alt="${m.who}" loading="lazy" width="40" height="40"
class="size-10 rounded-full" src="https://cdn.discordapp.com/avatars/${m.id.slice(0, 9)}/a_${m.id.slice(9)}.webp?size=64"><div
class="flex flex-row items-center gap-2"><a href="/u/${m.id.slice(3, 12)}" class="font-semibold text-primary hover:underline">${m.who}</a>
<time class="text-sm text-muted-foreground" dateTime="2025-03-14">${m.at}</time>${
  m.solution ? '<span class="rounded bg-green-500 px-2 text-xs font-semibold text-white">Solution</span>' : ''
}</div></div><div class="pl-12 text-primary">${m.paras.map(aoBlock).join('')}${
  m.code ? `<pre class="my-2 overflow-x-auto rounded bg-neutral-900 p-3"><code class="hljs language-js">${m.code}</code></pre>` : ''
}${(m.after ?? []).map(aoBlock).join('')}</div></div>`;
const aoHidden = `<div class="relative flex w-full flex-col gap-2 rounded-md p-2"><div class="flex flex-row items-center gap-2 blur-sm"><img alt=""
class="size-10 rounded-full" src="/discord/4.png"><span class="font-semibold">Unknown User</span></div><div class="pl-12 blur-sm select-none"
aria-hidden="true">████ ██████ ████ ███ █████ ██ ████████</div>
<div class="absolute inset-0 flex flex-col items-center justify-center">
<span class="text-lg font-semibold">Message Not Public</span><a href="/api/auth/signin?redirect=/m/1350123456789012345"
class="text-sm underline">Sign In &amp; Join Server To View</a></div></div>`;
const aoRecommended = [
  'Image plugin ignores width on SVG files',
  'How do I add a sitemap for two languages?',
  'Dev server hot reload stops after a few minutes on WSL',
  'Deploying to GitHub Pages with a custom base path',
];
const aoFoot = ['About', 'Browse', 'Blog', 'Docs', 'Pricing', 'Privacy Policy', 'Terms of Service', 'Cookie Policy', 'Discord', 'GitHub'];
const aoJson = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  headline: aoTitle,
  url: 'https://www.answeroverflow.com/m/1350123456789012345',
  author: { '@type': 'Person', name: 'Tallis' },
  datePublished: '2025-03-14T09:02:41.000Z',
  text: aoText(aoMsgs[0]!.paras[0]!),
  comment: aoMsgs.slice(1).map((m) => ({ '@type': 'Comment', author: { '@type': 'Person', name: m.who }, text: aoText(m.paras[0]!) })),
});
const aoHtml = `<!DOCTYPE html><html lang="en" class="dark" style="color-scheme:dark"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/5f2c9a1e7b0d3c44.css"
data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8e1b2f6a0c9d4e77.js"/>
<script src="/_next/static/chunks/main-app-0a9f3b2c1d4e5f67.js" async=""></script><title>${aoTitle} - Fernwood</title>
<meta name="description" content="${aoText(aoMsgs[0]!.paras[0]!)}"/><link rel="canonical" href="https://www.answeroverflow.com/m/1350123456789012345"/>
<meta property="og:title" content="${aoTitle} - Fernwood"/><meta property="og:image" content="https://www.answeroverflow.com/og/post?id=1350123456789012345"/>
<meta name="twitter:card" content="summary_large_image"/></head><body class="__className_a8e1f4 antialiased">
<script type="application/ld+json">${aoJson}</script>
<div class="flex min-h-screen w-full flex-col items-center bg-background font-body"><nav class="sticky top-0 z-50 flex h-16 w-full items-center
justify-between border-b bg-background/95 px-4 backdrop-blur"><a href="/" class="flex items-center gap-2" aria-label="Answer Overflow Home"><svg
width="34" height="34" viewBox="0 0 70 70" aria-hidden="true"><path d="M35 0L70 35L35 70L0 35Z"></path></svg><span class="sr-only">Answer
Overflow Logo</span></a><form action="/search" class="hidden w-full max-w-md md:flex"><input type="search" name="q" placeholder="Search" class="h-9
w-full rounded-md border bg-transparent px-3 text-sm"/></form><div class="flex items-center gap-2"><a href="/onboarding" class="hidden rounded-md
bg-primary px-4 py-2 text-sm font-medium text-primary-foreground md:inline-flex">Add Your Server</a><button type="button" class="rounded-md
px-3 py-2 text-sm" aria-label="Toggle theme"><span class="sr-only">Toggle theme</span></button><a href="/api/auth/signin" class="rounded-md
border px-4 py-2 text-sm">Sign In</a></div></nav>
<main class="flex w-full max-w-screen-2xl flex-col gap-6 px-4 py-6 lg:flex-row"><div class="flex w-full flex-col gap-4 lg:w-[70%]">
<div class="flex flex-row items-center gap-2 text-sm text-muted-foreground"><img alt="" class="size-6 rounded-full"
src="https://cdn.discordapp.com/icons/1104839938478911568/7f3a.webp?size=48"><a href="/c/1104839938478911568" class="hover:underline">Fernwood</a>
<span aria-hidden="true">•</span><a href="/c/1104839938478911568/1104844107700965417" class="hover:underline">#help</a><span aria-hidden="true">•</span>
<span>Created by Tallis on 3/14/25</span></div>
<h1 class="text-3xl font-semibold">${aoTitle}</h1>
<div class="rounded-lg border-2 border-green-500 p-3 dark:border-green-400"><span class="font-semibold text-green-600
dark:text-green-400">Solution</span><p class="line-clamp-2 text-sm">That is a known regression and there is a fix in 4.2.1, which went out
this morning. If you cannot upgrade yet, point images.manifestPath at the same…</p><a href="#message-1350135222233344455"
class="text-sm text-blue-500 hover:underline">Jump to solution</a></div>
<div class="flex flex-col gap-1 rounded-md border">${aoMsg(aoMsgs[0]!)}${aoMsg(aoMsgs[1]!)}${aoHidden}${aoMsgs.slice(2).map(aoMsg).join('')}</div>
<div class="flex flex-row items-center justify-between rounded-md border p-4"><span class="text-sm">Looking for more? Join the community!</span>
<a href="https://discord.gg/fernwood" class="rounded-md bg-primary px-4 py-2 text-sm text-primary-foreground">Join Server</a></div></div>
<aside class="flex w-full flex-col gap-4 lg:w-[30%]"><div class="rounded-md border p-4"><div class="flex flex-row items-center gap-2"><img alt=""
class="size-12 rounded-full" src="https://cdn.discordapp.com/icons/1104839938478911568/7f3a.webp?size=96"><span class="text-xl font-semibold">Fernwood
</span></div><p class="mt-2 text-sm text-muted-foreground">A fast, friendly static site generator for blogs and docs.</p><div class="mt-2 text-sm">
<span>2,981 Members</span></div><a href="https://discord.gg/fernwood" class="mt-3 block rounded-md bg-primary py-2 text-center text-sm
text-primary-foreground">Join Server</a></div><div class="rounded-md border p-4"><h2 class="mb-2 text-lg font-semibold">Recommended Posts</h2>
<ul class="flex flex-col gap-2 text-sm">${links(aoRecommended, 'hover:underline')}</ul></div><div id="carbonads"><span><span class="carbon-wrap">
<a href="https://srv.carbonads.net/ads/click/x/GTND42" class="carbon-img" target="_blank" rel="noopener sponsored"><img alt="ads via Carbon"
src="https://srv.carbonads.net/static/30242/4f7b.png" width="130" height="100"></a><a href="https://srv.carbonads.net/ads/click/x/GTND42"
class="carbon-text" target="_blank" rel="noopener sponsored">Ship faster with managed Postgres. Free tier, no card required.</a></span><a
href="http://carbonads.net/?utm_source=answeroverflow" class="carbon-poweredby" target="_blank" rel="noopener sponsored">ads via Carbon</a></span></div>
</aside></main>
<footer class="mt-auto w-full border-t px-4 py-8"><div class="flex flex-col gap-4 md:flex-row md:justify-between"><div><span class="font-semibold">Answer
Overflow</span><p class="text-sm text-muted-foreground">Index your Discord content into Google.</p></div><ul class="grid grid-cols-2 gap-2 text-sm
md:grid-cols-5">${links(aoFoot)}</ul></div><p class="mt-6 text-xs text-muted-foreground">© 2025 Hedgehog Software, LLC</p></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[41402,[\\"7177\\",
\\"static/chunks/app/layout-3e1f.js\\"],\\"ThemeProvider\\"]\\n"])</script></body></html>`;
export const answerOverflow: TestPage = {
  html: aoHtml,
  name: 'heldout40-answer-overflow',
  kind: 'forum',
  // the Discord thread's title (the h1) is the title; every message is body, the asker's, the helper's and the later poster's,
  // in page order, with inline code kept in its sentence; the two code blocks are in neither list; names and the message
  // timestamps are bylines ("Created by Tallis on 3/14/25" is an author line: a byline); the "Solution" box at the top repeats
  // the first words of the solution message (cut off with "…"): in neither list; the blurred "Message Not Public" placeholder,
  // the "Solution" badges, "Jump to solution", the server and channel line, the top bar, the server card, "Recommended Posts",
  // the Carbon ad, "Looking for more?", "Join Server" and the footer are furniture; the server name "Fernwood", the channel "#help"
  // and the footer's "Blog" are words of the body: left out
  title: aoTitle,
  headings: [],
  body: aoMsgs.flatMap((m) => [...m.paras, ...(m.after ?? [])].map(aoText)),
  bylines: ['Tallis', 'ossie', 'brackenfold', 'Created by Tallis on 3/14/25', ...aoMsgs.map((m) => m.at)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Answer Overflow Logo', 'Add Your Server', 'Toggle theme', 'Sign In', 'Solution', 'Jump to solution', 'Unknown User',
    'Message Not Public', 'Sign In & Join Server To View', 'Looking for more? Join the community!', 'Join Server',
    'A fast, friendly static site generator for blogs and docs.', '2,981 Members', 'Recommended Posts', ...aoRecommended,
    'Ship faster with managed Postgres. Free tier, no card required.', 'ads via Carbon', 'Answer Overflow', 'Index your Discord content into Google.',
    ...aoFoot.filter((t) => t !== 'Blog'),
    '© 2025 Hedgehog Software, LLC',
  ],
};
