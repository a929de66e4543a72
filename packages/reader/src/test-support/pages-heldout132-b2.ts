import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 132, file b2: a Next.js documentation guide on nextjs.org/docs (the conference banner, the header with
 * its nav, search button and Deploy / Learn buttons, the docs sidebar with the App Router / Pages Router switch, the
 * version menu and the Guides tree, the breadcrumb, the "Last updated" line, code blocks with a filename bar, a
 * TypeScript / JavaScript switch and copy buttons, "Good to know" blockquotes, the "Next Steps" cards at the end of the
 * content, the prev/next pager, the "Was this helpful?" emoji widget, the right-hand "On this page" rail with "Edit this
 * page on GitHub" and "Scroll to top", and the footer columns with the newsletter form).
 */
const nTitle = 'How to stream file downloads from Route Handlers';
const nP1 = [
  `When a user exports a report or downloads an archive, the file can easily be larger than you want to hold in memory.
Route Handlers can return a stream instead of a finished body, so the first bytes reach the browser while the rest of
the file is still being produced.`,
  `This guide walks through returning a stream from a Route Handler, setting the headers browsers need to treat the
response as a download, and handling errors that happen halfway through.`,
];
const nH1 = 'Returning a stream';
const nP2 = [
  `A Route Handler can return any <code>Response</code>, and the Web <code>Response</code> constructor accepts a
<code>ReadableStream</code> as its body. The example below builds a CSV export one row at a time:`,
  `The stream pulls rows from the database in pages of 500. Nothing is buffered beyond the current page, so memory use
stays flat whether the export has a thousand rows or a million.`,
];
const nGood1 = `<strong>Good to know</strong>: Route Handlers that read the request, as this one does, are dynamic
by default and are not cached.`;
const nH2 = 'Setting download headers';
const nP3 = ['Two headers decide how the browser treats the response:'];
const nList = [
  '<code>Content-Type</code> tells the browser what kind of file it is receiving, for example <code>text/csv</code>.',
  `<code>Content-Disposition</code> with <code>attachment</code> and a <code>filename</code> makes the browser save the
file instead of displaying it.`,
];
const nP4 = [
  `Leave out <code>Content-Length</code> when you do not know the final size in advance. The response is then sent in
chunks, and the browser shows progress without a total.`,
];
const nH3 = 'Handling errors mid-stream';
const nP5 = [
  `Once the first chunk has been sent, the status code and headers can no longer change. If the database fails halfway
through an export, you cannot turn the response into a 500.`,
  `Call <code>controller.error()</code> inside the stream instead. The connection is closed without the final chunk,
and browsers mark the download as failed rather than saving a truncated file that looks complete.`,
];
const nGood2 = `<strong>Good to know</strong>: If you deploy behind a proxy that buffers responses, streaming will
appear to stop working. Check that your proxy passes chunked responses through as they arrive.`;
const nH4 = 'Next Steps';
const nP6 = ['Learn more about the APIs mentioned in this guide.'];
const nCards = [
  ['route.js', 'API reference for the route.js special file.'],
  ['NextResponse', 'API reference for NextResponse.'],
  ['Edge and Node.js Runtimes', 'Learn about the runtimes you can render and stream from.'],
];
const nBanner = ['Next.js Conf 2026 is coming to Pier 9 on October 20.', 'Get tickets'];
const nNav = ['Showcase', 'Docs', 'Blog', 'Templates', 'Enterprise'];
const nGuides = ['Analytics', 'Authentication', 'Backend for Frontend', 'Caching', 'CI Build Caching', 'Content Security Policy'];
const nGuides2 = ['Self-Hosting', 'Single-Page Applications', 'Static Exports', 'Tailwind CSS v3', 'Testing', 'Upgrading'];
const nSide = ['Getting Started', 'Guides', 'API Reference', 'Architecture', 'Community'];
const nFootCols = ['Resources', 'More', 'About Vercel', 'Legal'];
const nFoot = [
  ['Docs', 'Support Policy', 'Learn', 'Showcase', 'Blog', 'Team', 'Analytics', 'Next.js Conf', 'Previews'],
  ['Next.js Commerce', 'Contact Sales', 'Community', 'GitHub', 'Releases', 'Telemetry', 'Governance'],
  ['Next.js + Vercel', 'Open Source Software', 'Bluesky', 'X'],
  ['Privacy Policy', 'Cookie Preferences'],
];
const nNews = ['Subscribe to our newsletter', 'Stay updated on new releases and features, guides, and case studies.', 'Subscribe'];
const nPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const nH = (id: string, t: string): string => `<h2 id="${id}" data-docs-heading=""><a href="#${id}">${t}<span><svg viewBox="0 0 16 16" height="0.7em"
width="0.7em"><g stroke-width="1.2" fill="none" stroke="currentColor"><path d="M8.995,7.005"></path></g></svg></span></a></h2>`;
const nCode = (
  file: string,
  code: string,
): string => `<div class="code-block_wrapper__t6FCO not-prose" data-code-block=""><div class="code-block_header__vG_n6">
<div class="code-block_file__kdXSG"><svg height="16" width="16"></svg><span>${file}</span></div><div class="code-block_switcher__n6K0s"><button
class="switcher_option__2Xq0g" aria-pressed="true">TypeScript</button><button class="switcher_option__2Xq0g" aria-pressed="false">JavaScript</button>
</div><button class="copy-button_button__V0vWa" aria-label="Copy code"><svg height="16" width="16"></svg></button></div><pre class="code-block_pre__FjgXQ"
data-language="ts"><code>${code}</code></pre></div>`;
const nGood = (t: string): string => `<blockquote class="callout_quote__Q8bQm"><p>${t}</p></blockquote>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_5cfdac __variable_9a8899"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/_next/static/css/7f1e0b4c2a9d3e85.css"
data-precedence="next"><script src="/_next/static/chunks/webpack-1f0e6d3b2a.js" async=""></script>
<title>Guides: Streaming file downloads | Next.js</title><meta name="description" content="Learn how to stream large file downloads from
Route Handlers in Next.js."><link rel="canonical" href="https://nextjs.org/docs/app/guides/streaming-file-downloads">
<meta property="og:title" content="Guides: Streaming file downloads"><meta property="og:site_name" content="Next.js">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@nextjs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"Guides: Streaming file downloads",
"dateModified":"2025-10-03T00:00:00.000Z","publisher":{"@type":"Organization","name":"Vercel"}}</script></head>
<body class="bg-background-100"><div hidden=""><!--$--><!--/$--></div>
<div class="banner_banner__Q2nLw" role="region" aria-label="Announcement"><a href="https://nextjs.org/conf" class="banner_link__Z1m0x">
<span>${nBanner[0]}</span> <span class="banner_cta__rC3cQ">${nBanner[1]} →</span></a></div>
<header class="navbar_header__Xk_Ep"><div class="navbar_inner__aQ1V8"><a aria-label="Next.js" href="/"><svg height="18" viewBox="0 0 394 79"></svg></a>
<nav class="navbar_nav__m2rP6" aria-label="Main">${nNav
  .map(
    (t) => `<a class="navbar_link__3ec0L" href="/${t.toLowerCase()}"
${t === 'Docs' ? 'aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}</nav><button type="button" class="search_button__Hm7tG"
aria-label="Search documentation"><span>Search documentation...</span><kbd>⌘K</kbd></button><div class="navbar_actions__nE0c1">
<a class="button_base__BjwbK button_secondary__d4DzB" href="https://vercel.com/new/clone?repository-url=nextjs">Deploy</a>
<a class="button_base__BjwbK button_primary__xD1g7" href="/learn">Learn</a></div></div></header>
<div class="docs-layout_wrapper__aWf2t"><aside class="docs-sidebar_sidebar__pD3fV" aria-label="Docs sidebar"><div class="router-switcher_wrapper__Vt3uX">
<button role="tab" aria-selected="true" class="router-switcher_tab__M9sIc">App Router</button><button role="tab" aria-selected="false"
class="router-switcher_tab__M9sIc">Pages Router</button></div><div class="version-select_wrapper__Rz6Vd"><select aria-label="Select version">
<option value="latest" selected="">Latest Version</option><option value="14">14.x</option><option value="13">13.x</option></select>
<span class="version-select_current__TjJ1u">15.5.4</span></div><nav><ul class="docs-sidebar_list__o7fV5">
<li><a href="/docs/app/getting-started">${nSide[0]}</a></li><li class="docs-sidebar_open__lYb2h"><a href="/docs/app/guides">${nSide[1]}</a>
<ul>${links(nGuides)}<li><a aria-current="page" class="docs-sidebar_active__YzFh0" href="/docs/app/guides/streaming-file-downloads">Streaming
File Downloads</a></li>${links(nGuides2)}</ul></li>${links(nSide.slice(2))}</ul></nav></aside>
<main class="docs-layout_main__hq9oT" id="main"><nav aria-label="Breadcrumb" class="breadcrumbs_nav__w4Zy8"><ol><li><a href="/docs/app">App Router</a>
<span aria-hidden="true">/</span></li><li><a href="/docs/app/guides">Guides</a><span aria-hidden="true">/</span></li><li aria-current="page">
Streaming File Downloads</li></ol></nav><article class="prose prose-vercel max-w-none"><h1 class="docs-title_h1__cS2hN">${nTitle}</h1>
<p class="docs-meta_updated__u0N9H">Last updated October 3, 2025</p>
${nPs(nP1)}
${nH('returning-a-stream', nH1)}
${nPs(nP2.slice(0, 1))}
${nCode(
  'app/api/export/route.ts',
  `export async function GET(request: Request) {
  const stream = new ReadableStream({
    async pull(controller) {
      const rows = await nextPage()
      if (rows.length === 0) return controller.close()
      controller.enqueue(encoder.encode(toCsv(rows)))
    },
  })
  return new Response(stream, { headers })
}`,
)}
${nPs(nP2.slice(1))}
${nGood(nGood1)}
${nH('setting-download-headers', nH2)}
${nPs(nP3)}<ul>${nList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${nCode(
  'app/api/export/route.ts',
  `const headers = {
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': 'attachment; filename="orders.csv"',
}`,
)}
${nPs(nP4)}
${nH('handling-errors-mid-stream', nH3)}
${nPs(nP5)}
${nGood(nGood2)}
${nH('next-steps', nH4)}
${nPs(nP6)}<div class="next-steps_grid__fS2kA not-prose">${nCards
  .map(
    ([t, d]) => `<a class="next-steps_card__h8KxW" href="/docs/app/api-reference/${t?.length}"><div class="next-steps_title__Mu4fY">${t}</div>
<div class="next-steps_description__cG0eW">${d}</div></a>`,
  )
  .join('\n')}</div></article>
<div class="docs-pager_pager__gK6uL"><a class="docs-pager_prev__bP1xk" href="/docs/app/guides/static-exports"><span class="docs-pager_label__v0Gte">
Previous</span><span class="docs-pager_title__yXf1M">Static Exports</span></a><a class="docs-pager_next__Gg7kR" href="/docs/app/guides/tailwind-v3-css">
<span class="docs-pager_label__v0Gte">Next</span><span class="docs-pager_title__yXf1M">Tailwind CSS v3</span></a></div>
<div class="feedback_wrapper__ll5Qd"><form class="feedback_form__MGiYc"><span class="feedback_question__zq9gW">Was this helpful?</span>
<div class="feedback_emojis__iNn4R"><button type="button" aria-label="Select Emoji: Love it"></button><button type="button" aria-label="Select Emoji:
Meh"></button><button type="button" aria-label="Select Emoji: Hate it"></button></div><span class="feedback_supported__xWz1p">supported.</span>
<textarea class="hidden" placeholder="Your feedback..."></textarea><button class="hidden" type="submit">Send</button></form></div></main>
<aside class="docs-toc_toc__ZkN6v" aria-label="On this page"><p class="docs-toc_title__w5HFe">On this page</p><ul>
<li><a href="#returning-a-stream">${nH1}</a></li><li><a href="#setting-download-headers">${nH2}</a></li><li><a
href="#handling-errors-mid-stream">${nH3}</a></li><li><a href="#next-steps">${nH4}</a></li></ul><div class="docs-toc_actions__WQ3lx">
<a href="https://github.com/vercel/next.js/edit/canary/docs/01-app/02-guides/streaming-file-downloads.mdx">Edit this page on GitHub</a>
<button type="button">Scroll to top</button></div></aside></div>
<footer class="footer_footer__tCj1q"><div class="footer_grid__LQ0bS"><a aria-label="Vercel" href="https://vercel.com"><svg height="26"></svg></a>
${nFootCols.map((c, i) => `<div class="footer_column__Ihxzp"><h3 class="footer_heading__Kc3zp">${c}</h3><ul>${links(nFoot[i] ?? [])}</ul></div>`).join('\n')}
<div class="footer_newsletter__dc9D4"><h3 class="footer_heading__Kc3zp">${nNews[0]}</h3><p>${nNews[1]}</p><form><input type="email"
placeholder="you@domain.com" aria-label="Email address"><button type="submit">${nNews[2]}</button></form></div></div>
<div class="footer_bottom__pF4eT"><p>© 2025 Vercel, Inc.</p><div class="theme-switcher_switcher__Gd4pw" role="radiogroup" aria-label="Theme">
<button role="radio" aria-label="System"></button><button role="radio" aria-label="Light"></button><button role="radio" aria-label="Dark">
</button></div></div></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></body></html>`;
export const nextDocs: TestPage = {
  html: nHtml,
  name: 'heldout132-nextjs-docs-guide',
  kind: 'docs',
  // the pager's "Next" label is left out because it is a word of the short heading "Next Steps"; "Good to know"
  // blockquotes are body with their bold label; the "Next Steps" heading and its sentence are gold, the cards under
  // it (titles and one-line descriptions) are in neither list; code filenames are in neither list; the
  // "On this page" rail, which repeats the headings, is left out
  title: nTitle,
  headings: [nH1, nH2, nH3, nH4],
  body: [...texts(nP1), ...texts(nP2), plain(nGood1), ...texts(nP3), ...texts(nList), ...texts(nP4), ...texts(nP5), plain(nGood2), ...texts(nP6)],
  bylines: ['Last updated October 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nBanner, ...nNav, 'Search documentation...', '⌘K', 'Deploy', 'Learn', 'App Router', 'Pages Router', 'Latest Version', '14.x', '13.x', '15.5.4',
    ...nSide, ...nGuides, 'Streaming File Downloads', ...nGuides2, 'Previous', 'Static Exports', 'Tailwind CSS v3', 'Was this helpful?', 'supported.',
    'On this page',
    'Edit this page on GitHub', 'Scroll to top', ...nFootCols, ...nFoot.flat(), ...nNews, '© 2025 Vercel, Inc.',
  ],
};
