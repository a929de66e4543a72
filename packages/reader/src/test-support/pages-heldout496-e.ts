import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout496-kit.js';

/**
 * Held-out batch 496, file e: a care home listing on a Next.js care directory (with reviews), and a Discourse thread on a
 * carers' forum.
 */
const nTitle = 'Ferncliffe Manor';
const nDek = 'Nursing home in Radley Bridge, Westmoor · 64 beds · Run by Coverdale Living';
const nH = ['About Ferncliffe Manor', 'Facilities', 'Fees'];
const nAbout = [
  j(
    'Ferncliffe Manor is a converted Victorian house with a modern purpose-built wing, overlooking the river at Radley Bridge. It',
    'provides nursing care, dementia nursing and short-term stays after a hospital discharge.',
  ),
  j('The home has a cinema room, a café open to visitors, and a ground-floor garden with raised beds. Physiotherapy is available', 'three days a week.'),
];
const nFac = ['Wi-Fi throughout', 'Own GP surgery visits weekly', 'Pets allowed by arrangement', 'Chapel and weekly service', 'Parking for 20 cars'];
const nFees = 'Weekly fees from £1,640 (nursing) and £1,710 (dementia nursing). Fees are set by the home and may change.';
const nReviews = [
  ['"The nurses spotted Dad\'s chest infection before we did." Son of resident, August 2026', '5.0'],
  ['"Lovely staff but the laundry goes missing a lot." Wife of resident, June 2026', '3.5'],
];
const nCrumbs = ['Care homes', 'Westmoor', 'Radley Bridge'];
const nNearby = ['The Cedars, 1.2 miles', 'Mill House Residential, 2.8 miles', "St Aldric's Court, 3.1 miles"];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle}, Radley Bridge - Care Home Reviews &amp; Fees | CareFinder</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.carefinder.co.uk/care-homes/westmoor/radley-bridge/ferncliffe-manor"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NursingHome","name":"${nTitle}","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.6","reviewCount":"38"}}</script><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4f1a0c2b9d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1a0c2b9d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/care-homes/%5Bcounty%5D/%5Btown%5D/%5Bslug%5D-2b9c1e.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__x1Q2b">Skip to main content</a>
<div class="CookieBanner_root__7hK2s" role="dialog" aria-live="polite"><p class="CookieBanner_text__Vd9aA">We use cookies to personalise content and
analyse traffic.</p><button class="Button_primary__3kPq1">Accept all</button><button class="Button_link__9Lm0z">Manage preferences</button></div>
<header class="Header_header__Qm7kY"><div class="Header_inner__r4Tz1"><a class="Header_logo__H2f8d" href="/"><span class="sr-only">CareFinder home</span>
<svg aria-hidden="true" viewBox="0 0 120 32"></svg></a><nav class="Header_nav__bP0s3"><a href="/care-homes">Find care homes</a><a href="/home-care">Find home
care</a>
<a href="/advice">Advice</a><a href="/for-providers">For providers</a></nav><form class="SearchBox_form__u8Wq2" role="search"><label class="sr-only"
for="q">Search by town or postcode</label><input id="q" class="SearchBox_input__Pw6nR" placeholder="Town or postcode"/><button type="submit"
class="SearchBox_button__A9gQe">Search</button></form></div></header>
<nav aria-label="Breadcrumb" class="Breadcrumbs_root__eF4sK"><ol>${nCrumbs.map((c) => `<li class="Breadcrumbs_item__0h2Ld"><a href="#">${c}</a></li>`).join('')}
<li class="Breadcrumbs_item__0h2Ld" aria-current="page">${nTitle}</li></ol></nav>
<main id="main" class="ProfilePage_main__kP1cX"><div class="ProfilePage_grid__p0Xs8"><div class="ProfilePage_content__Z2mQe">
<div class="Gallery_root__c8bR1"><img alt="Ferncliffe Manor from the river" src="/_next/image?url=%2Fimg%2Ffm1.jpg&amp;w=1080&amp;q=75" loading="eager"/>
<button class="Gallery_all__n1mVb">View all 14 photos</button></div>
<div class="ProfileHeader_root__sV7aY"><h1 class="ProfileHeader_title__4eXo2">${nTitle}</h1><p class="ProfileHeader_meta__kM5tR">${nDek}</p>
<div class="Rating_root__y6nLp"><span class="Rating_score__Pq2sd">4.6</span><span class="Rating_count__aB0dk">38 reviews</span></div>
<div class="ProfileHeader_badges__rW3vz"><span class="Badge_badge__f8Yx1">Rated Good</span><span class="Badge_badge__f8Yx1">Accepts council
funding</span></div></div>
<section class="Section_root__H3j0p" id="about"><h2 class="Section_title__nB4vQ">${nH[0]}</h2>${nAbout
  .map((p) => `<p class="Text_body__c9Ze4">${p}</p>`)
  .join('')}</section>
