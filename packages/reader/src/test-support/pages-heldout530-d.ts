import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout530-kit.js';

/**
 * Held-out batch 530, file d: an IT support company's security checklist post on Webflow (CMS collection page, w-richtext,
 * related posts and a newsletter form), and a repair technicians' forum thread on Discourse as its crawler view serves it.
 */
const fTitle = 'The 10-minute security checklist for a small office';
const fDek = 'Five checks any office manager can run on a Friday afternoon, no IT degree needed.';
const fBlocks: [string, string][] = [
  [
    'p',
    j(
      'Most of the break-ins we clean up at small offices did not need a clever attacker. They came through a reused password, a',
      'laptop that had not restarted in two months, or a backup that nobody had ever tried to restore. None of these take long to',
      'check, and you do not need admin rights for most of them.',
    ),
  ],
  ['h2', '1. Is multi-factor sign-in turned on for everyone?'],
  [
    'p',
    j(
      'Open your Microsoft 365 or Google Workspace admin page and look at the list of users without a second factor. The answer',
      'should be nobody. Pay extra attention to shared accounts like reception@ and accounts@, which are the ones most often',
      'left out.',
    ),
  ],
  ['h2', '2. Have the computers restarted this week?'],
  [
    'p',
    j(
      'Updates only finish after a restart. Walk round the office, or check your management tool, and look for any machine with an',
      'uptime of more than seven days. Ask people to restart before they leave on Friday; it costs them a minute.',
    ),
  ],
  ['h2', '3. When did you last test a restore?'],
  [
    'p',
    j(
      'A backup you have never restored is a hope, not a backup. Pick one file from last month and ask for it back. Time how long it',
      'takes. If nobody knows how to do it, that is the finding.',
    ),
  ],
  ['blockquote', '“We had backups for three years. The first time we needed one, it turned out the job had been failing since the office move.”'],
  ['h2', '4. Who still has access?'],
  [
    'p',
    j(
      'Compare the list of user accounts against the staff list. Former employees, temps and old contractors should be gone,',
      'and so should the shared Wi-Fi password they knew.',
    ),
  ],
  ['h2', '5. Can staff report a strange email in one click?'],
  [
    'p',
    j(
      'Make it easy. A "Report phishing" button in Outlook, or simply a shared address that goes to whoever handles IT, turns every',
      'member of staff into an early warning. Thank people when they use it, even when the email turns out to be harmless.',
    ),
  ],
  ['h3', 'If you only do one thing'],
  ['p', 'Turn on multi-factor sign-in. It stops the large majority of the account takeovers we see.'],
];
const fCap = 'A restore test takes ten minutes and tells you more than any backup report.';
const fNav = ['Services', 'Pricing', 'Blog', 'About', 'Contact'];
const fRel = [
  ['Security', 'What to do in the first hour after a ransomware attack'],
  ['Guides', 'Moving a 15-person office to Microsoft 365 without downtime'],
];
const fFoot = ['Managed IT', 'Security', 'Cloud', 'Privacy Policy', 'Careers'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Wed Apr 02 2025 14:03:21 GMT+0000 -->
<html data-wf-domain="www.harbourlineit.com" data-wf-page="66c1a2b3d4e5f60718293a4c" data-wf-site="66c1a2b3d4e5f60718293a10" lang="en"
 data-wf-collection="66c1a2b3d4e5f60718293a55" data-wf-item-slug="10-minute-security-checklist"><head><meta charset="utf-8">
<title>The 10-minute security checklist for a small office | Harbourline IT</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/66c1a2b3d4e5f60718293a10/css/harbourline.webflow.shared.4f1c2a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"Marcus Oyelaran"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/66c1/logo.svg" alt=""
 class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
   .map(
     (t) => `<a href="/${t.toLowerCase()}"
 class="nav-link w-nav-link">${t}</a>`,
   )
   .join('')}
