import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 32, file f2: a partner story on msn.com (the Microsoft Start web-component page: custom elements for the
 * header, with the web search box, weather chip and "Sign in", the feed nav, the partner's name with a "Follow" button,
 * the "Story by" line with relative age and reading time, the "Summarize" button, the article body with an inline
 * related-video card, the "Continue reading" button, the reactions bar and comment count, the "More for You" feed cards
 * with their sources, the footer with the Microsoft links, inline config scripts and a noscript line).
 */
const msPartner = 'Tri-County Dispatch';
const msTitle = 'Lake Orrin ice fishing derby canceled for second straight year as ice stays thin';
const msBody = [
  'For the second winter in a row, there will be no ice fishing derby on Lake Orrin.',
  'Organizers with the Orrin Lakes Lions Club announced Monday that the 58th annual event, which had been scheduled for Feb. 14, ' +
    'has been called off because the ice on the lake’s north bay measured only 6 to 8 inches deep last week. The club requires at ' +
    'least 14 inches of solid ice before it will allow vehicles and shelters onto the lake.',
  '“Nobody wants to cancel this. It’s the biggest weekend of the year for a lot of businesses up here,” said club president Gary ' +
    'Lindstrom. “But we are not going to put two thousand people and their trucks on ice we don’t trust.”',
  'The derby typically draws anglers from across the state and raises between $40,000 and $50,000 for local charities, including ' +
    'the county food shelf and a scholarship fund at Orrin Lakes High School. Last year’s event was canceled in late January after ' +
    'a stretch of rain and temperatures in the 40s.',
  'Bait shops and resorts around the lake said the mild weather had already cut into their winter business. Karen Solberg, who ' +
    'owns a 12-cabin resort on the east shore, said she had refunded about half of her February bookings. “The ice houses are ' +
    'sitting in the yard,” she said. “We keep hoping for a cold snap.”',
  'Lindstrom said the club would hold a smaller fundraiser, a fish fry and raffle at the Orrin Lakes community center, on the ' +
    'original derby date. Raffle prizes donated for the derby, including an auger and a portable fish house, will be drawn there.',
  'State conservation officers have urged caution on all area lakes, noting that pressure ridges and springs can leave ice thin ' +
    'even where surrounding ice appears solid.',
];
const msRelated = 'Warm winter leaves Upper Midwest lakes with thinnest ice in decades (WCCO Minneapolis)';
const msNav = ['Discover', 'Following', 'News', 'Sports', 'Play', 'Money', 'Weather', 'Watch', 'Shopping'];
const msMore: [string, string][] = [
  ['Northwoods resorts turn to snowshoe trails as ice fishing season falters', 'Duluth News Daily'],
  ['Five safety tips before you head onto the ice this weekend', 'Outdoor Life Weekly'],
  ['County board approves new boat launch at Pine Hollow', msPartner],
];
const msFoot = ['Your Privacy Choices', 'Consumer Health Privacy', 'Privacy & Cookies', 'Terms of use', 'Advertise', 'Help', 'Feedback'];
const msP = (t: string): string => `<p>${t}</p>`;
const msHtml = `<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>${msTitle}</title>
<meta name="description" content="For the second winter in a row, there will be no ice fishing derby on Lake Orrin.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${msTitle}","provider":{"@type":"Organization",
"name":"${msPartner}"},"datePublished":"2026-01-26T16:20:00Z"}</script>
<script>window._pageTimings={TTJSStart:Math.round(performance.now())};window.__APP_CONFIG__={"market":"en-us","pageType":"article","ocid":"msedgntp"};</script>
<style>body{margin:0;background:#f7f7f7}.article-body p{font-size:18px;line-height:28px}</style></head>
<body><noscript>JavaScript must be enabled to use this site.</noscript><div id="root">
<fluent-design-system-provider><views-header-wc class="header"><a href="https://www.msn.com/en-us" aria-label="MSN">MSN</a>
<div class="search-box" role="search"><input type="search" placeholder="Search the web" aria-label="Search the web"></div>
<div class="weather-chip"><span>Bemidji, MN</span><span>19°F</span></div><button class="sign-in">Sign in</button></views-header-wc>
<nav class="feed-nav" aria-label="Feed navigation"><ul>${links(msNav, 'nav-item')}</ul></nav>
<msn-article-page><article class="article-page" data-t='{"n":"article","t":13}'>
<div class="provider-row"><a class="provider-name" href="https://www.msn.com/en-us/channel/source/Tri-County%20Dispatch">${msPartner}</a>
<button class="follow-button" aria-label="Follow ${msPartner}">Follow</button></div>
<h1 class="article-title">${msTitle}</h1>
<div class="byline-row"><span class="byline">Story by Martin Haugen</span><span aria-hidden="true"> • </span><span class="age">5h</span>
<span aria-hidden="true"> • </span><span class="read-time">2 min read</span>
<button class="copilot-summary" aria-label="Summarize this article">Summarize</button></div>
<div class="article-body">
${msBody.slice(0, 3).map(msP).join('\n')}
<div class="inline-video-card"><span class="label">Related video</span><a href="https://www.msn.com/en-us/video/">${msRelated}</a>
<span class="visually-hidden">Opens in a new window</span></div>
${msBody.slice(3, 5).map(msP).join('\n')}
<button class="continue-reading">Continue reading</button>
<div class="article-body-rest">${msBody.slice(5).map(msP).join('\n')}</div></div>
<div class="reactions-bar"><button aria-label="Like">Like</button><span class="count">38</span><button aria-label="Comments">Comments</button>
<span class="count">12</span><button aria-label="Share">Share</button></div></article></msn-article-page>
<section class="more-for-you"><h2>More for You</h2>
<ul>${msMore.map(([h, s]) => `<li class="card"><span class="card-source">${s}</span><a href="/">${h}</a></li>`).join('\n')}</ul>
</section><footer class="page-footer"><ul>${links(msFoot)}</ul><p>© 2026 Microsoft</p></footer></fluent-design-system-provider></div>
</body></html>`;
export const msnSyndicated: TestPage = {
  html: msHtml,
  name: 'heldout32-msn-syndicated',
  kind: 'news',
  // the partner story's paragraphs are body, including the one-sentence opening paragraph (also the meta description) and the
  // paragraphs after the "Continue reading" button; "Story by Martin Haugen" and the relative age "5h" are the bylines (the
  // whole line as MSN writes it: "Martin Haugen" is never alone); the partner's name, "Follow", reading time, "Summarize", the
  // related-video card, "Continue reading", the reactions bar, "More for You" with its sources, the weather chip,
  // header, nav, footer and noscript line are furniture; the nav's "News" and "Play" and the reactions' "Like" and "Share" are
  // kept ("like" is not a word of the story), the counts ("38", "12") and "Weather" (a body word) are left out
  title: msTitle,
  headings: [],
  body: texts(msBody),
  bylines: ['Story by Martin Haugen', '5h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JavaScript must be enabled to use this site.', 'MSN', 'Bemidji, MN', '19°F', 'Sign in', ...msNav.filter((t) => t !== 'Weather'),
    msPartner, 'Follow', '2 min read', 'Summarize', 'Related video', msRelated, 'Opens in a new window', 'Continue reading', 'Like', 'Comments', 'Share',
    'More for You', ...msMore.flat().filter((t) => t !== msPartner), ...msFoot, '© 2026 Microsoft',
  ],
};
