import { type TestPage, texts } from './page-kit.js';
import { astroPost } from './pages-heldout137-d2.js';

/**
 * Held-out batch 137, file d: a post on a developer's blog built from gatsby-starter-blog (the ___gatsby root and focus wrapper,
 * the global header link, the article with its headline and date, gatsby-remark-autolink-headers anchors, Prism code blocks in
 * gatsby-highlight wrappers, the bio with the StaticImage avatar in the article footer, the previous/next post nav, the
 * "Built with Gatsby" footer, the empty route announcer and the Gatsby script loader) and, from file d2, an Astro blog post.
 */
const gbTitle = 'Debounce is not throttle: a short field guide';
const gbP1 = [
  'I have reviewed the same bug three times this year. Somebody wires a search box to an API, notices it sends a request on every keystroke, ' +
    'wraps the handler in a throttle, and ships it. It works, mostly. Then a user types quickly, stops, and the results on screen are for the ' +
    'second-to-last thing they typed.',
  'Debounce and throttle both limit how often a function runs, but they answer different questions. Mixing them up causes subtle bugs, so ' +
    'here is the short version I now paste into code reviews.',
];
const gbH1 = 'Debounce: wait until things go quiet';
const gbP2 = [
  'A debounced function runs once, after the calls have stopped for a given time. Every new call resets the timer. If a user types ' +
    '“harbour” at a steady pace with a 300 millisecond debounce, the function runs once, about 300 milliseconds after the final “r”.',
];
const gbCode1 =
  '<span class="token keyword">function</span> <span class="token function">debounce</span><span class="token punctuation">(</span>' +
  '<span class="token parameter">fn<span class="token punctuation">,</span> wait</span><span class="token punctuation">)</span> ' +
  '<span class="token punctuation">{</span>\n  <span class="token keyword">let</span> timer<span class="token punctuation">;</span>\n  ' +
  '<span class="token keyword">return</span> <span class="token punctuation">(</span><span class="token parameter"><span class="token operator">...</span>' +
  'args</span><span class="token punctuation">)</span> <span class="token operator">=&gt;</span> <span class="token punctuation">{</span>\n    ' +
  '<span class="token function">clearTimeout</span><span class="token punctuation">(</span>timer<span class="token punctuation">)</span>\n    ' +
  'timer <span class="token operator">=</span> <span class="token function">setTimeout</span><span class="token punctuation">(</span>' +
  '<span class="token punctuation">(</span><span class="token punctuation">)</span> <span class="token operator">=&gt;</span> ' +
  '<span class="token function">fn</span><span class="token punctuation">(</span><span class="token operator">...</span>args' +
  '<span class="token punctuation">)</span><span class="token punctuation">,</span> wait<span class="token punctuation">)</span>\n  ' +
  '<span class="token punctuation">}</span>\n<span class="token punctuation">}</span>';
const gbP3 = ['That is exactly what a search box wants. Nobody needs results for “harb”.'];
const gbH2 = 'Throttle: run at most every so often';
const gbP4 = [
  'A throttled function runs at most once per interval, however many times it is called. With a 300 millisecond throttle, a burst of calls ' +
    'over one second produces three or four runs, spread evenly.',
  'This suits things that should keep updating while the activity carries on:',
];
const gbList = [
  'updating a progress indicator while the user scrolls;',
  'sending cursor positions in a collaborative editor;',
  'recalculating a layout while a window is being resized.',
];
const gbH3 = 'Why the throttled search box is wrong';
const gbP5 = [
  'The trouble with throttling the search box is the trailing call. Many simple throttle implementations drop calls that arrive during the ' +
    'wait, including the last one. So the final keystroke never triggers a request, and the screen shows results for a query the user has ' +
    'already moved on from.',
  'Even with a throttle that does run a trailing call, you send more requests than you need, and responses can arrive out of order. If you do ' +
    'throttle a network call, keep track of the latest request and ignore any response that does not belong to it, for example with an ' +
    '<code class="language-text">AbortController</code>.',
];
const gbH4 = 'A rule of thumb';
const gbP6 = [
  'Ask what you care about. If it is the final state, debounce. If it is a steady stream of updates while something is happening, throttle. ' +
    'And if you are unsure, write the test first: type five characters quickly and check which request is the last one to be sent.',
];
const gbBio =
  'Written by <strong>Jonas Ebbesen</strong> who lives and works in Aarhus building things for the web that mostly work. ' +
  '<a href="https://mastodon.example/@jonas">You should follow them on Mastodon</a>';
const gbPrev = '← Stop putting business logic in your reducers';
const gbNext = 'A year of writing tests first →';
const svg =
  '<svg aria-hidden="true" focusable="false" height="16" version="1.1" viewBox="0 0 16 16" width="16"><path fill-rule="evenodd" ' +
  'd="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 3 1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 1-2.09C10 5.22 8.98 4 8 4H4c-.98 ' +
  '0-2 1.22-2 2.5S3 9 4 9z"></path></svg>';
