import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file e: a children's hospital volunteering page built with Webflow (w-nav, w-richtext, w-layout-grid,
 * w-form with hidden success and error messages), and a patient community thread on Discourse (crawler view, five posts).
 */
const vTitle = 'Volunteer with us';
const vDek = 'Give a few hours a week and help make a hospital stay a little easier for children and their families.';
const vIntro = [
  j(
    'More than 180 volunteers support the wards and clinics at Wyecliffe Children’s Hospital. You don’t need any experience:',
    'we give every volunteer a day of induction training and a named supervisor on their ward.',
  ),
  'You need to be 18 or over and able to commit to at least one regular shift a week for six months.',
];
const vRoles = [
  ['Ward play helper', 'Help our play specialists run games, crafts and story sessions on the wards and in the playroom.'],
  ['Welcome desk guide', 'Greet families in the main entrance, help them find their clinic and take the worry out of arriving.'],
  ['Family kitchen volunteer', 'Keep the parents’ kitchen stocked and tidy, and be a friendly face for parents staying overnight.'],
] as const;
const vSteps = [
  'Send us the short application form below.',
  'We will invite you to an informal chat with our volunteer team.',
  'We will ask for two references and carry out an enhanced DBS check, which is free for volunteers.',
  'Once your checks are back, you will join the next induction day and choose your shift.',
];
const vH2 = ['Volunteer roles', 'How to apply'];
const vNav = ['About', 'Our wards', 'Visiting', 'Fundraise', 'Volunteer', 'Contact'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue May 12 2026 10:41:27 GMT+0000 -->
<html data-wf-domain="www.wyecliffechildrens.org" data-wf-page="65a3f1c2b7e4d80012a9c4e1" data-wf-site="65a3f1c2b7e4d80012a9c3d0" lang="en">
<head><meta charset="utf-8"><title>Volunteer with us | Wyecliffe Children&#x27;s Hospital</title>
<meta content="Join 180 volunteers helping children and families at Wyecliffe Children's Hospital." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a3f1c2b7e4d80012a9c3d0/css/wyecliffe.webflow.shared.4b1f2c7e9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body>
<div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a3f1c2b7e4d80012a9c3d0/logo.svg"
loading="lazy" alt="Wyecliffe Children's Hospital" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${vNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-volunteer"><div class="container w-container"><div class="hero-content"><h1 class="heading-xl">${vTitle}</h1>
<p class="paragraph-lg">${vDek}</p><a href="#apply" class="button w-button">Apply now</a></div></div></section>
<section class="section"><div class="container w-container"><div class="rich-text w-richtext">${ps(vIntro)}</div>
<h2 class="heading-l">${vH2[0]}</h2><div class="w-layout-grid roles-grid">
${vRoles
  .map(
    (r) => `<div class="role-card">
<img src="https://assets-global.website-files.com/65a3f1c2b7e4d80012a9c3d0/icon-${r[0].length}.svg" loading="lazy" alt="">
<h3 class="heading-s">${r[0]}</h3><p class="paragraph-sm">${r[1]}</p></div>`,
  )
  .join('\n')}</div>
<div class="rich-text w-richtext"><h2>${vH2[1]}</h2><ol role="list">${lis(vSteps)}</ol></div></div></section>
<section id="apply" class="section section-form"><div class="container w-container"><h2 class="heading-l">Apply to volunteer</h2>
<div class="form-block w-form">
<form id="volunteer-form" name="wf-form-Volunteer" data-name="Volunteer" method="get" class="form" data-wf-page-id="65a3f1c2b7e4d80012a9c4e1">
<label for="name" class="field-label">Full name</label><input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name">
<label for="email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="email" type="email" id="email" required="">
<label for="role" class="field-label">Which role interests you?</label><select id="role" name="role" class="select-field w-select">
<option value="">Select one...</option><option value="play">Ward play helper</option><option value="welcome">Welcome desk guide</option></select>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send application"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Volunteer success"><div>Thank you! Your application has been received.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Volunteer failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid">
<p class="footer-text">Wyecliffe Children’s Hospital, Abbey Road, Wyecliffe WY1 3DS</p>
<p class="footer-text">Registered charity no. 1187654</p><a href="/privacy" class="footer-link">Privacy</a>
<a href="/accessibility" class="footer-link">Accessibility</a></div>
</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a3f1c2b7e4d80012a9c3d0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a3f1c2b7e4d80012a9c3d0/js/webflow.2c8b6a4e1.js" type="text/javascript"></script></body></html>`;
const webflowVolunteer: TestPage = settle({
  name: 'heldout490-webflow-volunteer',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [vH2[0] ?? '', ...vRoles.map((r) => r[0]), vH2[1] ?? ''],
  body: texts([vDek, ...vIntro, ...vRoles.map((r) => r[1]), ...vSteps]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Apply now', 'Apply to volunteer', 'Full name', 'Email address', 'Which role interests you?',
    'Wyecliffe Children’s Hospital, Abbey Road, Wyecliffe WY1 3DS', 'Registered charity no. 1187654', 'Privacy', 'Accessibility',
  ],
});

const fTitle = 'Radiotherapy at Brackenford: parking for daily treatment?';
const fPosts = [
  {
    user: 'gwen_h',
    date: 'March 2, 2026,  7:14pm',
    likes: '2 Likes',
    paras: [
      j(
        'I start 20 sessions of radiotherapy at Brackenford next week, Monday to Friday. The car park by the cancer centre was',
        'full both times I went for my planning scan. Does anyone know if there is reserved parking for radiotherapy patients,',
        'and do you have to pay every day?',
      ),
    ],
  },
  {
    user: 'DaveInTheDales',
    date: 'March 2, 2026,  8:02pm',
    likes: '5 Likes',
    paras: [
      j(
        'Yes! Ask at the radiotherapy reception on your first day for a parking permit. It lets you use the bays marked',
        '“Radiotherapy patients only” behind the Orchard Building, and it is free for the whole course of treatment.',
      ),
      'They only give you the permit once your first session is booked in, so you will have to pay on day one.',
    ],
  },
  {
    user: 'gwen_h',
    date: 'March 2, 2026,  8:30pm',
    likes: '',
    paras: ['That is a huge relief, thank you. I had no idea the Orchard Building bays existed.'],
  },
  {
    user: 'Sunita_Volunteer',
    date: 'March 3, 2026,  9:47am',
    likes: '3 Likes',
    paras: [
      j(
        'Just to add: if you are not able to drive during treatment, the volunteer car service can take you to and from your',
        'appointments. It is run by the League of Friends and you only pay a small mileage contribution. Your radiographer can',
        'refer you, or you can phone the transport desk on 01632 960 655.',
      ),
    ],
  },
  {
    user: 'Moderator_Lynn',
    date: 'March 3, 2026, 10:05am',
    likes: '1 Like',
    paras: [
      j(
        'Thanks everyone. I have added the permit information to the pinned post “Getting to the cancer centre” so that it is',
        'easier to find. Good luck with your treatment, Gwen.',
      ),
    ],
  },
];
const fRel = ['What to bring to chemotherapy sessions', 'Hospital shuttle bus from Brackenford station', 'Skin care during radiotherapy'];
const fComment = "itemprop='comment' itemscope itemtype='http://schema.org/Comment' ";
const fPost = (p: (typeof fPosts)[number], i: number): string => `<div id='post_${i + 1}' ${i === 0 ? '' : fComment}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='/u/${p.user}'>
<span itemprop='name'>${p.user}</span></a></span><span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-03-0${i < 3 ? 2 : 3}T19:14:08Z'
class='post-time'>${p.date}</time><meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.charAt(0)}" />${
  p.likes === ''
    ? ''
    : `<span
class='post-likes'>${p.likes}</span>`
}</div></div>`;
const relRow = (t: string, i: number): string => `<tr class="topic-list-item">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='/t/${1700 + i}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/cancer-services/7' class='badge-wrapper bullet'>
<span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Cancer services</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${4 + i}</span>
</td><td class="views"><span class='views' title='views'>${212 + i * 37}</span></td><td>Jan 2026</td></tr>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Cancer services - Brackenford Patient Community</title>
<meta name="description" content="I start 20 sessions of radiotherapy at Brackenford next week, Monday to Friday. The car park by the cancer centre
was full both times…">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 8c7e1a0b5d2f">
<link rel="icon" type="image/png" href="https://community.brackenfordhospital.org.uk/uploads/default/optimized/1X/favicon_32x32.png">
<link rel="canonical" href="https://community.brackenfordhospital.org.uk/t/radiotherapy-at-brackenford-parking-for-daily-treatment/1842">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.brackenfordhospital.org.uk"}</script>
<link href="/stylesheets/color_definitions_brackenford_3_1_9b2e.css?__ws=community.brackenfordhospital.org.uk" media="all" rel="stylesheet">
<link href="/stylesheets/desktop_5c1a2f.css?__ws=community.brackenfordhospital.org.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Brackenford Patient Community"><meta property="og:type" content="website">
<meta property="article:published_time" content="2026-03-02T19:14:08+00:00"><meta property="og:ignore_canonical" content="true"></head>
<body class="crawler "><header><a href="/"><img src="https://community.brackenfordhospital.org.uk/uploads/default/original/1X/logo.png"
alt="Brackenford Patient Community" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/radiotherapy-at-brackenford-parking-for-daily-treatment/1842">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/cancer-services/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Cancer services</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/radiotherapy' class='discourse-tag' rel="tag">radiotherapy</a>,
<a href='/tag/parking' class='discourse-tag' rel="tag">parking</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<meta itemprop='articleSection' content='Cancer services'><meta itemprop='keywords' content='radiotherapy, parking'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Brackenford Patient Community'></div>
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRel.map(relRow).join('\n')}</tbody></table></div>
</div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourseThread: TestPage = settle({
  name: 'heldout490-discourse-radiotherapy-parking',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: fPosts.flatMap((p) => [p.user, p.date.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cancer services', 'radiotherapy', 'parking', ...fPosts.map((p) => p.likes).filter((l) => l !== ''), 'Related topics', 'Topic', 'Replies',
    'Views', 'Activity', ...fRel, 'Jan 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT490_E: readonly TestPage[] = [webflowVolunteer, discourseThread];