<section class="Section_root__H3j0p" id="facilities"><h2 class="Section_title__nB4vQ">${nH[1]}</h2><ul class="FacilityList_list__Rt5wq">${nFac
  .map((f) => `<li class="FacilityList_item__9Bx1c">${f}</li>`)
  .join('')}</ul></section>
<section class="Section_root__H3j0p" id="fees"><h2 class="Section_title__nB4vQ">${nH[2]}</h2><p class="Text_body__c9Ze4">${nFees}</p></section>
<section class="Reviews_root__D7vNk" id="reviews"><h2 class="Reviews_title__Hk3e0">Reviews (38)</h2>${nReviews
  .map(
    ([t, s]) => `<article class="ReviewCard_root__s1Kq9"><span class="ReviewCard_score__mN8xA">${s}</span><p class="ReviewCard_text__Tz5Lp">${t}</p></article>`,
  )
  .join('')}
<a class="Reviews_more__gX2bQ" href="#reviews-all">Read all 38 reviews</a><a class="Button_secondary__qT9cA" href="/review/ferncliffe-manor">Write a review</a>
</section></div>
<aside class="ProfilePage_sidebar__Lp3wS"><div class="EnquiryCard_root__Xq2bN"><h2 class="EnquiryCard_title__u4Hce">Contact this home</h2>
<a class="Button_primary__3kPq1" href="tel:01632960901">Call 01632 960 901</a><button class="Button_secondary__qT9cA">Send an enquiry</button>
<p class="EnquiryCard_note__jB1xS">CareFinder is free to use. We never pass on your details without your permission.</p></div>
<div class="Nearby_root__Zw1pE"><h3 class="Nearby_title__vY7cK">Nearby care homes</h3><ul>${nNearby.map((n) => `<li><a href="#">${n}</a></li>`).join('')}
</ul></div></aside></div></main>
<footer class="Footer_root__m3ZqT"><div class="Footer_cols__b8Rr2"><ul><li><a href="/about">About CareFinder</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of use</a></li></ul><p class="Footer_small__pP9eA">© 2026 CareFinder Ltd. Listings are provided by care homes and checked by our
team.</p>
</div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"home":{"name":"${nTitle}","beds":64,"rating":4.6}}},"page":
"/care-homes/[county]/[town]/[slug]","query":{"county":"westmoor","town":"radley-bridge","slug":"ferncliffe-manor"},"buildId":"k2Vb7xQp","isFallback":false}
</script></body></html>`;
const directory: TestPage = {
  name: 'heldout496-nextjs-care-directory',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: [nDek, ...nAbout, ...nFac, nFees],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to personalise content and analyse traffic.', 'Accept all', 'Manage preferences', 'CareFinder home',
    'Find care homes', 'Find home care', 'Advice', 'For providers', 'Search by town or postcode', 'Search', 'Care homes',
    'View all 14 photos', '4.6', '38 reviews', 'Rated Good', 'Accepts council funding', 'Reviews (38)', ...texts(nReviews.flat()), 'Read all 38 reviews',
    'Write a review', 'Contact this home', 'Call 01632 960 901', 'Send an enquiry',
    'CareFinder is free to use. We never pass on your details without your permission.', 'Nearby care homes', ...nNearby, 'About CareFinder',
    'Privacy', 'Terms of use', '© 2026 CareFinder Ltd. Listings are provided by care homes and checked by our team.',
  ],
};

const tTitle = 'Mum refuses to go to the day centre after one visit - any ideas?';
const tPosts = [
  {
    user: 'rosie_k',
    date: 'Mar 4, 2026 8:41 pm',
    paras: [
      j(
        'Mum is 84 and has vascular dementia. Her social worker arranged two days a week at a day centre so I can keep working. She went',
        'once, came home upset, and now says she will not go back because "it is full of old people".',
      ),
      'Has anyone managed to turn this around? I feel awful forcing her but I cannot give up my job.',
    ],
  },
  {
    user: 'GeoffH',
    date: 'Mar 4, 2026 9:17 pm',
    paras: [
      j(
        'We had exactly the same with my father-in-law. What worked for us was calling it his "club" and never the day centre, and asking',
        'the staff to give him a job. He set the tables before lunch and after a few weeks he was the one hurrying us out of the door.',
      ),
    ],
  },
  {
    user: 'Nadia_carer',
    date: 'Mar 5, 2026 7:02 am',
    paras: [
      'A few things that helped us:',
      'Go with her for the first two or three visits and leave a bit earlier each time.',
      'Ask if there is a group for people her age with similar interests - ours had a gardening morning.',
      'Let the minibus driver, not you, be the one who collects her. It was easier for Dad to say yes to someone else.',
      'Good luck, it does get easier.',
    ],
  },
];
const tTags = ['dementia', 'day-care'];
const tSuggested = ['Respite care: how far ahead did you book?', 'Attendance Allowance form tips', 'Dad keeps phoning at night'];
const post = (p: { user: string; date: string; paras: string[] }, n: number): string => {
  const paras =
    p.user === 'Nadia_carer'
      ? `<p>${p.paras[0]}</p><ul>${p.paras
          .slice(1, 4)
          .map((t) => `<li>${t}</li>`)
          .join('')}</ul><p>${p.paras[4]}</p>`
      : p.paras.map((t) => `<p>${t}</p>`).join('');
  return `<div class="topic-post clearfix regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region"
