import { type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout570-kit.js';

/**
 * Held-out batch 570, file d: a community pharmacists' Discourse forum thread as served to a browser without JavaScript (the
 * crawler view).
 */
const dTitle = 'Pharmacy First UTI consultations – how are you fitting them in?';
const dPosts: [string, string, string[], string][] = [
  [
    'mrowland_pharm',
    'March 4, 2025,  9:12am',
    [
      j(
        'We started the uncomplicated UTI pathway in January and the numbers have roughly doubled since GPs began referring. On a busy',
        'Monday I can have six waiting while the dispensary backs up. How are other single-handed branches managing this?',
      ),
      j(
        'At the moment I do them as they come, but it means prescriptions waiting 40 minutes at lunchtime. I&#39;m thinking of',
        'blocking out two half-hour slots a day for referrals and asking walk-ins to come back.',
      ),
    ],
    '3 Likes',
  ],
  [
    'jess.t',
    'March 4, 2025, 10:47am',
    [
      j(
        'We went to booked slots in February and it has made a big difference. The surgery sends referrals through the',
        'system with a time already chosen from our calendar, so most arrive when we expect them.',
      ),
      j(
        'Walk-ins still get seen the same day, but the counter assistant explains there may be a wait and offers a slot later on.',
        'Almost everyone is happy with that once they know they will definitely be seen.',
      ),
    ],
    '5 Likes',
  ],
  [
    'Kwame_Asante-Reid',
    'March 4, 2025,  1:05pm',
    [
      j(
        'Worth remembering the questionnaire part can be done before the patient sits down. Our ACT goes through the exclusion',
        'questions at the counter (age, pregnancy, symptoms for more than seven days, catheter and so on) and hands me the form.',
      ),
      'It cut each consultation from about fifteen minutes to under ten for us.',
    ],
    '7 Likes',
  ],
  [
    'mrowland_pharm',
    'March 5, 2025,  8:30am',
    [
      j(
        'Thanks both. Kwame, did you need to change anything in your SOPs for the technician doing the screening part? Our',
        'superintendent is cautious about anything that looks like delegation of the clinical bit.',
      ),
    ],
    '',
  ],
  [
    'Kwame_Asante-Reid',
    'March 5, 2025,  9:14am',
    [
      j(
        'We wrote a short addendum: the ACT only records answers and never decides on supply. Any yes to an exclusion question',
        'comes straight to me. Our superintendent signed it off after reading the service specification again.',
      ),
    ],
    '2 Likes',
  ],
  [
    'dr_fennimore',
    'March 6, 2025,  7:58pm',
    [
      j(
        'Coming at this from the other side, as a GP partner: please keep sending us the ones you cannot treat, but do tell',
        'patients why. We had a few come back annoyed that &quot;the chemist sent me back&quot; when they were over 65.',
      ),
      'A one-line reason on the referral back saves us a phone call.',
    ],
    '9 Likes',
  ],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Pharmacy First - Counterpoint</title>
<meta name="description" content="We started the uncomplicated UTI pathway in January and the numbers have roughly doubled since GPs began referring.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical"
href="https://forum.counterpoint-pharmacy.org/t/pharmacy-first-uti-consultations/4471">
<link href="/stylesheets/color_definitions_light_1_2.css" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_5a1f.css" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Counterpoint" /><meta property="og:type" content="website" /><meta property="article:published_time"
content="2025-03-04T09:12:33+00:00" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.counterpoint-pharmacy.org"}</script>
<link rel="preload" href="/assets/start-discourse-a3f2.js" as="script"></head>
<body class="crawler "><noscript data-share-ember-noscript></noscript>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/"><img src="/uploads/default/original/1X/logo.png"
alt="Counterpoint" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/pharmacy-first-uti-consultations/4471">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/services/pharmacy-first/14" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Pharmacy First</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-list-tags"><a href="/tag/uti" class="discourse-tag">uti</a> <a href="/tag/workload" class="discourse-tag">workload</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
<meta itemprop="datePublished" content="2025-03-04T09:12:33Z"><meta itemprop="articleSection" content="Pharmacy First">
${dPosts
  .map(
    (
      [user, date, paras, likes],
      i,
    ) => `<div class="topic-body crawler-post" id="post_${i + 1}"${i === 0 ? '' : ' itemprop="comment" itemscope itemtype="http://schema.org/Comment"'}>
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${user}">
<span itemprop="name">${user}</span></a></span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-03-0${i}T09:12:33Z"
class="post-time">
${date}</time><meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0] || 0}" />${likes === '' ? '' : `<span class="post-likes">${likes}</span>`}</div></div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th>
<th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position"
content="1">
<span class="link-top-line"><a itemprop="url" href="/t/sore-throat-test-and-treat/4390"
class="title raw-link raw-topic-link">Sore throat pathway: are you using the
FeverPAIN score?</a></span><div class="link-bottom-line"><a href="/c/services/pharmacy-first/14"
class="badge-wrapper bullet"><span class="badge-category-bg"></span>
<span class="badge-category clear-badge"><span class="category-name">Pharmacy First</span></span></a></div></td><td class="replies">
<span class="posts">12</span></td>
<td class="views"><span class="views">388</span></td><td>Feb 2025</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div id="data-preloaded" class="hidden" data-preloaded="{&quot;site&quot;:&quot;{}&quot;}"></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout570-discourse-uti-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[2])),
  bylines: dPosts.flatMap((p) => [p[0], p[1].replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pharmacy First', 'uti', 'workload', ...dPosts.map((p) => p[3]).filter((t) => t !== ''), 'Related topics',
    'Sore throat pathway: are you using the FeverPAIN score?',
    '12', '388', 'Feb 2025', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT570_D: readonly TestPage[] = [tidy(discourse)];
