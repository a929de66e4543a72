import { type TestPage, texts } from './page-kit.js';
import { anchors, lis } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file e2: a Vercel blog post (vercel.com/blog as the Next.js site serves it: the announcement banner,
 * the header with product menus, "Log In", "Contact" and "Sign Up", the "Blog / Engineering" breadcrumb, the date and
 * reading time, title, author chips, "Copy URL" with its hidden "Copied to clipboard!", the post with code blocks and a
 * note callout, the "Ready to deploy?" and Enterprise cards, and the footer columns with the status and theme switcher).
 */
const vcTitle = 'Streaming responses from the edge without buffering the whole page';
const vcP1 = [
  'A server-rendered page used to be all or nothing. The server waited for every data request to finish, rendered the full ' +
    'document, and only then sent the first byte. If one slow API took two seconds, every visitor waited two seconds for a blank ' +
    'screen.',
  'Streaming changes that. The server sends the parts of the page that are ready straight away and fills in the slow parts as ' +
    'their data arrives. This post walks through how streaming works on our platform today and what we changed in the runtime ' +
    'to make it reliable.',
];
const vcH1 = 'Flushing early';
const vcP2 = [
  'When a route wraps a slow component in a suspense boundary, the framework renders a fallback in its place and flushes the ' +
    'shell of the page at once. The browser can start loading styles and fonts, and the visitor sees the layout within tens of ' +
    'milliseconds.',
];
const vcCode1 = `export default function Page() {
  return (
    <Suspense fallback={<Skeleton />}>
      <Recommendations />
    </Suspense>
  );
}`;
const vcP3 = [
  'Later, when the recommendations have loaded, the server sends a small chunk of HTML with a script that swaps it into place. ' +
    'No client-side fetch is needed, and the content is still in the document for crawlers.',
];
const vcH2 = 'What had to change underneath';
const vcP4 = ['Streaming only helps if nothing between the function and the browser holds the response back. We found three places that did:'];
const vcList = [
  'Compression middleware that waited for a minimum body size before sending anything.',
  'A proxy layer in some regions that buffered responses smaller than 8 KB.',
  'Customer middleware that read the whole response body to rewrite links.',
];
const vcNote =
  'Note: if your middleware needs to change the response body, use a transform stream rather than reading the full body, or ' +
  'streaming will be disabled for that route.';
const vcP5 = [
  'We changed compression to flush on every chunk boundary, removed the buffering in the proxy layer, and added a warning in ' +
    'the build output when middleware reads a streamed body.',
];
const vcH3 = 'Results';
const vcP6 = [
  'Across projects that adopted streaming in the last quarter, time to first byte fell by 61 percent at the median and largest ' +
    'contentful paint by 24 percent. Pages with one slow data source improved the most.',
  'Streaming is on by default for new projects. For existing ones, wrapping your slowest component in a suspense boundary is ' +
    'usually the only change you need.',
];
const vcBanner = 'Vercel Ship 2025 is coming to London on June 12. Get your ticket →';
const vcNav = ['Products', 'Resources', 'Solutions', 'Enterprise', 'Docs', 'Pricing'];
const vcCards = [
  'Ready to deploy?',
  'Start building with a free account. Speak to an expert for your Pro or Enterprise needs.',
  'Start Deploying',
  'Talk to an Expert',
  'Explore Vercel Enterprise with an interactive product tour, trial, or a personalized demo.',
  'Explore Enterprise',
];
const vcFootCols: [string, string[]][] = [
  ['Get Started', ['Templates', 'Supported frameworks', 'Marketplace', 'Domains']],
  ['Build', ['Next.js on Vercel', 'Turborepo', 'v0']],
  ['Scale', ['Content delivery network', 'Fluid compute', 'Observability']],
  ['Learn', ['Blog', 'Changelog', 'Knowledge Base', 'Academy', 'Community']],
  ['Company', ['About', 'Careers', 'Help', 'Press', 'Legal', 'Privacy Policy']],
];
const vcTheme = ['Select a display theme:', 'system', 'light', 'dark'];
const vcAuthors = ['Noor Haddad', 'Callum Pryce'];
const html = `<!DOCTYPE html><html lang="en" class="__variable_geist"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>${vcTitle} - Vercel</title><meta name="description" content="How streaming works on the platform and what changed in the runtime.">
<meta property="og:title" content="${vcTitle}"><meta property="og:site_name" content="Vercel"><meta property="og:type" content="article">
<meta name="twitter:site" content="@vercel"><link rel="canonical" href="https://vercel.com/blog/streaming-responses-from-the-edge">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${vcTitle}","datePublished":"2025-03-04",
"author":[{"@type":"Person","name":"Noor Haddad"},{"@type":"Person","name":"Callum Pryce"}]}</script>
<link rel="stylesheet" href="/vc-ap-vercel-marketing/_next/static/css/8a1f0e6b.css" data-precedence="next"></head>
<body><div class="banner_banner__vD2kQ" role="region" aria-label="Announcement"><a href="/ship">${vcBanner}</a></div>
<header class="header_header__Yt6pA" data-testid="header"><div class="header_inner__e1Jzp"><a aria-label="Vercel Logo" href="/home">
<svg aria-hidden="true"></svg></a>
<nav aria-label="Main" class="navigation-menu_root__lK3Gh"><ul>${vcNav
  .map(
    (t) => `<li><button class="navigation-menu_trigger__Fu0gq"
