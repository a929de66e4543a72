import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 66, file e2: a post on a site built from gatsby-starter-blog (server-rendered React: the inlined global CSS,
 * the ___gatsby and focus wrappers, the "header-link-home" site link, the h1 and the bare date paragraph, the articleBody
 * section with h2s, a gatsby-remark-images figure with its caption and blurred placeholder, a Prism code block, the bio
 * under an hr with the gatsby-image avatar, its noscript copy and loader script, the prev/next nav with React's text
 * separators, the "Built with Gatsby" footer, the route announcer and the chunk-mapping scripts).
 */
const gbSite = 'Ruth Writes Code';
const gbTitle = 'Moving a Ten-Year-Old Library to ES Modules';
const gbIntro = [
  'datekit is a small date-formatting library I started in 2015, back when the way to publish JavaScript was a single file ' +
    'attached to a global variable. It still gets about forty thousand downloads a week, mostly as a dependency of things I have ' +
    'never heard of, and this autumn I finally moved it to ES modules.',
  'It took three releases and one apology. Here is what I would do differently.',
];
const gbH1 = 'Ship both formats for a while';
const gbBoth = [
  'The first release dropped CommonJS entirely. Within a day there were six issues from people whose build tools could not load ' +
    'it, including one from a hospital rota system that had pinned the major version range and broke overnight. I published a ' +
    'patch that restored the old entry point the same evening.',
  'The version that stuck ships both, using the exports field in package.json to point each kind of consumer at the right file:',
  'It doubles the size of the published package, which nobody has complained about, and it means nobody has to change anything ' + 'until they are ready.',
];
const gbCaption = 'Weekly downloads across the three releases. The dip in the middle is the broken one.';
const gbH2 = 'Test the package, not the source';
const gbTest = [
  'My tests all ran against the source files, so they passed happily while the published package was broken. I now pack the ' +
    'library in CI, install the tarball into two throwaway projects, one using import and one using require, and run a smoke ' +
    'test in each. It adds forty seconds to the build and would have caught every problem in the first release.',
];
const gbH3 = 'Say what is changing, early';
const gbEarly = [
  'The apology was for not warning anyone. A pinned issue a month before, and a line in the changelog of the previous release, ' +
    'would have cost me ten minutes and saved a lot of other people a bad Monday.',
  'None of this is new advice. But it is easy to read it, nod, and then do the opposite when the work is your own and the ' + 'change feels small.',
];
const tok = (cls: string, t: string): string => `<span class="token ${cls}">${t}</span>`;
const gbCode = [
  tok('punctuation', '{'),
  `  ${tok('property', '"exports"')}${tok('operator', ':')} ${tok('punctuation', '{')}`,
  `    ${tok('property', '"."')}${tok('operator', ':')} ${tok('punctuation', '{')}`,
  `      ${tok('property', '"import"')}${tok('operator', ':')} ${tok('string', '"./dist/index.mjs"')}${tok('punctuation', ',')}`,
  `      ${tok('property', '"require"')}${tok('operator', ':')} ${tok('string', '"./dist/index.cjs"')}`,
  `    ${tok('punctuation', '}')}`,
  `  ${tok('punctuation', '}')}`,
  tok('punctuation', '}'),
].join('\n');
const gbPrev = 'Why I Still Write Changelogs by Hand';
const gbNext = 'A Year of Saying No to Feature Requests';
const gbBio = 'who lives and works in Bristol keeping old JavaScript libraries alive.';
const gbChunks = JSON.stringify(
  JSON.stringify({ app: ['/app-5b2e1f0a9c7d.js'], 'component---src-templates-blog-post-js': ['/component---src-templates-blog-post-js-8d1c.js'] }),
);
const gbHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport"
 content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.14.1"/><meta name="description"
 content="Three releases, one apology and what I would do differently." data-gatsby-head="true"/><meta property="og:title" content="${gbTitle}"
 data-gatsby-head="true"/><meta property="og:type" content="website" data-gatsby-head="true"/><meta name="twitter:card" content="summary"
 data-gatsby-head="true"/><style data-href="/styles.3e1f0c5a2b7d6e4f9a8c.css" data-identity="gatsby-global-css">:root{--maxWidth-none:"none";
--maxWidth-wrapper:var(--maxWidth-2xl);--spacing-0:0;--spacing-1:0.25rem;--fontFamily-sans:"MontserratVariable",system-ui;--fontFamily-serif:"Merriweather",
"Georgia",serif;--color-primary:#005b99;--color-text:#2e353f;--color-text-light:#4f5969;--color-heading:#1a202c;}.global-wrapper{margin:var(--spacing-0) auto;
max-width:var(--maxWidth-wrapper);padding:var(--spacing-10) var(--spacing-5)}.bio{display:flex;margin-bottom:var(--spacing-16)}.bio-avatar{margin-right:
var(--spacing-4);min-width:50px;border-radius:100%}.blog-post-nav
 ul{margin:var(--spacing-0)}.gatsby-highlight{background-color:#fdf6e3;border-radius:0.3em}</style>
<link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><link rel="alternate" type="application/rss+xml" href="/rss.xml"/>
<title data-gatsby-head="true">${gbTitle} | ${gbSite}</title></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="global-wrapper" data-is-root-path="false"><header class="global-header"><a class="header-link-home" href="/">${gbSite}</a></header><main>
<article class="blog-post" itemscope="" itemType="http://schema.org/Article"><header><h1 itemProp="headline">${gbTitle}</h1><p>October 28, 2025</p></header>
<section itemProp="articleBody">${gbIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${gbH1}</h2>
<p>${gbBoth[0]}</p>
<p>${gbBoth[1]}</p>
<div class="gatsby-highlight" data-language="json"><pre class="language-json"><code class="language-json">${gbCode}</code></pre></div>
<p>${gbBoth[2]}</p>
<figure class="gatsby-resp-image-figure">
    <span class="gatsby-resp-image-wrapper" style="position: relative; display: block; margin-left: auto; margin-right: auto; max-width: 630px; ">
      <a class="gatsby-resp-image-link" href="/static/4b1e0c/downloads.png" style="display: block" target="_blank" rel="noopener">
    <span class="gatsby-resp-image-background-image" style="padding-bottom: 56.25%; position: relative; bottom: 0; left: 0; background-image:
 url('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABQAAAALCAYAAAB/Ca1DAAAACXBIWXMAAAsTAAALEwEAmpwYAAAA'); background-size: cover; display: block;"></span>
  <img class="gatsby-resp-image-image" alt="Line chart of weekly downloads" title="" src="/static/4b1e0c/fcda8/downloads.png"
 srcset="/static/4b1e0c/12f09/downloads.png 163w, /static/4b1e0c/fcda8/downloads.png 630w" sizes="(max-width: 630px) 100vw, 630px"
 style="width:100%;height:100%;margin:0;vertical-align:middle;position:absolute;top:0;left:0;" loading="lazy" decoding="async">
  </a>
    </span>
    <figcaption class="gatsby-resp-image-figcaption">${gbCaption}</figcaption>
  </figure>
<h2>${gbH2}</h2>
${gbTest.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${gbH3}</h2>
${gbEarly.map((p) => `<p>${p}</p>`).join('\n')}</section><hr/><footer><div class="bio"><div data-gatsby-image-wrapper="" style="width:50px;height:50px"
 class="gatsby-image-wrapper bio-avatar"><div aria-hidden="true" data-placeholder-image=""
 style="opacity:1;transition:opacity 500ms linear;background-color:#c8c8c8;
width:50px;height:50px"></div><img data-gatsby-image-ssr="" layout="fixed" data-main-image="" style="opacity:0" width="50" height="50" decoding="async"
 loading="lazy" src="/static/6a1f2e/e5166/profile-pic.png" alt="Profile picture"/><noscript><img layout="fixed" data-main-image="" style="opacity:0" width="50"
 height="50" decoding="async" loading="lazy" src="/static/6a1f2e/e5166/profile-pic.png"
 alt="Profile picture"/></noscript><script type="module">const t="undefined"!=typeof
 HTMLImageElement&&"loading"in HTMLImageElement.prototype;if(t){const t=document.querySelectorAll("img[data-main-image]");for(let e of t){e.dataset.src&&
(e.setAttribute("src",e.dataset.src),e.removeAttribute("data-src"));e.complete&&(e.style.opacity=1)}}</script></div><p>Written by <strong>Ruth Adeyemi</strong>
 ${gbBio}<!-- --> <a href="https://hachyderm.example/@ruthadeyemi">You should follow them on Mastodon</a></p></div></footer></article></main>
<nav class="blog-post-nav"><ul><li><a rel="prev" href="/changelogs-by-hand/">← <!-- -->${gbPrev}</a></li><li><a rel="next" href="/saying-no/">${gbNext}<!--
 --> →</a>
</li></ul></nav><footer>© <!-- -->2025<!-- -->, Built with<!-- --> <a href="https://www.gatsbyjs.com">Gatsby</a></footer></div></div><div id="gatsby-announcer"
 style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive"
 aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/esm-migration/";/*]]>*/</script><!-- slice-start
 id="_gatsby-scripts-1" -->
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping=${gbChunks};/*]]>*/</script>
<script src="/webpack-runtime-0c8a1e2f3b4d.js" async></script><script src="/framework-9e8d7c6b5a41.js" async></script><script src="/app-5b2e1f0a9c7d.js"
 async></script>
<!-- slice-end id="_gatsby-scripts-1" --></body></html>`;
export const gatsbyStarterPost: TestPage = {
  html: gbHtml,
  name: 'heldout66-gatsby-starter-blog-post',
  kind: 'blog',
  // the paragraphs (with the lead-in to the code) are body, the three h2s the headings; the Prism code block is in neither;
  // the date under the h1 is a byline, and the bio's "Ruth Adeyemi" too ("Written by" in neither); the rest of the bio
  // sentence and its follow link, the figure caption, the prev/next links, the site link and the footer are furniture
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3],
  body: [...texts(gbIntro), ...texts(gbBoth), ...texts(gbTest), ...texts(gbEarly)],
  bylines: ['October 28, 2025', 'Ruth Adeyemi'],
  furniture: [gbSite, gbCaption, gbBio, 'You should follow them on Mastodon', `← ${gbPrev}`, `${gbNext} →`, '© 2025, Built with Gatsby'],
};
