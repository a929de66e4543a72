import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 40, file c2: a Tripadvisor travel forum topic (the global header with "Discover", "Trips", "Review" and
 * "Sign in", the destination breadcrumbs, the topic h1, "Watch this Topic" and "Browse forums", posts with the poster box of
 * name, home town, post / review / helpful-vote badges and the Destination Expert badge, numbered "Re:" post titles, dates,
 * "Report inappropriate content", the "Top questions" and hotel rails, ad slots, the OneTrust cookie banner and the footer).
 */
type Post = { who: string; from: string; badges: string[]; expert?: boolean; at: string; paras: string[] };
const taTitle = 'Ferry from Split to Hvar in early May – do we need to book ahead?';
const taLukasz = { who: 'lukasz_travels', from: 'Warsaw, Poland', badges: ['12 posts', '8 reviews', '3 helpful votes'] };
const taDora = { who: 'Dalmatian_Dora', from: 'Split, Croatia', badges: ['4,812 posts', '61 reviews', '1,377 helpful votes'], expert: true };
const taPosts: Post[] = [
  {
    ...taLukasz,
    at: '2 Mar 2025, 18:14',
    paras: [
      'Hi all, my partner and I will be in Split from 3 to 9 May and would like to spend two nights on Hvar in the middle of the ' +
        'trip. We are foot passengers with one suitcase each, no car.',
      'Do we need to book the catamaran in advance at that time of year, or can we just buy tickets at the port on the day? And is it ' +
        'better to go to Hvar Town or to Stari Grad? We have read different things about which port is easier.',
      'Thanks in advance for any tips!',
    ],
  },
  {
    ...taDora,
    at: '2 Mar 2025, 19:02',
    paras: [
      'In early May you will usually be fine buying on the day, but I would still book the return online a few days ahead, because ' +
        'the Sunday afternoon boats back to Split fill up with weekenders even before the season starts.',
      'For foot passengers Hvar Town is the easier choice. The catamaran lands right in the harbour, five minutes’ walk from the ' +
        'main square. Stari Grad is where the car ferry arrives, and from there you need the connecting bus, which takes about twenty ' +
        'minutes and waits for the ferry but not always for the catamaran.',
    ],
  },
  {
    who: 'sailorjim64',
    from: 'Bristol, United Kingdom',
    badges: ['212 posts', '47 reviews', '96 helpful votes'],
    at: '3 Mar 2025, 08:37',
    paras: [
      'Agree with Dora. We went last May and the morning catamaran was half empty, but the 16:00 back on the Sunday was sold out by ' +
        'lunchtime. The ticket office in Split is the small kiosk at the far end of the harbour, not the main terminal, which caught us out.',
    ],
  },
  {
    ...taLukasz,
    at: '3 Mar 2025, 12:50',
    paras: [
      'Thank you both, this is exactly what I needed. We will book the return online and go out to Hvar Town. One last question: is ' +
        'there anywhere to leave luggage in Hvar Town if our room is not ready when we arrive?',
    ],
  },
  {
    ...taDora,
    at: '3 Mar 2025, 13:21',
    paras: [
      'Yes, there is a left luggage office in the ferry building on the waterfront, cash only, a few euros per bag. Most apartment hosts ' +
        'will also keep your bags if you message them the day before. Enjoy your trip!',
    ],
  },
];
const taPost = (p: Post, i: number): string => `<div class="post" id="review_90712${i}4" data-postnum="${i}"><div class="postLeft"><div class="profile"><div
class="avatarWrapper"><img class="avatar" src="https://media-cdn.tripadvisor.com/media/photo-l/avatar0${i}.jpg" width="74" height="74" alt=""></div><div
class="username"><a href="/Profile/${p.who}" class="ui_social_avatar_link"><span class="expand_inline scrname">${p.who}</span></a></div><div
class="location">${p.from}</div>${
  p.expert
    ? `<div class="destinationExpert"><img src="/img2/forum/icons/de_badge.png" alt=""><span class="deText">Destination Expert</span> <span
