import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout484-kit.js';

/** Held-out batch 484, file d: a pet owners' forum thread on Discourse with a vet's answer, and a veterinary group's blog post on
 * HubSpot CMS (cookie banner, subscribe form, related posts). */
const fTitle = 'Senior cat (14) suddenly refusing dry food - teeth?';
const fPosts: { n: number; user: string; flair: string; date: string; full: string; likes: string; paras: string[] }[] = [
  {
    n: 1,
    user: 'fernandbramble',
    flair: '',
    date: 'Mar 3',
    full: 'Mar 3, 2026 8:14 pm',
    likes: '2',
    paras: [
      j(
        'My 14-year-old tabby, Juniper, has stopped eating her dry biscuits over the past week. She still eats wet food if I mash it up, but',
        'she drops bits out of her mouth and sometimes paws at her face. Otherwise she seems fine, drinking normally and using the litter tray.',
      ),
      'Could this be her teeth? Her last dental check was two years ago. Vet appointment is Friday, but I’d love to know what to expect.',
    ],
  },
  {
    n: 2,
    user: 'dr_okonkwo',
    flair: 'Veterinarian',
    date: 'Mar 3',
    full: 'Mar 3, 2026 9:40 pm',
    likes: '9',
    paras: [
      j(
        'Dropping food and pawing at the mouth are classic signs of oral pain in cats. The most common causes at her age are resorptive',
        'lesions (the tooth dissolves from the inside, and it is very painful), gum disease, or occasionally a growth in the mouth.',
      ),
      j(
        'Your vet will look in her mouth, but most of the important findings need dental X-rays under anaesthetic. At 14, expect them to',
        'suggest a blood test first to check her kidneys and thyroid.',
      ),
      'Until Friday, soft food warmed slightly is a good idea. Don’t give any human painkillers; paracetamol is toxic to cats.',
    ],
  },
  {
    n: 3,
    user: 'mapleandsoot',
    flair: '',
    date: 'Mar 4',
    full: 'Mar 4, 2026 7:02 am',
    likes: '4',
    paras: [
      j(
        'Same thing happened with my old boy last year. He had three teeth out for resorptive lesions and was eating biscuits again within a',
        'fortnight. Honestly he acted five years younger afterwards.',
      ),
    ],
  },
  {
    n: 4,
    user: 'fernandbramble',
    flair: '',
    date: 'Mar 8',
    full: 'Mar 8, 2026 6:31 pm',
    likes: '11',
    paras: [
      j(
        'Update for anyone who finds this later: bloods were fine, and Juniper had two teeth removed yesterday, both with resorptive lesions.',
        'She is already eating wet food properly and keeping it in her mouth. Thank you both!',
      ),
    ],
  },
];
const fPost = (
  p: (typeof fPosts)[number],
): string => `<div class="topic-post clearfix regular"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}"
role="region" data-post-id="${4410 + p.n}" data-topic-id="2291" data-user-id="${300 + p.n}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.pawtalk.org/${p.user}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span>${p.flair === '' ? '' : `<span class="user-title">${p.flair}</span>`}
</div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/senior-cat-refusing-dry-food/2291/${p.n}"><span title="${p.full}"
data-time="1772568840000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action" aria-label="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const fSide = ['Topics', 'My Posts', 'More', 'Categories', 'Cat Health', 'Dog Health', 'Ask a Vet', 'All categories'];
const fSugg: [string, string, string, string, string][] = [
  ['Cat drinking loads and losing weight?', 'Cat Health', '12', '1.2k', 'Feb 27'],
  ['How often do senior cats need a dental?', 'Ask a Vet', '6', '388', 'Jan 19'],
  ['Best wet food for a cat with few teeth', 'Cat Health', '23', '2.4k', 'Mar 1'],
];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Cat Health - PawTalk Community</title><meta name="description" content="My 14-year-old tabby has stopped eating her dry biscuits.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8a1b2c3d"><link rel="canonical"
href="https://forum.pawtalk.org/t/2291">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"fernandbramble"},
"datePublished":"2026-03-03T20:14:00Z"}</script><link href="/stylesheets/desktop_4b3c2d.css?__ws=forum.pawtalk.org" media="all" rel="stylesheet"
data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.pawtalk.org" data-environment="production"></head>
<body class="crawler archetype-regular category-cat-health has-sidebar-page"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><header class="d-header"><div class="wrap"><div class="contents">
<div class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle no-text btn-icon" aria-expanded="true" title="Hide sidebar"></button></div>
<div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/pawtalk-logo.png" alt="PawTalk Community"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text">
<span class="d-button-label">Sign Up</span>
</button><button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="search topics, posts, users, or categories"
aria-label="Search" class="icon btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">${fSide
  .map(
    (t) => `<a class="sidebar-section-link"