class="boxed onscreen-post" data-post-id="${3400 + n}" data-topic-id="1872" data-user-id="${212 + n}"><div class="row"><div class="topic-avatar"><div
class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.carersconnect.org.uk/${p.user.toLowerCase()}/96/1.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/1872/${n}">
<span title="${p.date}" data-time="1772650000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button><button class="widget-button btn-flat share no-text
 btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
};
const tHtml = `<!DOCTYPE html><html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${tTitle} - Caring for someone with dementia - Carers Connect Forum</title><meta name="description" content="${tPosts[0]?.paras[0]?.slice(0, 120)}">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.carersconnect.org.uk/t/mum-refuses-to-go-to-the-day-centre-after-one-visit-any-ideas/1872">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${tTitle}","author":{"@type":"Person",
"name":"rosie_k"},"datePublished":"2026-03-04T20:41:00Z"}</script>
<link href="/stylesheets/desktop_3c1e0ab1.css?__ws=forum.carersconnect.org.uk" media="all" rel="stylesheet" data-target="desktop">
<link rel="preload" href="/assets/start-discourse-d4f2a8.js" as="script"></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img
src="/uploads/default/original/1X/logo.png" alt="Carers Connect Forum" id="site-logo"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/mum-refuses/1872">${tTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/dementia/4" class="badge-wrapper
 bullet" itemprop="item"><span class="badge-category-bg" style="background-color:#8C6238"></span><span class="category-name" itemprop="name">Caring for someone
with dementia</span></a></span><div class="discourse-tags">${tTags.map((t) => `<a href="/tag/${t}" class="discourse-tag">${t}</a>`).join('')}</div></div></div>
<div class="posts-wrapper">${tPosts.map((p, i) => post(p, i + 1)).join('\n')}</div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th>Topic</th><th>Replies</th></tr></thead><tbody>${tSuggested
  .map(
    (s, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}"
class="title raw-link raw-topic-link">${s}</a></td><td class="num posts">${4 + i * 3}</td></tr>`,
  )
  .join('')}</tbody></table></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li><span itemprop="name"><a href="/guidelines" itemprop="url">FAQ/Guidelines </a></span></li><li><span itemprop="name"><a href="/tos" itemprop="url">
Terms of Service </a></span></li><li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer></div>
<footer class="container wrap"><div class="noscript-footer-nav"></div></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const thread: TestPage = {
  name: 'heldout496-discourse-carers-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tPosts.flatMap((p) => p.paras),
  bylines: tPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Caring for someone with dementia', 'day-care', 'Reply', 'Suggested Topics', ...tSuggested, '4', '7', '10', 'Categories', 'FAQ/Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT496_E: readonly TestPage[] = [directory, thread];
