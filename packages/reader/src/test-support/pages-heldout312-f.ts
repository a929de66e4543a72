import { links, ps, type TestPage, texts } from './page-kit.js';
import { quarto } from './pages-heldout312-f2.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file f: a Tableau Public-style viz page for a data story, rendered by the site's React app (top
 * bar with search, "Create" and "Sign In", the viz title, author card with "Follow", published / updated dates, view and
 * favorite counts, the `tableauPlaceholder` embed with its `<object>` params, the toolbar, the description, "Data
 * Source", tags, "More from" and "Similar vizzes" rails, the cookie banner and footer). Its main text is the short
 * description under the viz; story-point captions live inside the viz and are not in the saved page.
 */
const tTitle = 'Ten Years on the Water: Ferry Crossings of the Lysander Strait';
const tDesc = [
  j(
    'This story follows ten years of ferry crossings between Port Halloran and the three islands of the Lysander Strait, from',
    'the opening of the new terminal in 2016 to the timetable changes of 2025.',
  ),
  j(
    'Each story point looks at one question: when people travel, how full the boats are, how often sailings are cancelled, and',
    'how the arrival of the fast catamaran in 2021 changed the pattern of day trips.',
  ),
  j(
    'The headline finding is that summer crossings have grown far faster than winter ones. July traffic is up 64% over the',
    'decade, while January traffic is almost unchanged, which means the route now needs twice as many boats in summer as in',
    'winter.',
  ),
  j('Cancellations have fallen since 2021, but the share of cancellations caused by weather has risen, from about half to more', 'than three quarters.'),
  'Built for the #IronViz qualifier. Feedback is very welcome!',
];
const tMore = ['Island Bus Timetables Explained', 'Harbour Tides 2015–2025', 'Where Do Visitors Come From?'];
const tSimilar = ['Commuter Rail Reliability', 'Bridges of the Northern Coast', 'Airport Delays by Hour'];
const tTags = ['#IronViz', 'Transport', 'Ferries', 'Story'];
const tFoot = ['About', 'FAQ', 'Blog', 'Resources', 'Terms of Service', 'Privacy', 'Cookie Preferences'];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${tTitle} | Tableau Public</title><meta name="description" content="A story of ten years of ferry crossings in the Lysander Strait.">
<meta property="og:title" content="${tTitle}"><meta property="og:image" content="https://public.tableau.com/static/images/Fe/FerryCrossings/Story1/1.png">
<meta name="twitter:card" content="summary_large_image"><link rel="stylesheet" href="/app/static/css/main.4be1c7e2.css">
<script>window.__tableauPublicConfig={"env":"prod","locale":"en-US"};</script></head><body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"><div class="App_app__2xQ1f"><header class="TopNav_topNav__Ln3kd" role="banner"><a class="TopNav_logo__s8Pz1" href="/app/discover"
aria-label="Tableau Public home">Tableau Public</a><nav class="TopNav_links__aK4m2"><a href="/app/discover">Discover</a><a href="/app/learn">Learn</a>
<a href="/app/community">Community</a></nav><div class="TopNav_search__Wb0q6"><input type="search" placeholder="Search vizzes, profiles and more"></div>
<a class="TopNav_create__Rc1tE" href="/app/create">Create</a><button class="TopNav_signin__Hn2aD">Sign In</button></header>
<main class="VizPage_vizPage__p0Qx3"><div class="VizPage_header__7Gv2m"><h1 class="VizPage_title__9mZr4">${tTitle}</h1>
<div class="AuthorCard_authorCard__c4Ks8"><a class="AuthorCard_name__eR1wz" href="/app/profile/lena.marchetti">Lena Marchetti</a>
<button class="AuthorCard_follow__xQ7p0">Follow</button></div>
<div class="VizPage_dates__Y3tL1"><span>Published: Feb 20, 2026</span> <span>Updated: Mar 1, 2026</span></div>
<div class="VizPage_stats__vN2o8"><span aria-label="views">3,482 views</span> <span aria-label="favorites">117 favorites</span></div></div>
<div class="VizPage_vizContainer__b6Wc0"><div class="tableauPlaceholder" id="viz1740039155123" style="position: relative"><noscript><a href="#"><img
alt="Ten Years on the Water " src="https://public.tableau.com/static/images/Fe/FerryCrossings/Story1/1_rss.png" style="border: none" /></a></noscript>
<object class="tableauViz" style="display:none;"><param name="host_url" value="https%3A%2F%2Fpublic.tableau.com%2F" /><param name="embed_code_version"
value="3" /><param name="site_root" value="" /><param name="name" value="FerryCrossings&#47;Story1" /><param name="tabs" value="no" />
<param name="toolbar" value="yes" /><param name="language" value="en-US" /></object></div>
<script type="text/javascript">var divElement = document.getElementById('viz1740039155123');var vizElement = divElement.getElementsByTagName('object')[0];
vizElement.style.width='1016px';vizElement.style.height='991px';var scriptElement = document.createElement('script');
scriptElement.src = 'https://public.tableau.com/javascripts/api/viz_v1.js';vizElement.parentNode.insertBefore(scriptElement, vizElement);</script></div>
<div class="VizToolbar_toolbar__kP4s2" role="toolbar"><button>Favorite</button><button>Share</button><button>Download</button><button>Full Screen</button>
<button>Make a Copy</button></div>
<section class="VizPage_details__Jq8n1"><h2 class="VizPage_detailsHeading__r5Xw4">Description</h2><div class="VizPage_description__hB9t7">${ps(tDesc)}</div>
<h3 class="VizPage_detailsHeading__r5Xw4">Data Source</h3><p class="VizPage_source__f2Lk0">Lysander Strait Ferry Authority open data portal, 2016–2025</p>
<div class="VizPage_tags__Mv3e9">${tTags.map((t) => `<a class="Tag_tag__u8Qe" href="/app/search/vizzes/${t}">${t}</a>`).join(' ')}</div></section>
<section class="VizRail_rail__B0s4x"><h2>More from Lena Marchetti</h2><ul>${links(tMore, 'VizCard_card__Z1mb')}</ul></section>
<section class="VizRail_rail__B0s4x"><h2>Similar vizzes</h2><ul>${links(tSimilar, 'VizCard_card__Z1mb')}</ul></section></main>
<footer class="Footer_footer__e8Rt3"><ul>${links(tFoot)}</ul><p>© 2026 Salesforce, Inc.</p></footer></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog"><p id="onetrust-policy-text">We use cookies to make our site work and to
improve your experience.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script src="/app/static/js/main.a91f08c3.js"></script></body></html>`;
const tableau: TestPage = {
  name: 'heldout312-tableau-public-viz-story-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tDesc),
  bylines: ['Lena Marchetti', 'Published: Feb 20, 2026', 'Updated: Mar 1, 2026'],
  furniture: [
    'You need to enable JavaScript to run this app.',
    'Tableau Public',
    'Discover',
    'Learn',
    'Community',
    'Create',
    'Sign In',
    'Follow',
    '3,482 views',
    '117 favorites',
    'Favorite',
    'Share',
    'Download',
    'Full Screen',
    'Make a Copy',
    'Description',
    'Data Source',
    'Lysander Strait Ferry Authority open data portal, 2016–2025',
    ...tTags.filter((t) => t !== '#IronViz'),
    'More from Lena Marchetti',
    ...tMore,
    'Similar vizzes',
    ...tSimilar,
    ...tFoot,
    '© 2026 Salesforce, Inc.',
    'We use cookies to make our site work and to improve your experience.',
    'Accept Cookies',
    'Cookies Settings',
  ],
};

export const HELDOUT312_F: readonly TestPage[] = [tableau, quarto];
