import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout262-kit.js';

/**
 * Held-out batch 262, file f: an NZ Herald-style live-updates page on its Arc template (a listing of timestamped posts
 * under one headline, with the "Live" label, "Latest" key-event list, per-post times and authors, "Premium" toaster,
 * "Sign up for Herald Headlines" box, "More Weather" rail and footer) and a Kyiv Independent-style article on its Ghost
 * theme (gh- classes, the "Support us" membership banner, "Editor's note" box, author card, "Read also" links, the
 * member sign-up call, "Latest news" sidebar and the footer).
 */
const zTitle = 'Live: Heavy rain warning for Coromandel as storm moves south';
const zIntro = j(
  'MetService has issued a red heavy rain warning for the Coromandel Peninsula, with up to 250mm expected in the ranges',
  'before Tuesday morning. Follow the latest updates below.',
);
const zPosts: { time: string; who: string; title: string; paras: string[] }[] = [
  {
    time: '4.45pm',
    who: 'Hana Walters',
    title: 'State Highway 25A closed at the Kopu-Hikuai summit',
    paras: [
      j(
        'Waka Kotahi has closed State Highway 25A between Kopu and Hikuai after slips came down near the summit. Drivers',
        'heading to Whitianga should use State Highway 25 through Coromandel town, which remains open but has surface flooding.',
      ),
    ],
  },
  {
    time: '3.20pm',
    who: 'Hana Walters',
    title: 'Civil Defence opens evacuation centre in Thames',
    paras: [
      j(
        'Thames-Coromandel Civil Defence has opened an evacuation centre at the Thames War Memorial Civic Centre for anyone',
        'who feels unsafe at home. Residents near the Kauaeranga River are being asked to be ready to leave at short notice.',
      ),
      j(
        'Emergency management controller Dean Whitcombe said there was no mandatory evacuation yet. “If you are in a low-lying',
        'area and you are worried, do not wait for us to knock on your door. Go now, while the roads are open.”',
      ),
    ],
  },
  {
    time: '1.05pm',
    who: 'Tom Erueti',
    title: 'Schools close early across the peninsula',
    paras: [
      j(
        'Eleven schools on the peninsula closed at lunchtime so that buses could get children home before the heaviest rain.',
        'The Ministry of Education said schools would decide tomorrow morning whether to reopen.',
      ),
      j(
        'Principals said they would post updates on school apps by 7am. Parents in Whangamatā were asked not to drive to',
        'collect children from the school bus stops on the coast road, where water was already lying in places.',
      ),
    ],
  },
  {
    time: '11.30am',
    who: 'Tom Erueti',
    title: 'Red warning issued as rain rates climb',
    paras: [
      j(
        'MetService upgraded its orange warning to red at 11am, saying rain rates of 40mm an hour were possible in the',
        'Coromandel ranges this evening. Meteorologist Lucy Ferreira said the storm was moving more slowly than forecast,',
        'which meant rain would fall for longer over the same catchments.',
      ),
      'Residents are being asked to:',
    ],
  },
];
const zList = ['avoid all unnecessary travel', 'keep pets and stock away from streams', 'check on elderly neighbours', 'keep a torch and radio ready'];
const zKey = ['SH25A closed at summit', 'Evacuation centre open in Thames', 'Schools closed early'];
const zNav = ['Latest news', 'New Zealand', 'Sport', 'World', 'Business', 'Entertainment', 'Lifestyle', 'Travel', 'Kāhu Māori news', 'Video'];
const zMore = ['Auckland Harbour Bridge lanes reduced in high winds', 'What a red warning means and what to do', 'Power restored to 3000 homes in Waikato'];
const zFoot = ['About NZME', 'Contact Us', 'Help & Support', 'Advertising', 'Privacy Policy', 'Terms of Use', 'Manage Cookies'];
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${zTitle} - NZ Herald</title>
<meta name="description" content="${zIntro}"><meta property="og:site_name" content="NZ Herald">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${zTitle}",
"coverageStartTime":"2026-11-30T09:00:00+13:00",
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"${zPosts[0]?.title}"}]}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="nzh";Fusion.deployment="2291";</script></head>
<body><div id="fusion-app"><header class="header"><a class="header__logo" href="/">NZ Herald</a><a class="header__subscribe" href="/subscribe/">Subscribe</a>
<a class="header__login" href="/login/">Sign In</a><nav class="header__nav"><ul>${links(zNav, 'header__nav-item')}</ul></nav></header>
<div class="ad-container"><span class="ad-label">Advertisement</span></div>
<main class="layout-main"><nav class="breadcrumb"><a href="/nz/">New Zealand</a><a href="/nz/weather/">Weather</a></nav>
<article class="article article--live"><header class="article__header"><span class="article__live-badge">Live</span>
<h1 class="article__heading">${zTitle}</h1><div class="article__byline"><span class="author">By Hana Walters and Tom Erueti</span>
<time class="article__updated">Updated 4.45pm 30 Nov 2026</time></div>
<div class="social-share">${lis(['Share', 'Save'])}</div></header>
<div class="live-key-events"><h2>Latest</h2><ul>${links(zKey)}</ul></div>
<div class="article__body article-body"><p class="article__intro">${zIntro}</p>
${zPosts
  .map(
    (p, i) => `<div class="live-post" id="post-${i}"><div class="live-post__meta"><time class="live-post__time">${p.time}</time>
<span class="live-post__author">${p.who}</span></div>
<h3 class="live-post__title">${p.title}</h3>
${ps(p.paras)}${i === 3 ? `\n<ul>${lis(zList)}</ul>` : ''}
${i === 1 ? '<div class="live-post__share"><button>Share this post</button></div>' : ''}</div>`,
  )
  .join('\n')}
