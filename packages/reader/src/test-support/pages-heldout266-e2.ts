import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file e2: a Gatsby blog post from gatsby-starter-blog with its framework markup (the ___gatsby root and
 * focus wrapper, the global header link, the article header with the date paragraph, the "Written by" bio, the previous / next
 * post nav, the footer, the route announcer and the page-data scripts).
 */
const gTitle = 'What I got wrong about accessible date pickers';
const g1 = [
  j(
    'I have built four date pickers in my career, and until last year I thought the fourth one was accessible. It had labels,',
    'it worked with the keyboard, and an automated checker gave it a perfect score. Then a screen reader user at a client spent',
    'twenty minutes trying to book an appointment with it, and I sat next to her while she did.',
  ),
];
const gH1 = 'Keyboard support is not one thing';
const g2 = [
  j(
    'My picker let you move between days with the arrow keys. What it did not do was tell anyone that the arrow keys did anything.',
    'Focus landed on the grid, the screen reader announced "table", and there was no hint that the table could be navigated like',
    'a calendar.',
  ),
  'After that session I rewrote it around a few rules I now follow every time:',
];
const gL = [
  'Let people type the date into a plain text field, and treat the calendar as an optional helper.',
  'Announce the month and year whenever they change, not only when the picker opens.',
  'Give every day button a full label, such as "Tuesday 14 April 2026", instead of a bare number.',
  'Say which dates are unavailable, and why, rather than only greying them out.',
];
const gH2 = 'The text field does most of the work';
const g3 = [
  j(
    'The first rule made the biggest difference. Most people, sighted or not, already know the date they want. Typing it is faster',
    'than finding it in a grid, and a text field is something every assistive technology understands. We accept several formats',
    'and show the parsed date back in words underneath, so a typo is caught before the form is sent.',
  ),
  j('Once the text field was reliable, the calendar became much simpler to build, because it no longer had to be the only way in.'),
];
const gH3 = 'Test with people, not only tools';
const g4 = [
  j(
    'The automated checker was not wrong. Every element it looked at had a name and a role. What it could not tell me was whether',
    'a person could understand what to do, and no tool can. We now pay two screen reader users to try every new form control',
    'before it ships. It costs less than a day of my time, and it has caught something on every single test.',
  ),
];
const gBio = 'Written by Elif Marchetti who lives and works in Trieste building forms that people can actually fill in.';
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/>
<meta data-react-helmet="true" name="description" content="Four date pickers later, what I learned about keyboard support and screen readers."/>
<meta data-react-helmet="true" property="og:title" content="${gTitle}"/><meta data-react-helmet="true" property="og:type" content="website"/>
<meta data-react-helmet="true" name="twitter:creator" content="@elifmarchetti"/><title data-react-helmet="true">${gTitle} | Elif Marchetti</title>
<style data-href="/styles.8b3a2f0c91.css" data-identity="gatsby-global-css">:root{--maxWidth-wrapper:var(--maxWidth-2xl);--spacing-0:0}</style>
<link as="script" rel="preload" href="/webpack-runtime-5c1d0e2f.js"/><link as="script" rel="preload" href="/framework-9e7b3c1a.js"/>
<link as="script" rel="preload" href="/component---src-templates-blog-post-js-2f4d8a.js"/>
<link as="fetch" rel="preload" href="/page-data/accessible-date-pickers/page-data.json" crossorigin="anonymous"/></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="global-wrapper" data-is-root-path="false">
<header class="global-header"><a class="header-link-home" href="/">Elif Marchetti</a></header><main>
<article class="blog-post" itemscope="" itemType="http://schema.org/Article"><header><h1 itemProp="headline">${gTitle}</h1><p>April 14, 2026</p></header>
<section itemProp="articleBody">
${ps(g1)}
<h2>${gH1}</h2>
${ps(g2)}
<ul>
${lis(gL)}
</ul>
<h2>${gH2}</h2>
${ps(g3)}
<h2>${gH3}</h2>
${ps(g4)}
</section><hr/><footer><div class="bio"><div data-gatsby-image-wrapper="" style="width:50px;height:50px" class="gatsby-image-wrapper bio-avatar">
<img aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear" decoding="async" src="data:image/png;base64,iVBORw0KGgo="
alt=""/>
<picture><img width="50" height="50" data-main-image="" style="opacity:0" sizes="50px" decoding="async" loading="lazy" src="/static/9f3e/profile-pic.png"
alt="Profile picture"/></picture></div><p>Written by <strong>Elif Marchetti</strong>
who lives and works in Trieste building forms that people can actually fill in.<!-- -->
<a href="https://mastodon.example/@elif">You should follow them on Mastodon</a></p></div></footer></article>
<nav class="blog-post-nav"><ul style="display:flex;flex-wrap:wrap;justify-content:space-between;list-style:none;padding:0">
<li><a rel="prev" href="/form-errors-that-help/">← Form errors that actually help</a></li><li><a rel="next"
href="/my-2026-reading-list/">My 2026 reading list →</a></li>
</ul></nav></main><footer>© <!-- -->2026<!-- -->, Built with<!-- --> <a href="https://www.gatsbyjs.example">Gatsby</a></footer></div></div>
<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0"
aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/accessible-date-pickers/";/*]]>*/</script>
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-7c2e1b.js\\"]}";/*]]>*/</script>
<script src="/webpack-runtime-5c1d0e2f.js" async></script><script src="/framework-9e7b3c1a.js" async></script><script
src="/app-7c2e1b.js" async></script></body></html>`;
export const gatsby: TestPage = {
  name: 'heldout266-gatsby-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...g1, ...g2, ...gL, ...g3, ...g4]),
  bylines: ['April 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Elif Marchetti', gBio, 'You should follow them on Mastodon',
    '← Form errors that actually help', 'My 2026 reading list →', '© 2026, Built with Gatsby',
  ],
};
