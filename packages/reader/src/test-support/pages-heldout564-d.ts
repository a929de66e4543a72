import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout564-kit.js';

/**
 * Held-out batch 564, file d: a film club's discussion thread on Discourse (server-rendered crawler view), and a cinema's
 * "Visit us" page on Webflow.
 */
const dTitle = 'Spring programme vote: shortlist and your picks';
const dPosts = [
  [
    'marta_k',
    'Feb 3',
    [
      j(
        'The committee has whittled the suggestions box down to twelve titles. We have room for six screenings between March and May,',
        'so please reply with your top three by the end of next week. Votes in the hall on club nights count too.',
      ),
      'The shortlist, in no particular order:',
      'Blue Hour at Saint-Lazare',
      'The Quiet Cartographer',
      'Twelve Winters',
      'Gasworks',
      'Moth Season',
      'Under the Viaduct',
    ],
  ],
  ['dieter.h', 'Feb 3', ['Twelve Winters, Gasworks and Moth Season. Gasworks especially, since half the club grew up near the old works on Canal Side.']],
  [
    'ruthanne',
    'Feb 4',
    [
      j(
        'Could we avoid two long ones back to back? Twelve Winters is nearly three hours and the hall gets cold after ten. My picks:',
        'The Quiet Cartographer, Under the Viaduct, Blue Hour at Saint-Lazare.',
      ),
    ],
  ],
  ['marta_k', 'Feb 5', ['Good point. If Twelve Winters makes it we will put it on a Saturday afternoon with an interval and soup.']],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Programme - Canal Side Film Club Forum</title><meta name="description"
content="The committee has whittled the suggestions box down to twelve titles.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://forum.canalsidefilm.club/t/spring-programme-vote-shortlist-and-your-picks/412">
<link href="/stylesheets/desktop_5b0f7e.css?__ws=forum.canalsidefilm.club" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"marta_k"},
"datePublished":"2026-02-03T19:02:11Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":3}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.canalsidefilm.club" data-environment="production"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Canal Side Film Club Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/spring-programme-vote-shortlist-and-your-picks/412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/programme/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Programme</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-tags"><a href="/tag/vote" class="discourse-tag">vote</a> <a href="/tag/spring-2026" class="discourse-tag">spring-2026</a></div></div>
${dPosts
  .map(
    ([user, date, paras], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="/u/${user}"><span itemprop="name">${user}</span></a></span><link itemprop="mainEntityOfPage" href="/t/412">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-0${i + 3}T19:02:11Z" class="post-time">${date}</time>
<meta itemprop="text" content="${(paras as string[])[0]?.slice(0, 60)}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${
      i === 0 ? `${ps((paras as string[]).slice(0, 2))}<ul>${lis((paras as string[]).slice(2))}</ul>` : ps(paras as string[])
    }</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${4 - i}"><span class='post-likes'>${4 - i} Likes</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table
class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/autumn-programme-feedback/388" class="title raw-link raw-topic-link">Autumn programme
feedback</a></td>
<td class="replies"><span class="posts">9</span></td><td class="views"><span class="views">141</span></td><td>Nov 2025</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/projector-bulb-fund/402" class="title raw-link raw-topic-link">Projector bulb fund</a></td>
<td class="replies"><span class="posts">4</span></td><td class="views"><span class="views">77</span></td><td>Jan
2026</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/"
itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div id="d-splash"><style>#d-splash{display:none}</style><section class="preloader-text">Loading</section></div>
<script defer src="/assets/start-discourse-5b0f7e.js" data-discourse-entrypoint="start-discourse"></script></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout564-discourse-programme-vote',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[2] as string[])),
  bylines: ['marta_k', 'Feb 3', 'dieter.h', 'Feb 4', 'ruthanne', 'Feb 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'spring-2026', '4 Likes', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Autumn programme feedback', 'Projector bulb fund',
    '9', '141', 'Nov 2025', '4', '77', 'Jan 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const vTitle = 'Plan your visit';
const vBody = [
  j(
    'The Palisade is a two-screen independent cinema in a converted 1920s bus garage, five minutes&#39; walk from Fenwick Cross station.',
    'The box office and café open 30 minutes before the first screening of the day.',
  ),
  'Getting here',
  'By train: Fenwick Cross is served by trains every 15 minutes from Harlow Green and Marsh End.',
  'By bus: routes 7, 19 and the N19 night bus stop outside on Garage Lane.',
  'By bike: there are 24 covered cycle stands in the yard, and a pump by the door.',
  'Parking: we have no car park. The Tannery multi-storey is a short walk away and charges £2 after 6pm.',
  'Accessibility',
  j(
    'Both screens, the café and the toilets are on the ground floor with step-free access. Screen 1 has four wheelchair spaces',
    'and Screen 2 has two. Both have induction loops, and we can lend you a headset for audio description on most new releases.',
  ),
  j(
    'We hold relaxed screenings on the first Sunday of every month, with the lights up a little, the sound down a little and',
    'no trailers. If you need anything else to enjoy your visit, call us before you come and we will do our best.',
  ),
  'Opening hours',
  'Monday to Thursday: 12pm to 10.30pm',
  'Friday and Saturday: 11am to 11.30pm',
  'Sunday: 11am to 9pm',
];
const vNav = ['Films', 'Events', 'Members', 'Visit', 'Café'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 12 2026 10:21:44 GMT+0000 -->
<html data-wf-domain="www.palisadecinema.co.uk" data-wf-page="65a1f0c2b9e4d7" data-wf-site="65a1f0c2b9e4a1" lang="en"><head><meta charset="utf-8">
<title>Plan your visit | The Palisade</title><meta content="Getting to the Palisade cinema, accessibility and opening hours." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2b9e4a1/css/palisade.webflow.shared.3c1f2a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PAL1SADE"></script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext p:last-child{margin-bottom:0}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand w--current"><img
src="https://assets-global.website-files.com/65a1f0c2b9e4a1/logo.svg"
loading="lazy" alt="The Palisade" class="navbar_logo"></a><nav role="navigation" class="navbar_menu w-nav-menu">
${vNav.map((t) => `<a href="/${t.toLowerCase()}" class="navbar_link w-nav-link">${t}</a>`).join('')}<a href="/whats-on" class="button is-small w-button">Book
now</a></nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div></div></div></div></div>
<main class="main-wrapper"><header class="section_visit-header"><div class="padding-global"><div class="container-large"><div class="visit-header_component">
<div class="text-style-tagline">Visit</div><h1 class="heading-style-h1">${vTitle}</h1></div></div></div></header>
<section class="section_visit-content"><div class="padding-global"><div class="container-medium"><div class="visit-content_layout">
<div class="visit-content_rich-text w-richtext">
<p>${at(vBody, 0)}</p>
<h2>${at(vBody, 1)}</h2><ul role="list">${lis(vBody.slice(2, 6))}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1f0c2b9e4a1/map.png"
loading="lazy"
alt="Map of the streets around the cinema"></div><figcaption>The Palisade is on Garage Lane, opposite the Tannery.</figcaption></figure>
<h2>${at(vBody, 6)}</h2>${ps(vBody.slice(7, 9))}
<h2>${at(vBody, 9)}</h2><ul role="list">${lis(vBody.slice(10))}</ul></div>
<div class="visit-content_sidebar"><div class="visit-card"><div class="text-size-medium text-weight-semibold">Box office</div><div>020 7946 0321</div>
<a href="mailto:hello@palisadecinema.co.uk" class="text-style-link">hello@palisadecinema.co.uk</a></div></div></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="cta_component"><h2 class="heading-style-h3">Never miss a film</h2>
<p class="text-size-medium">Our weekly listings, every Tuesday.</p><div class="cta_form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get" class="cta_form"><input class="form_input w-input" maxlength="256" name="email" placeholder="Enter your email" type="email">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form><div class="success-message w-form-done"><div>Thank you!
You&#39;re on the list.</div>
</div><div class="error-message w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top-wrapper"><div class="footer_left-wrapper"><div class="footer_details">
<div>The Palisade, Garage Lane, Fenwick Cross</div></div></div><div class="w-layout-grid footer_menu-wrapper">${vNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer_link">${t}</a>`)
  .join('')}
</div></div><div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2026 Palisade Cinema Ltd. All rights reserved.</div>
<div class="w-layout-grid footer_legal-list"><a href="/privacy" class="footer_legal-link">Privacy Policy</a><a href="/cookies"
class="footer_legal-link">Cookies Settings</a>
</div></div></div></footer></div>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking "Accept", you agree to the
storing of
cookies on your device to analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="deny" href="#" class="fs-cc-banner_text-link">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2b9e4a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2b9e4a1/js/webflow.4a2b.js" type="text/javascript"></script></body></html>`;
const webflowVisit: TestPage = {
  name: 'heldout564-webflow-visit',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [at(vBody, 1), at(vBody, 6), at(vBody, 9)],
  body: texts(vBody.filter((_, i) => ![1, 6, 9].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav.filter((t) => t !== 'Café' && t !== 'Visit'), 'Book now', 'The Palisade is on Garage Lane, opposite the Tannery.', '020 7946 0321',
'hello@palisadecinema.co.uk',
    'Never miss a film', 'Our weekly listings, every Tuesday.', 'The Palisade, Garage Lane, Fenwick Cross', '© 2026 Palisade Cinema Ltd. All rights reserved.',
    'Privacy Policy', 'Cookies Settings', 'By clicking "Accept", you agree to the storing of cookies on your device to analyse site usage.', 'Deny', 'Accept',
  ],
};

export const HELDOUT564_D: readonly TestPage[] = [discourseThread, webflowVisit];
