import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout497-kit.js';

/**
 * Held-out batch 497, file d: a parents' forum thread about nursery notice periods on Discourse (the server-rendered crawler
 * view), and a Montessori nursery's admissions page built with Webflow.
 */
const fTitle = 'How much notice did you have to give when moving nursery mid-year?';
interface Post {
  user: string;
  date: string;
  paras: string[];
  likes: string;
}
const fPosts: Post[] = [
  {
    user: 'jemima_r',
    date: 'November 2, 2026, 8:41pm',
    paras: [
      j(
        "We are moving our daughter (2y 4m) to a nursery closer to my new job in January. Our current nursery's contract says",
        "two months' notice, in writing, which would mean paying for December and January even though she will only be there for",
        'half of that time.',
      ),
      'Is two months normal? Did anyone manage to negotiate it down?',
    ],
    likes: '2 Likes',
  },
  {
    user: 'tomasz.k',
    date: 'November 2, 2026, 9:15pm',
    paras: [
      j(
        'Four weeks is more common in our area, but two months is not unusual, especially for baby and toddler places where they',
        'need time to fill the space. We paid the full notice when we moved.',
      ),
    ],
    likes: '1 Like',
  },
  {
    user: 'Priya_Odell',
    date: 'November 3, 2026, 7:02am',
    paras: [
      j(
        "Worth asking whether they have a waiting list. Ours agreed to end the notice early once they had filled our son's",
        'place, and only charged us for the weeks the place was empty. It is at their discretion, but it does not hurt to ask.',
      ),
      'Also check whether funded hours count. You cannot be charged for funded hours during the notice period in most areas.',
    ],
    likes: '5 Likes',
  },
  {
    user: 'jemima_r',
    date: 'November 4, 2026, 6:30pm',
    paras: [
      j(
        'Update: I asked, and they said they will release us at the end of December if the place is taken by then. Thanks both,',
        'I would never have thought to ask!',
      ),
    ],
    likes: '',
  },
];
const fRel = ['Nursery fees going up 9% in January - is that normal?', 'Settling-in sessions: paid or free?', 'Tax-Free Childcare and holiday clubs'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Childcare &amp; Nurseries - Little Steps Parents Forum</title>
<meta name="description" content="We are moving our daughter (2y 4m) to a nursery closer to my new job in January.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8b1c">
<link rel="canonical" href="https://forum.littlestepsparents.org/t/how-much-notice-moving-nursery/4821">
<meta property="og:site_name" content="Little Steps Parents Forum"><meta property="og:type" content="website">
<meta property="article:published_time" content="2026-11-02T20:41:03+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"jemima_r"},"datePublished":"2026-11-02T20:41:03Z","commentCount":3}</script>
<link href="/stylesheets/color_definitions_base.css?__ws=forum.littlestepsparents.org" media="all" rel="stylesheet">
<link href="/stylesheets/desktop.css?__ws=forum.littlestepsparents.org" media="all" rel="stylesheet"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Little Steps Parents Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/how-much-notice-moving-nursery/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/childcare/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #6C9A3E"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Childcare &amp; Nurseries</span></span></a>
<meta itemprop="position" content="1"></span></div>
<div class="topic-tags"><a href="/tag/fees" class="discourse-tag">fees</a><a href="/tag/contracts" class="discourse-tag">contracts</a></div></div>
${fPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.littlestepsparents.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.littlestepsparents.org/t/how-much-notice-moving-nursery/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-11-0${i + 2}T20:41:03Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.split(' ')[0]}">${
      p.likes === ''
        ? ''
        : `<span
class="post-likes">${p.likes}</span>`
    }</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table
class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/x/${4700 + i}" class="title raw-link
raw-topic-link">${t}</a></span>
</td><td class="replies"><span class="posts" title="posts">${12 - i * 3}</span></td><td class="views"><span class="views"
title="views">${340 + i * 7}</span></td>
<td>October 2026</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout497-discourse-nursery-notice',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Childcare & Nurseries', 'fees', 'contracts', '2 Likes', '1 Like', '5 Likes', 'Related topics', ...fRel, '12', '9', '6', '340', '347', '354',
    'October 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Admissions';
