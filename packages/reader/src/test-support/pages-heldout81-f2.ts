import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 81, file f2: a Tripadvisor travel forum thread (the global header with the search, "Discover", "Trips",
 * "Review" and "Sign in", the category nav, breadcrumbs, the forum's name, "Ask a question" and "Watch this Topic", the topic
 * title, posts with the profile column (name, home town, post, review and helpful-vote counts, the "Destination Expert"
 * ribbon), numbered "Re:" post titles, post dates, "Report inappropriate content", the closed-topic notice, an ad slot, the
 * "Top questions" and "Related topics" rails, the footer and the OneTrust cookie banner).
 */
const taTitle = 'Ferry from Porto Luzio to Isla Corvina in October';
interface TaPost {
  id: number;
  user: string;
  loc: string;
  posts: string;
  reviews?: string;
  votes?: string;
  expert?: boolean;
  date: string;
  ps: string[];
}
const wren = { user: 'WanderingWren_72', loc: 'Edinburgh, United Kingdom', posts: '14 posts', reviews: '6 reviews' };
const local = { user: 'CorvinaLocal', loc: 'Vila Alta, Isla Corvina', posts: '8,912 posts', reviews: '97 reviews', votes: '3,405 helpful votes', expert: true };
const taPosts: TaPost[] = [
  {
    id: 81101,
    ...wren,
    date: '8 Mar 2025, 14:21',
    ps: [
      'We are planning ten days on Isla Corvina in mid-October and want to take the car ferry from Porto Luzio rather than fly. Does ' +
        'anyone know if the ferry still runs daily at that time of year, and is it worth booking ahead with a car?',
      'We have read conflicting things online, with some sites saying the winter timetable starts on 1 October and others saying it runs ' +
        'until the end of the month.',
    ],
  },
  {
    id: 81134,
    ...local,
    date: '8 Mar 2025, 16:02',
    ps: [
      'The summer timetable runs until the last Sunday of October, so in mid-October you will still have two sailings a day, at 08:30 and ' +
        '17:00 from Porto Luzio. The crossing takes about four hours.',
      'Book ahead if you have a car. The boat is not big and the autumn school holidays on the mainland fill it up, especially on ' +
        'Saturdays. Foot passengers can nearly always get on.',
      'One tip: the morning sailing is much calmer in October. The afternoon one can be rough once the wind picks up.',
    ],
  },
  {
    id: 81190,
    user: 'mariagbaltimore',
    loc: 'Baltimore, Maryland',
    posts: '233 posts',
    reviews: '58 reviews',
    votes: '121 helpful votes',
    date: '9 Mar 2025, 02:47',
    ps: [
      'We did exactly this last October. Booked six weeks ahead and the car deck was full on the day. The afternoon crossing was bumpy but ' +
        'fine, and there is a decent café on board with views of the whole coast as you leave.',
      'Also worth knowing: the ferry office in Porto Luzio closes for lunch between 13:00 and 14:30, so if you need to pick up paper ' +
        'tickets, get there in the morning. We nearly missed the boat because of it.',
    ],
  },
  {
    id: 81215,
    ...wren,
    date: '9 Mar 2025, 09:15',
    ps: [
      'Thank you both, that is really helpful. We have booked the 08:30 sailing for the 12th with the car and will keep the afternoon one ' + 'as a backup.',
      'Any recommendations for where to stay near Vila Alta for the first couple of nights?',
    ],
  },
  {
    id: 81240,
    ...local,
    date: '9 Mar 2025, 11:38',
    ps: [
      'Casa do Farol above the harbour is lovely and an easy walk from the ferry. If you want something quieter, the guesthouses in São ' +
        'Brás are ten minutes by car and cheaper in October.',
    ],
  },
];
const taPost = (p: TaPost, i: number): string => `<div class="post${i === 0 ? ' firstPostBox' : ''}" id="${p.id}"><div class="postcontent">
<div class="profile"><div class="avatarWrapper"><a href="/Profile/${p.user}"><img class="avatar"
src="https://media-cdn.tripadvisor.com/media/photo-l/avatar${p.id}.jpg"
width="74" height="74" alt=""></a></div>
<div class="username"><a href="/Profile/${p.user}"><span>${p.user}</span></a></div><div class="location">${p.loc}</div>
${p.expert ? '<div class="destinationExpert"><span class="dxRibbon">Destination Expert</span> <span class="dxFor">for Isla Corvina</span></div>' : ''}
<div class="postBadge badge"><span class="badgeText">${p.posts}</span></div>
${p.reviews ? `<div class="reviewerBadge badge"><span class="badgeText">${p.reviews}</span></div>` : ''}
${p.votes ? `<div class="helpfulVotesBadge badge"><span class="badgeText">${p.votes}</span></div>` : ''}</div>
<div class="postRightContent"><div class="postDate">${p.date}</div>
<div class="postTitle">${i === 0 ? '' : `<a href="#${p.id}">${i}. Re: ${taTitle}</a>`}</div>
<div class="postBody">
${p.ps.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="postFooter"><span class="reportAbuse"><a href="/ReportIAP?f=forum&amp;id=${p.id}" rel="nofollow">Report inappropriate content</a></span></div>
</div></div></div>`;
const taHead = ['Discover', 'Trips', 'Review', 'Sign in'];
const taCats = ['Hotels', 'Things to Do', 'Restaurants', 'Flights', 'Vacation Rentals', 'Cruises', 'Rental Cars', 'Forums'];
const taCrumbs = ['Europe', 'Portugal', 'Isla Corvina', 'Isla Corvina Travel Forum'];
const taTop = [
  'Best time of year to see the whales?',
  'Is a car necessary on Isla Corvina?',
  'Walking the coastal path from Vila Alta to São Brás',
  'Restaurants open in Vila Alta in November',
];
const taRelated = ['Ferry cancelled due to weather – what happens?', 'Porto Luzio parking before the ferry', 'Taking a campervan on the ferry'];
const taFoot1 = ['About Us', 'Press', 'Resources and Policies', 'Careers', 'Trust & Safety', 'Contact us', 'Accessibility Statement'];
const taFoot2 = ['Terms of Use', 'Privacy and Cookies Statement', 'Cookie consent', 'Site Map', 'How the site works'];
const taCookie =
  'We and our partners use cookies and similar technologies to personalise content and ads, to provide social media features and to ' +
  'understand how you use our site.';
