import { links, type TestPage } from './page-kit.js';
import { paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file a2: a public broadcaster's news story in the BBC News Next.js template (data-component blocks),
 * with a "Latest updates" list of timestamped entries at the top of the article (skip links, the account and search bar,
 * the section nav, the "Share" and "Save" buttons, the image caption and credit, the related-topics list, the "More on
 * this story" and "Top stories" rails, a hidden "Close" menu copy and the footer).
 */
const title = 'River Wend: Hundreds told to leave homes as flood defences strain';
const updH = 'Latest updates';
const upd = [
  { t: '14:05 GMT', x: 'The Environment Office has issued a second severe flood warning, for the Lower Quay area of Wexcombe.' },
  { t: '12:40 GMT', x: 'Rest centres are open at Wexcombe Leisure Centre and St Aldhelm’s School.' },
  { t: '09:15 GMT', x: 'Police have closed the A3194 between Wexcombe and Fordbridge.' },
];
const p1 = paras(`
About 600 people in Wexcombe have been told to leave their homes after the River Wend rose to its highest level in 40 years.

Emergency services began knocking on doors in the Lower Quay and Mill End areas on Sunday morning, after water started to spill
over a temporary barrier near the town bridge.

The Environment Office said the river was expected to peak at about 19:00 GMT, with more rain forecast overnight.`);
const h1 = 'Why is the river so high?';
const p2 = paras(`
Two weeks of heavy rain across the Wend valley left the ground saturated, so almost all of Saturday's downpour ran straight into
the river.

Hydrologist Dr Imogen Varga, from the University of Fordbridge, said the valley's steep sides made it one of the fastest-rising
rivers in the region. "Once the ground is full, the Wend can go up a metre in a few hours," she said. "That is what we saw last
night."

The town's permanent flood wall, finished in 2019, protects the centre, but the older barrier at Lower Quay was designed for a
smaller flood.`);
const h2 = '"We just grabbed the dog and went"';
const p3 = paras(`
Residents carried bags and pets to waiting minibuses as water lapped at the end of Quay Street.

Shona Pryce, 67, said she had lived on the street for 30 years and had never been asked to leave before. "We just grabbed the dog
and went. I've put what I could upstairs and I'm hoping for the best," she said.

Local councillor Ben Achterberg said the response had been "calm and well organised", but called for the Lower Quay barrier to
be replaced. "We've been asking for this for five years. Today shows why," he said.`);
const h3 = 'What should people in the area do?';
const p4 = paras(`
People in the warning areas are asked to move valuables upstairs, turn off gas and electricity if it is safe to do so, and avoid
walking or driving through flood water.

Wexcombe Borough Council said anyone who needs help leaving their home should call its emergency line. Schools in the town will be
closed on Monday.`);
const nav = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Local'];
const sub = ['UK', 'World', 'Politics', 'Business', 'Climate', 'England', 'Scotland', 'Wales'];
const more = ['Flood wall opens after four years of work', 'Heavy rain warning issued for the South West', 'How to prepare your home for a flood'];
const top = ['Chancellor sets out plan to cut waiting lists', 'Strike action called off at two ports', 'Ten-year-old wins national chess title'];
const topics = ['Flooding', 'Wexcombe', 'Environment Office'];
const foot = ['Terms of Use', 'About the ABN', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Contact the ABN', 'Get Personalised Newsletters'];
const caption = 'Water spilled over the barrier at Lower Quay shortly after 08:00 GMT';
const text = (t: string): string => `<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">${t}</p></div>`;
const sub2 = (t: string): string => `<div data-component="subheadline-block" class="sc-18fde0d6-0 dlWCEZ"><h2 class="sc-518485e5-0 bWszMR">${t}</h2></div>`;
const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>River Wend: Hundreds told to leave homes as flood defences strain - ABN News</title>
<meta name="viewport" content="width=device-width"><meta name="description" content="About 600 people in Wexcombe have been told to leave their homes.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="twitter:site" content="@ABNNews">
<link rel="canonical" href="https://www.abn.example/news/articles/c8x2wendflood"><script type="application/ld+json">{"@context":"http://schema.org",
"@type":"ReportageNewsArticle","headline":"${title}","datePublished":"2026-11-29T08:47:21.000Z","dateModified":"2026-11-29T14:06:02.000Z",
"author":[{"@type":"Person","name":"Tamsin Hale"}],"publisher":{"@type":"NewsMediaOrganization","name":"ABN News"}}</script>
<script>window.__NEXT_DATA__=undefined;document.documentElement.className="js"</script>
<link rel="stylesheet" href="https://static.files.abn.example/news/_next/static/css/2f6a9e8c1d.css"></head>
<body><div id="__next"><a href="#main-content" class="sc-6e1b-0 kFQjbI">Skip to content</a>
<header data-testid="header-content" class="sc-c6f8-0"><div class="sc-c6f8-1"><a href="/" aria-label="ABN Homepage"><svg aria-hidden="true"></svg></a>
<a href="/account" class="sc-acc">Register</a><a href="/signin" class="sc-acc">Sign In</a><button aria-label="Search ABN">Search ABN</button></div>
<nav data-testid="level1-navigation-container" aria-label="ABN"><ul>${links(nav, 'sc-f116bf72-4')}</ul></nav>
<nav data-testid="level2-navigation-container" aria-label="News"><ul>${links(sub, 'sc-f116bf72-4')}</ul></nav>
<div data-testid="drawer" hidden><button>Close menu</button><ul>${links(nav.slice(0, 3))}</ul></div></header>
<main id="main-content" data-testid="main-content"><article class="sc-4e0bb0d0-0">
<div data-component="headline-block" class="sc-18fde0d6-0"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-f98b1ad2-0 dfvxux">
<span role="text">${title}</span></h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0"><div data-testid="byline-new" class="sc-801dd632-0"><time datetime="2026-11-29T14:06:02.000Z"
data-testid="timestamp">Updated 29 November 2026</time><div data-testid="byline-new-contributors"><span class="sc-b42e7a8f-7">Tamsin Hale</span>
<div class="sc-b42e7a8f-8">ABN News, South West</div></div><div class="sc-share"><button data-testid="share-button">Share</button>
<button data-testid="save-button">Save</button></div></div></div>
<div data-component="updates-block" class="sc-18fde0d6-0 updates"><section aria-labelledby="latest-updates"><h2 id="latest-updates"
class="sc-upd-title">${updH}</h2><ol class="sc-upd-list">
${upd.map((u) => `<li class="sc-upd-item"><time class="sc-upd-time">${u.t}</time><p class="sc-upd-text">${u.x}</p></li>`).join('\n')}
</ol></section></div>
<div data-component="image-block" class="sc-18fde0d6-0"><figure><div class="sc-a34861b-1"><img alt="Flood water at Lower Quay"
src="https://ichef.abn.example/news/480/cpsprodpb/wend.jpg"><span class="sc-a34861b-2">Environment Office</span></div>
<figcaption class="sc-8a068d35-0">${caption}</figcaption></figure></div>
${p1.map(text).join('\n')}
${sub2(h1)}
${p2.map(text).join('\n')}
${sub2(h2)}
${p3.map(text).join('\n')}
${sub2(h3)}
${p4.map(text).join('\n')}
<div data-component="links-block" class="sc-18fde0d6-0"><h2 class="sc-rel">More on this story</h2><ul>${links(more, 'sc-rel-item')}</ul></div>
<div data-component="tags" class="sc-18fde0d6-0"><h2 class="sc-tags-title">Related topics</h2><ul>${links(topics)}</ul></div>
</article><section data-testid="top-stories" aria-labelledby="top-stories-h"><h2 id="top-stories-h">Top stories</h2><ul>${links(top)}</ul></section></main>
<footer data-testid="footer"><a href="/">ABN Homepage</a><ul>${links(foot)}</ul>
<p>Copyright 2026 ABN. All rights reserved. The ABN is not responsible for the content of external sites.
<a href="/help/web/links/">Read about our approach to external linking.</a></p></footer></div>
<script src="https://static.files.abn.example/news/_next/static/chunks/main-8a1f.js" async></script></body></html>`;
export const updatesStory: TestPage = {
  html,
  name: 'heldout110-abn-nextjs-news-latest-updates',
  kind: 'news',
  // the "Latest updates" list is the newsroom's own running summary of the story: its title is a heading, its entries
  // body, their times bylines; the image credit and caption, "More on this story" and topics are furniture
  title,
  headings: [updH, h1, h2, h3],
  body: [...upd.map((u) => u.x), ...p1, ...p2, ...p3, ...p4],
  bylines: ['Updated 29 November 2026', 'Tamsin Hale', 'ABN News, South West', ...upd.map((u) => u.t)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Register', 'Sign In', 'Search ABN', ...nav, ...sub, 'Close menu', 'Share', 'Save', 'Environment Office', caption,
    'More on this story', ...more, 'Related topics', ...topics.slice(0, 2), 'Top stories', ...top, 'ABN Homepage', ...foot,
    'Copyright 2026 ABN. All rights reserved. The ABN is not responsible for the content of external sites.',
    'Read about our approach to external linking.',
  ],
};