href="/${t.toLowerCase().replace(/ /g, '-')}"><span class="sidebar-section-link-content-text">${t}</span></a>`,
  )
  .join('\n')}
</div></section></div><div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="2291"><a href="/t/2291"
class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/cat-health/4"><span data-category-id="4"
class="badge-category"><span class="badge-category__name">Cat
Health</span></span></a><div class="list-tags"><a href="/tag/dental" class="discourse-tag simple">dental</a><a href="/tag/senior"
class="discourse-tag simple">senior</a>
</div></div></div></div><div class="container posts"
id="main-container"><div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats">
<span class="number">3</span><span class="topic-map__stat-label">replies</span><span class="number">412</span><span class="topic-map__stat-label">views</span>
<span class="number">3</span><span class="topic-map__stat-label">users</span></div></section></div>
<div class="post-stream">${fPosts.map(fPost).join('\n')}</div>
<div id="topic-footer-buttons"><button class="btn btn-primary create">Reply</button></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th>
<th>Views</th><th>Activity</th></tr></thead><tbody>${fSugg
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link" href="/t/1">${r[0]}</a>
<div class="link-bottom-line"><span class="badge-category__name">${r[1]}</span></div></td><td class="num posts">${r[2]}</td><td class="num views">${r[3]}</td>
<td class="num activity">${r[4]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/cat-health/4">Cat Health</a> or
<a href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></section>
<script defer src="/assets/discourse-4a5b6c.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourseCat: TestPage = page({
  name: 'heldout484-discourse-cat-teeth',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: fPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fSide, 'dental', 'senior', '3', 'replies', '412', 'views', 'users', 'Veterinarian',
    ...fPosts.map((p) => p.likes), 'Reply', 'Suggested Topics', ...fSugg.flatMap((r) => r), 'Topic', 'Replies', 'Views', 'Activity',
    'Want to read more? Browse other topics in Cat Health or view latest topics.',
  ],
});

const hTitle = 'Why we switched to low-stress handling in all nine of our clinics';
const hIntro = j(
  'Two years ago, one of our nurses at the Ashby clinic asked a simple question at a team meeting: why do so many of our patients have to',
  'be held down? That question led to the biggest change in how we work since the group was founded.',
);
const hH = ['What low-stress handling means', 'What changed for our teams', 'What the numbers show', 'What it means for your next visit'];
const hMeans = j(
  'Low-stress handling is a set of techniques that reduce fear, anxiety and stress for pets during a visit. It starts before the pet arrives',
  'and continues after it goes home. In practice, it means fewer people holding an animal, more time, and more choice for the pet.',
);
const hList = [
  'separate waiting areas for cats and dogs, with towels sprayed with calming pheromone',
  'non-slip mats on every exam table, and exams on the floor for dogs that prefer it',
  'treats, lick mats and distraction throughout the visit',
  'pre-visit medication for pets we know are anxious',
  'stopping a procedure and rebooking if a pet is too frightened',
];
const hTeams = [
  j(
    'All 140 of our vets, nurses and receptionists completed a twelve-hour training course, and each clinic now has a handling champion who',
    'coaches colleagues. We lengthened standard appointments from 15 to 20 minutes, which meant fewer slots each day, and we redesigned the',
    'waiting rooms at six sites.',
  ),
  'There were doubts. Some vets worried that slower appointments would create longer waiting lists. For the first three months, they did.',
];
const hNums = [
  j(
    'We compared 2024 with 2025 across the group. Injuries to staff from bites and scratches fell by 38 per cent. The share of cats that',
    'needed sedation for a routine exam dropped from one in eight to one in twenty. And the proportion of clients who came back for their',
    'pet’s next booster rose from 71 to 80 per cent.',
  ),
  j(
    '“The biggest difference is in the room. When a dog isn’t fighting you, you can actually examine it properly, and you find things you',
    'would have missed,” says Dr. Tom Ellery, clinical lead at our Fenwick clinic.',
  ),
];
const hNext = j(
  'When you book, let us know if your pet gets nervous. We may suggest a quieter time of day, a happy visit first, or medication to give at',
  'home before you come. And if your pet needs a break during the visit, we will take one.',
);
const hNav = ['Find a clinic', 'Services', 'Pet Health Blog', 'Careers'];
const hRel = ['Your pet’s first visit: what to bring', 'Helping a nervous cat travel to the vet', 'Meet the handling champions'];
const hWrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="How low-stress handling changed our clinics, and what it means for your pet."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.northgatevets.co.uk/blog/low-stress-handling">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-22T10:15:00Z",
"author":{"@type":"Person","name":"Dr. Priya Castellan"}}</script>
<link rel="stylesheet" href="https://www.northgatevets.co.uk/hubfs/hub_generated/template_assets/1/8811/1704210000/template_main.min.css">
<style>#hs_cos_wrapper_widget_1704 .hs-cta-img{max-width:100%}</style></head>
<body><div class="body-wrapper   hs-content-id-98112233 hs-blog-post hs-blog-id-88776655">
<div data-global-resource-path="northgate-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;"><img src="/hubfs/northgate-logo.svg" class="hs-image-widget" alt="Northgate Vet Partners"></a></span></span></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'has-submenu menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__cta"><a class="button" href="/book-online">Book online</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hWrap('name', 'text', hTitle)}</h1><div class="blog-post__meta"><a href="/blog/author/priya-castellan"
rel="author">Dr. Priya Castellan,
Medical Director</a><time datetime="2026-01-22 10:15:00" class="blog-post__timestamp">Jan 22, 2026 10:15:00 AM</time></div>
<div class="blog-post__body">${hWrap(
  'post_body',
  'rich_text',
  `${ps([hIntro])}<!--more-->
