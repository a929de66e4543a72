import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';
import { androidAuthority } from './pages-heldout193-e2.js';

/**
 * Held-out batch 193, file e: a SitePoint article (header nav with "Sign in" and "Get Premium", the category bar,
 * "Published in" category, date and "Updated" line, "Share this article" above and below, the "Key Takeaways" box and
 * "Table of Contents" before the text, a premium promo between sections, the FAQ section with h3 questions, the author
 * box, the newsletter box with its reCAPTCHA line, the "Up Next" cards and the footer columns) and, from file e2, an
 * Android Authority how-to guide.
 */
const spTitle = 'Debouncing vs Throttling in JavaScript: When to Use Which';
const spTakeaways = [
  'Debouncing waits until events stop arriving for a set time, then runs the handler once.',
  'Throttling runs the handler at most once per interval while events keep arriving.',
  'Use debouncing for search boxes and autosave, and throttling for scroll and resize handlers.',
];
const spIntro = [
  'Some browser events fire far more often than your code needs to respond. A user typing in a search box triggers an input event ' +
    'for every keystroke. Scrolling a long page can fire dozens of scroll events per second. If each one sends a network request or ' +
    'recalculates layout, the page quickly feels sluggish.',
  'Debouncing and throttling are two small techniques for limiting how often a function runs. They look similar, and people often mix ' +
    'them up, but they solve different problems.',
];
const spH1 = 'What Debouncing Does';
const spP1 = [
  'A debounced function delays its work until the events have stopped for a given period. Every new event resets the timer. Only ' +
    'when the user pauses does the function finally run, once, with the latest arguments.',
  'Here is a minimal implementation:',
];
const spP2 = [
  'Wrap your search handler in debounce with a delay of around 300 milliseconds, and a user who types “throttle” quickly sends one ' +
    'request instead of eight.',
];
const spH2 = 'What Throttling Does';
const spP3 = [
  'A throttled function runs at most once per interval, no matter how many events arrive. Unlike debouncing, it keeps running while ' +
    'the events continue, which matters when the user expects continuous feedback.',
];
const spP4 = [
  'Attach a throttled handler to the scroll event with a limit of 100 milliseconds, and a sticky header or a “back to top” button ' +
    'updates smoothly without running your code on every single event.',
];
const spH3 = 'Choosing Between Them';
const spP5 = ['A simple way to decide is to ask when the user needs the result:'];
const spList = [
  'Only after they have finished an action, such as typing a query or resizing a panel: use debouncing.',
  'Continuously while the action is happening, such as scrolling or dragging: use throttling.',
  'Both at the start and at the end: use a throttle that also fires a final trailing call.',
];
const spP6 = [
  'For scroll-linked visual effects, also consider whether you need JavaScript at all. CSS scroll-driven animations and the ' +
    'Intersection Observer API often replace a throttled scroll handler entirely.',
];
const spH4 = 'FAQs About Debouncing and Throttling';
const spFaq = [
  [
    'Is debouncing the same as throttling?',
    'No. Debouncing runs a function once after events stop; throttling runs it at regular intervals while they continue.',
  ],
  [
    'Should I write my own or use a library?',
    'The short versions in this article are fine for most pages. Libraries add options such as leading calls and cancellation.',
  ],
  ['What delay should I use?', 'Around 300 milliseconds suits typing, and 100 milliseconds or one animation frame suits scrolling.'],
];
const spNav = ['Blog', 'Library', 'Community', 'Jobs', 'Newsletter'];
const spCats = ['JavaScript', 'Computing', 'Design &amp; UX', 'HTML &amp; CSS', 'Entrepreneur', 'Web', 'PHP', 'WordPress', 'Mobile', 'Programming'];
const spShare = ['Share this article', 'Copy link', 'Share on X', 'Share on LinkedIn', 'Share on Facebook'];
const spPromo = ['Level up your JavaScript skills', 'Get unlimited access to 600+ ebooks and courses with SitePoint Premium.', 'Start free trial'];
const spBio =
  'Teodor writes about front-end performance and browser APIs. He builds web tools for a logistics company in Tallinn and ' +
  'maintains two small open-source libraries.';