const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/ /g, '-');
const h2 = (t: string): string =>
  `<h2 id="${slug(t)}" style="position:relative;"><a href="#${slug(t)}" aria-label="${slug(t)} permalink" class="anchor before">${svg}</a>${t}</h2>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const code = (c: string): string =>
  `<div class="gatsby-highlight" data-language="javascript"><pre class="language-javascript"><code class="language-javascript">${c}</code></pre></div>`;
const gbHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.14.1"/>
<meta name="description" data-gatsby-head="true" content="Debounce and throttle answer different questions. Here is the short version."/>
<meta property="og:title" data-gatsby-head="true" content="${gbTitle}"/><meta property="og:type" data-gatsby-head="true" content="website"/>
<meta name="twitter:card" data-gatsby-head="true" content="summary"/><meta name="twitter:creator" data-gatsby-head="true" content="Jonas Ebbesen"/>
<style data-href="/styles.5d1c4e0a2b7f3c9e8a61.css"
data-identity="gatsby-global-css">:root{--maxWidth-wrapper:42rem;--spacing-4:1rem}.global-wrapper{margin:0 auto}</style>
<link rel="alternate" type="application/rss+xml" title="Jonas Ebbesen RSS Feed" href="/rss.xml"/><title data-gatsby-head="true">${gbTitle} | Jonas
Ebbesen</title>
<link as="script" rel="preload" href="/webpack-runtime-8a5f0b2c4d1e6f7a9b3c.js"/><link as="script" rel="preload"
href="/framework-3f1a2b9c8d7e6f5a4b3c.js"/></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="global-wrapper" data-is-root-path="false">
<header class="global-header"><a class="header-link-home" href="/">Jonas Ebbesen</a></header><main>
<article class="blog-post" itemscope="" itemType="http://schema.org/Article"><header><h1 itemProp="headline">${gbTitle}</h1><p>February 11, 2025</p></header>
<section itemProp="articleBody">${ps(gbP1)}
${h2(gbH1)}
${ps(gbP2)}
${code(gbCode1)}
${ps(gbP3)}
${h2(gbH2)}
${ps(gbP4)}
<ul>
${gbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${h2(gbH3)}
${ps(gbP5)}
${h2(gbH4)}
${ps(gbP6)}</section><hr/><footer><div class="bio"><div data-gatsby-image-wrapper="" style="width:50px;height:50px" class="gatsby-image-wrapper bio-avatar">
<div aria-hidden="true" data-placeholder-image="" style="opacity:0;transition:opacity 500ms linear;background-color:#c8c8c8;width:50px;height:50px"></div>
<picture><source type="image/webp" data-srcset="/static/8c2a/e6f4d/profile-pic.webp 50w"/><img data-gatsby-image-ssr="" layout="fixed" data-main-image=""
style="opacity:0" sizes="50px" decoding="async" loading="lazy" data-src="/static/8c2a/7d1b3/profile-pic.png" alt="Profile picture"/></picture></div>
<p>${gbBio}</p></div></footer></article>
<nav class="blog-post-nav"><ul><li><a rel="prev" href="/reducers-business-logic/">${gbPrev}</a></li><li><a rel="next"
href="/tests-first-year/">${gbNext}</a></li></ul></nav>
</main><footer>© <!-- -->2025<!-- -->, Built with<!-- --> <a href="https://www.gatsbyjs.com">Gatsby</a></footer></div></div>
<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0"
aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/debounce-vs-throttle/";window.___webpackCompilationHash="f0c1a2b3d4e5f6a7b8c9";/*]]>*/</script>
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-2b4c6d8e0f1a3b5c7d9e.js\\"]}";/*]]>*/</script>
<script src="/webpack-runtime-8a5f0b2c4d1e6f7a9b3c.js" async=""></script><script src="/app-2b4c6d8e0f1a3b5c7d9e.js" async=""></script></body></html>`;
const gatsby: TestPage = {
  html: gbHtml,
  name: 'heldout137-gatsby-starter-blog',
  kind: 'blog',
  // the date under the headline is a byline and the author's name in the bio too; the bio sentence, the header link, the
  // prev/next nav and the footer are furniture; code blocks are in neither list
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3, gbH4],
  body: texts([...gbP1, ...gbP2, ...gbP3, ...gbP4, ...gbList, ...gbP5, ...gbP6]),
  bylines: ['February 11, 2025', 'Jonas Ebbesen'],
  furniture: texts([gbBio, gbPrev, gbNext, '© 2025, Built with Gatsby']),
};

export const HELDOUT137_D: readonly TestPage[] = [gatsby, astroPost];