const taHtml = `<!DOCTYPE html>
<html lang="en-US" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>${taTitle} - Isla Corvina Message Board - Tripadvisor</title>
<meta name="description" content="Answer 1 of 5: We are planning ten days on Isla Corvina in mid-October and want to take the car ferry from Porto Luzio
rather than fly.">
<meta property="og:title" content="${taTitle} - Isla Corvina Forum"><meta property="og:site_name" content="Tripadvisor">
<link rel="canonical"
href="https://www.tripadvisor.com/ShowTopic-g9123456-i48213-k15550123-Ferry_from_Porto_Luzio_to_Isla_Corvina_in_October-Isla_Corvina.html">
<link rel="stylesheet" type="text/css" href="https://static.tacdn.com/css2/forums-v24145812a.css">
<script type="text/javascript">window.taSecurityToken = 'TNI1625!ABC123'; window.pageServlet = 'ShowTopic';</script>
<script async src="https://static.tacdn.com/js3/ta-forums-c-v23751234.js"></script>
</head>
<body class="ltr domn_en_US lang_en globalNav2011_reset rebrand_2017 full_width_page content_blocks css_commerce_buttons flat_buttons sitewide
xo_pin_user_review_to_top">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-policy"><div id="onetrust-policy-text">${taCookie} <a href="https://tripadvisor.mediaroom.com/US-privacy-policy">Privacy and Cookies
Statement</a></div></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage settings</button><button id="onetrust-accept-btn-handler">I Accept</button></div>
</div></div></div></div>
<div id="PAGE" class="non_hotels_like desktop scopedSearch">
<header class="global-nav-header" role="banner"><div class="global-nav-bar"><a href="/" class="global-nav-logo" title="Tripadvisor"><img
src="https://static.tacdn.com/img2/brand_refresh/Tripadvisor_lockup_horizontal_secondary.svg" alt="Tripadvisor"></a>
<form class="global-nav-search" action="/Search" role="search"><input type="search" placeholder="Where to?" aria-label="Search"></form>
<nav class="global-nav-links"><ul>${links(taHead, 'global-nav-link')}</ul></nav></div>
<nav class="global-nav-cats"><ul>${links(taCats, 'global-nav-cat')}</ul></nav></header>
<div id="MAINWRAP" class="full_meta_photos_v3"><div id="MAIN" class="ShowTopic prodp13n_jfy_overflow_visible">
<div id="BODYCON" class="col poolB adjust_padding new_meta_chevron_v2">
<ul class="breadcrumbs">${taCrumbs
  .map(
    (t) => `<li class="breadcrumb"><a href="/Tourism-g9123456"