const spNews = [
  'Subscribe to our newsletter',
  'Get the freshest news and resources for developers, designers and digital creators in your inbox each week',
  'Subscribe',
  'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
];
const spUpNext = ['Understanding the JavaScript Event Loop', 'A Guide to the Intersection Observer API', 'requestAnimationFrame for Smooth Animations'];
const spFootCols: [string, string[]][] = [
  ['Stuff we do', ['Premium', 'Newsletters', 'Forums']],
  ['Contact', ['Contact us', 'FAQ', 'Publish your book with us', 'Write an article with us', 'Advertise']],
  ['About', ['Our story', 'Corporate memberships', 'Terms of use', 'Privacy policy']],
  ['Connect', ['RSS', 'Facebook', 'Twitter (X)']],
];
const js = (s: string): string => `<div class="code-block"><div class="code-block__header"><span class="code-block__lang">javascript</span>
<button class="code-block__copy" type="button">Copy</button></div><pre><code class="language-javascript">${s}</code></pre></div>`;
const spHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spTitle} — SitePoint</title><meta name="description" content="Learn the difference between debouncing and throttling in JavaScript.">
<meta property="og:type" content="article"><meta property="og:site_name" content="SitePoint"><meta property="og:title" content="${spTitle}">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Teodor Laas">
<link rel="canonical" href="https://www.sitepoint.com/debouncing-vs-throttling-javascript/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${spTitle}","datePublished":"2025-02-12T09:00:00Z",
"dateModified":"2025-03-01T11:20:00Z","author":{"@type":"Person","name":"Teodor Laas"}}</script>
<link rel="preload" as="style" href="/_next/static/css/5d1e7c0c2f8e.css"><link rel="stylesheet" href="/_next/static/css/5d1e7c0c2f8e.css"></head>
<body><div id="__next"><header class="Header_header__Zx1Ab"><div class="Header_inner__q2W7e"><a class="Header_logo__b8Rt0" href="/" aria-label="SitePoint">
<svg aria-hidden="true"></svg></a><nav class="Header_nav__KgQ4s" aria-label="Main"><ul>${links(spNav, 'Header_navItem__tT0pa')}</ul></nav>
<div class="Header_actions__N2s0F"><button class="Header_search__Y7cW1" type="button" aria-label="Search"></button>
<a class="Header_signin__P1k9d" href="/premium/sign-in/">Sign in</a><a class="Button_primary__hK3iL" href="/premium/">Get Premium</a></div></div>
<nav class="CategoryBar_bar__eR4tb" aria-label="Categories"><ul>${spCats
  .map(
    (t) => `<li><a href="/${t.replace(/&amp;/g, 'and').toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
</header>
<main class="Article_main__p0Ldx"><article class="Article_article__Vw1mS"><header class="Article_header__f2k1H">
<h1 class="Article_title__3lZpQ">${spTitle}</h1><div class="Article_author__rQ8yM">
<img alt="Teodor Laas" src="/_next/image?url=%2Fauthors%2Ftlaas.jpg&amp;w=64">
<a href="/author/tlaas/">Teodor Laas</a></div>
<div class="Article_meta__j9DkS"><span>Published in</span> <a href="/javascript/">JavaScript</a><span aria-hidden="true">·</span>
<time datetime="2025-02-12T09:00:00Z">Feb 12, 2025</time><span aria-hidden="true">·</span><span>Updated: Mar 1, 2025</span></div>
<div class="Share_share__X3b8n"><span class="Share_label__Wc1Pp">${spShare[0]}</span><ul>${links(spShare.slice(1), 'Share_item__m0Vn2')}</ul></div>
</header><div class="Article_body__L6sWz">
<div class="KeyTakeaways_box__Ah3tq"><h2 class="KeyTakeaways_title__R5pn7">Key Takeaways</h2><ul>${spTakeaways.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<nav class="Toc_toc__c5Jm2" aria-label="Table of Contents"><p class="Toc_title__fM9Qe">Table of Contents</p><ol>
<li><a href="#what-debouncing-does">${spH1}</a></li><li><a href="#what-throttling-does">${spH2}</a></li><li><a href="#choosing-between-them">${spH3}</a></li>
<li><a href="#faqs">${spH4}</a></li></ol></nav>
${ps(spIntro)}
<h2 id="what-debouncing-does">${spH1}</h2>
${ps(spP1)}
${js(`function debounce(fn, delay) {
  let timer;
  return (...args) =&gt; {
    clearTimeout(timer);
    timer = setTimeout(() =&gt; fn(...args), delay);
  };
}`)}
${ps(spP2)}
<aside class="PremiumPromo_promo__b0D2k"><p class="PremiumPromo_title__Ue3sX">${spPromo[0]}</p><p>${spPromo[1]}</p>
<a class="Button_primary__hK3iL" href="/premium/trial/">${spPromo[2]}</a></aside>
<h2 id="what-throttling-does">${spH2}</h2>
${ps(spP3)}
${js(`function throttle(fn, limit) {
  let waiting = false;
  return (...args) =&gt; {
    if (waiting) return;
    fn(...args);
    waiting = true;
    setTimeout(() =&gt; { waiting = false; }, limit);
  };
}`)}
${ps(spP4)}
<h2 id="choosing-between-them">${spH3}</h2>
${ps(spP5)}
<ul>${spList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(spP6)}
<h2 id="faqs">${spH4}</h2>
${spFaq.map(([q, a]) => `<h3>${q}</h3>\n<p>${a}</p>`).join('\n')}
</div>
<div class="Share_share__X3b8n Share_bottom__d4Fq1"><span class="Share_label__Wc1Pp">${spShare[0]}</span>
<ul>${links(spShare.slice(1), 'Share_item__m0Vn2')}</ul></div>
<section class="AuthorBox_box__T2qZs"><img alt="" src="/authors/tlaas.jpg"><div><p class="AuthorBox_name__n8Hc4">Teodor Laas</p>
<p class="AuthorBox_bio__a1Lm0">${spBio}</p></div></section></article>
<section class="Newsletter_box__Kp3cE"><h2>${spNews[0]}</h2><p>${spNews[1]}</p><form><input type="email" placeholder="Email address" aria-label="Email address">
<button type="submit">${spNews[2]}</button></form><p class="Newsletter_legal__s0Qw3">${spNews[3]}</p></section>
<section class="UpNext_section__m6Yw2"><h2>Up Next</h2><ul>${links(spUpNext, 'UpNext_card__e1Xx9')}</ul></section></main>
<footer class="Footer_footer__pB9tz"><div class="Footer_cols__Hq3oN">
${spFootCols.map(([h, items]) => `<div><p class="Footer_heading__Rt6kS">${h}</p><ul>${links(items)}</ul></div>`).join('\n')}</div>
<p class="Footer_copy__yW2fA">© 2000 – 2025 SitePoint Pty. Ltd.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"debouncing-vs-throttling-javascript"}},"page":"/[slug]"}</script>
<script src="/_next/static/chunks/main-3f2b1a9c.js" defer></script></body></html>`;
const sitePoint: TestPage = {
  html: spHtml,
  name: 'heldout193-sitepoint-article',
  kind: 'blog',
  // the "Key Takeaways" box (its h2 and items) and the FAQ section are part of the article: the box title and the FAQ
  // questions are headings; the Table of Contents entries repeat the headings and are left out; the code blocks' "Copy"
  // buttons and the premium promo are furniture; "JavaScript" (the category, and the code blocks' language label) is a
  // word of the title and the footer's "About" a word of a heading: both left out
  title: spTitle,
  headings: ['Key Takeaways', spH1, spH2, spH3, spH4, ...spFaq.map((f) => f[0] ?? '')],
  body: texts([...spTakeaways, ...spIntro, ...spP1, ...spP2, ...spP3, ...spP4, ...spP5, ...spList, ...spP6, ...spFaq.map((f) => f[1] ?? '')]),
  bylines: ['Teodor Laas', 'Feb 12, 2025', 'Updated: Mar 1, 2025'],
  furniture: uniq([
    ...spNav,
    'Sign in',
    'Get Premium',
    ...spCats.filter((t) => t !== 'JavaScript'),
    'Published in',
    ...spShare,
    'Table of Contents',
    'Copy',
    ...spPromo,
    spBio,
    ...spNews,
    'Up Next',
    ...spUpNext,
    ...spFootCols.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'About'),
    '© 2000 – 2025 SitePoint Pty. Ltd.',
  ]),
};

export const HELDOUT193_E: readonly TestPage[] = [sitePoint, androidAuthority];
