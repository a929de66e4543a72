import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout627-kit.js';

/**
 * Held-out batch 627, file d: a council Shopmobility service page on LocalGov Drupal and a stairlift thread on a Discourse
 * forum (the server-rendered crawler view, with related topics).
 */
const lTitle = 'Shopmobility Kesterford';
const lBody = [
  j(
    'Shopmobility lends manual wheelchairs, powered wheelchairs and mobility scooters to anyone who needs help getting around Kesterford',
    'town centre, whether you live here or are visiting for the day. You do not need to be registered disabled.',
  ),
  'Where to find us',
  j(
    'The Shopmobility office is on level 1 of Cornhill multi-storey car park, next to the lifts. There are six blue badge bays right',
    'outside, and parking is free for Shopmobility users while they have equipment on loan.',
  ),
  'Opening times',
  'Charges',
  'Registration is free. Loans cost £3 a day for members and £5 a day for visitors, and can be paid by card or cash.',
  'Before your first visit',
  'On your first visit we will ask you to:',
  'fill in a registration form',
  'show proof of address, such as a bill or bank statement',
  'take a short test drive in the car park before you borrow a powered chair or scooter',
  j(
    'Please book in advance on 01632 961 220, especially on Saturdays and market days, as we only have 14 scooters. Escorts can borrow a',
    'manual wheelchair to push a member who cannot self-propel.',
  ),
];
const lHours = [
  ['Monday to Friday', '9:30am to 4:30pm'],
  ['Saturday', '9am to 4pm'],
  ['Sunday and bank holidays', 'Closed'],
];
const lHeadIdx = [1, 3, 4, 6];
const lNav = ['Bins and recycling', 'Council tax', 'Parking and travel', 'Housing', 'Adult social care', 'Libraries'];
const lCrumbs = ['Home', 'Parking and travel', 'Accessible travel'];
const lRel = ['Blue badges', 'Dial-a-ride', 'Accessible toilets in the town centre'];
const lFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.kesterford.gov.uk/parking-and-travel/accessible-travel/shopmobility-kesterford" />
<title>${lTitle} | Kesterford Borough Council</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1zBv9c.css?delta=0&amp;language=en&amp;theme=localgov_base" />
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2214"},"localgov_base":{}}</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container"><div class="lgd-region lgd-region--header">
<header class="lgd-header"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/kesterford/logo.svg" alt="Kesterford Borough Council home" /></a></div>
<div class="lgd-header__toggles"><button class="lgd-header__toggle lgd-header__toggle--search" aria-controls="lgd-header__search"
aria-expanded="false">Search</button>
<button class="lgd-header__toggle lgd-header__toggle--menu" aria-controls="lgd-header__nav--primary" aria-expanded="false">Menu</button></div>
<div class="lgd-header__search" id="lgd-header__search"><div class="block block-localgov-search"><form action="/search" method="get"
class="localgov-search-form">
<label for="edit-s" class="visually-hidden">Search this site</label><input type="text" id="edit-s" name="s" size="30" maxlength="128" class="form-text" />
<input type="submit" value="Search" class="button js-form-submit form-submit" /></form></div></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary" aria-label="Main"><ul
class="lgd-header__nav-list">${links(lNav, 'lgd-header__nav-item')}</ul>
</nav></header></div>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">
Breadcrumb</h2><ol>${links(lCrumbs)}</ol></nav></div>
<main class="main padding-horizontal" id="main-content"><div class="lgd-row"><div class="lgd-row__full"><div class="region region--content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-localgov-base-content" class="block block-system block-system-main-block">
<article class="localgov-services-page localgov-services-page--full"><div class="lgd-page-title-block"><h1
class="lgd-page-title-block__title"><span>${lTitle}</span></h1>
<div class="lgd-page-title-block__subheader"><p
class="lgd-page-title-block__summary">Borrow a wheelchair or scooter to get around the town centre.</p></div></div>
<div class="localgov-services-page__content"><div
class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${at(lBody, 0)}</p><h2>${at(lBody, 1)}</h2><p>${at(lBody, 2)}</p>
<h2>${at(lBody, 3)}</h2><table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>${lHours.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>${at(lBody, 4)}</h2><p>${at(lBody, 5)}</p><h2>${at(lBody, 6)}</h2><p>${at(lBody, 7)}</p><ul>${lis(lBody.slice(8, 11))}</ul><p>${at(lBody, 11)}</p>
</div></div>
<div class="lgd-page-last-updated"><p>Last updated: 3 February 2026</p></div></article></div></div></div></div>
<div class="lgd-row"><aside class="lgd-row__one-third sidebar sidebar--second"><div
class="localgov-services-related-links"><h2>Related links</h2><ul>${links(lRel)}</ul>
</div></aside></div>
<div class="lgd-row"><div class="block block-localgov-page-feedback"><h2 class="block__title">Was this page helpful?</h2><a href="/page-feedback?page=2214"
class="button">
Give feedback on this page</a></div></div></main>
<footer class="lgd-footer"><div class="lgd-region lgd-region--footer"><nav aria-label="Footer"><ul class="lgd-footer__links">${links(lFoot)}</ul></nav>
<p class="lgd-footer__copyright">© Kesterford Borough Council, Civic Offices, Market Square, Kesterford KF1 2AB</p></div></footer>
</div></div><script src="/core/misc/drupalSettingsLoader.js?v=10.2.4"></script><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout627-localgov-shopmobility',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lHeadIdx.map((i) => at(lBody, i)),
  body: texts([
    'Borrow a wheelchair or scooter to get around the town centre.',
    ...lBody.slice(0, 3).filter((_, i) => i !== 1),
    ...lHours.map(rowText),
    ...lBody.slice(5).filter((_, i) => i !== 1),
  ]),
  bylines: ['Last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Menu', 'Search this site', ...lNav, 'Breadcrumb', 'Home', 'Accessible travel', 'Related links', ...lRel,
    'Was this page helpful?', 'Give feedback on this page', ...lFoot, '© Kesterford Borough Council, Civic Offices, Market Square, Kesterford KF1 2AB',
  ],
};