class="deFor">for Split</span></div>`
    : ''
}${p.badges.map((b) => `<div class="postBadge badge"><span class="badgeText">${b}</span></div>`).join('')}</div></div><div class="postRightContent"><div
class="postDate">${p.at}</div>${
  i === 0 ? '' : `<div class="postNum">${i}.</div><div class="postTitle"><a href="#review_90712${i}4">Re: ${taTitle}</a></div>`
}<div class="postBody">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div><div class="postFooter"><span class="reportPost"><a href="/ReportPost?p=90712${i}4"
rel="nofollow" class="ui_link">Report inappropriate content</a></span></div></div></div>`;
const taCrumbs = ['Europe', 'Croatia', 'Split-Dalmatia County', 'Split forum'];
const taTop = [
  'Where to stay in Split for first-timers?',
  'Split airport to the old town by bus',
  'Day trip to Krka waterfalls without a tour',
  'Is the Blue Cave worth it in May?',
];
const taHotels = ['Split Hotels', 'Hvar Hotels', 'Vacation Rentals in Split', 'Things to Do in Split'];
const taFoot = [
  'About Tripadvisor',
  'About Us',
  'Press',
  'Resources and Policies',
  'Careers',
  'Trust & Safety',
  'Contact us',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy and Cookies Statement',
  'Cookie consent',
  'Site Map',
  'How the site works',
];
const taHtml = `<!DOCTYPE html>
<html lang="en-US" xmlns:og="http://opengraphprotocol.org/schema/"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>${taTitle} - Split Forum - Tripadvisor</title><meta name="description" content="${taPosts[0]!.paras[0]!}">
<link rel="canonical"
href="https://www.tripadvisor.com/ShowTopic-g295370-i4617-k14852210-Ferry_from_Split_to_Hvar_in_early_May-Split_Split_Dalmatia_County_Dalmatia.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${taTitle}","author":{"@type":"Person",
"name":"lukasz_travels"},"datePublished":"2025-03-02","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
<link rel="stylesheet" href="https://static.tacdn.com/css2/forums_show_topic-v2398441827a.css"><script>window.taSecureToken="TNI1625!ABc7Qk";</script>
</head><body class="ltr domn_en_US lang_en globalNav2011_reset rebrand_2017 css_commerce_buttons flat_buttons sitewide xo_pin_user_review_to_top">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat bottom" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p
id="onetrust-policy-text">We and our partners use cookies and similar technologies to make our site work, to measure traffic and to show you personalised
content and ads.</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Preferences</button><button
id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">I Accept</button></div></div></div>
<div class="Trl5s" data-test-target="global-nav"><header class="IcTrZ"><a href="/" aria-label="Tripadvisor" class="FGwzt"><svg viewBox="0 0 200 30"
width="200" height="30" aria-hidden="true"><path d="M15 0C6.7 0 0 6.7 0 15s6.7 15 15 15"></path></svg></a><nav class="QQtpu"><ul class="kCeJV">${links(
  ['Discover', 'Trips', 'Review', 'Forums'],
  'fKNlA',
)}</ul></nav><button type="button" class="rmyCe _G B- z _S c Wc wSSLS">Sign in</button></header></div>
<div id="MAINWRAP" class="full_meta_photos_v3"><div id="MAIN" class="ShowTopic prodp13n_jfy_overflow_visible"><div id="BODYCON" class="col poolB
adjust_padding new_meta_chevron_v2"><ul class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${taCrumbs
  .map((c) => `<li class="breadcrumb" itemprop="itemListElement"><a href="/${c.replace(/ /g, '_')}"><span itemprop="name">${c}</span></a></li>`)
  .join('<li class="separator">›</li>')}</ul>
<div id="gpt-ad-728x90-a" class="ad iab_leaderBoard"><span class="adLabel">Advertisement</span></div>
<div class="forumTopicHeader"><h1 id="HEADING" class="topTitle">${taTitle}</h1><div class="topicActions"><a href="/WatchTopic?t=14852210"
class="watchTopic ui_link">Watch this Topic</a><span class="browseForums">Browse forums: <a href="/ForumHome">All</a> | <a href="/ForumsBrowse">Browse by
destination</a></span></div></div>
<div id="SHOW_TOPIC" class="showTopic"><div class="balance">
${taPosts.map(taPost).join('\n')}
</div><div class="pgLinks"><span class="guiArw sprite-pageNext disabled"></span></div><div class="replyBox"><a href="/RegistrationController?flow=core_combined"
class="ui_button primary">Sign in to reply</a></div></div>
<div id="SIDEBAR" class="sidebar"><div class="sideBox"><h3 class="title">Top questions about Split</h3><ul>${links(taTop, 'topQuestion')}</ul><a
href="/FAQ-g295370" class="ui_link">See all questions</a></div><div class="sideBox"><h3 class="title">Split Hotels and Places to Stay</h3><ul>${links(
  taHotels,
)}</ul></div><div id="gpt-ad-300x250-b" class="ad iab_medRec"><span class="adLabel">Advertisement</span></div></div>
</div></div></div>
<footer class="lJvJQ" data-test-target="global-footer"><div class="ZsXmY"><ul class="wBYJq">${links(taFoot)}</ul><div class="fXhMg">© 2025 Tripadvisor LLC
All rights reserved.</div><p class="dlWnG">This is the version of our website addressed to speakers of English in the United States. If you are a resident
of another country or region, please select the appropriate version of Tripadvisor for your country or region in the drop-down menu.</p><button
type="button" class="fmWxn">$ USD</button><button type="button" class="fmWxn">United States</button></div></footer>
<script type="text/javascript">window.__WEB_CONTEXT__={pageManifest:{redux:{api:{responses:{"/data/1.0/forum/topic/14852210":{data:{posts:5}}}}}}};</script>
</body></html>`;
export const tripadvisorForum: TestPage = {
  html: taHtml,
  name: 'heldout40-tripadvisor-forum',
  kind: 'forum',
  // the topic h1 is the title; the five posts are body, the asker's two and the three answers, in page order; usernames and
  // post dates are bylines; the "N." numbers and the "Re: <title>" post titles repeat the title: in neither list; the poster
  // boxes' home towns, post / review / helpful-vote badges and "Destination Expert for Split", "Report inappropriate content",
  // breadcrumbs, "Watch this Topic", "Browse forums", "Sign in to reply", the two rails, ad labels, the cookie banner, header
  // and footer are furniture; "Split, Croatia" (a home town) is furniture; the forum link "All" is a body word ("Hi all"): left out
  title: taTitle,
  headings: [],
  body: taPosts.flatMap((p) => p.paras),
  bylines: ['lukasz_travels', 'Dalmatian_Dora', 'sailorjim64', ...taPosts.map((p) => p.at)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Warsaw, Poland', ...taLukasz.badges, 'Split, Croatia', ...taDora.badges, 'Destination Expert', 'for Split', 'Bristol, United Kingdom', '212 posts',
    '47 reviews', '96 helpful votes', 'Report inappropriate content', ...taCrumbs, 'Advertisement', 'Watch this Topic', 'Browse forums:',
    'Browse by destination', 'Sign in to reply', 'Top questions about Split', ...taTop, 'See all questions', 'Split Hotels and Places to Stay', ...taHotels,
    'We and our partners use cookies and similar technologies to make our site work', 'Manage Preferences', 'Reject All', 'I Accept', 'Discover',
    'Trips', 'Review', 'Forums', 'Sign in', ...taFoot, '© 2025 Tripadvisor LLC All rights reserved.',
    'This is the version of our website addressed to speakers of English in the United States.', '$ USD', 'United States',
  ],
};