<h2>${hH[0]}</h2>${ps([hMeans])}<ul>${lis(hList)}</ul>
<p><img src="/hubfs/blog/cat-waiting-area.jpg" alt="Cat-only waiting area at our Ashby clinic" width="720" loading="lazy" style="width:720px;"></p>
<h2>${hH[1]}</h2>${ps(hTeams)}<h2>${hH[2]}</h2>${ps(hNums)}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-6f1c"><span class="hs-cta-node hs-cta-6f1c"
id="hs-cta-6f1c"><a href="https://cta-redirect.hubspot.com/cta/redirect/4455/6f1c">
<img class="hs-cta-img" id="hs-cta-img-6f1c" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4455/6f1c.png"
alt="Book a low-stress visit"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(4455, '6f1c', {});</script></span></p>
<h2>${hH[3]}</h2>${ps([hNext])}`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 496 512" aria-hidden="true"><g><path d="M0 0"></path></g></svg>
<a class="blog-post__tag-link" href="/blog/tag/clinic-news" rel="tag">Clinic News</a><a class="blog-post__tag-link" href="/blog/tag/behaviour"
rel="tag">Behaviour</a></div>
</article><section class="blog-subscribe"><h3>Subscribe to the Pet Health Blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked hs-custom-form"
id="hsForm_0c9d"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-0c9d" for="email-0c9d">
<span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-0c9d" name="email" required type="email" class="hs-input"
inputmode="email" autocomplete="email"></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></div></form></div></section></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
<ul class="blog-related-posts__list">${links(hRel, 'blog-related-posts__post')}</ul>
</div></div></main>
<div data-global-resource-path="northgate-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Northgate Vet Partners: nine clinics across the Wyeford valley.</p><ul class="footer__links"><li><a href="/privacy">Privacy notice</a></li>
<li><a href="javascript:;" onclick="_hsp.push(['showBanner']);">Cookie settings</a></li></ul><p class="footer__copyright">© 2026 Northgate Vet Partners Ltd</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4455.js"></script></body></html>`;
const hubspotHandling: TestPage = page({
  name: 'heldout484-hubspot-low-stress',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [hIntro, hMeans, ...hList, ...hTeams, ...hNums, hNext],
  bylines: ['Dr. Priya Castellan, Medical Director', 'Jan 22, 2026 10:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book online', 'Clinic News', 'Behaviour', 'Subscribe to the Pet Health Blog', 'Email', 'Related posts', ...hRel,
    'Northgate Vet Partners: nine clinics across the Wyeford valley.', 'Privacy notice', 'Cookie settings', '© 2026 Northgate Vet Partners Ltd',
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalized services to you.',
    ),
    'Accept', 'Decline',
  ],
});

export const HELDOUT484_D: readonly TestPage[] = [discourseCat, hubspotHandling];