const fTitle = 'Stairlift for narrow stairs with a turn at the top: what worked for you?';
const fPosts: { user: string; time: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'joan_at_no9',
    time: 'Feb 11, 2026 9:14 am',
    iso: '2026-02-11T09:14:22Z',
    likes: '2 Likes',
    paras: [
      j(
        'Our stairs are only 690 mm between the handrail and the wall and there is a quarter turn with three winders at the top. Two',
        'companies have said a curved lift is possible but one said we would lose the handrail. Has anyone had one fitted on stairs this narrow?',
      ),
      'My husband can manage the stairs with a rail on both sides at the moment, so I am worried about taking one away.',
    ],
  },
  {
    user: 'TomWheelz',
    time: 'Feb 11, 2026 11:02 am',
    iso: '2026-02-11T11:02:40Z',
    likes: '4 Likes',
    paras: [
      j(
        'We have 710 mm stairs and a curved rail on the inside of the turn. The trick was a seat with a powered swivel and a footrest that',
        'folds up automatically, so the folded lift sticks out about 330 mm. The handrail stayed, but it was moved up the wall slightly.',
      ),
      'Ask each company to draw the folded lift on the survey drawing. That showed us which one actually fitted.',
    ],
  },
  {
    user: 'Ruth_OT',
    time: 'Feb 12, 2026 8:37 pm',
    iso: '2026-02-12T20:37:05Z',
    likes: '3 Likes',
    paras: [
      j(
        'Occupational therapist here. If your husband still uses both rails, mention it to the surveyor: an inside rail with the handrail',
        'kept on the outer wall is usually the answer. It is also worth asking for an assessment from your council, as a grant may cover it.',
      ),
    ],
  },
  {
    user: 'joan_at_no9',
    time: 'Feb 16, 2026 4:50 pm',
    iso: '2026-02-16T16:50:13Z',
    likes: '1 Like',
    paras: ['Thank you both. The third company drew it as Tom suggested and the handrail can stay on the outer wall. Survey booked for March.'],
  },
];
const fRelated = [
  ['Reconditioned curved stairlifts, worth the risk?', '12', '1.4k', 'Jan 2026'],
  ['Through-floor lift instead of a stairlift', '7', '866', 'Dec 2025'],
  ['Stairlift battery beeping every night', '18', '2.1k', 'Mar 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (p: (typeof fPosts)[number], i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://community.ablefolk.org/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://community.ablefolk.org/t/stairlift-narrow-stairs-turn/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.time}</time><meta itemprop="dateModified"
content="${p.iso}">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span class='post-likes'>${p.likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Home adaptations - Ablefolk Community</title><meta name="description" content="Our stairs are only 690 mm between the handrail and the wall">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://community.ablefolk.org/t/stairlift-narrow-stairs-turn/4821" />
<script defer src="/assets/start-discourse-8c1e0f.js"></script><link href="/stylesheets/desktop_b1f3.css?__ws=community.ablefolk.org" media="all"
rel="stylesheet"
data-target="desktop" /><meta property="og:site_name" content="Ablefolk Community" /><meta property="og:type" content="website" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.ablefolk.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://community.ablefolk.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<meta property="discourse:tags" content="stairlifts,narrow-stairs" /></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img
src="/uploads/default/original/1X/ablefolk-logo.png"
alt="Ablefolk Community" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/stairlift-narrow-stairs-turn/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/home-adaptations/12" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Home adaptations</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='https://community.ablefolk.org/tag/stairlifts' class='discourse-tag'
rel="tag">stairlifts</a>,
<a href='https://community.ablefolk.org/tag/narrow-stairs' class='discourse-tag' rel="tag">narrow-stairs</a></div></div></div>
${fPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='https://community.ablefolk.org/t/${4700 + i}'
class='title raw-link raw-topic-link'>${t}</a>
</span><div class="link-bottom-line"><a href='/c/home-adaptations/12' class='badge-wrapper bullet'><span class='badge-category-bg'
style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Home adaptations</span></span></a></div></td><td class="posters"></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${fFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buorg"><div>Unfortunately, <a href="https://www.discourse.org/faq/#browser">your browser is unsupported</a>. Please <a
href="https://browsehappy.com">switch to a
supported browser</a> to view rich content, log in and reply.</div></div>
<footer class="container wrap"><div class="footer"><p class='powered-by-link'>Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</div></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout627-discourse-stairlift-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home adaptations', 'stairlifts', 'narrow-stairs', '1', '2', '3', '4', ...new Set(fPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies',
    'Views',
    'Activity', ...fRelated.flat(),
    ...fFoot, 'Unfortunately, your browser is unsupported. Please switch to a supported browser to view rich content, log in and reply.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT627_D: readonly TestPage[] = [localgov, discourse];