<a href="/book-a-call" class="button-nav w-button">Book a call</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-post"><div class="container-narrow"><a href="/blog" class="back-link w-inline-block"><div>← All articles</div></a>
<a href="/blog-categories/security" class="category-pill w-inline-block"><div>Security</div></a><h1 class="heading-post">${fTitle}</h1>
<p class="post-summary">${fDek}</p><div class="post-meta">
<img src="https://assets-global.website-files.com/66c1/marcus.jpg" loading="lazy" alt="" class="author-avatar">
<div class="author-name">Marcus Oyelaran</div><div class="meta-divider">·</div><div class="post-date">April 2, 2025</div></div>
<div class="rich-text-post w-richtext">${fBlocks
  .map(([tag, t], i) =>
    i === 6
      ? `<p>${t}</p><figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/66c1/restore.jpg"
 loading="lazy" alt="Laptop showing a file restore"></div><figcaption>${fCap}</figcaption></figure>`
      : tag === 'blockquote'
        ? `<blockquote>${t}</blockquote>`
        : `<${tag}>${t}</${tag}>`,
  )
  .join('\n')}</div></div></section>
<section class="section-related"><div class="container"><h2 class="heading-related">Keep reading</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">${fRel
  .map(
    ([c, t]) => `<div role="listitem" class="w-dyn-item"><a href="/blog/x" class="related-card w-inline-block"><div class="related-category">${c}</div>
<h3 class="related-title">${t}</h3><div class="read-more">Read article →</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-newsletter"><div class="container"><h2>Get one practical IT tip a month</h2><div class="form-block w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form">
<label for="email" class="field-label">Work email</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@company.com" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="footer-brand">
<p class="footer-text">Harbourline IT keeps small offices in Port Cassel
 running, safe and backed up.</p></div><div class="footer-links">${fFoot
   .map(
     (t) => `<a href="/${t.toLowerCase()}"
 class="footer-link">${t}</a>`,
   )
   .join('')}</div></div>
<div class="footer-bottom"><div>© 2025 Harbourline IT Ltd.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66c1a2b3d4e5f60718293a10" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/66c1a2b3d4e5f60718293a10/js/webflow.8a3f2c.js" type="text/javascript"></script></body></html>`;
const webflowPost: TestPage = {
  name: 'heldout530-webflow-security-checklist',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fBlocks.filter(([t]) => t.startsWith('h')).map(([, s]) => s),
  body: [fDek, ...fBlocks.filter(([t]) => !t.startsWith('h')).map(([, s]) => s)],
  bylines: ['Marcus Oyelaran', 'April 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a call', '← All articles', 'Security', fCap, 'Keep reading', 'Guides', ...fRel.map(([, t]) => t ?? ''), 'Read article →',
    'Get one practical IT tip a month', 'Work email', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Harbourline IT keeps small offices in Port Cassel running, safe and backed up.', 'Managed IT', 'Cloud', 'Privacy Policy', 'Careers',
    '© 2025 Harbourline IT Ltd.',
  ],
};

const dTitle = 'Customer laptop dead after BIOS update – worth buying an SPI programmer?';
const dPosts: { user: string; time: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'kiran_benchtech',
    time: 'February 14, 2025, 6:20pm',
    iso: '2025-02-14T18:20:11Z',
    likes: '2 Likes',
    paras: [
      j(
        'Customer brought in a Veltro 14 that died halfway through a BIOS update from the maker’s own tool. Fans spin for a second,',
        'no display, no POST beeps, caps lock light does nothing. Tried the recovery key combo and a USB stick with the renamed',
        'BIN file, nothing.',
      ),
      j('We are a two-person shop and this is the third one this year. Is it worth getting a CH341A and a clip, or do you all send', 'these out?'),
    ],
  },
  {
    user: 'dmitri.s',
    time: 'February 14, 2025, 7:02pm',
    iso: '2025-02-14T19:02:40Z',
    likes: '5 Likes',
    paras: [
      j(
        'Buy it. It pays for itself the first time. Two things though: get one that runs at 1.8V or use an adapter, because a lot',
        'of newer boards use 1.8V flash chips and the cheap programmers push 3.3V into them.',
      ),
      j(
        'And always read the chip twice and compare before you write anything. The original dump holds the serial number, the',
        'Windows key and on some models the LAN MAC address. If you flash a generic image you lose all of that.',
      ),
    ],
  },
  {
    user: 'kiran_benchtech',
    time: 'February 15, 2025, 10:41am',
    iso: '2025-02-15T10:41:03Z',
    likes: '1 Like',
    paras: [
      j(
        'Thanks, ordered one with the 1.8V adapter. Read the chip twice, both dumps matched, so I built a clean image from the',
        'vendor file and patched the serial back in. Board posted first try. Customer was very happy.',
      ),
    ],
  },
  {
    user: 'annika_r',
    time: 'February 16, 2025, 8:15am',
    iso: '2025-02-16T08:15:29Z',
    likes: '',
    paras: [
      j(
        'Good result. One more tip for next time: take the board out and clip the chip off the laptop if you can. Some boards',
        'back-power the chipset through the clip and the read comes out garbled.',
      ),
    ],
  },
];
const dRel = [
  ['Lenovo-style keyboard swap without removing the board?', '6', '311', 'Jan 2025'],
  ['Best microscope for under $400?', '14', '1.2k', 'Dec 2024'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (
  p: (typeof dPosts)[number],
  i: number,
): string => `<div id='post_${i + 1}' ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'}
 class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.benchtechs.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.benchtechs.org/t/customer-laptop-dead-after-bios-update/4821">
<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished'" : ''} datetime='${p.iso}' class='post-time'>${p.time}</time>
<meta itemprop='dateModified' content='${p.iso}'></span></div>
<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.slice(0, 1)}" />
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Customer laptop dead after BIOS update – worth buying an SPI programmer? - Board Repair - Bench Techs Forum</title>
<meta name="description" content="Customer brought in a Veltro 14 that died halfway through a BIOS update from the maker’s own tool.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 8c2e1f4">
<link rel="icon" type="image/png" href="https://forum.benchtechs.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.benchtechs.org/t/customer-laptop-dead-after-bios-update/4821">
<link href="/stylesheets/color_definitions_base__1_2f6e.css?__ws=forum.benchtechs.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_7b1a.css?__ws=forum.benchtechs.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.benchtechs.org","name":"Bench Techs Forum"}</script>
<meta property="og:site_name" content="Bench Techs Forum"><meta property="og:type" content="website"><meta property="article:section" content="Board Repair">
<script defer src="/assets/start-discourse-4f2a.js" nonce="Xk2f8"></script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.benchtechs.org/uploads/default/original/1X/logo.png" alt="Bench Techs Forum" id="site-logo"
 style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/customer-laptop-dead-after-bios-update/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/board-repair/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #E45735'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Board Repair</span></span></a><meta itemprop="position" content="1" />
</span></div>
<div class="topic-list-tags"><a href='https://forum.benchtechs.org/tag/bios' class='discourse-tag' rel="tag">bios</a>
<a href='https://forum.benchtechs.org/tag/spi-flash' class='discourse-tag' rel="tag">spi-flash</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.benchtechs.org/t/customer-laptop-dead-after-bios-update/4821'>
<meta itemprop='datePublished' content='2025-02-14T18:20:11Z'>
<meta itemprop='articleSection' content='Board Repair'><meta itemprop='keywords' content='bios, spi-flash'>
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/x/${i}' class='title raw-link raw-topic-link'>${t}</a>
</span>
<div class="link-bottom-line"><a href='/c/board-repair/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #E45735'></span>
<span class='badge-category clear-badge'><span class='category-name'>Board Repair</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}' itemprop="url">${t} </a></span>
</li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buttons"></div><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout530-discourse-bios-programmer',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: [...new Set(dPosts.map((p) => p.user)), ...dPosts.map((p) => p.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Board Repair', 'bios', 'spi-flash', ...dPosts.map((p) => p.likes).filter((l) => l !== ''), 'Related topics', ...dRel.flat(), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT530_D: readonly TestPage[] = [webflowPost, discourseThread];
