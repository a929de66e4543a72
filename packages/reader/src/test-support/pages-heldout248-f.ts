import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout248-kit.js';

/**
 * Held-out batch 248, file f: a petition on a Change.org-style React site (short main text: hashed class names and data-testid
 * attributes, the signature counter and goal, the sign form, "Recent signers", the petition starter card, "Reasons for
 * signing" comments, share buttons, cookie banner and footer) and a Discourse thread on a civic-tech forum (crawler view with
 * the category and tag links, posts with their authors and dates, like counts, "Related topics" list and the powered-by footer).
 */
const pTitle = 'Keep the Ashby Road Polling Station Open';
const pBody = [
  j(
    'Wardmoor Borough Council plans to close the polling station at Ashby Road Community Hall and move voters to St Cuthbert’s',
    'School, more than a mile away and up a steep hill with no bus service.',
  ),
  j(
    'Ashby Road is used by about 2,300 voters, many of them older residents of the Fernlea sheltered housing scheme next door.',
    'At the last local election, turnout at this station was 38 percent. We are worried that many people will simply stop voting.',
  ),
  'We are asking the council’s Returning Officer to:',
  'keep Ashby Road Community Hall as a polling station in the review of polling districts;',
  'publish the accessibility assessment for St Cuthbert’s School before any decision is taken.',
  'The consultation closes on 30 April. Please sign and share this petition so the council hears from us before then.',
];
const pParas = [0, 1, 2, 5].map((i) => pBody[i] ?? '');
const pItems = [3, 4].map((i) => pBody[i] ?? '');
const pSigners = ['Maureen Tidswell signed 4 minutes ago', 'Jasper Quayle signed 12 minutes ago', 'Nadia Rahimi signed 1 hour ago'];
const pReasons = [
  'My mum is 84 and she will not manage that hill in November.',
  'Voting should be easy. Moving it further away makes it harder for people without cars.',
];
const pFoot = ['About', 'Impact', 'Careers', 'Community guidelines', 'Privacy policy', 'Cookie policy', 'Help'];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Petition · ${pTitle} - United Kingdom · Petitia</title>
<meta property="og:title" content="${pTitle}"><meta property="og:description" content="Wardmoor Borough Council plans to close the polling station.">
<meta name="twitter:card" content="summary_large_image"><link rel="preload" as="script" href="/_next/static/chunks/main-4c1a.js">
<script id="__NEXT_DATA__" type="application/json">
{"props":{"pageProps":{"petitionId":"8812033","slug":"keep-the-ashby-road-polling-station-open"}}}</script></head>
<body><div id="__next"><div class="corgi-x8k2p" data-testid="cookie-banner"><p class="corgi-1m3q">We use cookies to personalise content and measure
our reach.</p><button class="corgi-btn">Accept</button><button class="corgi-btn corgi-btn--secondary">Manage preferences</button></div>
<header class="corgi-hdr"><a href="/" aria-label="Petitia home">Petitia</a><nav><a href="/start-a-petition">Start a petition</a>
<a href="/browse">Browse</a><a href="/membership">Membership</a><a href="/login">Log in</a></nav></header>
<main><div class="corgi-1u2fw" data-testid="petition-page"><h1 class="corgi-19ygr corgi-9sth" data-testid="petition-title">${pTitle}</h1>
<div class="corgi-2ajf"><div class="corgi-7bq1" data-testid="petition-media"><img src="https://assets.petitia.example/photos/8812033.jpg" alt=""></div>
<div class="corgi-8kle" data-testid="petition-starter"><span class="corgi-t1">Started by</span> <a href="/u/2210">Elsie Warburton</a>
<span class="corgi-t2">Mar 19, 2026</span></div><div class="corgi-3lk9" data-testid="petition-recipient"><span>To:</span>
<span>Wardmoor Borough Council Returning Officer</span></div>
<div class="corgi-rich-text" data-testid="description"><h2 class="corgi-h2">Why this petition matters</h2>
${ps(pParas.slice(0, 3), ' class="corgi-para"')}
<ul class="corgi-list">${pItems.map((x) => `<li>${x}</li>`).join('\n')}</ul>
${ps(pParas.slice(3), ' class="corgi-para"')}</div>
<button class="corgi-report" data-testid="report-policy-violation">Report a policy violation</button></div>
<aside class="corgi-sticky" data-testid="sign-panel"><div class="corgi-count"><strong>1,846</strong> <span>Verified signatures</span></div>
<div class="corgi-progress"><span>Next goal: 2,500</span></div><form data-testid="sign-form"><input name="firstName" placeholder="First name">
<input name="lastName" placeholder="Last name"><input name="email" placeholder="Email"><label>
<input type="checkbox"> Display my name and comment on this petition
</label><button type="submit" class="corgi-sign">Sign this petition</button></form>
<ul class="corgi-signers">${pSigners.map((s) => `<li>${s}</li>`).join('')}</ul>
</aside><section data-testid="reasons"><h2 class="corgi-h2">Reasons for signing</h2>${pReasons
  .map(
    (r) => `<div class="corgi-comment"><p>${r}</p>
<span class="corgi-like">Like</span></div>`,
  )
  .join('')}<a href="#">See all reasons</a></section>