class="breadcrumbLink"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul>
<div class="forumHeader"><div class="forumTitle"><a href="/ShowForum-g9123456-i48213-Isla_Corvina.html">Isla Corvina forum</a></div>
<div class="forumButtons"><a class="ui_button primary" href="/PostingGuidelines">Ask a question</a> <a class="ui_button secondary" href="#">Watch this
Topic</a></div></div>
<div class="gridA"><div id="SHOW_TOPIC" class="balance">
<div class="topTitle"><h1 id="HEADING" class="topTitleText">${taTitle}</h1></div>
<div class="topicClosed"><span class="ui_icon lock"></span>This topic has been closed to new posts due to inactivity.</div>
${taPosts.map(taPost).join('\n')}
<div class="topicClosed">This topic has been closed to new posts due to inactivity.</div>
<div class="topicNav"><a href="/ShowForum-g9123456-i48213-Isla_Corvina.html">Back to Isla Corvina forum</a></div>
</div></div>
<div class="gridB"><div class="ad iab_medRec" id="taplc_forums_ad_0"><div class="adLabel">Advertisement</div><div id="gpt-ad-300x250-forum"></div></div>
<div class="topQuestions"><div class="topQuestionsHeader">Top questions about Isla Corvina</div><ul>
${taTop.map((t) => `<li><a href="/ShowTopic-g9123456-x.html">${t}</a></li>`).join('\n')}</ul><a href="/FAQ-g9123456">See all Isla Corvina
conversations</a></div>
<div class="relatedTopics"><div class="relatedTopicsHeader">Related topics</div><ul>
${taRelated
  .map(
    (t, i) => `<li><a href="/ShowTopic-g9123456-r${i}.html">${t}</a> <span class="replies">${[4, 7, 2][i]}
replies</span></li>`,
  )
  .join('\n')}</ul></div>
</div></div></div></div>
<footer class="global-footer" role="contentinfo"><div class="footer-links"><div class="footer-column"><div class="footer-heading">About Tripadvisor</div>
<ul>${links(taFoot1, 'footer-link')}</ul></div></div>
<div class="footer-legal"><div>© 2025 Tripadvisor LLC All rights reserved.</div><ul>${links(taFoot2, 'footer-legal-link')}</ul>
<div>This is the version of our website addressed to speakers of English in the United States.</div></div></footer>
</div>
</body>
</html>`;
export const tripadvisorThread: TestPage = {
  html: taHtml,
  name: 'heldout81-tripadvisor-forum-thread',
  kind: 'forum',
  // every post is body; names and post dates are bylines; home towns, post, review and helpful-vote counts, the "Destination
  // Expert for Isla Corvina" ribbon, the numbered "Re:" titles, "Report inappropriate content", the closed-topic notice (top and
  // bottom), breadcrumbs, rails, ad label, header, footer and cookie banner are furniture
  title: taTitle,
  headings: [],
  body: texts(taPosts.flatMap((p) => p.ps)),
  bylines: ['WanderingWren_72', 'CorvinaLocal', 'mariagbaltimore', ...taPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    taCookie, 'Privacy and Cookies Statement', 'Manage settings', 'I Accept', ...taHead, ...taCats, ...taCrumbs, 'Isla Corvina forum', 'Ask a question',
    'Watch this Topic', 'This topic has been closed to new posts due to inactivity.', 'Edinburgh, United Kingdom', 'Vila Alta, Isla Corvina',
    'Baltimore, Maryland', 'Destination Expert', 'for Isla Corvina', '14 posts', '6 reviews', '8,912 posts', '97 reviews', '3,405 helpful votes',
    '233 posts', '58 reviews', '121 helpful votes', ...[1, 2, 3, 4].map((n) => `${n}. Re: ${taTitle}`), 'Report inappropriate content',
    'Back to Isla Corvina forum', 'Advertisement', 'Top questions about Isla Corvina', ...taTop, 'See all Isla Corvina conversations', 'Related topics',
    ...taRelated, '4 replies', '7 replies', '2 replies', 'About Tripadvisor', ...taFoot1, '© 2025 Tripadvisor LLC All rights reserved.',
    ...taFoot2.filter((t) => t !== 'Privacy and Cookies Statement'),
    'This is the version of our website addressed to speakers of English in the United States.',
  ],
};