const mLead = 'We welcome children from 18 months to 6 years into our two Montessori classrooms in the heart of Larchfield.';
const mStepsH = 'How to apply';
const mSteps = [
  '<strong>Visit us.</strong> Book a tour on a Tuesday or Thursday morning to see a classroom at work.',
  '<strong>Register your interest.</strong> Complete the online form and pay the &pound;50 registration fee.',
  '<strong>Meet the guide.</strong> We invite you and your child for a short stay-and-play with the classroom guide.',
  '<strong>Receive an offer.</strong> Offers are made in February for September starts, and at other times as places come up.',
];
const mAgesH = 'Which classroom?';
const mAges = [
  j(
    'The <strong>Nido &amp; Toddler Community</strong> is for children from 18 months to around 3 years, with a ratio of one adult',
    'to every four children. Children move to the Casa when they are ready, usually between 2 years 9 months and 3 years 3 months.',
  ),
  j(
    'The <strong>Casa dei Bambini</strong> is a mixed-age class for children from 3 to 6, where older children help the younger',
    'ones and consolidate what they know by teaching it.',
  ),
];
const mFeesH = 'Fees and funding';
const mFees = [
  j(
    'Fees for 2027 to 2028 are &pound;74 a day for the Toddler Community and &pound;68 a day for the Casa. We accept the 15 and 30',
    'hours government funding; funded hours are offered term time only, from 8.45am to 2.45pm.',
  ),
];
const mNav = ['Our Approach', 'Classrooms', 'Admissions', 'Journal', 'Contact'];
const mFoot = ['Larchfield Montessori, 22 Beacon Terrace, Larchfield LF1 4DA', 'Instagram', 'Privacy', 'Safeguarding'];
const mHtml = `<!DOCTYPE html><!-- Last Published: Tue Oct 20 2026 14:02:37 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.larchfieldmontessori.com" data-wf-page="64f1a0c2b7e1d93a" data-wf-site="64f1a0c2b7e1d92f" lang="en"><head><meta charset="utf-8">
<title>Admissions | Larchfield Montessori</title><meta content="How to apply for a place at Larchfield Montessori." name="description">
<meta content="Admissions | Larchfield Montessori" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/64f1a0c2b7e1d92f/css/larchfield.webflow.shared.css"
rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&
(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/64f1a0c2b7e1d92f/logo.svg" alt="Larchfield Montessori"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${mNav
  .map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link${t === 'Admissions' ? ' w--current' : ''}">${t}</a>`)
  .join('')}<a href="/visit" class="button nav-button w-button">Book a tour</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${mTitle}</h1>
<p class="hero-paragraph">${mLead}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<h2>${mStepsH}</h2><ol role="list">${lis(mSteps)}</ol>
<h2>${mAgesH}</h2>${ps(mAges)}
<h2>${mFeesH}</h2>${ps(mFees)}</div></div></section>
<section class="cta-section"><div class="w-layout-blockcontainer container w-container"><div class="cta-wrapper"><h2 class="cta-heading">Come and see for
yourself</h2>
<p class="cta-text">Tours run every Tuesday and Thursday at 9.30am.</p><a href="/visit" class="button w-button">Book your tour</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid">
<p class="footer-text">${mFoot[0]}</p><a href="https://instagram.com/larchfieldmontessori" class="footer-link">${mFoot[1]}</a>
<a href="/privacy" class="footer-link">${mFoot[2]}</a><a href="/safeguarding" class="footer-link">${mFoot[3]}</a></div>
<div class="footer-legal">&copy; 2026 Larchfield Montessori Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f1a0c2b7e1d92f" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64f1a0c2b7e1d92f/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout497-webflow-montessori-admissions',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mStepsH, mAgesH, mFeesH],
  body: texts([mLead, ...mSteps, ...mAges, ...mFees]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav.filter((t) => t !== 'Admissions'), 'Book a tour', 'Come and see for yourself', 'Tours run every Tuesday and Thursday at 9.30am.', 'Book your tour',
    ...mFoot, '© 2026 Larchfield Montessori Ltd',
  ],
};

export const HELDOUT497_D: readonly TestPage[] = [discourse, webflow];