<div class="corgi-share" data-testid="share"><span>Share this petition</span><button>Facebook</button><button>WhatsApp</button><button>Copy link</button>
</div></div>
</main><footer class="corgi-footer"><ul>${links(pFoot)}</ul><p>© 2026 Petitia, PBC</p><p>English (United Kingdom)</p></footer></div>
<script src="/_next/static/chunks/main-4c1a.js" async></script></body></html>`;
const petition: TestPage = {
  name: 'heldout248-react-petition',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: ['Why this petition matters'],
  body: texts(pBody),
  bylines: ['Elsie Warburton', 'Mar 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and measure our reach.', 'Accept', 'Manage preferences', 'Petitia', 'Start a petition', 'Browse', 'Membership',
    'Log in', 'Started by', 'To:', 'Wardmoor Borough Council Returning Officer', 'Report a policy violation', '1,846', 'Verified signatures',
    'Next goal: 2,500', 'Display my name and comment on this petition', 'Sign this petition', ...pSigners, 'Reasons for signing', ...pReasons, 'Like',
    'See all reasons', 'Share this petition', 'Facebook', 'WhatsApp', 'Copy link', ...pFoot, '© 2026 Petitia, PBC', 'English (United Kingdom)',
  ],
};

const dTitle = 'Scraping council agendas into a shared calendar: what formats are you dealing with?';
const dPosts: { user: string; date: string; likes: string; p: string[] }[] = [
  {
    user: 'tomasz_k',
    date: 'February 26, 2026, 8:14pm',
    likes: '4 Likes',
    p: [
      j(
        'Our group is building a shared calendar of every public meeting in the eleven councils around Lindenfield. Most of them',
        'publish agendas through one of two systems, but a few still post PDFs on a news page with no dates in the markup.',
      ),
      'Before we write more scrapers: what formats have other groups run into, and did anyone get a council to publish iCal or JSON directly?',
    ],
  },
  {
    user: 'ruthie.ng',
    date: 'February 27, 2026, 9:02am',
    likes: '6 Likes',
    p: [
      'We cover nine authorities and see roughly three kinds:',
      'meeting systems with an RSS feed per committee, which are the easiest by far;',
      'council websites that list meetings as HTML tables, where the date format changes between committees;',
      'scanned PDFs, where we gave up and enter the dates by hand once a month.',
      j(
        'Asking worked once for us. The democratic services officer at one council turned on the calendar export that was already',
        'in their system; nobody had asked for it before. It is worth a polite email before writing code.',
      ),
    ],
  },
  {
    user: 'obi_a',
    date: 'February 28, 2026, 3:47pm',
    likes: '2 Likes',
    p: [
      j(
        'One tip: store the source URL and a hash of the page with every meeting you import. Councils move meetings and rarely',
        'say so, and being able to see that an agenda changed saved us from publishing the wrong time twice.',
      ),
    ],
  },
];
const dIsItem = (x: string): boolean => x.endsWith(';') || x.endsWith('month.');
const dRelated = ['Open data requests to local authorities: templates that worked', 'Tracking planning applications across borders'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Data &amp; Scraping - Civic Commons Forum</title>
<meta name="description" content="Our group is building a shared calendar of every public meeting."><meta name="generator" content="Discourse 3.3.0">
<meta property="og:site_name" content="Civic Commons Forum"><link rel="canonical" href="https://forum.civiccommons.example/t/scraping-council-agendas/1187">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}"}</script>
<link href="/stylesheets/desktop_a1b2.css" media="all" rel="stylesheet"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Civic Commons Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/scraping-council-agendas/1187">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement">
<a href="/c/data/6" class="badge-wrapper bullet">
<span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Data &amp; Scraping</span>
</span></a></span>
<div class="discourse-tags"><a href="/tag/local-government" class="discourse-tag" rel="tag">local-government</a>
<a href="/tag/calendars" class="discourse-tag" rel="tag">calendars</a></div></div></div>
${dPosts
  .map(
    (x, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/DiscussionForumPosting"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="/u/${x.user}"><span itemprop="name">${x.user}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-2${6 + i}" class="post-time">${x.date}</time>
<span itemprop="position">#${i + 1}</span></span></div><div class="post" itemprop="text">
${ps(x.p.filter((y) => !dIsItem(y)).slice(0, 1))}${
  x.p.some(dIsItem)
    ? `\n<ul>${x.p
        .filter(dIsItem)
        .map((y) => `<li>${y}</li>`)
        .join('\n')}</ul>`
    : ''
}
${ps(x.p.filter((y) => !dIsItem(y)).slice(1))}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><span class="post-likes">${x.likes}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${dRelated.map((t, i) => `<tr><td><a href="/t/${i}">${t}</a></td><td>${i + 5}</td><td>${i * 90 + 240}</td><td>Jan 2026</td></tr>`).join('\n')}
</tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</ul></nav>
</footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout248-discourse-civictech-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((x) => x.p)),
  bylines: dPosts.flatMap((x) => [x.user, x.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Data & Scraping', 'local-government', 'calendars', ...dPosts.map((x) => x.likes), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated, 'Jan 2026', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT248_F: readonly TestPage[] = [petition, discourse];