<div class="newsletter-signup"><h4>Sign up for Herald Headlines</h4><p>The day’s top stories delivered to your inbox each morning.</p>
<button>Sign up</button></div></div></article>
<aside class="sidebar"><h3>More Weather</h3><ul>${links(zMore)}</ul></aside></main>
<div class="premium-toaster"><p>Get unlimited access to Premium stories</p><a href="/subscribe/">Subscribe now</a></div>
<footer class="footer"><ul>${links(zFoot)}</ul><p>© Copyright 2026, NZME Publishing Limited</p></footer></div></body></html>`;
const nzHerald: TestPage = {
  name: 'heldout262-nz-herald-live-updates',
  kind: 'news',
  html: zHtml,
  title: zTitle,
  headings: zPosts.map((p) => p.title),
  body: texts([zIntro, ...zPosts.flatMap((p) => p.paras), ...zList]),
  bylines: ['By Hana Walters and Tom Erueti', 'Updated 4.45pm 30 Nov 2026', ...zPosts.map((p) => p.time), 'Hana Walters', 'Tom Erueti'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NZ Herald', 'Subscribe', 'Sign In', ...zNav, 'Advertisement', 'Weather', 'Live', 'Share', 'Save', 'Latest', ...zKey, 'Share this post',
    'Sign up for Herald Headlines', 'The day’s top stories delivered to your inbox each morning.', 'Sign up', 'More Weather', ...zMore,
    'Get unlimited access to Premium stories', 'Subscribe now', ...zFoot, '© Copyright 2026, NZME Publishing Limited',
  ],
};

const kTitle = 'Volunteers rebuild a village library in Chernihiv Oblast, one shelf at a time';
const kBody = [
  j(
    'When a missile struck the village hall in Ivanivka in the spring of 2024, the library on its second floor burned with it.',
    'Of roughly 9,000 books, fewer than 200 were saved, carried out by neighbours before the roof collapsed.',
  ),
  j(
    'Eighteen months later, the library has reopened in a converted kindergarten across the road. Its shelves hold more than',
    '6,000 books, almost all of them donated by readers from across Ukraine and from Ukrainian communities abroad.',
  ),
];
const kH1 = 'A librarian who would not leave';
const kBody2 = [
  j(
    'Librarian Oksana Pylypenko, who has worked in the village for 31 years, started collecting books the week after the',
    'strike. “People kept asking me where they could read now. I did not have an answer, so I started looking for one,”',
    'she told the Kyiv Independent.',
  ),
  j(
    'She posted a request on a regional Facebook group. Within a month, parcels were arriving from Lviv, Odesa and Warsaw.',
    'A school in Kharkiv sent a box of children’s books with handwritten notes in each one.',
  ),
];
const kQuote = 'A library is the one place in a village where nobody asks you to buy anything. After the war came, that mattered more.';
const kH2 = 'More than books';
const kBody3 = [
  j(
    'The new library also serves as a warm room with a generator during blackouts, and as a place where older residents',
    'get help filling in online forms for compensation for damaged homes. On weekday afternoons, children do their',
    'homework there while their parents are at work.',
  ),
  j(
    'The village council has set aside money to rebuild the hall, but construction is not expected to begin until next year.',
    'Pylypenko says the library will move back when it is finished, though she hopes to keep the children’s corner in the',
    'kindergarten building.',
  ),
  j('“The building can wait,” she said. “What matters is that the door is open and the lights are on when people come.”'),
];
const kNav = ['Ukraine', 'Russia', 'Europe', 'Business', 'Opinion', 'Investigations', 'Culture', 'Podcasts', 'Explainers'];
const kLatest = ['Drone attack damages power plant in Sumy Oblast', 'Parliament passes law on veterans’ housing', 'EU agrees new aid tranche for Ukraine'];
const kFoot = ['About us', 'Our team', 'Careers', 'Contact', 'Privacy policy', 'Membership', 'Advertise'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="description" content="Librarian Oksana Pylypenko collected 6,000 books after a missile strike.">
<meta property="og:site_name" content="The Kyiv Independent">
<meta name="generator" content="Ghost 5.96"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4c1e2a">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Kyiv Independent"},
"author":{"@type":"Person","name":"Daria Melnyk"},"headline":"${kTitle}","datePublished":"2026-11-29T10:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-ghost="https://kyivindependent.example/"></script></head>
<body class="post-template tag-ukraine tag-culture"><div class="site"><div class="support-banner"><p>We’re running out of time to hit our
membership goal. Support independent journalism in Ukraine.</p><a href="/membership/">Support us</a></div>
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">The Kyiv Independent</a><nav class="gh-head-menu">
<ul class="nav">${links(kNav)}</ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="/membership/">Become a member</a></div></header>
<main id="site-main" class="site-main"><article class="article post tag-ukraine"><header class="article-header gh-canvas">
<a class="article-tag" href="/tag/ukraine/">Ukraine</a><h1 class="article-title">${kTitle}</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/daria-melnyk/">Daria Melnyk</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-29">November 29, 2026 12:00 PM</time>
<span class="byline-reading-time">4 min read</span></div></div></div>
<figure class="article-image"><img src="/content/images/2026/11/library.jpg" alt=""><figcaption>Librarian Oksana Pylypenko in the new library in
Ivanivka, Chernihiv Oblast, on Nov. 20, 2026. (Mykola Dovzhenko / The Kyiv Independent)</figcaption></figure></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card"><div class="kg-callout-text">Editor’s note: The name of the village has been changed at the request of residents
for security reasons.</div></div>
${ps(kBody)}
<h2 id="a-librarian">${kH1}</h2>
${ps(kBody2)}
<blockquote>${kQuote}</blockquote>
<p class="read-also"><strong>Read also:</strong> <a href="/ukraine-rebuilds-schools/">Ukraine’s frontline regions rebuild schools underground</a></p>
<h2 id="more-than-books">${kH2}</h2>
${ps(kBody3)}
<div class="kg-card kg-cta-card"><p>Kyiv Independent is funded by its members. Join our community and help us tell Ukraine’s story.</p>
<a class="kg-btn" href="/membership/">Become a member</a></div></section>
<section class="article-share"><span>Share this article</span>${lis(['Facebook', 'Telegram', 'Copy link'])}</section>
<section class="author-card"><a href="/author/daria-melnyk/">Daria Melnyk</a><p>Daria Melnyk is a reporter at the Kyiv Independent covering culture
and northern Ukraine.</p></section></article>
<aside class="latest-sidebar"><h3>Latest news</h3><ul>${links(kLatest)}</ul></aside></main>
<footer class="site-footer"><ul>${links(kFoot)}</ul><p>© 2026 The Kyiv Independent. All rights reserved.</p><p>Powered by Ghost</p></footer></div>
</body></html>`;
const kyivIndependent: TestPage = {
  name: 'heldout262-kyiv-independent-ghost-article',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2],
  body: texts([...kBody, ...kBody2, kQuote, ...kBody3]),
  bylines: ['Daria Melnyk', 'November 29, 2026 12:00 PM', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We’re running out of time to hit our membership goal. Support independent journalism in Ukraine.', 'Support us', 'The Kyiv Independent', ...kNav,
    'Sign in', 'Become a member',
    'Librarian Oksana Pylypenko in the new library in Ivanivka, Chernihiv Oblast, on Nov. 20, 2026. (Mykola Dovzhenko / The Kyiv Independent)',
    'Editor’s note: The name of the village has been changed at the request of residents for security reasons.', 'Read also:',
    'Ukraine’s frontline regions rebuild schools underground',
    'Kyiv Independent is funded by its members. Join our community and help us tell Ukraine’s story.',
    'Share this article', 'Facebook', 'Telegram', 'Copy link', 'Daria Melnyk is a reporter at the Kyiv Independent covering culture and northern Ukraine.',
    'Latest news', ...kLatest, ...kFoot, '© 2026 The Kyiv Independent. All rights reserved.', 'Powered by Ghost',
  ],
};

export const HELDOUT262_F: readonly TestPage[] = [nzHerald, kyivIndependent];