data-state="closed">${t}</button></li>`,
  )
  .join('')}
</ul></nav><div class="header_actions__pX1oN"><a class="button_base__IZQUR button_secondary__jE1Xr" href="/login">Log In</a>
<a class="button_base__IZQUR button_tertiary__Ya8pM" href="/contact">Contact</a><a class="button_base__IZQUR button_invert__YOr2K"
href="/signup">Sign Up</a></div></div></header>
<main class="blog-post_main__sK1fT"><article class="blog-post_article__wN3z0"><div class="blog-post_header__Qe3Wd">
<nav aria-label="Breadcrumb" class="breadcrumbs_root__jA8mT"><a href="/blog">Blog</a><span aria-hidden="true">/</span>
<a href="/blog/category/engineering">Engineering</a></nav>
<div class="blog-post_meta__B5sIt"><time datetime="2025-03-04">Mar 4, 2025</time><span aria-hidden="true">·</span><span>6 min read</span></div>
<h1 class="blog-post_title__C0vE1">${vcTitle}</h1><div class="blog-post_actions__H2zRe">
<button class="copy-url_button__Z0WqS" type="button"><span>Copy URL</span></button><span class="copy-url_toast__t9BFk" aria-live="polite"
hidden>Copied to clipboard!</span></div>
<div class="authors_list__pD1Ye">${vcAuthors
  .map(
    (n) => `<a class="authors_author__xW8Qc" href="https://x.com/${n.split(' ')[0]?.toLowerCase()}"><img alt="" width="24" height="24"
src="https://vercel.com/api/www/avatar?u=${n.split(' ')[0]}"><span class="authors_name__QHv7F">${n}</span></a>`,
  )
  .join('\n')}</div></div>
<div class="blog-post_content__M3yVx prose"><p>${vcP1.join('</p><p>')}</p>
<h2 id="flushing-early"><a href="#flushing-early" class="heading_anchor__r0Cn8" aria-hidden="true">#</a>${vcH1}</h2><p>${vcP2.join('</p><p>')}</p>
<div class="code-block_wrapper__lK0qP"><div class="code-block_header__nF2Qs"><span class="code-block_filename__d8Xar">app/page.tsx</span>
<button class="code-block_copy__P1vtN" aria-label="Copy code"></button></div><pre>
<code class="language-tsx">${vcCode1.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre></div>
<p>${vcP3.join('</p><p>')}</p>
<h2 id="what-had-to-change"><a href="#what-had-to-change" class="heading_anchor__r0Cn8" aria-hidden="true">#</a>${vcH2}</h2><p>${vcP4.join('</p><p>')}</p>
<ol>${lis(vcList)}</ol><div class="note_note__Vq1lE note_secondary__kE8tN" role="note"><p>${vcNote}</p></div><p>${vcP5.join('</p><p>')}</p>
<h2 id="results"><a href="#results" class="heading_anchor__r0Cn8" aria-hidden="true">#</a>${vcH3}</h2><p>${vcP6.join('</p><p>')}</p></div></article>
<section class="blog-post_cta__Zt2gY"><div class="cta-card_card__q7Ydm"><h3>${vcCards[0]}</h3><p>${vcCards[1]}</p>
<a href="/new">${vcCards[2]}</a><a href="/contact/sales">${vcCards[3]}</a></div>
<div class="cta-card_card__q7Ydm"><p>${vcCards[4]}</p><a href="/enterprise">${vcCards[5]}</a></div></section></main>
<footer class="footer_footer__Xd9Zp"><nav aria-label="Vercel Directory" class="footer_grid__Fh2kL">
${vcFootCols
  .map(
    ([h, l]) => `<div class="footer_column__q4Tzs"><h2 class="footer_heading__aF0kq">${h}</h2>
<ul>${l.map((t) => `<li>${anchors([t], 'footer_link__W3rXy')}</li>`).join('')}</ul></div>`,
  )
  .join('\n')}
</nav><div class="footer_bottom__nY6Hp"><a class="footer_status__c5Xke" href="https://www.vercel-status.com">All systems normal.</a>
<fieldset class="theme-switcher_switcher__yP0oQ"><legend class="sr-only">${vcTheme[0]}</legend>
${vcTheme
  .slice(1)
  .map((t) => `<label><input type="radio" name="theme" value="${t}"><span class="sr-only">${t}</span></label>`)
  .join('')}</fieldset></div></footer>
<script src="/vc-ap-vercel-marketing/_next/static/chunks/main-app-5f0c2e9a.js" async=""></script></body></html>`;
export const vercelPost: TestPage = {
  html,
  name: 'heldout173-vercel-blog',
  kind: 'blog',
  // the note callout inside the post is the author's and is body; the code block and its file name are in neither list;
  // the date, reading time and author chips are bylines; the heading anchors "#" are left out of every list
  title: vcTitle,
  headings: [vcH1, vcH2, vcH3],
  body: texts([...vcP1, ...vcP2, ...vcP3, ...vcP4, ...vcList, vcNote, ...vcP5, ...vcP6]),
  bylines: ['Mar 4, 2025', '6 min read', ...vcAuthors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    vcBanner, ...vcNav, 'Log In', 'Contact', 'Sign Up', 'Blog', 'Engineering', 'Copy URL', 'Copied to clipboard!', ...vcCards,
    ...vcFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => t !== 'Blog'), 'All systems normal.', ...vcTheme,
  ],
};
